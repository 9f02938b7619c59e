#!/usr/bin/env bash
# Load test: NewsLingo (fake backends, zero latency, Release) against a bare grpc-dotnet server that
# answers Translate with a response of the same size, driven by the same closed-loop client at
# several concurrencies. Prints RPS, p50/p99 latency, server CPU seconds per 1,000 calls
# (/proc/PID/stat utime+stime), peak RSS (VmHWM) and the CPU-per-call ratio NewsLingo/bare.
# Loopback only. Bounded: about 4-5 minutes with the defaults on 2 cores (build excluded).
#
# Knobs (environment): LEVELS=1,10,50,200 DURATION=5 WARMUP=1 PRIME=5 ROUNDS=3 MAX_CALLS=400000
# Note: the client runs on the same machine and competes with the server for the CPU; RPS and
# latency are therefore lower bounds, while CPU per call (read from the server's own process) is not
# affected by the client's share.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=SCRIPTDIR/../lib.sh
source "$ROOT/bench/lib.sh"
LEVELS="${LEVELS:-1,10,50,200}"
DURATION="${DURATION:-5}"
WARMUP="${WARMUP:-1}"
PRIME="${PRIME:-5}"
ROUNDS="${ROUNDS:-3}"
MAX_CALLS="${MAX_CALLS:-400000}"
LOGS="$(mktemp -d /tmp/newslingo-load.XXXXXX)"
PIDS=()

cleanup() {
  stop_processes "${PIDS[@]}"
}
trap cleanup EXIT

build_release "$LOGS" src/NewsLingo.Server bench/NewsLingo.BareServer bench/NewsLingo.LoadClient

NEWSLINGO_GRPC_PORT="$(free_port)"
NEWSLINGO_HTTP_PORT="$(free_port)"
BARE_PORT="$(free_port)"

# Each server runs from its output folder so it finds its appsettings.json; `dotnet app.dll` runs the
# app in the dotnet process itself, so $! is the PID to read /proc from.
(
  cd "$ROOT/src/NewsLingo.Server/bin/Release/net10.0"
  export DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production
  export NewsLingo__Backends__Translator=fake NewsLingo__Backends__Summarizer=fake NewsLingo__Backends__LanguageDetector=fake
  export NewsLingo__Fakes__Latency=00:00:00
  export Kestrel__Endpoints__Grpc__Url="http://127.0.0.1:$NEWSLINGO_GRPC_PORT"
  export Kestrel__Endpoints__Http__Url="http://127.0.0.1:$NEWSLINGO_HTTP_PORT"
  exec dotnet NewsLingo.Server.dll > "$LOGS/newslingo.log" 2>&1
) &
PIDS+=($!)
NEWSLINGO_PID=$!

(
  cd "$ROOT/bench/NewsLingo.BareServer/bin/Release/net10.0"
  export DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production
  export Kestrel__Endpoints__Grpc__Url="http://127.0.0.1:$BARE_PORT"
  exec dotnet NewsLingo.BareServer.dll > "$LOGS/bare.log" 2>&1
) &
PIDS+=($!)
BARE_PID=$!

echo "NewsLingo pid $NEWSLINGO_PID on 127.0.0.1:$NEWSLINGO_GRPC_PORT, bare pid $BARE_PID on 127.0.0.1:$BARE_PORT; logs in $LOGS"
echo "Machine: $(nproc) cores, $(uname -sr), $(dotnet --version)"

timeout 540 dotnet "$ROOT/bench/NewsLingo.LoadClient/bin/Release/net10.0/NewsLingo.LoadClient.dll" \
  --target "newslingo,http://127.0.0.1:$NEWSLINGO_GRPC_PORT,$NEWSLINGO_PID" \
  --target "bare,http://127.0.0.1:$BARE_PORT,$BARE_PID" \
  --concurrency "$LEVELS" --duration "$DURATION" --warmup "$WARMUP" --prime "$PRIME" --rounds "$ROUNDS" \
  --max-calls "$MAX_CALLS" --clock-ticks "$(getconf CLK_TCK)"
