#!/usr/bin/env bash
# Installs what building, serving and testing Kliping needs, and skips what is
# already there at the right version, so running it again takes seconds:
#   - the wasm32-unknown-unknown Rust target;
#   - trunk 0.21.14 and wasm-bindgen-cli (the version Cargo.lock pins), by cargo;
#   - Chromium and chromedriver, by apt (for the browser tests);
#   - binaryen (wasm-opt) and playwright-core, by npm from package-lock.json;
#   - every crate, by `cargo fetch` (builds then run offline);
#   - with --test: clippy, and cargo-fuzz 0.13.2 for the nightly toolchain.
# Rust itself (rustup, cargo; a nightly toolchain for --test) and Node.js/npm
# must already be installed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

for_tests=false
[ "${1:-}" = "--test" ] && for_tests=true

TRUNK_VERSION=0.21.14
CARGO_FUZZ_VERSION=0.13.2
# One source for the wasm-bindgen version: the Cargo.lock entry of the pinned crate.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"

say() { echo "setup: $*"; }
fail() { echo "setup: $*" >&2; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

command -v cargo >/dev/null || fail "cargo is missing: install Rust with rustup first"
command -v npm >/dev/null || fail "npm is missing: install Node.js 20 and npm first"
grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml || fail "Trunk.toml's [tools] wasm_bindgen differs from Cargo.lock's wasm-bindgen $WASM_BINDGEN_VERSION"

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown target: present"
else
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION: present"
else
  say "installing trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
  && [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" = "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION" ]; then
  say "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  # Not --locked: its lock file names a dependency version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "chromium and chromedriver: present"
else
  say "installing chromium and chromium-driver with apt"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

# npm ci when node_modules does not hold exactly what package-lock.json says.
if [ -f node_modules/.package-lock.json ] && cmp -s <(grep -v '"lockfileVersion"\|"requires"' package-lock.json | grep '"version"\|"resolved"') \
  <(grep -v '"lockfileVersion"\|"requires"' node_modules/.package-lock.json | grep '"version"\|"resolved"'); then
  say "npm packages: present"
else
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
fi
[ "$(wasm-opt --version)" = "wasm-opt version 132 (version_132)" ] || fail "wasm-opt on PATH is not binaryen 132 from node_modules: $(command -v wasm-opt)"

if $for_tests; then
  if cargo clippy --version >/dev/null 2>&1; then
    say "clippy: present"
  else
    say "adding clippy"
    rustup component add clippy
  fi
  if cargo +nightly --version >/dev/null 2>&1; then
    say "nightly toolchain: present"
  else
    say "installing the nightly toolchain (for cargo fuzz)"
    rustup toolchain install nightly --profile minimal
  fi
  if [ "$(cargo fuzz --version 2>/dev/null)" = "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
    say "cargo-fuzz $CARGO_FUZZ_VERSION: present"
  else
    say "installing cargo-fuzz $CARGO_FUZZ_VERSION (about 30 seconds)"
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
  fi
fi

say "fetching crates"
cargo fetch --locked
$for_tests && cargo fetch --locked --manifest-path fuzz/Cargo.toml
say "ready"
