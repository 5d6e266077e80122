#!/usr/bin/env bash
# Seconds from the README's `./mvnw spring-boot:run` to a ready server (/actuator/health answers
# 200): the first start on an empty folder (schema, then the shipped dataset), then RESTARTS
# restarts on the same folder, each after a clean stop. With DATA_DIR, only restarts, on that
# folder (e.g. a store bulk-load wrote). Prints the server's CPU seconds at ready beside each.
#   bench/start.sh [RESTARTS] [DATA_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
restarts="${1:-3}"
work="$(mktemp -d)"
data="${2:-$work/data}"
port=18097
trap 'stop; rm -rf "$work"' EXIT
# Compiled once beforehand, so that each timed run is what a user's second command costs.
./mvnw -q -B -ntp -DskipTests compile

stop() {
  if [ -n "${group:-}" ]; then
    kill -- "-$group" 2> /dev/null || true
    while kill -0 -- "-$group" 2> /dev/null; do sleep 0.2; done
    group=""
  fi
}

start() {
  local began
  began=$(date +%s.%N)
  setsid ./mvnw -q -B -ntp spring-boot:run -Dspring-boot.run.arguments="--kb.embedded.data-dir=$data \
--kb.embedded.bolt-port=0 --server.port=$port" > "$work/server.log" 2>&1 &
  group=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/actuator/health")" = "200" ]; do
    kill -0 "$group" 2> /dev/null || { tail -20 "$work/server.log"; exit 1; }
    sleep 0.2
  done
  local ready server
  ready=$(echo "$(date +%s.%N) - $began" | bc)
  server=$(pgrep -f -- "--server.port=$port" | grep -v "^$group$" | tail -1)
  printf '%-10s ready after %5.1f s, server CPU %5.1f s\n' "$1" "$ready" \
    "$(awk '{print ($14 + $15) / 100}' "/proc/$server/stat")"
  stop
}

[ -n "${2:-}" ] || start "first"
for i in $(seq 1 "$restarts"); do start "restart"; done
