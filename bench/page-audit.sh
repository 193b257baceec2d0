#!/usr/bin/env bash
# Re-measures the public pages with Lighthouse (mobile preset) and their weight on the wire.
#   bash bench/page-audit.sh            # all public pages, Lighthouse + weight
#   bash bench/page-audit.sh --weight   # weight only (quick, deterministic)
# Needs: a JDK, Debian's chromium, and the page-audit tool (shared/tools/page-audit beside the
# repository, or PAGE_AUDIT=/path/to/page-audit). Builds the jar, starts it on a throw-away
# embedded PostgreSQL on port ${AUDIT_PORT:-18080}, publishes a sample news item with its photo and
# a PDF report through the back office (bench/lib.sh), audits, stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${AUDIT_PORT:-18080}"
AUDIT="${PAGE_AUDIT:-../shared/tools/page-audit}"
[ -x "$AUDIT" ] || { echo "page-audit not found at $AUDIT (set PAGE_AUDIT)" >&2; exit 2; }

ls target/ppsm-site-*.jar >/dev/null 2>&1 || ./mvnw -q -DskipTests package
JAR=$(ls target/ppsm-site-*.jar | head -1)
ADMIN_EMAIL="audit-admin@ppsm.test"
ADMIN_PASSWORD="une phrase de passe pour l'audit $(date +%s)"
PPSM_ADMIN_EMAIL="$ADMIN_EMAIL" PPSM_ADMIN_PASSWORD="$ADMIN_PASSWORD" PPSM_MFA_REQUIRED=false \
java -Dppsm.embedded-db.ephemeral=true -jar "$JAR" --server.port="$PORT" > target/page-audit-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do
  curl -fs -o /dev/null "http://localhost:$PORT/" && break
  sleep 1
done

BASE="http://localhost:$PORT"
OUT=$(mktemp -d)
# shellcheck source=bench/lib.sh
source bench/lib.sh
form_post /login "username=$ADMIN_EMAIL" "password=$ADMIN_PASSWORD" >/dev/null
NEWS=$(publish_samples)
curl -fs -o /dev/null "$BASE$NEWS" || { echo "the sample news item was not published ($NEWS)" >&2; exit 1; }
PAGES=(/ /programmes /programmes/protection-de-l-enfance /programmes/rapatriement /projets /projets/tura-utuze
  /actualites "$NEWS" /documents /partenaires /zones-d-intervention /zones-d-intervention/gitega-2025
  /trouver-de-l-aide /membres /services /missions /contact "/recherche?q=rapatries"
  /en/programmes/rapatriement /rn/contact)
URLS=()
for p in "${PAGES[@]}"; do URLS+=("$BASE$p"); done

if [ "${1:-}" = "--weight" ]; then
  "$AUDIT" --weight "${URLS[@]}"
else
  # one at a time: the performance score moves with CPU load
  for u in "${URLS[@]}"; do "$AUDIT" "$u"; done
fi
