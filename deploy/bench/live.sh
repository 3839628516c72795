#!/usr/bin/env bash
# The live reveal reaching N event-stream subscribers: latency from the host's REVEAL call to
# each subscriber receiving it (p50, p99, max) and the server's memory while holding them.
# Usage: deploy/bench/live.sh [subscribers=2000] [pitches=5]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_start
javac -d "$bench_dir/classes" -cp "$bench_dir/classes" deploy/bench/LiveBench.java
BENCH_SERVER_PID=$server_pid bench_run LiveBench "${1:-2000}" "${2:-5}"
