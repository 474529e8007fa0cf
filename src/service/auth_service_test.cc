// Tests for service/auth_service.h on both databases: login and its single error for unknown
// users and wrong passwords, lockout and its end, idle and absolute timeouts, logout, CSRF,
// tokens stored only as hashes, scopes by role, password change and reset, deactivation,
// and the audit rows of each.
#include "service/auth_service.h"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <map>

#include "core/clock.h"
#include "core/crypto.h"
#include "service/audit_service.h"
#include "service/user_service.h"
#include "store/session_repository.h"
#include "support/matchers.h"
#include "support/test_database.h"

namespace fazhi::service {
namespace {

using core::ErrorCode;
using fazhi::testing::HasError;
using fazhi::testing::HasErrorField;
using fazhi::testing::IsOk;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

constexpr std::string_view kPassword = "Correct-Horse-9";

// A clock that tests move by seconds (core::FixedClock only knows days).
class ManualClock final : public core::Clock {
 public:
  core::Date Today() const override {
    return core::Date{std::chrono::floor<std::chrono::days>(now_ + hours{8})};
  }
  std::string NowUtc() const override {
    auto day = std::chrono::floor<std::chrono::days>(now_);
    std::chrono::hh_mm_ss hms{now_ - day};
    return fmt::format("{} {:02d}:{:02d}:{:02d}", core::FormatDate(core::Date{day}),
                       hms.hours().count(), hms.minutes().count(), hms.seconds().count());
  }
  void Advance(seconds by) { now_ += by; }

 private:
  std::chrono::sys_seconds now_ =
      std::chrono::sys_days(core::MakeDate(2024, 3, 1)) + hours{1};  // 09:00 in China
};

class AuthServiceTest : public fazhi::testing::SeededDatabaseTest {
 protected:
  void SetUp() override {
    SeededDatabaseTest::SetUp();
    if (::testing::Test::IsSkipped() || HasFatalFailure()) return;
    ASSERT_THAT(core::InitCrypto(), IsOk());
    auto opened = OpenServiceContext(
        {test_db().url(), std::string(FAZHI_SOURCE_DIR) + "/data/calendar", true}, clock_);
    ASSERT_THAT(opened, IsOk());
    ctx_ = std::make_unique<ServiceContext>(std::move(*opened));
    const std::string township = org().township_a1.code;
    const std::string county = org().county_a.code;
    for (auto [name, role, unit] : {std::tuple{"clerk.a1", "clerk", township},
                                    {"leader.a1", "leader", township},
                                    {"reviewer.a", "county_reviewer", county},
                                    {"sysadmin.a", "sysadmin", county},
                                    {"secadmin.a", "secadmin", county},
                                    {"auditor.a", "auditor", county},
                                    {"clerk.b1", "clerk", org().township_b1.code}}) {
      NewUser u{name, "", role, unit, std::string(kPassword), /*fast_hash=*/true};
      auto created = AddUser(*ctx_, store::Scope::System(), u);
      ASSERT_THAT(created, IsOk());
      ids_[name] = created->id;
    }
  }

  core::Result<LoginResult> LoginAs(std::string_view username,
                                    std::string_view password = kPassword) {
    return Login(*ctx_, settings_, username, password, "192.0.2.10", "Mozilla/5.0 test");
  }

  std::int64_t AuditCount(std::string_view action) {
    store::AuditFilter filter;
    filter.action = std::string(action);
    auto page = ListAudit(*ctx_, store::Scope::System(), filter);
    EXPECT_THAT(page, IsOk());
    return page ? page->total : -1;
  }

  std::vector<store::SessionRecord> SessionsOf(std::string_view username) {
    store::SessionRepository sessions(*ctx_->db);
    auto list = sessions.ListOfUser(ids_.at(std::string(username)));
    EXPECT_THAT(list, IsOk());
    return list ? *list : std::vector<store::SessionRecord>{};
  }

