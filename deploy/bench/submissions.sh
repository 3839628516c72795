#!/usr/bin/env bash
# Entry submissions per second and latency with 64 concurrent applicants, on a fresh H2
# database (or on PostgreSQL when LAUREL_DB_URL/LAUREL_DB_USER are set), server and load
# generator on this machine. Usage: deploy/bench/submissions.sh [clients=64] [entriesPerClient=100]
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=backend/target/laurel.jar
[ -f "$jar" ] || { echo "build first: mvn -B -ntp -DskipTests package" >&2; exit 1; }
dir=$(mktemp -d)
port=18980
opts="${JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xss512k}"
jsa=$(deploy/cds.sh)
[ -n "$jsa" ] && opts="$opts -XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off"

LAUREL_PORT=$port LAUREL_UPLOAD_DIR="$dir/uploads" \
  LAUREL_DB_URL="${LAUREL_DB_URL:-jdbc:h2:file:$dir/laurel;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}" \
  LAUREL_ADMIN_EMAIL=bench-admin@bench.example LAUREL_ADMIN_PASSWORD=bench-admin-password \
  java $opts -jar "$jar" >"$dir/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do
  kill -0 $pid 2>/dev/null || { cat "$dir/server.log"; exit 1; }
  sleep 0.2
done
echo "database: ${LAUREL_DB_URL:-H2 file (embedded)}; server JVM options: $opts"
java deploy/bench/SubmitBench.java "http://127.0.0.1:$port" bench-admin@bench.example bench-admin-password "${1:-64}" "${2:-100}"
