// service/user_service.cc — see user_service.h.
#include "service/user_service.h"

#include <fmt/format.h>

#include "core/crypto.h"
#include "service/audit_service.h"
#include "service/json/org_json.h"
#include "store/org_repository.h"
#include "store/user_repository.h"

namespace fazhi::service {
namespace {

bool BelongsToTownship(domain::Role role) {
  return role == domain::Role::kClerk || role == domain::Role::kLeader;
}

// The township of an account, for the audit log's scoped history (county roles: none).
std::optional<std::int64_t> AuditTownship(const domain::User& user) {
  if (!BelongsToTownship(user.role)) return std::nullopt;
  return user.region_id;
}

}  // namespace

core::Result<domain::User> AddUser(ServiceContext& ctx, const store::Scope& scope, const NewUser& input) {
  RETURN_IF_ERROR(domain::ValidateUsername(input.username));
  ASSIGN_OR_RETURN(auto role, domain::ParseRole(input.role));
  RETURN_IF_ERROR(domain::ValidatePasswordPolicy(input.password, input.username));
  ASSIGN_OR_RETURN(auto level, domain::RegionLevelOfCode(input.unit_code, "unit"));
  bool township_role = BelongsToTownship(role);
  if ((township_role && level != domain::RegionLevel::kTownship) ||
      (!township_role && level != domain::RegionLevel::kCounty)) {
    return core::Fail(core::InvalidArgument(
        "unit",
        fmt::format("角色“{}”应归属于{}，而 {} 是{}代码", domain::RoleLabelZh(role),
                    township_role ? "乡镇（街道）" : "县", input.unit_code,
                    domain::RegionLevelLabelZh(level)),
        fmt::format("role {} belongs to a {}, but {} is a {} code", domain::RoleCode(role),
                    township_role ? "township" : "county", input.unit_code,
                    domain::RegionLevelCode(level))));
  }
  store::OrgRepository org(*ctx.db);
  auto unit = org.GetRegionByCode(scope, input.unit_code);
  if (!unit) {
    if (unit.error().code != core::ErrorCode::kNotFound) return core::Fail(unit.error());
    return core::Fail(core::NotFound(fmt::format("找不到区划代码为 {} 的单位", input.unit_code),
                                     fmt::format("no unit with code {}", input.unit_code)));
  }
  ASSIGN_OR_RETURN(auto hash, core::HashPassword(input.password, input.fast_hash));
  domain::User user;
  user.username = input.username;
  user.display_name = input.display_name.empty() ? input.username : input.display_name;
  user.role = role;
  user.region_id = unit->id;
  user.password_hash = hash;
  user.active = true;
  store::UserRepository users(*ctx.db);
  domain::User stored;
  // The audit row shows the account without its hash (json::ToJson(domain::User) has none).
  RETURN_IF_ERROR(ctx.db->InTransaction([&]() -> core::Status {
    ASSIGN_OR_RETURN(stored, users.Create(scope, user));
    return RecordAudit(ctx, audit::kCreate, audit::kUser, stored.id, AuditTownship(stored),
                       std::nullopt, AuditJson(json::ToJson(stored)));
  }));
  return stored;
}

core::Status ChangePassword(ServiceContext& ctx, const store::Scope& scope,
                            const std::string& username, const std::string& new_password) {
  store::UserRepository users(*ctx.db);
  auto user = users.GetByUsername(scope, username);
  if (!user) {
    if (user.error().code != core::ErrorCode::kNotFound) return core::Fail(user.error());
    return core::Fail(core::NotFound(fmt::format("用户 {} 不存在", username),
                                     fmt::format("no user {}", username)));
  }
  RETURN_IF_ERROR(domain::ValidatePasswordPolicy(new_password, username));
  ASSIGN_OR_RETURN(auto hash, core::HashPassword(new_password));
  return ctx.db->InTransaction([&]() -> core::Status {
    RETURN_IF_ERROR(users.UpdatePasswordHash(scope, user->id, hash));
    // Who and whose; neither password nor hash.
    return RecordAudit(ctx, audit::kPasswordChange, audit::kUser, user->id, AuditTownship(*user),
                       std::nullopt, AuditJson(json::ToJson(*user)));
  });
}

core::Result<domain::User> CheckPassword(ServiceContext& ctx, const std::string& username,
                                         const std::string& password) {
  store::UserRepository users(*ctx.db);
  auto user = users.GetByUsername(store::Scope::System(), username);
  core::Error wrong{core::ErrorCode::kUnauthenticated, "用户名或密码错误", "wrong username or password", "", ""};
  if (!user) {
    if (user.error().code != core::ErrorCode::kNotFound) return core::Fail(user.error());
    return core::Fail(wrong);
  }
  if (!user->active || !core::VerifyPassword(user->password_hash, password)) return core::Fail(wrong);
  return user;
}

core::Result<std::vector<UserRow>> ListUsers(ServiceContext& ctx, const store::Scope& scope) {
  store::UserRepository users(*ctx.db);
  store::OrgRepository org(*ctx.db);
  ASSIGN_OR_RETURN(auto list, users.List(scope));
  std::vector<UserRow> rows;
  for (auto& u : list) {
    ASSIGN_OR_RETURN(auto unit, org.GetRegion(store::Scope::System(), u.region_id));
    rows.push_back({std::move(u), std::move(unit)});
  }
  return rows;
}

}  // namespace fazhi::service
