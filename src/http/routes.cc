// http/routes.cc — see routes.h.
#include "http/routes.h"

#include "http/handlers/handlers.h"

namespace fazhi::http {

std::vector<Route> AllRoutes() {
  std::vector<Route> routes;
  AddSystemRoutes(routes);
  AddAuthRoutes(routes);
  AddOrgRoutes(routes);
  AddExchangeRoutes(routes);  // before the ledgers' {id} routes
  AddMediationRoutes(routes);
  AddPetitionRoutes(routes);
  AddEnforcementRoutes(routes);
  AddPenaltyRoutes(routes);
  AddNormativeRoutes(routes);
  AddDecisionRoutes(routes);
  AddIndicatorRoutes(routes);
  AddCalendarRoutes(routes);
  AddAuditRoutes(routes);
  return routes;
}

}  // namespace fazhi::http
