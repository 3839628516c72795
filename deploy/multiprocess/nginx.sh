#!/usr/bin/env bash
# Runs Debian's nginx (never as a service) in the foreground on loopback, in front of Laurel instances:
#
#   deploy/multiprocess/nginx.sh DIR LISTEN_PORT BACKEND_PORT...
#
# Writes DIR/nginx.conf (and its temp directories and logs under DIR) and execs nginx with
# -p DIR -c DIR/nginx.conf, so the caller's process id is nginx's master: stop it with SIGTERM
# (fast shutdown) or SIGQUIT. The multi-process test and deploy/bench/run-all.sh --nginx use it.
# LAUREL_NGINX_DIR: where the shipped site files are (default deploy/nginx); NGINX_TEST=1 only checks the conf (nginx -t).
set -euo pipefail
dir=$(realpath -m "$1") listen=$2
shift 2
[ $# -ge 1 ] || { echo "usage: $0 DIR LISTEN_PORT BACKEND_PORT..." >&2; exit 2; }
nginx=$(command -v nginx || echo /usr/sbin/nginx)
mkdir -p "$dir/tmp" "$dir/logs"

servers=""
for p in "$@"; do
  # One failed connection takes an instance out for 5 s; a request that never reached it is retried on the next one.
  servers+="    server 127.0.0.1:$p max_fails=1 fail_timeout=5s;"$'\n'
done

# The shipped site configuration (deploy/nginx/http.conf and laurel.conf, include-friendly) when it is
# there; otherwise a minimal equivalent of it. Only the upstream's servers, the listen address and the
# process settings (enough connections for 2,000 event streams) are this script's own.
shipped=${LAUREL_NGINX_DIR:-$(realpath -m "$(dirname "$0")/../nginx")}
if [ -f "$shipped/http.conf" ] && [ -f "$shipped/laurel.conf" ]; then
  http_part="include $shipped/http.conf;"
  server_part="include $shipped/laurel.conf;"
else
  http_part=""
  server_part=$(cat <<'PART'
    client_max_body_size 30m;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $host;
    proxy_set_header X-Forwarded-For $remote_addr;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header X-Request-Id $request_id;
    proxy_next_upstream error timeout;
    location ~ ^/api/live/[0-9]+/events$ {
      proxy_pass http://laurel;
      proxy_buffering off;
      proxy_cache off;
      proxy_read_timeout 1h;
    }
    location / {
      proxy_pass http://laurel;
    }
PART
)
fi

cat >"$dir/nginx.conf" <<CONF
daemon off;
master_process on;
worker_processes 1;
worker_rlimit_nofile 16384;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 8192; }
http {
  client_body_temp_path $dir/tmp/body;
  proxy_temp_path $dir/tmp/proxy;
  fastcgi_temp_path $dir/tmp/fastcgi;
  uwsgi_temp_path $dir/tmp/uwsgi;
  scgi_temp_path $dir/tmp/scgi;
  $http_part
  access_log $dir/logs/access.log;

  upstream laurel {
$servers    keepalive 64;
  }

  server {
    listen 127.0.0.1:$listen;
    # Which instance answered (for the test's log; locations with add_header of their own drop it).
    add_header X-Laurel-Upstream \$upstream_addr always;
$server_part
  }
}
CONF
[ -n "${NGINX_TEST:-}" ] && exec "$nginx" -t -p "$dir" -c "$dir/nginx.conf"
exec "$nginx" -p "$dir" -c "$dir/nginx.conf"
