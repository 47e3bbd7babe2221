-- wrk load of one kind of write, BENCH_KIND, each by a random member (or for one) with its own
-- Idempotency-Key (unique across runs through BENCH_RUN, so that no request is a replay of an earlier
-- one), counting the answers by status:
--   deposit  POST /api/v1/savings/deposits, Rp 10.000 sukarela in cash (the default);
--   sale     POST /api/v1/store/sales of one to three of the products in BENCH_PRODUCTS, paid in cash;
--   intake   POST /api/v1/produce/intakes, 100 kg of the first product in BENCH_PRODUCTS, grade A, to savings;
--   receipt  POST /api/v1/purchase-orders/BENCH_ORDER/receipts, 1 of the first product in BENCH_PRODUCTS;
--   delivery POST /api/v1/deliveries, planned for today.
-- A line of BENCH_MEMBERS is a member's id, or a token and a member's id (members of many cooperatives,
-- each signed in as its own treasurer).
local token = os.getenv("BENCH_TOKEN")
local run = os.getenv("BENCH_RUN")
local kind = os.getenv("BENCH_KIND") or "deposit"
local members = {}
for line in io.lines(os.getenv("BENCH_MEMBERS")) do
  local own, member = line:match("^(%S+) (%S+)$")
  members[#members + 1] = own and {own, member} or {token, line}
end
local products = {}
if os.getenv("BENCH_PRODUCTS") then
  for line in io.lines(os.getenv("BENCH_PRODUCTS")) do products[#products + 1] = line end
end
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
  local pick = members[math.random(#members)]
  local path, body
  if kind == "sale" then
    local first = math.random(#products)
    local lines = {}
    for i = 0, math.random(0, 2) do
      lines[#lines + 1] = '{"productId":"' .. products[(first + i - 1) % #products + 1] .. '","quantity":"1"}'
    end
    path = "/api/v1/store/sales"
    body = '{"memberId":"' .. pick[2] .. '","payment":"cash","lines":[' .. table.concat(lines, ",") .. ']}'
  elseif kind == "intake" then
    path = "/api/v1/produce/intakes"
    body = '{"memberId":"' .. pick[2] .. '","productId":"' .. products[1]
      .. '","quantity":"100","price":"6500","grade":"A","payment":"savings"}'
  elseif kind == "receipt" then
    path = "/api/v1/purchase-orders/" .. os.getenv("BENCH_ORDER") .. "/receipts"
    body = '{"lines":[{"productId":"' .. products[1] .. '","quantity":"1"}]}'
  elseif kind == "delivery" then
    path = "/api/v1/deliveries"
    body = '{"goods":"Beras 10 kg","destination":"Warung Bu Darmi, Dusun Krajan","recipient":"Bu Darmi"}'
  else
    path = "/api/v1/savings/deposits"
    body = '{"memberId":"' .. pick[2] .. '","kind":"sukarela","amount":"10000","channel":"cash"}'
  end
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. pick[1],
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
