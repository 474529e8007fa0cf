#!/usr/bin/env bash
# End-to-end tests of `fazhi export` and `fazhi import` (docs/cli.md, docs/import-export.md):
# demo → export .xlsx and .csv (masked and unmasked) → import into a database holding the
# same organisation but not that township's ledgers → the same counts and the same
# indicators; the same file again → every row rejected (numbers taken), exit 1, nothing
# written; the officer register exported and refused back (numbers taken); the 决策目录 likewise;
# the sample files with one bad row → exit 1 naming row and column, nothing written
# in mode all, the good rows in mode valid; usage errors exit 2. On PostgreSQL too when
# FAZHI_TEST_PG_URL is set: its export equals SQLite's byte for byte (CSV).
# Usage: import_export_test.sh PATH/TO/fazhi
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
  [ "$got" -eq "$want" ] || fail "exit $got (want $want): $* :: $(head -c 600 "$WORK/err") $(head -c 600 "$WORK/out")"
}
json_field() { jq -r "$1" "$WORK/out"; }
count() {  # count DBFILE TABLE TOWNSHIP_CODE
  sqlite3 "$1" "SELECT COUNT(*) FROM $2 WHERE township_id = (SELECT id FROM region WHERE code = '$3')"
}
clear_ledgers() {  # clear_ledgers DBFILE TOWNSHIP_CODE — the township's cases and petitions
  sqlite3 "$1" "PRAGMA foreign_keys = ON;
    DELETE FROM mediation_case WHERE township_id = (SELECT id FROM region WHERE code = '$2');
    DELETE FROM petition WHERE township_id = (SELECT id FROM region WHERE code = '$2');"
}

cd "$WORK" || exit 1
A="$WORK/a.db"
B="$WORK/b.db"
expect_exit 0 "$FAZHI" --db "sqlite:$A" demo --townships 2 --year 2025 --seed 7
expect_exit 0 "$FAZHI" --db "sqlite:$A" --json org list
T=$(jq -r '[.regions[] | select(.level=="township")][0].code' "$WORK/out")
COUNTY=$(jq -r '[.regions[] | select(.level=="county")][0].code' "$WORK/out")
CASES=$(count "$A" mediation_case "$T")
PETITIONS=$(count "$A" petition "$T")
[ "${CASES:-0}" -gt 100 ] && [ "${PETITIONS:-0}" -gt 5 ] || fail "demo township too small: $CASES cases, $PETITIONS petitions"

# --- export ---
expect_exit 0 "$FAZHI" --db "sqlite:$A" --json export --unit "$T" --ledger mediation -o med.xlsx --unmasked
[ "$(json_field .rows)" = "$CASES" ] || fail "xlsx export rows $(json_field .rows) != $CASES"
[ "$(json_field .format)" = "xlsx" ] || fail "format from the -o extension"
[ "$(head -c 2 med.xlsx)" = "PK" ] || fail "med.xlsx is not a zip"
expect_exit 0 "$FAZHI" --db "sqlite:$A" export --unit "$T" --ledger mediation --format csv -o med.csv --unmasked
grep -q "已导出 $CASES 行到 med.csv" "$WORK/out" || fail "export text: $(cat "$WORK/out")"
[ "$(head -c 3 med.csv | od -An -tx1 | tr -d ' ')" = "efbbbf" ] || fail "CSV without UTF-8 BOM"
expect_exit 0 "$FAZHI" --db "sqlite:$A" export --unit "$T" --ledger mediation --format csv -o masked.csv
grep -q '[0-9]\{6\}\*\{8\}[0-9X]\{4\}' masked.csv || fail "masked export shows no masked ID number"
grep -q '1[3-9][0-9]\*\*\*\*[0-9]\{4\}' masked.csv || fail "masked export shows no masked phone"
grep -q '[0-9]\{17\}[0-9X]' masked.csv && fail "masked export contains a full ID number"
grep -q '[0-9]\{17\}[0-9X]' med.csv || fail "unmasked export has no full ID number"
expect_exit 0 "$FAZHI" --db "sqlite:$A" export --unit "$T" --ledger petition -o pet.xlsx --unmasked
expect_exit 0 "$FAZHI" --db "sqlite:$A" export --unit "$T" --ledger petition -o pet.csv --unmasked
expect_exit 0 "$FAZHI" --db "sqlite:$A" --json export --unit "$COUNTY" --ledger mediation --year 2025 --outcome failed -o county.csv
[ "$(json_field .fileName)" = "人民调解台账_云岭县_2025.csv" ] || fail "county file name: $(json_field .fileName)"
FAILED=$(sqlite3 "$A" "SELECT COUNT(*) FROM mediation_case WHERE outcome = 'failed'")
[ "$(json_field .rows)" = "$FAILED" ] || fail "county export of failed cases: $(json_field .rows) != $FAILED"
head -1 county.csv | grep -q "乡镇（街道）" || fail "a county export has the 乡镇（街道） column"
expect_exit 0 "$FAZHI" --db "sqlite:$A" --json export --unit "$T" --ledger petition --status closed --from 2025-07-01 --to 2025-12-31 -o closed.csv
CLOSED=$(sqlite3 "$A" "SELECT COUNT(*) FROM petition WHERE township_id = (SELECT id FROM region WHERE code = '$T') AND closed_on IS NOT NULL AND received_on >= '2025-07-01' AND received_on <= '2025-12-31'")
[ "$(json_field .rows)" = "$CLOSED" ] || fail "petition filters: $(json_field .rows) != $CLOSED"

