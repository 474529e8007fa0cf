// http/handlers/org_handlers.cc — the organisation and the accounts (docs/server.md routes):
//   units and departments: read with org_read, add with org_admin (系统管理员);
//   settings: org_admin;  users: account_admin (安全管理员) — list, add, enable/disable,
//   reset a password, unlock. Password hashes never leave the server.
#include "http/handlers/handlers.h"
#include "http/handlers/list_json.h"
#include "service/auth_service.h"
#include "service/json/json_reader.h"
#include "service/json/org_json.h"
#include "service/org_queries.h"
#include "service/org_service.h"
#include "service/settings_service.h"
#include "service/user_service.h"

namespace fazhi::http {
namespace {

namespace json = service::json;
using service::Permission;

core::Result<Response> ListUnits(Exchange& ex) {
  std::optional<domain::RegionLevel> level;
  if (auto text = ex.QueryText("level")) {
    auto parsed = domain::ParseRegionLevel(*text);
    if (!parsed) {
      core::Error e = parsed.error();
      e.field = "level";
      return core::Fail(e);
    }
    level = *parsed;
  }
  ASSIGN_OR_RETURN(auto parent, ex.QueryInt("parentId", 1, INT64_MAX));
  ASSIGN_OR_RETURN(auto units, service::ListUnits(ex.ctx, ex.scope(), level, parent));
  return Response::Json(200, ItemsJson(units, [](const auto& u) { return json::ToJson(u); }));
}

core::Result<Response> GetUnit(Exchange& ex) {
  ASSIGN_OR_RETURN(std::int64_t id, ex.PathId());
  ASSIGN_OR_RETURN(auto unit, service::GetUnit(ex.ctx, ex.scope(), id));
  return Response::Json(200, json::ToJson(unit));
}

core::Result<Response> AddUnit(Exchange& ex) {
  ASSIGN_OR_RETURN(nlohmann::json body, ex.JsonBody());
  json::JsonReader r(body);
  ASSIGN_OR_RETURN(std::string code, r.RequiredString("code", 12));
  ASSIGN_OR_RETURN(std::string name, r.RequiredString("name", json::kNameMaxChars));
  ASSIGN_OR_RETURN(auto unit, service::AddRegion(ex.ctx, ex.scope(), code, name));
  return Response::Json(201, json::ToJson(unit));
}

core::Result<Response> ListDepartments(Exchange& ex) {
  ASSIGN_OR_RETURN(auto unit, ex.QueryInt("unitId", 1, INT64_MAX));
  ASSIGN_OR_RETURN(auto items, service::ListDepartments(ex.ctx, ex.scope(), unit));
  return Response::Json(200, ItemsJson(items, [](const auto& d) { return json::ToJson(d); }));
}

core::Result<Response> AddDepartment(Exchange& ex) {
  ASSIGN_OR_RETURN(nlohmann::json body, ex.JsonBody());
  json::JsonReader r(body);
  ASSIGN_OR_RETURN(std::string unit, r.RequiredString("unitCode", 12));
  ASSIGN_OR_RETURN(std::string name, r.RequiredString("name", json::kNameMaxChars));
  ASSIGN_OR_RETURN(std::string kind, r.OptionalString("kind", json::kNameMaxChars));
  ASSIGN_OR_RETURN(auto d, service::AddDepartment(ex.ctx, ex.scope(), unit, name, kind));
  return Response::Json(201, json::ToJson(d));
}

core::Result<Response> ListSettings(Exchange& ex) {
  ASSIGN_OR_RETURN(auto settings, service::ListSettings(ex.ctx, ex.scope()));
  return Response::Json(200, ItemsJson(settings, [](const service::EffectiveSetting& s) {
                          return nlohmann::json{{"key", s.spec.key},
                                                {"kind", s.spec.kind},
                                                {"min", s.spec.min},
                                                {"max", s.spec.max},
                                                {"defaultValue", s.spec.default_value},
                                                {"description", s.spec.description},
                                                {"defaultBasis", s.spec.default_basis},
                                                {"deploymentOnly", s.spec.deployment_only},
                                                {"value", s.value},
                                                {"source", s.source},
                                                {"basis", s.basis},
                                                {"updatedAt", s.updated_at}};
                        }));
}

core::Result<Response> SetSetting(Exchange& ex) {
  std::string key;
  for (const auto& [name, value] : ex.params) {
    if (name == "key") key = value;
  }
  ASSIGN_OR_RETURN(nlohmann::json body, ex.JsonBody());
  json::JsonReader r(body);
  ASSIGN_OR_RETURN(std::string value, r.RequiredString("value", 64));
  ASSIGN_OR_RETURN(std::string basis, r.OptionalString("basis", json::kNameMaxChars));
  RETURN_IF_ERROR(service::SetSetting(ex.ctx, ex.scope(), key, value, basis));
  return ListSettings(ex);
}

core::Result<nlohmann::json> UserJson(Exchange& ex, const service::UserRow& row) {
  nlohmann::json j = json::ToJson(row.user);
  j["unit"] = json::ToJson(row.unit);
  ASSIGN_OR_RETURN(auto status, service::GetAccountStatus(ex.ctx, ex.scope(), row.user.id));
  j["failedLogins"] = status.failed_logins;
  j["lockedUntil"] = status.locked_until ? nlohmann::json(*status.locked_until) : nlohmann::json();
  j["passwordChangedAt"] =
      status.password_changed_at ? nlohmann::json(*status.password_changed_at) : nlohmann::json();
  return j;
}

core::Result<Response> ListUsers(Exchange& ex) {
  ASSIGN_OR_RETURN(auto rows, service::ListUsers(ex.ctx, ex.scope()));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& row : rows) {
    ASSIGN_OR_RETURN(nlohmann::json j, UserJson(ex, row));
    items.push_back(std::move(j));
  }
  return Response::Json(200, {{"items", items}, {"total", rows.size()}});
}

core::Result<Response> AddUser(Exchange& ex) {
  ASSIGN_OR_RETURN(nlohmann::json body, ex.JsonBody());
  json::JsonReader r(body);
  service::NewUser user;
  ASSIGN_OR_RETURN(user.username, r.RequiredString("username", 32));
  ASSIGN_OR_RETURN(user.display_name, r.RequiredString("displayName", json::kNameMaxChars));
  ASSIGN_OR_RETURN(user.role, r.RequiredString("role", 32));
  ASSIGN_OR_RETURN(user.unit_code, r.RequiredString("unitCode", 12));
  ASSIGN_OR_RETURN(user.password, r.RequiredString("password", 256));
  ASSIGN_OR_RETURN(domain::User created, service::AddUser(ex.ctx, ex.scope(), user));
  ASSIGN_OR_RETURN(auto unit, service::GetUnit(ex.ctx, ex.scope(), created.region_id));
  ASSIGN_OR_RETURN(nlohmann::json j, UserJson(ex, service::UserRow{created, unit}));
  return Response::Json(201, j);
}

core::Result<Response> SetActive(Exchange& ex) {
  ASSIGN_OR_RETURN(std::int64_t id, ex.PathId());
  ASSIGN_OR_RETURN(nlohmann::json body, ex.JsonBody());
  ASSIGN_OR_RETURN(bool active, json::JsonReader(body).Required<bool>("active"));
  RETURN_IF_ERROR(service::SetUserActive(ex.ctx, ex.scope(), id, active));
  return Response::NoContent();
}

core::Result<Response> ResetPassword(Exchange& ex) {
  ASSIGN_OR_RETURN(std::int64_t id, ex.PathId());
  ASSIGN_OR_RETURN(nlohmann::json body, ex.JsonBody());
  ASSIGN_OR_RETURN(std::string password, json::JsonReader(body).RequiredString("newPassword", 256));
  RETURN_IF_ERROR(service::ResetPassword(ex.ctx, ex.scope(), id, password));
  return Response::NoContent();
}

core::Result<Response> Unlock(Exchange& ex) {
  ASSIGN_OR_RETURN(std::int64_t id, ex.PathId());
  RETURN_IF_ERROR(service::Unlock(ex.ctx, ex.scope(), id));
  return Response::NoContent();
}

}  // namespace

