#!/usr/bin/env bash
# End-to-end tests of `fazhi audit verify` and `fazhi audit list`: a demo database verifies
# intact (exit 0); the database refuses UPDATE of an audit row; after tampering as someone
# with file access would (drop the trigger, change a row; delete a row) verify exits 1 and
# names that row. The same on PostgreSQL when FAZHI_TEST_PG_URL is set.
# Usage: audit_cli_test.sh PATH/TO/fazhi
set -uo pipefail
FAZHI="$1"
SRC="${FAZHI_SOURCE_DIR:?}"
export FAZHI_CALENDAR_DIR="$SRC/data/calendar"
export FAZHI_LANG=zh
WORK=$(mktemp -d)
PGDB=""
cleanup() {
  if [ -n "$PGDB" ]; then psql -q "$FAZHI_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $PGDB" >/dev/null 2>&1; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_exit() {  # expect_exit CODE CMD...
  local want=$1; shift
  "$@" >"$WORK/out" 2>"$WORK/err"
  local got=$?
  [ "$got" -eq "$want" ] || fail "exit $got (want $want): $* :: $(head -c 400 "$WORK/out" "$WORK/err")"
}
json_field() { jq -r "$1" "$WORK/out"; }

# --- SQLite: demo, then an intact chain ---
DB="sqlite:$WORK/audit.db"
expect_exit 0 "$FAZHI" --db "$DB" demo --townships 2 --year 2025 --seed 7
expect_exit 0 "$FAZHI" --db "$DB" audit verify
grep -q "审计日志完整" "$WORK/out" || fail "intact verify text: $(cat "$WORK/out")"
expect_exit 0 "$FAZHI" --db "$DB" --json audit verify
[ "$(json_field .intact)" = "true" ] || fail "verify --json intact"
ROWS=$(json_field .rows)
HEAD=$(json_field .headHash)
[ "${ROWS:-0}" -ge 2 ] || fail "demo wrote $ROWS audit rows"
[ "${#HEAD}" -eq 64 ] || fail "head hash: $HEAD"
[ "$(json_field .brokenSeq)" = "null" ] || fail "brokenSeq of an intact chain"

# One summary row for the demo (not one per generated record), plus the demo accounts.
expect_exit 0 "$FAZHI" --db "$DB" --json audit list --action demo
[ "$(json_field .total)" = "1" ] || fail "demo summary rows: $(json_field .total)"
[ "$(json_field '.items[0].after.townships')" = "2" ] || fail "demo summary: $(cat "$WORK/out")"
[ "$(json_field '.items[0].actorUsername')" = "cli" ] || fail "CLI actor"
expect_exit 0 "$FAZHI" --db "$DB" --json audit list --entity user --limit 3
[ "$(json_field '.items | length')" = "3" ] || fail "--limit 3"
[ "$(json_field .total)" -gt 3 ] || fail "demo accounts are audited"
jq -e '[.items[].after | tostring | test("argon2")] | any | not' "$WORK/out" >/dev/null \
  || fail "an audit row holds a password hash"
expect_exit 0 "$FAZHI" --db "$DB" audit list --limit 5
grep -q "demo" "$WORK/out" || fail "audit list text: $(cat "$WORK/out")"
expect_exit 2 "$FAZHI" --db "$DB" audit list --from 2025-02-30
expect_exit 2 "$FAZHI" --db "$DB" audit list --limit 0

# A change made through the CLI is audited, and the chain still verifies.
expect_exit 0 "$FAZHI" --db "$DB" settings set mediation.typical_limit_days 45 --basis 省司法厅通知
expect_exit 0 "$FAZHI" --db "$DB" --json audit list --action settings_set
[ "$(json_field '.items[0].after.value')" = "45" ] || fail "settings audit row: $(cat "$WORK/out")"
expect_exit 0 "$FAZHI" --db "$DB" audit verify

# The database itself refuses to change an audit row.
sqlite3 "$WORK/audit.db" "UPDATE audit_log SET after_json = '{}' WHERE seq = 3" >"$WORK/out" 2>&1 \
  && fail "sqlite3 could update audit_log"
grep -q "append-only" "$WORK/out" || fail "refusal message: $(cat "$WORK/out")"

# Tampering with file access: drop the trigger, change row 3.
cp "$WORK/audit.db" "$WORK/deleted.db"
sqlite3 "$WORK/audit.db" "DROP TRIGGER audit_log_no_update;
  UPDATE audit_log SET after_json = '{\"forged\":true}' WHERE seq = 3" || fail "tamper"
expect_exit 1 "$FAZHI" --db "$DB" audit verify
grep -q "第 3 条审计记录被篡改" "$WORK/out" || fail "verify does not name row 3: $(cat "$WORK/out")"
expect_exit 1 "$FAZHI" --db "$DB" --json audit verify
[ "$(json_field .intact)" = "false" ] || fail "verify --json after tampering"
[ "$(json_field .brokenSeq)" = "3" ] || fail "brokenSeq $(json_field .brokenSeq)"
[ "$(json_field .reason)" = "hash_mismatch" ] || fail "reason $(json_field .reason)"
expect_exit 1 "$FAZHI" --db "$DB" --lang en audit verify
grep -q "audit entry 3 was tampered with" "$WORK/out" || fail "English: $(cat "$WORK/out")"

# Deleting a row in the middle.
sqlite3 "$WORK/deleted.db" "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 5" \
  || fail "tamper (delete)"
expect_exit 1 "$FAZHI" --db "sqlite:$WORK/deleted.db" --json audit verify
[ "$(json_field .brokenSeq)" = "5" ] || fail "deleted row: brokenSeq $(json_field .brokenSeq)"
[ "$(json_field .reason)" = "gap" ] || fail "deleted row: reason $(json_field .reason)"

# --- PostgreSQL ---
if [ -n "${FAZHI_TEST_PG_URL:-}" ]; then
  PGDB="fazhi_audit_cli_$$"
  psql -q "$FAZHI_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $PGDB" -c "CREATE DATABASE $PGDB" || fail "createdb"
  PG_URL="${FAZHI_TEST_PG_URL%/*}/$PGDB"
  expect_exit 0 "$FAZHI" --db "$PG_URL" demo --townships 2 --year 2025 --seed 7
  expect_exit 0 "$FAZHI" --db "$PG_URL" --json audit verify
  [ "$(json_field .intact)" = "true" ] || fail "PostgreSQL verify intact"
  [ "$(json_field .rows)" = "$ROWS" ] || fail "PostgreSQL rows $(json_field .rows), SQLite $ROWS"
  psql -q "$PG_URL" -c "UPDATE audit_log SET after_json = '{}' WHERE seq = 2" >"$WORK/out" 2>&1 \
    && fail "psql could update audit_log"
  psql -q "$PG_URL" -c "DROP TRIGGER audit_log_no_update ON audit_log" \
    -c "UPDATE audit_log SET actor_username = 'someone' WHERE seq = 2" >/dev/null || fail "tamper (pg)"
  expect_exit 1 "$FAZHI" --db "$PG_URL" audit verify
  grep -q "第 2 条审计记录被篡改" "$WORK/out" || fail "PostgreSQL verify: $(cat "$WORK/out")"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "audit CLI tests passed"
