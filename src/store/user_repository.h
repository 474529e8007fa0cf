// store/user_repository.h — user accounts. The store never sees a password: callers pass the
// argon2id hash (core/crypto.h) and compare hashes themselves.
//
// Contract (Scope, store/scope.h): a user belongs to a region (township for clerk/leader,
// county for the other roles — the service layer enforces that pairing). A scope owns the
// users of the regions it owns: Township(T) those of T and its villages; County(C) those of
// C, its townships and their villages; System all. Reading a user outside the scope is
// kNotFound; creating one in a region outside it is kPermissionDenied. Login looks the user up
// with Scope::System(). A taken username is kConflict with field "username". created_at is
// the caller's value when set, else the current UTC time "YYYY-MM-DD HH:MM:SS".
// Not thread-safe (borrows one Database).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/org/org.h"
#include "store/database.h"
#include "store/scope.h"

namespace fazhi::store {

class UserRepository {
 public:
  explicit UserRepository(Database& db) : db_(db) {}

  // REQUIRES: user.password_hash is already a hash.
  core::Result<domain::User> Create(const Scope& scope, domain::User user);
  core::Result<domain::User> Get(const Scope& scope, std::int64_t id);
  core::Result<domain::User> GetByUsername(const Scope& scope, std::string_view username);
  // Users in the scope, ordered by username.
  core::Result<std::vector<domain::User>> List(const Scope& scope);
  core::Status UpdatePasswordHash(const Scope& scope, std::int64_t id,
                                  std::string_view password_hash);
  core::Status SetActive(const Scope& scope, std::int64_t id, bool active);
  // Changes display name and role (username, region and hash stay).
  core::Status UpdateProfile(const Scope& scope, std::int64_t id, std::string_view display_name,
                             domain::Role role);

 private:
  Database& db_;
};

}  // namespace fazhi::store
