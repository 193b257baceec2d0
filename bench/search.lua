-- wrk script: the site search with a few representative queries, in turn (README section 7).
-- French with and without accents, a plural, several words, a quoted phrase, a filter by kind,
-- a second page, English, and a query that finds nothing.
local queries = {
  "/recherche?q=rapatries",
  "/recherche?q=enfants",
  "/recherche?q=sant%C3%A9+mentale",
  "/recherche?q=coh%C3%A9sion+sociale+rapatri%C3%A9s",
  "/recherche?q=%22soutien+psychosocial%22",
  "/recherche?q=protection&type=projets",
  "/recherche?q=psychosocial&page=2",
  "/en/recherche?q=children",
  "/recherche?q=qwxzqwxz",
}
local i = 0

request = function()
  i = i % #queries + 1
  return wrk.format("GET", queries[i])
end
