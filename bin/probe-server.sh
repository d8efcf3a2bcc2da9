# Sourced by the bin/probe-* scripts: `probe_server NAME DIR PORT [VAR=value ...]` starts `bin/rocket serve --dev` in
# DIR on PORT with those variables (and access logs at WARN), sets PROBE_PID to the server's pid, and waits for
# /health; when the server gives up or does not answer within 120 s it prints the end of DIR/server.log and exits 1.
probe_server() {
  local name=$1 dir=$2 port=$3
  shift 3
  (cd "$dir" && exec env ROCKET_HTTP_LOG_LEVEL=WARN "$@" "$ROOT/bin/rocket" serve --dev --port "$port" \
    > "$dir/server.log" 2>&1) &
  PROBE_PID=$!   # bin/rocket execs java, so this is the server itself
  for _ in $(seq 1 120); do
    curl -sf "localhost:$port/health" >/dev/null && return 0
    kill -0 "$PROBE_PID" 2>/dev/null || break   # the server already gave up
    sleep 1
  done
  echo "$name: the server did not answer /health on port $port; its log ends:" >&2
  tail -n 20 "$dir/server.log" >&2
  kill "$PROBE_PID" 2>/dev/null || true
  exit 1
}
