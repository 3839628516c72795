#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into a NEW database and store (see deploy/backup.md):
#
#   deploy/restore.sh DIR
#
# The target is the configuration Laurel will start with (same variables):
#   LAUREL_DB_URL, LAUREL_DB_USER, LAUREL_DB_PASSWORD   PostgreSQL: the database is created (createdb) and
#                                                       must not exist; H2: the file must not exist
#   LAUREL_STORAGE, LAUREL_UPLOAD_DIR                   local store: unpacked into the directory, which must be empty
# Laurel must not be running on the target while this runs. Start it afterwards as usual.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 2; }
dir=$1
[ -f "$dir/MANIFEST" ] || { echo "restore: $dir has no MANIFEST: not a backup made by deploy/backup.sh" >&2; exit 1; }
(cd "$dir" && sed -n '/^[0-9a-f]\{64\}  /p' MANIFEST | sha256sum -c --quiet -) || { echo "restore: files differ from the MANIFEST" >&2; exit 1; }
url=${LAUREL_DB_URL:-jdbc:h2:file:./data/laurel}
storage=${LAUREL_STORAGE:-local}

case "$url" in
  jdbc:postgresql://*)
    [ -f "$dir/laurel.dump" ] || { echo "restore: $dir holds no PostgreSQL dump" >&2; exit 1; }
    rest=${url#jdbc:postgresql://}; rest=${rest%%\?*}
    hostport=${rest%%/*}; db=${rest#*/}
    host=${hostport%%:*}; port=5432
    [ "$hostport" != "$host" ] && port=${hostport#*:}
    export PGPASSWORD=${LAUREL_DB_PASSWORD:-}
    createdb -h "$host" -p "$port" -U "${LAUREL_DB_USER:-postgres}" "$db"
    pg_restore --exit-on-error --no-owner --no-privileges -h "$host" -p "$port" -U "${LAUREL_DB_USER:-postgres}" -d "$db" \
      "$dir/laurel.dump"
    echo "restore: database $db created and restored from $dir/laurel.dump"
    ;;
  jdbc:h2:*)
    [ -f "$dir/laurel-h2.zip" ] || { echo "restore: $dir holds no H2 backup" >&2; exit 1; }
    file=${url#jdbc:h2:}; file=${file#file:}; file=${file%%;*}
    target=$(dirname "$file") name=$(basename "$file")
    [ ! -e "$target/$name.mv.db" ] || { echo "restore: $target/$name.mv.db exists; restore into a new location" >&2; exit 1; }
    mkdir -p "$target"
    tmp=$(mktemp -d)
    unzip -q "$dir/laurel-h2.zip" -d "$tmp"
    db=$(ls "$tmp"/*.mv.db)
    mv "$db" "$target/$name.mv.db"
    rm -rf "$tmp"
    echo "restore: H2 database unpacked to $target/$name.mv.db"
    ;;
  *) echo "restore: unsupported LAUREL_DB_URL $url" >&2; exit 1 ;;
esac

case "$storage" in
  local)
    uploads=${LAUREL_UPLOAD_DIR:-./data/uploads}
    [ -f "$dir/uploads.tar" ] || { echo "restore: $dir holds no copy of a local store" >&2; exit 1; }
    mkdir -p "$uploads"
    [ -z "$(ls -A "$uploads")" ] || { echo "restore: $uploads is not empty" >&2; exit 1; }
    tar -C "$uploads" -xf "$dir/uploads.tar"
    echo "restore: local store unpacked into $uploads"
    ;;
  s3)
    echo "restore: attachments: point LAUREL_S3_BUCKET at the bucket restored from your copy (deploy/backup.md)"
    ;;
esac
