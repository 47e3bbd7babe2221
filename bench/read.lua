-- wrk load for GET /api/v1/members/{id}: a random member per request.
local token = os.getenv("BENCH_TOKEN")
local members = {}
for line in io.lines(os.getenv("BENCH_MEMBERS")) do members[#members + 1] = line end

function request()
  return wrk.format("GET", "/api/v1/members/" .. members[math.random(#members)], {["Authorization"] = "Bearer " .. token})
end

function done(summary, latency, requests)
  io.write(string.format("LATENCY %d %d %d\n", latency:percentile(50), latency:percentile(99), summary.duration))
end
