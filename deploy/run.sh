#!/usr/bin/env bash
# Starts Laurel on http://localhost:8080 with the embedded H2 database in ./data (kept between
# runs) and demo mode on. Builds the jar first when it is missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=backend/target/laurel.jar
stale=""
if [ -f "$jar" ]; then
  stale=$(find pom.xml backend/pom.xml backend/src frontend/pom.xml frontend/package.json frontend/package-lock.json \
    frontend/index.html frontend/src frontend/public -newer "$jar" -print -quit 2>/dev/null || true)
fi
if [ ! -f "$jar" ] || [ -n "$stale" ]; then
  echo "Building Laurel (first run or sources changed)..."
  mvn -B -ntp -DskipTests package
fi

export LAUREL_DEMO="${LAUREL_DEMO:-true}"
# A small heap and the serial collector suit a single-node deployment on a small machine.
opts="${JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xss512k}"
jsa=$(deploy/cds.sh)
if [ -n "$jsa" ]; then
  opts="$opts -XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
fi
exec java $opts -jar "$jar" "$@"
