#!/usr/bin/env bash
# Runs every test of Kliping, on a fresh machine too (it installs what is missing):
#   1. native tests of every feature (parser, CLI, app state);
#   2. the parser as WebAssembly in headless Chromium, byte for byte against
#      the native CLI (golden fixtures, the seed, pages of ../shared/eval-dev);
#   3. the release build of the web page (trunk), with its wasm and model sizes;
#   4. end-to-end tests of that page in headless Chromium (tests/e2e/);
#   5. clippy, the benchmarks' build, and a short fuzz run (scripts/fuzz.sh --short).
# Tests that need ../shared skip visibly when it is missing, unless CI or
# KLIPING_REQUIRE_SHARED is set: then they fail.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
source scripts/env.sh
step() { printf '\n==> %s\n' "$*"; }

step "native tests (all features)"
cargo test --all-features

step "WebAssembly tests in headless Chromium"
cargo build --quiet --bin kliping
scripts/native-cases.sh target/wasm-cases
# The parser's crates are optimised so 60 pages parse in seconds on the page's
# only thread; the browser crates stay unoptimised to keep the build short.
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
WASM_BINDGEN_TEST_TIMEOUT=600 \
KLIPING_WASM_CASES="$PWD/target/wasm-cases" \
  cargo test --target wasm32-unknown-unknown --no-default-features --features app --test wasm \
    --config 'profile.test.package.kliping.opt-level=2' \
    --config 'profile.test.package.regex-automata.opt-level=2' \
    --config 'profile.test.package.regex-syntax.opt-level=2' \
    --config 'profile.test.package.serde_json.opt-level=2'

step "release build of the web page"
trunk build --release
for f in dist/*.wasm; do
  printf 'wasm size: %-44s %8d bytes raw, %8d gzipped\n' "$(basename "$f")" "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)"
done
# The entity model, which the page fetches after first paint (budget: 700 KB gzipped).
printf 'model size: %-43s %8d bytes raw, %8d gzipped\n' ner.model "$(wc -c <dist/ner.model)" "$(gzip -9c dist/ner.model | wc -c)"

step "end-to-end tests in headless Chromium"
KLIPING_CLI="$PWD/target/debug/kliping" node --test tests/e2e/

step "clippy (all targets, all features)"
cargo clippy --quiet --all-targets --all-features -- -D warnings

step "benchmarks build (run them with: cargo bench)"
cargo bench --no-run --quiet

step "short fuzz run"
scripts/fuzz.sh --short
