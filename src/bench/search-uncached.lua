-- wrk: like search.lua, but with a parameter no page reads, so that every request misses the rendered-page
-- cache and runs the full-text query: what a reader pays for a search nobody has made before.
local queries = {
  "subsidi+beras", "harga+minyak", "pembangunan+jalan+tol", "membangun", "pemilu", "utang+luar+negeri",
  "inflasi", "tenaga+kerja", "Korea+Utara", "sanksi", "korupsi+pengadilan", "vaksin", "banjir+Jakarta",
  "rice+prices", "election", "foreign+debt", "coal+exports", "nickel", "minimum+wage", "sanctions",
  "%22harga+beras%22", "Santoso", "Wijaya", "Putin", "Matsegora", "Pushilin", "pertumbuhan+ekonomi",
  "investment", "hospital+doctor", "listrik+desa"
}
local counter = 0

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  counter = math.random(1000000000)
end

function request()
  counter = counter + 1
  return wrk.format("GET", "/search?q=" .. queries[math.random(#queries)] .. "&nocache=" .. counter)
end

-- wrk --latency prints the 50th, 75th, 90th and 99th percentiles; the targets speak of the 95th too
function done(summary, latency, requests)
  io.write(string.format("  p95 latency: %.2f ms\n", latency:percentile(95) / 1000))
end
