#!/usr/bin/env bash
# Scorecard saves per second and latency with 64 concurrent judges, then the results endpoint.
# Usage: deploy/bench/scorecards.sh [judges=64] [entries=640] [savesPerJudge=100]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_start
bench_run ScorecardBench "${1:-64}" "${2:-640}" "${3:-100}"
