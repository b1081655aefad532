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
