// http/handlers/exchange_handlers.cc — Excel in and out over HTTP (docs/import-export.md):
//   GET  /api/v1/mediation/cases/export?format=xlsx|csv&<the list's filters>
//   GET  /api/v1/petitions/export?format=xlsx|csv&<the list's filters>
//   POST /api/v1/mediation/cases/import?format=&mode=all|valid&dryRun=1[&townshipId=]
//   POST /api/v1/petitions/import?…
//   GET  /api/v1/enforcement/cases/export?…  ·  POST /api/v1/enforcement/cases/import?…
//   GET  /api/v1/normative/documents/export · POST …/import; GET /api/v1/decisions/export · POST …/import
//   GET  /api/v1/enforcement/officers/export?…  ·  POST /api/v1/enforcement/officers/import?…
//   GET  /api/v1/decision-catalogue/export?year=…  ·  POST /api/v1/decision-catalogue/import?…
//   GET  /api/v1/enforcement/powers/export?…  ·  POST /api/v1/enforcement/powers/import?…
// Exports are the list query (all pages), masked unless the caller has personal_data.
// Imports take the raw file as the body (BodyKind::kFile, at most server.max_upload_mb);
// the rows go into the caller's township, or for a county user into `townshipId`
// (required). The answer is 200 with the import report (service/json/import_json.h), also
// when rows were rejected: the report is the result, not an error.
// Registered before the ledgers' `{id}` routes so "export"/"import" are not taken for ids.
#include <fmt/format.h>

#include "exchange/ledger_layouts.h"
#include "exchange/sheet.h"
#include "http/handlers/handlers.h"
#include "http/handlers/list_json.h"
#include "service/export_service.h"
#include "service/import_service.h"
#include "service/json/import_json.h"

