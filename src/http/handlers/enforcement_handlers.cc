// http/handlers/enforcement_handlers.cc — the 行政执法 ledgers over HTTP (docs/server.md
// routes): enforcement officers with certificates, exams and trainings, each with its
// standing on today (certificate state, training hours against the target), and an
// officer's change history; the township's 重大执法决定法制审核目录 (LEP-07) at
// /api/v1/enforcement/review-catalogue (CRUD, history, start-from-default); the versioned
// catalogue of powers (LEP-01) at /api/v1/enforcement/powers (CRUD, revise, history) and its
// public view GET /api/v1/public/powers (no login).

#include <map>

#include "http/handlers/crud.h"
#include "http/handlers/handlers.h"
#include "http/handlers/history.h"
#include "http/handlers/list_json.h"
#include "service/json/officer_json.h"
#include "service/json/penalty_json.h"
#include "service/json/power_json.h"
#include "service/officer_service.h"
#include "service/power_service.h"
#include "service/review_catalogue_service.h"

namespace fazhi::http {
namespace {

namespace json = service::json;
using service::Permission;

// The officer with "standing" and the exams' "passed" under its township's settings.
nlohmann::json OfficerJson(Exchange& ex, const domain::EnforcementOfficer& o,
                           const domain::LedgerSettings& settings) {
  nlohmann::json j = json::ToJson(o, MaskingFor(ex), settings.cert_exam_pass_score);
  j["standing"] = json::ToJson(domain::OfficerStandingOn(o, ex.ctx.clock->Today(), settings));
  return j;
}

core::Result<nlohmann::json> OneOfficerJson(Exchange& ex, const domain::EnforcementOfficer& o) {
  ASSIGN_OR_RETURN(auto settings, service::OfficerSettings(ex.ctx, o.township_id));
  return OfficerJson(ex, o, settings);
}

core::Result<nlohmann::json> ListOfficers(Exchange& ex) {
  ASSIGN_OR_RETURN(service::OfficerQuery query, OfficerQueryFrom(ex));
  ASSIGN_OR_RETURN(auto page, service::ListOfficers(ex.ctx, ex.scope(), query));
  nlohmann::json items = nlohmann::json::array();
  std::map<std::int64_t, domain::LedgerSettings> settings_of;  // per township, read once
  for (const auto& o : page.items) {
    auto it = settings_of.find(o.township_id);
    if (it == settings_of.end()) {
      ASSIGN_OR_RETURN(auto settings, service::OfficerSettings(ex.ctx, o.township_id));
      it = settings_of.emplace(o.township_id, settings).first;
    }
    items.push_back(OfficerJson(ex, o, it->second));
  }
  return nlohmann::json{{"items", std::move(items)}, {"total", page.total}};
}

core::Result<nlohmann::json> ListReviewCatalogue(Exchange& ex) {
  store::ReviewCatalogueFilter filter;
  ASSIGN_OR_RETURN(filter.township_id, TownshipFilter(ex));
  filter.text = ex.QueryText("q").value_or("");
  ASSIGN_OR_RETURN(filter.active, ex.QueryBool("active"));
  ASSIGN_OR_RETURN(filter.page, ex.Paging({"matterType", "kind", "id"}));
  ASSIGN_OR_RETURN(auto page, service::ListReviewEntries(ex.ctx, ex.scope(), filter));
  nlohmann::json items = nlohmann::json::array();
  const auto masking = MaskingFor(ex);
  for (const auto& e : page.items) items.push_back(json::ToJson(e, masking));
  return nlohmann::json{{"items", std::move(items)}, {"total", page.total}};
}

core::Result<nlohmann::json> ListPowerItems(Exchange& ex) {
  ASSIGN_OR_RETURN(store::PowerFilter filter, PowerFilterFrom(ex));
  ASSIGN_OR_RETURN(auto page, service::ListPowers(ex.ctx, ex.scope(), filter));
  nlohmann::json items = nlohmann::json::array();
  const auto masking = MaskingFor(ex);
  for (const auto& p : page.items) items.push_back(json::ToJson(p, masking));
  return nlohmann::json{{"items", std::move(items)}, {"total", page.total}};
}

// POST …/powers/{id}/revise: a new version of the power from its effectiveFrom.
core::Result<Response> RevisePowerItem(Exchange& ex) {
  ASSIGN_OR_RETURN(std::int64_t id, ex.PathId());
  ASSIGN_OR_RETURN(nlohmann::json body, ex.JsonBody());
  ASSIGN_OR_RETURN(domain::PowerItem next, json::PowerItemFromJson(body));
  ASSIGN_OR_RETURN(auto revised, service::RevisePower(ex.ctx, ex.scope(), id, std::move(next)));
  return Response::Json(201, RecordedJson(json::ToJson(revised.record, MaskingFor(ex)), revised.warnings));
}

// GET /api/v1/public/powers?unit=&on= — no login (LEP-01 事前公开): the powers in force that day.
core::Result<Response> PublicPowers(Exchange& ex) {
  auto unit = ex.QueryText("unit");
  if (!unit) {
    return core::Fail(core::InvalidArgument("unit", "请指定县或乡镇的12位区划代码（unit）",
                                            "give the 12-digit code of a county or township (unit)"));
  }
  ASSIGN_OR_RETURN(auto on, ex.QueryDate("on"));
  ASSIGN_OR_RETURN(auto found, service::ListPublicPowers(ex.ctx, *unit, on.value_or(ex.ctx.clock->Today())));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& [township, p] : found.items) {
    items.push_back({{"township", township},
                     {"code", p.code},
                     {"version", p.version},
                     {"name", p.name},
                     {"category", std::string(domain::ActionCategoryCode(p.category))},
                     {"categoryLabel", std::string(domain::ActionCategoryLabelZh(p.category))},
                     {"subject", p.subject},
                     {"basis", p.basis},
                     {"procedure", p.procedure},
                     {"remedy", p.remedy},
                     {"effectiveFrom", core::FormatDate(p.effective_from)},
                     {"effectiveTo", p.effective_to ? nlohmann::json(core::FormatDate(*p.effective_to)) : nlohmann::json()}});
  }
  return Response::Json(200, nlohmann::json{{"unit", {{"code", found.unit.code}, {"name", found.unit.name}}},
                                            {"on", core::FormatDate(found.on)},
                                            {"items", std::move(items)},
                                            {"total", found.items.size()}});
}

// POST …/review-catalogue/start-from-default[?townshipId=]: the township's own township, or for
// a county user the one named.
core::Result<Response> StartReviewCatalogueFromDefault(Exchange& ex) {
  ASSIGN_OR_RETURN(std::optional<std::int64_t> named, TownshipFilter(ex));
  std::int64_t township_id = 0;
  if (ex.scope().kind() == store::Scope::Kind::kTownship) {
    township_id = ex.scope().region_id();
  } else if (named) {
    township_id = *named;
  } else {
    return core::Fail(core::InvalidArgument("townshipId", "请选择乡镇（townshipId）", "choose the township (townshipId)"));
  }
  ASSIGN_OR_RETURN(auto entries, service::StartFromDefault(ex.ctx, ex.scope(), township_id));
  nlohmann::json items = nlohmann::json::array();
  const auto masking = MaskingFor(ex);
  for (const auto& e : entries) items.push_back(json::ToJson(e, masking));
  return Response::Json(201, nlohmann::json{{"items", std::move(items)}, {"total", entries.size()}});
}

}  // namespace

