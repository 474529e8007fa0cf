// store/user_repository.cc — see user_repository.h.
#include "store/user_repository.h"

#include <string>
#include <utility>

#include "core/clock.h"
#include "store/internal/rows.h"
#include "store/internal/scope_sql.h"
#include "store/internal/session.h"
#include "store/internal/tables.h"

namespace fazhi::store {

using internal::Params;
using internal::Session;
using internal::UserTable;

namespace {

core::Error UserNotFound() { return internal::RecordNotFound("用户", "User"); }

core::Result<domain::User> SelectOne(Database& db, const Scope& scope, std::string_view column,
                                     const std::function<std::string(Params&)>& value) {
  Params params;
  std::string cond = internal::OwnedRegionCondition(scope, "u.region_id", params);
  std::string p = value(params);
  ASSIGN_OR_RETURN(auto rows, internal::SelectVector<UserTable>(
                                  Session(db),
                                  "SELECT " + internal::SelectList<UserTable>("u") +
                                      " FROM app_user u WHERE u." + std::string(column) + " = " +
                                      p + " AND " + cond,
                                  params));
  if (rows.empty()) return core::Fail(UserNotFound());
  return std::move(rows.front());
}

}  // namespace

core::Result<domain::User> UserRepository::Create(const Scope& scope, domain::User user) {
  return internal::Guarded(db_, "create user", [&]() -> core::Result<domain::User> {
    RETURN_IF_ERROR(internal::CheckRegionOwned(db_, scope, user.region_id, "regionId"));
    if (user.password_hash.empty()) {
      return core::Fail(core::InvalidArgument("password", "缺少密码", "The password is required"));
    }
    if (user.created_at.empty()) user.created_at = core::SystemClock().NowUtc();
    user.id = internal::InsertRecord<UserTable>(Session(db_), user);
    return user;
  });
}

core::Result<domain::User> UserRepository::Get(const Scope& scope, std::int64_t id) {
  return internal::Guarded(db_, "get user", [&]() -> core::Result<domain::User> {
    return SelectOne(db_, scope, "id", [&](Params& p) { return p.Int(id); });
  });
}

core::Result<domain::User> UserRepository::GetByUsername(const Scope& scope,
                                                         std::string_view username) {
  return internal::Guarded(db_, "get user", [&]() -> core::Result<domain::User> {
    return SelectOne(db_, scope, "username",
                     [&](Params& p) { return p.Text(std::string(username)); });
  });
}

core::Result<std::vector<domain::User>> UserRepository::List(const Scope& scope) {
  return internal::Guarded(db_, "list users", [&]() -> core::Result<std::vector<domain::User>> {
    Params params;
    std::string cond = internal::OwnedRegionCondition(scope, "u.region_id", params);
    return internal::SelectVector<UserTable>(Session(db_),
                                             "SELECT " + internal::SelectList<UserTable>("u") +
                                                 " FROM app_user u WHERE " + cond +
                                                 " ORDER BY u.username",
                                             params);
  });
}

core::Status UserRepository::UpdatePasswordHash(const Scope& scope, std::int64_t id,
                                                std::string_view password_hash) {
  return internal::Guarded(db_, "update password", [&]() -> core::Status {
    ASSIGN_OR_RETURN(domain::User user, Get(scope, id));
    if (password_hash.empty()) {
      return core::Fail(core::InvalidArgument("password", "缺少密码", "The password is required"));
    }
    user.password_hash = std::string(password_hash);
    internal::UpdateRecord<UserTable>(Session(db_), user.id, user);
    return core::Ok();
  });
}

core::Status UserRepository::SetActive(const Scope& scope, std::int64_t id, bool active) {
  return internal::Guarded(db_, "set user active", [&]() -> core::Status {
    ASSIGN_OR_RETURN(domain::User user, Get(scope, id));
    user.active = active;
    internal::UpdateRecord<UserTable>(Session(db_), user.id, user);
    return core::Ok();
  });
}

core::Status UserRepository::UpdateProfile(const Scope& scope, std::int64_t id,
                                           std::string_view display_name, domain::Role role) {
  return internal::Guarded(db_, "update user", [&]() -> core::Status {
    ASSIGN_OR_RETURN(domain::User user, Get(scope, id));
    user.display_name = std::string(display_name);
    user.role = role;
    internal::UpdateRecord<UserTable>(Session(db_), user.id, user);
    return core::Ok();
  });
}

}  // namespace fazhi::store
