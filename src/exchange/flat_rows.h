// exchange/flat_rows.h — exchange-private: the sheet converter of a ledger whose record is flat
// (one row per record: 行政规范性文件, 重大行政决策; 行政执法人员, whose child lists are "；"-lists
// assembled by a `finish` step). A ledger lists, by column key, a
// setter (cell text → record) and a getter (record → cell); this header gives the common
// columns (序号, 乡镇（街道）), the typed column makers, the choice of an enum, and the import
// walk and export row over Ledger's layout (ledger_layouts.h).
//
// Contract: as ledger_rows.h — a row yields its record or all its cell problems; a column of
// the layout without a conversion exports empty and is ignored on import. `Row` has `row`,
// `record` and `township`. Pure; thread-safe once the tables are built (function statics).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "exchange/cell_values.h"
#include "exchange/row_support.h"

namespace fazhi::exchange::flat_rows {

template <class Row>
struct Column {
  using Record = decltype(Row::record);
  std::function<core::Status(Row&, const std::string&)> set;  // empty: export only
  std::function<Cell(const Record&, std::int64_t, std::string_view, bool)> get;
};

template <class Row>
using Columns = std::map<std::string_view, Column<Row>>;

// A choice over the first n enumerators of E by the domain's code, label and parse functions.
template <class E>
row_support::Choice<E> EnumChoice(int n, std::string_view (*label)(E), std::string_view (*code)(E),
                                  core::Result<E> (*parse)(std::string_view, std::string_view)) {
  row_support::Choice<E> c;
  c.what_zh = "取值";
  c.what_en = "value";
  for (int i = 0; i < n; ++i) c.values.push_back(static_cast<E>(i));
  c.label = label;
  c.code = code;
  c.parse = [parse](std::string_view t) { return parse(t, ""); };
  return c;
}

template <class Row, class R = decltype(Row::record)>
Column<Row> Text(std::string R::*field) {
  return {[field](Row& r, const std::string& v) {
            r.record.*field = v;
            return core::Ok();
          },
          [field](const R& r, std::int64_t, std::string_view, bool) { return Cell::Text(r.*field); }};
}

template <class Row, class R = decltype(Row::record)>
Column<Row> RequiredDate(core::Date R::*field) {
  return {[field](Row& r, const std::string& v) { return row_support::Assign(r.record.*field, ParseCellDate(v)); },
          [field](const R& r, std::int64_t, std::string_view, bool) { return Cell::DateValue(r.*field); }};
}

template <class Row, class R = decltype(Row::record)>
Column<Row> OptionalDate(std::optional<core::Date> R::*field) {
  return {[field](Row& r, const std::string& v) { return row_support::Assign(r.record.*field, ParseCellDate(v)); },
          [field](const R& r, std::int64_t, std::string_view, bool) { return Cell::OptionalDate(r.*field); }};
}

template <class Row, class R = decltype(Row::record)>
Column<Row> YesNo(bool R::*field) {
  return {[field](Row& r, const std::string& v) { return row_support::Assign(r.record.*field, ParseYesNo(v)); },
          [field](const R& r, std::int64_t, std::string_view, bool) { return row_support::YesNo(r.*field); }};
}

template <class Row, class R = decltype(Row::record)>
Column<Row> Count(int R::*field) {
  return {[field](Row& r, const std::string& v) -> core::Status {
            ASSIGN_OR_RETURN(std::int64_t n, ParseCount(v));
            r.record.*field = static_cast<int>(n);
            return core::Ok();
          },
          [field](const R& r, std::int64_t, std::string_view, bool) {
            return r.*field == 0 ? Cell() : Cell::Integer(r.*field);
          }};
}

template <class Row, class E, class R = decltype(Row::record)>
Column<Row> Choice(E R::*field, const row_support::Choice<E>& choice, std::string_view (*label)(E)) {
  return {[field, &choice](Row& r, const std::string& v) {
            return row_support::Assign(r.record.*field, row_support::ParseChoice(choice, v));
          },
          [field, label](const R& r, std::int64_t, std::string_view, bool) { return row_support::Label(label(r.*field)); }};
}

// The layout's conversions in column order, with 序号 and 乡镇（街道） added.
template <class Row>
std::vector<Column<Row>> InLayoutOrder(Ledger ledger, Columns<Row> by_key) {
  using R = decltype(Row::record);
  by_key["seq"] = {{}, [](const R&, std::int64_t seq, std::string_view, bool) { return Cell::Integer(seq); }};
  by_key["township"] = {[](Row& r, const std::string& v) {
                          r.township = v;
                          return core::Ok();
                        },
                        [](const R&, std::int64_t, std::string_view township, bool) {
                          return Cell::Text(std::string(township));
                        }};
  std::vector<Column<Row>> out;
  for (const ColumnSpec& spec : LedgerColumns(ledger)) {
    auto it = by_key.find(spec.key);
    if (it == by_key.end()) {
      out.push_back({{}, [](const R&, std::int64_t, std::string_view, bool) { return Cell(); }});
      continue;
    }
    out.push_back(it->second);
  }
  return out;
}

// Every data row of `sheet`; `start` prepares a fresh row's record (defaults) before its cells;
// `finish`, when given, completes a row whose cells were all understood (e.g. assembles child
// lists from several columns) and returns false after appending its problems.
template <class Row>
core::Result<ParsedLedger<Row>> ParseSheet(
    Ledger ledger, const Sheet& sheet, const std::vector<Column<Row>>& columns,
    const std::function<void(Row&)>& start = {},
    const std::function<bool(Row&, const HeaderMapping&, std::vector<RowProblem>&)>& finish = {}) {
  return row_support::Walk<Row>(
      ledger, sheet, [&](const SheetRow& sheet_row, const HeaderMapping& mapping, std::vector<RowProblem>& problems) {
        Row r;
        r.row = sheet_row.number;
        if (start) start(r);
        if (!row_support::FillDraft(ledger, sheet_row, mapping, columns, r, problems)) return std::optional<Row>();
        if (finish && !finish(r, mapping, problems)) return std::optional<Row>();
        return std::optional<Row>(std::move(r));
      });
}

template <class Row, class R = decltype(Row::record)>
std::vector<Cell> ExportRow(Ledger ledger, const std::vector<Column<Row>>& columns, const R& record, std::int64_t seq,
                            std::string_view township, const ExportRowOptions& options) {
  const auto& specs = LedgerColumns(ledger);
  std::vector<Cell> cells;
  cells.reserve(specs.size());
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (specs[i].multi_township && !options.several_townships) continue;
    cells.push_back(columns[i].get(record, seq, township, options.unmasked));
  }
  return cells;
}

}  // namespace fazhi::exchange::flat_rows
