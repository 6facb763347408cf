-- wrk script of bench/quotes, scenario (e): POST /q/{token}/events, each request for the next visit of the file
-- $QUOTES_VISITS ("token visitId" a line). By default each visit gets one event, so that every event recorded shows in
-- the database as one visit touched (last_event_at set), and every event is a new open (the heaviest case); the
-- events are what /js/tracking.js sends (visible, heartbeat, interaction, hidden, in turn, with a cumulative
-- visibleMs), as application/json. With QUOTES_EVENTS_PER_VISIT=5 each visit gets the five events a page read for
-- half a minute sends, in order (visible at 3 s, heartbeats at 18 s and 33 s, an interaction, hidden at 36.5 s):
-- one open, then four events that extend it; a visit whose five events are all recorded ends with visible_ms 36500. Counts the 204 answers, prints
-- the WRK line of report.lua plus "STATUS 204=… other=… used=…", and writes the count of 204 to $QUOTES_TAKEN
-- (when set) at the end.
dofile((os.getenv("BENCH_DIR") or "bench") .. "/report.lua")
local pairs_ = {}
local next_ = 0
taken, other, used = 0, 0, 0
local kinds = {
  {"visible", 3012}, {"heartbeat", 15004}, {"interaction", 4210}, {"hidden", 21877},
}
local per_visit = tonumber(os.getenv("QUOTES_EVENTS_PER_VISIT") or "1")
local visit_kinds = {
  {"visible", 3012}, {"heartbeat", 18016}, {"heartbeat", 33020}, {"interaction", 34100}, {"hidden", 36500},
}

init = function(args)
  for line in io.lines(os.getenv("QUOTES_VISITS")) do
    local token, visit = line:match("(%S+)%s+(%S+)")
    if token then pairs_[#pairs_ + 1] = {token, visit} end
  end
end

request = function()
  next_ = next_ + 1
  used = next_
  local p, kind
  if per_visit > 1 then
    p = pairs_[(math.floor((next_ - 1) / #visit_kinds) % #pairs_) + 1]
    kind = visit_kinds[((next_ - 1) % #visit_kinds) + 1]
  else
    p = pairs_[((next_ - 1) % #pairs_) + 1]
    kind = kinds[(next_ % #kinds) + 1]
  end
  local body = string.format(
    '{"visitId":"%s","device":"bench%s","type":"%s","visibleMs":%d,"webdriver":false}',
    p[2], p[2]:sub(1, 8) .. p[2]:sub(25, 36), kind[1], kind[2])
  return wrk.format("POST", "/q/" .. p[1] .. "/events", {
    ["Content-Type"] = "application/json",
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    ["Sec-Fetch-Site"] = "same-origin",
  }, body)
end

response = function(status, headers, body)
  if status == 204 then taken = taken + 1 else other = other + 1 end
end

done = function(summary, latency, requests)
  local t204 = sum("taken")
  io.write(wrk_line(summary, latency))
  io.write(string.format("STATUS 204=%d other=%d used=%d\n", t204, sum("other"), sum("used")))
  local path = os.getenv("QUOTES_TAKEN")
  if path and path ~= "" then
    local f = io.open(path, "w"); f:write(tostring(t204) .. "\n"); f:close()
  end
end
