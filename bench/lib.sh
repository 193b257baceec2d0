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
