#!/usr/bin/env bash
# The 600-team journey (frontend/e2e/scale.spec.ts) as a benchmark: seeds 600 entries and 40
# judges through the API of the packaged jar (demo mode, a fresh H2 file, or the PostgreSQL
# database in LAUREL_DB_URL), screens them in bulk by filter, assigns, scores and reads the
# results in real Chromium, and prints how long each organizer page took to show its data.
# Builds the jar first when it is missing. Usage: deploy/bench/scale-journey.sh
#   E2E_SCALE_ENTRIES / E2E_SCALE_JUDGES change the size; E2E_PORT the port (default 18941).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f backend/target/laurel.jar ]; then
  mvn -B -ntp -q package -DskipTests -DskipE2e -pl frontend,backend
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
cd frontend
E2E_SCALE=1 E2E_PORT="${E2E_PORT:-18941}" npx playwright test -c e2e/playwright.config.ts scale.spec.ts --reporter=list
