#!/usr/bin/env bash
# Results for 2,000 entries x 3 judges x 6 criteria under all four methods, using the compiled engine.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d backend/target/classes/org/laurel/judging ] || mvn -B -ntp -q -pl backend -am -DskipTests compile
java -cp backend/target/classes deploy/bench/AggregationBench.java
