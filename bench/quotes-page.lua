-- wrk script of bench/quotes, scenario (p): GET /q/{token}, a token picked at random among the quotes' tokens
-- (file $QUOTES_TOKENS, "quoteId token" a line) for each request, as an anonymous browser. Counts the answers by
-- status and prints the WRK line of report.lua plus "STATUS 200=… other=…".
local tokens = {}
ok, other = 0, 0

init = function(args)
  for line in io.lines(os.getenv("QUOTES_TOKENS")) do
    local token = line:match("%S+%s+(%S+)")
    if token then tokens[#tokens + 1] = token end
  end
  math.randomseed(os.time())
end

request = function()
  return wrk.format("GET", "/q/" .. tokens[math.random(#tokens)], {
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    ["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    ["Accept-Language"] = "fr-FR,fr;q=0.9,en;q=0.8",
  })
end

response = function(status, headers, body)
  if status == 200 then ok = ok + 1 else other = other + 1 end
end

local threads = {}
setup = function(thread) threads[#threads + 1] = thread end

done = function(summary, latency, requests)
  local o, x = 0, 0
  for _, t in ipairs(threads) do o = o + t:get("ok"); x = x + t:get("other") end
  local secs = summary.duration / 1e6
  local sockerr = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "WRK requests=%d seconds=%.1f rps=%.1f p50=%.2f p90=%.2f p95=%.2f p99=%.2f max=%.2f mean=%.2f non2xx=%d sockerr=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000, summary.errors.status, sockerr))
  io.write(string.format("STATUS 200=%d other=%d\n", o, x))
end
