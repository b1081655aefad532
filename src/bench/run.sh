#!/usr/bin/env bash
# The reader-page benchmark (not a test). Creates a fresh database on the machine's PostgreSQL, lets
# Factline migrate it, generates CLAIMS published claims (default 100,000) with sources and verdicts,
# and measures with wrk from a second process, each run after WARMUP seconds (default 180) of the
# same load: (a) one hot claim page at -t2 -c64, (b) random claim pages at -c64 and -c16, (c) search
# at -c16. Figures go to target/bench/results.txt. Needs root (runuser), wrk and PostgreSQL on 5432.
# Before measuring, it waits for the prerenderer to fill the page store (rendered_page) with every
# published claim, speaker and topic page in both languages, as publishing each claim would have done:
# the generated claims were written straight into the database. STORE=empty measures without it
# (store emptied, prerendering off: every page rendered by its first reader).
# KEEP_DATA=1 reuses the generated database (and the pages stored by the same build); RUNS="a b c" picks
# the measurements ("b-cached": (b) without the every-request-rendered run); SKIP_BUILD=1 uses
# target/*.jar.
set -euo pipefail
cd "$(dirname "$0")/../.."

CLAIMS=${CLAIMS:-100000}
PORT=${PORT:-8091}
WARMUP=${WARMUP:-180}
DURATION=${DURATION:-30}
DB=${BENCH_DB:-factline_bench}
DB_USER=factline_bench
# the rendered-page cache, sized to hold every claim page of the dataset (about 6 KB each, gzipped)
CACHE_SIZE=${CACHE_SIZE:-1GB}
DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
OUT=target/bench
mkdir -p "$OUT"
RESULTS="$OUT/results.txt"

psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -d postgres "$@"; }
psql_bench() { PGPASSWORD="$DB_PASSWORD" psql -v ON_ERROR_STOP=1 -q -h 127.0.0.1 -U "$DB_USER" -d "$DB" "$@"; }

echo "== database $DB"
psql_admin -c "do \$\$ begin
  if not exists (select from pg_roles where rolname = '$DB_USER') then create role $DB_USER login; end if;
end \$\$;"
psql_admin -c "alter role $DB_USER with login password '$DB_PASSWORD'"
if [ -z "${KEEP_DATA:-}" ]; then
  psql_admin -c "drop database if exists $DB with (force)"
  psql_admin -c "create database $DB owner $DB_USER encoding 'UTF8' template template0"
fi

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "== build"
  ./mvnw -B -q -DskipTests package
fi
JAR=$(ls target/factline-*.jar | grep -v plain | head -n 1)

STORE=${STORE:-prerendered}
PRERENDER=true
if [ "$STORE" = empty ]; then
  PRERENDER=false
  [ -n "${KEEP_DATA:-}" ] && psql_admin -d "$DB" -c "truncate rendered_page" 2>/dev/null || true
fi

echo "== start Factline on port $PORT"
FACTLINE_PUBLIC_PRERENDER=$PRERENDER FACTLINE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" FACTLINE_DB_USER="$DB_USER" FACTLINE_DB_PASSWORD="$DB_PASSWORD" \
  FACTLINE_DEMO=false PORT=$PORT FACTLINE_PUBLIC_URL="http://127.0.0.1:$PORT" \
  FACTLINE_PUBLIC_CACHE_SIZE="$CACHE_SIZE" MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=health,metrics \
  java ${BENCH_JAVA_OPTS:--Xms2g -Xmx2g} -jar "$JAR" > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null

if [ -z "${KEEP_DATA:-}" ]; then
  echo "== generate $CLAIMS claims"
  start=$(date +%s)
  psql_bench -v claims="$CLAIMS" -f src/bench/generate.sql
  echo "generated in $(( $(date +%s) - start )) s"
fi
psql_bench -At -c "select '/claims/' || id || '-' || slug from claim where status = 'PUBLISHED' order by id" \
  > "$OUT/claim-paths.txt"
published=$(wc -l < "$OUT/claim-paths.txt")
sources=$(psql_bench -At -c "select count(*) from source")
HOT=$(sed -n '1000p' "$OUT/claim-paths.txt")

prerendered="no (every page rendered by its first reader)"
if [ "$PRERENDER" = true ]; then
  echo "== waiting for the prerenderer to store $published claim pages in two languages"
  start=$(date +%s)
  # the first pass after a start logs this line when nothing is missing any more (pages of an earlier
  # build are deleted first, so counting rows alone would not tell)
  until grep -q "Page store complete after start" "$OUT/app.log"; do
    stored=$(psql_bench -At -c "select count(*) from rendered_page where key like '% /claims/%'")
    echo "  $stored claim pages stored after $(( $(date +%s) - start )) s"
    sleep 30
  done
  stored=$(psql_bench -At -c "select count(*) from rendered_page where key like '% /claims/%'")
  prerendered="yes: $stored claim pages stored; the wait took $(( $(date +%s) - start )) s ($(grep -o 'Page store complete.*' "$OUT/app.log"))"
