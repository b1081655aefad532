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
