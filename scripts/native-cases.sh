#!/usr/bin/env bash
# Writes cases for the WebAssembly test (tests/wasm.rs): inputs with what the
# native CLI prints for them, so the browser build is checked against it byte
# for byte. Inputs: the seed, and the first $KLIPING_WASM_PAGES (default 60)
# pages of ../shared/eval-dev when it is there.
# usage: scripts/native-cases.sh OUT_DIR   (the CLI must be built: target/debug/kliping)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: scripts/native-cases.sh OUT_DIR}"
cli="${KLIPING_CLI:-target/debug/kliping}"
shared="${KLIPING_SHARED:-../shared}"
rm -rf "$out"
mkdir -p "$out"

add() { # name input
  mkdir -p "$out/$1"
  cp "$2" "$out/$1/input.txt"
  # A page the CLI refuses is a case too: both builds must give the same error.
  if ! "$cli" parse "$2" >"$out/$1/expected.json" 2>"$out/$1/stderr"; then
    sed 's/^kliping: [^:]*: /error: /' "$out/$1/stderr" >"$out/$1/expected.json"
  fi
  rm -f "$out/$1/stderr"
}

add seed examples/id-validnews-tppo/raw.txt
if [ -d "$shared/eval-dev" ]; then
  # awk, not head: head exits early and, under pipefail, sort's SIGPIPE would fail the script.
  find "$shared/eval-dev" -mindepth 2 -maxdepth 2 -name raw.txt | sort | awk -v n="${KLIPING_WASM_PAGES:-60}" 'NR <= n' |
    while read -r raw; do add "eval-$(basename "$(dirname "$raw")")" "$raw"; done
fi
echo "native-cases: $(ls "$out" | wc -l) cases in $out"