fi

# the machine's speed varies by the hour (other tenants of the host): a fixed single-core task, timed
# before and after the runs, tells whether two sets of figures can be compared
calibrate() {
  local start end
  start=$(date +%s%N)
  head -c 268435456 /dev/zero | sha256sum > /dev/null
  end=$(date +%s%N)
  echo "calibration ($1): sha256 of 256 MB in $(( (end - start) / 1000000 )) ms"
}

{
  echo "Factline reader-page benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  calibrate "before the runs"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB; $(uptime | sed 's/.*load/load/')"
  echo "dataset: $published published claims, $sources sources, one published verdict and one appearance each"
  echo "warm-up ${WARMUP}s under the same load before each measured ${DURATION}s run"
  echo "rendered-page cache: $CACHE_SIZE; JVM: ${BENCH_JAVA_OPTS:--Xms2g -Xmx2g}"
  echo "page store prerendered: $prerendered"
  echo
} > "$RESULTS"

# measure NAME WRK-OPTIONS... URL [-- SCRIPT-ARGS...]: warm-up, then the measured run with --latency
# requests the page cache answered and requests it had to render, so far
cache_counts() {
  local result
  for result in hit stored render; do
    curl -fs "$BASE/actuator/metrics/factline.page.cache?tag=result:$result" \
      | sed -E 's/.*"value":([0-9.E]+).*/\1/' | awk '{ printf "%d ", $1 }'
  done
}

# methods compiled by the JIT and seconds it spent compiling, so far: on two cores it can still be
# compiling after three minutes, taking CPU from the requests measured
jit_counts() {
  jstat -compiler "$APP" 2>/dev/null | awk 'NR == 2 { print $1, $4 }' || true
}

BASE="http://127.0.0.1:$PORT"
measure() {
  local name=$1; shift
  local options=() rest=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do options+=("$1"); shift; done
  rest=("$@")
  echo "== $name: warm-up ${WARMUP}s"
  wrk "${options[@]}" -d"${WARMUP}s" "${rest[@]}" > "$OUT/warmup-${name// /-}.txt"
  echo "== $name: measuring ${DURATION}s"
  local before after jit_before jit_after
  before=$(cache_counts)
  jit_before=$(jit_counts)
  { echo "--- $name: wrk ${options[*]} -d${DURATION}s --latency"
    wrk "${options[@]}" -d"${DURATION}s" --latency "${rest[@]}"
    after=$(cache_counts)
    jit_after=$(jit_counts)
    echo "$before $after" | awk '{ hits = $4 - $1; stored = $5 - $2; renders = $6 - $3; all = hits + stored + renders;
      printf "  page cache during the run: %d from memory, %d from the page store, %d renders (%.0f%% rendered)\n",
             hits, stored, renders, (all > 0 ? 100 * renders / all : 0) }'
    # (without a JDK's jstat, nothing is said)
    echo "$jit_before $jit_after" | awk 'NF == 4 { printf "  JIT during the run: %d methods compiled, %.1f s compiling\n", $3 - $1, $4 - $2 }'
    echo; } | tee -a "$RESULTS"
}

RUNS=${RUNS:-"a b c"}
case " $RUNS " in *" a "*)
  measure "a hot claim page c64" -t2 -c64 "$BASE$HOT";;
esac
case " $RUNS " in *" b "*|*" b-cached "*)
  measure "b random claim pages c64" -t2 -c64 -s src/bench/random-claims.lua "$BASE" -- "$OUT/claim-paths.txt"
  measure "b random claim pages c16" -t2 -c16 -s src/bench/random-claims.lua "$BASE" -- "$OUT/claim-paths.txt";;
esac
case " $RUNS " in *" b "*)
  measure "b random claim pages, every request rendered, c16" -t2 -c16 -s src/bench/random-claims.lua \
    "$BASE" -- "$OUT/claim-paths.txt" uncached;;
esac
case " $RUNS " in *" c "*)
  measure "c search c16" -t2 -c16 -s src/bench/search.lua "$BASE"
  measure "c search, readers' mix of new and repeated queries, c16" -t2 -c16 -s src/bench/search-mixed.lua "$BASE"
  measure "c search, every request a cache miss, c16" -t2 -c16 -s src/bench/search-uncached.lua "$BASE";;
esac

calibrate "after the runs" | tee -a "$RESULTS"
echo "== results in $RESULTS"
