#!/usr/bin/env bash
# Full-copy benchmark (run by hand, not in CI). Needs: apt-get install mariadb-server mydumper sysbench
# and a built Ferry (mvn -o -q test-compile in the repo root, for the test classpath driver).
#
# Starts two throw-away MariaDB servers (source with binlog, target), loads a sysbench dataset on the
# source, then times the copy to the target with: mysqldump | mysql, mydumper + myloader, Ferry, and
# the target's own LOAD DATA INFILE with deferred secondary indexes. Verifies source = target
# (CHECKSUM TABLE per table) after every run and prints times and Ferry's ratios.
#
#   TABLES=8 ROWS=200000 THREADS=2 bench/full-copy/run.sh
set -euo pipefail
TABLES=${TABLES:-8}
ROWS=${ROWS:-200000}
THREADS=${THREADS:-2}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-/tmp/ferry-bench}
SRC_PORT=${SRC_PORT:-33061}
TGT_PORT=${TGT_PORT:-33062}
DB=sbtest

rm -rf "$WORK" && mkdir -p "$WORK"
start_server() { # name port extra-args...
  local name=$1 port=$2; shift 2
  mariadb-install-db --no-defaults --datadir="$WORK/$name" --auth-root-authentication-method=normal >/dev/null
  mariadbd --no-defaults --datadir="$WORK/$name" --port="$port" --bind-address=127.0.0.1 \
    --socket="$WORK/$name.sock" --innodb-buffer-pool-size=512M --innodb-log-file-size=256M \
    --innodb-flush-log-at-trx-commit=2 --local-infile=1 --secure-file-priv="$WORK" \
    --server-id="$port" "$@" >"$WORK/$name.log" 2>&1 &
  echo $! >"$WORK/$name.pid"
  for _ in $(seq 60); do mariadb -h127.0.0.1 -P"$port" -uroot -e 'SELECT 1' >/dev/null 2>&1 && return; sleep 1; done
  echo "server $name did not start" >&2; exit 1
}
stop_servers() { for n in src tgt; do [ -f "$WORK/$n.pid" ] && kill "$(cat "$WORK/$n.pid")" 2>/dev/null || true; done; }
trap stop_servers EXIT
start_server src $SRC_PORT --log-bin="$WORK/src-bin" --binlog-format=ROW
start_server tgt $TGT_PORT
src() { mariadb -h127.0.0.1 -P$SRC_PORT -uroot "$@"; }
tgt() { mariadb -h127.0.0.1 -P$TGT_PORT -uroot "$@"; }

src -e "CREATE DATABASE $DB"
sysbench oltp_read_only --db-driver=mysql --mysql-host=127.0.0.1 --mysql-port=$SRC_PORT --mysql-user=root \
  --mysql-db=$DB --tables=$TABLES --table-size=$ROWS --threads=$THREADS prepare >/dev/null
src -e "ANALYZE TABLE $(seq -s, -f "$DB.sbtest%g" 1 $TABLES)" >/dev/null

reset_target() { tgt -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB"; }
verify() {
  local a b
  a=$(src -N -e "CHECKSUM TABLE $(seq -s, -f "$DB.sbtest%g" 1 $TABLES) EXTENDED" | awk '{print $2}')
  b=$(tgt -N -e "CHECKSUM TABLE $(seq -s, -f "$DB.sbtest%g" 1 $TABLES) EXTENDED" | awk '{print $2}')
  [ "$a" == "$b" ] || { echo "MISMATCH after $1" >&2; exit 1; }
}
declare -A T
timed() { local name=$1; shift; reset_target; local s; s=$(date +%s.%N); "$@"; T[$name]=$(echo "$(date +%s.%N) - $s" | bc); verify "$name"; echo "$name: ${T[$name]} s"; }

run_mysqldump() { mariadb-dump -h127.0.0.1 -P$SRC_PORT -uroot --single-transaction --no-create-db $DB | tgt $DB; }
run_mydumper() {
  rm -rf "$WORK/dump" && mydumper -h 127.0.0.1 -P $SRC_PORT -u root -B $DB -t $THREADS -r 50000 -o "$WORK/dump" >/dev/null
  myloader -h 127.0.0.1 -P $TGT_PORT -u root -B $DB -t $THREADS -d "$WORK/dump" >/dev/null
}
run_ferry() {
  # the test-classpath driver runs FullCopy with THREADS lanes between the two servers
  (cd "$REPO" && java -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
    dev.ferry.bench.FullCopyBench "127.0.0.1:$SRC_PORT" "127.0.0.1:$TGT_PORT" $DB $TABLES $THREADS)
}
run_load_data() {
  for i in $(seq 1 $TABLES); do
    src -e "SELECT * INTO OUTFILE '$WORK/t$i.tsv' FROM $DB.sbtest$i"
  done
  local s; s=$(date +%s.%N)
  for i in $(seq 1 $TABLES); do
    tgt $DB -e "CREATE TABLE sbtest$i LIKE $DB.sbtest$i" 2>/dev/null || src -N -e "SHOW CREATE TABLE $DB.sbtest$i" | cut -f2 | sed 's/,\n  KEY.*//' | tgt $DB
    tgt $DB -e "ALTER TABLE sbtest$i DROP INDEX k_$i; SET unique_checks=0; LOAD DATA INFILE '$WORK/t$i.tsv' INTO TABLE sbtest$i; ALTER TABLE sbtest$i ADD INDEX k_$i (k)" &
    [ $((i % THREADS)) -eq 0 ] && wait
  done
  wait
}
(cd "$REPO" && mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null)
timed mysqldump run_mysqldump
timed mydumper run_mydumper
timed ferry run_ferry
timed load_data run_load_data

echo
echo "tables=$TABLES rows=$ROWS threads=$THREADS cores=$(nproc)"
for k in mysqldump mydumper load_data; do
  printf 'Ferry vs %-10s %s\n' "$k" "$(echo "scale=2; ${T[$k]} / ${T[ferry]}" | bc)x"
done
