// service/export_service.h — exporting a ledger list (with the list's filters) to .xlsx or
// .csv in the county's column layout (exchange/ledger_layouts.h, docs/import-export.md).
//
// Contract:
//  * The rows are exactly the list query's (store::CaseFilter / store::PetitionFilter within
//    the scope), ALL pages: read in pages of options.page_size inside one read transaction,
//    written as they come (the .xlsx is streamed), in the filter's sort order — by default
//    the ledger's own order (受理日期 / 收到日期 ascending, then id). filter.page.page and
//    page_size are ignored.
//  * 身份证号 and phone numbers are masked ("500101********1234", "138****5678") unless
//    options.unmasked — which the caller sets only for a principal with the personal_data
//    permission; this service does not check permissions.
//  * The file: a title row "{县}{乡镇}人民调解案件登记台账（2025年）" (the period from the
//    filter's date range: a whole calendar year "（2025年）", else
//    "（2025年1月1日至2025年6月30日）", "（2025年1月1日起）", "（截至2025年6月30日）"), then the
//    header and one row per record
//    (.xlsx; CSV has no title row: the header comes first). The 乡镇（街道） column is added
//    when the export is not limited to one township (a county or system scope without
//    filter.township_id).
//  * file_name: "人民调解台账_许明寺镇_2025.xlsx" / "信访事项台账_云岭县_20250101-20250630.csv"
//    (unit: the township, else the county, else "全部"); content_type is the MIME type.
//  * Errors: the store's (a filter township outside the scope is kPermissionDenied, bad
//    paging/sort kInvalidArgument), kInvalidArgument "rows" beyond Excel's 1,048,576 rows.
//  * options.progress(done, total) is called after each page.
// Not thread-safe (one ServiceContext).
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "core/result.h"
#include "exchange/sheet.h"
#include "service/officer_service.h"
#include "service/service_context.h"
#include "store/mediation_repository.h"
#include "store/decision_catalogue_repository.h"
#include "store/decision_repository.h"
#include "store/power_repository.h"
#include "store/normative_repository.h"
#include "store/penalty_repository.h"
#include "store/petition_repository.h"
#include "store/scope.h"

namespace fazhi::service {

struct ExportOptions {
  exchange::FileFormat format = exchange::FileFormat::kXlsx;
  bool unmasked = false;  // REQUIRES: the principal has the personal_data permission
  int page_size = 1000;   // rows read per query (1…1000)
  std::function<void(std::int64_t done, std::int64_t total)> progress;  // may be empty
};

struct ExportedFile {
  std::string bytes;
  std::string file_name;     // suggested download name (UTF-8)
  std::string content_type;  // MIME type of the format
  std::string title;         // the sheet's title row
  std::int64_t rows = 0;     // records written
};

core::Result<ExportedFile> ExportMediationCases(ServiceContext& ctx, const store::Scope& scope,
                                                store::CaseFilter filter,
                                                const ExportOptions& options);
core::Result<ExportedFile> ExportPetitions(ServiceContext& ctx, const store::Scope& scope,
                                           store::PetitionFilter filter,
                                           const ExportOptions& options);

// The 行政执法案件 list (store::PenaltyCaseFilter), ordered by 线索受理日期 by default; the title's
// period comes from the filter's received_from / received_to.
core::Result<ExportedFile> ExportPenaltyCases(ServiceContext& ctx, const store::Scope& scope,
                                              store::PenaltyCaseFilter filter,
                                              const ExportOptions& options);

// The 行政规范性文件 list (period from published_from/to) and the 重大行政决策 list, by the same
// contract.
core::Result<ExportedFile> ExportNormativeDocuments(ServiceContext& ctx, const store::Scope& scope,
                                                    store::NormativeFilter filter, const ExportOptions& options);
core::Result<ExportedFile> ExportMajorDecisions(ServiceContext& ctx, const store::Scope& scope,
                                                store::DecisionFilter filter, const ExportOptions& options);

// The 重大行政决策目录 (year, text, withdrawn filters), by year then title; a year filter gives
// the title's period "（2025年）".
core::Result<ExportedFile> ExportDecisionCatalogue(ServiceContext& ctx, const store::Scope& scope,
                                                   store::DecisionCatalogueFilter filter, const ExportOptions& options);

// The 权力事项目录 (category, effectiveOn, code, text filters), one row per version, by code.
core::Result<ExportedFile> ExportPowers(ServiceContext& ctx, const store::Scope& scope, store::PowerFilter filter,
                                        const ExportOptions& options);

// The 行政执法人员 register: the officer list's query (township, text, in post, certificate
// standing on today — service::ListOfficers), ordered by name by default; no period in the title.
core::Result<ExportedFile> ExportOfficers(ServiceContext& ctx, const store::Scope& scope, OfficerQuery query,
                                          const ExportOptions& options);

}  // namespace fazhi::service
