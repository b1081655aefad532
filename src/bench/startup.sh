#!/usr/bin/env bash
# Start-up time of Factline with its embedded PostgreSQL: seconds from launching the JVM to the first
# HTTP 200 of the home page, cold (new data directory: initdb, migrations, demo data) and warm (the
# same data directory again).
#
#   ./mvnw -DskipTests package && src/bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
port=8098
jar=$(ls target/factline-*.jar | head -n 1)
jar=${jar:?run ./mvnw -DskipTests package first}

first_page() { # $1 = data directory; prints seconds to the first 200 of /
  local start end app
  start=$(date +%s.%N)
  FACTLINE_DATA_DIR="$1" java -jar "$jar" --server.port=$port >"$1.log" 2>&1 &
  app=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" || true) == 200 ]]; do sleep 0.05; done
  end=$(date +%s.%N)
  kill $app; wait $app 2>/dev/null || true
  echo "$end - $start" | bc
}

for run in $(seq 1 "$runs"); do
  data=$(mktemp -d /tmp/factline-startup.XXXXXX)
  cold=$(first_page "$data/postgres")
  warm=$(first_page "$data/postgres")
  echo "run $run: cold ${cold} s, warm ${warm} s (load $(cut -d' ' -f1 /proc/loadavg))"
  rm -rf "$data"
done
