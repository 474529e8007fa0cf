// http/handlers/decision_handlers.cc — the 重大行政决策 ledger over HTTP (docs/server.md routes):
// decisions with "procedureComplete" (every step the decision needs is evidenced) and a
// decision's change history. Marking a decision decided (decidedOn) without a step it needs
// answers 412 (FAILED_PRECONDITION) with the rule (DEC-05…09) and the article. The yearly
// 决策目录 (DEC-03) at /api/v1/decision-catalogue: a decision in the catalogue names one of its
// items (400 "catalogueItem" otherwise).

#include "http/handlers/crud.h"
#include "http/handlers/handlers.h"
#include "http/handlers/history.h"
#include "http/handlers/list_json.h"
#include "service/decision_service.h"
#include "service/json/decision_json.h"

namespace fazhi::http {
namespace {

namespace json = service::json;
using service::Permission;

core::Result<nlohmann::json> DecisionJson(Exchange& ex, const domain::MajorDecision& d) {
  nlohmann::json j = json::ToJson(d, MaskingFor(ex));
  j["procedureComplete"] = domain::ProcedureComplete(d, *ex.ctx.calendar);
  return j;
}

core::Result<nlohmann::json> ListDecisions(Exchange& ex) {
  store::DecisionFilter filter;
  ASSIGN_OR_RETURN(filter.township_id, TownshipFilter(ex));
  filter.text = ex.QueryText("q").value_or("");
  ASSIGN_OR_RETURN(filter.decided, ex.QueryBool("decided"));
  ASSIGN_OR_RETURN(auto year, ex.QueryInt("catalogueYear", 2000, 2100));
  if (year) filter.catalogue_year = static_cast<int>(*year);
  ASSIGN_OR_RETURN(filter.page, ex.Paging({"proposedOn", "decidedOn", "title", "id"}));
  ASSIGN_OR_RETURN(auto page, service::ListMajorDecisions(ex.ctx, ex.scope(), filter));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& d : page.items) {
    ASSIGN_OR_RETURN(auto j, DecisionJson(ex, d));
    items.push_back(std::move(j));
  }
  return nlohmann::json{{"items", std::move(items)}, {"total", page.total}};
}

core::Result<nlohmann::json> ListCatalogue(Exchange& ex) {
  ASSIGN_OR_RETURN(store::DecisionCatalogueFilter filter, DecisionCatalogueFilterFrom(ex));
  ASSIGN_OR_RETURN(auto page, service::ListCatalogueItems(ex.ctx, ex.scope(), filter));
  nlohmann::json items = nlohmann::json::array();
  const auto masking = MaskingFor(ex);
  for (const auto& k : page.items) items.push_back(json::ToJson(k, masking));
  return nlohmann::json{{"items", std::move(items)}, {"total", page.total}};
}

}  // namespace

core::Result<store::DecisionCatalogueFilter> DecisionCatalogueFilterFrom(const Exchange& ex) {
  store::DecisionCatalogueFilter filter;
  ASSIGN_OR_RETURN(filter.township_id, TownshipFilter(ex));
  filter.text = ex.QueryText("q").value_or("");
  ASSIGN_OR_RETURN(filter.withdrawn, ex.QueryBool("withdrawn"));
  ASSIGN_OR_RETURN(auto year, ex.QueryInt("year", 2000, 2100));
  if (year) filter.year = static_cast<int>(*year);
  ASSIGN_OR_RETURN(filter.page, ex.Paging({"year", "title", "listedOn", "id"}));
  return filter;
}

void AddDecisionRoutes(std::vector<Route>& routes) {
  AddCrudRoutes<domain::MajorDecision>(
      routes, {"/api/v1/decisions", ListDecisions, service::GetMajorDecision, json::MajorDecisionFromJson,
               [](const auto& r, const auto& m) { return json::ToJson(r, m); }, service::RecordMajorDecision,
               service::UpdateMajorDecision, DecisionJson});
  AddCrudRoutes<domain::DecisionCatalogueItem>(
      routes, {"/api/v1/decision-catalogue", ListCatalogue, service::GetCatalogueItem,
               json::DecisionCatalogueItemFromJson, [](const auto& r, const auto& m) { return json::ToJson(r, m); },
               service::RecordCatalogueItem, service::UpdateCatalogueItem});
  routes.push_back({"GET", "/api/v1/decision-catalogue/{id}/history", Access::kPermission, Permission::kLedgerRead,
                    BodyKind::kNone, HistoryHandler("decision_catalogue_item", [](Exchange& ex, std::int64_t id) {
                      return service::GetCatalogueItem(ex.ctx, ex.scope(), id).map([](auto&&) {});
                    })});
  routes.push_back({"GET", "/api/v1/decisions/{id}/history", Access::kPermission, Permission::kLedgerRead,
                    BodyKind::kNone, HistoryHandler("major_decision", [](Exchange& ex, std::int64_t id) {
                      return service::GetMajorDecision(ex.ctx, ex.scope(), id).map([](auto&&) {});
                    })});
}

}  // namespace fazhi::http