# --- the 行政执法人员 register: export, then the same file back → every 执法证号 taken ---
OFFICERS=$(count "$A" enforcement_officer "$T")
[ "${OFFICERS:-0}" -gt 0 ] || fail "demo township has no officers"
expect_exit 0 "$FAZHI" --db "sqlite:$A" --json export --unit "$T" --ledger officer -o officers.csv --unmasked
[ "$(json_field .rows)" = "$OFFICERS" ] || fail "officer export rows $(json_field .rows) != $OFFICERS"
head -1 officers.csv | grep -q "执法证号" || fail "officer export header: $(head -1 officers.csv)"
expect_exit 1 "$FAZHI" --db "sqlite:$A" --json import --unit "$T" --ledger officer officers.csv --dry-run
[ "$(json_field .total)" = "$OFFICERS" ] || fail "officer import total: $(json_field '[.total, .rejected]')"
json_field '[.errors[] | select(.column == "执法证号")][0].reason' | grep -q "已存在" || fail "officer duplicate reason: $(json_field '.errors[0]')"
[ "$(count "$A" enforcement_officer "$T")" = "$OFFICERS" ] || fail "a dry run wrote officers"
expect_exit 2 "$FAZHI" --db "sqlite:$A" export --unit "$T" --ledger officer --year 2025

# The 2025 决策目录: exported by year, refused back (each matter is in the catalogue already).
ITEMS=$(count "$A" decision_catalogue_item "$T")
[ "${ITEMS:-0}" -gt 0 ] || fail "demo township has no decision catalogue"
expect_exit 0 "$FAZHI" --db "sqlite:$A" --json export --unit "$T" --ledger decision_catalogue --year 2025 -o catalogue.xlsx
[ "$(json_field .rows)" = "$ITEMS" ] || fail "catalogue export rows $(json_field .rows) != $ITEMS"
expect_exit 1 "$FAZHI" --db "sqlite:$A" --json import --unit "$T" --ledger 决策目录 catalogue.xlsx
json_field '[.errors[] | select(.column == "决策事项")][0].reason' | grep -q "已存在" || fail "catalogue duplicate reason: $(json_field '.errors[0]')"
[ "$(count "$A" decision_catalogue_item "$T")" = "$ITEMS" ] || fail "a refused import wrote catalogue items"
expect_exit 2 "$FAZHI" --db "sqlite:$A" export --unit "$T" --ledger decision_catalogue --from 2025-01-01 --to 2025-06-30

