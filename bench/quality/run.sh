#!/usr/bin/env bash
# Translation quality of the offline default: the FLORES-200 dev sentences (997, ../shared/quality)
# translated fr→en and fr→es by a NewsLingo server whose only translator is Apertium (fr→en goes
# through Catalan), scored with BLEU and chrF2 as sacrebleu's defaults compute them, with the
# characters billed per backend and the wall time. The server listens on free loopback ports (other
# servers may hold 5080 on a shared machine) and is stopped on exit, whatever happens.
#
# Knobs (environment): TARGETS=en,es BATCH=50 OUT=/tmp/newslingo-quality.XXXXXX (translations, to
# rescore with --score-file) DATA=../shared/quality; extra arguments go to the bench (--translator X).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=SCRIPTDIR/../lib.sh
source "$ROOT/bench/lib.sh"
DATA="${DATA:-$ROOT/../shared/quality}"
TARGETS="${TARGETS:-en,es}"
BATCH="${BATCH:-50}"
OUT="${OUT:-$(mktemp -d /tmp/newslingo-quality.XXXXXX)}"
SERVER_PID=""

cleanup() {
  if [[ -n "$SERVER_PID" ]]; then
    # The server runs in a session of its own: the group holds `dotnet run` and the server it started.
    stop_processes "-$SERVER_PID"
  fi
}
trap cleanup EXIT

build_release "$OUT" src/NewsLingo.Server bench/NewsLingo.Bench.Quality

GRPC_PORT="$(free_port)"
HTTP_PORT="$(free_port)"
echo "Starting the server on 127.0.0.1:$GRPC_PORT (Apertium only; log: $OUT/server.log)..."
(
  cd "$ROOT"
  export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
  export NewsLingo__Backends__Translator=apertium
  export Kestrel__Endpoints__Grpc__Url="http://127.0.0.1:$GRPC_PORT"
  export Kestrel__Endpoints__Http__Url="http://127.0.0.1:$HTTP_PORT"
  exec setsid dotnet run -c Release --no-build --no-launch-profile --project src/NewsLingo.Server > "$OUT/server.log" 2>&1
) &
SERVER_PID=$!

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$HTTP_PORT/healthz" > /dev/null 2>&1; then
    break
  fi
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "The server stopped:" >&2; cat "$OUT/server.log" >&2; exit 1; }
  sleep 1
done
curl -fsS "http://127.0.0.1:$HTTP_PORT/healthz" > /dev/null || { echo "The server is not healthy after 120 s." >&2; exit 1; }

dotnet "$ROOT/bench/NewsLingo.Bench.Quality/bin/Release/net10.0/NewsLingo.Bench.Quality.dll" \
  --server "http://127.0.0.1:$GRPC_PORT" --data "$DATA" --targets "$TARGETS" --batch "$BATCH" --output "$OUT" "$@"
