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
# Default JVM options (used only when JAVA_OPTS is unset; JAVA_OPTS replaces them all):
# - the serial collector: one or two cores and a heap of a few hundred MB, where it has the smallest
#   footprint and pauses of a few ms; the JVM would pick G1 on a larger machine, so it is stated;
# - -Xmx256m: without a limit the heap grows towards a quarter of the machine's memory (about 1 GB
#   resident seen in deploy/bench/RESULTS.md); 256 MB changed neither throughput nor latency there
#   and keeps the process under 512 MB resident;
# - -Xms32m and 512 KB thread stacks: a small start.
opts="${JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xmx256m -Xss512k}"
jsa=$(deploy/cds.sh)
if [ -n "$jsa" ]; then
  opts="$opts -XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
fi
exec java $opts -jar "$jar" "$@"
