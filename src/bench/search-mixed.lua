-- wrk: search as a site's readers might type it, between search.lua (30 queries, all soon cached) and
-- search-uncached.lua (every request new): one to three words of the generated vocabulary, the popular
-- ones far more often (Zipf-like, as in the generated text), now and then a quoted phrase. Popular queries
-- repeat and come from the page cache; most of the rest are new and run the full-text query.
local words = {
  "pemerintah", "harga", "beras", "ekonomi", "pembangunan", "minyak", "subsidi", "anggaran", "presiden",
  "menteri", "pemilu", "partai", "jalan", "tol", "listrik", "sekolah", "dokter", "vaksin", "utang", "investasi",
  "upah", "petani", "pangan", "impor", "ekspor", "nikel", "banjir", "korupsi", "pengadilan", "polisi",
  "perbatasan", "desa", "triliun", "inflasi", "sanksi", "Korea", "Rusia", "Donbas", "Jakarta", "Papua",
  "government", "price", "rice", "economy", "election", "vote", "airport", "hospital", "debt", "wage",
  "farmers", "coal", "forest", "flood", "court", "police", "border", "village", "inflation", "sanctions",
  "Santoso", "Wijaya", "Hartono", "Pratama", "Nugroho", "Matsegora", "Pushilin", "Putin", "Kusuma", "Siregar"
}
local function zipf()
  return math.floor(math.exp(math.random() * math.log(#words))) 
end

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000) + math.random(1000000))
end

function request()
  local n = ({1, 1, 1, 1, 1, 1, 2, 2, 2, 3})[math.random(10)]
  local picked = {}
  for i = 1, n do picked[i] = words[math.max(1, zipf())] end
  local q = table.concat(picked, "+")
  if n == 2 and math.random(10) == 1 then q = "%22" .. q .. "%22" end
  return wrk.format("GET", "/search?q=" .. q)
end

-- wrk --latency prints the 50th, 75th, 90th and 99th percentiles; the targets speak of the 95th too
function done(summary, latency, requests)
  io.write(string.format("  p95 latency: %.2f ms\n", latency:percentile(95) / 1000))
end
