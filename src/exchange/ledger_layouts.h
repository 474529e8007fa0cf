// exchange/ledger_layouts.h — the column layouts of the ledgers as a county asks for them
// (人民调解案件登记台账, 信访事项登记台账, 行政执法案件登记台账, 行政执法人员登记台账…; docs/import-export.md is the clerk's version of
// these tables), and how an imported sheet's header row is matched to them.
//
// Contract:
//  * LedgerColumns(ledger) lists every column in export order. `key` is the record's field
//    path without indexes ("parties.idNumber", "agreement.performedOn") — the same names the
//    domain rules put in Error::field — so ColumnForField maps any validation error back to
//    the column the user filled. Export-only columns (序号, 办理状态) are ignored on import;
//    the 乡镇（街道） column is exported only when an export spans several townships and, on
//    import, must name the township imported into.
//  * MapHeader finds the header row among the first 30 rows of the sheet (title rows above it
//    are skipped): the row naming the most known columns. Header text matches a column's
//    header, one of its aliases, its English header or its key after normalisation: white
//    space (also full-width and line breaks) and required-markers (*, ＊) removed,
//    full-width brackets folded, any bracketed part dropped ("协议金额（元）" = "协议金额"),
//    ASCII case ignored. Unknown headers are returned (ignored, for the report); a missing
//    required column and a column given twice are RowProblems on the header row. No row
//    naming at least two known columns is kInvalidArgument "file" listing the required
//    headers.
//  * RowProblem rows are Excel's row numbers (1-based, title and header rows counted);
//    `column` is the header text as the user wrote it (or the layout's header when the
//    column is missing); reasons are in Chinese and English.
// Pure functions over immutable tables; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "exchange/sheet.h"

namespace fazhi::exchange {

enum class Ledger { kMediation, kPetition, kPenalty, kNormative, kDecision, kOfficer, kDecisionCatalogue, kPower };
std::string_view LedgerCode(Ledger ledger);  // "mediation" | "petition" | "penalty" | "normative" | "decision" | "officer" | "decision_catalogue" | "power"
// The code, or the zh names 人民调解 / 调解 / 信访 / 行政执法案件; else kInvalidArgument naming `field`.
core::Result<Ledger> ParseLedger(std::string_view text, std::string_view field = "ledger");
std::string_view LedgerTitleZh(Ledger ledger);  // "人民调解案件登记台账" | "信访事项登记台账" | "行政执法案件登记台账"
std::string_view LedgerTitleEn(Ledger ledger);  // "Mediation case register" | …
std::string_view LedgerFileStemZh(Ledger ledger);  // "人民调解台账" | "信访事项台账" | "行政执法案件台账"

enum class ColumnKind {
  kSequence,  // 序号 (export only)
  kText,
  kDate,   // YYYY-MM-DD, 2023/1/5, 2023.1.5, 2023年1月5日, Excel serials
  kMoney,  // 元: "1,200.50", "1200元", "1.2万元" → 分
  kInteger,
  kChoice,  // a code or its zh label (and common ledger words)
  kYesNo,   // 是/否
  kList,    // one value per party, separated by "；" (also ";", "、", line breaks)
};

struct ColumnSpec {
  std::string_view key;        // field path, e.g. "caseNo", "parties.idNumber"
  std::string_view header;     // zh header as exported
  std::string_view header_en;  // en header (also accepted on import)
  ColumnKind kind = ColumnKind::kText;
  bool required = false;                  // import: the column must be present and the cell filled
  bool importable = true;                 // false: export only, ignored on import
  bool multi_township = false;            // exported only when the export spans several townships
  double width = 12;                      // Excel column width
  std::vector<std::string_view> aliases;  // other headers a clerk's sheet may use
  std::string_view how_zh;                // how to fill it (docs/import-export.md)
  std::vector<std::string_view> more_fields;  // other error fields reported in this column
};

const std::vector<ColumnSpec>& LedgerColumns(Ledger ledger);

// The columns an export writes (multi_township columns only when `several_townships`).
std::vector<const ColumnSpec*> ExportColumns(Ledger ledger, bool several_townships);

// Header text of the column an error field belongs to ("parties[1].uscc" → "当事人证件号码");
// `fallback` when no column holds it.
std::string ColumnForField(Ledger ledger, std::string_view field, std::string_view fallback = {});

// One problem of one row (or of the header, or of the file).
struct RowProblem {
  std::int64_t row = 0;   // Excel row number; 0 for the file as a whole
  std::string column;     // header text; empty when the whole row is concerned
  std::string field;      // the record's field path ("agreement.terms"), when known
  std::string reason;     // zh-CN
  std::string reason_en;  // en-US
};

struct HeaderMapping {
  std::int64_t header_row = 0;               // Excel row number of the header
  std::size_t header_index = 0;              // index of that row in Sheet::rows
  std::vector<int> cell_of_column;           // per LedgerColumns index: the cell index, or -1
  std::vector<std::string> headers;          // per LedgerColumns index: the header text as written
  std::vector<std::string> ignored_headers;  // header cells no column matches
};

core::Result<HeaderMapping> MapHeader(Ledger ledger, const Sheet& sheet,
                                      std::vector<RowProblem>& problems);

// Header text normalised for matching (see the contract above).
std::string NormalizeHeader(std::string_view header);

}  // namespace fazhi::exchange
