// store/session_repository.h — signed-in sessions and the login-failure bookkeeping of
// accounts (migrations/*/0003_auth.sql). Rules (timeouts, lockout) live in
// service/auth_service.h; this file only reads and writes rows.
//
// Contract:
//  * A session row holds the SHA-256 (64 lower-case hex digits) of the random token the
//    browser keeps in its cookie, never the token itself; FindByTokenHash looks it up. A hash
//    of another shape is kInvalidArgument "tokenHash" (Create) or kNotFound (lookups).
//  * Timestamps are UTC text "YYYY-MM-DD HH:MM:SS" supplied by the caller (the service's
//    clock); text order is time order, which DeleteExpired and Touch rely on.
//  * There is no Scope here: a session is reached through its secret token, and the calls
//    naming a user_id are made by services that have already read that user inside the
//    caller's scope (store/user_repository.h). A missing session or user is kNotFound.
//  * Every statement is parameterized; integers are bound as std::int64_t. Driver failures
//    become core::Error as in store/database.h.
// Not thread-safe (borrows one Database).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/org/org.h"
#include "store/database.h"

namespace fazhi::store {

struct SessionRecord {
  std::int64_t id = 0;
  std::string token_hash;  // core::Sha256Hex(token)
  std::int64_t user_id = 0;
  std::string csrf_token;  // sent back in the X-CSRF-Token header of state changes
  std::string created_at;
  std::string last_seen_at;
  std::string expires_at;  // absolute end of the session
  std::string ip;
  std::string user_agent;
};

// A session with its account and the account's unit (one query per request).
struct SessionWithUser {
  SessionRecord session;
  domain::User user;    // password_hash included; the service drops it
  domain::Region unit;  // the user's region_id
};

// Login bookkeeping columns of app_user.
struct LoginState {
  std::int64_t failed_logins = 0;  // consecutive failures since the last success or unlock
  std::optional<std::string> locked_until;
  std::optional<std::string> password_changed_at;
};

class SessionRepository {
 public:
  explicit SessionRepository(Database& db) : db_(db) {}

  // Inserts the session and returns it with its id. A user_id that does not exist is
  // kInvalidArgument; a token_hash already stored is kConflict.
  core::Result<SessionRecord> Create(SessionRecord session);
  core::Result<SessionWithUser> FindByTokenHash(std::string_view token_hash);
  core::Result<SessionRecord> Get(std::int64_t session_id);
  // The sessions of one user, oldest first.
  core::Result<std::vector<SessionRecord>> ListOfUser(std::int64_t user_id);
  // Sets last_seen_at = now unless it is already at or after now.
  core::Status Touch(std::int64_t session_id, std::string_view now);
  // true when a row was deleted, false when there was none.
  core::Result<bool> Delete(std::int64_t session_id);
  // Deletes every session of the user except `keep` (when given); returns how many.
  core::Result<std::int64_t> DeleteAllOfUser(std::int64_t user_id,
                                             std::optional<std::int64_t> keep = std::nullopt);
  // Deletes the sessions whose expires_at <= now or whose last_seen_at < idle_cutoff.
  core::Result<std::int64_t> DeleteExpired(std::string_view now, std::string_view idle_cutoff);

  core::Result<LoginState> GetLoginState(std::int64_t user_id);
  // failed_logins + 1, atomically; returns the new count.
  core::Result<std::int64_t> IncrementFailedLogins(std::int64_t user_id);
  core::Status SetLockedUntil(std::int64_t user_id, std::string_view until);
  // failed_logins = 0 and locked_until = NULL.
  core::Status ResetLoginFailures(std::int64_t user_id);
  core::Status SetPasswordChangedAt(std::int64_t user_id, std::string_view at);

 private:
  Database& db_;
};

}  // namespace fazhi::store
