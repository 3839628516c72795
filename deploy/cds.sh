#!/usr/bin/env bash
# Creates an application class-data-sharing archive for the packaged jar (JDK 17 AppCDS):
# the JVM then maps pre-parsed classes instead of loading them, which cuts start-up time
# roughly in half. The archive belongs to this exact jar and JVM; it is made again whenever
# the jar is newer. Prints the archive's path, or nothing when it could not be made.
set -uo pipefail
cd "$(dirname "$0")/.."
jar=backend/target/laurel.jar
jsa=backend/target/laurel.jsa
if [ -f "$jsa" ] && [ "$jsa" -nt "$jar" ]; then echo "$jsa"; exit 0; fi
rm -f "$jsa"
dir=$(mktemp -d)
port=18979
LAUREL_PORT=$port LAUREL_MANAGEMENT_PORT=$((port + 1)) LAUREL_DEMO=false \
  LAUREL_DB_URL="jdbc:h2:file:$dir/laurel;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  java -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" >"$dir/log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/health" && break
  kill -0 $pid 2>/dev/null || break
  sleep 0.1
done
# A few typical requests so the classes they need are in the archive too.
curl -s -o /dev/null "http://127.0.0.1:$port/"
curl -s -o /dev/null "http://127.0.0.1:$port/api/me"
curl -s -o /dev/null "http://127.0.0.1:$port/api/programs"
curl -s -o /dev/null -H 'content-type: application/json' -d '{"username":"nobody@example.org","password":"not-a-password"}' \
  "http://127.0.0.1:$port/api/auth/login"
kill -TERM $pid 2>/dev/null
wait $pid 2>/dev/null
rm -rf "$dir"
[ -f "$jsa" ] && echo "$jsa"
exit 0
