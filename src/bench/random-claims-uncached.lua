-- wrk: like random-claims.lua, but with a parameter no page reads, so that every request misses the
-- rendered-page cache: what an uncached claim page costs (database, template, gzip into the cache).
local paths = {}
local counter = 0

function init(args)
  local file = args[1] or "target/bench/claim-paths.txt"
  for line in io.lines(file) do
    paths[#paths + 1] = line
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  counter = math.random(1000000000)
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[math.random(#paths)] .. "?nocache=" .. counter)
end

-- wrk --latency prints the 50th, 75th, 90th and 99th percentiles; the targets speak of the 95th too
function done(summary, latency, requests)
  io.write(string.format("  p95 latency: %.2f ms\n", latency:percentile(95) / 1000))
end
