// http/pipeline.cc — see pipeline.h.
#include "http/pipeline.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <chrono>

#include "core/crypto.h"
#include "http/error_response.h"
#include "http/response_cache.h"

namespace fazhi::http {
namespace {

// The response-cache key (http/response_cache.h): what the answer may depend on.
std::string ResponseCacheKey(const Request& request, const service::AuthenticatedSession& session,
                             const std::string& lang, core::Date today) {
  const service::Principal& p = session.principal;
  std::string key = request.method + " " + request.path + "?";
  for (const auto& [name, value] : request.query) key += name + "=" + value + "&";
  key += fmt::format("|{}:{}|{}|{}|{}|{}", static_cast<int>(p.scope.kind()), p.scope.region_id(),
                     domain::RoleCode(p.user.role), p.Can(service::Permission::kPersonalData) ? 1 : 0,
                     lang, core::FormatDate(today));
  return key;
}

bool IsStateChanging(std::string_view method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

void AddSecurityHeaders(Response& r, bool api) {
  r.SetHeader("X-Content-Type-Options", "nosniff");
  r.SetHeader("X-Frame-Options", "DENY");
  r.SetHeader("Referrer-Policy", "same-origin");
  if (api) r.SetHeader("Cache-Control", "no-store");
}

service::AuthSettings AuthSettingsFrom(const ServerConfig& c) {
  service::AuthSettings s;
  s.max_failed_logins = c.max_failed_logins;
  s.lockout_minutes = c.lockout_minutes;
  s.idle_timeout_minutes = c.idle_timeout_minutes;
  s.absolute_timeout_hours = c.absolute_timeout_hours;
  return s;
}

}  // namespace

std::string NewRequestId() { return core::RandomHex(8); }

std::string SessionCookie(std::string_view token, const ServerConfig& config) {
  return fmt::format("{}={}; Path=/; HttpOnly; SameSite=Strict{}", kSessionCookie, token,
                     config.cookie_secure ? "; Secure" : "");
}

std::string ClearedSessionCookie(const ServerConfig& config) {
  return fmt::format("{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{}", kSessionCookie,
                     config.cookie_secure ? "; Secure" : "");
}

Pipeline::Pipeline(ServerConfig config, std::vector<Route> routes)
    : config_(std::move(config)),
      auth_(AuthSettingsFrom(config_)),
      routes_(std::move(routes)),
      static_files_(config_.web_root) {}

Response Pipeline::Unavailable(const Request& request, const core::Error& error) const {
  std::string lang = PreferredLanguage(request.Header("accept-language").value_or(""));
  std::string request_id = NewRequestId();
  Response r = ErrorResponse(error, lang, request_id);
  r.SetHeader("X-Request-Id", request_id);
  AddSecurityHeaders(r, true);
  return r;
}

Response Pipeline::Handle(const Request& request, service::ServiceContext& ctx) const {
  auto started = std::chrono::steady_clock::now();
  std::string request_id = NewRequestId();
  std::string lang = PreferredLanguage(request.Header("accept-language").value_or(""));
  bool api = request.path == "/api" || request.path.rfind("/api/", 0) == 0;
  ctx.actor = service::Actor{0, "anonymous", "anonymous", request_id, request.remote_ip};

  Response response;
  if (!api) {
    if (request.method != "GET" && request.method != "HEAD") {
      response = ErrorResponse(405, "METHOD_NOT_ALLOWED",
                               lang == "en" ? "method not allowed" : "不支持该请求方法", "",
                               request_id);
      response.SetHeader("Allow", "GET, HEAD");
    } else {
      response = static_files_.Serve(request.path, request.method == "HEAD");
    }
  } else {
    response = HandleApi(request, ctx, lang, request_id);
  }
  response.SetHeader("X-Request-Id", request_id);
  AddSecurityHeaders(response, api);
  if (config_.access_log) {
    auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
                  .count();
    spdlog::info("{} {} {} {} {:.1f}ms user={} rid={}", request.remote_ip, request.method,
                 request.path, response.status, ms, ctx.actor.username, request_id);
  }
  return response;
}

Response Pipeline::HandleApi(const Request& request, service::ServiceContext& ctx,
                             const std::string& lang, const std::string& request_id) const {
  auto text = [&](const char* zh, const char* en) { return lang == "en" ? en : zh; };

  // 3. Route.
  const Route* route = nullptr;
  NameValues params;
  std::string allowed;
  for (const Route& r : routes_) {
    NameValues p;
    if (!MatchPattern(r.pattern, request.path, p)) continue;
    if (r.method == request.method) {
      route = &r;
      params = std::move(p);
      break;
    }
    allowed += (allowed.empty() ? "" : ", ") + r.method;
  }
  if (route == nullptr) {
    if (!allowed.empty()) {
      Response r = ErrorResponse(405, "METHOD_NOT_ALLOWED",
                                 text("不支持该请求方法", "method not allowed"), "", request_id);
      r.SetHeader("Allow", allowed);
      return r;
    }
    return ErrorResponse(404, "NOT_FOUND", text("接口不存在", "no such API route"), "",
                         request_id);
  }

  // 4. Body limits and type.
  std::size_t limit = route->body == BodyKind::kFile
                          ? static_cast<std::size_t>(config_.max_upload_mb) * 1024 * 1024
                          : static_cast<std::size_t>(config_.max_json_body_kb) * 1024;
  if (request.body.size() > limit) {
    return ErrorResponse(
        413, "PAYLOAD_TOO_LARGE",
        lang == "en" ? fmt::format("the request body is larger than {} KB", limit / 1024)
                     : fmt::format("请求内容超过 {} KB 上限", limit / 1024),
        "", request_id);
  }
  if (route->body == BodyKind::kJson) {
    std::string_view type = request.Header("content-type").value_or("");
    if (type.rfind("application/json", 0) != 0) {
      return ErrorResponse(415, "UNSUPPORTED_MEDIA_TYPE",
                           text("请求内容类型应为 application/json",
                                "the request content type must be application/json"),
                           "", request_id);
    }
  }

  // 5. Session.
  std::optional<service::AuthenticatedSession> session;
  if (route->access != Access::kPublic) {
    auto token = request.Cookie(kSessionCookie);
    if (!token || token->empty()) {
      return ErrorResponse(401, "UNAUTHENTICATED", text("请先登录", "please sign in"), "",
                           request_id);
    }
    auto authenticated = service::Authenticate(ctx, auth_, *token);
    if (!authenticated) {
      if (authenticated.error().code == core::ErrorCode::kUnavailable) ctx.broken = true;
      Response r = ErrorResponse(authenticated.error(), lang, request_id);
      if (r.status == 401) r.SetHeader("Set-Cookie", ClearedSessionCookie(config_));
      return r;
    }
    session = std::move(*authenticated);
    service::SetActor(ctx, session->principal);
    ctx.actor.request_id = request_id;
    ctx.actor.ip = request.remote_ip;

    // 6. CSRF.
    if (IsStateChanging(request.method)) {
      std::string_view sent = request.Header("x-csrf-token").value_or("");
      if (!service::CheckCsrf(*session, sent)) {
        return ErrorResponse(403, "CSRF_TOKEN_INVALID",
                             text("缺少或错误的 CSRF 令牌，请刷新页面后重试",
                                  "missing or wrong CSRF token; reload the page and retry"),
                             "", request_id);
      }
    }
    // 7. Permission.
    if (route->access == Access::kPermission && !session->principal.Can(route->permission)) {
      return ErrorResponse(403, "PERMISSION_DENIED",
                           text("当前角色无权执行此操作", "your role may not do this"), "",
                           request_id);
    }
  }

  // 8. Handler.
  Exchange exchange{request, ctx, config_, auth_, lang, request_id,
                    session ? &*session : nullptr, std::move(params)};
  // 8a. A repeated read is answered from this worker's cache while the data is unchanged.
  std::optional<std::string> token;
  std::string cache_key;
  if (route->cacheable && config_.response_cache && session) {
    auto current = ctx.db->ChangeToken();
    if (current) {
      token = std::move(*current);
      cache_key = ResponseCacheKey(request, *session, lang, ctx.clock->Today());
      if (auto hit = ThreadResponseCache().Get(*token, cache_key)) return std::move(*hit);
    }
  }
  try {
    auto result = route->handler(exchange);
    if (!result) {
      if (result.error().code == core::ErrorCode::kUnavailable) ctx.broken = true;
      if (result.error().code == core::ErrorCode::kInternal) {
        spdlog::error("rid={} {} {}: {}", request_id, request.method, request.path,
                      result.error().detail);
      }
      return ErrorResponse(result.error(), lang, request_id);
    }
    if (token) return ThreadResponseCache().Put(*token, cache_key, std::move(*result));
    return std::move(*result);
  } catch (const std::exception& e) {
    spdlog::error("rid={} {} {}: exception: {}", request_id, request.method, request.path,
                  e.what());
    return ErrorResponse(500, "INTERNAL", text("服务器内部错误", "internal server error"), "",
                         request_id);
  }
}

}  // namespace fazhi::http
