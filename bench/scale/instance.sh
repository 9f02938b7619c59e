#!/usr/bin/env bash
# Starts, stops (SIGTERM: graceful drain) or kills (SIGKILL: a crash) one NewsLingo instance of the
# scale-out bench. run.sh writes STATE/instance-N.env (its ports and settings) and starts each
# instance through this script; the checker restarts them through it too.
# Usage: instance.sh start|stop|kill STATE N
set -euo pipefail

ACTION="$1"
STATE="$2"
N="$3"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PIDFILE="$STATE/instance-$N.pid"
# shellcheck disable=SC1090
source "$STATE/instance-$N.env"

wait_gone() {
  local pid="$1"
  for _ in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  echo "instance $N (pid $pid) did not exit" >&2
  return 1
}

case "$ACTION" in
  start)
    (
      cd "$ROOT/src/NewsLingo.Server/bin/Release/net10.0"
      export DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production
      export NewsLingo__Backends__Translator=fake NewsLingo__Backends__Summarizer=fake NewsLingo__Backends__LanguageDetector=fake
      export NewsLingo__Fakes__Latency=00:00:00
      export NewsLingo__Cache__Redis="127.0.0.1:$REDIS_PORT"
      export NewsLingo__Shutdown__Timeout="$SHUTDOWN_TIMEOUT"
      export Kestrel__Endpoints__Grpc__Url="http://127.0.0.1:$GRPC_PORT"
      export Kestrel__Endpoints__Http__Url="http://127.0.0.1:$HTTP_PORT"
      # `dotnet app.dll` runs the app in this process: its PID is the one to read /proc from and to signal.
      exec dotnet NewsLingo.Server.dll >> "$STATE/instance-$N.log" 2>&1
    ) < /dev/null &
    echo $! > "$PIDFILE"
    for _ in $(seq 1 300); do
      if curl -fsS "http://127.0.0.1:$HTTP_PORT/healthz" > /dev/null 2>&1; then
        exit 0
      fi
      kill -0 "$(cat "$PIDFILE")" 2>/dev/null || { echo "instance $N died at start-up:" >&2; tail -20 "$STATE/instance-$N.log" >&2; exit 1; }
      sleep 0.1
    done
    echo "instance $N not healthy after 30 s" >&2
    exit 1
    ;;
  stop|kill)
    [ -f "$PIDFILE" ] || exit 0
    PID="$(cat "$PIDFILE")"
    kill "-$([ "$ACTION" = kill ] && echo KILL || echo TERM)" "$PID" 2>/dev/null || true
    wait_gone "$PID"
    rm -f "$PIDFILE"
    ;;
  *)
    echo "usage: instance.sh start|stop|kill STATE N" >&2
    exit 2
    ;;
esac
