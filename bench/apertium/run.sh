#!/usr/bin/env bash
# NewsLingo's Apertium backend against apertium-apy on budget-long.txt, same pairs, same machine, same run.
# APy binds every interface and has no option against it, so the bench runs in a network namespace of
# its own (root: unshare), where loopback is the only interface and all traffic stays on 127.0.0.1.
# Knobs: ROUNDS=3 (best of).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
command -v apertium-apy >/dev/null || { echo "apertium-apy is missing: apt-get install -y apertium-apy" >&2; exit 1; }
dotnet build "$ROOT/bench/NewsLingo.Bench.Apertium" -c Release --nologo -v q >/dev/null
exec unshare --net -- bash -c 'ip link set lo up && exec dotnet "$0"' \
  "$ROOT/bench/NewsLingo.Bench.Apertium/bin/Release/net10.0/NewsLingo.Bench.Apertium.dll"
