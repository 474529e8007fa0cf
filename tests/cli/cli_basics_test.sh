#!/usr/bin/env bash
# End-to-end tests of the `fazhi` binary: exit codes, --json output, the calendar vectors of
# domain-rules.md §2, validation, and the demo → indicators → alerts flow on SQLite (and on
# PostgreSQL when FAZHI_TEST_PG_URL is set, comparing both databases' indicators).
# Usage: cli_basics_test.sh PATH/TO/fazhi
set -uo pipefail
FAZHI="$1"
SRC="${FAZHI_SOURCE_DIR:?}"
export FAZHI_CALENDAR_DIR="$SRC/data/calendar"
export FAZHI_LANG=zh
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_exit() {  # expect_exit CODE CMD...
  local want=$1; shift
  "$@" >"$WORK/out" 2>"$WORK/err"
  local got=$?
  [ "$got" -eq "$want" ] || fail "exit $got (want $want): $* :: $(head -c 400 "$WORK/err")"
}
json_field() { jq -r "$1" "$WORK/out"; }

# --- usage and help ---
expect_exit 0 "$FAZHI" --help
grep -q "indicators" "$WORK/out" || fail "--help does not list indicators"
expect_exit 2 "$FAZHI" no-such-command
expect_exit 2 "$FAZHI" calendar deadline --days 3

# --- calendar: every vector of domain-rules.md CAL-08 ---
check_deadline() {  # from days unit want
  expect_exit 0 "$FAZHI" --json calendar deadline --from "$1" --days "$2" --unit "$3"
  local due; due=$(json_field .due)
  [ "$due" = "$4" ] || fail "deadline $2 $3 from $1: got $due want $4"
}
check_deadline 2025-09-26 7 workday 2025-10-13
check_deadline 2025-09-26 20 workday 2025-10-30
check_deadline 2026-02-12 7 workday 2026-02-28
check_deadline 2026-01-30 20 workday 2026-03-05
check_deadline 2024-04-30 5 workday 2024-05-10
check_deadline 2025-08-03 60 calendar 2025-10-09
check_deadline 2025-11-05 90 calendar 2026-02-03
expect_exit 0 "$FAZHI" --json calendar deadline --from 2025-08-03 --days 60 --unit calendar
[ "$(json_field .rolledForward)" = "true" ] || fail "60 days from 2025-08-03 should roll forward"
expect_exit 0 "$FAZHI" --json calendar deadline --from 2026-12-20 --days 20 --unit workday
[ "$(json_field .provisional)" = "true" ] || fail "a deadline reaching 2027 must be provisional"
expect_exit 0 "$FAZHI" --json calendar deadline --from 2025-03-03 --rule PET-08
[ "$(json_field .basis.law)" = "信访工作条例" ] || fail "PET-08 basis: $(json_field .basis.law)"
expect_exit 2 "$FAZHI" calendar deadline --from 2025-02-30 --days 3
grep -q "from" "$WORK/err" || fail "bad --from error does not name the field"
expect_exit 0 "$FAZHI" calendar deadline --from 2025-09-26 --days 7 --json   # global option after the command
[ "$(json_field .due)" = "2025-10-13" ] || fail "--json after the command"
expect_exit 0 "$FAZHI" --json calendar is-workday 2026-02-28
[ "$(json_field .workingDay)" = "true" ] || fail "2026-02-28 is a 调休 working day"
expect_exit 0 "$FAZHI" --json calendar is-workday 2025-10-08
[ "$(json_field .workingDay)" = "false" ] || fail "2025-10-08 is a holiday"

# --- validation ---
expect_exit 0 "$FAZHI" --json validate idcard 11010519491231002x
[ "$(json_field .normalized)" = "11010519491231002X" ] || fail "idcard normalisation"
expect_exit 0 "$FAZHI" --json validate idcard 110105491231002
[ "$(json_field .normalized)" = "11010519491231002X" ] || fail "15-digit conversion"
expect_exit 1 "$FAZHI" validate idcard 110105194912310025
grep -q "校验位" "$WORK/err" || fail "wrong check digit message: $(cat "$WORK/err")"
expect_exit 1 "$FAZHI" --lang en validate idcard 110105194912310025
grep -qi "check" "$WORK/err" || fail "English message: $(cat "$WORK/err")"
expect_exit 0 "$FAZHI" validate uscc 91350100M000100Y43
expect_exit 1 "$FAZHI" --json validate uscc 91350100M000100Y44
[ "$(json_field .error.field)" = "uscc" ] || fail "uscc error field"

