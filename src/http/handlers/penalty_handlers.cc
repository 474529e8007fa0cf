// http/handlers/penalty_handlers.cc — the 行政执法案件 ledger over HTTP (docs/server.md
// routes): cases with their stages, each answered with its deadlines (decision, hearing
// request, service, publication, payment, limitation), and a case's change history. A move
// the law forbids answers 412 (FAILED_PRECONDITION) with the rule and the article (service/penalty_service.h).

#include "http/handlers/crud.h"
#include "http/handlers/handlers.h"
#include "http/handlers/history.h"
#include "http/handlers/list_json.h"
#include "service/json/penalty_json.h"
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
}

}  // namespace fazhi::http
