#!/usr/bin/env bash
# Builds the web page and serves it on this machine: open the printed address
# and click "Try the sample". The first build takes a few minutes.
# usage: scripts/serve.sh [PORT]   (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
port="${1:-8080}"
echo
echo "Kliping will be at  http://127.0.0.1:$port/  once the build below finishes (Ctrl+C stops it)."
echo
exec trunk serve --release --port "$port"
