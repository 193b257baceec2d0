-- wrk script: valid contact-form submissions, as a browser sends them after a person took a
-- few seconds to write. CSRF cookie and token and the signed time-trap token come from one real
-- page view (bench/run.sh passes them in the environment); the honeypot is left empty.
-- Each request has its own e-mail and client address (X-Forwarded-For, as set by the proxy in
-- front), so no rate limit turns it into spam: every one is stored as a new message.
local csrf = os.getenv("BENCH_CSRF")
local token = os.getenv("BENCH_TOKEN")
local cookie = os.getenv("BENCH_COOKIE")
local threads = 0
local id = 0
local counter = 0

-- each wrk run has its own tag: the warm-up and the runs at 1, 16 and 64 connections send the
-- same counters, and a fourth message from one e-mail within the hour is rightly held as spam
math.randomseed(os.time())
local run = string.format("%x%04x", os.time() % 65536, math.random(0, 65535))
local octet = math.random(0, 249)

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
  thread:set("run", run)
  thread:set("octet", octet)
end

function init(args)
  id = wrk.thread:get("id")
  run = wrk.thread:get("run")
  octet = wrk.thread:get("octet")
end

local function escape(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  counter = counter + 1
  local me = id .. "-" .. counter
  local body = "_csrf=" .. escape(csrf) .. "&token=" .. escape(token) .. "&website="
    .. "&name=" .. escape("Personne " .. me)
    .. "&email=" .. escape("bench" .. run .. "-" .. me .. "@exemple.bi")
    .. "&phone=&subject=SUPPORT"
    .. "&message=" .. escape("Message de test " .. me .. " : je voudrais parler à quelqu'un de mon fils.")
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
    ["Accept"] = "text/html",
    ["X-Forwarded-For"] = string.format("10.%d.%d.%d", (id + octet) % 250, math.floor(counter / 250) % 250, counter % 250),
  }
  return wrk.format("POST", "/contact", headers, body)
end
