#!/usr/bin/env bash
# Benchmark of the site on this machine. Builds the jar, starts it on a throw-away embedded
# PostgreSQL with production settings, loads it with wrk from the same machine, and compares
# with nginx serving the same programme page as a static file (the practical limit).
#
#   bash bench/run.sh            # 10 s per measurement
#   DURATION=30 bash bench/run.sh
#   ONLY=dynamic CONNECTIONS=16 bash bench/run.sh   # the uncached pages only, at 16 connections
#   STARTS=3 bash bench/run.sh   # also the median of three timed starts
#   WARMUP=0 bash bench/run.sh   # measured from a cold JIT (by default the uncached pages are loaded for 120 s first)
#   BENCH_JAR=/tmp/old.jar BENCH_OUT=target/bench-old BENCH_PORT=18190 BENCH_NGINX_PORT=18191 bash bench/run.sh
#                                 # a jar built before, measured apart from the current one
#   bash bench/run.sh --scale    # on a copy of the large database of bench/generate.sh (or SCALE=1)
#
# Needs a JDK, wrk, nginx and psql (Debian packages; installed with apt-get when run as root).
# Only loopback addresses are used. Results: printed, and kept in target/bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE="${SCALE:-0}"
if [ "${1:-}" = "--scale" ]; then SCALE=1; fi
if [ "$SCALE" = 1 ]; then DURATION="${DURATION:-5}"; else DURATION="${DURATION:-10}"; fi
ONLY="${ONLY:-all}"                 # all | dynamic (the contact page, its submission, the editor's list)
CONNECTIONS="${CONNECTIONS:-1 16 64}"
STARTS="${STARTS:-1}"               # timed starts; the median is reported
PORT="${BENCH_PORT:-18090}"
NGINX_PORT="${BENCH_NGINX_PORT:-18091}"
OUT="$(realpath -m "${BENCH_OUT:-target/bench}")"
mkdir -p "$OUT"

for tool in wrk nginx psql; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk nginx-light postgresql-client >/dev/null; else echo "install $tool" >&2; exit 2; fi
  fi
done

# BENCH_JAR: a jar built before (say of another commit, to compare two versions side by side)
if [ -n "${BENCH_JAR:-}" ]; then
  JAR=$BENCH_JAR
else
  ./mvnw -q -DskipTests package
  JAR=$(ls target/ppsm-site-*.jar | head -1)
fi

# The JDK that runs the site: BENCH_JAVA, else the newest JDK 25 or later in /usr/lib/jvm (its
# ahead-of-time cache), else the java on the PATH (class-data sharing). README "Deploy it".
java_version() { "$1" -version 2>&1 | awk -F'"' '/version/{split($2, v, "."); print v[1]; exit}'; }
RUN_JAVA="${BENCH_JAVA:-}"
if [ -z "$RUN_JAVA" ]; then
  RUN_JAVA=java
  for candidate in /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] || continue
    v=$(java_version "$candidate")
    if [ "${v:-0}" -ge 25 ] && [ "${v:-0}" -gt "$(java_version "$RUN_JAVA")" ]; then RUN_JAVA="$candidate"; fi
  done
fi
JAVA_MAJOR=$(java_version "$RUN_JAVA")

# Production layout (see README, "Deploy it"): the jar extracted, run with its ahead-of-time
# processed configuration (-Dspring.aot.enabled=true), and with a cache of the JVM's work
# written by a training run: on JDK 25+ an AOT cache (classes loaded and linked, method
# profiles), on older JDKs a class-data sharing archive (classes loaded and verified).
APP_DIR="$OUT/app"
DB_DIR="$OUT/postgres"
rm -rf "$APP_DIR" "$DB_DIR"
"$RUN_JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" >/dev/null
APP_JAR="$APP_DIR/$(basename "$JAR")"
if [ "$JAVA_MAJOR" -ge 25 ]; then
  CACHE_FILE="$APP_DIR/ppsm.aot"; TRAIN_CACHE="-XX:AOTCacheOutput=$CACHE_FILE"; USE_CACHE="-XX:AOTCache=$CACHE_FILE"
else
  CACHE_FILE="$APP_DIR/ppsm.jsa"; TRAIN_CACHE="-XX:ArchiveClassesAtExit=$CACHE_FILE"; USE_CACHE="-XX:SharedArchiveFile=$CACHE_FILE -Xlog:cds=off"
fi

