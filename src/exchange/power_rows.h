// exchange/power_rows.h — the 行政执法权力事项目录 sheet ↔ powers, in the layout of
// ledger_layouts.h (Ledger::kPower): one row per version of a power, so a township can bring in
// the 权责清单 the county hands it as Excel, and hand its catalogue back out.
//
// Contract (as ledger_rows.h): each data row yields a power or ALL its cell problems; the
// 事项类别 cell accepts the codes and zh labels (行政处罚 …). 版本 and 失效日期 are export only:
// an imported row is a new power (version 1). Parsing applies no rule (the import service runs
// ValidatePowerItem and the one-code-per-township check). Pure; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/enforcement/power_catalogue.h"
#include "exchange/ledger_rows.h"
#include "exchange/sheet.h"

namespace fazhi::exchange {

struct PowerImportRow {
  std::int64_t row = 0;      // Excel row number
  domain::PowerItem record;  // township_id is not set
  std::string township;      // 乡镇（街道） cell ("" when absent)
};

core::Result<ParsedLedger<PowerImportRow>> ParsePowerSheet(const Sheet& sheet);

std::vector<Cell> PowerExportRow(const domain::PowerItem& r, std::int64_t seq, std::string_view township,
                                 const ExportRowOptions& options);

}  // namespace fazhi::exchange
