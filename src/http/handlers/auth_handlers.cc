// http/handlers/auth_handlers.cc — sign in and out (service/auth_service.h):
//   POST auth/login {username,password} → 200 {user, permissions, csrfToken} + the session
//        cookie (HttpOnly, SameSite=Strict); 401 wrong username or password (one message for
//        both); 423 locked after too many failures;
//   POST auth/logout → 204, cookie cleared;   GET auth/session → the login body;
//   POST auth/password {oldPassword,newPassword} → 204 (other sessions end).
#include "http/error_response.h"
#include "http/handlers/handlers.h"
#include "http/pipeline.h"
#include "service/auth_service.h"
#include "service/json/json_reader.h"
#include "service/json/org_json.h"

namespace fazhi::http {
namespace {

nlohmann::json SessionJson(const service::Principal& principal, const std::string& csrf_token) {
  nlohmann::json user = service::json::ToJson(principal.user);
  user["unit"] = service::json::ToJson(principal.unit);
  nlohmann::json permissions = nlohmann::json::array();
  for (auto code : service::PermissionCodes(principal.user.role)) {
    permissions.push_back(std::string(code));
  }
  return {{"user", user}, {"permissions", permissions}, {"csrfToken", csrf_token}};
}

core::Result<Response> Login(Exchange& ex) {
  ASSIGN_OR_RETURN(nlohmann::json body, ex.JsonBody());
  service::json::JsonReader reader(body);
  ASSIGN_OR_RETURN(std::string username, reader.RequiredString("username", 64));
  ASSIGN_OR_RETURN(std::string password, reader.RequiredString("password", 256));
  std::string user_agent(ex.request.Header("user-agent").value_or(""));
  auto login = service::Login(ex.ctx, ex.auth, username, password, ex.request.remote_ip,
                              user_agent.substr(0, 300));
  if (!login) {
    if (service::IsAccountLocked(login.error())) {
      return ErrorResponse(423, "ACCOUNT_LOCKED", login.error().MessageFor(ex.lang), "username",
                           ex.request_id);
    }
    return core::Fail(login.error());
  }
  Response r = Response::Json(200, SessionJson(login->principal, login->csrf_token));
  r.SetHeader("Set-Cookie", SessionCookie(login->session_token, ex.config));
  return r;
}

core::Result<Response> Logout(Exchange& ex) {
  auto token = ex.request.Cookie(kSessionCookie);
  if (token) RETURN_IF_ERROR(service::Logout(ex.ctx, *token));
  Response r = Response::NoContent();
  r.SetHeader("Set-Cookie", ClearedSessionCookie(ex.config));
  return r;
}

core::Result<Response> Session(Exchange& ex) {
  return Response::Json(200, SessionJson(ex.principal(), ex.session->csrf_token));
}

core::Result<Response> ChangePassword(Exchange& ex) {
  ASSIGN_OR_RETURN(nlohmann::json body, ex.JsonBody());
  service::json::JsonReader reader(body);
  ASSIGN_OR_RETURN(std::string old_password, reader.RequiredString("oldPassword", 256));
  ASSIGN_OR_RETURN(std::string new_password, reader.RequiredString("newPassword", 256));
  RETURN_IF_ERROR(service::ChangeOwnPassword(ex.ctx, ex.auth, *ex.session, old_password, new_password));
  return Response::NoContent();
}

}  // namespace

void AddAuthRoutes(std::vector<Route>& routes) {
  routes.push_back({"POST", "/api/v1/auth/login", Access::kPublic, {}, BodyKind::kJson, Login});
  routes.push_back({"POST", "/api/v1/auth/logout", Access::kSignedIn, {}, BodyKind::kNone, Logout});
  routes.push_back({"GET", "/api/v1/auth/session", Access::kSignedIn, {}, BodyKind::kNone, Session});
  routes.push_back(
      {"POST", "/api/v1/auth/password", Access::kSignedIn, {}, BodyKind::kJson, ChangePassword});
}

}  // namespace fazhi::http