# Production JVM settings (see README, "Deploy it").
JAVA_OPTS="${JAVA_OPTS:--Xms48m -Xmx128m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:+UseSerialGC}"
JAVA_OPTS="$JAVA_OPTS -Dspring.aot.enabled=true"
# the first start creates the first administrator, who creates the editor measured below
ADMIN_EMAIL="bench-admin@ppsm.test"
ADMIN_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')-bench"
if [ "$SCALE" = 1 ]; then
  # a copy of the large database (bench/generate.sh), whose administrator already exists
  SCALE_DIR="$PWD/target/bench-scale"
  [ -f "$SCALE_DIR/admin.env" ] && [ -d "$SCALE_DIR/postgres" ] \
    || { echo "no large database: run bash bench/generate.sh first" >&2; exit 1; }
  # shellcheck disable=SC1091
  source "$SCALE_DIR/admin.env"
  cp -a "$SCALE_DIR/postgres" "$DB_DIR"
  rm -f "$DB_DIR/postmaster.pid"
fi
APP=""
trap '[ -n "$APP" ] && kill $APP 2>/dev/null; [ -f "$OUT/nginx.pid" ] && kill "$(cat "$OUT/nginx.pid")" 2>/dev/null || true' EXIT
start_app() { # log file, JVM options...
  local log=$1
  shift
  # shellcheck disable=SC2086
  # MALLOC_ARENA_MAX: glibc would give each busy thread its own malloc arena (resident memory)
  MALLOC_ARENA_MAX=2 PPSM_ADMIN_EMAIL="$ADMIN_EMAIL" PPSM_ADMIN_PASSWORD="$ADMIN_PASSWORD" PPSM_MFA_REQUIRED=false \
    "$RUN_JAVA" "$@" -Dppsm.embedded-db.dir="$DB_DIR" -jar "$APP_JAR" --server.port="$PORT" \
    --ppsm.bench.query-count=true > "$log" 2>&1 &
  APP=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/?started"; do
    kill -0 $APP 2>/dev/null || { echo "the application did not start, see $log" >&2; exit 1; }
    sleep 0.05
  done
}
PAGES=(/ /programmes /programmes/protection-de-l-enfance /projets/tura-utuze /contact)
# training run: the first start (it also creates the first account) serves each page once; the
# JVM writes its cache when it stops. Not under the production caps on metaspace and code
# cache: writing the cache needs more. The second start, timed, is a normal restart.
# shellcheck disable=SC2086
start_app "$OUT/training.log" -Xmx128m -XX:+UseSerialGC -Dspring.aot.enabled=true $TRAIN_CACHE
for p in "${PAGES[@]}" /login /en/ /rn/; do curl -s -o /dev/null "http://127.0.0.1:$PORT$p"; done
kill $APP; wait $APP 2>/dev/null || true
[ -s "$CACHE_FILE" ] || { echo "the training run wrote no $CACHE_FILE, see $OUT/training.log" >&2; exit 1; }
timed_start() { # log file; prints nothing, appends the time to the first page to $START_TIMES
  local t0
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  start_app "$1" $JAVA_OPTS $USE_CACHE
  START_TIMES+="$(( ($(date +%s%N) - t0) / 1000000 )) "
}
START_TIMES=""
timed_start "$OUT/app.log"

BASE="http://127.0.0.1:$PORT"

# --- a signed-in editor, as staff would be: the administrator creates the account, the editor
# signs in and replaces the temporary password. Cookies are read from the headers (the session
# cookie is Secure, as in production behind TLS; curl would not send it back over plain http).
# shellcheck source=bench/lib.sh
source bench/lib.sh
EDITOR_EMAIL="bench-editor@ppsm.test"
EDITOR_PASSWORD="une phrase de passe de redaction $(date +%s)"
form_post /login "username=$ADMIN_EMAIL" "password=$ADMIN_PASSWORD" >/dev/null
form_post /admin/comptes/nouveau "email=$EDITOR_EMAIL" "displayName=Rédactrice du banc d'essai" "role=EDITOR" \
  "password=$EDITOR_PASSWORD provisoire" "enabled=true" >/dev/null
SESSION=""; XSRF=""
form_post /login "username=$EDITOR_EMAIL" "password=$EDITOR_PASSWORD provisoire" >/dev/null
form_post /admin/mot-de-passe "current=$EDITOR_PASSWORD provisoire" "password=$EDITOR_PASSWORD" \
  "confirmation=$EDITOR_PASSWORD" >/dev/null
