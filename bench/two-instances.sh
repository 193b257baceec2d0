#!/usr/bin/env bash
# Two instances of the site on one PostgreSQL behind nginx as a load balancer (round robin, no
# sticky sessions), checked the way staff and visitors would meet them:
#   1. nginx sends requests to both instances;
#   2. a staff member signed in through nginx stays signed in whichever instance answers;
#   3. an edit saved through nginx shows at once on both instances' cached pages;
#   4. sign-in failures count across both (the sixth attempt is refused even with the password).
# Instance A starts the embedded PostgreSQL; instance B uses it through SPRING_DATASOURCE_URL.
# Outbox delivery by both at once and the contact rate limits are proven by the test
# cluster/TwoInstancesTests. Prints PASS/FAIL per check and exits 1 on any failure.
#
#   bash bench/two-instances.sh
#
# Needs a JDK, nginx, psql and wrk (Debian packages). Only loopback addresses are used.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$PWD/target/bench-two"
PORT_A="${BENCH_PORT_A:-18101}"
PORT_B="${BENCH_PORT_B:-18102}"
PORT_LB="${BENCH_PORT_LB:-18100}"
mkdir -p "$OUT"
rm -rf "$OUT/postgres"

./mvnw -q -DskipTests package
JAR=$(ls target/ppsm-site-*.jar | head -1)
# production settings (README, "Deploy it"), with the configuration processed ahead of time
JAVA_OPTS="${JAVA_OPTS:--Xms48m -Xmx128m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:+UseSerialGC} -Dspring.aot.enabled=true"
ADMIN_EMAIL="lb-admin@ppsm.test"
ADMIN_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')-deux"
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; [ -f "$OUT/nginx.pid" ] && kill "$(cat "$OUT/nginx.pid")" 2>/dev/null || true' EXIT

wait_for() { # port log
  until curl -fs -o /dev/null "http://127.0.0.1:$1/"; do
    kill -0 "${PIDS[-1]}" 2>/dev/null || { echo "the instance on port $1 did not start, see $2" >&2; exit 1; }
    sleep 0.1
  done
}
# shellcheck disable=SC2086
PPSM_ADMIN_EMAIL="$ADMIN_EMAIL" PPSM_ADMIN_PASSWORD="$ADMIN_PASSWORD" PPSM_MFA_REQUIRED=false \
  java $JAVA_OPTS -Dppsm.embedded-db.dir="$OUT/postgres" -jar "$JAR" --server.port="$PORT_A" > "$OUT/a.log" 2>&1 &
PIDS+=($!)
wait_for "$PORT_A" "$OUT/a.log"
PG_PORT=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$OUT/a.log" | tail -1 | awk '{print $NF}')
# shellcheck disable=SC2086
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" SPRING_DATASOURCE_USERNAME=postgres PPSM_MFA_REQUIRED=false \
  java $JAVA_OPTS -jar "$JAR" --server.port="$PORT_B" > "$OUT/b.log" 2>&1 &
PIDS+=($!)
wait_for "$PORT_B" "$OUT/b.log"

cat > "$OUT/nginx.conf" <<NGINX
worker_processes auto;
pid $OUT/nginx.pid;
error_log $OUT/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  upstream ppsm { server 127.0.0.1:$PORT_A; server 127.0.0.1:$PORT_B; keepalive 32; }
  server {
    listen 127.0.0.1:$PORT_LB;
    location / {
      proxy_pass http://ppsm;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$remote_addr;
      add_header X-Instance \$upstream_addr always;
    }
  }
}
NGINX
nginx -c "$OUT/nginx.conf" -p "$OUT"
sleep 0.3
BASE="http://127.0.0.1:$PORT_LB"
# shellcheck source=bench/lib.sh
source bench/lib.sh

FAILED=0
check() { # name condition-result
  if [ "$2" = 0 ]; then echo "PASS  $1"; else echo "FAIL  $1"; FAILED=1; fi
}
instances() { tr -d '\r' | awk 'tolower($1)=="x-instance:"{print $2}' | sort -u | wc -l; }

# 1. both instances answer through nginx
seen=$(for _ in $(seq 10); do curl -s -D - -o /dev/null "$BASE/"; done | instances)
check "nginx sends requests to both instances ($seen seen)" "$([ "$seen" = 2 ]; echo $?)"

# 2. one staff session, served by both
form_post /login "username=$ADMIN_EMAIL" "password=$ADMIN_PASSWORD" >/dev/null
codes=""; hdrs=""
for _ in $(seq 10); do
  hdrs+=$(curl -s -D - -o /dev/null -H "Cookie: $(jar)" "$BASE/admin/programmes")$'\n'
done
codes=$(tr -d '\r' <<<"$hdrs" | awk '/^HTTP/{print $2}' | sort -u | tr '\n' ' ')
served=$(instances <<<"$hdrs")
check "a staff session is served by both instances (answers: $codes; instances: $served)" \
  "$([ "$codes" = "200 " ] && [ "$served" = 2 ]; echo $?)"

# 3. an edit saved through nginx shows at once on both instances' cached pages
PSQL=(psql "postgresql://postgres@127.0.0.1:$PG_PORT/postgres" -Atc)
MISSION=$("${PSQL[@]}" "select id from mission order by position limit 1")
for p in "$PORT_A" "$PORT_B"; do curl -s -o /dev/null "http://127.0.0.1:$p/missions"; done
TEXT="Mission modifiée derrière nginx $(date +%s%N)"
VERSION=$("${PSQL[@]}" "select version from mission where id = $MISSION")
form_post "/admin/missions/$MISSION" "text=$TEXT" "version=$VERSION" >/dev/null
visible=0
for p in "$PORT_A" "$PORT_B"; do
  if curl -s "http://127.0.0.1:$p/missions" | grep -qF "$TEXT"; then visible=$((visible + 1)); fi
done
check "an edit shows at once on both instances ($visible of 2, read just after the save)" "$([ "$visible" = 2 ]; echo $?)"

# 4. sign-in throttling counts failures on both instances
SESSION=""; XSRF=""
for i in 1 2 3 4 5; do form_post /login "username=$ADMIN_EMAIL" "password=mauvais $i" >/dev/null; done
SESSION=""; XSRF=""
where=$(form_post /login "username=$ADMIN_EMAIL" "password=$ADMIN_PASSWORD")
check "after 5 failures spread over both, the right password is refused (redirect: ${where#"$BASE"})" \
  "$([[ "$where" == *"/login?erreur" ]]; echo $?)"

# throughput of the pair through nginx, for information (both share this machine's cores)
wrk -t2 -c64 -d5s -H 'Accept-Encoding: gzip' "$BASE/programmes/protection-de-l-enfance" | grep -E "Requests/sec|Latency"
exit $FAILED