core::Result<store::PowerFilter> PowerFilterFrom(const Exchange& ex) {
  store::PowerFilter filter;
  ASSIGN_OR_RETURN(filter.township_id, TownshipFilter(ex));
  filter.text = ex.QueryText("q").value_or("");
  if (auto category = ex.QueryText("category")) {
    ASSIGN_OR_RETURN(auto c, domain::ParseActionCategory(*category, "category"));
    filter.category = c;
  }
  ASSIGN_OR_RETURN(filter.effective_on, ex.QueryDate("effectiveOn"));
  if (auto code = ex.QueryText("code")) filter.code = *code;
  ASSIGN_OR_RETURN(filter.page, ex.Paging({"code", "name", "effectiveFrom", "id"}));
  return filter;
}

core::Result<service::OfficerQuery> OfficerQueryFrom(const Exchange& ex) {
  service::OfficerQuery query;
  ASSIGN_OR_RETURN(query.filter.township_id, TownshipFilter(ex));
  query.filter.text = ex.QueryText("q").value_or("");
  ASSIGN_OR_RETURN(query.filter.in_post, ex.QueryBool("inPost"));
  if (auto text = ex.QueryText("certificate")) {
    ASSIGN_OR_RETURN(auto standing, domain::ParseCertificateStanding(*text, "certificate"));
    query.certificate = standing;
  }
  ASSIGN_OR_RETURN(query.filter.page, ex.Paging({"name", "inPostFrom", "id"}));
  return query;
}

