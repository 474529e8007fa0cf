// http/handlers/penalty_handlers.cc — the 行政执法案件 ledger over HTTP (docs/server.md
// routes): cases with their stages, each answered with its deadlines (decision, hearing
// request, service, publication, payment, limitation), a case's change history, and the
// files of its 全过程记录 (upload checked by content and stored by SHA-256; download verified). A move
// the law forbids answers 412 (FAILED_PRECONDITION) with the rule and the article (service/penalty_service.h).

#include "http/handlers/crud.h"
#include "http/handlers/handlers.h"
#include "http/handlers/history.h"
#include "http/handlers/list_json.h"
#include "service/enforcement_statistics_service.h"
#include "service/json/penalty_json.h"
#include "store/org_repository.h"
#include "service/penalty_service.h"

namespace fazhi::http {
namespace {

namespace json = service::json;
using service::Permission;

// The case with "deadlines" (null parts where the start is not known yet).
core::Result<nlohmann::json> CaseJson(Exchange& ex, const domain::PenaltyCase& c) {
  nlohmann::json j = json::ToJson(c, MaskingFor(ex));
  ASSIGN_OR_RETURN(auto deadlines, service::PenaltyCaseDeadlines(ex.ctx, c));
  j["deadlines"] = json::ToJson(deadlines);
  return j;
}

template <class E, class Parse>
core::Status QueryEnum(const Exchange& ex, const char* key, std::optional<E>& out, Parse&& parse) {
  if (auto text = ex.QueryText(key)) {
    ASSIGN_OR_RETURN(E value, parse(*text, key));
    out = value;
  }
  return core::Ok();
}

core::Result<nlohmann::json> ListCases(Exchange& ex) {
  ASSIGN_OR_RETURN(store::PenaltyCaseFilter filter, PenaltyCaseFilterFrom(ex));
  ASSIGN_OR_RETURN(auto page, service::ListPenaltyCases(ex.ctx, ex.scope(), filter));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& c : page.items) {
    ASSIGN_OR_RETURN(auto j, CaseJson(ex, c));
    items.push_back(std::move(j));
  }
  return nlohmann::json{{"items", std::move(items)}, {"total", page.total}};
}

// POST …/cases/{id}/documents?stage=&evidenceType=&recordedOn=&title=&fileName= with the file
// as the body: the document is added with its SHA-256 (201 {record, warnings}).
core::Result<Response> UploadDocument(Exchange& ex) {
  ASSIGN_OR_RETURN(std::int64_t id, ex.PathId());
  service::DocumentUpload upload;
  auto stage = ex.QueryText("stage");
  if (!stage) {
    return core::Fail(core::InvalidArgument("stage", "请选择文书证据所属的办案阶段（stage）",
                                            "choose the stage of the document (stage)"));
  }
  ASSIGN_OR_RETURN(upload.stage, domain::ParseCaseStage(*stage, "stage"));
  if (auto type = ex.QueryText("evidenceType")) {
    ASSIGN_OR_RETURN(upload.evidence_type, domain::ParseEvidenceType(*type, "evidenceType"));
  }
  ASSIGN_OR_RETURN(auto recorded_on, ex.QueryDate("recordedOn"));
  if (!recorded_on) {
    return core::Fail(core::InvalidArgument("recordedOn", "请填写记录日期（recordedOn）",
                                            "the record date (recordedOn) is required"));
  }
  upload.recorded_on = *recorded_on;
  upload.title = ex.QueryText("title").value_or("");
  upload.file_name = ex.QueryText("fileName").value_or("");
  upload.bytes = ex.request.body;
  upload.max_bytes = static_cast<std::int64_t>(ex.config.max_upload_mb) * 1024 * 1024;
  ASSIGN_OR_RETURN(auto saved, service::AttachPenaltyDocument(ex.ctx, ex.scope(), id, upload));
  ASSIGN_OR_RETURN(nlohmann::json encoded, CaseJson(ex, saved.record));
  return Response::Json(201, RecordedJson(encoded, saved.warnings));
}

// GET …/cases/{id}/documents/{documentId}/file: the stored file, verified against its SHA-256.
core::Result<Response> DownloadDocument(Exchange& ex) {
  ASSIGN_OR_RETURN(std::int64_t id, ex.PathId());
  ASSIGN_OR_RETURN(std::int64_t document_id, ex.PathId("documentId"));
  ASSIGN_OR_RETURN(auto file, service::ReadPenaltyDocumentFile(ex.ctx, ex.scope(), id, document_id));
  const std::string name = file.file_name.empty() ? "evidence" : file.file_name;
  return Response::Download(std::move(file.media_type), name, std::move(file.bytes));
}

// GET /api/v1/public/decisions?unit=&year=&page=&pageSize= — no login (LEP-03 公示).
core::Result<Response> PublicDecisions(Exchange& ex) {
  auto unit = ex.QueryText("unit");
  if (!unit) {
    return core::Fail(core::InvalidArgument("unit", "请指定县或乡镇的12位区划代码（unit）",
                                            "give the 12-digit code of a county or township (unit)"));
  }
  ASSIGN_OR_RETURN(auto year, ex.QueryInt("year", 2000, 2100));
  ASSIGN_OR_RETURN(auto page, ex.QueryInt("page", 1, 100000));
  ASSIGN_OR_RETURN(auto page_size, ex.QueryInt("pageSize", 1, 100));
  const int y = static_cast<int>(year.value_or(core::YearOf(ex.ctx.clock->Today())));
  ASSIGN_OR_RETURN(auto found, service::ListPublicDecisions(ex.ctx, *unit, y, static_cast<int>(page.value_or(1)),
                                                            static_cast<int>(page_size.value_or(20))));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& d : found.items) items.push_back(json::ToJson(d));
  return Response::Json(200, nlohmann::json{{"unit", {{"code", found.unit.code}, {"name", found.unit.name}}},
                                            {"year", found.year},
                                            {"items", std::move(items)},
                                            {"total", found.total}});
}

