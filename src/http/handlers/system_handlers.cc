// http/handlers/system_handlers.cc — GET /api/v1/health: the server answers and its database
// connection works (503 otherwise). Public: a load balancer or monitor calls it.
#include "http/handlers/handlers.h"
#include "store/database.h"

namespace fazhi::http {

void AddSystemRoutes(std::vector<Route>& routes) {
  routes.push_back({"GET", "/api/v1/health", Access::kPublic, {}, BodyKind::kNone,
                    [](Exchange& ex) -> core::Result<Response> {
                      ASSIGN_OR_RETURN(int version, ex.ctx.db->SchemaVersion());
                      return Response::Json(200, {{"status", "ok"},
                                                  {"database", ex.ctx.db->BackendName()},
                                                  {"schemaVersion", version}});
                    }});
}

}  // namespace fazhi::http
