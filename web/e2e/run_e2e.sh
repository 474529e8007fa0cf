#!/usr/bin/env bash
# web/e2e/run_e2e.sh FAZHI_BINARY — the browser tests against the REAL server: builds the UI
# when web/dist is missing or older than web/src, creates a temporary SQLite demo database
# (3 townships, 2025), starts `fazhi serve` on a free loopback port with that database and
# web/dist, runs web/e2e/run.mjs (playwright-core in Debian's /usr/bin/chromium), and stops
# the server and removes the files also when a scenario fails. Screenshots go to
# docs/screenshots/ (E2E_SCREENSHOTS overrides). Never skips: no Chromium is a failure.
set -euo pipefail

FAZHI="$(realpath "$1")"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WEB="$(cd "$HERE/.." && pwd)"
ROOT="$(cd "$WEB/.." && pwd)"
WORK="$(mktemp -d /tmp/fazhi-e2e.XXXXXX)"
SERVER_PID=""

cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [[ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]]; then
  echo "e2e: no Chromium at ${CHROMIUM:-/usr/bin/chromium} (scripts/bootstrap installs Debian's chromium)" >&2
  exit 1
fi
cd "$WEB"
if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules ]]; then
  npm ci --no-audit --no-fund
fi
if [[ ! -f dist/index.html ]] || [[ -n "$(find src index.html vite.config.ts -newer dist/index.html -print -quit)" ]]; then
  npm run build
fi

export FAZHI_CALENDAR_DIR="${FAZHI_CALENDAR_DIR:-$ROOT/data/calendar}"
DB="sqlite:$WORK/fazhi.db"
"$FAZHI" --db "$DB" demo --scale small --townships 3 --year 2025 >"$WORK/demo.log"

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"$FAZHI" --db "$DB" serve --listen "127.0.0.1:$PORT" --web-root "$WEB/dist" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  if curl -fsS "http://127.0.0.1:$PORT/api/v1/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "e2e: the server did not start:" >&2
    cat "$WORK/server.log" >&2
    exit 1
  fi
  sleep 0.1
done

status=0
E2E_BASE_URL="http://127.0.0.1:$PORT" E2E_SCREENSHOTS="${E2E_SCREENSHOTS:-$ROOT/docs/screenshots}" \
  E2E_DATA_DIR="$ROOT/tests/data" E2E_WORK="$WORK" FAZHI_BIN="$FAZHI" FAZHI_DB="$DB" \
  node "$HERE/run.mjs" || status=$?
if [[ $status -ne 0 ]]; then
  echo "---- server log (last 40 lines) ----" >&2
  tail -n 40 "$WORK/server.log" >&2
fi
exit $status
