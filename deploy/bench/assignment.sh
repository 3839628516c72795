#!/usr/bin/env bash
# Automatic assignment time for 2,000 entries and 300 judges (planner only, no database).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d backend/target/classes/org/laurel/judging ] || mvn -B -ntp -q -pl backend -am -DskipTests compile
out=$(mktemp -d)
javac -cp backend/target/classes -d "$out" deploy/bench/AssignmentBench.java
java -cp "backend/target/classes:$out" org.laurel.judging.AssignmentBench
rm -rf "$out"
