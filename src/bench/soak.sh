#!/usr/bin/env bash
# The soak (not a test): readers on public pages with wrk (200 connections, 60 s) while an editor creates and
# edits claims through the desk's real forms, and PostgreSQL is stopped for 10 s in the middle. Prints the
# requests served, the responses by status, p50/p99, the editor's saves (acknowledged or refused), whether
# every acknowledged save is in the database afterwards, and the heap (after a full GC) before and after.
#
#   ./mvnw -DskipTests package && src/bench/soak.sh
#   SKIP_BUILD=1 WARMUP=20 DURATION=60 OUTAGE_AT=25 OUTAGE=10 CONNECTIONS=200 src/bench/soak.sh
#
# Factline runs from the jar (java -jar, 512 MB heap) on a PostgreSQL cluster of its own, made for the soak
# with the machine's PostgreSQL binaries (PG_BIN, default the newest /usr/lib/postgresql/*/bin) in a
# temporary directory on port PGPORT (5499): the soak stops and starts that cluster, never the machine's
# server. As root the cluster runs as the user postgres. Needs wrk, curl, python3, psql and a JDK's jcmd.
# Figures land in target/soak/results.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${DURATION:-60}
outage_at=${OUTAGE_AT:-25}
outage=${OUTAGE:-10}
connections=${CONNECTIONS:-200}
pgport=${PGPORT:-5499}
port=${PORT:-8093}
pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}
base="http://127.0.0.1:$port"
out=target/soak
mkdir -p "$out"
results="$out/results.txt"

if [[ -z ${SKIP_BUILD:-} ]]; then ./mvnw -q -B -ntp -DskipTests package; fi
jar=$(ls target/factline-*.jar | grep -v plain | head -n 1)

cluster=$(mktemp -d /tmp/factline-soak-pg.XXXXXX)
as_postgres() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[[ $(id -u) == 0 ]] && chown postgres "$cluster"
pg_ctl() { as_postgres "$pg_bin/pg_ctl" -D "$cluster/data" -l "$cluster/postgres.log" -w "$@"; }
as_postgres "$pg_bin/initdb" -D "$cluster/data" -U postgres --auth=trust -E UTF8 >/dev/null
pg_ctl -o "-p $pgport -k $cluster -c listen_addresses=127.0.0.1 -c synchronous_commit=on -c fsync=on" start >/dev/null
psql_args=(-h 127.0.0.1 -p "$pgport" -U postgres -d postgres)

java -Xmx512m -jar "$jar" >"$out/factline.log" 2>&1 \
  --server.port="$port" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$pgport/postgres" \
  --spring.datasource.username=postgres --spring.datasource.password= \
  --factline.demo=true &
app=$!
cleanup() {
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  pg_ctl -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$cluster"
}
trap cleanup EXIT
ready() { until curl -fs -o /dev/null "$base/actuator/health/readiness"; do
  kill -0 "$app" || { echo "Factline stopped; see $out/factline.log" >&2; exit 1; }; sleep 0.5; done; }
ready

heap() { jcmd "$app" GC.run >/dev/null; jcmd "$app" GC.heap_info | awk '/used/ { print; exit }' | sed 's/^ *//'; }

# the public pages readers read: every published claim, speaker and topic page in both languages, the home
# pages, feeds and the fixed pages; each read once so that it is cached before the clock starts
psql "${psql_args[@]}" -At >"$out/paths.txt" <<'SQL'
select p from (
  select '/claims/' || id || '-' || slug as p from claim where status = 'PUBLISHED'
  union all select '/speakers/' || s.slug from speaker s
    where exists (select from claim c where c.speaker_id = s.id and c.status = 'PUBLISHED')
  union all select '/topics/' || t.slug from topic t join claim_topic ct on ct.topic_id = t.id
    join claim c on c.id = ct.claim_id and c.status = 'PUBLISHED' group by t.slug
  union all select unnest(array['/', '/methodology', '/corrections', '/feed.atom', '/search?q=korea'])
) pages;
SQL
sed 's|^/|/id/|' "$out/paths.txt" >>"$out/paths.txt.id" && cat "$out/paths.txt.id" >>"$out/paths.txt" && rm "$out/paths.txt.id"
while read -r path; do curl -fs -o /dev/null --compressed "$base$path"; done <"$out/paths.txt"
article=$(psql "${psql_args[@]}" -At -c "select id from article order by id limit 1")

# warm up the JIT on the same mix for a while, then measure from a settled heap
wrk -t2 -c"$connections" -d"${WARMUP:-20}s" -s src/bench/soak.lua "$base" -- "$out/paths.txt" >/dev/null
heap_before=$(heap)

python3 src/bench/soak-editor.py run "$base" "$duration" "$article" "$out/acknowledged.jsonl" >"$out/editor.txt" &
editor=$!
wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s -s src/bench/soak.lua "$base" -- "$out/paths.txt" >"$out/wrk.txt" &
readers=$!
sleep "$outage_at"
pg_ctl -m fast stop >/dev/null
stopped=$(date -u +%T)
sleep "$outage"
pg_ctl -o "-p $pgport -k $cluster -c listen_addresses=127.0.0.1 -c synchronous_commit=on -c fsync=on" start >/dev/null
started=$(date -u +%T)
wait "$readers"
wait "$editor"
ready
heap_after=$(heap)

{
  echo "Soak $(date -u +'%F %T') UTC on $(nproc) cores (load average $(cut -d' ' -f1-3 /proc/loadavg)): wrk -t2 -c$connections -d${duration}s on $(wc -l <"$out/paths.txt") public pages; PostgreSQL stopped $stopped, started again $started"
  echo "readers (wrk):"
  grep -E '^ +(status|requests|p50)|Requests/sec' "$out/wrk.txt"
  echo "editor (desk forms):"
  cat "$out/editor.txt"
  echo "afterwards:"
  python3 src/bench/soak-editor.py verify "$out/acknowledged.jsonl" psql "${psql_args[@]}" || true
  echo "heap before (after a full GC): $heap_before"
  echo "heap after (after a full GC):  $heap_after"
} | tee "$results"
