#!/usr/bin/env bash
# Scores the CLI on ../shared/eval-dev with the corpus' own scripts.
# usage: scripts/eval-dev.sh [OUT_DIR]   (default: target/eval-dev)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${KLIPING_SHARED:-../shared}"
eval_dir="$shared/eval-dev"
if [ ! -f "$eval_dir/score.py" ]; then
  echo "eval-dev: $eval_dir not found (set KLIPING_SHARED to the shared folder)" >&2
  exit 2
fi
out="${1:-target/eval-dev}"
cargo build --release --quiet --bin kliping
rm -rf "$out/pred"
mkdir -p "$out/pred"
python3 "$eval_dir/run_cli.py" "$eval_dir" "$out/pred" --cmd "$PWD/target/release/kliping parse {raw}"
python3 "$eval_dir/score.py" "$out/pred" "$eval_dir" --json "$out/scores.json" --per-case "$out/per-case.jsonl"
