#!/usr/bin/env bash
# Runs Debian's nginx (never as a service) in the foreground on loopback, in front of Laurel instances:
#
#   deploy/multiprocess/nginx.sh DIR LISTEN_PORT BACKEND_PORT...
#
# Writes DIR/nginx.conf (and its temp directories and logs under DIR) and execs nginx with
# -p DIR -c DIR/nginx.conf, so the caller's process id is nginx's master: stop it with SIGTERM
# (fast shutdown) or SIGQUIT. The multi-process test and deploy/bench/run-all.sh --nginx use it.
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

# A minimal equivalent of the shipped site configuration (deploy/nginx/): what Laurel needs from
# a proxy. Event streams unbuffered and long-lived; forwarded client address and request id.
cat >"$dir/nginx.conf" <<CONF
daemon off;
master_process on;
worker_processes 1;
worker_rlimit_nofile 16384;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 8192; }
http {
  access_log $dir/logs/access.log;
  client_body_temp_path $dir/tmp/body;
  proxy_temp_path $dir/tmp/proxy;
  fastcgi_temp_path $dir/tmp/fastcgi;
  uwsgi_temp_path $dir/tmp/uwsgi;
  scgi_temp_path $dir/tmp/scgi;

  upstream laurel {
$servers    keepalive 64;
  }

  server {
    listen 127.0.0.1:$listen;
    client_max_body_size 30m;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$host;
    proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto \$scheme;
    proxy_set_header X-Request-Id \$request_id;
    proxy_next_upstream error timeout;
    # Which instance answered: the multi-process test reads it to know where a stream landed.
    add_header X-Laurel-Upstream \$upstream_addr always;

    location ~ ^/api/live/[0-9]+/events\$ {
      proxy_pass http://laurel;
      proxy_buffering off;
      proxy_cache off;
      proxy_read_timeout 1h;
    }
    location / {
      proxy_pass http://laurel;
    }
  }
}
CONF
exec "$nginx" -p "$dir" -c "$dir/nginx.conf"
