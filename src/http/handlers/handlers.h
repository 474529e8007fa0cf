// http/handlers/handlers.h — one Add*Routes per handlers file; http/routes.cc calls them all.
//
// Contract: handlers decode bodies with the service/json codecs (400 naming the field),
// pass the principal's scope to the services and never filter by township themselves.
#pragma once

#include <vector>

#include "http/route.h"

namespace fazhi::http {

void AddSystemRoutes(std::vector<Route>& routes);      // health
void AddAuthRoutes(std::vector<Route>& routes);        // login, logout, session, password
void AddOrgRoutes(std::vector<Route>& routes);         // units, departments, users, settings
void AddMediationRoutes(std::vector<Route>& routes);   // 人民调解
void AddPetitionRoutes(std::vector<Route>& routes);    // 信访
void AddEnforcementRoutes(std::vector<Route>& routes); // 行政执法: officers
void AddPenaltyRoutes(std::vector<Route>& routes);     // 行政执法案件
void AddNormativeRoutes(std::vector<Route>& routes);   // 行政规范性文件
void AddDecisionRoutes(std::vector<Route>& routes);    // 重大行政决策
void AddIndicatorRoutes(std::vector<Route>& routes);   // indicators, dashboard, alerts
void AddCalendarRoutes(std::vector<Route>& routes);    // calendar, validation
void AddAuditRoutes(std::vector<Route>& routes);       // audit log
void AddExchangeRoutes(std::vector<Route>& routes);    // import, export

}  // namespace fazhi::http