// The unit of a statistics request: `unit`, else the caller's own township or county.
core::Result<std::string> UnitCode(Exchange& ex) {
  if (auto unit = ex.QueryText("unit")) return *unit;
  if (ex.scope().kind() == store::Scope::Kind::kSystem) {
    return core::Fail(core::InvalidArgument("unit", "请指定县或乡镇的12位区划代码（unit）",
                                            "give the 12-digit code of a county or township (unit)"));
  }
  ASSIGN_OR_RETURN(auto region, store::OrgRepository(*ex.ctx.db).GetRegion(ex.scope(), ex.scope().region_id()));
  return region.code;
}

nlohmann::json StatisticsRowJson(const domain::EnforcementStatisticsRow& r) {
  nlohmann::json kinds = nlohmann::json::object();
  for (std::size_t i = 0; i < r.by_kind.size(); ++i) {
    kinds[std::string(domain::PenaltyKindCode(static_cast<domain::PenaltyKind>(i)))] = r.by_kind[i];
  }
  return {{"category", r.category ? nlohmann::json(std::string(domain::ActionCategoryCode(*r.category))) : nlohmann::json()},
          {"categoryLabel", r.category ? std::string(domain::ActionCategoryLabelZh(*r.category)) : std::string("合计")},
          {"filed", r.filed},
          {"decided", r.decided},
          {"penalised", r.penalised},
          {"notPenalised", r.not_penalised},
          {"transferred", r.transferred},
          {"summary", r.summary},
          {"byKind", std::move(kinds)},
          {"hearings", r.hearings},
          {"legalReviews", r.legal_reviews},
          {"finesFen", r.fines_fen},
          {"confiscationFen", r.confiscation_fen},
          {"paidFen", r.paid_fen}};
}