  ManualClock clock_;
  AuthSettings settings_;
  std::unique_ptr<ServiceContext> ctx_;
  std::map<std::string, std::int64_t> ids_;
};

TEST_P(AuthServiceTest, LoginGivesFreshTokensAndThePrincipal) {
  auto login = LoginAs("clerk.a1");
  ASSERT_THAT(login, IsOk());
  EXPECT_EQ(login->session_token.size(), 64u);
  EXPECT_EQ(login->csrf_token.size(), 64u);
  EXPECT_EQ(login->session_token.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_NE(login->session_token, login->csrf_token);
  EXPECT_EQ(login->expires_at, "2024-03-01 13:00:00");
  const Principal& p = login->principal;
  EXPECT_EQ(p.user.username, "clerk.a1");
  EXPECT_TRUE(p.user.password_hash.empty());
  EXPECT_EQ(p.unit.id, org().township_a1.id);
  EXPECT_EQ(p.scope.Describe(), store::Scope::Township(org().township_a1.id).Describe());
  EXPECT_TRUE(p.Can(Permission::kLedgerWrite));
  EXPECT_EQ(ctx_->actor.username, "clerk.a1");
  EXPECT_EQ(ctx_->actor.user_id, ids_["clerk.a1"]);
  EXPECT_EQ(ctx_->actor.role, "clerk");

  auto again = LoginAs("clerk.a1");
  ASSERT_THAT(again, IsOk());
  EXPECT_NE(again->session_token, login->session_token);
  EXPECT_NE(again->csrf_token, login->csrf_token);
  EXPECT_EQ(AuditCount("login"), 2);
  store::AuditFilter filter;
  filter.action = "login";
  auto rows = ListAudit(*ctx_, store::Scope::Township(org().township_a1.id), filter);
  ASSERT_THAT(rows, IsOk());
  ASSERT_EQ(rows->total, 2);
  EXPECT_EQ(rows->items[0].entity, "session");
  EXPECT_EQ(rows->items[0].entity_id, again->session_id);
  EXPECT_EQ(rows->items[0].actor_username, "clerk.a1");
  EXPECT_EQ(rows->items[0].ip, "192.0.2.10");
  ASSERT_TRUE(rows->items[0].after_json);
  EXPECT_EQ(rows->items[0].after_json->find(again->session_token), std::string::npos);
}

TEST_P(AuthServiceTest, SessionTokenIsStoredOnlyAsItsHash) {
  auto login = LoginAs("clerk.a1");
  ASSERT_THAT(login, IsOk());
  auto rows = SessionsOf("clerk.a1");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].token_hash, core::Sha256Hex(login->session_token));
  for (const std::string& column : {rows[0].token_hash, rows[0].csrf_token, rows[0].ip,
                                    rows[0].user_agent, rows[0].created_at}) {
    EXPECT_EQ(column.find(login->session_token), std::string::npos);
  }
  EXPECT_EQ(rows[0].ip, "192.0.2.10");
  EXPECT_EQ(rows[0].user_agent, "Mozilla/5.0 test");
  EXPECT_EQ(rows[0].created_at, "2024-03-01 01:00:00");
}

TEST_P(AuthServiceTest, UnknownUserAndWrongPasswordGiveTheSameError) {
  auto wrong = LoginAs("clerk.a1", "Wrong-Horse-9");
  auto unknown = LoginAs("nobody.here", "Wrong-Horse-9");
  auto malformed = LoginAs("Robert'); DROP TABLE app_user;--", "x");
  for (const auto* r : {&wrong, &unknown, &malformed}) {
    ASSERT_THAT(*r, HasError(ErrorCode::kUnauthenticated));
    EXPECT_EQ(r->error().message, "用户名或密码错误");
    EXPECT_EQ(r->error().message_en, "wrong username or password");
    EXPECT_EQ(r->error().field, "");
  }
  EXPECT_EQ(AuditCount("login_failed"), 3);
  EXPECT_EQ(ctx_->actor.username, "Robert'); DROP TABLE app_user;--");
  EXPECT_EQ(ctx_->actor.user_id, 0);
  EXPECT_TRUE(SessionsOf("clerk.a1").empty());
}

TEST_P(AuthServiceTest, FiveFailuresLockTheAccountForFifteenMinutes) {
  for (int i = 1; i <= 4; ++i) {
    auto r = LoginAs("clerk.a1", "Wrong-Horse-9");
    ASSERT_THAT(r, HasError(ErrorCode::kUnauthenticated)) << "attempt " << i;
  }
  auto fifth = LoginAs("clerk.a1", "Wrong-Horse-9");
  ASSERT_THAT(fifth, HasError(ErrorCode::kFailedPrecondition));
  EXPECT_TRUE(IsAccountLocked(fifth.error()));
  EXPECT_EQ(fifth.error().field, "username");
  EXPECT_THAT(fifth.error().message, ::testing::HasSubstr("15 分钟"));
  EXPECT_EQ(AuditCount("locked"), 1);

  // Even the right password is refused while the lock lasts.
  auto sixth = LoginAs("clerk.a1");
  ASSERT_THAT(sixth, HasError(ErrorCode::kFailedPrecondition));
  EXPECT_TRUE(IsAccountLocked(sixth.error()));
  clock_.Advance(minutes{14} + seconds{59});
  auto still = LoginAs("clerk.a1");
  ASSERT_THAT(still, HasError(ErrorCode::kFailedPrecondition));
  EXPECT_THAT(still.error().message, ::testing::HasSubstr("1 分钟"));
  EXPECT_TRUE(SessionsOf("clerk.a1").empty());

  clock_.Advance(seconds{1});
  ASSERT_THAT(LoginAs("clerk.a1"), IsOk());
  auto status = GetAccountStatus(*ctx_, store::Scope::System(), ids_["clerk.a1"]);
  ASSERT_THAT(status, IsOk());
  EXPECT_EQ(status->failed_logins, 0);
  EXPECT_FALSE(status->locked_until);
}

TEST_P(AuthServiceTest, SuccessResetsTheCountAndAnExpiredLockStartsItAgain) {
  for (int i = 0; i < 4; ++i) ASSERT_FALSE(LoginAs("clerk.a1", "Wrong-Horse-9"));
  ASSERT_THAT(LoginAs("clerk.a1"), IsOk());
  for (int i = 0; i < 4; ++i) {
    auto r = LoginAs("clerk.a1", "Wrong-Horse-9");
    ASSERT_THAT(r, HasError(ErrorCode::kUnauthenticated)) << "attempt " << i;
  }
  auto status = GetAccountStatus(*ctx_, store::Scope::System(), ids_["clerk.a1"]);
  ASSERT_THAT(status, IsOk());
  EXPECT_EQ(status->failed_logins, 4);

  auto locked = LoginAs("clerk.a1", "Wrong-Horse-9");
  ASSERT_TRUE(!locked && IsAccountLocked(locked.error()));
  status = GetAccountStatus(*ctx_, store::Scope::System(), ids_["clerk.a1"]);
  ASSERT_THAT(status, IsOk());
  EXPECT_EQ(status->locked_until, "2024-03-01 01:15:00");

  clock_.Advance(minutes{15});
  auto first_after = LoginAs("clerk.a1", "Wrong-Horse-9");
  ASSERT_THAT(first_after, HasError(ErrorCode::kUnauthenticated));
  status = GetAccountStatus(*ctx_, store::Scope::System(), ids_["clerk.a1"]);
  ASSERT_THAT(status, IsOk());
  EXPECT_EQ(status->failed_logins, 1);
  EXPECT_FALSE(status->locked_until);
}

TEST_P(AuthServiceTest, AuthenticateReturnsThePrincipalAndTheCsrfToken) {
  auto login = LoginAs("leader.a1");
  ASSERT_THAT(login, IsOk());
  ctx_->actor = Actor{};
  auto session = Authenticate(*ctx_, settings_, login->session_token);
  ASSERT_THAT(session, IsOk());
  EXPECT_EQ(session->principal.user.username, "leader.a1");
  EXPECT_TRUE(session->principal.user.password_hash.empty());
  EXPECT_EQ(session->csrf_token, login->csrf_token);
  EXPECT_EQ(session->session_id, login->session_id);
  EXPECT_FALSE(session->principal.Can(Permission::kPersonalData));

  for (std::string_view bad :
       {std::string_view(""), std::string_view("abc"), std::string_view(login->csrf_token)}) {
    auto r = Authenticate(*ctx_, settings_, bad);
    ASSERT_THAT(r, HasError(ErrorCode::kUnauthenticated));
    EXPECT_EQ(r.error().message, "未登录或会话已失效，请重新登录");
  }
}

TEST_P(AuthServiceTest, CsrfTokenIsComparedWhole) {
  auto login = LoginAs("clerk.a1");
  ASSERT_THAT(login, IsOk());
  auto session = Authenticate(*ctx_, settings_, login->session_token);
  ASSERT_THAT(session, IsOk());
  EXPECT_TRUE(CheckCsrf(*session, login->csrf_token));
  EXPECT_FALSE(CheckCsrf(*session, ""));
  EXPECT_FALSE(CheckCsrf(*session, login->csrf_token.substr(0, 63)));
  std::string flipped = login->csrf_token;
  flipped[63] = flipped[63] == '0' ? '1' : '0';
  EXPECT_FALSE(CheckCsrf(*session, flipped));
  EXPECT_FALSE(CheckCsrf(*session, login->session_token));
}

TEST_P(AuthServiceTest, IdleSessionExpiresAndIsDeleted) {
  auto login = LoginAs("clerk.a1");
  ASSERT_THAT(login, IsOk());
  clock_.Advance(minutes{30});  // exactly the idle limit: still alive
  ASSERT_THAT(Authenticate(*ctx_, settings_, login->session_token), IsOk());
  clock_.Advance(minutes{30} + seconds{1});
  auto expired = Authenticate(*ctx_, settings_, login->session_token);
  ASSERT_THAT(expired, HasError(ErrorCode::kUnauthenticated));
  EXPECT_EQ(expired.error().message, "会话已过期，请重新登录");
  EXPECT_TRUE(SessionsOf("clerk.a1").empty());
  auto gone = Authenticate(*ctx_, settings_, login->session_token);
  ASSERT_THAT(gone, HasError(ErrorCode::kUnauthenticated));
  EXPECT_EQ(gone.error().message, "未登录或会话已失效，请重新登录");
}

TEST_P(AuthServiceTest, LastSeenIsWrittenAtMostOncePerMinute) {
  auto login = LoginAs("clerk.a1");
  ASSERT_THAT(login, IsOk());
  clock_.Advance(seconds{59});
  ASSERT_THAT(Authenticate(*ctx_, settings_, login->session_token), IsOk());
  EXPECT_EQ(SessionsOf("clerk.a1").at(0).last_seen_at, "2024-03-01 01:00:00");
  clock_.Advance(seconds{1});
  ASSERT_THAT(Authenticate(*ctx_, settings_, login->session_token), IsOk());
  EXPECT_EQ(SessionsOf("clerk.a1").at(0).last_seen_at, "2024-03-01 01:01:00");
}

TEST_P(AuthServiceTest, ActiveSessionEndsAtTheAbsoluteTimeout) {
  auto login = LoginAs("clerk.a1");
  ASSERT_THAT(login, IsOk());
  for (int i = 0; i < 35; ++i) {  // 11 h 40 min of activity every 20 minutes
    clock_.Advance(minutes{20});
    ASSERT_THAT(Authenticate(*ctx_, settings_, login->session_token), IsOk()) << i;
  }
  clock_.Advance(minutes{20});  // 12 h after login
  auto expired = Authenticate(*ctx_, settings_, login->session_token);
  ASSERT_THAT(expired, HasError(ErrorCode::kUnauthenticated));
  EXPECT_EQ(expired.error().message, "会话已过期，请重新登录");
  EXPECT_TRUE(SessionsOf("clerk.a1").empty());
}

TEST_P(AuthServiceTest, LogoutEndsTheSession) {
  auto login = LoginAs("clerk.a1");
  auto other = LoginAs("clerk.a1");
  ASSERT_THAT(login, IsOk());
  ASSERT_THAT(other, IsOk());
  ctx_->actor = Actor{};
  ASSERT_THAT(Logout(*ctx_, login->session_token), IsOk());
  EXPECT_EQ(ctx_->actor.username, "clerk.a1");
  EXPECT_THAT(Authenticate(*ctx_, settings_, login->session_token),
              HasError(ErrorCode::kUnauthenticated));
  EXPECT_THAT(Authenticate(*ctx_, settings_, other->session_token), IsOk());
  ASSERT_THAT(Logout(*ctx_, login->session_token), IsOk());  // again: nothing to do
  ASSERT_THAT(Logout(*ctx_, "garbage"), IsOk());
  EXPECT_EQ(AuditCount("logout"), 1);
}

TEST_P(AuthServiceTest, ScopeAndPermissionsFollowTheRole) {
  const auto township = store::Scope::Township(org().township_a1.id).Describe();
  const auto county = store::Scope::County(org().county_a.id).Describe();
  const std::map<std::string, std::string> expected = {
      {"clerk.a1", township}, {"leader.a1", township}, {"reviewer.a", county},
      {"sysadmin.a", county}, {"secadmin.a", county},  {"auditor.a", county}};
  for (const auto& [name, scope] : expected) {
    auto login = LoginAs(name);
    ASSERT_THAT(login, IsOk()) << name;
    EXPECT_EQ(login->principal.scope.Describe(), scope) << name;
    for (Permission p : kAllPermissions) {
      EXPECT_EQ(login->principal.Can(p), RoleHas(login->principal.user.role, p));
    }
  }
  auto auditor = LoginAs("auditor.a");
  ASSERT_THAT(auditor, IsOk());
  EXPECT_TRUE(auditor->principal.Can(Permission::kAuditRead));
  EXPECT_FALSE(auditor->principal.Can(Permission::kOrgRead));
  auto secadmin = LoginAs("secadmin.a");
  ASSERT_THAT(secadmin, IsOk());
  EXPECT_TRUE(secadmin->principal.Can(Permission::kAccountAdmin));
  EXPECT_FALSE(secadmin->principal.Can(Permission::kLedgerRead));
}

TEST_P(AuthServiceTest, PasswordChangeEndsTheOtherSessions) {
  auto here = LoginAs("clerk.a1");
  auto elsewhere = LoginAs("clerk.a1");
  ASSERT_THAT(here, IsOk());
  ASSERT_THAT(elsewhere, IsOk());
  auto current = Authenticate(*ctx_, settings_, here->session_token);
  ASSERT_THAT(current, IsOk());

  EXPECT_THAT(ChangeOwnPassword(*ctx_, settings_, *current, kPassword, "short"),
              HasErrorField("newPassword"));
  EXPECT_THAT(ChangeOwnPassword(*ctx_, settings_, *current, kPassword, kPassword),
              HasErrorField("newPassword"));
  EXPECT_THAT(ChangeOwnPassword(*ctx_, settings_, *current, "Wrong-Horse-9", "New-Battery-77"),
              HasErrorField("oldPassword"));
  ASSERT_THAT(ChangeOwnPassword(*ctx_, settings_, *current, kPassword, "New-Battery-77"), IsOk());

  EXPECT_THAT(Authenticate(*ctx_, settings_, here->session_token), IsOk());
  EXPECT_THAT(Authenticate(*ctx_, settings_, elsewhere->session_token),
              HasError(ErrorCode::kUnauthenticated));
  EXPECT_THAT(LoginAs("clerk.a1"), HasError(ErrorCode::kUnauthenticated));
  EXPECT_THAT(LoginAs("clerk.a1", "New-Battery-77"), IsOk());
  auto status = GetAccountStatus(*ctx_, store::Scope::System(), ids_["clerk.a1"]);
  ASSERT_THAT(status, IsOk());
  EXPECT_EQ(status->password_changed_at, "2024-03-01 01:00:00");
  EXPECT_EQ(AuditCount("password_change"), 1);
}

TEST_P(AuthServiceTest, WrongOldPasswordsCountTowardsTheLock) {
  auto login = LoginAs("clerk.a1");
  ASSERT_THAT(login, IsOk());
  auto current = Authenticate(*ctx_, settings_, login->session_token);
  ASSERT_THAT(current, IsOk());
  for (int i = 0; i < 4; ++i) {
    ASSERT_THAT(ChangeOwnPassword(*ctx_, settings_, *current, "Wrong-Horse-9", "New-Battery-77"),
                HasErrorField("oldPassword"));
  }
  auto locked = ChangeOwnPassword(*ctx_, settings_, *current, "Wrong-Horse-9", "New-Battery-77");
  ASSERT_FALSE(locked);
  EXPECT_TRUE(IsAccountLocked(locked.error()));
  auto refused = ChangeOwnPassword(*ctx_, settings_, *current, kPassword, "New-Battery-77");
  ASSERT_FALSE(refused);
  EXPECT_TRUE(IsAccountLocked(refused.error()));
}

TEST_P(AuthServiceTest, InactiveUserCannotSignInAndLosesTheSessions) {
  auto login = LoginAs("clerk.a1");
  ASSERT_THAT(login, IsOk());
  auto admin = LoginAs("secadmin.a");
  ASSERT_THAT(admin, IsOk());
  const store::Scope scope = admin->principal.scope;

  EXPECT_THAT(SetUserActive(*ctx_, scope, ids_["secadmin.a"], false),
              HasError(ErrorCode::kFailedPrecondition));
  EXPECT_THAT(SetUserActive(*ctx_, scope, ids_["clerk.b1"], false),
              HasError(ErrorCode::kNotFound));  // another county
  ASSERT_THAT(SetUserActive(*ctx_, scope, ids_["clerk.a1"], false), IsOk());
  EXPECT_TRUE(SessionsOf("clerk.a1").empty());
  EXPECT_THAT(Authenticate(*ctx_, settings_, login->session_token),
              HasError(ErrorCode::kUnauthenticated));
  auto refused = LoginAs("clerk.a1");
  ASSERT_THAT(refused, HasError(ErrorCode::kUnauthenticated));
  EXPECT_EQ(refused.error().message, "用户名或密码错误");

  ASSERT_THAT(LoginAs("secadmin.a"), IsOk());
  ASSERT_THAT(SetUserActive(*ctx_, scope, ids_["clerk.a1"], true), IsOk());
  EXPECT_THAT(LoginAs("clerk.a1"), IsOk());
  EXPECT_EQ(AuditCount("update"), 2);
}

TEST_P(AuthServiceTest, SecurityAdminResetsAndUnlocksInsideTheCounty) {
  for (int i = 0; i < 5; ++i) ASSERT_FALSE(LoginAs("clerk.a1", "Wrong-Horse-9"));
  auto session = LoginAs("clerk.a1");
  ASSERT_TRUE(!session && IsAccountLocked(session.error()));
  auto admin = LoginAs("secadmin.a");
  ASSERT_THAT(admin, IsOk());
  const store::Scope scope = admin->principal.scope;

  EXPECT_THAT(Unlock(*ctx_, scope, ids_["clerk.b1"]), HasError(ErrorCode::kNotFound));
  ASSERT_THAT(Unlock(*ctx_, scope, ids_["clerk.a1"]), IsOk());
  EXPECT_EQ(AuditCount("unlock"), 1);
  auto in = LoginAs("clerk.a1");
  ASSERT_THAT(in, IsOk());

  ASSERT_THAT(LoginAs("secadmin.a"), IsOk());
  EXPECT_THAT(ResetPassword(*ctx_, scope, ids_["clerk.a1"], "clerk.a1"),
              HasErrorField("newPassword"));
  EXPECT_THAT(ResetPassword(*ctx_, scope, ids_["clerk.b1"], "Reset-Battery-88"),
              HasError(ErrorCode::kNotFound));
  ASSERT_THAT(ResetPassword(*ctx_, scope, ids_["clerk.a1"], "Reset-Battery-88"), IsOk());
  EXPECT_THAT(Authenticate(*ctx_, settings_, in->session_token),
              HasError(ErrorCode::kUnauthenticated));
  EXPECT_THAT(LoginAs("clerk.a1"), HasError(ErrorCode::kUnauthenticated));
  EXPECT_THAT(LoginAs("clerk.a1", "Reset-Battery-88"), IsOk());
  EXPECT_EQ(AuditCount("password_reset"), 1);
}

TEST_P(AuthServiceTest, PurgeDeletesOnlyExpiredSessions) {
  auto old_one = LoginAs("clerk.a1");
  ASSERT_THAT(old_one, IsOk());
  clock_.Advance(minutes{31});
  auto fresh = LoginAs("leader.a1");  // a login also purges
  ASSERT_THAT(fresh, IsOk());
  EXPECT_TRUE(SessionsOf("clerk.a1").empty());
  clock_.Advance(minutes{31});
  auto purged = PurgeExpiredSessions(*ctx_, settings_);
  ASSERT_THAT(purged, IsOk());
  EXPECT_EQ(*purged, 1);
  EXPECT_TRUE(SessionsOf("leader.a1").empty());
}

TEST_P(AuthServiceTest, SettingsOutOfRangeAreRefused) {
  AuthSettings bad = settings_;
  bad.max_failed_logins = 0;
  EXPECT_THAT(ValidateAuthSettings(bad), HasErrorField("auth.max_failed_logins"));
  EXPECT_THAT(Login(*ctx_, bad, "clerk.a1", kPassword, "", ""),
              HasErrorField("auth.max_failed_logins"));
  bad = settings_;
  bad.idle_timeout_minutes = -5;
  EXPECT_THAT(ValidateAuthSettings(bad), HasErrorField("auth.idle_timeout_minutes"));
  EXPECT_THAT(ValidateAuthSettings(settings_), IsOk());
}

FAZHI_INSTANTIATE_BACKENDS(AuthServiceTest);

}  // namespace
}  // namespace fazhi::service
