// exchange/penalty_rows.h — the 行政执法案件登记台账 sheet ↔ enforcement cases, in the layout
// of ledger_layouts.h (Ledger::kPenalty): parsing every row of an imported sheet into a case
// (or the problems of that row), and turning stored cases into export rows.
//
// Contract (as ledger_rows.h):
//  * Import: each data row yields a case or ALL its cell problems. Choice cells accept the
//    domain codes and zh labels plus common words (处罚, 普通, 简易, 当场, 同意, 直接…); kinds
//    of sanction are lists ("罚款；没收违法所得"). Defaults: 执法类别 行政处罚, 适用程序 普通程序,
//    决定结果 给予行政处罚, 送达方式 直接送达, 法制审核结论 同意, 送审日期 = 审核日期; 办案阶段 when
//    empty is the furthest stage whose date is filled (结案, 执行, 送达, 决定, 集体讨论, 法制审核,
//    听证, 告知, 调查取证, else 立案). A 罚款金额 without 处罚种类 means 罚款.
//  * 承办人员 are names (officer_id 0): the import service resolves them in the township's
//    register; 执法证号, when given, must have one entry per officer.
//  * Parsing applies no legal rule (the import service runs ValidatePenaltyCase and
//    CheckPenaltyRules, as the API does).
//  * Export: one cell per ExportColumns(kPenalty, several_townships) column; 身份证号 and phones
//    masked unless `unmasked`. Import(Export(case)) gives the case back (unmasked), except
//    extensions, excluded intervals and documents, which the sheet does not hold.
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/enforcement/penalty_case.h"
#include "exchange/ledger_rows.h"
#include "exchange/sheet.h"

namespace fazhi::exchange {

struct PenaltyImportRow {
  std::int64_t row = 0;        // Excel row number
  domain::PenaltyCase record;  // township_id and the officers' officer_id are not set
  std::string township;        // 乡镇（街道） cell ("" when absent)
};

core::Result<ParsedLedger<PenaltyImportRow>> ParsePenaltySheet(const Sheet& sheet);

std::vector<Cell> PenaltyExportRow(const domain::PenaltyCase& c, std::int64_t seq,
                                   std::string_view township, const ExportRowOptions& options);

}  // namespace fazhi::exchange
