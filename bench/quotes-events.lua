-- wrk script of bench/quotes, scenario (e): POST /q/{token}/events, each request for the next visit of the file
-- $QUOTES_VISITS ("token visitId" a line), so that each visit gets one event and every event recorded shows in the
-- database as one visit touched (last_event_at set). The events are what /js/tracking.js sends (visible, heartbeat,
-- interaction, hidden, in turn, with a cumulative visibleMs), as application/json. Counts the 204 answers, prints
-- the WRK line of report.lua plus "STATUS 204=… other=… used=…", and writes the count of 204 to $QUOTES_TAKEN
-- (when set) at the end.
dofile((os.getenv("BENCH_DIR") or "bench") .. "/report.lua")
local pairs_ = {}
local next_ = 0
taken, other, used = 0, 0, 0
local kinds = {
  {"visible", 3012}, {"heartbeat", 15004}, {"interaction", 4210}, {"hidden", 21877},
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
  local p = pairs_[((next_ - 1) % #pairs_) + 1]
  local kind = kinds[(next_ % #kinds) + 1]
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
