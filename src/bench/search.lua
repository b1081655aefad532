-- wrk: search queries readers might type, in Indonesian and English, one at random per request.
local queries = {
  "subsidi+beras", "harga+minyak", "pembangunan+jalan+tol", "membangun", "pemilu", "utang+luar+negeri",
  "inflasi", "tenaga+kerja", "Korea+Utara", "sanksi", "korupsi+pengadilan", "vaksin", "banjir+Jakarta",
  "rice+prices", "election", "foreign+debt", "coal+exports", "nickel", "minimum+wage", "sanctions",
  "%22harga+beras%22", "Santoso", "Wijaya", "Putin", "Matsegora", "Pushilin", "pertumbuhan+ekonomi",
  "investment", "hospital+doctor", "listrik+desa"
}

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  return wrk.format("GET", "/search?q=" .. queries[math.random(#queries)])
end

-- wrk --latency prints the 50th, 75th, 90th and 99th percentiles; the targets speak of the 95th too
function done(summary, latency, requests)
  io.write(string.format("  p95 latency: %.2f ms\n", latency:percentile(95) / 1000))
end
