#!/usr/bin/env bash
# Entry submissions per second and latency with 64 concurrent applicants (server and load
# generator on this machine). Usage: deploy/bench/submissions.sh [clients=64] [entriesPerClient=100]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_start
bench_run SubmitBench "${1:-64}" "${2:-100}"
