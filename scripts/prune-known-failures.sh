#!/usr/bin/env bash
# Removes from tests/fixtures/*/checks.json the known failures that now pass, as
# the fixture test reports them, and re-blesses the snapshots. Review the diff.
set -euo pipefail
cd "$(dirname "$0")/.."
report=$(cargo test -q --test fixtures 2>&1 || true)
printf '%s\n' "$report" | grep -E '^FAILED .*now passes' | sort -u | python3 -c '
import json, re, sys
for line in sys.stdin:
    m = re.match(r"FAILED\s+(\S+) \[(.+?)\]: listed in known_failures but now passes", line)
    if not m:
        continue
    path = f"tests/fixtures/{m.group(1)}/checks.json"
    data = json.load(open(path, encoding="utf-8"))
    if data.get("known_failures", {}).pop(m.group(2), None) is not None:
        if not data["known_failures"]:
            del data["known_failures"]
        open(path, "w", encoding="utf-8").write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        print("now passes:", m.group(1), m.group(2))
'
KLIPING_BLESS=1 cargo test -q --test fixtures >/dev/null 2>&1 || true
cargo test -q --test fixtures 2>&1 | grep -E '^(FAILED|test result)' || true
