// http/routes.h — every API route of the server, in one list (the openapi test walks it).
//
// Contract: AllRoutes() returns the routes of every handlers/*.cc file; each (method,
// pattern) appears once and every one is described in docs/openapi.yaml
// (http/openapi_test.cc fails otherwise).
#pragma once

#include <vector>

#include "http/route.h"

namespace fazhi::http {

std::vector<Route> AllRoutes();

}  // namespace fazhi::http
