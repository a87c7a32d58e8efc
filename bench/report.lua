-- Shared by the wrk scripts: counts non-200 responses over all threads and prints one
-- machine-readable line:  RESULT <req/s> <p50 ms> <p99 ms> <non-200> <socket errors> <requests>
--   <connect errors> <read errors> <write errors> <timeouts>   (the socket errors one by one)
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non200 = 0
end

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non200")
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format("RESULT %.0f %.3f %.3f %d %d %d %d %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad, socket, summary.requests,
    e.connect, e.read, e.write, e.timeout))
end
