# Shared by the benchmark scripts: start the packaged jar on a fresh database (H2 by default,
# or LAUREL_DB_URL/LAUREL_DB_USER), compile the load generator, and stop everything on exit.
bench_start() {
  cd "$(dirname "$0")/../.."
  jar=backend/target/laurel.jar
  [ -f "$jar" ] || { echo "build first: mvn -B -ntp -DskipTests package" >&2; exit 1; }
  bench_dir=$(mktemp -d)
  port=18980
  opts="${JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xss512k}"
  jsa=$(deploy/cds.sh)
  [ -n "$jsa" ] && opts="$opts -XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
  LAUREL_PORT=$port LAUREL_UPLOAD_DIR="$bench_dir/uploads" \
    LAUREL_DB_URL="${LAUREL_DB_URL:-jdbc:h2:file:$bench_dir/laurel;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}" \
    LAUREL_ADMIN_EMAIL=bench-admin@bench.example LAUREL_ADMIN_PASSWORD=bench-admin-password \
    java $opts -jar "$jar" >"$bench_dir/server.log" 2>&1 &
  server_pid=$!
  trap 'kill $server_pid 2>/dev/null; wait $server_pid 2>/dev/null; rm -rf "$bench_dir"' EXIT
  javac -d "$bench_dir/classes" deploy/bench/BenchHttp.java deploy/bench/Season.java deploy/bench/SubmitBench.java \
    deploy/bench/ScorecardBench.java
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do
    kill -0 $server_pid 2>/dev/null || { cat "$bench_dir/server.log"; exit 1; }
    sleep 0.2
  done
  echo "database: ${LAUREL_DB_URL:-H2 file (embedded)}; server JVM options: $opts"
}

bench_run() {
  java -cp "$bench_dir/classes" "$1" "http://127.0.0.1:$port" bench-admin@bench.example bench-admin-password "${@:2}"
}
