# Shared by the bench scripts: a staff member's session over curl. Cookies are read from the
# headers (the session cookie is Secure, as in production behind TLS; curl would not send it back
# over plain http). Needs $BASE (the site) and $OUT (a scratch directory).
cookie_of() { tr -d '\r' | awk -v n="$1" 'tolower($0) ~ "^set-cookie: " tolower(n) "=" { sub(/^[^=]*=/, ""); sub(/;.*/, ""); print; exit }'; }
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
XSRF=""; SESSION=""
jar() { echo "SESSION=$SESSION; XSRF-TOKEN=$XSRF"; }
# form_post path field=value... : reads the form at path (for its CSRF token), posts it, prints the redirect
form_post() {
  local path=$1; shift
  local page token args=()
  page=$(curl -s -D "$OUT/headers" -H "Cookie: $(jar)" "$BASE$path")
  local fresh; fresh=$(cookie_of XSRF-TOKEN < "$OUT/headers")
  if [ -n "$fresh" ]; then XSRF=$fresh; fi
  token=$(csrf_of <<<"$page")
  for f in "$@"; do args+=(--data-urlencode "$f"); done
  curl -s -o /dev/null -D "$OUT/headers" -H "Cookie: $(jar)" -w '%{redirect_url}' --data-urlencode "_csrf=$token" \
    "${args[@]}" "$BASE$path"
  fresh=$(cookie_of SESSION < "$OUT/headers")
  if [ -n "$fresh" ]; then SESSION=$fresh; fi
}
# multipart_post path field=value... file=@path : like form_post, for an upload form
multipart_post() {
  local path=$1; shift
  local page token args=()
  page=$(curl -s -D "$OUT/headers" -H "Cookie: $(jar)" "$BASE$path")
  local fresh; fresh=$(cookie_of XSRF-TOKEN < "$OUT/headers")
  if [ -n "$fresh" ]; then XSRF=$fresh; fi
  token=$(csrf_of <<<"$page")
  for f in "$@"; do args+=(-F "$f"); done
  curl -s -o /dev/null -D "$OUT/headers" -H "Cookie: $(jar)" -w '%{redirect_url}' -F "_csrf=$token" \
    "${args[@]}" "$BASE$path"
}
# publish_samples: as a signed-in editor or administrator, publishes a photo (bench/SampleFiles.java),
# a news item with that photo as its cover and a PDF report, so that the news and document pages
# have content; prints the news item's path.
publish_samples() {
  java bench/SampleFiles.java "$OUT/samples" >/dev/null
  local image id
  image=$(multipart_post /admin/images/nouveau "file=@$OUT/samples/sample-photo.jpg;type=image/jpeg")
  id=${image##*/}
  form_post "/admin/images/$id" "version=0" "altText=Une séance d'écoute en plein air" "caption=Séance d'écoute" \
    "credit=PPSM" >/dev/null
  form_post /admin/actualites/nouveau "version=0" "title=Des cercles d'écoute ouverts dans trois communes" "slug=" \
    "summary=Quarante personnes ont rejoint les premiers cercles d'écoute, animés par des agents psychosociaux formés." \
    "body=Les cercles se réunissent **chaque semaine**. Chacun y parle de ce qu'il vit, écouté sans jugement." \
    "coverId=$id" "publication=NOW" >/dev/null
  multipart_post /admin/documents/nouveau "file=@$OUT/samples/sample-report.pdf;type=application/pdf" "version=0" \
    "title=Rapport annuel (exemple)" "category=RAPPORT_ANNUEL" "language=FR" "date=2026-03-15" "published=true" >/dev/null
  echo "/actualites/des-cercles-d-ecoute-ouverts-dans-trois-communes"
}
