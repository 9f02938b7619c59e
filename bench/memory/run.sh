#!/usr/bin/env bash
# Translation memory lookup cost per segment at 10,000 and 1,000,000 entries, in SQLite and in a
# PostgreSQL 15 started here (Debian's package, a throw-away cluster on 127.0.0.1 and a free port,
# as postgres when root), next to one warm Apertium fr→es translation of the same segments.
# Usage: bash bench/memory/run.sh [--sizes 10000,1000000] [--rounds 300]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/bench/lib.sh"
PG=/usr/lib/postgresql/15/bin
[ -x "$PG/initdb" ] || { echo "PostgreSQL 15 is not installed: bash scripts/install-offline-engines.sh (as root)" >&2; exit 1; }
work=$(mktemp -d /tmp/newslingo-bench-memory.XXXXXX)
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$work"
port=$(free_port)
cleanup() { as_postgres "$PG/pg_ctl" -D "$work/data" stop -m fast -w >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
as_postgres "$PG/initdb" -D "$work/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
# Durable settings as a production server has them (fsync on), a modest cache.
as_postgres "$PG/pg_ctl" -D "$work/data" -l "$work/server.log" -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c shared_buffers=256MB" start -w >/dev/null
as_postgres "$PG/psql" -h "$work" -p "$port" -U postgres -d postgres -qc "CREATE DATABASE bench;"
build_release "$work" bench/NewsLingo.Bench.Memory
mkdir -p "$work/sqlite"
dotnet "$ROOT/bench/NewsLingo.Bench.Memory/bin/Release/net10.0/NewsLingo.Bench.Memory.dll" \
  --dir "$work/sqlite" --postgres "Host=127.0.0.1;Port=$port;Database=bench;Username=postgres" "$@"
echo
echo "PostgreSQL server processes' resident memory at the end (MiB): $(ps -o rss= -u postgres | awk '{ s += $1 } END { printf "%.0f", s / 1024 }')"
