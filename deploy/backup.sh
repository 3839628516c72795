#!/usr/bin/env bash
# Backs Laurel up into DIR (see deploy/backup.md):
#
#   deploy/backup.sh DIR
#
# Reads the server's own configuration from the environment (the same variables Laurel reads):
#   LAUREL_DB_URL, LAUREL_DB_USER, LAUREL_DB_PASSWORD   which database (default: the embedded H2 of deploy/run.sh)
#   LAUREL_STORAGE, LAUREL_UPLOAD_DIR                   where attachments are (local store: copied here)
# PostgreSQL: pg_dump -Fc of the database while Laurel runs (a consistent snapshot).
# H2 (embedded): the running server writes the backup itself (POST /api/admin/backups, an
# administrator's call) because no second process may open its database file; then needs
#   LAUREL_URL (default http://127.0.0.1:$LAUREL_PORT) on the same host, and an administrator's login in
#   LAUREL_BACKUP_EMAIL / LAUREL_BACKUP_PASSWORD (default LAUREL_ADMIN_EMAIL / LAUREL_ADMIN_PASSWORD).
# The database is copied first and the store second: an attachment is stored before the row that names it
# commits, so every attachment the database copy names is in the store copy (later ones are harmless extras).
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
dir=$1
mkdir -p "$dir"
[ -z "$(ls -A "$dir")" ] || { echo "backup: $dir is not empty" >&2; exit 1; }
url=${LAUREL_DB_URL:-jdbc:h2:file:./data/laurel}
storage=${LAUREL_STORAGE:-local}
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)

case "$url" in
  jdbc:postgresql://*)
    rest=${url#jdbc:postgresql://}; rest=${rest%%\?*}
    hostport=${rest%%/*}; db=${rest#*/}
    host=${hostport%%:*}; port=5432
    [ "$hostport" != "$host" ] && port=${hostport#*:}
    PGPASSWORD=${LAUREL_DB_PASSWORD:-} pg_dump -Fc -h "$host" -p "$port" -U "${LAUREL_DB_USER:-postgres}" -d "$db" \
      -f "$dir/laurel.dump"
    kind=postgresql
    echo "backup: database $db dumped to $dir/laurel.dump ($(stat -c %s "$dir/laurel.dump") bytes)"
    ;;
  jdbc:h2:file:*|jdbc:h2:./*|jdbc:h2:/*)
    base=${LAUREL_URL:-http://127.0.0.1:${LAUREL_PORT:-8080}}
    email=${LAUREL_BACKUP_EMAIL:-${LAUREL_ADMIN_EMAIL:-}} password=${LAUREL_BACKUP_PASSWORD:-${LAUREL_ADMIN_PASSWORD:-}}
    [ -n "$email" ] && [ -n "$password" ] || { echo "backup: an administrator's login is needed (LAUREL_BACKUP_EMAIL/PASSWORD)" >&2; exit 1; }
    login=$(jq -cn --arg u "$email" --arg p "$password" '{username: $u, password: $p}' 2>/dev/null \
      || printf '{"username":"%s","password":"%s"}' "$email" "$password")
    token=$(curl -fsS -H 'Content-Type: application/json' -d "$login" "$base/api/auth/login" \
      | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
    [ -n "$token" ] || { echo "backup: could not sign in at $base" >&2; exit 1; }
    answer=$(curl -fsS -X POST -H "Authorization: Bearer $token" "$base/api/admin/backups")
    path=$(sed -n 's/.*"path":"\([^"]*\)".*/\1/p' <<<"$answer")
    sha=$(sed -n 's/.*"sha256":"\([0-9a-f]*\)".*/\1/p' <<<"$answer")
    cp "$path" "$dir/laurel-h2.zip"
    [ "$(sha256sum "$dir/laurel-h2.zip" | cut -d' ' -f1)" = "$sha" ] || { echo "backup: the copy of $path differs from what the server wrote" >&2; exit 1; }
    kind=h2
    echo "backup: the server wrote $path (SHA-256 $sha); copied to $dir/laurel-h2.zip"
    ;;
  *) echo "backup: unsupported LAUREL_DB_URL $url" >&2; exit 1 ;;
esac

case "$storage" in
  local)
    uploads=${LAUREL_UPLOAD_DIR:-./data/uploads}
    mkdir -p "$uploads"
    tar -C "$uploads" -cf "$dir/uploads.tar" .
    echo "backup: local store $uploads: $(tar -tf "$dir/uploads.tar" | grep -vc '/$') files in $dir/uploads.tar"
    ;;
  s3)
    # The bucket is the operator's to protect: versioning plus replication, or a copy after this dump
    # (aws s3 sync / rclone sync / mc mirror). deploy/backup.md says how; the test copies it object by object.
    echo "backup: attachments are in bucket ${LAUREL_S3_BUCKET:-?}${LAUREL_S3_PREFIX:+ (prefix $LAUREL_S3_PREFIX)}: copy it now (deploy/backup.md)"
    ;;
  *) echo "backup: unknown LAUREL_STORAGE $storage" >&2; exit 1 ;;
esac

{
  echo "laurel-backup 1"
  echo "made $started"
  echo "database $kind"
  echo "storage $storage${LAUREL_S3_BUCKET:+ bucket $LAUREL_S3_BUCKET}"
  (cd "$dir" && sha256sum laurel.dump laurel-h2.zip uploads.tar 2>/dev/null || true)
} >"$dir/MANIFEST"
echo "backup: done in $dir (MANIFEST lists the files and their SHA-256)"
