// exchange/officer_rows.h — the 行政执法人员登记台账 sheet ↔ officers of the register, in the
// layout of ledger_layouts.h (Ledger::kOfficer): parsing every row of an imported sheet into an
// officer with certificates, exams and trainings (or the problems of that row), and turning
// stored officers into export rows.
//
// Contract (as ledger_rows.h):
//  * One row per officer. The certificate columns (执法证号, 执法领域, 发证机关, 发证日期, 有效期至,
//    证件状态) are "；"-lists with one entry per certificate, in the same order; 发证机关 may give
//    one entry for all, 证件状态 may be empty (有效 for all). A list of another length is a
//    problem of its column. 证件状态 entries are a state (code or zh label) optionally followed
//    by "（生效日期：原因）": "注销（2025-03-01：调离执法岗位）".
//  * 考试成绩: one entry per exam, "日期 科目 分数" in any order ("2024-05-10 通用法律知识 86分");
//    培训记录: one entry per training, "日期 内容 N学时 [组织单位]".
//  * Defaults: 性别 未知; 在编在岗 是; 法制审核人员 and 法律职业资格 否.
//  * 身份证号 and 联系电话 are masked on export unless `unmasked`; a masked or
//    scientific-notation number on import is a problem.
//  * Parsing applies no legal rule: the import service runs ValidateOfficer, as the API does,
//    and checks the certificate numbers against the file and the township's register.
//  * Export: one cell per ExportColumns(kOfficer, several_townships) column; 培训学时合计 is the
//    sum of the trainings' hours. Import(Export(officer)) gives the officer back (unmasked)
//    without ids.
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/enforcement/officer.h"
#include "exchange/ledger_rows.h"
#include "exchange/sheet.h"

namespace fazhi::exchange {

struct OfficerImportRow {
  std::int64_t row = 0;               // Excel row number
  domain::EnforcementOfficer record;  // township_id is not set
  std::string township;               // 乡镇（街道） cell ("" when absent)
  // Parsing state: the entries each certificate column gave (by column key), checked and
  // assembled into record.certificates once the row's cells are read.
  std::vector<std::pair<std::string_view, std::size_t>> certificate_entries;
};

core::Result<ParsedLedger<OfficerImportRow>> ParseOfficerSheet(const Sheet& sheet);

std::vector<Cell> OfficerExportRow(const domain::EnforcementOfficer& officer, std::int64_t seq,
                                   std::string_view township, const ExportRowOptions& options);

}  // namespace fazhi::exchange
