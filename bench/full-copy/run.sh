#!/usr/bin/env bash
# Full-copy benchmark (run by hand, never in CI).
#
# Starts two throw-away MariaDB servers (source with binlog, target), loads a sysbench dataset on the
# source, then times the copy to the target with: mariadb-dump | mariadb, mydumper + myloader (same
# thread count), Ferry (`./ferry run` on a project imported from DM files, JVM start and precheck
# included, TLS off like the peers), and the target's own LOAD DATA INFILE with deferred secondary
# indexes (load only; the export is not timed). Verifies source = target (CHECKSUM TABLE … EXTENDED) after every run and
# prints each time; ROUNDS rounds (each starting with a different tool), then the medians and
# Ferry's ratio to each peer.
#
# Needs: `apt-get install mydumper sysbench bc`; MariaDB server and client binaries from PATH, or the
# ones the test harness unpacks (run `mvn verify` once: target/mariadb-dist/11.4.5).
#
#   TABLES=8 ROWS=200000 THREADS=2 bench/full-copy/run.sh
#   TOOLS="ferry load_data" ROUNDS=1 bench/full-copy/run.sh   # some tools (default: all four), one round
set -euo pipefail
TOOLS=${TOOLS:-mysqldump mydumper ferry load_data}
ROUNDS=${ROUNDS:-3}   # every tool runs once per round; the summary compares medians
TABLES=${TABLES:-8}
ROWS=${ROWS:-200000}
THREADS=${THREADS:-2}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-/tmp/ferry-bench}
SRC_PORT=${SRC_PORT:-33061}
TGT_PORT=${TGT_PORT:-33062}
DB=sbtest

if command -v mariadbd >/dev/null; then
  MARIADBD=mariadbd; INSTALL_DB=(mariadb-install-db); CLIENT=mariadb; DUMP=mariadb-dump
else
  M="$REPO/target/mariadb-dist/11.4.5"
  [ -x "$M/bin/mariadbd" ] || { echo "no MariaDB: install mariadb-server or run 'mvn verify' once" >&2; exit 1; }
  MARIADBD="$M/bin/mariadbd"; INSTALL_DB=("$M/scripts/mariadb-install-db" --basedir="$M")
  CLIENT="$M/bin/mariadb"; DUMP="$M/bin/mariadb-dump"
fi
USER_ARG=(); [ "$(id -u)" = 0 ] && USER_ARG=(--user=root)

rm -rf "$WORK" && mkdir -p "$WORK"
start_server() { # name port extra-args...
  local name=$1 port=$2; shift 2
  "${INSTALL_DB[@]}" --no-defaults --datadir="$WORK/$name" --auth-root-authentication-method=normal \
    "${USER_ARG[@]}" >/dev/null
  "$MARIADBD" --no-defaults ${M:+--basedir="$M"} --datadir="$WORK/$name" --port="$port" \
    --bind-address=127.0.0.1 --socket="$WORK/$name.sock" --innodb-buffer-pool-size=512M \
    --innodb-log-file-size=256M --innodb-flush-log-at-trx-commit=2 --local-infile=1 \
    --secure-file-priv="$WORK" --tmpdir="$WORK" --server-id="$port" "${USER_ARG[@]}" "$@" \
    >"$WORK/$name.log" 2>&1 &
  echo $! >"$WORK/$name.pid"
  for _ in $(seq 90); do "$CLIENT" -h127.0.0.1 -P"$port" -uroot -e 'SELECT 1' >/dev/null 2>&1 && return; sleep 1; done
  echo "server $name did not start" >&2; exit 1
}
stop_servers() { for n in src tgt; do [ -f "$WORK/$n.pid" ] && kill "$(cat "$WORK/$n.pid")" 2>/dev/null || true; done; }
trap stop_servers EXIT
start_server src $SRC_PORT --log-bin="$WORK/src-bin" --binlog-format=ROW
start_server tgt $TGT_PORT
src() { "$CLIENT" -h127.0.0.1 -P$SRC_PORT -uroot --skip-ssl "$@"; }
tgt() { "$CLIENT" -h127.0.0.1 -P$TGT_PORT -uroot --skip-ssl "$@"; }
tables() { seq -s, -f "$DB.sbtest%g" 1 "$TABLES"; }

src -e "CREATE DATABASE $DB"
sysbench oltp_read_only --db-driver=mysql --mysql-host=127.0.0.1 --mysql-port=$SRC_PORT --mysql-user=root \
  --mysql-db=$DB --tables=$TABLES --table-size=$ROWS --threads=$THREADS prepare >/dev/null
src -e "ANALYZE TABLE $(tables)" >/dev/null

