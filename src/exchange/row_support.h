// exchange/row_support.h — exchange-private helpers shared by the ledger sheet converters
// (ledger_rows.cc, penalty_rows.cc): choice cells (domain codes, zh labels and ledger words),
// identifier checks (masked or scientific-notation numbers), export cell helpers, and the
// generic walk over a sheet's data rows with per-column setters.
//
// Contract: as ledger_rows.h — problems carry the row, the header as written and zh/en
// reasons; a choice accepts its aliases, then the domain's Parse*; Walk skips empty and
// 合计 rows and parses no row when the header has problems. Pure; thread-safe.
#pragma once

#include <fmt/format.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "domain/common.h"
#include "exchange/cell_values.h"
#include "exchange/ledger_layouts.h"
#include "exchange/ledger_rows.h"
#include "exchange/sheet.h"

namespace fazhi::exchange::row_support {

inline constexpr std::string_view kListSeparator = "；";

// ---- choices: domain codes and labels, plus the words ledgers use ----

template <class E>
struct Choice {
  std::string_view what_zh;  // "调解结果"
  std::string_view what_en;  // "outcome"
  std::vector<E> values;
  std::function<std::string_view(E)> label;
  std::function<std::string_view(E)> code;
  std::function<core::Result<E>(std::string_view)> parse;  // the domain's
  std::vector<std::pair<std::string_view, E>> aliases;
};

template <class E>
core::Result<E> ParseChoice(const Choice<E>& choice, std::string_view text) {
  std::string folded = FoldFullWidth(text);
  std::string_view t = domain::TrimText(folded);
  for (const auto& [alias, value] : choice.aliases) {
    if (t == alias) return value;
  }
  if (auto parsed = choice.parse(t)) return *parsed;
  std::string labels;
  std::string labels_en;
  for (E v : choice.values) {
    std::string_view l = choice.label(v);
    if (l.empty() || l == "—") continue;
    labels += (labels.empty() ? "" : "、") + std::string(l);
    labels_en += fmt::format("{}{} ({})", labels_en.empty() ? "" : ", ", l, choice.code(v));
  }
  return core::Fail(core::InvalidArgument(
      "", fmt::format("“{}”不是有效的{}，可填：{}", text, choice.what_zh, labels),
      fmt::format("\"{}\" is not a valid {}; allowed: {}", text, choice.what_en, labels_en)));
}

// 自然人 / 法人或其他组织, with 个人, 公民, 单位, 企业…
const Choice<domain::PartyKind>& PartyKindChoice();

// ---- identifiers ----

// A masked number (with * or ＊) is a problem telling the user to export unmasked.
core::Status CheckNotMasked(std::string_view value, std::string_view what_zh, std::string_view what_en);
// An ID number Excel stored in scientific notation ("3.60426E+17") is a problem.
core::Status CheckNotScientific(std::string_view value);
// Both checks.
core::Status CheckIdentifier(std::string_view value, std::string_view what_zh, std::string_view what_en);
bool EndsWith(std::string_view s, std::string_view suffix);

// ---- row helpers ----

// The parts joined with "；" ("" when every part is empty).
std::string Join(const std::vector<std::string>& parts);
Cell YesNo(bool v);                    // 是 / 否
Cell MoneyOrEmpty(std::int64_t fen);   // empty when 0
Cell Label(std::string_view label);    // empty for "—"
// The row has something in an importable mapped column.
bool RowHasData(const SheetRow& row, const HeaderMapping& mapping, const std::vector<ColumnSpec>& columns);
// The row starts with 合计, 总计 or 小计.
bool IsTotalRow(const SheetRow& row);

// The value of an optional Result-returning parse, or the problem.
template <class T>
core::Status Assign(std::optional<T>& target, core::Result<T> parsed) {
  if (!parsed) return core::Fail(parsed.error());
  target = *parsed;
  return core::Ok();
}
template <class T>
core::Status Assign(T& target, core::Result<T> parsed) {
  if (!parsed) return core::Fail(parsed.error());
  target = *parsed;
  return core::Ok();
}

// ---- the generic sheet walk ----

// Runs `set` of every mapped importable column on a row; problems of the row are appended.
// Returns whether every cell was understood.
template <class Draft, class Column>
bool FillDraft(Ledger ledger, const SheetRow& row, const HeaderMapping& mapping,
               const std::vector<Column>& conversions, Draft& draft,
               std::vector<RowProblem>& problems) {
  const auto& columns = LedgerColumns(ledger);
  bool ok = true;
  for (std::size_t col = 0; col < columns.size(); ++col) {
    const ColumnSpec& spec = columns[col];
    int cell_index = mapping.cell_of_column[col];
    if (!spec.importable || cell_index < 0 || !conversions[col].set) continue;
    std::string value;
    if (static_cast<std::size_t>(cell_index) < row.cells.size()) {
      value = CleanCell(row.cells[static_cast<std::size_t>(cell_index)]);
    }
    if (value.empty()) {
      if (spec.required) {
        problems.push_back(
            {row.number, mapping.headers[col], std::string(spec.key),
             fmt::format("请填写“{}”", mapping.headers[col]),
             fmt::format("{} ({}) is required", spec.header_en, mapping.headers[col])});
        ok = false;
      }
      continue;
    }
    auto status = conversions[col].set(draft, value);
    if (!status) {
      problems.push_back({row.number, mapping.headers[col], std::string(spec.key),
                          status.error().message, status.error().message_en});
      ok = false;
    }
  }
  return ok;
}

template <class R>
core::Result<ParsedLedger<R>> Walk(
    Ledger ledger, const Sheet& sheet,
    const std::function<std::optional<R>(const SheetRow&, const HeaderMapping&,
                                         std::vector<RowProblem>&)>& parse_row) {
  ParsedLedger<R> parsed;
  ASSIGN_OR_RETURN(HeaderMapping mapping, MapHeader(ledger, sheet, parsed.problems));
  parsed.header_row = mapping.header_row;
  parsed.ignored_headers = mapping.ignored_headers;
  parsed.header_ok = parsed.problems.empty();
  const auto& columns = LedgerColumns(ledger);
  for (std::size_t r = mapping.header_index + 1; r < sheet.rows.size(); ++r) {
    const SheetRow& row = sheet.rows[r];
    if (!RowHasData(row, mapping, columns) || IsTotalRow(row)) continue;
    ++parsed.data_rows;
    if (!parsed.header_ok) continue;
    if (auto record = parse_row(row, mapping, parsed.problems))
      parsed.rows.push_back(std::move(*record));
  }
  return parsed;
}

// "填写了 3 个证件号码，但有 2 个当事人…": a party list of the wrong length.
core::Status ListCountProblem(std::size_t given, std::size_t parties, std::string_view what_zh,
                              std::string_view what_en);

}  // namespace fazhi::exchange::row_support
