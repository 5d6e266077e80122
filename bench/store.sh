# Sourced by the bench scripts: the store a benchmark runs on. With a folder (e.g. one bulk-load
# wrote), that folder, opened as it is; with a number, a synthetic pyramid of that many firms,
# generated (seed 7) and bulk-loaded under $work. Sets $data; needs $jar and $work.
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
