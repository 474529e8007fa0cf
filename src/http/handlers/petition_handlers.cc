// http/handlers/petition_handlers.cc — the 信访 ledger over HTTP (docs/server.md routes):
// petitions (with extension, excluded intervals, 复查 and 复核), a petition's deadline timeline
// and change history, and 领导接访 receptions.
#include "http/handlers/crud.h"
#include "http/handlers/handlers.h"
#include "http/handlers/history.h"
#include "http/handlers/list_json.h"
#include "service/json/page_json.h"
#include "service/json/petition_json.h"
#include "service/ledger_queries.h"

namespace fazhi::http {
namespace {

namespace json = service::json;
using service::Permission;

core::Result<nlohmann::json> ListPetitions(Exchange& ex) {
  ASSIGN_OR_RETURN(store::PetitionFilter filter, PetitionFilterFrom(ex));
  ASSIGN_OR_RETURN(auto page, service::ListPetitions(ex.ctx, ex.scope(), filter));
  return json::PageToJson(page, [&](const auto& p) { return json::ToJson(p, MaskingFor(ex)); });
}

core::Result<nlohmann::json> ListReceptions(Exchange& ex) {
  ASSIGN_OR_RETURN(auto township, TownshipFilter(ex));
  ASSIGN_OR_RETURN(auto from, ex.QueryDate("from"));
  ASSIGN_OR_RETURN(auto to, ex.QueryDate("to"));
  ASSIGN_OR_RETURN(auto items,
                   service::ListLeaderReceptions(ex.ctx, ex.scope(), township, from, to));
  return ItemsJson(items, [&](const auto& r) { return json::ToJson(r, MaskingFor(ex)); });
}

core::Result<Response> PetitionDeadlines(Exchange& ex) {
  ASSIGN_OR_RETURN(std::int64_t id, ex.PathId());
  ASSIGN_OR_RETURN(auto steps, service::PetitionTimeline(ex.ctx, ex.scope(), id));
  return Response::Json(200, TimelineJson(steps));
}

}  // namespace

core::Result<store::PetitionFilter> PetitionFilterFrom(const Exchange& ex) {
  store::PetitionFilter filter;
  ASSIGN_OR_RETURN(filter.township_id, TownshipFilter(ex));
  ASSIGN_OR_RETURN(filter.received_from, ex.QueryDate("receivedFrom"));
  ASSIGN_OR_RETURN(filter.received_to, ex.QueryDate("receivedTo"));
  if (auto channel = ex.QueryText("channel")) {
    auto parsed = domain::ParsePetitionChannel(*channel);
    if (!parsed) return core::Fail(parsed.error());
    filter.channel = *parsed;
  }
  if (auto category = ex.QueryText("category")) {
    auto parsed = domain::ParsePetitionCategory(*category);
    if (!parsed) return core::Fail(parsed.error());
    filter.category = *parsed;
  }
  if (auto status = ex.QueryText("status")) {
    if (*status == "open") {
      filter.closed = false;
    } else if (*status == "closed") {
      filter.closed = true;
    } else {
      return core::Fail(core::InvalidArgument("status", "参数 status 应为 open（未办结）或 closed（已办结）",
                                              "parameter status must be open or closed"));
    }
  }
  filter.text = ex.QueryText("q").value_or("");
  ASSIGN_OR_RETURN(filter.page, ex.Paging({"receivedOn", "closedOn", "regNo", "id"}));
  return filter;
}

void AddPetitionRoutes(std::vector<Route>& routes) {
  // Receptions first: "/petitions/receptions" must not be taken for "/petitions/{id}".
  AddCrudRoutes<domain::LeaderReception>(
      routes, {"/api/v1/petitions/receptions", ListReceptions, service::GetLeaderReception,
               json::LeaderReceptionFromJson,
               [](const auto& r, const auto& m) { return json::ToJson(r, m); },
               service::RecordLeaderReception, service::UpdateLeaderReception});
  AddCrudRoutes<domain::Petition>(
      routes, {"/api/v1/petitions", ListPetitions, service::GetPetition, json::PetitionFromJson,
               [](const auto& r, const auto& m) { return json::ToJson(r, m); },
               service::RecordPetition, service::UpdatePetition});
  routes.push_back({"GET", "/api/v1/petitions/{id}/deadlines", Access::kPermission,
                    Permission::kLedgerRead, BodyKind::kNone, PetitionDeadlines});
  routes.push_back({"GET", "/api/v1/petitions/{id}/history", Access::kPermission,
                    Permission::kLedgerRead, BodyKind::kNone,
                    HistoryHandler("petition", [](Exchange& ex, std::int64_t id) {
                      return service::GetPetition(ex.ctx, ex.scope(), id).map([](auto&&) {});
                    })});
}

}  // namespace fazhi::http
