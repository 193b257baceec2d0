-- wrk script: the site search with queries that are almost never asked twice in a run (README
-- section 7): one or two words drawn at random from the site's own vocabulary (6 400 pairs),
-- so nearly every search runs its statements; bench/search.lua repeats nine queries, which the
-- site answers from its recent results after their first time.
local words = {
  "programme", "psychosocial", "psychosociale", "mentale", "communautaires", "organisations",
  "renforcement", "enfants", "services", "acteurs", "structures", "membres", "projets", "cibles",
  "coordination", "soutien", "partenaires", "personnes", "burundi", "communication", "objectif",
  "intervention", "capacit%C3%A9s", "intervenants", "coh%C3%A9sion", "r%C3%A9silience",
  "pr%C3%A9vention", "victimes", "r%C3%A9sultats", "psychologues", "sociale", "protection",
  "enfance", "d%C3%A9tresse", "developpement", "violences", "information", "familles",
  "provinces", "bujumbura", "relais", "probl%C3%A8mes", "bailleur", "promotion", "droits",
  "plaidoyer", "rapatriement", "rapatries", "int%C3%A9gration", "education", "politiques",
  "sanitaires", "unicef", "residents", "makamba", "assistance", "psychologique", "femmes",
  "visibilit%C3%A9", "connaissances", "rutana", "ruyigi", "gitega", "vuln%C3%A9rables",
  "qualit%C3%A9", "besoins", "population", "collaboration", "entourage", "survivants",
  "m%C3%A9canismes", "ecoles", "espaces", "communaut%C3%A9s", "riposte", "maladie",
  "inclusive", "enseignants", "sant%C3%A9", "trauma",
}

local counter = 1
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  math.randomseed(os.time() * 100 + id)
end

request = function()
  local q = words[math.random(#words)]
  if math.random(2) == 1 then
    q = q .. "+" .. words[math.random(#words)]
  end
  return wrk.format("GET", "/recherche?q=" .. q)
end
