-- wrk script of bench/quotes, scenario (p): GET /q/{token}, a token picked at random among the quotes' tokens
-- (file $QUOTES_TOKENS, "quoteId token" a line) for each request, as an anonymous browser. Counts the answers by
-- status and prints the WRK line of report.lua plus "STATUS 200=… other=…".
dofile((os.getenv("BENCH_DIR") or "bench") .. "/report.lua")
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

done = function(summary, latency, requests)
  io.write(wrk_line(summary, latency))
  io.write(string.format("STATUS 200=%d other=%d\n", sum("ok"), sum("other")))
end
