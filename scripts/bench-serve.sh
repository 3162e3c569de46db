#!/usr/bin/env bash
# Measures `newsfuse serve` on loopback: grows a store of N articles from an analysed store (no analysis
# is run again), starts the server on it, reports startup time and heap, then measures each request's
# latency with the built-in bounded load generator.
#   scripts/bench-serve.sh SOURCE_STORE [N=10000] [PORT=18080]
# SOURCE_STORE: a store made by `./newsfuse ingest --db DIR FILES...` (e.g. the bundled examples/).
# The grown store is kept in /tmp/newsfuse-bench-serve-N (delete it to grow it again).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source="${1:?usage: scripts/bench-serve.sh SOURCE_STORE [N] [PORT]}"
n="${2:-10000}"
port="${3:-18080}"
store="/tmp/newsfuse-bench-serve-$n"
cd "$here"
if [ ! -d "$store" ]; then
  NEWSFUSE_JAVA_OPTS=-Xmx4g ./newsfuse bench --grow-store "$source" --into "$store" --articles "$n"
fi
log="$(mktemp)"
start=$(date +%s.%N)
NEWSFUSE_JAVA_OPTS="${SERVE_JAVA_OPTS:--Xmx2g}" ./newsfuse serve --db "$store" --port "$port" 2>"$log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 600); do
  if grep -q "newsfuse: serving" "$log"; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then cat "$log" >&2; exit 1; fi
  sleep 0.2
done
ready=$(date +%s.%N)
printf 'store: %s (%s articles, %s stories)\n' "$store" \
  "$(sqlite3 "$store/newsfuse.db" 'select count(*) from articles' 2>/dev/null || echo '?')" \
  "$(sqlite3 "$store/newsfuse.db" 'select count(*) from stories' 2>/dev/null || echo '?')"
printf 'startup (launch to listening, JVM start included): %.1f s\n' "$(echo "$ready - $start" | bc)"
java_pid=$(pgrep -P "$server" java || echo "$server")
if command -v jcmd >/dev/null || [ -x "${JAVA_HOME:-}/bin/jcmd" ]; then
  jcmd_bin="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
  live=$("$jcmd_bin" "$java_pid" GC.class_histogram 2>/dev/null | awk '/^Total/ {print $3}')
  [ -n "$live" ] && printf 'live heap after start (class histogram, full GC): %d MB\n' $((live / 1024 / 1024))
fi
./newsfuse bench --serve-latency "http://127.0.0.1:$port/" --concurrency "${CONCURRENCY:-2}" --requests "${REQUESTS:-500}"
