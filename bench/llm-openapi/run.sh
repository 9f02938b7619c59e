#!/usr/bin/env bash
# The LLM adapter checked against OpenAI's own description of its API: Prism (npm @stoplight/prism-cli
# 5.16.0) serves ../shared/openai-reference/openapi.yaml on loopback, validates every request against it
# (--errors: a request that breaks the description is answered 422 with the violation) and answers
# with examples built from the schemas, which a client must survive as it survives any unexpected
# answer. NewsLingo runs with the LLM as translator and summarizer against it, and the newslingo CLI
# sends Translate, Summarize and ProcessArticle calls. Printed per call: the CLI's exit code and the
# status; then the requests Prism refused. The check passes when no request was refused and every
# call ended as a translation/summary or as a backend failure (UNAVAILABLE with a backend reason, or
# a served fallback), never INTERNAL. The yaml is read from ../shared at run time, never copied.
#
# Knobs (environment): CALLS=3 (of each kind), SHARED=path to the shared folder.
# Not in CI: Prism's install (npm) and its start on the 3 MB description take minutes on 2 cores.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=SCRIPTDIR/../lib.sh
source "$ROOT/bench/lib.sh"
CALLS="${CALLS:-3}"
SHARED="${SHARED:-}"
if [[ -z "$SHARED" ]]; then
  dir="$ROOT"
  while [[ "$dir" != "/" && ! -f "$dir/shared/openai-reference/openapi.yaml" ]]; do dir="$(dirname "$dir")"; done
  SHARED="$dir/shared"
fi
SPEC="$SHARED/openai-reference/openapi.yaml"
[[ -f "$SPEC" ]] || { echo "OpenAI's description is not here ($SPEC): set SHARED to the shared folder." >&2; exit 2; }

LOGS="$(mktemp -d /tmp/newslingo-llm-openapi.XXXXXX)"
PIDS=()
cleanup() { stop_processes "${PIDS[@]}"; }
trap cleanup EXIT

echo "Installing Prism (npm) in bench/llm-openapi..."
(cd "$ROOT/bench/llm-openapi" && npm install --no-audit --no-fund --loglevel=error > "$LOGS/npm.log" 2>&1) || { cat "$LOGS/npm.log"; exit 1; }
build_release "$LOGS" src/NewsLingo.Server src/NewsLingo.Cli

PRISM_PORT="$(free_port)"
GRPC_PORT="$(free_port)"
HTTP_PORT="$(free_port)"
"$ROOT/bench/llm-openapi/node_modules/.bin/prism" mock "$SPEC" -h 127.0.0.1 -p "$PRISM_PORT" --errors > "$LOGS/prism.log" 2>&1 &
PIDS+=($!)
echo "Prism on 127.0.0.1:$PRISM_PORT (log $LOGS/prism.log); waiting for it to read the description..."
for _ in $(seq 1 600); do
  grep -q "Prism is listening" "$LOGS/prism.log" 2>/dev/null && break
  sleep 1
done
grep -q "Prism is listening" "$LOGS/prism.log" || { tail -20 "$LOGS/prism.log"; exit 1; }

(
  cd "$ROOT/src/NewsLingo.Server/bin/Release/net10.0"
  export DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production
  export NewsLingo__Backends__Translator=llm NewsLingo__Backends__Summarizer=llm NewsLingo__Backends__LanguageDetector=fake
  export NewsLingo__Llm__Provider=OpenAI NewsLingo__Llm__ModelId=gpt-4o-mini NewsLingo__Llm__ApiKey=sk-prism-check
  export NewsLingo__Llm__Endpoint="http://127.0.0.1:$PRISM_PORT/"
  export NewsLingo__Cache__Enabled=false NewsLingo__Resilience__RetryBaseDelay=00:00:00.050
  export Kestrel__Endpoints__Grpc__Url="http://127.0.0.1:$GRPC_PORT" Kestrel__Endpoints__Http__Url="http://127.0.0.1:$HTTP_PORT"
  exec dotnet NewsLingo.Server.dll > "$LOGS/newslingo.log" 2>&1
) &
PIDS+=($!)
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$HTTP_PORT/healthz" > /dev/null 2>&1 && break
  sleep 1
done

CLI=(dotnet "$ROOT/src/NewsLingo.Cli/bin/Release/net10.0/newslingo.dll" --server "http://127.0.0.1:$GRPC_PORT" --timeout 120s)
[[ -f "${CLI[1]}" ]] || CLI=(dotnet "$ROOT/src/NewsLingo.Cli/bin/Release/net10.0/NewsLingo.Cli.dll" --server "http://127.0.0.1:$GRPC_PORT" --timeout 120s)
ARTICLE="$ROOT/tests/samples/palmyre-euronews.txt"
internal=0
echo
echo "| call | exit | outcome |"
echo "|---|---:|---|"
run() {
  local name="$1" code=0 out
  shift
  out="$("${CLI[@]}" "$@" 2>&1)" || code=$?
  local outcome
  outcome="$(printf '%s' "$out" | grep -oE '(Unavailable|Internal|DeadlineExceeded|InvalidArgument|ResourceExhausted)[^.]*' | head -1 || true)"
  [[ -z "$outcome" && $code -eq 0 ]] && outcome="served: $(printf '%s' "$out" | grep -oE 'fallbacks?[^\n]*' | head -1 || true)"
  printf '%s' "$out" | grep -q "Internal" && internal=$((internal + 1))
  echo "| $name | $code | ${outcome:0:160} |"
}
for i in $(seq 1 "$CALLS"); do
  run "translate $i" translate "Le maire de Palmyre a parlé devant le conseil, $i fois." --from fr --to en
  run "summarize $i" summarize "$ARTICLE" --from fr --to en --sentences 2
  # In the source language no translation follows: the llm summarizer's default fallback (extractive) serves.
  run "summarize fr $i" summarize "$ARTICLE" --from fr --to fr --sentences 2
  run "article $i" article "$ARTICLE" --from fr --to en,es --summary-sentences 2 --format json
done

refused="$(grep -cE "Request (body|query|header|path)|violation|\\b422\\b" "$LOGS/prism.log" || true)"
echo
echo "Prism: $(grep -cE "Request received|Responding with" "$LOGS/prism.log" || true) log lines of requests and answers; lines naming a request violation or 422: $refused"
echo "INTERNAL answers: $internal"
grep -E "threw|circuit|fallback" "$LOGS/newslingo.log" | head -5 || true
[[ "$refused" -eq 0 && "$internal" -eq 0 ]] && echo "PASS" || { echo "FAIL (logs in $LOGS)"; exit 1; }
