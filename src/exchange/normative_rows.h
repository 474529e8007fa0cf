// exchange/normative_rows.h — the 行政规范性文件登记台账 sheet ↔ records, in the layout of
// ledger_layouts.h (Ledger::kNormative): parsing every row of an imported sheet into a record
// (or the problems of that row), and turning stored records into export rows.
//
// Contract (as ledger_rows.h): each data row yields a record or ALL its cell problems; choice
// cells accept the domain codes and zh labels; empty optional cells keep the record's defaults.
// Parsing applies no legal rule (the import service runs the domain checks). Export: one cell
// per ExportColumns(kNormative, several_townships) column. Import(Export(r)) gives back every
// column the sheet holds. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/normative/normative.h"
#include "exchange/ledger_rows.h"
#include "exchange/sheet.h"

namespace fazhi::exchange {

struct NormativeImportRow {
  std::int64_t row = 0;  // Excel row number
  domain::NormativeDocument record;          // township_id is not set
  std::string township;  // 乡镇（街道） cell ("" when absent)
};

core::Result<ParsedLedger<NormativeImportRow>> ParseNormativeSheet(const Sheet& sheet);

std::vector<Cell> NormativeExportRow(const domain::NormativeDocument& r, std::int64_t seq, std::string_view township,
                                const ExportRowOptions& options);

}  // namespace fazhi::exchange
