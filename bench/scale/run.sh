#!/usr/bin/env bash
# Scale-out bench: three NewsLingo instances (fake backends, Release) sharing one redis-server,
# behind HAProxy 2.6 (HTTP/2 on both sides), all on 127.0.0.1, in a temp dir, stopped on exit.
#
#   1. checks (bench/NewsLingo.ScaleOut): 3,000 Translate calls over ONE channel spread over the
#      three instances (each 25-45 %, read from each instance's /metrics); an article translated on
#      instance 1 is a Redis hit on 2 and 3 (0 billed characters); SIGKILL of one instance mid-run
#      loses no call the client retries per the contract, and HAProxy takes it out (once with HAProxy's
#      L7 retries, once with them off so that only the client's retries save the calls); a ProcessArticles
#      feed of 200 articles over one stream completes while the instances restart one by one
#      (the client resumes on a new stream with the articles not yet answered); and, last of all
#      (after the load phase), with Redis killed every call is still answered, billed, health is
#      Degraded and every instance is still UP;
#   2. load (bench/NewsLingo.LoadClient, as bench/load/run.sh): calls/s and CPU per call of one
#      instance reached directly, of the same instance behind HAProxy, of three behind HAProxy and of
#      three behind nginx (grpc_pass), interleaved rounds, CPU read from /proc for every process
#      (instances, HAProxy, nginx's master and workers).
#
# Needs redis-server, haproxy and nginx (apt-get install -y redis-server haproxy nginx-light).
# About 5 minutes on 2 cores.
# Knobs (environment): PHASES="checks load" CALLS=3000 FEED=200 LEVELS=10,50 DURATION=5 ROUNDS=3
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=SCRIPTDIR/../lib.sh
source "$ROOT/bench/lib.sh"
HERE="$ROOT/bench/scale"
PHASES="${PHASES:-checks load}"
CALLS="${CALLS:-3000}"
FEED="${FEED:-200}"
LEVELS="${LEVELS:-10,50}"
DURATION="${DURATION:-5}"
ROUNDS="${ROUNDS:-3}"
STATE="$(mktemp -d /tmp/newslingo-scale.XXXXXX)"
OTHER_PIDS=()

for tool in redis-server haproxy nginx curl python3; do
  command -v "$tool" > /dev/null || { echo "$tool is missing (apt-get install -y redis-server haproxy nginx-light curl python3)" >&2; exit 1; }
done

cleanup() {
  for n in 1 2 3; do
    [ -f "$STATE/instance-$n.env" ] && bash "$HERE/instance.sh" stop "$STATE" "$n" || true
  done
  stop_processes "${OTHER_PIDS[@]}"
  if [ -n "${KEEP_STATE:-}" ]; then echo "logs kept in $STATE"; else rm -rf "$STATE"; fi
}
trap cleanup EXIT

build_release "$STATE" src/NewsLingo.Server bench/NewsLingo.ScaleOut bench/NewsLingo.LoadClient

REDIS_PORT="$(free_port)"
redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no --dir "$STATE" > "$STATE/redis.log" 2>&1 &
REDIS_PID=$!
OTHER_PIDS+=($REDIS_PID)

for n in 1 2 3; do
  cat > "$STATE/instance-$n.env" <<ENV
GRPC_PORT=$(free_port)
HTTP_PORT=$(free_port)
REDIS_PORT=$REDIS_PORT
SHUTDOWN_TIMEOUT=00:00:03
ENV
done
for n in 1 2 3; do
  bash "$HERE/instance.sh" start "$STATE" "$n"
done

port_of() { (source "$STATE/instance-$1.env"; eval echo "\$$2"); }
LB_PORT="$(free_port)"
LB_SINGLE_PORT="$(free_port)"
LB_CLIENT_RETRIES_PORT="$(free_port)"
STATS_PORT="$(free_port)"
sed -e "s/@LB_PORT@/$LB_PORT/" -e "s/@LB_SINGLE_PORT@/$LB_SINGLE_PORT/" -e "s/@LB_CLIENT_RETRIES_PORT@/$LB_CLIENT_RETRIES_PORT/" -e "s/@STATS_PORT@/$STATS_PORT/" \
    -e "s/@GRPC_PORT_1@/$(port_of 1 GRPC_PORT)/" -e "s/@GRPC_PORT_2@/$(port_of 2 GRPC_PORT)/" -e "s/@GRPC_PORT_3@/$(port_of 3 GRPC_PORT)/" \
    -e "s/@HTTP_PORT_1@/$(port_of 1 HTTP_PORT)/" -e "s/@HTTP_PORT_2@/$(port_of 2 HTTP_PORT)/" -e "s/@HTTP_PORT_3@/$(port_of 3 HTTP_PORT)/" \
    "$HERE/haproxy.cfg.template" > "$STATE/haproxy.cfg"
