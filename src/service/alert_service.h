// service/alert_service.h — what is overdue or due soon in a township or a county on a day,
// across the mediation and petition ledgers, each alert with its legal basis.
//
// Contract: records of the 400 days up to `on` are examined (every statutory period of these
// ledgers is shorter), plus every committee. Alerts are sorted by due date; overdue first.
// Errors: from ResolveUnit, store errors.
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/alerts/alerts.h"
#include "domain/org/org.h"
#include "service/service_context.h"
#include "store/scope.h"

namespace fazhi::service {

struct UnitAlert {
  domain::Region township;
  domain::Alert alert;
};

struct UnitAlerts {
  domain::Region unit;
  core::Date on{};
  std::vector<UnitAlert> alerts;
  int overdue = 0;
  int due_soon = 0;
};

core::Result<UnitAlerts> ComputeUnitAlerts(ServiceContext& ctx, const store::Scope& scope,
                                           std::string_view unit_code, core::Date on);

}  // namespace fazhi::service
