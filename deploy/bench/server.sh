# Sourced by run-all.sh: starting and stopping the packaged jar the way deploy/run.sh does
# (same JVM options, same class-data-sharing archive, the jar's own durable defaults), the
# databases, the cold-start figure and the engine benchmarks' classes. Expects $root, $jar, $out.

port=${BENCH_PORT:-18971}
base="http://127.0.0.1:$port"
server_pid=""
export LAUREL_ADMIN_EMAIL=${LAUREL_ADMIN_EMAIL:-bench-admin@bench.example}
export LAUREL_ADMIN_PASSWORD=${LAUREL_ADMIN_PASSWORD:-bench-admin-password}

h2_url() { echo "jdbc:h2:file:$1/laurel;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"; }
pg_url() { echo "jdbc:postgresql://127.0.0.1:5432/$1"; }
pg_sql() { psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -qtAc "$1" >/dev/null; }
pg_exists() { [ "$(psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$1'")" = 1 ]; }

# The archive belongs to one jar and one JVM: deploy/cds.sh makes it for backend/target/laurel.jar;
# for another jar (LAUREL_JAR) the same steps run here, on a port of the benchmark's own range.
cds_archive() {
  if [ "$(realpath "$jar")" = "$(realpath backend/target/laurel.jar 2>/dev/null || true)" ]; then
    deploy/cds.sh
    return
  fi
  local jsa dir pid
  jsa="$root/$out/cds/$(basename "$jar" .jar)-$(stat -c %Y "$jar").jsa"
  if [ ! -f "$jsa" ]; then
    mkdir -p "$(dirname "$jsa")"; dir=$(mktemp -d)
    LAUREL_PORT=$((port + 8)) LAUREL_DEMO=false LAUREL_DB_URL="$(h2_url "$dir/laurel")" \
      java -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" >"$dir/log" 2>&1 &
    pid=$!
    for _ in $(seq 1 300); do
      curl -fs -o /dev/null "http://127.0.0.1:$((port + 8))/health" && break
      kill -0 $pid 2>/dev/null || break
      sleep 0.1
    done
    for p in / /api/me /api/programs; do curl -s -o /dev/null "http://127.0.0.1:$((port + 8))$p"; done
    kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null || true
    rm -rf "$dir"
  fi
  [ -f "$jsa" ] && echo "$jsa"
  return 0
}

# deploy/run.sh's JVM defaults (JAVA_OPTS replaces them, as there).
server_opts="${JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xmx256m -Xss512k}"
jsa=$(cds_archive)
[ -n "$jsa" ] && server_opts="$server_opts -XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off"

# start_server DB_URL DB_USER DB_PASSWORD UPLOAD_DIR: returns once /health answers.
start_server() {
  LAUREL_PORT=$port LAUREL_MANAGEMENT_PORT=$((port + 10)) LAUREL_DB_URL="$1" LAUREL_DB_USER="$2" LAUREL_DB_PASSWORD="$3" \
    LAUREL_UPLOAD_DIR="$4" java $server_opts -jar "$jar" >"$out/server.log" 2>&1 &
  server_pid=$!
  await_health "$base" "$server_pid" "$out/server.log"
}

await_health() {
  local url=$1 pid=$2 log=$3
  for _ in $(seq 1 1200); do
    curl -fs -o /dev/null "$url/health" && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "the server did not start; its log:" >&2; tail -50 "$log" >&2
  exit 1
}

# start_cluster N DB_URL DB_USER DB_PASSWORD UPLOAD_DIR: N instances on ports $port+1.. behind nginx on $port
# (deploy/multiprocess/nginx.sh); server_pid becomes the instances' ids, comma-separated, as the figures take them.
# The instances share the upload directory: fine for measuring (the figures upload nothing), refused in
# production (LAUREL_STORAGE=s3 there).
start_cluster() {
  local n=$1 i pids=()
  shift
  for i in $(seq 1 "$n"); do
    LAUREL_PORT=$((port + i)) LAUREL_MANAGEMENT_PORT=$((port + 10 + i)) LAUREL_TRUSTED_PROXIES=127.0.0.1 \
      LAUREL_DB_URL="$1" LAUREL_DB_USER="$2" LAUREL_DB_PASSWORD="$3" LAUREL_UPLOAD_DIR="$4" \
      java $server_opts -jar "$jar" >"$out/server-$i.log" 2>&1 &
    pids+=($!)
    await_health "http://127.0.0.1:$((port + i))" "$!" "$out/server-$i.log"
  done
  deploy/multiprocess/nginx.sh "$root/$out/nginx" "$port" $(for i in $(seq 1 "$n"); do echo $((port + i)); done) \
    >"$out/nginx.log" 2>&1 &
  nginx_pid=$!
  server_pid=$(IFS=,; echo "${pids[*]}")
  await_health "$base" "$nginx_pid" "$out/nginx.log"
}

stop_server() {
  local pid
  if [ -n "${nginx_pid:-}" ]; then
    kill -TERM "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
    nginx_pid=""
  fi
  if [ -n "$server_pid" ]; then
    for pid in ${server_pid//,/ }; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in ${server_pid//,/ }; do wait "$pid" 2>/dev/null || true; done
    server_pid=""
  fi
}

cleanup() {
  stop_server
  if command -v psql >/dev/null && pg_exists laurel_bench_run 2>/dev/null; then pg_sql "DROP DATABASE laurel_bench_run" || true; fi
  rm -rf "$out/work" "${engine_dir:-}"
}
trap cleanup EXIT

# Milliseconds from launching the jar to the first GET / answered 200, on an empty H2 database
# (Flyway migrates the whole schema), and RSS right after and after 400 page and API requests.
coldstart() {
  local dir start ready rss_start rss_after
  dir=$(mktemp -d)
  start=$(date +%s%N)
  LAUREL_PORT=$port LAUREL_DB_URL="$(h2_url "$dir")" LAUREL_UPLOAD_DIR="$dir/uploads" \
    java $server_opts -jar "$jar" >"$dir/log" 2>&1 &
  server_pid=$!
  until curl -fs -o /dev/null "$base/"; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$dir/log"; exit 1; }
    sleep 0.02
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  rss_start=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$server_pid/status")
  for _ in $(seq 1 200); do
    curl -fs -o /dev/null "$base/"
    curl -s -o /dev/null "$base/api/me"
  done
  rss_after=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$server_pid/status")
  stop_server
  rm -rf "$dir"
  echo "cold start: first request served after $ready ms; RSS $rss_start MB at start, $rss_after MB after 400 requests"
  echo "@ h2 coldstart first-request-ms $ready"
  echo "@ h2 coldstart rss-start-mb $rss_start"
  echo "@ h2 coldstart rss-after-400-mb $rss_after"
}

# The aggregation and assignment benchmarks call the server's own engine classes, which the
# shaded jar carries: compiled against it once per invocation of the runner.
engine_dir=""
engine_classes() {
  [ -n "$engine_dir" ] && return
  engine_dir=$(mktemp -d)
  javac -nowarn -cp "$jar" -d "$engine_dir" deploy/bench/engine/AggregationBench.java deploy/bench/engine/AssignmentBench.java \
    deploy/bench/engine/StabilityBench.java deploy/bench/engine/PairwiseBench.java deploy/bench/engine/AffinityBench.java
}
