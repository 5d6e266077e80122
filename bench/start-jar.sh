#!/usr/bin/env bash
# Seconds from `java -jar` to a ready server (/actuator/health answers 200) for the packaged
# jar, extracted as the README's "Faster restarts" section does, without and with a
# class-data-sharing archive: a first start on an empty folder and RESTARTS restarts of each.
# The archive is recorded as the README says, by a start that stops once its context is ready.
#   bench/start-jar.sh [RESTARTS]
# Needs the packaged jar (./mvnw -q -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
restarts="${1:-3}"
jar="$(ls target/little-giants-kb-*.jar | head -1)"
work="$(mktemp -d)"
port=18098
trap 'stop; rm -rf "$work"' EXIT
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
app="$work/app/$(basename "$jar")"

stop() {
  if [ -n "${server:-}" ]; then
    kill "$server" 2> /dev/null || true
    while kill -0 "$server" 2> /dev/null; do sleep 0.2; done
    server=""
  fi
}

# start LABEL DATA_DIR [JVM options...]: prints the seconds to ready, then stops the server.
start() {
  local label="$1" data="$2" began ready
  shift 2
  began=$(date +%s.%N)
  java -Xmx768m "$@" -jar "$app" --kb.embedded.data-dir="$data" --kb.embedded.bolt-port=0 \
    --server.port=$port > "$work/server.log" 2>&1 &
  server=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/actuator/health")" = "200" ]; do
    kill -0 "$server" 2> /dev/null || { tail -20 "$work/server.log"; exit 1; }
    sleep 0.1
  done
  ready=$(echo "$(date +%s.%N) - $began" | bc)
  printf '%-32s ready after %5.1f s\n' "$label" "$ready"
  stop
}

start "first start, no archive" "$work/plain"
for i in $(seq 1 "$restarts"); do start "restart, no archive" "$work/plain"; done
java -Xmx768m -XX:ArchiveClassesAtExit="$work/app/app.jsa" -Dspring.context.exit=onRefresh -jar "$app" \
  --kb.embedded.data-dir="$work/record" --kb.embedded.bolt-port=0 --server.port=$port > "$work/record.log" 2>&1
start "first start, with the archive" "$work/shared" -XX:SharedArchiveFile="$work/app/app.jsa"
for i in $(seq 1 "$restarts"); do
  start "restart, with the archive" "$work/shared" -XX:SharedArchiveFile="$work/app/app.jsa"
done
