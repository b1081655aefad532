#!/usr/bin/env bash
# Measures how long saving a claim takes on the desk, for a claim with five sources: the editor's
# POST of the edit form, which checks the version, writes the claim and its history (Envers) and
# redirects. Each save changes the summary, so every request is a real update.
#
#   ./mvnw -DskipTests package && src/bench/claim-save.sh [warm-up saves] [measured saves]
#
# Starts Factline on port 8097 with a throw-away embedded database, signs in as the demo editor and
# prints p50/p95/p99/max in milliseconds. Needs curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
warmup=${1:-200}
count=${2:-500}
port=8097
base="http://localhost:$port"
data=$(mktemp -d /tmp/factline-bench.XXXXXX)
jar=$(ls target/factline-*.jar | head -n 1)
jar=${jar:?run ./mvnw -DskipTests package first}

FACTLINE_DATA_DIR="$data/postgres" java -jar "$jar" --server.port=$port >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
until curl -fs -o /dev/null "$base/login"; do sleep 0.5; done

jar_cookies="$data/cookies"
token() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
csrf=$(curl -fs -c "$jar_cookies" -b "$jar_cookies" "$base/login" | token)
curl -fs -o /dev/null -c "$jar_cookies" -b "$jar_cookies" -X POST "$base/login" \
  --data-urlencode "username=editor@factline.demo" --data-urlencode "password=factline-demo" --data-urlencode "_csrf=$csrf"

# the demo's Matsegora claim (id 1) gets five sources
page=$(curl -fs -b "$jar_cookies" "$base/desk/claims/1")
csrf=$(echo "$page" | token)
existing=$(echo "$page" | grep -c 'sources/[0-9]*/edit' || true)
for i in $(seq $((existing + 1)) 5); do
  curl -fs -o /dev/null -b "$jar_cookies" -X POST "$base/desk/claims/1/sources" --data-urlencode "_csrf=$csrf" \
    --data-urlencode "title=Benchmark source $i" --data-urlencode "url=https://example.org/source/$i" \
    --data-urlencode "kind=NEWS_REPORT" --data-urlencode "stance=CONTEXT" --data-urlencode "excerpt=Excerpt $i"
done
echo "sources on the claim: $(curl -fs -b "$jar_cookies" "$base/desk/claims/1" | grep -c 'sources/[0-9]*/edit')"

save() { # $1 = version, $2 = summary; prints the time of the POST in ms and the HTTP status
  curl -s -o /dev/null -b "$jar_cookies" -w '%{time_total} %{http_code}\n' -X POST "$base/desk/claims/1/edit" \
    --data-urlencode "_csrf=$csrf" --data-urlencode "version=$1" \
    --data-urlencode "speakerName=Alexander Matsegora" \
    --data-urlencode "claimText=Pembangun Korea yang sangat berkualitas dapat membantu kami memulihkan infrastruktur." \
    --data-urlencode "language=id" --data-urlencode "translation=Korean builders could help us restore infrastructure." \
    --data-urlencode "translationLanguage=en" --data-urlencode "summary=$2" --data-urlencode "saidOn=2022-07-01" \
    --data-urlencode "datePrecision=MONTH" --data-urlencode "saidWhere=in an interview with Izvestia" \
    --data-urlencode "topics=North Korea, Russia and Donbas"
}
version() { curl -fs -b "$jar_cookies" "$base/desk/claims/1/edit" | grep -o 'name="version" value="[0-9]*"' | grep -o '[0-9]*'; }

run() { # $1 = number of saves; prints one time per line
  local v
  v=$(version)
  for i in $(seq 1 "$1"); do
    read -r seconds status < <(save "$v" "North Korean builders could help rebuild Donbas ($i)")
    [[ $status == 302 ]] || { echo "save $i answered $status" >&2; exit 1; }
    echo "$seconds"
    v=$((v + 1))
  done
}

run "$warmup" >/dev/null
run "$count" | awk '{ print $1 * 1000 }' | sort -n > "$data/times"
pct() { awk -v p="$1" '{ a[NR] = $1 } END { i = int(NR * p / 100); if (i < 1) i = 1; printf "%.1f", a[i] }' "$data/times"; }
echo "claim saves with five sources: n=$count (after $warmup warm-up) p50=$(pct 50) ms p95=$(pct 95) ms p99=$(pct 99) ms max=$(tail -n 1 "$data/times") ms"
