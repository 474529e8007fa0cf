// exchange/decision_catalogue_rows.h — the 重大行政决策目录 sheet ↔ catalogue items, in the layout of
// ledger_layouts.h (Ledger::kDecisionCatalogue): one row per matter of a year's catalogue, so a
// township can bring in the catalogue its Party committee agreed (often kept in Excel) and hand
// it back out.
//
// Contract (as ledger_rows.h): each data row yields an item or ALL its cell problems; the
// 事项类别 cell accepts the domain codes and zh labels; empty optional cells keep the defaults.
// Parsing applies no legal rule (the import service runs ValidateCatalogueItem and the
// one-title-per-year check). Export: one cell per ExportColumns(kDecisionCatalogue,
// several_townships) column. Import(Export(r)) gives back every column. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/decision/decision_catalogue.h"
#include "exchange/ledger_rows.h"
#include "exchange/sheet.h"

namespace fazhi::exchange {

struct DecisionCatalogueImportRow {
  std::int64_t row = 0;                  // Excel row number
  domain::DecisionCatalogueItem record;  // township_id is not set
  std::string township;                  // 乡镇（街道） cell ("" when absent)
};

core::Result<ParsedLedger<DecisionCatalogueImportRow>> ParseDecisionCatalogueSheet(const Sheet& sheet);

std::vector<Cell> DecisionCatalogueExportRow(const domain::DecisionCatalogueItem& r, std::int64_t seq,
                                             std::string_view township, const ExportRowOptions& options);

}  // namespace fazhi::exchange