# --- import into the same organisation without that township's ledgers ---
expect_exit 0 "$FAZHI" --db "sqlite:$B" demo --townships 2 --year 2025 --seed 7
clear_ledgers "$B" "$T"
[ "$(count "$B" mediation_case "$T")" = "0" ] || fail "ledgers not cleared"
expect_exit 0 "$FAZHI" --db "sqlite:$B" --json import --unit "$T" --ledger mediation med.xlsx
[ "$(json_field .imported)" = "$CASES" ] || fail "xlsx import: $(json_field '[.imported, .rejected, .errors[0]]')"
[ "$(json_field '.createdIds | length')" = "$CASES" ] || fail "createdIds"
expect_exit 0 "$FAZHI" --db "sqlite:$B" import --unit "$T" --ledger petition pet.xlsx
grep -q "已导入 $PETITIONS 行" "$WORK/out" || fail "petition import: $(head -3 "$WORK/out")"
[ "$(count "$B" mediation_case "$T")" = "$CASES" ] || fail "case count after import"
[ "$(count "$B" petition "$T")" = "$PETITIONS" ] || fail "petition count after import"
expect_exit 0 "$FAZHI" --db "sqlite:$A" --json indicators --unit "$T" --year 2025
cp "$WORK/out" "$WORK/indicators-a.json"
expect_exit 0 "$FAZHI" --db "sqlite:$B" --json indicators --unit "$T" --year 2025
cmp -s "$WORK/out" "$WORK/indicators-a.json" || fail "indicators differ after export → import"

# The same ledgers again, as CSV: every number is taken → exit 1, nothing written.
expect_exit 1 "$FAZHI" --db "sqlite:$B" --json import --unit "$T" --ledger mediation med.csv
[ "$(json_field .rejected)" = "$CASES" ] && [ "$(json_field .imported)" = "0" ] || fail "duplicate import: $(json_field '[.imported, .rejected]')"
json_field '.errors[0].reason' | grep -q "已存在" || fail "duplicate reason: $(json_field '.errors[0]')"
expect_exit 1 "$FAZHI" --db "sqlite:$B" import --unit "$T" --ledger petition pet.csv --mode valid
[ "$(count "$B" mediation_case "$T")" = "$CASES" ] || fail "a rejected import wrote cases"
[ "$(count "$B" petition "$T")" = "$PETITIONS" ] || fail "a rejected import wrote petitions"

# A masked export cannot come back in.
clear_ledgers "$B" "$T"
expect_exit 1 "$FAZHI" --db "sqlite:$B" --json import --unit "$T" --ledger mediation masked.csv
json_field '.errors[0].reason' | grep -q "脱敏" || fail "masked import reason: $(json_field '.errors[0]')"
[ "$(count "$B" mediation_case "$T")" = "0" ] || fail "a masked import wrote cases"

# --- the sample files: one bad row each ---
SAMPLE="$SRC/tests/data/mediation_import_sample.csv"
expect_exit 1 "$FAZHI" --db "sqlite:$B" import --unit "$T" --ledger mediation "$SAMPLE"
grep -q "共 6 行：无误 5 行，有问题 1 行，已导入 0 行" "$WORK/out" || fail "sample report: $(cat "$WORK/out")"
grep -q "^5 *受理日期 *“2025-02-30”不是有效日期" "$WORK/out" || fail "sample table: $(cat "$WORK/out")"
[ "$(count "$B" mediation_case "$T")" = "0" ] || fail "mode all wrote rows although one is bad"
expect_exit 1 "$FAZHI" --db "sqlite:$B" --json import --unit "$T" --ledger mediation "$SAMPLE" --mode valid --dry-run
[ "$(json_field '[.valid, .imported, .dryRun] | join(",")')" = "5,0,true" ] || fail "dry run: $(json_field '[.valid, .imported, .dryRun]')"
[ "$(count "$B" mediation_case "$T")" = "0" ] || fail "a dry run wrote rows"
expect_exit 1 "$FAZHI" --db "sqlite:$B" --json import --unit "$T" --ledger mediation "$SRC/tests/data/mediation_import_sample.xlsx" --dry-run
[ "$(json_field '[.format, .total, .valid, .errors[0].row] | join(",")')" = "xlsx,6,5,6" ] || fail "xlsx sample: $(json_field '[.format, .total, .valid, .errors]')"
expect_exit 1 "$FAZHI" --db "sqlite:$B" --json import --unit "$T" --ledger mediation "$SAMPLE" --mode valid
[ "$(json_field '.errors[0].row')" = "5" ] && [ "$(json_field '.errors[0].column')" = "受理日期" ] || fail "sample error: $(json_field '.errors')"
[ "$(count "$B" mediation_case "$T")" = "5" ] || fail "mode valid did not write the 5 good rows"
expect_exit 1 "$FAZHI" --db "sqlite:$B" --json import --unit "$T" --ledger petition "$SRC/tests/data/petition_import_sample.csv"
[ "$(json_field '.errors[0].row')" = "4" ] && [ "$(json_field '.errors[0].column')" = "收到日期" ] || fail "petition sample: $(json_field '.errors')"
expect_exit 1 "$FAZHI" --db "sqlite:$B" --lang en import --unit "$T" --ledger petition "$SRC/tests/data/petition_import_sample.csv"
grep -q "not a date" "$WORK/out" || fail "English report: $(cat "$WORK/out")"

