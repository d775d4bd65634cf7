#!/usr/bin/env bash
# Sync catch-up benchmark (run by hand, never in CI): Ferry's binlog apply next to a native MariaDB
# replica, on one machine, in one run.
#
# 1. A source (binlog ROW, GTID) gets a sysbench dataset; a clean copy of its data directory at that
#    point (P0) is the starting state of every applier.
# 2. With every applier stopped, `sysbench oltp_write_only` writes to the source for BACKLOG_SECONDS
#    at its maximum rate: the backlog is the binlog range P0..P1.
# 3. The backlog is applied, one applier at a time, each on a fresh server started from the same P0
#    copy with the same settings (cold buffer pool every time; nothing else applying meanwhile):
#      ferry    `ferry run --until-synced` of an incremental project (imported from DM files) whose
#               meta is P0; timed whole (JVM start, precheck) and from its first binlog read
#      native0  a MariaDB replica, slave_parallel_threads=0 (START SLAVE → MASTER_GTID_WAIT(P1))
#      native4  the same with slave_parallel_threads=4, slave_parallel_mode=optimistic
#    Source = applier is checked with CHECKSUM TABLE after each; the CPU seconds of the applier
#    (Ferry's JVM, the replica's SQL/IO threads) and of the applying server are printed next to
#    the times.
# 4. Steady state: sysbench again at its maximum rate for LAG_SECONDS while Ferry (then the
#    parallel replica) keeps up; a heartbeat row updated on the source every 0.5 s gives the lag
#    seen on the applier's server (sampled every second, pt-heartbeat style: up to 0.5 s coarse), and
#    the time to drain once sysbench stops.
#
# Fairness: the same binlog range, the same server binaries, options and starting data for every
# applier; appliers run one at a time. The native replica writes relay logs, Ferry does not; Ferry
# starts a JVM and runs its precheck, which is why its time is also given from its first binlog read.
#
# Needs: sysbench; MariaDB binaries from PATH or the test harness's (target/mariadb-dist/11.4.5, made
# by `mvn verify` once); Java 17. Ferry: FERRY_JAR, else target/ferry.jar rebuilt by `./ferry`.
#
#   TABLES=4 ROWS=100000 THREADS=4 BACKLOG_SECONDS=20 LAG_SECONDS=15 bench/sync/run.sh
#   FERRY_SYNCER='worker-count: 8, batch: 200' …   # extra DM syncer options for Ferry
set -euo pipefail
TABLES=${TABLES:-4}
ROWS=${ROWS:-100000}
THREADS=${THREADS:-4}
BACKLOG_SECONDS=${BACKLOG_SECONDS:-20}
LAG_SECONDS=${LAG_SECONDS:-15}
FERRY_SYNCER=${FERRY_SYNCER:-}
# the JVM options ./ferry and the installed launcher use (decision 0013)
FERRY_JAVA_OPTS=${FERRY_JAVA_OPTS:--XX:CompileThresholdScaling=5}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-/tmp/ferry-bench-sync}
SRC_PORT=${SRC_PORT:-33071}
FERRY_PORT=${FERRY_PORT:-33072}
REPLICA_PORT=${REPLICA_PORT:-33073}
DB=sbtest
HZ=$(getconf CLK_TCK)

if command -v mariadbd >/dev/null; then
  MARIADBD=mariadbd; INSTALL_DB=(mariadb-install-db); CLIENT=mariadb
else
  M="$REPO/target/mariadb-dist/11.4.5"
  [ -x "$M/bin/mariadbd" ] || { echo "no MariaDB: install mariadb-server or run 'mvn verify' once" >&2; exit 1; }
  MARIADBD="$M/bin/mariadbd"; INSTALL_DB=("$M/scripts/mariadb-install-db" --basedir="$M"); CLIENT="$M/bin/mariadb"
fi
USER_ARG=(); [ "$(id -u)" = 0 ] && USER_ARG=(--user=root)
if [ -z "${FERRY_JAR:-}" ]; then
  "$REPO/ferry" --version >/dev/null # builds target/ferry.jar when missing or stale
  FERRY_JAR="$REPO/target/ferry.jar"
fi

