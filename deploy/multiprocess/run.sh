#!/usr/bin/env bash
# The multi-process test: nginx in front of two packaged Laurel processes on a fresh PostgreSQL
# database and an S3-compatible bucket (S3Proxy inside the driver), a scripted season spread over
# both, one instance killed mid-final, a pg_dump backup restored and checked, and the same season
# on one H2 instance (its online backup restored and checked, its results compared). Prints a
# PASS/FAIL summary; exits non-zero on failure. Needs backend/target/laurel.jar (mvn verify builds
# it), PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) and nginx (Debian's package).
#
#   deploy/multiprocess/run.sh        environment: MP_STORAGE=s3|local (s3), MP_PORT_BASE (19300), MP_LIMIT (280 s)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
jar=${LAUREL_JAR:-backend/target/laurel.jar}
[ -f "$jar" ] || { echo "multi-process test: $jar is missing (mvn -B -ntp verify builds it)" >&2; exit 1; }
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || { echo "multi-process test: nginx is not installed" >&2; exit 1; }

# The driver and the bench module it reuses (quick when mvn verify has just built them).
mvn -B -ntp -q -pl deploy/bench,deploy/multiprocess -am package -DskipTests -Dskip.npm
run_id="$(date +%s)_$$"
work=deploy/multiprocess/target/run-$run_id
mkdir -p "$work"
cleanup() {
  # The driver drops its databases and ends its processes itself; this catches a driver that was killed.
  for db in $(psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT datname FROM pg_database WHERE datname LIKE 'laurel_mp_${run_id}_%'" 2>/dev/null); do
    psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
  done
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

limit=${MP_LIMIT:-280}
# The driver's own watchdog stops it at $limit; timeout is the backstop if the JVM itself hangs.
timeout --signal=TERM --kill-after=20 $((limit + 20)) \
  java -Xmx512m -cp "deploy/multiprocess/target/classes:$(cat deploy/multiprocess/target/classpath.txt)" \
  org.laurel.multiprocess.Main --jar "$jar" --work "$work" --run-id "$run_id" --root "$root" \
  --storage "${MP_STORAGE:-s3}" --port-base "${MP_PORT_BASE:-19300}" --limit-seconds "$limit"