EDITOR_COOKIE="$(jar)"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $EDITOR_COOKIE" "$BASE/admin/projets")
[ "$status" = 200 ] || { echo "the editor could not sign in (/admin/projets: $status)" >&2; exit 1; }
if [ "$SCALE" = 1 ]; then
  # the inbox and the audit log are the administrator's pages
  SESSION=""; XSRF=""
  form_post /login "username=$ADMIN_EMAIL" "password=$ADMIN_PASSWORD" >/dev/null
  ADMIN_COOKIE="$(jar)"
  # shellcheck source=bench/scale.sh
  source bench/scale.sh
  exit 0
fi

# --- a contact form as a browser got it, sent back after the time trap's minimum delay
page=$(curl -s -D "$OUT/headers" "$BASE/contact")
export BENCH_CSRF BENCH_TOKEN BENCH_COOKIE
BENCH_CSRF=$(csrf_of <<<"$page")
BENCH_TOKEN=$(grep -o 'name="token" value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//')
BENCH_COOKIE="XSRF-TOKEN=$(cookie_of XSRF-TOKEN < "$OUT/headers")"
sleep 3.2

# --- queries per page view (first, uncached view of each page)
QUERIES=""
for p in "${PAGES[@]}"; do
  # a query string keeps the page out of the page cache: this view really renders
  q=$(curl -s -D - -o /dev/null -H "X-Query-Count: ?" "$BASE$p?bench" 2>/dev/null | tr -d '\r' | awk -F': ' 'tolower($1)=="x-query-count"{print $2}')
  QUERIES+="| \`$p\` | ${q:-0} |"$'\n'
