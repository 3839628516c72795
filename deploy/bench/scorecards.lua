-- wrk script for deploy/bench/scorecards.sh: each connection saves real scorecards of real judges.
-- The plan file (one "path<TAB>token<TAB>body" line per judge x entry pair) is written by
-- ScorecardBench. Each wrk thread takes its own share of the pairs and cycles through them, so no
-- two requests in flight ever touch the same scorecard (that would be an honest 409, not load).
local threads, counter = {}, 0

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local plan, n, mine = args[1], tonumber(args[2]), {}
  local i = 0
  for line in io.lines(plan) do
    if i % n == index then
      local path, token, body = line:match("([^\t]+)\t([^\t]+)\t(.+)")
      mine[#mine + 1] = wrk.format("PUT", path, {["Authorization"] = "Bearer " .. token,
        ["Content-Type"] = "application/json"}, body)
    end
    i = i + 1
  end
  requests, next_one = mine, 0
end

function request()
  next_one = next_one % #requests + 1
  return requests[next_one]
end

function done(summary, latency, requests)
  local s = summary.duration / 1e6
  io.write(string.format("wrk scorecard saves: %d requests in %.2f s = %.0f/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; non-2xx %d, socket errors %d\n",
    summary.requests, s, summary.requests / s, latency:percentile(50) / 1e3, latency:percentile(95) / 1e3,
    latency:percentile(99) / 1e3, latency.max / 1e3, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
