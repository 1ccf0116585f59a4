# Sourced by the other scripts: puts the project's tools first on PATH.
# node_modules/.bin holds wasm-opt (npm binaryen, the only build that reads
# wasm-bindgen 0.2.130 output); it must come before any Debian or cargo wasm-opt.
kliping_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$kliping_root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
