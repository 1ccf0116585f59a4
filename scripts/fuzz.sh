#!/usr/bin/env bash
# Coverage-guided fuzzing of the parser (cargo fuzz, nightly toolchain).
#
#   scripts/fuzz.sh --short          every target for ~20 s (about 60 s in all): the test command runs this
#   scripts/fuzz.sh [SECONDS]        every target for SECONDS each (default 600), by hand
#   scripts/fuzz.sh --target NAME [SECONDS]   one target
#   scripts/fuzz.sh --grow-corpus [SECONDS]   grow the committed corpus (see below)
#
# Seeds: fuzz/corpus/<target>/ (committed: small minimized inputs grown from
# the repository's own texts) and the seed article; a long run also reads the
# first 16 KB of every page of ../shared/eval-dev when it is here. What a run
# finds goes to fuzz/found/<target>/ (not committed: it holds mutations of
# shared pages). Only --grow-corpus, which seeds from the repository alone,
# writes into fuzz/corpus/ and then minimizes it, keeping files up to 1 KB.
# A crash leaves its input in fuzz/artifacts/<target>/ and fails the run: turn
# it into a named test in tests/fuzz_regressions.rs.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS=(parse parse_bytes html_to_text)
seconds=600
short=false
grow=false
only=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --short) short=true; seconds=20 ;;
    --target) only="$2"; shift ;;
    --grow-corpus) grow=true ;;
    [0-9]*) seconds="$1" ;;
    *) echo "fuzz.sh: unknown argument $1 (see the comment at the top)" >&2; exit 2 ;;
  esac
  shift
done
[[ -n "$only" ]] && TARGETS=("$only")

# Without the tools: fail in CI (CI or KLIPING_REQUIRE_FUZZ set), where the
# set-up must have installed them; elsewhere say SKIPPED and pass.
missing() {
  if [[ -n "${CI:-}${KLIPING_REQUIRE_FUZZ:-}" ]]; then
    echo "fuzz.sh: $1" >&2; exit 2
  fi
  echo "SKIPPED: fuzzing needs $1"; exit 0
}
cargo +nightly --version >/dev/null 2>&1 || missing "the nightly toolchain (rustup toolchain install nightly)"
cargo fuzz --version >/dev/null 2>&1 || missing "cargo-fuzz (cargo install cargo-fuzz --version 0.13.2 --locked)"

shared="${KLIPING_SHARED:-../shared}"
scratch="$(mktemp -d)"
seeds="$scratch/seeds"
mkdir -p "$seeds"
trap 'rm -rf "$scratch"' EXIT
# Seed inputs that are not committed: the seed page and the dev corpus' raw texts.
cp examples/id-validnews-tppo/raw.txt "$seeds/seed.txt"
if $short || $grow; then
  : # From the repository alone (and loading 488 pages would take a short run's whole budget).
elif [[ -d "$shared/eval-dev" ]]; then
  for dir in "$shared"/eval-dev/*/; do
    [[ -f "$dir/raw.txt" ]] && head -c 16384 "$dir/raw.txt" > "$seeds/$(basename "$dir").txt"
  done
else
  echo "fuzz.sh: $shared/eval-dev is not here; seeding from the committed corpus and the seed page only"
fi

status=0
for target in "${TARGETS[@]}"; do
  corpus="fuzz/corpus/$target"
  mkdir -p "$corpus" "fuzz/artifacts/$target"
  # libFuzzer adds what it finds to the first folder: a short run (the test
  # command's) writes to a scratch folder and leaves the committed corpus alone.
  found="fuzz/found/$target"
  $short && found="$scratch/found-$target"
  $grow && found="$corpus"
  mkdir -p "$found"
  echo "== fuzzing $target for ${seconds}s"
  # Safe Rust (the crate forbids unsafe) gains little from AddressSanitizer and
  # runs several times slower under it: fuzz without a sanitizer. Inputs up to
  # 16 KB; one input taking over 10 s is a hang.
  log="$scratch/$target.log"
  set +e
  cargo +nightly fuzz run --sanitizer none --fuzz-dir fuzz "$target" "$found" "$corpus" "$seeds" -- \
    -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1
  code=$?
  set -e
  grep -E "^(Done |stat::number_of_executed_units|stat::peak_rss_mb)" "$log" || true
  if [[ $code -ne 0 ]]; then
    tail -40 "$log" >&2
    echo "fuzz.sh: $target failed (exit $code): the input is in fuzz/artifacts/$target/" >&2
    status=1
  fi
done
if $grow && [[ $status -eq 0 ]]; then
  # Keep the committed corpus small: minimize it and drop large inputs.
  for target in "${TARGETS[@]}"; do
    cargo +nightly fuzz cmin --sanitizer none --fuzz-dir fuzz "$target" "fuzz/corpus/$target" -- -max_len=1024 >/dev/null 2>&1 || true
    find "fuzz/corpus/$target" -type f -size +1024c -delete
  done
fi
exit $status
