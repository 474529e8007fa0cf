// service/indicator_service.cc — see indicator_service.h.
#include "service/indicator_service.h"
#include "service/review_catalogue_service.h"

#include <fmt/format.h>

#include "service/settings_service.h"
#include "service/unit_service.h"
#include "domain/indicators/officer_indicators.h"
#include "domain/indicators/normative_indicators.h"
#include "domain/indicators/penalty_indicators.h"
#include "store/mediation_repository.h"
#include "domain/decision/decision_rules.h"
#include "store/decision_repository.h"
#include "store/normative_repository.h"
#include "store/officer_repository.h"
#include "store/penalty_repository.h"
#include "store/petition_repository.h"

namespace fazhi::service {

void SumInto(std::vector<domain::Indicator>& total, const std::vector<domain::Indicator>& part) {
  for (const auto& p : part) {
    auto it = std::find_if(total.begin(), total.end(), [&](const auto& t) { return t.code == p.code; });
    if (it == total.end()) {
      total.push_back(p);
      continue;
    }
    it->rate.numerator += p.rate.numerator;
    it->rate.denominator += p.rate.denominator;
    it->numerator_ids.insert(it->numerator_ids.end(), p.numerator_ids.begin(), p.numerator_ids.end());
    it->denominator_ids.insert(it->denominator_ids.end(), p.denominator_ids.begin(),
                               p.denominator_ids.end());
  }
}

void SumInto(std::vector<domain::Figure>& total, const std::vector<domain::Figure>& part) {
  for (const auto& p : part) {
    auto it = std::find_if(total.begin(), total.end(), [&](const auto& t) { return t.code == p.code; });
    if (it == total.end()) {
      total.push_back(p);
      continue;
    }
    it->value += p.value;
    it->ids.insert(it->ids.end(), p.ids.begin(), p.ids.end());
  }
}

core::Result<TownshipIndicators> ComputeTownshipIndicators(ServiceContext& ctx,
                                                           const store::Scope& scope,
                                                           const domain::Region& township,
                                                           int year, core::Date as_of) {
  domain::LedgerSettings settings = ctx.settings;
  if (township.parent_id) {
    ASSIGN_OR_RETURN(settings, LedgerSettingsFor(ctx, store::Scope::County(*township.parent_id)));
  }
  return ComputeTownshipIndicatorsWith(ctx, scope, township, year, as_of, settings);
}

core::Result<TownshipIndicators> ComputeTownshipIndicatorsWith(
    ServiceContext& ctx, const store::Scope& scope, const domain::Region& township, int year,
    core::Date as_of, const domain::LedgerSettings& settings) {
  domain::Period period = domain::YearPeriod(year);
  store::MediationRepository mediation(*ctx.db);
  store::PetitionRepository petitions(*ctx.db);
  ASSIGN_OR_RETURN(auto med, mediation.LoadTownshipRange(scope, township.id, period.from, period.to));
  ASSIGN_OR_RETURN(auto pet, petitions.LoadTownshipRange(scope, township.id, period.from, period.to));
  ASSIGN_OR_RETURN(auto officers, store::OfficerRepository(*ctx.db).LoadTownship(scope, township.id));
  TownshipIndicators out;
  out.township = township;
  out.indicators = domain::MediationIndicators(med.cases, med.disputes, period, as_of, settings);
  auto pet_indicators = domain::PetitionIndicators(pet.petitions, period, as_of, *ctx.calendar, settings);
  out.indicators.insert(out.indicators.end(), pet_indicators.begin(), pet_indicators.end());
  auto officer_indicators = domain::OfficerIndicators(officers, period, as_of, settings);
  out.indicators.insert(out.indicators.end(), officer_indicators.begin(), officer_indicators.end());
  ASSIGN_OR_RETURN(auto penalty_cases, store::PenaltyCaseRepository(*ctx.db)
                                           .LoadTownshipRange(scope, township.id, period.from, period.to));
  ASSIGN_OR_RETURN(const auto catalogue, ReviewCatalogueFor(ctx, township.id, settings));
  const domain::PenaltyRuleInputs rule_inputs{*ctx.calendar, as_of, settings, officers, catalogue};
  auto penalty_indicators = domain::PenaltyIndicators(penalty_cases, period, as_of, rule_inputs);
  out.indicators.insert(out.indicators.end(), penalty_indicators.begin(), penalty_indicators.end());
  ASSIGN_OR_RETURN(auto normative, store::NormativeRepository(*ctx.db).LoadTownship(scope, township.id));
  auto normative_indicators = domain::NormativeIndicators(normative, period, as_of, *ctx.calendar, settings);
  out.indicators.insert(out.indicators.end(), normative_indicators.begin(), normative_indicators.end());
  ASSIGN_OR_RETURN(auto decisions, store::DecisionRepository(*ctx.db).LoadTownship(scope, township.id));
  out.indicators.push_back(domain::DecisionProcedureIndicator(decisions, period, as_of, *ctx.calendar));
  out.figures = domain::MediationFigures(med.cases, med.disputes, med.committees, med.mediators, period, as_of);
  auto pet_figures = domain::PetitionFigures(pet.petitions, pet.receptions, period, as_of, *ctx.calendar);
  out.figures.insert(out.figures.end(), pet_figures.begin(), pet_figures.end());
  auto officer_figures = domain::OfficerFigures(officers, period, as_of, settings);
  out.figures.insert(out.figures.end(), officer_figures.begin(), officer_figures.end());
  auto penalty_figures = domain::PenaltyFigures(penalty_cases, period, as_of);
  out.figures.insert(out.figures.end(), penalty_figures.begin(), penalty_figures.end());
  out.monthly = domain::MonthlyCounts(med.cases, med.disputes, pet.petitions, year, as_of);
  return out;
}

core::Result<UnitIndicators> ComputeUnitIndicators(ServiceContext& ctx, const store::Scope& scope,
                                                   std::string_view unit_code, int year,
                                                   std::optional<core::Date> as_of) {
  if (year < 2000 || year > 2100) {
    return core::Fail(core::InvalidArgument("year", fmt::format("年度 {} 无效，应在 2000 至 2100 之间", year),
                                            fmt::format("year {} is invalid; use 2000 to 2100", year)));
  }
  ASSIGN_OR_RETURN(auto unit, ResolveUnit(ctx, scope, unit_code));
  UnitIndicators out;
  out.unit = unit.unit;
  out.year = year;
  core::Date year_end = core::MakeDate(year, 12, 31);
  core::Date today = ctx.clock->Today();
  out.as_of = as_of ? *as_of : (today < year_end ? today : year_end);
  std::int64_t county_id = unit.IsCounty() ? unit.unit.id : unit.unit.parent_id.value_or(0);
  domain::LedgerSettings settings = ctx.settings;
  if (county_id != 0) {
    ASSIGN_OR_RETURN(settings, LedgerSettingsFor(ctx, store::Scope::County(county_id)));
  }
  for (const auto& township : unit.townships) {
    ASSIGN_OR_RETURN(auto t, ComputeTownshipIndicatorsWith(ctx, scope, township, year, out.as_of, settings));
    SumInto(out.indicators, t.indicators);
    SumInto(out.figures, t.figures);
    domain::SumMonthly(out.monthly, t.monthly);
    out.townships.push_back(std::move(t));
  }
  return out;
}

}  // namespace fazhi::service
