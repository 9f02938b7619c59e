#!/usr/bin/env bash
# Installs the offline engines NewsLingo's default runs on (Apertium with its French pairs), the
# summarizer we benchmark against (ots), the Redis server the cache tests start and the PostgreSQL 15
# server the translation-memory tests start (postgresql-15 alone: the `postgresql` metapackage would
# also create and start a system cluster, which the tests do not use). Idempotent.
set -euo pipefail
packages=(apertium apertium-fr-es apertium-fra-cat apertium-eng-spa apertium-eng-cat ots redis-server postgresql-15)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "offline engines already installed"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "missing packages: ${missing[*]}; run: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
