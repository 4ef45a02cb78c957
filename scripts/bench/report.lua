-- wrk script: prints one parseable line after a run, "wrk <requests/s> <p50 ms> <p95 ms> <non-2xx/3xx> <errors>".
-- Optional: the environment variable WRK_HEADER ("Name: value") is sent with every request (e.g. If-None-Match).
local header = os.getenv("WRK_HEADER")
if header and header ~= "" then
  local name, value = header:match("^([^:]+):%s*(.*)$")
  wrk.headers[name] = value
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("wrk %.1f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.errors.status, errors))
end
