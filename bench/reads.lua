-- wrk script for the read benchmark.
-- Env: BENCH_IDS = file with one story id a line; BENCH_PATH = path template with %s for the id
-- (e.g. /api/stories/%s/timeline); BENCH_DELAY_MS = pause per connection between requests (0: closed loop,
-- as fast as possible; with c connections the offered rate is at most c * 1000 / (delay + latency)).
local ids = {}
local path = os.getenv("BENCH_PATH") or "/api/stories/%s"
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local counter = 0

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
end

function init(args)
  for line in io.lines(os.getenv("BENCH_IDS")) do
    if line ~= "" then ids[#ids + 1] = line end
  end
  math.randomseed(1234 + tid)
  wrk.headers["Accept-Encoding"] = "gzip"
end

function request()
  local id = ids[math.random(#ids)]
  return wrk.format("GET", string.format(path, id))
end

if pause > 0 then
  -- defined only when pacing: wrk schedules a timer per request when a script has delay()
  function delay()
    return pause
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f requests=%d errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests, errors))
end
