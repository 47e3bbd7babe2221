-- wrk load for POST /api/v1/savings/deposits: a random member per request, each with its own
-- Idempotency-Key (unique across runs through BENCH_RUN, so that no deposit is a replay of an
-- earlier one), counting the answers by status.
local token = os.getenv("BENCH_TOKEN")
local run = os.getenv("BENCH_RUN")
local members = {}
for line in io.lines(os.getenv("BENCH_MEMBERS")) do members[#members + 1] = line end
local counter = 0
local thread_id = 0
statuses = {}
local threads = {}

function setup(thread)
  thread_id = thread_id + 1
  thread:set("thread_id", thread_id)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  math.randomseed(thread_id * 7919)
end

function request()
  counter = counter + 1
  local member = members[math.random(#members)]
  local body = '{"memberId":"' .. member .. '","kind":"sukarela","amount":"10000","channel":"cash"}'
  return wrk.format("POST", "/api/v1/savings/deposits", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = "bench-" .. run .. "-" .. thread_id .. "-" .. counter,
  }, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for status, count in pairs(s) do totals[status] = (totals[status] or 0) + count end
  end
  local parts = {}
  for status, count in pairs(totals) do parts[#parts + 1] = '"' .. status .. '":' .. count end
  io.write("STATUSES {" .. table.concat(parts, ",") .. "}\n")
  io.write(string.format("LATENCY %d %d %d\n", latency:percentile(50), latency:percentile(99), summary.duration))
end
