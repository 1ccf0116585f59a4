#!/usr/bin/env bash
# Time and peak memory per MB of input for each adversarial shape, at 1 MB and
# 10 MB (or the sizes given): builds examples/cost.rs in release mode and runs
# it once per shape and size under /usr/bin/time. Prints a Markdown table.
#
#   scripts/cost.sh            # 1 and 10 MB
#   scripts/cost.sh 1 5        # other sizes, in MB
#   SHAPES="dates quotes" scripts/cost.sh 10   # some shapes only
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(1 10)
[[ -x /usr/bin/time ]] || { echo "cost.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
cargo build --quiet --release --example cost
bin=target/release/examples/cost
shapes="${SHAPES:-$("$bin" 2>&1 | awk 'NR>2 {print $1}' || true)}"
echo "| shape | MB | time (s) | s/MB | MB/s | peak RSS (MB) | peak MB per input MB |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for mb in "${sizes[@]}"; do
  for shape in $shapes; do
    out=$(/usr/bin/time -f "RSS %M" "$bin" "$shape" "$mb" 2>&1) || true
    rss_kb=$(echo "$out" | awk '/^RSS/ {print $2}')
    line=$(echo "$out" | grep -E "^$shape ")
    secs=$(echo "$line" | sed -E 's/.*: ([0-9.]+) s, ([0-9.]+) s\/MB, ([0-9.]+) MB\/s.*/\1 \2 \3/')
    read -r t per rate <<<"$secs"
    awk -v s="$shape" -v mb="$mb" -v t="$t" -v per="$per" -v rate="$rate" -v kb="$rss_kb" \
      'BEGIN { printf "| %s | %s | %s | %s | %s | %.0f | %.1f |\n", s, mb, t, per, rate, kb/1024, kb/1024/mb }'
  done
done