haproxy -db -f "$STATE/haproxy.cfg" > "$STATE/haproxy.log" 2>&1 &
HAPROXY_PID=$!
OTHER_PIDS+=($HAPROXY_PID)

echo "Machine: $(nproc) cores, $(uname -sr), dotnet $(dotnet --version), $(haproxy -v | head -1 | cut -d' ' -f1-3), $(redis-server --version | cut -d' ' -f1-3)"
echo "HAProxy pid $HAPROXY_PID on 127.0.0.1:$LB_PORT (stats :$STATS_PORT), Redis :$REDIS_PORT, instances:"
for n in 1 2 3; do echo "  i$n pid $(cat "$STATE/instance-$n.pid") grpc :$(port_of "$n" GRPC_PORT) http :$(port_of "$n" HTTP_PORT)"; done

status=0
instance_args=()
for n in 1 2 3; do
  instance_args+=(--instance "i$n,http://127.0.0.1:$(port_of "$n" GRPC_PORT),http://127.0.0.1:$(port_of "$n" HTTP_PORT),$STATE/instance-$n.pid")
done
checker() {
  timeout 400 dotnet "$ROOT/bench/NewsLingo.ScaleOut/bin/Release/net10.0/NewsLingo.ScaleOut.dll" \
    --balancer "http://127.0.0.1:$LB_PORT" --balancer-client-retries "http://127.0.0.1:$LB_CLIENT_RETRIES_PORT" --balancer-stats "http://127.0.0.1:$STATS_PORT/stats;csv" \
    "${instance_args[@]}" --control "bash $HERE/instance.sh {action} $STATE {n}" --redis-pid "$REDIS_PID" \
    --calls "$CALLS" --feed "$FEED" "$@"
}

if [[ " $PHASES " == *" checks "* ]]; then
  checker || status=$?
fi

if [[ " $PHASES " == *" load "* ]]; then
  NGINX_PORT="$(free_port)"
  sed -e "s#@STATE@#$STATE#g" -e "s/@NGINX_PORT@/$NGINX_PORT/" \
      -e "s/@GRPC_PORT_1@/$(port_of 1 GRPC_PORT)/" -e "s/@GRPC_PORT_2@/$(port_of 2 GRPC_PORT)/" -e "s/@GRPC_PORT_3@/$(port_of 3 GRPC_PORT)/" \
      "$HERE/nginx.conf.template" > "$STATE/nginx.conf"
  nginx -e "$STATE/nginx-error.log" -c "$STATE/nginx.conf" -g 'daemon off;' > "$STATE/nginx.log" 2>&1 &
  NGINX_PID=$!
  OTHER_PIDS+=($NGINX_PID)
  sleep 1
  # The master and its workers (the workers do the proxying), all under the label "nginx".
  NGINX_PIDS="nginx:$NGINX_PID$(for w in $(pgrep -P "$NGINX_PID"); do printf '+nginx:%s' "$w"; done)"
  pid_of() { cat "$STATE/instance-$1.pid"; }
  timeout 540 dotnet "$ROOT/bench/NewsLingo.LoadClient/bin/Release/net10.0/NewsLingo.LoadClient.dll" \
    --target "one,http://127.0.0.1:$(port_of 1 GRPC_PORT),i1:$(pid_of 1)" \
    --target "one-via-haproxy,http://127.0.0.1:$LB_SINGLE_PORT,haproxy:$HAPROXY_PID+i1:$(pid_of 1)" \
    --target "three-via-haproxy,http://127.0.0.1:$LB_PORT,haproxy:$HAPROXY_PID+i1:$(pid_of 1)+i2:$(pid_of 2)+i3:$(pid_of 3)" \
    --target "three-via-nginx,http://127.0.0.1:$NGINX_PORT,$NGINX_PIDS+i1:$(pid_of 1)+i2:$(pid_of 2)+i3:$(pid_of 3)" \
    --concurrency "$LEVELS" --duration "$DURATION" --warmup 1 --prime 5 --rounds "$ROUNDS" \
    --clock-ticks "$(getconf CLK_TCK)" || status=$?
fi

if [[ " $PHASES " == *" checks "* ]]; then
  checker --redis-outage || status=$?
fi

exit "$status"
