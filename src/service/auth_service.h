// service/auth_service.h — signing in and out, lockout after repeated failures, sessions with
// idle and absolute timeouts, CSRF tokens, and the account operations of the security
// administrator (reset a password, unlock, activate / deactivate). docs/server.md "accounts
// and sessions"; the HTTP layer maps the results to status codes.
//
// Contract:
//  * Tokens. A session token and a CSRF token are 32 bytes each from libsodium's CSPRNG
//    (core::RandomHex), 64 lower-case hex digits. The database keeps only SHA-256(token)
//    (store/session_repository.h); the CSRF token is kept as is, so GET auth/session can
//    return it again.
//  * Login. An unknown user, a wrong password and an inactive account all give the SAME
//    kUnauthenticated error ("用户名或密码错误" / "wrong username or password", no field); an
//    unknown user is verified against a dummy argon2id hash of the default cost, so the
//    answer takes comparable time. Each wrong password of an active account adds one to
//    app_user.failed_logins; reaching AuthSettings::max_failed_logins locks the account for
//    lockout_minutes. A locked account is refused — even with the right password — with
//    kFailedPrecondition and field "username" (IsAccountLocked; HTTP 423), also on the
//    attempt that locks it. When the lock has run out, the count starts again from zero. A
//    successful login resets the count, deletes every expired session (housekeeping) and
//    creates the session. Login sets ctx.actor (user id and role when the user exists,
//    username = the name tried, role "anonymous" otherwise; ip = the client's) and writes
//    the audit rows: login (entity session), login_failed (entity user, after_json names
//    the reason: unknown_user | wrong_password | inactive | locked), locked. Audit rows of
//    an account carry its township for clerks and leaders, none for county roles and
//    unknown usernames (as service/user_service.cc does for account changes).
//  * Authenticate. A token that is malformed or unknown, or whose user is inactive, is
//    kUnauthenticated "未登录或会话已失效，请重新登录". A session idle for MORE than
//    idle_timeout_minutes, or older than absolute_timeout_hours (or past its stored
//    expires_at), is deleted and gives kUnauthenticated "会话已过期，请重新登录". Otherwise
//    last_seen_at is moved to now when it is at least a minute old (not a write per request)
//    and the session is returned with its Principal and CSRF token.
//  * Principal. The user (password_hash cleared), the unit and the scope: Township(unit) for
//    clerk and leader, County(unit) for county_reviewer, sysadmin, secadmin, auditor.
//  * CheckCsrf compares in constant time; an empty or differently sized header is false.
//  * ChangeOwnPassword: the new password follows domain::ValidatePasswordPolicy (field
//    "newPassword") and differs from the old; a wrong old password is kInvalidArgument
//    "oldPassword" and counts as a failed login (it can lock the account, which then gives
//    the locked error). On success every OTHER session of the user ends; the current one stays.
//  * ResetPassword / Unlock / SetUserActive act on a user inside the caller's scope (else
//    kNotFound). ResetPassword also clears the lockout and ends all the user's sessions;
//    deactivating ends all sessions; a user cannot deactivate themselves
//    (kFailedPrecondition). Each writes its change and audit row in ONE transaction:
//    password_reset, unlock, update (before/after {"active"}); ChangeOwnPassword writes
//    password_change; Logout writes logout (entity session). No row holds a password or hash.
//  * Time comes from ctx.clock (NowUtc); timestamps are UTC "YYYY-MM-DD HH:MM:SS".
//  * Settings outside their ranges are kInvalidArgument naming the fazhi.toml key
//    ("auth.max_failed_logins", …); ValidateAuthSettings is what every call checks.
// Not thread-safe (one ServiceContext per thread); the functions keep no state of their own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/org/org.h"
#include "service/permissions.h"
#include "service/service_context.h"
#include "store/scope.h"

namespace fazhi::service {

// Filled by the server from fazhi.toml [auth].
struct AuthSettings {
  int max_failed_logins = 5;        // consecutive wrong passwords before the lock; 1…100
  int lockout_minutes = 15;         // how long a lock lasts; 1…1440
  int idle_timeout_minutes = 30;    // a session unused for longer ends; 1…1440
  int absolute_timeout_hours = 12;  // a session ends this long after login anyway; 1…720
};
core::Status ValidateAuthSettings(const AuthSettings& settings);

// Who is signed in and what they may reach.
struct Principal {
  domain::User user;  // password_hash is always empty
  domain::Region unit;
  store::Scope scope = store::Scope::Township(0);  // default: sees nothing
  bool Can(Permission permission) const { return RoleHas(user.role, permission); }
};

// The Principal of a user of that unit; kInternal when role and unit level disagree.
core::Result<Principal> MakePrincipal(domain::User user, domain::Region unit);
// Sets ctx.actor to the principal's user (request_id and ip are kept).
void SetActor(ServiceContext& ctx, const Principal& principal);

struct LoginResult {
  std::string session_token;  // the cookie value; shown once, never stored
  std::string csrf_token;     // the X-CSRF-Token value for state changes
  std::int64_t session_id = 0;
  std::string expires_at;  // absolute end, UTC "YYYY-MM-DD HH:MM:SS"
  Principal principal;
};

struct AuthenticatedSession {
  Principal principal;
  std::string csrf_token;
  std::int64_t session_id = 0;
  std::string expires_at;  // absolute end, UTC
};

// true for the "account locked" error of Login / ChangeOwnPassword (HTTP 423).
bool IsAccountLocked(const core::Error& error);

core::Result<LoginResult> Login(ServiceContext& ctx, const AuthSettings& settings,
                                std::string_view username, std::string_view password,
                                std::string_view ip, std::string_view user_agent);
core::Result<AuthenticatedSession> Authenticate(ServiceContext& ctx, const AuthSettings& settings,
                                                std::string_view session_token);
bool CheckCsrf(const AuthenticatedSession& session, std::string_view header_token);
// Ends the session of this token (nothing to do for an unknown token).
core::Status Logout(ServiceContext& ctx, std::string_view session_token);
// Deletes every expired session; returns how many (the server may call it periodically).
core::Result<std::int64_t> PurgeExpiredSessions(ServiceContext& ctx, const AuthSettings& settings);

core::Status ChangeOwnPassword(ServiceContext& ctx, const AuthSettings& settings,
                               const AuthenticatedSession& current, std::string_view old_password,
                               std::string_view new_password);
core::Status ResetPassword(ServiceContext& ctx, const store::Scope& scope, std::int64_t user_id,
                           std::string_view new_password);
core::Status Unlock(ServiceContext& ctx, const store::Scope& scope, std::int64_t user_id);
core::Status SetUserActive(ServiceContext& ctx, const store::Scope& scope, std::int64_t user_id,
                           bool active);

// Lockout state of an account for the user list of the security administrator.
struct AccountStatus {
  std::int64_t failed_logins = 0;
  std::optional<std::string> locked_until;  // set only while the lock lasts (UTC)
  std::optional<std::string> password_changed_at;
};
core::Result<AccountStatus> GetAccountStatus(ServiceContext& ctx, const store::Scope& scope,
                                             std::int64_t user_id);

}  // namespace fazhi::service
