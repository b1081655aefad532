-- wrk: a claim page chosen at random over the whole dataset on every request.
-- The paths file (one path a line) is written by run.sh.
local paths = {}

function init(args)
  local file = args[1] or "target/bench/claim-paths.txt"
  for line in io.lines(file) do
    paths[#paths + 1] = line
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

-- wrk --latency prints the 50th, 75th, 90th and 99th percentiles; the targets speak of the 95th too
function done(summary, latency, requests)
  io.write(string.format("  p95 latency: %.2f ms\n", latency:percentile(95) / 1000))
end