rm -rf "$WORK" && mkdir -p "$WORK"
declare -A PID
start_server() { # name port extra-args... (data directory $WORK/<name>, created when missing)
  local name=$1 port=$2; shift 2
  if "$CLIENT" -h127.0.0.1 -P"$port" -uroot -e 'SELECT 1' >/dev/null 2>&1; then
    echo "port $port is taken by a running server (an earlier run's?): stop it first" >&2; exit 1
  fi
  [ -d "$WORK/$name" ] || "${INSTALL_DB[@]}" --no-defaults --datadir="$WORK/$name" \
    --auth-root-authentication-method=normal "${USER_ARG[@]}" >/dev/null
  "$MARIADBD" --no-defaults ${M:+--basedir="$M"} --datadir="$WORK/$name" --port="$port" \
    --bind-address=127.0.0.1 --socket="$WORK/$name.sock" --innodb-buffer-pool-size=512M \
    --innodb-log-file-size=256M --innodb-flush-log-at-trx-commit=2 --server-id="$port" \
    --max-connections=500 --skip-slave-start "${USER_ARG[@]}" "$@" >>"$WORK/$name.log" 2>&1 &
  PID[$name]=$!
  for _ in $(seq 90); do "$CLIENT" -h127.0.0.1 -P"$port" -uroot -e 'SELECT 1' >/dev/null 2>&1 && return; sleep 1; done
  echo "server $name did not start (see $WORK/$name.log)" >&2; exit 1
}
stop_server() { # name: clean shutdown
  local p=${PID[$1]:-}; [ -n "$p" ] || return 0
  kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; unset "PID[$1]"
}
stop_all() {
  [ -n "${FERRY_PID:-}" ] && kill "$FERRY_PID" 2>/dev/null
  for n in "${!PID[@]}"; do kill "${PID[$n]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all EXIT
q() { local port=$1; shift; "$CLIENT" -h127.0.0.1 -P"$port" -uroot --skip-ssl -N "$@"; }
src() { q $SRC_PORT "$@"; }
tables() { seq -s, -f "$DB.sbtest%g" 1 "$TABLES"; }
cpu() { # CPU seconds (user + system) used so far by a process
  awk -v hz="$HZ" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"
}
sb() { # sysbench oltp_write_only at maximum rate: prints "transactions tps"
  sysbench oltp_write_only --db-driver=mysql --mysql-host=127.0.0.1 --mysql-port=$SRC_PORT \
    --mysql-user=root --mysql-db=$DB --tables=$TABLES --table-size=$ROWS --threads=$THREADS \
    --rate=0 --time="$1" --report-interval=0 run |
    awk '/transactions:/ { gsub(/\(/, "", $3); print $2, $3 }'
}
verify() { # port name: source = applier, by CHECKSUM TABLE
  local a b
  a=$(src -e "CHECKSUM TABLE $(tables), $DB.heartbeat EXTENDED" | awk '{print $2}')
  b=$(q "$1" -e "CHECKSUM TABLE $(tables), $DB.heartbeat EXTENDED" | awk '{print $2}')
  [ "$a" == "$b" ] || { echo "MISMATCH after $2: source $a, applier $b" >&2; exit 1; }
  echo "  $2: source = applier (CHECKSUM TABLE of $((TABLES + 1)) tables)"
}
fresh_applier() { # name port extra-args...: a server started from the P0 copy
  local name=$1; stop_server "$name"; rm -rf "${WORK:?}/$name"; cp -a "$WORK/p0" "$WORK/$name"
  rm -f "$WORK/$name"/*.pid; start_server "$@"
}
secs() { echo "$2 - $1" | bc; }
ratio() { echo "scale=2; $1 / $2" | bc; }

echo "$(date -u '+%F %T') UTC, $(nproc) cores, load:$(uptime | sed 's/.*load average://')"
# --- 1. source, dataset, P0 copy
start_server src $SRC_PORT --log-bin="$WORK/src-bin" --binlog-format=ROW --binlog-row-image=FULL
src -e "CREATE DATABASE $DB"
sysbench oltp_write_only --db-driver=mysql --mysql-host=127.0.0.1 --mysql-port=$SRC_PORT --mysql-user=root \
  --mysql-db=$DB --tables=$TABLES --table-size=$ROWS --threads=2 prepare >/dev/null
src -e "CREATE TABLE $DB.heartbeat (id INT PRIMARY KEY, ts DATETIME(6) NOT NULL);
  INSERT INTO $DB.heartbeat VALUES (1, NOW(6))"
read -r P0_FILE P0_POS _ < <(src -e "SHOW MASTER STATUS")
P0_GTID=$(src -e "SELECT @@gtid_binlog_pos")
stop_server src
cp -a "$WORK/src" "$WORK/p0"
rm -f "$WORK/p0"/*.pid "$WORK/p0"/*.err
start_server src $SRC_PORT --log-bin="$WORK/src-bin" --binlog-format=ROW --binlog-row-image=FULL
echo "dataset: $TABLES tables × $ROWS rows; P0 = $P0_FILE:$P0_POS (GTID $P0_GTID)"

# --- 2. backlog
read -r BACKLOG_TXNS BACKLOG_TPS < <(sb "$BACKLOG_SECONDS")
P1_GTID=$(src -e "SELECT @@gtid_binlog_pos")
echo "backlog: $BACKLOG_TXNS sysbench transactions in ${BACKLOG_SECONDS}s ($BACKLOG_TPS/s, $THREADS threads); P1 GTID $P1_GTID"

# --- 3a. Ferry
cat >"$WORK/task.yaml" <<YAML
name: bench-sync
task-mode: incremental
target-database: {host: 127.0.0.1, port: $FERRY_PORT, user: root, password: "\${env:BENCH_PW}"}
mysql-instances:
  - source-id: src
    block-allow-list: only
    syncer-config-name: sync
    meta: {binlog-name: $P0_FILE, binlog-pos: $P0_POS, binlog-gtid: "$P0_GTID"}
block-allow-list:
  only: {do-dbs: ["$DB"]}
syncers:
  sync: {${FERRY_SYNCER}}
YAML
cat >"$WORK/source.yaml" <<YAML
source-id: src
from: {host: 127.0.0.1, port: $SRC_PORT, user: root, password: "\${env:BENCH_PW}"}
YAML
export FERRY_HOME="$WORK/ferry-home" BENCH_PW=
java -jar "$FERRY_JAR" import-dm "$WORK/task.yaml" "$WORK/source.yaml" -o "$WORK/bench.ferry" >/dev/null
# TLS off for Ferry's connections as for the replica's (MASTER_SSL = 0): DM files cannot say so
sed -i 's/"verify-mode" *: *"preferred"/"verify-mode": "disabled"/' "$WORK/bench.ferry"
fresh_applier ferry-tgt $FERRY_PORT
declare -A T CPU SCPU
TGT_PID=${PID[ferry-tgt]}; s0=$(cpu "$TGT_PID")
TIMEFORMAT='%R %U %S'
start=$(date +%s.%N)
{ time java ${FERRY_JAVA_OPTS:-} -jar "$FERRY_JAR" run "$WORK/bench.ferry" --until-synced \
    >"$WORK/ferry-catchup.out" 2>&1; } 2>"$WORK/ferry-catchup.time" ||
  { echo "ferry run failed:" >&2; cat "$WORK/ferry-catchup.out" >&2; exit 1; }
end=$(date +%s.%N)
read -r T[ferry] fu fs <"$WORK/ferry-catchup.time"
CPU[ferry]=$(echo "$fu + $fs" | bc); SCPU[ferry]=$(echo "$(cpu "$TGT_PID") - $s0" | bc)
first_read=$(grep -m1 'Reading the binlog of' "$FERRY_HOME/logs/ferry.log" | cut -c1-23)
T[ferry_apply]=$(secs "$(date -d "$first_read" +%s.%N)" "$end")
echo "ferry:   ${T[ferry]} s (from its first binlog read ${T[ferry_apply]} s); CPU: Ferry JVM ${CPU[ferry]} s, target server ${SCPU[ferry]} s"
verify $FERRY_PORT ferry

# --- 3b. native replica, 0 and 4 parallel threads
native_catchup() { # threads
  local name=native$1
  fresh_applier replica $REPLICA_PORT
  local rp=${PID[replica]} s0 start end
  q $REPLICA_PORT -e "SET GLOBAL gtid_slave_pos = '$P0_GTID';
    CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = $SRC_PORT, MASTER_USER = 'root',
      MASTER_PASSWORD = '', MASTER_SSL = 0, MASTER_CONNECT_RETRY = 1, MASTER_USE_GTID = slave_pos;
    SET GLOBAL slave_parallel_threads = $1; SET GLOBAL slave_parallel_mode = 'optimistic'"
  s0=$(cpu "$rp"); start=$(date +%s.%N)
  local rc; rc=$(q $REPLICA_PORT -e "START SLAVE; SELECT MASTER_GTID_WAIT('$P1_GTID', 1800)")
  end=$(date +%s.%N)
  [ "$rc" = 0 ] || { echo "$name did not catch up: $(q $REPLICA_PORT -e 'SHOW SLAVE STATUS\G')" >&2; exit 1; }
  T[$name]=$(secs "$start" "$end"); SCPU[$name]=$(echo "$(cpu "$rp") - $s0" | bc)
  echo "$name: ${T[$name]} s; CPU: replica server (SQL + IO threads, relay log) ${SCPU[$name]} s"
  verify $REPLICA_PORT "$name"
}
native_catchup 0
native_catchup 4
q $REPLICA_PORT -e "STOP SLAVE"

# --- 4. steady-state lag at the source's maximum rate
lag_phase() { # name port: the applier runs and is caught up; prints lag stats
  local name=$1 port=$2 hb samples="$WORK/lag-$1.txt" start end mark
  : >"$samples"
  ( while :; do src -e "UPDATE $DB.heartbeat SET ts = NOW(6) WHERE id = 1"; sleep 0.5; done ) & hb=$!
  ( while :; do q "$port" -e "SELECT TIMESTAMPDIFF(MICROSECOND, ts, NOW(6)) / 1e6 FROM $DB.heartbeat" \
      >>"$samples" 2>/dev/null || true; sleep 1; done ) & local sampler=$!
  read -r LAG_TXNS LAG_TPS < <(sb "$LAG_SECONDS")
  kill "$hb" "$sampler"; wait "$hb" "$sampler" 2>/dev/null || true
  mark=$(src -e "UPDATE $DB.heartbeat SET ts = '2000-01-01 00:00:00.$RANDOM' WHERE id = 1;
    SELECT ts FROM $DB.heartbeat")
  start=$(date +%s.%N)
  until [ "$(q "$port" -e "SELECT ts FROM $DB.heartbeat")" = "$mark" ]; do sleep 0.1; done
  end=$(date +%s.%N)
  local stats; stats=$(sort -n "$samples" | awk '{ a[NR] = $1; s += $1 } END {
    printf "mean %.2f s, median %.2f s, max %.2f s (%d samples)", s / NR, a[int((NR + 1) / 2)], a[NR], NR }')
  echo "$name steady state: sysbench $LAG_TPS tx/s for ${LAG_SECONDS}s; lag $stats; drained $(secs "$start" "$end") s after sysbench stopped"
}
start_lag_waits() { # port: until a fresh heartbeat reaches it
  local mark; mark=$(src -e "UPDATE $DB.heartbeat SET ts = NOW(6) WHERE id = 1; SELECT ts FROM $DB.heartbeat")
  for _ in $(seq 600); do [ "$(q "$1" -e "SELECT ts FROM $DB.heartbeat")" = "$mark" ] && return; sleep 0.1; done
  echo "the applier on port $1 did not catch up" >&2; exit 1
}
java ${FERRY_JAVA_OPTS:-} -jar "$FERRY_JAR" run "$WORK/bench.ferry" >"$WORK/ferry-lag.out" 2>&1 &
FERRY_PID=$!
start_lag_waits $FERRY_PORT
lag_phase ferry $FERRY_PORT
kill "$FERRY_PID"; wait "$FERRY_PID" || true; FERRY_PID=
verify $FERRY_PORT "ferry (steady state)"
q $REPLICA_PORT -e "START SLAVE"
start_lag_waits $REPLICA_PORT
lag_phase native4 $REPLICA_PORT
q $REPLICA_PORT -e "SELECT MASTER_GTID_WAIT('$(src -e 'SELECT @@gtid_binlog_pos')', 600)" >/dev/null
verify $REPLICA_PORT "native4 (steady state)"

echo
echo "tables=$TABLES rows=$ROWS threads=$THREADS backlog=${BACKLOG_SECONDS}s ($BACKLOG_TXNS transactions)" \
  "cores=$(nproc) mariadb=$("$MARIADBD" --version | awk '{print $3}') ferry-syncer={${FERRY_SYNCER}}"
echo "load at the end:$(uptime | sed 's/.*load average://')"
for k in ferry ferry_apply native0 native4; do
  printf '%-12s %8s s  %8.0f tx/s\n' "$k" "${T[$k]}" "$(echo "$BACKLOG_TXNS / ${T[$k]}" | bc -l)"
done
for k in native0 native4; do
  printf 'Ferry catch-up is %sx (whole run) / %sx (from first binlog read) the speed of %s\n' \
    "$(ratio "${T[$k]}" "${T[ferry]}")" "$(ratio "${T[$k]}" "${T[ferry_apply]}")" "$k"
done
echo "goal: >= 1.5x native4"
