// http/route.h — one API route: method, path pattern, who may call it, body limits and the
// handler; and the Exchange a handler works with.
//
// Contract: patterns are literal segments and `{name}` parameters ("/api/v1/petitions/{id}").
// The pipeline (http/pipeline.h) has already checked the session, CSRF, permission, body
// size and content type before a handler runs, and turns a returned Error into the error
// body. Handlers never filter by township: they pass principal().scope to the services.
// Exchange helpers parse query parameters and bodies into values or kInvalidArgument
// naming the parameter.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/date.h"
#include "core/result.h"
#include "http/message.h"
#include "http/server_config.h"
#include "service/auth_service.h"
#include "service/permissions.h"
#include "service/service_context.h"
#include "store/scope.h"

namespace fazhi::http {

struct Exchange {
  const Request& request;
  service::ServiceContext& ctx;
  const ServerConfig& config;
  const service::AuthSettings& auth;
  std::string lang;        // "zh" | "en"
  std::string request_id;
  // Set for every route but the public ones.
  const service::AuthenticatedSession* session = nullptr;
  NameValues params;  // path parameters

  const service::Principal& principal() const { return session->principal; }
  const store::Scope& scope() const { return session->principal.scope; }
  bool Can(service::Permission p) const { return session != nullptr && session->principal.Can(p); }

  // Path parameter `name` as a positive id (kNotFound when not a number: the record can't exist).
  core::Result<std::int64_t> PathId(std::string_view name = "id") const;
  // The body as a JSON object (kInvalidArgument, field "", when malformed).
  core::Result<nlohmann::json> JsonBody() const;
  // Query parameters; absent or empty gives nullopt, a malformed value kInvalidArgument.
  std::optional<std::string> QueryText(std::string_view name) const;
  core::Result<std::optional<std::int64_t>> QueryInt(std::string_view name, std::int64_t min,
                                                     std::int64_t max) const;
  core::Result<std::optional<core::Date>> QueryDate(std::string_view name) const;
  core::Result<std::optional<bool>> QueryBool(std::string_view name) const;
  // page (≥1), pageSize (1–200, default 20), sort (one of `sortable`, optional '-').
  core::Result<store::PageRequest> Paging(const std::vector<std::string_view>& sortable) const;
};

using Handler = std::function<core::Result<Response>(Exchange&)>;

enum class Access {
  kPublic,      // no session needed (login, health)
  kSignedIn,    // any signed-in user
  kPermission,  // a signed-in user with `permission`
};

enum class BodyKind {
  kNone,  // GET/DELETE
  kJson,  // application/json, at most server.max_json_body_kb
  kFile,  // any content type, at most server.max_upload_mb (imports)
};

struct Route {
  std::string method;
  std::string pattern;
  Access access = Access::kPermission;
  service::Permission permission = service::Permission::kLedgerRead;
  BodyKind body = BodyKind::kNone;
  Handler handler;
  // A read whose 200 answer depends only on the database, the caller's scope, role and
  // masking, the language and today (http/response_cache.h): served again from memory until
  // the database changes.
  bool cacheable = false;
};

// Matches `path` against `pattern`; on success fills `params`.
bool MatchPattern(std::string_view pattern, std::string_view path, NameValues& params);

}  // namespace fazhi::http
