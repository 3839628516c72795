#!/usr/bin/env bash
# Reproduces every figure of deploy/bench/RESULTS.md with one command.
#
#   deploy/bench/run-all.sh [--quick] [--only saves,submissions,results,live,audience,coldstart,aggregation,assignment,stability,pairwise,affinity]
#                           [--db h2|pg|both] [--runs N] [--reseed] [--nginx [--instances 1|2|1,2]]
#
# The season (2,000 entries with attachments, 300 judges, an open round of 6,000 cards, a
# finalized round of 6,000 submitted cards, drafts for the submission surge) is seeded once per
# database through the public API and snapshotted (H2: the stopped database's files; PostgreSQL:
# a template database). Every figure then starts the packaged jar, as deploy/run.sh does, on a
# fresh copy of that snapshot: the same data every run. Each figure runs --runs times (3),
# interleaved (round 1: every figure on every database, then round 2, ...), and the closing
# table gives the median and range of each. Output goes to stdout and deploy/bench/out/*.log.
# --quick: 1 run, 100 entries, short windows, for trying the runner out (not for RESULTS.md).
# audience: 5,000 phones sign in with expo tickets and vote on one pitch (each also retries, refused) while
# 2,000 screens follow the event stream; votes/s, latency, exact counts (500 phones with --quick).
# --nginx: the HTTP figures (saves, submissions, results, live) go through nginx (deploy/multiprocess/nginx.sh,
# Debian's nginx on loopback) in front of --instances N Laurel processes on PostgreSQL (default 1; "1,2"
# measures both, interleaved); figures are labelled pg-nginx-N, the live figure's subscribers spread over
# the instances, and CPU and memory are each instance's (RSS per instance as rss-...-iN).
# Environment: LAUREL_JAR (default backend/target/laurel.jar), JAVA_OPTS (as deploy/run.sh),
# BENCH_SUBMIT=1 (every save also submits the card), BENCH_PORT (18971;
# 18979 for a CDS archive). PostgreSQL: 127.0.0.1:5432, user postgres, trust auth.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

quick=0 only=saves,submissions,results,live,audience,coldstart,aggregation,assignment,stability,pairwise,affinity dbs=both runs=3 reseed=0 nginx=0 instances=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 runs=1 ;;
    --only) only="$2"; shift ;;
    --db) dbs="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --reseed) reseed=1 ;;
    --nginx) nginx=1 ;;
    --instances) instances="$2"; shift ;;
    *) echo "unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
  shift
