# Sourced by the bench scripts: the store a benchmark runs on, and the server the capturing ones
# run against.

# With a folder (e.g. one bulk-load wrote), that folder, opened as it is; with a number, a
# synthetic pyramid of that many firms, generated (seed 7) and bulk-loaded under $work. Sets
# $data; needs $jar and $work.
#   bench_store FIRMS | DATA_DIR
bench_store() {
  if [ -d "$1" ]; then
    data="$1"
  else
    data="$work/data"
    java -Xmx1g -jar "$jar" generate --firms "$1" --seed 7 --out "$work/files" > "$work/generate.log"
    java -Xmx1g -jar "$jar" bulk-load "$work/files" --kb.embedded.data-dir="$data" --kb.embedded.bolt-port=0 \
      > "$work/bulk.log" 2>&1
  fi
}

# The server on $data as the capturing benchmarks need it (compare.sh, profile.sh): Bolt on
# loopback at BOLT, HTTP at PORT, the loggers endpoint for turning the Cypher log on, and every
# request computing its answer (no kept answers, no warm-up), so that it sends its Cypher. Sets
# $server; returns when /actuator/health is UP.
#   bench_capture_server PORT BOLT
bench_capture_server() {
  java -Xmx768m -jar "$jar" --kb.embedded.data-dir="$data" --kb.embedded.bolt-port="$2" --server.port="$1" \
    --kb.analytics.cache.max-values=0 --kb.analytics.warm-up-interval=0 \
    --management.endpoints.web.exposure.include=health,loggers > "$work/server.log" 2>&1 &
  server=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$1/actuator/health")" = "200" ]; do sleep 1; done
}

# The server on $data as a user starts it, but with the warm-up off, so that every first answer
# is computed when asked (examples.sh, exports.sh): HTTP at PORT. Returns when /actuator/health
# is UP.
#   bench_cold_server PORT
bench_cold_server() {
  java -Xmx768m -jar "$jar" --kb.embedded.data-dir="$data" --kb.embedded.bolt-port=0 --server.port="$1" \
    --kb.analytics.warm-up-interval=0 > "$work/server.log" 2>&1 &
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$1/actuator/health")" = "200" ]; do sleep 1; done
}
