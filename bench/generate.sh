#!/usr/bin/env bash
# Builds a large database for the scale benchmark (issue 19): a NEW embedded PostgreSQL in its
# own directory, migrated by the site itself, with a real photo and a real PDF published through
# the back office, then filled by bench/scale.sql (set-based SQL, one transaction).
#
#   bash bench/generate.sh                 # into target/bench-scale (refuses if it exists)
#   bash bench/generate.sh --replace       # deletes target/bench-scale first
#
# It never touches another database: it takes no URL, it only creates its own directory, and
# scale.sql refuses to run on a database that holds more than the seed. `bash bench/run.sh
# --scale` then measures a copy of it. Needs a JDK and psql (Debian's postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE_DIR="$PWD/target/bench-scale"
PORT="${GENERATE_PORT:-18095}"
if [ "${1:-}" = "--replace" ]; then rm -rf "$SCALE_DIR"; elif [ -n "${1:-}" ]; then echo "usage: $0 [--replace]" >&2; exit 2; fi
if [ -e "$SCALE_DIR" ]; then
  echo "$SCALE_DIR exists: the large database is already there (bash $0 --replace builds it again)" >&2
  exit 1
fi
if ! command -v psql >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq postgresql-client >/dev/null; else echo "install psql" >&2; exit 2; fi
fi
mkdir -p "$SCALE_DIR"
OUT="$SCALE_DIR/work"
mkdir -p "$OUT"
t0=$(date +%s)

[ -n "$(ls target/ppsm-site-*.jar 2>/dev/null)" ] || ./mvnw -q -DskipTests package
JAR=$(ls target/ppsm-site-*.jar | head -1)

ADMIN_EMAIL="bench-admin@ppsm.test"
ADMIN_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')-bench"
# run.sh --scale signs in with this account (the file stays on this machine, mode 600)
umask 077
printf 'ADMIN_EMAIL=%q\nADMIN_PASSWORD=%q\n' "$ADMIN_EMAIL" "$ADMIN_PASSWORD" > "$SCALE_DIR/admin.env"
umask 022

APP=""
trap '[ -n "$APP" ] && kill $APP 2>/dev/null || true' EXIT
PPSM_ADMIN_EMAIL="$ADMIN_EMAIL" PPSM_ADMIN_PASSWORD="$ADMIN_PASSWORD" PPSM_MFA_REQUIRED=false PPSM_BACKUP_ENABLED=false \
  java -Xmx256m -Dppsm.embedded-db.dir="$SCALE_DIR/postgres" -jar "$JAR" --server.port="$PORT" > "$OUT/app.log" 2>&1 &
APP=$!
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/"; do
  kill -0 $APP 2>/dev/null || { echo "the application did not start, see $OUT/app.log" >&2; exit 1; }
  sleep 0.2
done
BASE="http://127.0.0.1:$PORT"
# shellcheck source=bench/lib.sh
source bench/lib.sh
form_post /login "username=$ADMIN_EMAIL" "password=$ADMIN_PASSWORD" >/dev/null
publish_samples >/dev/null
PG_PORT=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$OUT/app.log" | tail -1 | awk '{print $NF}')
t1=$(date +%s)
PGOPTIONS="-c ppsm.generate_scale=yes" psql -X -q "postgresql://postgres@127.0.0.1:$PG_PORT/postgres" \
  -f bench/scale.sql -P footer=off | tee "$SCALE_DIR/volumes.txt"
t2=$(date +%s)
kill $APP; wait $APP 2>/dev/null || true
APP=""
SIZE=$(du -sh "$SCALE_DIR/postgres" | cut -f1)
echo "filled in $((t2 - t1)) s (SQL), $((t2 - t0)) s in all (with the start and the samples); database $SIZE in $SCALE_DIR/postgres" \
  | tee -a "$SCALE_DIR/volumes.txt"