# --- demo → indicators → alerts on SQLite ---
DB="sqlite:$WORK/demo.db"
expect_exit 0 "$FAZHI" --db "$DB" demo --townships 2 --year 2025 --seed 7
expect_exit 0 "$FAZHI" --db "$DB" --json org list
TOWNSHIP=$(jq -r '[.regions[] | select(.level=="township")][0].code' "$WORK/out")
COUNTY=$(jq -r '[.regions[] | select(.level=="county")][0].code' "$WORK/out")
expect_exit 0 "$FAZHI" --db "$DB" --json indicators --unit "$TOWNSHIP" --year 2025
cp "$WORK/out" "$WORK/sqlite-indicators.json"
n=$(jq '[.indicators[] | select(.code=="med_success_rate")][0].denominator' "$WORK/out")
[ "${n:-0}" -gt 0 ] || fail "demo township has no concluded mediations"
expect_exit 0 "$FAZHI" --db "$DB" --json indicators --unit "$COUNTY" --year 2025
[ "$(jq '.townships | length' "$WORK/out")" = "2" ] || fail "county lists its 2 townships"
expect_exit 1 "$FAZHI" --db "$DB" alerts --unit "$COUNTY" --on 2025-12-31
grep -q "已逾期" "$WORK/out" || fail "demo shows no overdue alert"
expect_exit 1 "$FAZHI" --db "$DB" indicators --unit 500199999000 --year 2025
expect_exit 2 "$FAZHI" --db "$DB" indicators --unit 12ab --year 2025

# Setting up a real organisation and an account from the command line.
ORG="sqlite:$WORK/org.db"
expect_exit 0 "$FAZHI" --db "$ORG" migrate
expect_exit 1 "$FAZHI" --db "$ORG" org add --code 500230100000 --name 许明寺镇
grep -q "500230000000" "$WORK/err" || fail "adding a township before its county names the county"
expect_exit 0 "$FAZHI" --db "$ORG" org add --code 500230000000 --name 丰都县
expect_exit 0 "$FAZHI" --db "$ORG" org add --code 500230100000 --name 许明寺镇
expect_exit 0 "$FAZHI" --db "$ORG" org add --code 500230100201 --name 新春村
expect_exit 1 "$FAZHI" --db "$ORG" org add --code 500230100000 --name 重复
expect_exit 0 "$FAZHI" --db "$ORG" org department add --unit 500230100000 --name 司法所 --kind 司法行政
echo 'Weak' | "$FAZHI" --db "$ORG" user add --username clerk1 --role clerk --unit 500230100000 >"$WORK/out" 2>"$WORK/err"
[ $? -eq 1 ] && grep -q "password" "$WORK/err" || fail "weak password accepted: $(cat "$WORK/err")"
echo 'Xu-Ming-Si-2024' | "$FAZHI" --db "$ORG" user add --username clerk1 --role clerk --unit 500230100000 >"$WORK/out" 2>"$WORK/err" \
  || fail "user add: $(cat "$WORK/err")"
echo 'Xu-Ming-Si-2024' | "$FAZHI" --db "$ORG" user add --username boss --role county_reviewer --unit 500230100000 >"$WORK/out" 2>"$WORK/err"
[ $? -eq 1 ] && grep -q "unit" "$WORK/err" || fail "a county role bound to a township was accepted"
sqlite3 "$WORK/org.db" "SELECT password_hash FROM app_user WHERE username='clerk1'" | grep -q '^\$argon2id\$' \
  || fail "password not stored as argon2id"
expect_exit 0 "$FAZHI" --db "$ORG" --json org list
[ "$(jq '.regions | length' "$WORK/out")" = "2" ] || fail "org list shows the county and its township"

# Same seed, same data: a second database gives identical indicators.
expect_exit 0 "$FAZHI" --db "sqlite:$WORK/again.db" demo --townships 2 --year 2025 --seed 7
expect_exit 0 "$FAZHI" --db "sqlite:$WORK/again.db" --json indicators --unit "$TOWNSHIP" --year 2025
cmp -s "$WORK/out" "$WORK/sqlite-indicators.json" || fail "demo is not deterministic"

# --- the same on PostgreSQL, and both databases agree ---
if [ -n "${FAZHI_TEST_PG_URL:-}" ]; then
  PGDB="fazhi_cli_$$"
  psql -q "$FAZHI_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $PGDB" -c "CREATE DATABASE $PGDB" || fail "createdb"
  PG_URL="${FAZHI_TEST_PG_URL%/*}/$PGDB"
  expect_exit 0 "$FAZHI" --db "$PG_URL" demo --townships 2 --year 2025 --seed 7
  expect_exit 0 "$FAZHI" --db "$PG_URL" --json indicators --unit "$TOWNSHIP" --year 2025
  cmp -s "$WORK/out" "$WORK/sqlite-indicators.json" || fail "PostgreSQL and SQLite indicators differ"
  expect_exit 1 "$FAZHI" --db "$PG_URL" alerts --unit "$COUNTY" --on 2025-12-31
  psql -q "$FAZHI_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $PGDB" || fail "dropdb"
elif [ "${FAZHI_REQUIRE_PG:-0}" = "1" ]; then
  fail "FAZHI_REQUIRE_PG=1 but FAZHI_TEST_PG_URL is not set"
fi

if [ "$failures" -gt 0 ]; then echo "$failures failure(s)"; exit 1; fi
echo "all CLI checks passed"
