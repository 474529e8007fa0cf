// http/handlers/normative_handlers.cc — the 行政规范性文件 ledger over HTTP (docs/server.md
// routes): documents with their deadlines (review, publication, filing, evaluation) and a
// document's change history. A step the workflow forbids answers 412 (FAILED_PRECONDITION)
// with the rule (NORM-01/02/03/05/06).

#include "http/handlers/crud.h"
#include "http/handlers/handlers.h"
#include "http/handlers/history.h"
#include "http/handlers/list_json.h"
#include "service/json/normative_json.h"
#include "service/normative_service.h"

namespace fazhi::http {
namespace {

namespace json = service::json;
using service::Permission;

core::Result<nlohmann::json> DocumentJson(Exchange& ex, const domain::NormativeDocument& d) {
  nlohmann::json j = json::ToJson(d, MaskingFor(ex));
  ASSIGN_OR_RETURN(auto deadlines, service::NormativeDeadlines(ex.ctx, d));
  j["deadlines"] = json::ToJson(deadlines);
  return j;
}

core::Result<nlohmann::json> ListDocuments(Exchange& ex) {
  store::NormativeFilter filter;
  ASSIGN_OR_RETURN(filter.township_id, TownshipFilter(ex));
  filter.text = ex.QueryText("q").value_or("");
  if (auto standing = ex.QueryText("standing")) {
    ASSIGN_OR_RETURN(auto s, domain::ParseNormStanding(*standing, "standing"));
    filter.standing = s;
  }
  ASSIGN_OR_RETURN(filter.published_from, ex.QueryDate("publishedFrom"));
  ASSIGN_OR_RETURN(filter.published_to, ex.QueryDate("publishedTo"));
  ASSIGN_OR_RETURN(filter.filed, ex.QueryBool("filed"));
  ASSIGN_OR_RETURN(filter.page, ex.Paging({"draftedOn", "publishedOn", "title", "id"}));
  ASSIGN_OR_RETURN(auto page, service::ListNormativeDocuments(ex.ctx, ex.scope(), filter));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& d : page.items) {
    ASSIGN_OR_RETURN(auto j, DocumentJson(ex, d));
    items.push_back(std::move(j));
  }
  return nlohmann::json{{"items", std::move(items)}, {"total", page.total}};
}

}  // namespace

void AddNormativeRoutes(std::vector<Route>& routes) {
  AddCrudRoutes<domain::NormativeDocument>(
      routes, {"/api/v1/normative/documents", ListDocuments, service::GetNormativeDocument,
               json::NormativeDocumentFromJson, [](const auto& r, const auto& m) { return json::ToJson(r, m); },
               service::RecordNormativeDocument, service::UpdateNormativeDocument, DocumentJson});
  routes.push_back({"GET", "/api/v1/normative/documents/{id}/history", Access::kPermission, Permission::kLedgerRead,
                    BodyKind::kNone, HistoryHandler("normative_document", [](Exchange& ex, std::int64_t id) {
                      return service::GetNormativeDocument(ex.ctx, ex.scope(), id).map([](auto&&) {});
                    })});
}

}  // namespace fazhi::http
