// http/pipeline.h — what happens to every request between RESTinio and a handler.
//
// Contract, in order (docs/server.md):
//  1. a request id (X-Request-Id on every response) and the language from Accept-Language;
//  2. a path outside /api/ is a static file (GET/HEAD only, else 405);
//  3. route match: unknown path 404, known path with another method 405 (Allow header);
//  4. body limits: JSON routes over server.max_json_body_kb and file routes over
//     server.max_upload_mb answer 413; a JSON route whose Content-Type is not
//     application/json answers 415;
//  5. session cookie `fazhi_session` → Principal, else 401 (idle or absolute timeout too);
//     ServiceContext::actor is set from it (or to "anonymous" on public routes);
//  6. POST/PUT/PATCH/DELETE need the session's CSRF token in X-CSRF-Token, else 403;
//  7. the route's permission, else 403;
//  8. the handler; an Error becomes the error body (error_response.h), an exception 500
//     (logged with the request id, never shown), a lost database marks the context broken.
// Every API response carries Cache-Control: no-store and the security headers.
// Thread-safe: Handle may run on many workers at once (each with its own context).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "http/message.h"
#include "http/route.h"
#include "http/server_config.h"
#include "http/static_files.h"
#include "service/auth_service.h"
#include "service/service_context.h"

namespace fazhi::http {

inline constexpr std::string_view kSessionCookie = "fazhi_session";

class Pipeline {
 public:
  Pipeline(ServerConfig config, std::vector<Route> routes);

  Response Handle(const Request& request, service::ServiceContext& ctx) const;
  // For requests that never reach a worker (queue full, database down at open).
  Response Unavailable(const Request& request, const core::Error& error) const;

  const std::vector<Route>& routes() const { return routes_; }
  const ServerConfig& config() const { return config_; }
  const service::AuthSettings& auth() const { return auth_; }

 private:
  Response HandleApi(const Request& request, service::ServiceContext& ctx,
                     const std::string& lang, const std::string& request_id) const;

  ServerConfig config_;
  service::AuthSettings auth_;
  std::vector<Route> routes_;
  StaticFiles static_files_;
};

// Set-Cookie values for a new session and for clearing it.
std::string SessionCookie(std::string_view token, const ServerConfig& config);
std::string ClearedSessionCookie(const ServerConfig& config);

// A fresh random request id (16 hex digits).
std::string NewRequestId();

}  // namespace fazhi::http
