#!/usr/bin/env bash
# Starts NewsLingo on its offline default (Apertium + extractive summaries + Lingua detection).
# Installs Apertium first when it is missing and we may (root); otherwise the server starts on
# the fakes and says so loudly in its log and its health.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v apertium >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    bash scripts/install-offline-engines.sh
  else
    echo "Apertium is not installed: run 'sudo bash scripts/install-offline-engines.sh' for real translations." >&2
  fi
fi
exec dotnet run --project src/NewsLingo.Server -c Release -- "$@"
