#!/usr/bin/env bash
# Pairwise expo judging (issue 14) against the packaged jar in its durable, secure defaults:
# seeds a PAIRWISE round of 600 tables and 101 judges through the API, then prints the
# next-table choice latency (one judge walking), comparisons per second with 100 judges
# answering at once, and whether the stored CrowdBT beliefs equal the replayed log.
# Usage: deploy/bench/pairwise.sh [--db h2|pg] (default h2). Builds the jars when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
db=h2
[ "${1:-}" = "--db" ] && db=${2:-h2}
jar=${LAUREL_JAR:-backend/target/laurel.jar}
bench=deploy/bench/target/laurel-bench.jar
if [ ! -f "$jar" ] || [ ! -f "$bench" ]; then
  mvn -B -ntp -q package -DskipTests -DskipE2e -pl frontend,backend,deploy/bench -am
fi
out=deploy/bench/out
mkdir -p "$out"
source deploy/bench/server.sh
work=$(mktemp -d)
trap 'stop_server 2>/dev/null || kill $server_pid 2>/dev/null || true; rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1); database $db"
if [ "$db" = pg ]; then
  name="laurel_pairwise_$$"
  pg_sql "CREATE DATABASE $name"
  trap 'stop_server 2>/dev/null || kill $server_pid 2>/dev/null || true; pg_sql "DROP DATABASE IF EXISTS '"$name"'"; rm -rf "$work"' EXIT
  start_server "$(pg_url "$name")" postgres "" "$work/uploads"
else
  start_server "$(h2_url "$work")" "" "" "$work/uploads"
fi
java -cp "$bench" org.laurel.bench.Main pairwise "$base" --entries "${PAIRWISE_ENTRIES:-600}" --judges "${PAIRWISE_JUDGES:-101}"
echo "server RSS after: $(ps -o rss= -p "$server_pid" | awk '{printf "%d MB", $1/1024}')"