done
q=$(curl -s -D - -o /dev/null -H "X-Query-Count: ?" "$BASE/recherche?q=rapatries" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-query-count"{print $2}')
QUERIES+="| \`/recherche?q=rapatries\` | ${q:-0} |"$'\n'
q=$(curl -s -D - -o /dev/null -H "X-Query-Count: ?" -H "Cookie: $EDITOR_COOKIE" "$BASE/admin/projets" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-query-count"{print $2}')
QUERIES+="| \`/admin/projets\` (signed-in editor) | ${q:-0} |"$'\n'

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
# processor time (user + system, in clock ticks) of the given processes: per request, it does
# not depend on what else the machine runs, unlike the rates
cpu_ticks() { local t=0 p; for p in "$@"; do t=$(( t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0) )); done; echo "$t"; }
pg_pids() { local pm; pm=$(head -1 "$DB_DIR/postmaster.pid" 2>/dev/null || true); [ -n "$pm" ] && echo "$pm $(pgrep -P "$pm" | tr '\n' ' ' || true)"; }
TICK=$(getconf CLK_TCK)
run() { # name url connections [wrk options...]
  local out name=$1 url=$2 conns=$3
  shift 3
  local threads=2; [ "$conns" -lt 2 ] && threads=1
  local app0 pg0 app1 pg1 pids
  pids=$(pg_pids || true)
  # shellcheck disable=SC2086
  app0=$(cpu_ticks $APP); pg0=$(cpu_ticks $pids)
  out=$(wrk -t"$threads" -c"$conns" -d"${DURATION}s" --latency -H 'Accept-Encoding: gzip' -H 'Accept: text/html' "$@" "$url")
  # shellcheck disable=SC2086
  app1=$(cpu_ticks $APP); pg1=$(cpu_ticks $pids)
  local rps p50 p90 p99 errors non2xx requests
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  p50=$(awk '$1=="50%"{print $2}' <<<"$out"); p90=$(awk '$1=="90%"{print $2}' <<<"$out"); p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  errors=$(awk '/Socket errors/{gsub(",","");print $4+$6+$8+$10}' <<<"$out"); non2xx=$(awk '/Non-2xx/{print $5}' <<<"$out")
  requests=$(awk '/requests in/{print $1}' <<<"$out")
  echo "$name $requests" >> "$OUT/requests.txt"
  local cpu="–"
  if [[ "$url" == "$BASE"* ]] && [ "${requests:-0}" -gt 0 ]; then
    cpu=$(awk -v a=$((app1 - app0)) -v g=$((pg1 - pg0)) -v n="$requests" -v t="$TICK" \
      'BEGIN{ printf "%.3f / %.3f", 1000*a/t/n, 1000*g/t/n }')
  fi
  echo "| $name | $conns | $rps | $p50 | $p90 | $p99 | $(( ${errors:-0} + ${non2xx:-0} )) | $cpu |"
}
: > "$OUT/requests.txt"
PG_PORT=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$OUT/app.log" | tail -1 | awk '{print $NF}')
stored_messages() {
  psql "postgresql://postgres@127.0.0.1:$PG_PORT/postgres" -Atc \
    "select count(*) from contact_message where email like 'bench%' and status = 'NEW'" 2>/dev/null || echo "?"
}
# warm-up. A site runs for days: what is measured is its steady state, once the JIT has compiled
# the hot paths and the page cache is filled. The cached pages get there in seconds; the uncached
# ones (the editor's list, the contact page and its submission, the search) take minutes on 2
# cores, where the optimising compiler competes with the requests, so they are loaded together
# for WARMUP seconds before the first measurement (WARMUP=0: measure from a cold JIT).
LOADED=("${PAGES[@]}")
[ "$ONLY" = dynamic ] && LOADED=(/contact)
for p in "${LOADED[@]}"; do wrk -t2 -c64 -d6s -H 'Accept-Encoding: gzip' "$BASE$p" >/dev/null; done
WARMUP="${WARMUP:-120}"
if [ "$WARMUP" -gt 0 ]; then
  WARMING=()
  wrk -t1 -c4 -d"${WARMUP}s" -H 'Accept-Encoding: gzip' -H "Cookie: $EDITOR_COOKIE" "$BASE/admin/projets" >/dev/null &
  WARMING+=($!)
  wrk -t1 -c4 -d"${WARMUP}s" -H 'Accept-Encoding: gzip' "$BASE/contact" >/dev/null &
  WARMING+=($!)
  wrk -t1 -c4 -d"${WARMUP}s" -H 'Accept-Encoding: gzip' -s bench/contact-post.lua "$BASE/contact" >/dev/null &
  WARMING+=($!)
  wrk -t1 -c4 -d"${WARMUP}s" -H 'Accept-Encoding: gzip' -s bench/search-new.lua "$BASE" >/dev/null &
  WARMING+=($!)
  wait "${WARMING[@]}"
fi
STORED_BEFORE=$(stored_messages)   # the warm-up's submissions are not counted
ROWS=""
for p in "${LOADED[@]}"; do
  for c in $CONNECTIONS; do ROWS+="$(run "\`$p\`" "$BASE$p" "$c")"$'\n'; done
done
for c in $CONNECTIONS; do
  ROWS+="$(run "\`/admin/projets\` (signed-in editor)" "$BASE/admin/projets" "$c" -H "Cookie: $EDITOR_COOKIE")"$'\n'
done
for c in $CONNECTIONS; do
  ROWS+="$(run "\`POST /contact\` (valid message)" "$BASE/contact" "$c" -s bench/contact-post.lua)"$'\n'
done
# the site search: never in the page cache (a query string it does not know). bench/search.lua
# asks nine representative queries in turn, answered from the recent results after their first
# time; bench/search-new.lua draws one or two words at random, so nearly every query is new and
# runs its statements.
for c in $CONNECTIONS; do
  ROWS+="$(run "\`/recherche\` (9 queries in turn)" "$BASE" "$c" -s bench/search.lua)"$'\n'
done
for c in $CONNECTIONS; do
  ROWS+="$(run "\`/recherche\` (a new query each time)" "$BASE" "$c" -s bench/search-new.lua)"$'\n'
done
for c in $CONNECTIONS; do ROWS+="$(run "nginx static programme page" "http://127.0.0.1:$NGINX_PORT/programme.html" "$c")"$'\n'; done

RSS_MB=$(( $(ps -o rss= -p $APP) / 1024 ))
# the embedded PostgreSQL: the postmaster (first line of postmaster.pid) and its children.
# RSS counts the shared buffers in every process that touched them; PSS shares them out, so the
# PSS sum is what the server really holds.
pss_kb() { awk '/^Pss:/{print $2; exit}' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }
APP_PSS_MB=$(( $(pss_kb $APP) / 1024 ))
PG_RSS_MB="?"; PG_PSS_MB="?"; PG_PROCS=0
if [ -s "$DB_DIR/postmaster.pid" ]; then
  PG_PIDS="$(head -1 "$DB_DIR/postmaster.pid") $(pgrep -P "$(head -1 "$DB_DIR/postmaster.pid")" | tr '\n' ' ' || true)"
  PG_RSS_KB=0; PG_PSS_KB=0
  for pid in $PG_PIDS; do
    PG_RSS_KB=$(( PG_RSS_KB + $(ps -o rss= -p "$pid" 2>/dev/null || echo 0) ))  # a process may just have ended
    PG_PSS_KB=$(( PG_PSS_KB + $(pss_kb "$pid") ))
    PG_PROCS=$(( PG_PROCS + 1 ))
  done
  PG_RSS_MB=$(( PG_RSS_KB / 1024 )); PG_PSS_MB=$(( PG_PSS_KB / 1024 ))
fi
# every contact submission wrk saw answered must be in the database (wrk does not count the
# requests still on the way when a run stops, so the database may hold a few more)
SENT=$(awk '/POST \/contact/{n+=$NF} END{print n+0}' "$OUT/requests.txt")
STORED=$(stored_messages)
[ "$STORED" != "?" ] && [ "$STORED_BEFORE" != "?" ] && STORED=$(( STORED - STORED_BEFORE ))
APP64=$(grep -F '`/programmes/protection-de-l-enfance` | 64 |' <<<"$ROWS" | awk -F'|' '{print $4}' || true)
NGX64=$(grep -F 'nginx static programme page | 64 |' <<<"$ROWS" | awk -F'|' '{print $4}' || true)
RATIO=$(awk -v a="$APP64" -v n="$NGX64" 'BEGIN{ if (n>0 && a>0) printf "%.0f %%", 100*a/n; else print "n/a" }')
# the uncached pages as a share of nginx at the same number of connections
share() { # row label, connections
  local a n
  a=$(grep -F "$1 | $2 |" <<<"$ROWS" | awk -F'|' '{print $4}' || true)
  n=$(grep -F "nginx static programme page | $2 |" <<<"$ROWS" | awk -F'|' '{print $4}' || true)
  awk -v a="$a" -v n="$n" 'BEGIN{ if (n>0 && a>0) printf "%.2f %%", 100*a/n; else print "n/a" }'
}
SHARES=""
for c in $CONNECTIONS; do
  SHARES+="| $c | $(share '`/contact`' "$c") | $(share '`POST /contact` (valid message)' "$c") | $(share '`/admin/projets` (signed-in editor)' "$c") |"$'\n'
done

# more timed starts (the same database, the same cache): the median is the figure
for ((i = 2; i <= STARTS; i++)); do
  kill $APP; wait $APP 2>/dev/null || true
  timed_start "$OUT/app-start$i.log"
done
STARTUP_MS=$(tr ' ' '\n' <<<"$START_TIMES" | grep . | sort -n | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}')

{
  echo "## Benchmark ($(date -u +%Y-%m-%d), $(nproc) cores, ${DURATION} s per run, wrk on the same machine)"
  echo
  echo "| page | connections | requests/s | p50 | p90 | p99 | errors | processor ms per request: site / PostgreSQL |"
  echo "|---|---|---|---|---|---|---|---|"
  printf "%s" "$ROWS"
  echo
  echo "- JVM: $("$RUN_JAVA" -version 2>&1 | head -1), $( [ "$JAVA_MAJOR" -ge 25 ] && echo "AOT cache" || echo "class-data sharing archive")"
  echo "- start-up to first page served: ${STARTUP_MS} ms (median of ${STARTS}: ${START_TIMES% })"
  echo "- resident memory after the run: ${RSS_MB} MB (PSS ${APP_PSS_MB} MB); embedded PostgreSQL, ${PG_PROCS} processes: PSS ${PG_PSS_MB} MB (RSS summed ${PG_RSS_MB} MB); application + PostgreSQL: $(( RSS_MB + ${PG_PSS_MB/\?/0} )) MB"
  echo "- contact submissions answered during the runs: ${SENT}; stored as new messages: ${STORED}"
  echo "- programme page at 64 connections: ${RATIO} of nginx serving the same page as a static file"
  echo
  echo "| connections | contact page / nginx | submission / nginx | editor's list / nginx |"
  echo "|---|---|---|---|"
  printf "%s" "$SHARES"
  echo
  echo "| page (first view, not cached) | SQL queries |"
  echo "|---|---|"
  printf "%s" "$QUERIES"
} | tee "$OUT/results.md"
