// service/alert_service.cc — see alert_service.h.
#include "service/alert_service.h"
#include "service/review_catalogue_service.h"

#include <algorithm>

#include "service/settings_service.h"
#include "service/unit_service.h"
#include "store/mediation_repository.h"
#include "store/normative_repository.h"
#include "store/officer_repository.h"
#include "store/penalty_repository.h"
#include "store/petition_repository.h"

namespace fazhi::service {

core::Result<UnitAlerts> ComputeUnitAlerts(ServiceContext& ctx, const store::Scope& scope,
                                           std::string_view unit_code, core::Date on) {
  ASSIGN_OR_RETURN(auto unit, ResolveUnit(ctx, scope, unit_code));
  UnitAlerts out;
  out.unit = unit.unit;
  out.on = on;
  core::Date from = core::AddDays(on, -400);
  store::MediationRepository mediation(*ctx.db);
  store::PetitionRepository petitions(*ctx.db);
  store::OfficerRepository officers(*ctx.db);
  store::PenaltyCaseRepository penalty_cases(*ctx.db);
  std::int64_t county_id = unit.IsCounty() ? unit.unit.id : unit.unit.parent_id.value_or(0);
  domain::LedgerSettings settings = ctx.settings;
  if (county_id != 0) {
    ASSIGN_OR_RETURN(settings, LedgerSettingsFor(ctx, store::Scope::County(county_id)));
  }
  for (const auto& township : unit.townships) {
    ASSIGN_OR_RETURN(auto med, mediation.LoadTownshipRange(scope, township.id, from, on));
    ASSIGN_OR_RETURN(auto pet, petitions.LoadTownshipRange(scope, township.id, from, on));
    auto alerts = domain::MediationAlerts(med.committees, med.cases, on, *ctx.calendar, settings);
    auto pet_alerts = domain::PetitionAlerts(pet.petitions, on, *ctx.calendar, settings.alert_soon_days);
    alerts.insert(alerts.end(), pet_alerts.begin(), pet_alerts.end());
    ASSIGN_OR_RETURN(auto staff, officers.LoadTownship(scope, township.id));
    auto officer_alerts = domain::OfficerAlerts(staff, on, settings);
    alerts.insert(alerts.end(), officer_alerts.begin(), officer_alerts.end());
    ASSIGN_OR_RETURN(auto cases, penalty_cases.LoadTownshipRange(scope, township.id, from, on));
    ASSIGN_OR_RETURN(const auto catalogue, ReviewCatalogueFor(ctx, township.id, settings));
    const domain::PenaltyRuleInputs inputs{*ctx.calendar, on, settings, staff, catalogue};
    auto case_alerts = domain::PenaltyCaseAlerts(cases, on, inputs);
    alerts.insert(alerts.end(), case_alerts.begin(), case_alerts.end());
    ASSIGN_OR_RETURN(auto normative, store::NormativeRepository(*ctx.db).LoadTownship(scope, township.id));
    auto normative_alerts = domain::NormativeAlerts(normative, on, *ctx.calendar, settings);
    alerts.insert(alerts.end(), normative_alerts.begin(), normative_alerts.end());
    for (auto& a : alerts) out.alerts.push_back({township, std::move(a)});
  }
  std::stable_sort(out.alerts.begin(), out.alerts.end(), [](const UnitAlert& a, const UnitAlert& b) {
    return a.alert.due < b.alert.due;
  });
  for (const auto& a : out.alerts) {
    if (a.alert.state == domain::DeadlineState::kOverdue) ++out.overdue;
    if (a.alert.state == domain::DeadlineState::kDueSoon) ++out.due_soon;
  }
  return out;
}

}  // namespace fazhi::service
