// service/auth_service.cc — see auth_service.h.
#include "service/auth_service.h"

#include <fmt/format.h>

#include <charconv>
#include <chrono>
#include <utility>

#include "core/clock.h"
#include "core/crypto.h"
#include "service/audit_service.h"
#include "store/org_repository.h"
#include "store/session_repository.h"
#include "store/user_repository.h"

namespace fazhi::service {
namespace {

using Seconds = std::chrono::sys_seconds;

constexpr std::size_t kTokenBytes = 32;
// last_seen_at is written at most once per this interval.
constexpr std::chrono::seconds kTouchInterval{60};
constexpr std::size_t kMaxIpBytes = 64;
constexpr std::size_t kMaxUserAgentBytes = 256;
constexpr std::size_t kMaxActorNameBytes = 64;
constexpr std::string_view kPasswordReset = "password_reset";

// ---- time: UTC text "YYYY-MM-DD HH:MM:SS" <-> seconds ----

std::optional<int> Digits(std::string_view text, std::size_t at, std::size_t count) {
  int value = 0;
  auto [ptr, ec] = std::from_chars(text.data() + at, text.data() + at + count, value);
  if (ec != std::errc() || ptr != text.data() + at + count) return std::nullopt;
  return value;
}

std::optional<Seconds> ParseUtc(std::string_view text) {
  if (text.size() != 19 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' ||
      text[16] != ':') {
    return std::nullopt;
  }
  auto y = Digits(text, 0, 4);
  auto mo = Digits(text, 5, 2);
  auto d = Digits(text, 8, 2);
  auto h = Digits(text, 11, 2);
  auto mi = Digits(text, 14, 2);
  auto s = Digits(text, 17, 2);
  if (!y || !mo || !d || !h || !mi || !s || *h > 23 || *mi > 59 || *s > 60) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year{*y},
                                  std::chrono::month{static_cast<unsigned>(*mo)},
                                  std::chrono::day{static_cast<unsigned>(*d)}};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days(ymd) + std::chrono::hours{*h} + std::chrono::minutes{*mi} +
         std::chrono::seconds{*s};
}

std::string FormatUtc(Seconds t) {
  auto day = std::chrono::floor<std::chrono::days>(t);
  std::chrono::year_month_day ymd{day};
  std::chrono::hh_mm_ss hms{t - day};
  return fmt::format("{} {:02d}:{:02d}:{:02d}", core::FormatDate(ymd), hms.hours().count(),
                     hms.minutes().count(), hms.seconds().count());
}

core::Result<Seconds> Now(const ServiceContext& ctx) {
  if (ctx.clock == nullptr) return core::Fail(core::Internal("auth: ServiceContext has no clock"));
  std::string text = ctx.clock->NowUtc();
  auto t = ParseUtc(text);
  if (!t) return core::Fail(core::Internal("auth: clock gave '" + text + "'"));
  return *t;
}

core::Result<Seconds> StoredTime(std::string_view text, std::string_view column) {
  auto t = ParseUtc(text);
  if (!t) {
    return core::Fail(core::Internal("corrupt value in " + std::string(column) + ": '" +
                                     std::string(text) + "'"));
  }
  return *t;
}

// ---- errors ----

core::Error WrongCredentials() {
  return core::Error{core::ErrorCode::kUnauthenticated, "用户名或密码错误",
                     "wrong username or password", "", ""};
}

core::Error NotSignedIn() {
  return core::Error{core::ErrorCode::kUnauthenticated, "未登录或会话已失效，请重新登录",
                     "Not signed in, or the session is no longer valid; sign in again", "", ""};
}

core::Error SessionExpired() {
  return core::Error{core::ErrorCode::kUnauthenticated, "会话已过期，请重新登录",
                     "The session has expired; sign in again", "", ""};
}

core::Error AccountLocked(Seconds until, Seconds now) {
  auto left = std::chrono::ceil<std::chrono::minutes>(until - now).count();
  if (left < 1) left = 1;
  core::Error e = core::FailedPrecondition(
      fmt::format("用户名对应的账号因连续登录失败已被锁定，请 {} 分钟后再试，或联系安全管理员解锁",
                  left),
      fmt::format("The account of this username is locked after repeated failed sign-ins; try "
                  "again in {} minute(s) or ask the security administrator to unlock it",
                  left));
  e.field = "username";
  return e;
}

// A password-policy error of the domain ("password") renamed to the request's field.
core::Error WithField(core::Error e, std::string_view field) {
  e.field = std::string(field);
  return e;
}

// ---- text from the client ----

// Printable ASCII only (other bytes become '?'), at most max_bytes: safe for any database
// encoding and for the audit log.
std::string Printable(std::string_view text, std::size_t max_bytes) {
  std::string out;
  for (char c : text.substr(0, max_bytes)) {
    out.push_back(c >= 0x20 && c <= 0x7e ? c : '?');
  }
  return out;
}

std::string ActorName(std::string_view username) {
  if (domain::ValidateUsername(username)) return std::string(username);
  std::string name = Printable(username, kMaxActorNameBytes);
  return name.empty() ? "-" : name;
}

bool IsToken(std::string_view token) {
  if (token.size() != kTokenBytes * 2) return false;
  for (char c : token) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

// ---- accounts ----

bool BelongsToTownship(domain::Role role) {
  return role == domain::Role::kClerk || role == domain::Role::kLeader;
}

// The township of an account for the audit log's scoped history (county roles: none), as
// service/user_service.cc records account changes.
std::optional<std::int64_t> AuditTownship(const domain::User& user) {
  if (!BelongsToTownship(user.role)) return std::nullopt;
  return user.region_id;
}

// An argon2id hash of the default cost that no password matches in practice: verifying
// against it costs what verifying a real account costs.
const std::string& DummyHash() {
  static const std::string hash = [] {
    auto h = core::HashPassword(core::RandomHex(kTokenBytes));
    return h ? *h : std::string();
  }();
  return hash;
}

core::Result<std::optional<domain::User>> FindUser(ServiceContext& ctx, std::string_view username) {
  if (!domain::ValidateUsername(username)) return std::optional<domain::User>();
  store::UserRepository users(*ctx.db);
  auto user = users.GetByUsername(store::Scope::System(), username);
  if (!user) {
    if (user.error().code == core::ErrorCode::kNotFound) return std::optional<domain::User>();
    return core::Fail(user.error());
  }
  return std::optional<domain::User>(std::move(*user));
}

// The lock's end when the account is locked at `now`.
core::Result<std::optional<Seconds>> ActiveLock(const store::LoginState& state, Seconds now) {
  if (!state.locked_until) return std::optional<Seconds>();
  ASSIGN_OR_RETURN(Seconds until, StoredTime(*state.locked_until, "app_user.locked_until"));
  if (until <= now) return std::optional<Seconds>();
  return std::optional<Seconds>(until);
}

std::string FailureJson(std::string_view username, std::string_view reason,
                        std::optional<std::int64_t> failed_logins) {
  nlohmann::json doc = {{"username", ActorName(username)}, {"reason", reason}};
  if (failed_logins) doc["failedLogins"] = *failed_logins;
  return AuditJson(doc);
}

// Audits a refused attempt that changes no counter (unknown user, inactive, locked).
core::Status AuditRefusal(ServiceContext& ctx, const domain::User* user, std::string_view username,
                          std::string_view reason) {
  return ctx.db->InTransaction([&]() -> core::Status {
    return RecordAudit(ctx, audit::kLoginFailed, audit::kUser, user ? user->id : 0,
                       user ? AuditTownship(*user) : std::nullopt, std::nullopt,
                       FailureJson(username, reason, std::nullopt));
  });
}

// Counts a wrong password of an active account, locking it at the limit; one transaction
// with its audit rows. Returns the lock's end when the account is now locked.
core::Result<std::optional<Seconds>> CountFailure(ServiceContext& ctx, const AuthSettings& settings,
                                                  const domain::User& user, Seconds now,
                                                  std::string_view reason) {
  std::optional<Seconds> locked;
  store::SessionRepository sessions(*ctx.db);
  RETURN_IF_ERROR(ctx.db->InTransaction([&]() -> core::Status {
    locked.reset();
    ASSIGN_OR_RETURN(store::LoginState state, sessions.GetLoginState(user.id));
    if (state.locked_until) {
      ASSIGN_OR_RETURN(auto lock, ActiveLock(state, now));
      // A lock that has run out: the count starts again.
      if (!lock) RETURN_IF_ERROR(sessions.ResetLoginFailures(user.id));
    }
    ASSIGN_OR_RETURN(std::int64_t failures, sessions.IncrementFailedLogins(user.id));
    if (failures >= settings.max_failed_logins) {
      Seconds until = now + std::chrono::minutes{settings.lockout_minutes};
      RETURN_IF_ERROR(sessions.SetLockedUntil(user.id, FormatUtc(until)));
      locked = until;
    }
    RETURN_IF_ERROR(RecordAudit(ctx, audit::kLoginFailed, audit::kUser, user.id,
                                AuditTownship(user), std::nullopt,
                                FailureJson(user.username, reason, failures)));
    if (locked) {
      RETURN_IF_ERROR(RecordAudit(ctx, audit::kLocked, audit::kUser, user.id, AuditTownship(user),
                                  std::nullopt,
                                  AuditJson({{"username", user.username},
                                             {"failedLogins", failures},
                                             {"lockedUntil", FormatUtc(*locked)}})));
    }
    return core::Ok();
  }));
  return locked;
}

core::Result<domain::User> UserInScope(ServiceContext& ctx, const store::Scope& scope,
                                       std::int64_t user_id) {
  store::UserRepository users(*ctx.db);
  auto user = users.Get(scope, user_id);
  if (!user) {
    if (user.error().code != core::ErrorCode::kNotFound) return core::Fail(user.error());
    return core::Fail(core::NotFound(fmt::format("用户（编号 {}）不存在", user_id),
                                     fmt::format("no user with id {}", user_id)));
  }
  return user;
}

}  // namespace

core::Status ValidateAuthSettings(const AuthSettings& s) {
  auto check = [](int value, int lo, int hi, std::string_view key) -> core::Status {
    if (value >= lo && value <= hi) return core::Ok();
    return core::Fail(core::InvalidArgument(
        std::string(key), fmt::format("配置项 {} 应在 {} 到 {} 之间，现为 {}", key, lo, hi, value),
        fmt::format("{} must be between {} and {}, not {}", key, lo, hi, value)));
  };
  RETURN_IF_ERROR(check(s.max_failed_logins, 1, 100, "auth.max_failed_logins"));
  RETURN_IF_ERROR(check(s.lockout_minutes, 1, 1440, "auth.lockout_minutes"));
  RETURN_IF_ERROR(check(s.idle_timeout_minutes, 1, 1440, "auth.idle_timeout_minutes"));
  RETURN_IF_ERROR(check(s.absolute_timeout_hours, 1, 720, "auth.absolute_timeout_hours"));
  return core::Ok();
}

core::Result<Principal> MakePrincipal(domain::User user, domain::Region unit) {
  const bool township_role = BelongsToTownship(user.role);
  const domain::RegionLevel expected =
      township_role ? domain::RegionLevel::kTownship : domain::RegionLevel::kCounty;
  if (unit.id != user.region_id || unit.level != expected) {
    return core::Fail(core::Internal(fmt::format("user {} ({}) belongs to region {} of level {}",
                                                 user.username, domain::RoleCode(user.role),
                                                 unit.id, domain::RegionLevelCode(unit.level))));
  }
  user.password_hash.clear();
  Principal p;
  p.scope = township_role ? store::Scope::Township(unit.id) : store::Scope::County(unit.id);
  p.user = std::move(user);
  p.unit = std::move(unit);
  return p;
}

void SetActor(ServiceContext& ctx, const Principal& principal) {
  ctx.actor.user_id = principal.user.id;
  ctx.actor.username = principal.user.username;
  ctx.actor.role = std::string(domain::RoleCode(principal.user.role));
}

bool IsAccountLocked(const core::Error& error) {
  return error.code == core::ErrorCode::kFailedPrecondition && error.field == "username";
}

core::Result<LoginResult> Login(ServiceContext& ctx, const AuthSettings& settings,
                                std::string_view username, std::string_view password,
                                std::string_view ip, std::string_view user_agent) {
  RETURN_IF_ERROR(ValidateAuthSettings(settings));
  ASSIGN_OR_RETURN(Seconds now, Now(ctx));
  ctx.actor.user_id = 0;
  ctx.actor.username = ActorName(username);
  ctx.actor.role = "anonymous";
  ctx.actor.ip = Printable(ip, kMaxIpBytes);

  ASSIGN_OR_RETURN(std::optional<domain::User> user, FindUser(ctx, username));
  if (!user) {
    (void)core::VerifyPassword(DummyHash(), password);
    RETURN_IF_ERROR(AuditRefusal(ctx, nullptr, username, "unknown_user"));
    return core::Fail(WrongCredentials());
  }
  ctx.actor.user_id = user->id;
  ctx.actor.role = std::string(domain::RoleCode(user->role));

  store::SessionRepository sessions(*ctx.db);
  ASSIGN_OR_RETURN(store::LoginState state, sessions.GetLoginState(user->id));
  ASSIGN_OR_RETURN(std::optional<Seconds> lock, ActiveLock(state, now));
  if (lock) {
    RETURN_IF_ERROR(AuditRefusal(ctx, &*user, username, "locked"));
    return core::Fail(AccountLocked(*lock, now));
  }
  // Slow (argon2id): outside any transaction, so writers are not held up.
  const bool password_ok = core::VerifyPassword(user->password_hash, password);
  if (!user->active) {
    RETURN_IF_ERROR(AuditRefusal(ctx, &*user, username, "inactive"));
    return core::Fail(WrongCredentials());
  }
  if (!password_ok) {
    ASSIGN_OR_RETURN(std::optional<Seconds> locked,
                     CountFailure(ctx, settings, *user, now, "wrong_password"));
    if (locked) return core::Fail(AccountLocked(*locked, now));
    return core::Fail(WrongCredentials());
  }

  store::OrgRepository org(*ctx.db);
  ASSIGN_OR_RETURN(domain::Region unit, org.GetRegion(store::Scope::System(), user->region_id));
  LoginResult result;
  ASSIGN_OR_RETURN(result.principal, MakePrincipal(*user, std::move(unit)));
  result.session_token = core::RandomHex(kTokenBytes);
  result.csrf_token = core::RandomHex(kTokenBytes);
  const std::string now_text = FormatUtc(now);
  const std::string idle_cutoff =
      FormatUtc(now - std::chrono::minutes{settings.idle_timeout_minutes});
  result.expires_at = FormatUtc(now + std::chrono::hours{settings.absolute_timeout_hours});
  RETURN_IF_ERROR(ctx.db->InTransaction([&]() -> core::Status {
    // Another attempt may have locked the account while the password was being checked.
    ASSIGN_OR_RETURN(store::LoginState current, sessions.GetLoginState(user->id));
    ASSIGN_OR_RETURN(std::optional<Seconds> raced, ActiveLock(current, now));
    if (raced) return core::Fail(AccountLocked(*raced, now));
    if (current.failed_logins != 0 || current.locked_until) {
      RETURN_IF_ERROR(sessions.ResetLoginFailures(user->id));
    }
    RETURN_IF_ERROR(sessions.DeleteExpired(now_text, idle_cutoff));
    store::SessionRecord record;
    record.token_hash = core::Sha256Hex(result.session_token);
    record.user_id = user->id;
    record.csrf_token = result.csrf_token;
    record.created_at = now_text;
    record.last_seen_at = now_text;
    record.expires_at = result.expires_at;
    record.ip = ctx.actor.ip;
    record.user_agent = Printable(user_agent, kMaxUserAgentBytes);
    ASSIGN_OR_RETURN(store::SessionRecord created, sessions.Create(record));
    result.session_id = created.id;
    return RecordAudit(ctx, audit::kLogin, audit::kSession, created.id, AuditTownship(*user),
                       std::nullopt,
                       AuditJson({{"userId", user->id},
                                  {"username", user->username},
                                  {"expiresAt", result.expires_at},
                                  {"userAgent", record.user_agent}}));
  }));
  return result;
}

namespace {

// The session and user of a token hash, from ctx.session_cache while the database has not
// changed since they were read (service_context.h), else from the store. kNotFound as
// NotSignedIn.
core::Result<std::optional<store::SessionWithUser>> FindSessionCached(
    ServiceContext& ctx, store::SessionRepository& sessions, const std::string& hash) {
  SessionLookupCache& cache = ctx.session_cache;
  ASSIGN_OR_RETURN(std::string token, ctx.db->ChangeToken());
  if (token != cache.change_token) {
    cache.rows.clear();
    cache.change_token = token;
  }
  if (auto it = cache.rows.find(hash); it != cache.rows.end()) return std::optional(it->second);
  auto found = sessions.FindByTokenHash(hash);
  if (!found) {
    if (found.error().code == core::ErrorCode::kNotFound) return core::Fail(NotSignedIn());
    return core::Fail(found.error());
  }
  if (cache.rows.size() >= SessionLookupCache::kMaxRows) cache.rows.clear();
  cache.rows.emplace(hash, *found);
  return std::optional(std::move(*found));
}

}  // namespace

core::Result<AuthenticatedSession> Authenticate(ServiceContext& ctx, const AuthSettings& settings,
                                                std::string_view session_token) {
  RETURN_IF_ERROR(ValidateAuthSettings(settings));
  if (!IsToken(session_token)) return core::Fail(NotSignedIn());
  store::SessionRepository sessions(*ctx.db);
  ASSIGN_OR_RETURN(auto found, FindSessionCached(ctx, sessions, core::Sha256Hex(session_token)));
  const store::SessionRecord& session = found->session;
  if (!found->user.active) {
    RETURN_IF_ERROR(sessions.Delete(session.id));
    return core::Fail(NotSignedIn());
  }
  ASSIGN_OR_RETURN(Seconds now, Now(ctx));
  ASSIGN_OR_RETURN(Seconds created, StoredTime(session.created_at, "user_session.created_at"));
  ASSIGN_OR_RETURN(Seconds last_seen,
                   StoredTime(session.last_seen_at, "user_session.last_seen_at"));
  ASSIGN_OR_RETURN(Seconds expires, StoredTime(session.expires_at, "user_session.expires_at"));
  const bool idle = now - last_seen > std::chrono::minutes{settings.idle_timeout_minutes};
  const bool too_old =
      now >= expires || now - created >= std::chrono::hours{settings.absolute_timeout_hours};
  if (idle || too_old) {
    RETURN_IF_ERROR(sessions.Delete(session.id));
    return core::Fail(SessionExpired());
  }
  if (now - last_seen >= kTouchInterval) {
    RETURN_IF_ERROR(sessions.Touch(session.id, FormatUtc(now)));
  }
  AuthenticatedSession out;
  ASSIGN_OR_RETURN(out.principal, MakePrincipal(std::move(found->user), std::move(found->unit)));
  out.csrf_token = session.csrf_token;
  out.session_id = session.id;
  out.expires_at = session.expires_at;
  return out;
}

bool CheckCsrf(const AuthenticatedSession& session, std::string_view header_token) {
  if (header_token.empty() || session.csrf_token.empty()) return false;
  return core::ConstantTimeEquals(session.csrf_token, header_token);
}

core::Status Logout(ServiceContext& ctx, std::string_view session_token) {
  if (!IsToken(session_token)) return core::Ok();
  store::SessionRepository sessions(*ctx.db);
  auto found = sessions.FindByTokenHash(core::Sha256Hex(session_token));
  if (!found) {
    if (found.error().code == core::ErrorCode::kNotFound) return core::Ok();
    return core::Fail(found.error());
  }
  ctx.actor.user_id = found->user.id;
  ctx.actor.username = found->user.username;
  ctx.actor.role = std::string(domain::RoleCode(found->user.role));
  const std::int64_t session_id = found->session.id;
  return ctx.db->InTransaction([&]() -> core::Status {
    ASSIGN_OR_RETURN(bool deleted, sessions.Delete(session_id));
    if (!deleted) return core::Ok();  // ended meanwhile (another request, a purge)
    return RecordAudit(ctx, audit::kLogout, audit::kSession, session_id, AuditTownship(found->user),
                       std::nullopt, AuditJson({{"userId", found->user.id}}));
  });
}

core::Result<std::int64_t> PurgeExpiredSessions(ServiceContext& ctx, const AuthSettings& settings) {
  RETURN_IF_ERROR(ValidateAuthSettings(settings));
  ASSIGN_OR_RETURN(Seconds now, Now(ctx));
  store::SessionRepository sessions(*ctx.db);
  return sessions.DeleteExpired(
      FormatUtc(now), FormatUtc(now - std::chrono::minutes{settings.idle_timeout_minutes}));
}

core::Status ChangeOwnPassword(ServiceContext& ctx, const AuthSettings& settings,
                               const AuthenticatedSession& current, std::string_view old_password,
                               std::string_view new_password) {
  RETURN_IF_ERROR(ValidateAuthSettings(settings));
  ASSIGN_OR_RETURN(Seconds now, Now(ctx));
  SetActor(ctx, current.principal);
  store::UserRepository users(*ctx.db);
  ASSIGN_OR_RETURN(domain::User user, users.Get(store::Scope::System(), current.principal.user.id));
  if (auto policy = domain::ValidatePasswordPolicy(new_password, user.username); !policy) {
    return core::Fail(WithField(policy.error(), "newPassword"));
  }
  if (new_password == old_password) {
    return core::Fail(core::InvalidArgument("newPassword", "新密码不能与原密码相同",
                                            "The new password must differ from the old one"));
  }
  store::SessionRepository sessions(*ctx.db);
  ASSIGN_OR_RETURN(store::LoginState state, sessions.GetLoginState(user.id));
  ASSIGN_OR_RETURN(std::optional<Seconds> lock, ActiveLock(state, now));
  if (lock) return core::Fail(AccountLocked(*lock, now));
  if (!core::VerifyPassword(user.password_hash, old_password)) {
    ASSIGN_OR_RETURN(std::optional<Seconds> locked,
                     CountFailure(ctx, settings, user, now, "wrong_old_password"));
    if (locked) return core::Fail(AccountLocked(*locked, now));
    return core::Fail(
        core::InvalidArgument("oldPassword", "原密码不正确", "The old password is wrong"));
  }
  ASSIGN_OR_RETURN(std::string hash, core::HashPassword(new_password));
  const std::string now_text = FormatUtc(now);
  return ctx.db->InTransaction([&]() -> core::Status {
    RETURN_IF_ERROR(users.UpdatePasswordHash(store::Scope::System(), user.id, hash));
    RETURN_IF_ERROR(sessions.SetPasswordChangedAt(user.id, now_text));
    RETURN_IF_ERROR(sessions.ResetLoginFailures(user.id));
    ASSIGN_OR_RETURN(std::int64_t ended, sessions.DeleteAllOfUser(user.id, current.session_id));
    return RecordAudit(ctx, audit::kPasswordChange, audit::kUser, user.id, AuditTownship(user),
                       std::nullopt,
                       AuditJson({{"username", user.username}, {"otherSessionsEnded", ended}}));
  });
}

core::Status ResetPassword(ServiceContext& ctx, const store::Scope& scope, std::int64_t user_id,
                           std::string_view new_password) {
  ASSIGN_OR_RETURN(Seconds now, Now(ctx));
  ASSIGN_OR_RETURN(domain::User user, UserInScope(ctx, scope, user_id));
  if (auto policy = domain::ValidatePasswordPolicy(new_password, user.username); !policy) {
    return core::Fail(WithField(policy.error(), "newPassword"));
  }
  ASSIGN_OR_RETURN(std::string hash, core::HashPassword(new_password));
  const std::string now_text = FormatUtc(now);
  store::UserRepository users(*ctx.db);
  store::SessionRepository sessions(*ctx.db);
  return ctx.db->InTransaction([&]() -> core::Status {
    ASSIGN_OR_RETURN(store::LoginState before, sessions.GetLoginState(user.id));
    RETURN_IF_ERROR(users.UpdatePasswordHash(scope, user.id, hash));
    RETURN_IF_ERROR(sessions.SetPasswordChangedAt(user.id, now_text));
    RETURN_IF_ERROR(sessions.ResetLoginFailures(user.id));
    ASSIGN_OR_RETURN(std::int64_t ended, sessions.DeleteAllOfUser(user.id));
    nlohmann::json after = {{"username", user.username},
                            {"sessionsEnded", ended},
                            {"failedLogins", 0},
                            {"lockedUntil", nullptr}};
    nlohmann::json was = {{"failedLogins", before.failed_logins},
                          {"lockedUntil", before.locked_until ? nlohmann::json(*before.locked_until)
                                                              : nlohmann::json(nullptr)}};
    return RecordAudit(ctx, kPasswordReset, audit::kUser, user.id, AuditTownship(user),
                       AuditJson(was), AuditJson(after));
  });
}

core::Status Unlock(ServiceContext& ctx, const store::Scope& scope, std::int64_t user_id) {
  ASSIGN_OR_RETURN(domain::User user, UserInScope(ctx, scope, user_id));
  store::SessionRepository sessions(*ctx.db);
  return ctx.db->InTransaction([&]() -> core::Status {
    ASSIGN_OR_RETURN(store::LoginState before, sessions.GetLoginState(user.id));
    RETURN_IF_ERROR(sessions.ResetLoginFailures(user.id));
    nlohmann::json was = {{"username", user.username},
                          {"failedLogins", before.failed_logins},
                          {"lockedUntil", before.locked_until ? nlohmann::json(*before.locked_until)
                                                              : nlohmann::json(nullptr)}};
    nlohmann::json now = {
        {"username", user.username}, {"failedLogins", 0}, {"lockedUntil", nullptr}};
    return RecordAudit(ctx, audit::kUnlock, audit::kUser, user.id, AuditTownship(user),
                       AuditJson(was), AuditJson(now));
  });
}

core::Status SetUserActive(ServiceContext& ctx, const store::Scope& scope, std::int64_t user_id,
                           bool active) {
  ASSIGN_OR_RETURN(domain::User user, UserInScope(ctx, scope, user_id));
  if (!active && ctx.actor.user_id == user.id) {
    return core::Fail(
        core::FailedPrecondition("不能停用自己的账号", "You cannot deactivate your own account"));
  }
  if (user.active == active) return core::Ok();
  store::UserRepository users(*ctx.db);
  store::SessionRepository sessions(*ctx.db);
  return ctx.db->InTransaction([&]() -> core::Status {
    RETURN_IF_ERROR(users.SetActive(scope, user.id, active));
    std::int64_t ended = 0;
    if (!active) {
      ASSIGN_OR_RETURN(ended, sessions.DeleteAllOfUser(user.id));
    }
    nlohmann::json after = {{"username", user.username}, {"active", active}};
    if (!active) after["sessionsEnded"] = ended;
    return RecordAudit(ctx, audit::kUpdate, audit::kUser, user.id, AuditTownship(user),
                       AuditJson({{"username", user.username}, {"active", user.active}}),
                       AuditJson(after));
  });
}

core::Result<AccountStatus> GetAccountStatus(ServiceContext& ctx, const store::Scope& scope,
                                             std::int64_t user_id) {
  ASSIGN_OR_RETURN(Seconds now, Now(ctx));
  ASSIGN_OR_RETURN(domain::User user, UserInScope(ctx, scope, user_id));
  store::SessionRepository sessions(*ctx.db);
  ASSIGN_OR_RETURN(store::LoginState state, sessions.GetLoginState(user.id));
  AccountStatus status;
  status.failed_logins = state.failed_logins;
  status.password_changed_at = state.password_changed_at;
  ASSIGN_OR_RETURN(std::optional<Seconds> lock, ActiveLock(state, now));
  if (lock) status.locked_until = FormatUtc(*lock);
  return status;
}

}  // namespace fazhi::service