// GET /api/v1/enforcement/statistics?unit=&year=&format=json|xlsx|csv (LEP-05).
core::Result<Response> Statistics(Exchange& ex) {
  ASSIGN_OR_RETURN(std::string unit, UnitCode(ex));
  ASSIGN_OR_RETURN(auto year, ex.QueryInt("year", 2000, 2100));
  const int y = static_cast<int>(year.value_or(core::YearOf(ex.ctx.clock->Today()) - 1));
  const std::string format = ex.QueryText("format").value_or("json");
  if (format == "json") {
    ASSIGN_OR_RETURN(auto report, service::ComputeEnforcementStatistics(ex.ctx, ex.scope(), unit, y));
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& r : report.rows) rows.push_back(StatisticsRowJson(r));
    return Response::Json(200, nlohmann::json{{"unit", {{"code", report.unit.code}, {"name", report.unit.name}}},
                                              {"year", report.year},
                                              {"rows", std::move(rows)}});
  }
  ASSIGN_OR_RETURN(auto file_format, exchange::ParseFileFormat(format, "format"));
  ASSIGN_OR_RETURN(auto file, service::ExportEnforcementStatistics(ex.ctx, ex.scope(), unit, y, file_format));
  return Response::Download(std::move(file.content_type), file.file_name, std::move(file.bytes));
}

}  // namespace

// Also used by the export route (exchange_handlers.cc): the same filters as the list.
core::Result<store::PenaltyCaseFilter> PenaltyCaseFilterFrom(const Exchange& ex) {
  store::PenaltyCaseFilter filter;
  ASSIGN_OR_RETURN(filter.township_id, TownshipFilter(ex));
  filter.text = ex.QueryText("q").value_or("");
  RETURN_IF_ERROR(QueryEnum(ex, "stage", filter.stage, [](std::string_view t, const char* k) {
    return domain::ParseCaseStage(t, k);
  }));
  RETURN_IF_ERROR(QueryEnum(ex, "category", filter.category, [](std::string_view t, const char* k) {
    return domain::ParseActionCategory(t, k);
  }));
  RETURN_IF_ERROR(QueryEnum(ex, "procedure", filter.procedure, [](std::string_view t, const char* k) {
    return domain::ParsePenaltyProcedure(t, k);
  }));
  ASSIGN_OR_RETURN(filter.received_from, ex.QueryDate("receivedFrom"));
  ASSIGN_OR_RETURN(filter.received_to, ex.QueryDate("receivedTo"));
  ASSIGN_OR_RETURN(filter.decided_from, ex.QueryDate("decidedFrom"));
  ASSIGN_OR_RETURN(filter.decided_to, ex.QueryDate("decidedTo"));
  ASSIGN_OR_RETURN(filter.published, ex.QueryBool("published"));
  ASSIGN_OR_RETURN(filter.page, ex.Paging({"leadReceivedOn", "filedOn", "decidedOn", "number", "id"}));
  return filter;
}

void AddPenaltyRoutes(std::vector<Route>& routes) {
  AddCrudRoutes<domain::PenaltyCase>(
      routes, {"/api/v1/enforcement/cases", ListCases, service::GetPenaltyCase,
               json::PenaltyCaseFromJson,
               [](const auto& r, const auto& m) { return json::ToJson(r, m); },
               service::RecordPenaltyCase, service::UpdatePenaltyCase, CaseJson});
  routes.push_back({"GET", "/api/v1/enforcement/cases/{id}/history", Access::kPermission,
                    Permission::kLedgerRead, BodyKind::kNone,
                    HistoryHandler("penalty_case", [](Exchange& ex, std::int64_t id) {
                      return service::GetPenaltyCase(ex.ctx, ex.scope(), id).map([](auto&&) {});
                    })});
  routes.push_back({"GET", "/api/v1/enforcement/statistics", Access::kPermission, Permission::kLedgerRead,
                    BodyKind::kNone, Statistics});
  routes.push_back({"GET", "/api/v1/public/decisions", Access::kPublic, {}, BodyKind::kNone, PublicDecisions});
  routes.push_back({"POST", "/api/v1/enforcement/cases/{id}/documents", Access::kPermission,
                    Permission::kLedgerWrite, BodyKind::kFile, UploadDocument});
  routes.push_back({"GET", "/api/v1/enforcement/cases/{id}/documents/{documentId}/file", Access::kPermission,
                    Permission::kLedgerRead, BodyKind::kNone, DownloadDocument});
}

}  // namespace fazhi::http
