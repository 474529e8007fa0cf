// service/indicator_service.h — the indicators (§17) and report figures of a township or a
// county for one year, computed from the stored records.
//
// Contract: a township's indicators come from its records of the year (domain/indicators);
// a county's are the sums of its townships' numerators and denominators (never an average of
// percentages), with each township's own values listed too. `as_of` (the report date the
// "closed by" rules use) defaults to 31 December of the year, or today if earlier.
// Errors: from ResolveUnit (bad or unknown unit), kInvalidArgument for a year outside
// 2000–2100 (field "year"), store errors.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/indicators/indicators.h"
#include "domain/indicators/monthly.h"
#include "domain/org/org.h"
#include "service/service_context.h"
#include "store/scope.h"

namespace fazhi::service {

struct TownshipIndicators {
  domain::Region township;
  std::vector<domain::Indicator> indicators;
  std::vector<domain::Figure> figures;
  std::vector<domain::MonthlySeries> monthly;  // the dashboard's trends (domain/indicators/monthly.h)
};

struct UnitIndicators {
  domain::Region unit;
  int year = 0;
  core::Date as_of{};
  std::vector<domain::Indicator> indicators;  // for a county: summed over its townships
  std::vector<domain::Figure> figures;
  std::vector<domain::MonthlySeries> monthly;  // summed over the townships
  std::vector<TownshipIndicators> townships;  // one entry for a township unit
};

core::Result<TownshipIndicators> ComputeTownshipIndicators(ServiceContext& ctx,
                                                           const store::Scope& scope,
                                                           const domain::Region& township,
                                                           int year, core::Date as_of);

// The same with the settings given (a county's, loaded once for all its townships).
core::Result<TownshipIndicators> ComputeTownshipIndicatorsWith(
    ServiceContext& ctx, const store::Scope& scope, const domain::Region& township, int year,
    core::Date as_of, const domain::LedgerSettings& settings);

core::Result<UnitIndicators> ComputeUnitIndicators(ServiceContext& ctx, const store::Scope& scope,
                                                   std::string_view unit_code, int year,
                                                   std::optional<core::Date> as_of = std::nullopt);

// Sums indicators (by code) and figures (by code) of several townships, keeping provenance.
void SumInto(std::vector<domain::Indicator>& total, const std::vector<domain::Indicator>& part);
void SumInto(std::vector<domain::Figure>& total, const std::vector<domain::Figure>& part);

}  // namespace fazhi::service