# --- files and usage that cannot work ---
printf '\xb0\xb8\xbc\xfe\xb1\xe0\xba\xc5\n1\n' > gbk.csv   # "案件编号" in GBK
expect_exit 1 "$FAZHI" --db "sqlite:$B" import --unit "$T" --ledger mediation gbk.csv
grep -q "文件不是 UTF-8 编码" "$WORK/err" || fail "GBK message: $(cat "$WORK/err")"
expect_exit 1 "$FAZHI" --db "sqlite:$B" import --unit "$T" --ledger mediation no-such-file.xlsx
expect_exit 2 "$FAZHI" --db "sqlite:$B" import --unit "$T" --ledger enforcement "$SAMPLE"
expect_exit 2 "$FAZHI" --db "sqlite:$B" import --unit "$COUNTY" --ledger mediation "$SAMPLE"
expect_exit 2 "$FAZHI" --db "sqlite:$B" import --unit "$T" --ledger mediation "$SAMPLE" --mode some
expect_exit 2 "$FAZHI" --db "sqlite:$B" export --unit "$T" --ledger mediation --format pdf
expect_exit 2 "$FAZHI" --db "sqlite:$B" export --unit "$T" --ledger mediation --year 2025 --from 2025-01-01
expect_exit 1 "$FAZHI" --db "sqlite:$B" export --unit 500199999000 --ledger mediation

# --- PostgreSQL: the same export, byte for byte ---
if [ -n "${FAZHI_TEST_PG_URL:-}" ]; then
  PGDB="fazhi_xlsx_$$"
  psql -q "$FAZHI_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $PGDB" -c "CREATE DATABASE $PGDB" || fail "createdb"
  PG_URL="${FAZHI_TEST_PG_URL%/*}/$PGDB"
  expect_exit 0 "$FAZHI" --db "$PG_URL" demo --townships 2 --year 2025 --seed 7
  expect_exit 0 "$FAZHI" --db "$PG_URL" export --unit "$T" --ledger mediation -o pg.csv --unmasked
  cmp -s pg.csv med.csv || fail "PostgreSQL and SQLite exports differ"
  expect_exit 1 "$FAZHI" --db "$PG_URL" --json import --unit "$T" --ledger mediation med.xlsx
  [ "$(json_field .rejected)" = "$CASES" ] || fail "PostgreSQL duplicate import: $(json_field '[.imported, .rejected]')"
  expect_exit 1 "$FAZHI" --db "$PG_URL" --json import --unit "$T" --ledger mediation "$SAMPLE" --mode valid
  [ "$(json_field .imported)" = "5" ] || fail "PostgreSQL sample import: $(json_field '[.imported, .errors]')"
  psql -q "$FAZHI_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $PGDB" || fail "dropdb"
elif [ "${FAZHI_REQUIRE_PG:-0}" = "1" ]; then
  fail "FAZHI_REQUIRE_PG=1 but FAZHI_TEST_PG_URL is not set"
fi

if [ "$failures" -gt 0 ]; then echo "$failures failure(s)"; exit 1; fi
echo "all import/export checks passed"