namespace fazhi::http {
namespace {

using service::Permission;

core::Result<exchange::FileFormat> ExportFormat(const Exchange& ex) {
  return exchange::ParseFileFormat(ex.QueryText("format").value_or("xlsx"), "format");
}

service::ExportOptions ExportOptionsFor(const Exchange& ex, exchange::FileFormat format) {
  service::ExportOptions options;
  options.format = format;
  options.unmasked = ex.Can(Permission::kPersonalData);
  return options;
}

Response DownloadOf(service::ExportedFile file) {
  Response r = Response::Download(std::move(file.content_type), file.file_name,
                                  std::move(file.bytes));
  r.SetHeader("X-Export-Rows", std::to_string(file.rows));
  return r;
}

core::Result<Response> ExportCases(Exchange& ex) {
  ASSIGN_OR_RETURN(exchange::FileFormat format, ExportFormat(ex));
  ASSIGN_OR_RETURN(store::CaseFilter filter, MediationCaseFilterFrom(ex));
  ASSIGN_OR_RETURN(service::ExportedFile file,
                   service::ExportMediationCases(ex.ctx, ex.scope(), std::move(filter),
                                                 ExportOptionsFor(ex, format)));
  return DownloadOf(std::move(file));
}

core::Result<Response> ExportPetitionList(Exchange& ex) {
  ASSIGN_OR_RETURN(exchange::FileFormat format, ExportFormat(ex));
  ASSIGN_OR_RETURN(store::PetitionFilter filter, PetitionFilterFrom(ex));
  ASSIGN_OR_RETURN(service::ExportedFile file,
                   service::ExportPetitions(ex.ctx, ex.scope(), std::move(filter),
                                            ExportOptionsFor(ex, format)));
  return DownloadOf(std::move(file));
}

core::Result<Response> ExportPenaltyList(Exchange& ex) {
  ASSIGN_OR_RETURN(exchange::FileFormat format, ExportFormat(ex));
  ASSIGN_OR_RETURN(store::PenaltyCaseFilter filter, PenaltyCaseFilterFrom(ex));
  ASSIGN_OR_RETURN(service::ExportedFile file,
                   service::ExportPenaltyCases(ex.ctx, ex.scope(), std::move(filter),
                                               ExportOptionsFor(ex, format)));
  return DownloadOf(std::move(file));
}

core::Result<Response> ExportNormativeList(Exchange& ex) {
  ASSIGN_OR_RETURN(exchange::FileFormat format, ExportFormat(ex));
  store::NormativeFilter filter;
  ASSIGN_OR_RETURN(filter.township_id, TownshipFilter(ex));
  filter.text = ex.QueryText("q").value_or("");
  ASSIGN_OR_RETURN(filter.published_from, ex.QueryDate("publishedFrom"));
  ASSIGN_OR_RETURN(filter.published_to, ex.QueryDate("publishedTo"));
  ASSIGN_OR_RETURN(filter.filed, ex.QueryBool("filed"));
  ASSIGN_OR_RETURN(service::ExportedFile file, service::ExportNormativeDocuments(ex.ctx, ex.scope(), std::move(filter),
                                                                                ExportOptionsFor(ex, format)));
  return DownloadOf(std::move(file));
}

core::Result<Response> ExportDecisionList(Exchange& ex) {
  ASSIGN_OR_RETURN(exchange::FileFormat format, ExportFormat(ex));
  store::DecisionFilter filter;
  ASSIGN_OR_RETURN(filter.township_id, TownshipFilter(ex));
  filter.text = ex.QueryText("q").value_or("");
  ASSIGN_OR_RETURN(filter.decided, ex.QueryBool("decided"));
  ASSIGN_OR_RETURN(service::ExportedFile file, service::ExportMajorDecisions(ex.ctx, ex.scope(), std::move(filter),
                                                                            ExportOptionsFor(ex, format)));
  return DownloadOf(std::move(file));
}

core::Result<Response> ExportOfficerList(Exchange& ex) {
  ASSIGN_OR_RETURN(exchange::FileFormat format, ExportFormat(ex));
  ASSIGN_OR_RETURN(service::OfficerQuery query, OfficerQueryFrom(ex));
  ASSIGN_OR_RETURN(service::ExportedFile file,
                   service::ExportOfficers(ex.ctx, ex.scope(), std::move(query), ExportOptionsFor(ex, format)));
  return DownloadOf(std::move(file));
}

core::Result<Response> ExportDecisionCatalogueList(Exchange& ex) {
  ASSIGN_OR_RETURN(exchange::FileFormat format, ExportFormat(ex));
  ASSIGN_OR_RETURN(store::DecisionCatalogueFilter filter, DecisionCatalogueFilterFrom(ex));
  ASSIGN_OR_RETURN(service::ExportedFile file, service::ExportDecisionCatalogue(ex.ctx, ex.scope(), std::move(filter),
                                                                               ExportOptionsFor(ex, format)));
  return DownloadOf(std::move(file));
}

core::Result<Response> ExportPowerList(Exchange& ex) {
  ASSIGN_OR_RETURN(exchange::FileFormat format, ExportFormat(ex));
  ASSIGN_OR_RETURN(store::PowerFilter filter, PowerFilterFrom(ex));
  ASSIGN_OR_RETURN(service::ExportedFile file,
                   service::ExportPowers(ex.ctx, ex.scope(), std::move(filter), ExportOptionsFor(ex, format)));
  return DownloadOf(std::move(file));
}

// The township the rows go into: a township user's own; a county user must name one.
core::Result<std::int64_t> ImportTownship(const Exchange& ex) {
  ASSIGN_OR_RETURN(std::optional<std::int64_t> named, TownshipFilter(ex));
  const store::Scope& scope = ex.scope();
  if (scope.kind() == store::Scope::Kind::kTownship) {
    if (named && *named != scope.region_id()) {
      return core::Fail(core::NotFound("乡镇不存在或无权访问",
                                       "no such township in your scope"));
    }
    return scope.region_id();
  }
  if (!named) {
    return core::Fail(core::InvalidArgument("townshipId", "请选择导入到哪个乡镇（townshipId）",
                                            "choose the township to import into (townshipId)"));
  }
  return *named;
}

Handler ImportHandler(exchange::Ledger ledger) {
  return [ledger](Exchange& ex) -> core::Result<Response> {
    if (ex.request.body.empty()) {
      return core::Fail(core::InvalidArgument("file", "上传的文件是空的", "the uploaded file is empty"));
    }
    service::ImportOptions options;
    ASSIGN_OR_RETURN(options.mode,
                     service::ParseImportMode(ex.QueryText("mode").value_or("all"), "mode"));
    ASSIGN_OR_RETURN(std::optional<bool> dry_run, ex.QueryBool("dryRun"));
    options.dry_run = dry_run.value_or(false);
    if (auto format = ex.QueryText("format")) {
      // The bytes decide (a zip is .xlsx); a stated format that contradicts them is an error.
      ASSIGN_OR_RETURN(exchange::FileFormat stated, exchange::ParseFileFormat(*format, "format"));
      ASSIGN_OR_RETURN(exchange::FileFormat actual, exchange::DetectFileFormat(ex.request.body));
      if (stated != actual) {
        return core::Fail(core::InvalidArgument(
            "format",
            fmt::format("文件内容是 {}，与 format={} 不符", exchange::FileFormatCode(actual), *format),
            fmt::format("the file is {}, not {}", exchange::FileFormatCode(actual), *format)));
      }
    }
    ASSIGN_OR_RETURN(std::int64_t township_id, ImportTownship(ex));
    ASSIGN_OR_RETURN(service::ImportResult result,
                     service::ImportLedger(ex.ctx, ex.scope(), ledger, township_id,
                                           ex.request.body, options));
    return Response::Json(200, service::json::ImportResultToJson(result));
  };
}

}  // namespace

void AddExchangeRoutes(std::vector<Route>& routes) {
  routes.push_back({"GET", "/api/v1/mediation/cases/export", Access::kPermission,
                    Permission::kLedgerRead, BodyKind::kNone, ExportCases});
  routes.push_back({"GET", "/api/v1/petitions/export", Access::kPermission,
                    Permission::kLedgerRead, BodyKind::kNone, ExportPetitionList});
  routes.push_back({"POST", "/api/v1/mediation/cases/import", Access::kPermission,
                    Permission::kLedgerWrite, BodyKind::kFile,
                    ImportHandler(exchange::Ledger::kMediation)});
  routes.push_back({"POST", "/api/v1/petitions/import", Access::kPermission,
                    Permission::kLedgerWrite, BodyKind::kFile,
                    ImportHandler(exchange::Ledger::kPetition)});
  routes.push_back({"GET", "/api/v1/normative/documents/export", Access::kPermission, Permission::kLedgerRead,
                    BodyKind::kNone, ExportNormativeList});
  routes.push_back({"POST", "/api/v1/normative/documents/import", Access::kPermission, Permission::kLedgerWrite,
                    BodyKind::kFile, ImportHandler(exchange::Ledger::kNormative)});
  routes.push_back({"GET", "/api/v1/decisions/export", Access::kPermission, Permission::kLedgerRead, BodyKind::kNone,
                    ExportDecisionList});
  routes.push_back({"POST", "/api/v1/decisions/import", Access::kPermission, Permission::kLedgerWrite,
                    BodyKind::kFile, ImportHandler(exchange::Ledger::kDecision)});
  routes.push_back({"GET", "/api/v1/decision-catalogue/export", Access::kPermission, Permission::kLedgerRead,
                    BodyKind::kNone, ExportDecisionCatalogueList});
  routes.push_back({"POST", "/api/v1/decision-catalogue/import", Access::kPermission, Permission::kLedgerWrite,
                    BodyKind::kFile, ImportHandler(exchange::Ledger::kDecisionCatalogue)});
  routes.push_back({"GET", "/api/v1/enforcement/cases/export", Access::kPermission,
                    Permission::kLedgerRead, BodyKind::kNone, ExportPenaltyList});
  routes.push_back({"POST", "/api/v1/enforcement/cases/import", Access::kPermission,
                    Permission::kLedgerWrite, BodyKind::kFile,
                    ImportHandler(exchange::Ledger::kPenalty)});
  routes.push_back({"GET", "/api/v1/enforcement/powers/export", Access::kPermission, Permission::kLedgerRead,
                    BodyKind::kNone, ExportPowerList});
  routes.push_back({"POST", "/api/v1/enforcement/powers/import", Access::kPermission, Permission::kLedgerWrite,
                    BodyKind::kFile, ImportHandler(exchange::Ledger::kPower)});
  routes.push_back({"GET", "/api/v1/enforcement/officers/export", Access::kPermission,
                    Permission::kLedgerRead, BodyKind::kNone, ExportOfficerList});
  routes.push_back({"POST", "/api/v1/enforcement/officers/import", Access::kPermission,
                    Permission::kLedgerWrite, BodyKind::kFile,
                    ImportHandler(exchange::Ledger::kOfficer)});
}

}  // namespace fazhi::http
