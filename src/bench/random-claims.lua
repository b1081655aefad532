-- wrk: a claim page chosen at random over the whole dataset on every request.
-- Arguments: the paths file (one path a line, written by run.sh), then "uncached" to add a parameter no
-- page reads, so that every request misses the rendered-page cache (what an uncached page costs).
local paths = {}
local uncached = false
local counter = 0

function init(args)
  local file = args[1] or "target/bench/claim-paths.txt"
  for line in io.lines(file) do
    paths[#paths + 1] = line
  end
  uncached = args[2] == "uncached"
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  counter = math.random(1000000000)
end

function request()
  local path = paths[math.random(#paths)]
  if uncached then
    counter = counter + 1
    path = path .. "?nocache=" .. counter
  end
  return wrk.format("GET", path)
end

-- wrk --latency prints the 50th, 75th, 90th and 99th percentiles; the targets speak of the 95th too
function done(summary, latency, requests)
  io.write(string.format("  p95 latency: %.2f ms\n", latency:percentile(95) / 1000))
end
