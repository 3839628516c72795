#!/usr/bin/env bash
# Cold start of the packaged jar: milliseconds from process launch to the first served request
# (GET / answered 200), and the resident memory (VmRSS) right after start and after a short
# burst of page and API requests. Uses a fresh H2 database each run.
# Usage: deploy/bench/coldstart.sh [runs]   (JAVA_OPTS as in deploy/run.sh unless set)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=backend/target/laurel.jar
[ -f "$jar" ] || { echo "build first: mvn -B -ntp -DskipTests package" >&2; exit 1; }
runs="${1:-5}"
port=18970
# The same JVM options and class-data-sharing archive as deploy/run.sh.
opts="${JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xss512k}"
jsa=$(deploy/cds.sh)
[ -n "$jsa" ] && opts="$opts -XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
echo "JVM options: $opts"

for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s%N)
  LAUREL_PORT=$port LAUREL_DB_URL="jdbc:h2:file:$dir/laurel;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    java $opts -jar "$jar" >"$dir/log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 $pid 2>/dev/null || { cat "$dir/log"; exit 1; }
    sleep 0.02
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  rss_start=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  for _ in $(seq 1 200); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/"
    curl -s -o /dev/null "http://127.0.0.1:$port/api/me"
  done
  rss_after=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  echo "run $i: first request served after ${ready} ms; RSS ${rss_start} MB at start, ${rss_after} MB after 400 requests"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$dir"
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