done
case "$dbs" in both) dbs="h2 pg" ;; h2|pg) ;; *) echo "--db h2|pg|both" >&2; exit 2 ;; esac
if [ $nginx = 1 ]; then
  # Several processes share one database only on PostgreSQL; the engine and cold-start figures have no HTTP.
  dbs=pg only=$(tr , '\n' <<<"$only" | grep -E '^(saves|submissions|results|live)$' | paste -sd, -)
  [ -n "$only" ] || { echo "--nginx measures saves, submissions, results and live" >&2; exit 2; }
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || { echo "--nginx needs nginx (apt-get install nginx)" >&2; exit 2; }
  targets=$(for n in ${instances//,/ }; do echo "pg-nginx-$n"; done)
else
  targets=$dbs
fi

# Sizes: the issue's realistic season, or a small one for --quick.
if [ $quick = 1 ]; then
  entries=${BENCH_ENTRIES:-100} judges=${BENCH_JUDGES:-30} surge_clients=16 drafts=24
  warmup=2 measure=5 requests=20 subscribers=200 pitches=2 load_judges=16 phones=500
else
  entries=${BENCH_ENTRIES:-2000} judges=${BENCH_JUDGES:-300} surge_clients=64 drafts=120
  warmup=15 measure=15 requests=100 subscribers=2000 pitches=5 load_judges=64 phones=5000
fi
timeout_s=${BENCH_TIMEOUT:-10}

jar=${LAUREL_JAR:-backend/target/laurel.jar}
bench_jar=deploy/bench/target/laurel-bench.jar
if [ ! -f "$jar" ]; then
  mvn -B -ntp -DskipTests package
elif [ ! -f "$bench_jar" ] || [ -n "$(find deploy/bench/src deploy/bench/pom.xml -newer "$bench_jar" 2>/dev/null | head -1)" ]; then
  mvn -B -ntp -DskipTests -pl deploy/bench package # only the runner (missing or older than its sources): the server jar is there
fi
out=deploy/bench/out
mkdir -p "$out"
source deploy/bench/server.sh
log="$out/run-$(date +%Y%m%d-%H%M%S).log"
exec > >(tee -a "$log") 2>&1
bench() { java -XX:+UseSerialGC -Xmx512m -jar "$bench_jar" "$@"; }

echo "== Laurel benchmark, $(date -Iseconds)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -2 | tr '\n' ' ')"
echo "jar: $jar ($(date -r "$jar" -Iseconds)); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "server JVM options: $server_opts"
echo "figures: $only; targets: $(echo $targets); runs: $runs; season: $entries entries, $judges judges"
echo "log: $log"

# ---- the seeded snapshot per database ----
seed_dir() { echo "$out/seed/$1-$entries"; }
pg_seed_db="laurel_bench_seed_$entries"
pg_run_db="laurel_bench_run"

seed() {
  local db=$1 dir
  dir=$(seed_dir "$db")
  if [ $reseed = 0 ] && [ -f "$dir/seed.properties" ] && { [ "$db" = h2 ] || pg_exists "$pg_seed_db"; }; then
    return
  fi
  echo "-- seeding $db ($entries entries, $judges judges): once per database"
  rm -rf "$dir"; mkdir -p "$dir/uploads"
  if [ "$db" = h2 ]; then
    start_server "$(h2_url "$root/$dir/db")" sa "" "$dir/uploads"
  else
    pg_sql "DROP DATABASE IF EXISTS $pg_seed_db" && pg_sql "CREATE DATABASE $pg_seed_db"
    start_server "$(pg_url "$pg_seed_db")" postgres "" "$dir/uploads"
  fi
  bench seed "$base" --entries "$entries" --judges "$judges" --surge-clients "$surge_clients" --drafts "$drafts" \
    --manifest "$dir/seed.properties.tmp"
  stop_server # H2 writes its file completely on a clean stop; a PostgreSQL template needs no connections
  mv "$dir/seed.properties.tmp" "$dir/seed.properties"
}

# Starts the server on a fresh copy of the seeded database (pg-nginx-N: N instances behind nginx).
fresh() {
  local db=$1 dir run n=0
  case "$db" in pg-nginx-*) n=${db#pg-nginx-}; db=pg ;; esac
  dir=$(seed_dir "$db")
  run="$out/work"
  rm -rf "$run"; mkdir -p "$run"
  cp -r "$dir/uploads" "$run/uploads"
  if [ "$db" = h2 ]; then
    cp -r "$dir/db" "$run/db"
    start_server "$(h2_url "$root/$run/db")" sa "" "$run/uploads"
  else
    pg_sql "DROP DATABASE IF EXISTS $pg_run_db" && pg_sql "CREATE DATABASE $pg_run_db TEMPLATE $pg_seed_db"
    if [ "$n" -gt 0 ]; then
      start_cluster "$n" "$(pg_url "$pg_run_db")" postgres "" "$root/$run/uploads"
    else
      start_server "$(pg_url "$pg_run_db")" postgres "" "$run/uploads"
    fi
  fi
}

wants() { [[ ",$only," == *",$1,"* ]]; }

http_figure() {
  local round=$1 db=$2 name=$3
  shift 3
  echo
  echo "-- run $round/$runs: $name on $db; load average before $(cut -d' ' -f1-3 /proc/loadavg)"
  fresh "$db"
  bench figure "$name" "$base" --pid "$server_pid" --db "$db" --manifest "$(seed_dir "${db%%-nginx-*}")/seed.properties" \
    --timeout "$timeout_s" "$@" || echo "!! $name on $db failed (see above)"
  stop_server
  echo "   load average after $(cut -d' ' -f1-3 /proc/loadavg)"
}

if wants saves || wants submissions || wants results || wants live || wants audience; then
  for db in $dbs; do seed "$db"; done
fi

for round in $(seq 1 "$runs"); do
  for db in $targets; do
    wants saves && http_figure "$round" "$db" saves --judges "$load_judges" --warmup "$warmup" --measure "$measure" \
      ${BENCH_SUBMIT:+--submit}
    wants submissions && http_figure "$round" "$db" submissions
    wants results && http_figure "$round" "$db" results --requests "$requests"
    wants live && http_figure "$round" "$db" live --subscribers "$subscribers" --pitches "$pitches"
    wants audience && http_figure "$round" "$db" audience --phones "$phones" --subscribers "$subscribers"
  done
  if wants coldstart; then
    echo; echo "-- run $round/$runs: cold start on an empty H2 database; load average before $(cut -d' ' -f1-3 /proc/loadavg)"
    coldstart
  fi
  if wants aggregation || wants assignment || wants stability || wants pairwise || wants affinity; then
    engine_classes
    echo; echo "-- run $round/$runs: engine benchmarks (pure computation, no server); load average $(cut -d' ' -f1-3 /proc/loadavg)"
    if wants aggregation; then
      line=$(java -cp "$jar:$engine_dir" AggregationBench | tee /dev/stderr | grep 'median')
      echo "@ engine aggregation median-ms $(sed -E 's/.*median ([0-9.]+) ms.*/\1/' <<<"$line")"
    fi
    if wants assignment; then
      line=$(java -cp "$jar:$engine_dir" org.laurel.judging.AssignmentBench | tee /dev/stderr | grep 'median')
      echo "@ engine assignment median-ms $(sed -E 's/.*median ([0-9.]+) ms.*/\1/' <<<"$line")"
    fi
    if wants stability; then
      line=$(java -cp "$jar:$engine_dir" StabilityBench | tee /dev/stderr | grep 'slowest method')
      echo "@ engine stability median-ms $(sed -E 's/.*median ([0-9.]+) ms.*/\1/' <<<"$line")"
    fi
    if wants pairwise; then
      line=$(java -cp "$jar:$engine_dir" org.laurel.judging.PairwiseBench | tee /dev/stderr | grep 'p99')
      echo "@ engine next-table p99-ms $(sed -E 's/.*p99 ([0-9.]+) ms.*/\1/' <<<"$line")"
    fi
    if wants affinity; then
      line=$(java -XX:+UseSerialGC -Xms32m -Xmx256m -Xss512k -cp "$jar:$engine_dir" org.laurel.judging.AffinityBench | tee /dev/stderr | grep 'median')
      echo "@ engine affinity-assignment median-ms $(sed -E 's/.*median ([0-9.]+) ms.*/\1/' <<<"$line")"
    fi
  fi
done

echo
echo "== summary over $runs run(s): median and range (min - max) per figure; $(date -Iseconds), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   saves/submissions count only answers whose body confirmed the write; CPU is from /proc (server; PostgreSQL: all postgres processes)"
bench summary "$log"
