// http/handlers/mediation_handlers.cc — the 人民调解 ledger over HTTP (docs/server.md routes):
// committees, mediators, screening rounds, screened disputes, cases (with parties and
// agreement), a case's deadline timeline and change history, and the dispute categories.
#include <fmt/format.h>

#include "http/handlers/crud.h"
#include "http/handlers/handlers.h"
#include "http/handlers/history.h"
#include "http/handlers/list_json.h"
#include "service/json/page_json.h"
#include "service/json/mediation_json.h"
#include "service/ledger_queries.h"

namespace fazhi::http {
namespace {

namespace json = service::json;
using service::Permission;

template <class Enum, class Parse>
core::Result<std::optional<Enum>> QueryEnum(const Exchange& ex, std::string_view name, Parse parse) {
  auto text = ex.QueryText(name);
  if (!text) return std::optional<Enum>();
  auto parsed = parse(*text);
  if (!parsed) {
    core::Error e = parsed.error();
    e.field = std::string(name);
    return core::Fail(e);
  }
  return std::optional<Enum>(*parsed);
}

core::Result<nlohmann::json> ListCommittees(Exchange& ex) {
  ASSIGN_OR_RETURN(auto township, TownshipFilter(ex));
  ASSIGN_OR_RETURN(auto items, service::ListCommittees(ex.ctx, ex.scope(), township));
  return ItemsJson(items, [&](const auto& c) { return json::ToJson(c, MaskingFor(ex)); });
}

core::Result<nlohmann::json> ListMediators(Exchange& ex) {
  ASSIGN_OR_RETURN(auto township, TownshipFilter(ex));
  ASSIGN_OR_RETURN(auto committee, ex.QueryInt("committeeId", 1, INT64_MAX));
  ASSIGN_OR_RETURN(auto items, service::ListMediators(ex.ctx, ex.scope(), township, committee));
  return ItemsJson(items, [&](const auto& m) { return json::ToJson(m, MaskingFor(ex)); });
}

core::Result<nlohmann::json> ListRounds(Exchange& ex) {
  ASSIGN_OR_RETURN(auto township, TownshipFilter(ex));
  ASSIGN_OR_RETURN(auto from, ex.QueryDate("from"));
  ASSIGN_OR_RETURN(auto to, ex.QueryDate("to"));
  ASSIGN_OR_RETURN(auto items, service::ListScreeningRounds(ex.ctx, ex.scope(), township, from, to));
  return ItemsJson(items, [&](const auto& r) { return json::ToJson(r, MaskingFor(ex)); });
}

core::Result<nlohmann::json> ListDisputes(Exchange& ex) {
  store::ScreenedDisputeFilter filter;
  ASSIGN_OR_RETURN(filter.township_id, TownshipFilter(ex));
  ASSIGN_OR_RETURN(filter.found_from, ex.QueryDate("foundFrom"));
  ASSIGN_OR_RETURN(filter.found_to, ex.QueryDate("foundTo"));
  ASSIGN_OR_RETURN(filter.status, QueryEnum<domain::ScreenedDisputeStatus>(
                                      ex, "status", [](std::string_view s) {
                                        return domain::ParseScreenedDisputeStatus(s);
                                      }));
  ASSIGN_OR_RETURN(filter.round_id, ex.QueryInt("roundId", 1, INT64_MAX));
  ASSIGN_OR_RETURN(filter.page, ex.Paging({"foundOn", "id"}));
  ASSIGN_OR_RETURN(auto page, service::ListScreenedDisputes(ex.ctx, ex.scope(), filter));
  return json::PageToJson(page, [&](const auto& d) { return json::ToJson(d, MaskingFor(ex)); });
}

}  // namespace

// Also used by the export route (exchange_handlers.cc): the same filters as the list.
core::Result<store::CaseFilter> MediationCaseFilterFrom(const Exchange& ex) {
  store::CaseFilter filter;
  ASSIGN_OR_RETURN(filter.township_id, TownshipFilter(ex));
  ASSIGN_OR_RETURN(filter.accepted_from, ex.QueryDate("acceptedFrom"));
  ASSIGN_OR_RETURN(filter.accepted_to, ex.QueryDate("acceptedTo"));
  ASSIGN_OR_RETURN(filter.concluded_from, ex.QueryDate("concludedFrom"));
  ASSIGN_OR_RETURN(filter.concluded_to, ex.QueryDate("concludedTo"));
  ASSIGN_OR_RETURN(filter.outcome, QueryEnum<domain::MediationOutcome>(
                                       ex, "outcome", [](std::string_view s) {
                                         return domain::ParseMediationOutcome(s);
                                       }));
  if (auto category = ex.QueryText("category")) {
    if (domain::FindDisputeCategory(*category) == nullptr) {
      return core::Fail(core::InvalidArgument(
          "category", fmt::format("纠纷类型“{}”不存在", *category),
          fmt::format("no dispute category \"{}\"", *category)));
    }
    filter.category = std::string(domain::FindDisputeCategory(*category)->code);
  }
  filter.text = ex.QueryText("q").value_or("");
  ASSIGN_OR_RETURN(filter.page, ex.Paging({"acceptedOn", "concludedOn", "caseNo", "amountFen", "id"}));
  return filter;
}

namespace {

core::Result<nlohmann::json> ListCases(Exchange& ex) {
  ASSIGN_OR_RETURN(store::CaseFilter filter, MediationCaseFilterFrom(ex));
  ASSIGN_OR_RETURN(auto page, service::ListMediationCases(ex.ctx, ex.scope(), filter));
  return json::PageToJson(page, [&](const auto& c) { return json::ToJson(c, MaskingFor(ex)); });
}

core::Result<Response> CaseDeadlines(Exchange& ex) {
  ASSIGN_OR_RETURN(std::int64_t id, ex.PathId());
  ASSIGN_OR_RETURN(auto steps, service::MediationCaseTimeline(ex.ctx, ex.scope(), id));
  return Response::Json(200, TimelineJson(steps));
}

core::Result<Response> Categories(Exchange&) {
  return Response::Json(200, json::DisputeCategoriesToJson());
}

}  // namespace

void AddMediationRoutes(std::vector<Route>& routes) {
  AddCrudRoutes<domain::MediationCommittee>(
      routes, {"/api/v1/mediation/committees", ListCommittees, service::GetCommittee,
               json::MediationCommitteeFromJson,
               [](const auto& r, const auto& m) { return json::ToJson(r, m); },
               service::RecordCommittee, service::UpdateCommittee});
  AddCrudRoutes<domain::Mediator>(
      routes, {"/api/v1/mediation/mediators", ListMediators, service::GetMediator,
               json::MediatorFromJson, [](const auto& r, const auto& m) { return json::ToJson(r, m); },
               service::RecordMediator, service::UpdateMediator});
  AddCrudRoutes<domain::ScreeningRound>(
      routes, {"/api/v1/mediation/screening-rounds", ListRounds, service::GetScreeningRound,
               json::ScreeningRoundFromJson,
               [](const auto& r, const auto& m) { return json::ToJson(r, m); },
               service::RecordScreeningRound, service::UpdateScreeningRound});
  AddCrudRoutes<domain::ScreenedDispute>(
      routes, {"/api/v1/mediation/disputes", ListDisputes, service::GetScreenedDispute,
               json::ScreenedDisputeFromJson,
               [](const auto& r, const auto& m) { return json::ToJson(r, m); },
               service::RecordScreenedDispute, service::UpdateScreenedDispute});
  AddCrudRoutes<domain::MediationCase>(
      routes, {"/api/v1/mediation/cases", ListCases, service::GetMediationCase,
               json::MediationCaseFromJson,
               [](const auto& r, const auto& m) { return json::ToJson(r, m); },
               service::RecordMediationCase, service::UpdateMediationCase});
  routes.push_back({"GET", "/api/v1/mediation/cases/{id}/deadlines", Access::kPermission,
                    Permission::kLedgerRead, BodyKind::kNone, CaseDeadlines});
  routes.push_back({"GET", "/api/v1/mediation/cases/{id}/history", Access::kPermission,
                    Permission::kLedgerRead, BodyKind::kNone,
                    HistoryHandler("mediation_case", [](Exchange& ex, std::int64_t id) {
                      return service::GetMediationCase(ex.ctx, ex.scope(), id).map([](auto&&) {});
                    })});
  routes.push_back({"GET", "/api/v1/mediation/categories", Access::kSignedIn, {}, BodyKind::kNone,
                    Categories});
}

}  // namespace fazhi::http
