# Scale mode of bench/run.sh (`bash bench/run.sh --scale`), sourced by it once the site runs on a
# copy of the large database (bench/generate.sh) and the editor and the administrator are signed
# in. Measures every public page kind cold (rendered at each request: an extra query parameter
# keeps it out of the page cache, as right after the cache was emptied) and warm (from the page
# cache), and the staff pages; reports requests/s, p50/p90/p99, SQL queries per page, the time
# of a first view right after the cache was emptied (NOTIFY ppsm_content, as on every content
# change), and the resident memory of the site and of PostgreSQL after the run.
# Needs from run.sh: BASE, OUT, DURATION, APP, DB_DIR, EDITOR_COOKIE, ADMIN_COOKIE.
# SCALE_LOAD=0: only the first views (status, queries, size, time), no load with wrk.
SCALE_LOAD="${SCALE_LOAD:-1}"

PG_PORT=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$OUT/app.log" | tail -1 | awk '{print $NF}')
PG="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
MESSAGE_ID=$(psql "$PG" -Atc "select max(id) from contact_message where status = 'NEW'")
if [ "$(psql "$PG" -Atc "select count(*) from audit_entry")" -lt 1000000 ]; then
  echo "this is not the large database of bench/generate.sh" >&2; exit 1
fi
# the IATI files are published once the settings name the organisation (scale.sql sets it too;
# this copy is thrown away after the run)
psql "$PG" -qc "update site_settings set iati_identifier = coalesce(iati_identifier, 'XM-DAC-PPSM-1')" >/dev/null

# public pages: label|path (a query string of its own is kept: it is part of the page)
PUBLIC=(
  "home|/"
  "programmes|/programmes"
  "a programme|/programmes/programme-7"
  "projects|/projets"
  "projects, filtered|/projets?statut=ONGOING"
  "a project|/projets/projet-501"
  "news|/actualites"
  "news, page 40|/actualites?page=40"
  "a news item|/actualites/actualite-101"
  "documents|/documents"
  "documents, filtered, page 3|/documents?categorie=ETUDE&page=3"
  "directory search|/trouver-de-l-aide?province=gitega-2025&besoin=psychosocial-support"
  "Atom feed|/actualites/flux.atom"
  "sitemap|/sitemap.xml"
  "IATI activities|/iati/activities.xml"
  "HSDS services|/donnees/hsds/services"
)
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/recherche?q=ecoute")" = 200 ]; then
  PUBLIC+=("search|/recherche?q=ecoute")
fi
# staff pages: label|path|cookie variable
STAFF=(
  "dashboard|/admin|EDITOR_COOKIE"
  "news list, search|/admin/actualites?q=Gitega|EDITOR_COOKIE"
  "project list, search|/admin/projets?q=familles|EDITOR_COOKIE"
  "inbox list|/admin/messages|ADMIN_COOKIE"
  "a message|/admin/messages/$MESSAGE_ID|ADMIN_COOKIE"
  "audit log, first page|/admin/journal|ADMIN_COOKIE"
  "audit log, filtered|/admin/journal?actor=redaction%40ppsm.test&type=news|ADMIN_COOKIE"
)

cold_url() { case "$1" in *\?*) echo "$1&bench=cold" ;; *) echo "$1?bench=cold" ;; esac; }
measure() { # label mode connections url [wrk options...]
  local out label=$1 mode=$2 conns=$3 url=$4
  shift 4
  local threads=2; [ "$conns" -lt 2 ] && threads=1
  out=$(wrk -t"$threads" -c"$conns" -d"${DURATION}s" --latency -H 'Accept-Encoding: gzip' "$@" "$url")
  local rps p50 p90 p99 errors non2xx
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  p50=$(awk '$1=="50%"{print $2}' <<<"$out"); p90=$(awk '$1=="90%"{print $2}' <<<"$out"); p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  errors=$(awk '/Socket errors/{gsub(",","");print $4+$6+$8+$10}' <<<"$out"); non2xx=$(awk '/Non-2xx/{print $5}' <<<"$out")
  echo "| $label | $mode | $conns | $rps | $p50 | $p90 | $p99 | $(( ${errors:-0} + ${non2xx:-0} )) |"
}
probe() { # url [curl options...]: status, SQL queries, bytes, seconds of one view
  local url=$1; shift
  curl -s -H 'Accept-Encoding: gzip' -H 'X-Query-Count: ?' -o "$OUT/probe.body" -D "$OUT/probe.headers" -w '%{http_code} %{size_download} %{time_total}' "$@" "$url" > "$OUT/probe.out"
  local q; q=$(tr -d '\r' < "$OUT/probe.headers" | awk -F': ' 'tolower($1)=="x-query-count"{print $2}')
  echo "$(cut -d' ' -f1 "$OUT/probe.out") ${q:-?} $(cut -d' ' -f2,3 "$OUT/probe.out")"
}

