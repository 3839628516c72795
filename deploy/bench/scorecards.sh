#!/usr/bin/env bash
# Scorecard saves per second and latency with 64 concurrent judges, then the results endpoint.
# Usage: deploy/bench/scorecards.sh [judges=64] [entries=640] [savesPerJudge=100] [wrkSeconds=20]
# The Java load generator sets the season up and runs a first measured phase; when wrk is
# installed (apt-get install -y wrk) a second phase drives the same saves from wrk, which needs
# far less CPU than the JDK client and so leaves more of the two shared cores to the server.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_start
export SCORECARD_PLAN="$bench_dir/plan.tsv"
bench_run ScorecardBench "${1:-64}" "${2:-640}" "${3:-100}"
if command -v wrk >/dev/null; then
  clients="${1:-64}"
  # wrk's threads each keep clients/2 connections open; every connection is one judge's device.
  wrk -t2 -c"$clients" -d5s -s deploy/bench/scorecards.lua "http://127.0.0.1:$port" -- "$SCORECARD_PLAN" 2 | grep '^wrk' | sed 's/^wrk/warm-up (wrk)/'
  wrk -t2 -c"$clients" -d"${4:-20}s" -s deploy/bench/scorecards.lua "http://127.0.0.1:$port" -- "$SCORECARD_PLAN" 2 | grep '^wrk'
  echo "server resident memory: $(($(awk '/VmRSS/{print $2}' /proc/$server_pid/status) / 1024)) MB"
else
  echo "wrk not installed: only the JDK client phase above was run"
fi
