-- wrk script: prints one machine-readable line with the latency percentiles (ms) and throughput.
done = function(summary, latency, requests)
  local secs = summary.duration / 1e6
  local non2xx = summary.errors.status
  local sockerr = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "WRK requests=%d seconds=%.1f rps=%.1f p50=%.2f p90=%.2f p95=%.2f p99=%.2f max=%.2f mean=%.2f non2xx=%d sockerr=%d\n",
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000, non2xx, sockerr))
end
