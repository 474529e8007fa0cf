// http/handlers/indicator_handlers.cc — indicators, the dashboard and alerts (ledger_read):
//   GET indicators?unit=CODE&year=Y[&provenance=true] → the `fazhi indicators --json` document;
//   GET alerts?unit=CODE[&on=DATE]                     → the `fazhi alerts --json` document;
//   GET dashboard?unit=CODE&year=Y → {indicators, monthly:{months, series}, alerts}.
// `unit` defaults to the caller's own unit, `year` to the current year, `on` to today (for the
// dashboard: today, or 31 December of a past year).
#include <fmt/format.h>

#include "http/handlers/handlers.h"
#include "service/alert_service.h"
#include "service/indicator_service.h"
#include "service/json/alerts_json.h"
#include "service/json/indicators_json.h"

namespace fazhi::http {
namespace {

using service::Permission;

struct UnitYear {
  std::string unit;
  int year = 0;
};

core::Result<UnitYear> UnitAndYear(const Exchange& ex) {
  UnitYear out;
  out.unit = ex.QueryText("unit").value_or(ex.principal().unit.code);
  ASSIGN_OR_RETURN(auto year, ex.QueryInt("year", 2000, 2100));
  out.year = year ? static_cast<int>(*year) : core::YearOf(ex.ctx.clock->Today());
  return out;
}

nlohmann::json MonthlyJson(int year, const std::vector<domain::MonthlySeries>& monthly) {
  nlohmann::json months = nlohmann::json::array();
  for (int m = 1; m <= 12; ++m) months.push_back(fmt::format("{}-{:02d}", year, m));
  nlohmann::json series = nlohmann::json::array();
  for (const auto& s : monthly) {
    series.push_back({{"code", s.code}, {"name", s.name_zh}, {"nameEn", s.name_en},
                      {"values", s.values}});
  }
  return {{"months", months}, {"series", series}};
}

core::Result<Response> Indicators(Exchange& ex) {
  ASSIGN_OR_RETURN(UnitYear uy, UnitAndYear(ex));
  ASSIGN_OR_RETURN(auto provenance, ex.QueryBool("provenance"));
  ASSIGN_OR_RETURN(auto result, service::ComputeUnitIndicators(ex.ctx, ex.scope(), uy.unit, uy.year));
  return Response::Json(200, service::json::ToJson(result, provenance.value_or(false)));
}

core::Result<Response> Alerts(Exchange& ex) {
  std::string unit = ex.QueryText("unit").value_or(ex.principal().unit.code);
  ASSIGN_OR_RETURN(auto on, ex.QueryDate("on"));
  ASSIGN_OR_RETURN(auto result, service::ComputeUnitAlerts(ex.ctx, ex.scope(), unit,
                                                           on.value_or(ex.ctx.clock->Today())));
  return Response::Json(200, service::json::ToJson(result));
}

core::Result<Response> Dashboard(Exchange& ex) {
  ASSIGN_OR_RETURN(UnitYear uy, UnitAndYear(ex));
  ASSIGN_OR_RETURN(auto indicators,
                   service::ComputeUnitIndicators(ex.ctx, ex.scope(), uy.unit, uy.year));
  core::Date today = ex.ctx.clock->Today();
  core::Date year_end = core::MakeDate(uy.year, 12, 31);
  ASSIGN_OR_RETURN(auto alerts, service::ComputeUnitAlerts(ex.ctx, ex.scope(), uy.unit,
                                                           today < year_end ? today : year_end));
  return Response::Json(200, {{"indicators", service::json::ToJson(indicators, false)},
                              {"monthly", MonthlyJson(uy.year, indicators.monthly)},
                              {"alerts", service::json::ToJson(alerts)}});
}

}  // namespace

void AddIndicatorRoutes(std::vector<Route>& routes) {
  routes.push_back({"GET", "/api/v1/indicators", Access::kPermission, Permission::kLedgerRead,
                    BodyKind::kNone, Indicators, /*cacheable=*/true});
  routes.push_back({"GET", "/api/v1/alerts", Access::kPermission, Permission::kLedgerRead,
                    BodyKind::kNone, Alerts, /*cacheable=*/true});
  routes.push_back({"GET", "/api/v1/dashboard", Access::kPermission, Permission::kLedgerRead,
                    BodyKind::kNone, Dashboard, /*cacheable=*/true});
}

}  // namespace fazhi::http
