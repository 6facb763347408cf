-- wrk script: prints one machine-readable line with the latency percentiles (ms) and throughput.
-- bench/quotes' scripts load it (dofile) for wrk_line and for sum, the total of a counter over wrk's threads.
wrk_line = function(summary, latency)
  local secs = summary.duration / 1e6
  local non2xx = summary.errors.status
  local sockerr = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  return string.format(
    "WRK requests=%d seconds=%.1f rps=%.1f p50=%.2f p90=%.2f p95=%.2f p99=%.2f max=%.2f mean=%.2f non2xx=%d sockerr=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000, non2xx, sockerr)
end

local threads = {}
setup = function(thread) threads[#threads + 1] = thread end

-- The sum over wrk's threads of one of their global counters (read in done, which runs apart from them).
sum = function(name)
  local total = 0
  for _, t in ipairs(threads) do total = total + (t:get(name) or 0) end
  return total
end

done = function(summary, latency, requests)
  io.write(wrk_line(summary, latency))
end