reset_target() { tgt -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB"; }
verify() {
  local a b
  a=$(src -N -e "CHECKSUM TABLE $(tables) EXTENDED" | awk '{print $2}')
  b=$(tgt -N -e "CHECKSUM TABLE $(tables) EXTENDED" | awk '{print $2}')
  [ "$a" == "$b" ] || { echo "MISMATCH after $1" >&2; exit 1; }
}
declare -A T      # the last run of each tool
declare -A RUNS   # every run of each tool, space-separated
timed() {
  local name=$1; shift; reset_target; local s; s=$(date +%s.%N); "$@"
  T[$name]=$(echo "$(date +%s.%N) - $s" | bc); verify "$name"; echo "$name: ${T[$name]} s"
  RUNS[$name]="${RUNS[$name]:-} ${T[$name]}"
  if [ "$name" = load_data ]; then RUNS[load_data_only]="${RUNS[load_data_only]:-} ${T[load_data_only]}"; fi
}
median() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

run_mysqldump() { "$DUMP" -h127.0.0.1 -P$SRC_PORT -uroot --single-transaction --no-create-db $DB | tgt $DB; }
run_mydumper() {
  rm -rf "$WORK/dump" && mydumper -h 127.0.0.1 -P $SRC_PORT -u root -B $DB -t $THREADS -r 50000 -o "$WORK/dump" >/dev/null
  myloader -h 127.0.0.1 -P $TGT_PORT -u root -B $DB -t $THREADS -d "$WORK/dump" -o >/dev/null
}
write_project() { # DM files → Ferry project, as a user who outgrew DM's files would do it
  cat >"$WORK/task.yaml" <<YAML
name: bench
task-mode: full
target-database: {host: 127.0.0.1, port: $TGT_PORT, user: root, password: "\${env:BENCH_PW}"}
mysql-instances:
  - {source-id: src, block-allow-list: only, mydumper-config-name: copy, loader-config-name: copy}
block-allow-list:
  only: {do-dbs: ["$DB"]}
mydumpers:
  copy: {threads: $THREADS, rows: 50000}
loaders:
  copy: {pool-size: $THREADS}
YAML
  cat >"$WORK/source.yaml" <<YAML
source-id: src
from: {host: 127.0.0.1, port: $SRC_PORT, user: root, password: "\${env:BENCH_PW}"}
YAML
  FERRY_HOME="$WORK/ferry-home" "$REPO/ferry" import-dm "$WORK/task.yaml" \
    "$WORK/source.yaml" -o "$WORK/bench.ferry" >/dev/null
  # The peers connect without TLS (the clients run with --skip-ssl; mydumper's default): so does
  # Ferry here. A project's default is "preferred", which encrypts when the server offers TLS.
  sed -i 's/"verify-mode": "preferred"/"verify-mode": "disabled"/' "$WORK/bench.ferry"
}
run_ferry() {
  rm -rf "$WORK/ferry-home/store" "$WORK/ferry-home/locks"
  BENCH_PW= FERRY_HOME="$WORK/ferry-home" "$REPO/ferry" run "$WORK/bench.ferry" >"$WORK/ferry.out"
}
run_load_data() {
  for i in $(seq 1 "$TABLES"); do
    rm -f "$WORK/t$i.tsv"; src -e "SELECT * INTO OUTFILE '$WORK/t$i.tsv' FROM $DB.sbtest$i"
  done
  local s pids=(); s=$(date +%s.%N)
  for i in $(seq 1 "$TABLES"); do
    src -N --raw -e "SHOW CREATE TABLE $DB.sbtest$i" | cut -f2 | tgt $DB
    tgt $DB -e "ALTER TABLE sbtest$i DROP INDEX k_$i; SET unique_checks=0;
      LOAD DATA INFILE '$WORK/t$i.tsv' INTO TABLE sbtest$i; ALTER TABLE sbtest$i ADD INDEX k_$i (k)" &
    pids+=($!)
    if [ ${#pids[@]} -eq "$THREADS" ]; then wait "${pids[@]}"; pids=(); fi  # not the servers
  done
  [ ${#pids[@]} -eq 0 ] || wait "${pids[@]}"
  T[load_data_only]=$(echo "$(date +%s.%N) - $s" | bc)
}

"$REPO/ferry" --version >/dev/null  # builds target/ferry.jar when missing or stale
write_project
# A DBA runs the precheck before the copy; the first `check` after a build also records the
# launcher's class-data-sharing archive (docs/decisions/0014-class-data-sharing.md). Not timed.
BENCH_PW= FERRY_HOME="$WORK/ferry-home" "$REPO/ferry" check "$WORK/bench.ferry" >"$WORK/check.out" || true
read -r -a tools <<<"$TOOLS"
for round in $(seq 1 "$ROUNDS"); do
  echo "-- round $round (load $(cut -d' ' -f1-3 /proc/loadavg))"
  n=${#tools[@]}
  for i in $(seq 0 $((n - 1))); do  # each round starts one tool later: no tool always runs first
    tool=${tools[$(((i + round - 1) % n))]}
    timed "$tool" "run_$tool"
    [ "$tool" != load_data ] || echo "load_data (load only, export excluded): ${T[load_data_only]} s"
  done
done

echo
echo "tables=$TABLES rows=$ROWS threads=$THREADS rounds=$ROUNDS cores=$(nproc) mariadb=$("$MARIADBD" --version | awk '{print $3}')"
for k in "${!RUNS[@]}"; do printf '%-16s median %6.2f s  (runs:%s)\n' "$k" "$(median "${RUNS[$k]}")" "${RUNS[$k]}"; done | sort
[ -n "${RUNS[ferry]:-}" ] || exit 0
F=$(median "${RUNS[ferry]}")
for k in mysqldump mydumper; do
  [ -n "${RUNS[$k]:-}" ] || continue
  printf 'Ferry is %sx faster than %s (medians)\n' "$(echo "scale=2; $(median "${RUNS[$k]}") / $F" | bc)" "$k"
done
[ -z "${RUNS[load_data_only]:-}" ] ||
  printf 'Ferry takes %sx the time of the target'"'"'s own LOAD DATA INFILE, load only (medians)\n' \
    "$(echo "scale=2; $F / $(median "${RUNS[load_data_only]}")" | bc)"
