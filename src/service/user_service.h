// service/user_service.h — accounts: add a user with a role bound to a township or county,
// change a password, list users. Passwords are checked against the policy and stored only as
// argon2id hashes (core/crypto.h).
//
// Contract: role and unit must agree — 业务人员 and 领导 belong to a township; 县级审核,
// 系统管理员, 安全管理员 and 审计员 to a county (kInvalidArgument, field "unit"). Unknown unit
// is kNotFound; a taken username is kConflict (field "username").
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "domain/org/org.h"
#include "service/service_context.h"
#include "store/scope.h"

namespace fazhi::service {

struct NewUser {
  std::string username;
  std::string display_name;
  std::string role;       // role code, e.g. "clerk"
  std::string unit_code;  // 12-digit township or county code
  std::string password;
  bool fast_hash = false;  // minimum argon2id cost (demo data and tests only)
};

core::Result<domain::User> AddUser(ServiceContext& ctx, const store::Scope& scope, const NewUser& user);
core::Status ChangePassword(ServiceContext& ctx, const store::Scope& scope,
                            const std::string& username, const std::string& new_password);
// Checks a password; kUnauthenticated (same message for unknown user and wrong password).
core::Result<domain::User> CheckPassword(ServiceContext& ctx, const std::string& username,
                                         const std::string& password);

struct UserRow {
  domain::User user;
  domain::Region unit;
};
core::Result<std::vector<UserRow>> ListUsers(ServiceContext& ctx, const store::Scope& scope);

}  // namespace fazhi::service
