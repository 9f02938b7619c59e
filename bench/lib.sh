# Shell functions the bench scripts share (bench/load, bench/scale, bench/quality). Source it after
# setting ROOT to the repository, so the scripts run from any working directory:
#   ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
#   source "$ROOT/bench/lib.sh"

# A free TCP port on 127.0.0.1 (the bench servers never take fixed ports: others may run on a shared machine).
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Builds each project (a path under ROOT) in Release, quietly, its log in DIR; prints the log and
# exits when one fails.  Usage: build_release DIR PROJECT...
build_release() {
  local logs="$1" project
  shift
  echo "Building (Release)..."
  for project in "$@"; do
    dotnet build -c Release -v q -nologo "$ROOT/$project" > "$logs/build-$(basename "$project").log" 2>&1 \
      || { cat "$logs/build-$(basename "$project").log"; exit 1; }
  done
}

# Stops the processes this script started and waits for them: SIGTERM to each PID (a negative one:
# its whole process group), then a wait for each. For the scripts' EXIT traps; never fails.
# Usage: stop_processes PID...
stop_processes() {
  local pid
  for pid in "$@"; do
    kill -- "$pid" 2>/dev/null || true
  done
  for pid in "$@"; do
    wait "${pid#-}" 2>/dev/null || true
  done
}