void AddEnforcementRoutes(std::vector<Route>& routes) {
  AddCrudRoutes<domain::EnforcementOfficer>(
      routes, {"/api/v1/enforcement/officers", ListOfficers, service::GetOfficer,
               json::OfficerFromJson,
               [](const auto& r, const auto& m) { return json::ToJson(r, m); },
               service::RecordOfficer, service::UpdateOfficer, OneOfficerJson});
  routes.push_back({"GET", "/api/v1/enforcement/officers/{id}/history", Access::kPermission,
                    Permission::kLedgerRead, BodyKind::kNone,
                    HistoryHandler("enforcement_officer", [](Exchange& ex, std::int64_t id) {
                      return service::GetOfficer(ex.ctx, ex.scope(), id).map([](auto&&) {});
                    })});
  // LEP-01: the catalogue of powers, versioned; its public view.
  routes.push_back({"GET", "/api/v1/public/powers", Access::kPublic, {}, BodyKind::kNone, PublicPowers});
  AddCrudRoutes<domain::PowerItem>(
      routes, {"/api/v1/enforcement/powers", ListPowerItems, service::GetPower, json::PowerItemFromJson,
               [](const auto& r, const auto& m) { return json::ToJson(r, m); }, service::RecordPower,
               service::UpdatePower});
  routes.push_back({"POST", "/api/v1/enforcement/powers/{id}/revise", Access::kPermission, Permission::kLedgerWrite,
                    BodyKind::kJson, RevisePowerItem});
  routes.push_back({"GET", "/api/v1/enforcement/powers/{id}/history", Access::kPermission, Permission::kLedgerRead,
                    BodyKind::kNone, HistoryHandler("power_item", [](Exchange& ex, std::int64_t id) {
                      return service::GetPower(ex.ctx, ex.scope(), id).map([](auto&&) {});
                    })});
  // LEP-07: the township's 重大执法决定法制审核目录.
  routes.push_back({"POST", "/api/v1/enforcement/review-catalogue/start-from-default", Access::kPermission,
                    Permission::kLedgerWrite, BodyKind::kNone, StartReviewCatalogueFromDefault});
  AddCrudRoutes<domain::ReviewCatalogueEntry>(
      routes, {"/api/v1/enforcement/review-catalogue", ListReviewCatalogue, service::GetReviewEntry,
               json::ReviewCatalogueEntryFromJson, [](const auto& r, const auto& m) { return json::ToJson(r, m); },
               service::RecordReviewEntry, service::UpdateReviewEntry});
  routes.push_back({"GET", "/api/v1/enforcement/review-catalogue/{id}/history", Access::kPermission,
                    Permission::kLedgerRead, BodyKind::kNone,
                    HistoryHandler("review_catalogue_entry", [](Exchange& ex, std::int64_t id) {
                      return service::GetReviewEntry(ex.ctx, ex.scope(), id).map([](auto&&) {});
                    })});
}

}  // namespace fazhi::http
