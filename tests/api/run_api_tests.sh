#!/usr/bin/env bash
# tests/api/run_api_tests.sh FAZHI_BINARY sqlite|postgresql — the API tests against the real
# server: creates a demo database (a temporary SQLite file, or a fresh database in the
# PostgreSQL cluster of scripts/with-postgres, FAZHI_TEST_PG_URL), starts `fazhi serve` on a
# free loopback port, runs tests/api/*.test.mjs with Node's test runner, and stops the
# server and removes the files also when a test fails.
# Without FAZHI_TEST_PG_URL the postgresql run fails when FAZHI_REQUIRE_PG=1 (make test), else
# it is skipped with exit code 77 (ctest SKIP_RETURN_CODE).
set -euo pipefail

FAZHI="$(realpath "$1")"
BACKEND="${2:-sqlite}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORK="$(mktemp -d /tmp/fazhi-api.XXXXXX)"
SERVER_PID=""
PG_DB=""

cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ -n "$PG_DB" ]]; then
    psql "${FAZHI_TEST_PG_URL%/*}/postgres" -qc "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

case "$BACKEND" in
  sqlite)
    DB="sqlite:$WORK/fazhi.db"
    ;;
  postgresql)
    if [[ -z "${FAZHI_TEST_PG_URL:-}" ]]; then
      if [[ "${FAZHI_REQUIRE_PG:-0}" == 1 ]]; then
        echo "FAZHI_TEST_PG_URL is not set (run under scripts/with-postgres)" >&2
        exit 1
      fi
      echo "no PostgreSQL: skipped" >&2
      exit 77
    fi
    PG_DB="fazhi_api_$$"
    psql "${FAZHI_TEST_PG_URL%/*}/postgres" -qc "CREATE DATABASE $PG_DB" >/dev/null
    DB="${FAZHI_TEST_PG_URL%/*}/$PG_DB"
    ;;
  *) echo "usage: $0 FAZHI sqlite|postgresql" >&2; exit 2 ;;
esac

export FAZHI_CALENDAR_DIR="${FAZHI_CALENDAR_DIR:-$HERE/../../data/calendar}"
"$FAZHI" --db "$DB" demo --scale small --townships 3 --year 2025 >"$WORK/demo.log"

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
mkdir -p "$WORK/web"
echo '<!doctype html><title>Fazhi test</title>' >"$WORK/web/index.html"
FAZHI_SECURITY_LOCKOUT_MINUTES=15 "$FAZHI" --db "$DB" serve --listen "127.0.0.1:$PORT" \
  --web-root "$WORK/web" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

for _ in $(seq 1 100); do
  if curl -fsS "http://127.0.0.1:$PORT/api/v1/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "the server did not start:" >&2
    cat "$WORK/server.log" >&2
    exit 1
  fi
  sleep 0.1
done

status=0
FAZHI_API_URL="http://127.0.0.1:$PORT" FAZHI_BIN="$FAZHI" FAZHI_DB="$DB" FAZHI_BACKEND="$BACKEND" \
  node --test --test-concurrency=1 "$HERE"/*.test.mjs || status=$?
if [[ $status -ne 0 ]]; then
  echo "---- server log (last 60 lines) ----" >&2
  tail -n 60 "$WORK/server.log" >&2
fi
exit $status