ROWS=""; QUERIES=""
for entry in "${PUBLIC[@]}"; do
  label=${entry%%|*}; path=${entry#*|}
  # first view right after the cache was emptied, as after any content change
  psql "$PG" -qc "notify ppsm_content" >/dev/null; sleep 0.2
  read -r status queries bytes seconds <<<"$(probe "$BASE$path")"
  QUERIES+="| \`$path\` | $status | $queries | $bytes | $(awk -v s="$seconds" 'BEGIN{printf "%.0f", s*1000}') ms |"$'\n'
  if [ "$SCALE_LOAD" = 1 ]; then
    wrk -t2 -c16 -d2s -H 'Accept-Encoding: gzip' "$BASE$(cold_url "$path")" >/dev/null
    ROWS+="$(measure "\`$path\`" cold 16 "$BASE$(cold_url "$path")")"$'\n'
    ROWS+="$(measure "\`$path\`" warm 16 "$BASE$path")"$'\n'
    ROWS+="$(measure "\`$path\`" warm 64 "$BASE$path")"$'\n'
  fi
  echo "measured $path" >&2
done
# the search's cold row asks one query again, answered from the recent results after its first
# time (the extra parameter changes nothing there): this row asks a new one nearly every time
if [ "$SCALE_LOAD" = 1 ] && [[ " ${PUBLIC[*]} " == *"search|/recherche"* ]]; then
  wrk -t2 -c16 -d5s -H 'Accept-Encoding: gzip' -s bench/search-new.lua "$BASE" >/dev/null
  ROWS+="$(measure "\`/recherche\` (a new query each time)" new 16 "$BASE" -s bench/search-new.lua)"$'\n'
fi
for entry in "${STAFF[@]}"; do
  IFS='|' read -r label path cookie_var <<<"$entry"
  cookie=${!cookie_var}
  read -r status queries bytes seconds <<<"$(probe "$BASE$path" -H "Cookie: $cookie")"
  QUERIES+="| \`$path\` ($label) | $status | $queries | $bytes | $(awk -v s="$seconds" 'BEGIN{printf "%.0f", s*1000}') ms |"$'\n'
  if [ "$SCALE_LOAD" = 1 ]; then
    wrk -t2 -c16 -d2s -H "Cookie: $cookie" "$BASE$path" >/dev/null
    ROWS+="$(measure "\`$path\` ($label)" staff 1 "$BASE$path" -H "Cookie: $cookie")"$'\n'
    ROWS+="$(measure "\`$path\` ($label)" staff 16 "$BASE$path" -H "Cookie: $cookie")"$'\n'
  fi
  echo "measured $path" >&2
done

RSS_MB=$(( $(ps -o rss= -p "$APP") / 1024 ))
# PostgreSQL: the postmaster and its children, proportional set size (shared memory counted once)
PG_PID=$(head -1 "$DB_DIR/postmaster.pid")
PG_KB=0
for pid in "$PG_PID" $(ps -o pid= --ppid "$PG_PID"); do
  kb=$(awk '/^Pss:/{print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
  PG_KB=$(( PG_KB + ${kb:-0} ))
done
PG_MB=$(( PG_KB / 1024 ))
VOLUMES=$(psql "$PG" -Atc "select (select count(*) from project) || ' projects, ' || (select count(*) from news_item)
  || ' news items, ' || (select count(*) from document) || ' documents, ' || (select count(*) from contact_message)
  || ' messages, ' || (select count(*) from audit_entry) || ' audit entries'")

{
  echo "## Scale benchmark ($(date -u +%Y-%m-%d), $(nproc) cores, ${DURATION} s per run, wrk on the same machine)"
  echo
  echo "Database: $VOLUMES."
  echo
  echo "| page | mode | connections | requests/s | p50 | p90 | p99 | errors |"
  echo "|---|---|---|---|---|---|---|---|"
  printf "%s" "$ROWS"
  echo
  echo "- JVM: $("$RUN_JAVA" -version 2>&1 | head -1)"
  echo "- start-up to first page served: ${START_TIMES% } ms (on the large database)"
  echo "- resident memory after the run: site ${RSS_MB} MB, PostgreSQL ${PG_MB} MB (proportional set size of its processes), together $(( RSS_MB + PG_MB )) MB"
  echo
  echo "| page (first view after the cache was emptied) | status | SQL queries | bytes (gzip) | time |"
  echo "|---|---|---|---|---|"
  printf "%s" "$QUERIES"
} | tee "$OUT/scale-results.md"
