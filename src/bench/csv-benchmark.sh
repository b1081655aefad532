#!/usr/bin/env bash
# CSV export and import benchmark (not a test). See README, section "Benchmarks".
#
# Run as root on a machine with PostgreSQL on 127.0.0.1:5432 (peer access as the postgres user):
#   ./mvnw -DskipTests package && src/bench/csv-benchmark.sh
# It creates the role and database factline_bench_csv, starts Factline on it (port 8092, -Xmx512m),
# generates 100,000 then 1,000,000 published claims, and for each size times the public claims export
# over HTTP against psql's \copy of the same statement (taken from Factline's debug log), sampling the
# JVM's heap with jstat. Then it imports 100,000 rows through the desk's upload, dry run and commit.
# Everything is dropped at the end unless KEEP=1.
set -euo pipefail

cd "$(dirname "$0")/../.."
DB=factline_bench_csv
PASSWORD=bench-csv-$$
PORT=${PORT:-8092}
BASE=http://localhost:$PORT
JAR=$(ls target/factline-*.jar | grep -v original | head -1)
WORK=$(mktemp -d /tmp/factline-bench-csv.XXXXXX)
RESULTS=${RESULTS:-$WORK/results.txt}
HEAP=${HEAP:-512m}

psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"; }
psql_bench() { PGPASSWORD=$PASSWORD psql -h 127.0.0.1 -U $DB -d $DB -v ON_ERROR_STOP=1 -q "$@"; }

cleanup() {
    if [[ -n "${APP_PID:-}" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
    if [[ "${KEEP:-}" != 1 ]]; then
        psql_admin -c "drop database if exists $DB" -c "drop role if exists $DB" || true
    fi
}
trap cleanup EXIT

echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB; load: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$RESULTS"

psql_admin -c "drop database if exists $DB" -c "drop role if exists $DB"
psql_admin -c "create role $DB login password '$PASSWORD'" -c "create database $DB owner $DB"

FACTLINE_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB FACTLINE_DB_USER=$DB FACTLINE_DB_PASSWORD=$PASSWORD \
FACTLINE_DEMO=true FACTLINE_IMPORT_MAX_FILE_SIZE=200MB PORT=$PORT \
    java -Xmx$HEAP -jar "$JAR" --logging.level.org.factline.export.CsvExporter=DEBUG > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 90); do curl -fs -o /dev/null "$BASE/" && break; sleep 1; done
curl -fs -o /dev/null "$BASE/" || { echo "Factline did not start; see $WORK/app.log"; exit 1; }

heap_sampler() { # prints the peak of heap used (MB) and of old generation used (MB) while $1 runs
    local peak=0 old=0 line
    while kill -0 "$1" 2>/dev/null; do
        line=$(jstat -gc "$APP_PID" | tail -1)
        read -r used o <<<"$(awk '{printf "%d %d", ($3+$4+$6+$8)/1024, $8/1024}' <<<"$line")"
        (( used > peak )) && peak=$used
        (( o > old )) && old=$o
        sleep 0.1
    done
    echo "$peak $old"
}

export_run() { # $1 label
    curl -fs -o "$WORK/export.csv" -w '%{time_total}\n' "$BASE/export/claims.csv" > "$WORK/curl.time" &
    local curl_pid=$!
    local heap
    heap=$(heap_sampler $curl_pid)
    wait $curl_pid
    local seconds rows
    seconds=$(cat "$WORK/curl.time")
    rows=$(($(psql_bench -At -c "select count(*) from claim where status = 'PUBLISHED'")))
    echo "$1 factline: rows=$rows seconds=$seconds rows/s=$(awk -v r="$rows" -v s="$seconds" 'BEGIN {printf "%d", r/s}') peak-heap-used-MB=${heap% *} peak-old-gen-MB=${heap#* } bytes=$(stat -c %s "$WORK/export.csv")" | tee -a "$RESULTS"
}

copy_run() { # $1 label: psql \copy of the very statement the export ran
    local sql
    sql=$(awk '/CSV export statement:/ {grab=1; sql=""; next} grab && /^[0-9]{4}-[0-9]{2}-[0-9]{2}T/ {grab=0} grab {sql = sql $0 "\n"} END {printf "%s", sql}' "$WORK/app.log")
    sql=${sql//:base/\'http:\/\/localhost:$PORT\'}
    sql=$(tr '\n' ' ' <<<"$sql")
    local start end
    start=$(date +%s.%N)
    psql_bench -c "\\copy ($sql) to '$WORK/copy.csv' with (format csv, header)"
    end=$(date +%s.%N)
    echo "$1 psql \\copy: seconds=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b-a}') bytes=$(stat -c %s "$WORK/copy.csv")" | tee -a "$RESULTS"
}

generate() { # $1 from, $2 to
    local start
    start=$(date +%s)
    psql_bench -v from="$1" -v to="$2" -f src/bench/generate-claims.sql > /dev/null
    echo "# generated claims $1..$2 in $(( $(date +%s) - start )) s" | tee -a "$RESULTS"
}

if [[ "${ONLY_IMPORT:-}" != 1 ]]; then
generate 1 100000
export_run "warm-up 100k"
export_run "100k"
copy_run "100k"
export_run "100k (again)"
copy_run "100k (again)"

generate 100001 1000000
export_run "warm-up 1M"
export_run "1M"
copy_run "1M"
fi

# import: 100,000 rows through the desk (sign-in, upload with dry run, commit, poll until done)
python3 src/bench/generate-import.py 100000 "$WORK/import.csv" > /dev/null
JAR_COOKIES=$WORK/cookies.txt
TOKEN=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null -d "username=editor@factline.demo&password=factline-demo&_csrf=$TOKEN" "$BASE/login"
ACTION=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/desk/import" | grep -o 'action="/desk/import[^"]*"' | sed 's/action="//;s/"//;s/&amp;/\&/g')
start=$(date +%s.%N)
PREVIEW=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null -w '%{redirect_url}' -F "file=@$WORK/import.csv;type=text/csv" "$BASE$ACTION")
dry=$(date +%s.%N)
PAGE=$(curl -fs -b "$JAR_COOKIES" "$PREVIEW")
CSRF=$(grep -o 'name="_csrf"[^>]*value="[^"]*"' <<<"$PAGE" | head -1 | sed 's/.*value="//;s/"//')
grep -q 'class="new-claims">100000<' <<<"$PAGE" || { echo "dry run did not plan 100000 claims"; grep -o 'class="problem".*' <<<"$PAGE" | head; exit 1; }
curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null -d "_csrf=$CSRF" "$PREVIEW"
# (the page is read whole before grep looks at it: with pipefail, grep -q closing the pipe early
# would fail curl and keep the loop going)
while true; do
    RESULT=$(curl -fs -b "$JAR_COOKIES" "$PREVIEW")
    grep -q 'class="created-claims"' <<<"$RESULT" && break
    grep -q 'The import failed' <<<"$RESULT" && { echo "the import failed"; exit 1; }
    sleep 0.2
done
end=$(date +%s.%N)
imported=$(psql_bench -At -c "select count(*) from claim c join speaker s on s.id = c.speaker_id where s.name like 'Import Speaker %' and c.status = 'DRAFT'")
echo "import 100k: rows=$imported upload+dry-run=$(awk -v a="$start" -v b="$dry" 'BEGIN {printf "%.2f", b-a}')s commit=$(awk -v a="$dry" -v b="$end" 'BEGIN {printf "%.2f", b-a}')s total=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b-a}')s file-bytes=$(stat -c %s "$WORK/import.csv")" | tee -a "$RESULTS"
echo "# results in $RESULTS"