void AddOrgRoutes(std::vector<Route>& routes) {
  routes.push_back({"GET", "/api/v1/units", Access::kPermission, Permission::kOrgRead,
                    BodyKind::kNone, ListUnits});
  routes.push_back({"POST", "/api/v1/units", Access::kPermission, Permission::kOrgAdmin,
                    BodyKind::kJson, AddUnit});
  routes.push_back({"GET", "/api/v1/units/{id}", Access::kPermission, Permission::kOrgRead,
                    BodyKind::kNone, GetUnit});
  routes.push_back({"GET", "/api/v1/departments", Access::kPermission, Permission::kOrgRead,
                    BodyKind::kNone, ListDepartments});
  routes.push_back({"POST", "/api/v1/departments", Access::kPermission, Permission::kOrgAdmin,
                    BodyKind::kJson, AddDepartment});
  routes.push_back({"GET", "/api/v1/settings", Access::kPermission, Permission::kOrgAdmin,
                    BodyKind::kNone, ListSettings});
  routes.push_back({"PUT", "/api/v1/settings/{key}", Access::kPermission, Permission::kOrgAdmin,
                    BodyKind::kJson, SetSetting});
  routes.push_back({"GET", "/api/v1/users", Access::kPermission, Permission::kAccountAdmin,
                    BodyKind::kNone, ListUsers});
  routes.push_back({"POST", "/api/v1/users", Access::kPermission, Permission::kAccountAdmin,
                    BodyKind::kJson, AddUser});
  routes.push_back({"POST", "/api/v1/users/{id}/active", Access::kPermission,
                    Permission::kAccountAdmin, BodyKind::kJson, SetActive});
  routes.push_back({"POST", "/api/v1/users/{id}/password", Access::kPermission,
                    Permission::kAccountAdmin, BodyKind::kJson, ResetPassword});
  routes.push_back({"POST", "/api/v1/users/{id}/unlock", Access::kPermission,
                    Permission::kAccountAdmin, BodyKind::kNone, Unlock});
}

}  // namespace fazhi::http
