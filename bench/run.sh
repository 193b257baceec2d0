#!/usr/bin/env bash
# Benchmark of the site on this machine. Builds the jar, starts it on a throw-away embedded
# PostgreSQL with production settings, loads it with wrk from the same machine, and compares
# with nginx serving the same programme page as a static file (the practical limit).
#
#   bash bench/run.sh            # 10 s per measurement
#   DURATION=30 bash bench/run.sh
#
# Needs a JDK, wrk and nginx (Debian packages; installed with apt-get when run as root).
# Only loopback addresses are used. Results: printed, and kept in target/bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-10}"
PORT="${BENCH_PORT:-18090}"
NGINX_PORT="${BENCH_NGINX_PORT:-18091}"
OUT="$PWD/target/bench"
mkdir -p "$OUT"

for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk nginx >/dev/null; else echo "install $tool" >&2; exit 2; fi
  fi
done

./mvnw -q -DskipTests package
JAR=$(ls target/ppsm-site-*.jar | head -1)

# Production JVM settings (see README, "Deploy it").
JAVA_OPTS="${JAVA_OPTS:--Xms64m -Xmx256m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+UseSerialGC}"
DB_DIR="$OUT/postgres"
rm -rf "$DB_DIR"
APP=""
trap '[ -n "$APP" ] && kill $APP 2>/dev/null; [ -f "$OUT/nginx.pid" ] && kill "$(cat "$OUT/nginx.pid")" 2>/dev/null || true' EXIT
start_app() {
  # shellcheck disable=SC2086
  java $JAVA_OPTS -Dppsm.embedded-db.dir="$DB_DIR" -jar "$JAR" --server.port="$PORT" --ppsm.bench.query-count=true \
    > "$OUT/app.log" 2>&1 &
  APP=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/?started"; do
    kill -0 $APP 2>/dev/null || { echo "the application did not start, see $OUT/app.log" >&2; exit 1; }
    sleep 0.05
  done
}
# a first start creates and migrates the database; the second, timed, is a normal restart
start_app; kill $APP; wait $APP 2>/dev/null || true
t0=$(date +%s%N)
start_app
STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))

BASE="http://127.0.0.1:$PORT"
PAGES=(/ /programmes /programmes/protection-de-l-enfance /projets/tura-utuze /contact)

# --- queries per page view (first, uncached view of each page)
QUERIES=""
for p in "${PAGES[@]}"; do
  # a query string keeps the page out of the page cache: this view really renders
  q=$(curl -s -D - -o /dev/null "$BASE$p?bench" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-query-count"{print $2}')
  QUERIES+="| \`$p\` | ${q:-0} |"$'\n'
done

# --- nginx serving the programme page as a static file
mkdir -p "$OUT/static"
curl -s "$BASE/programmes/protection-de-l-enfance" > "$OUT/static/programme.html"
gzip -kf9 "$OUT/static/programme.html"
cat > "$OUT/nginx.conf" <<NGINX
worker_processes auto;
pid $OUT/nginx.pid;
error_log $OUT/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  gzip_static on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $OUT/static;
    location / { default_type text/html; etag on; }
  }
}
NGINX
nginx -c "$OUT/nginx.conf" -p "$OUT"

# --- load: wrk at 1, 16 and 64 connections, gzip like a browser
run() { # name url connections
  local out
  local threads=2; [ "$3" -lt 2 ] && threads=1
  out=$(wrk -t"$threads" -c"$3" -d"${DURATION}s" --latency -H 'Accept-Encoding: gzip' -H 'Accept: text/html' "$2")
  local rps p50 p90 p99 errors non2xx
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  p50=$(awk '$1=="50%"{print $2}' <<<"$out"); p90=$(awk '$1=="90%"{print $2}' <<<"$out"); p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  errors=$(awk '/Socket errors/{gsub(",","");print $4+$6+$8+$10}' <<<"$out"); non2xx=$(awk '/Non-2xx/{print $5}' <<<"$out")
  echo "| $1 | $3 | $rps | $p50 | $p90 | $p99 | $(( ${errors:-0} + ${non2xx:-0} )) |"
}
for p in "${PAGES[@]}"; do wrk -t2 -c16 -d3s "$BASE$p" >/dev/null; done   # warm-up (JIT, cache)
ROWS=""
for p in "${PAGES[@]}"; do
  for c in 1 16 64; do ROWS+="$(run "\`$p\`" "$BASE$p" "$c")"$'\n'; done
done
for c in 1 16 64; do ROWS+="$(run "nginx static programme page" "http://127.0.0.1:$NGINX_PORT/programme.html" "$c")"$'\n'; done

RSS_MB=$(( $(ps -o rss= -p $APP) / 1024 ))
APP64=$(grep -F '`/programmes/protection-de-l-enfance` | 64 |' <<<"$ROWS" | awk -F'|' '{print $4}')
NGX64=$(grep -F 'nginx static programme page | 64 |' <<<"$ROWS" | awk -F'|' '{print $4}')
RATIO=$(awk -v a="$APP64" -v n="$NGX64" 'BEGIN{ if (n>0) printf "%.0f %%", 100*a/n; else print "n/a" }')

{
  echo "## Benchmark ($(date -u +%Y-%m-%d), $(nproc) cores, ${DURATION} s per run, wrk on the same machine)"
  echo
  echo "| page | connections | requests/s | p50 | p90 | p99 | errors |"
  echo "|---|---|---|---|---|---|---|"
  printf "%s" "$ROWS"
  echo
  echo "- start-up to first page served: ${STARTUP_MS} ms"
  echo "- resident memory after the run: ${RSS_MB} MB"
  echo "- programme page at 64 connections: ${RATIO} of nginx serving the same page as a static file"
  echo
  echo "| page (first view, not cached) | SQL queries |"
  echo "|---|---|"
  printf "%s" "$QUERIES"
} | tee "$OUT/results.md"
