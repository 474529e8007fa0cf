// store/session_repository_test.cc — sessions and login bookkeeping on both backends: only
// the token's hash is stored, the joined lookup, touch, deletes, expiry and the counters.
#include "store/session_repository.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "core/crypto.h"
#include "store/internal/rows.h"
#include "store/internal/session.h"
#include "store/user_repository.h"
#include "support/matchers.h"
#include "support/test_database.h"

namespace fazhi::store {
namespace {

using core::ErrorCode;
using ::fazhi::testing::HasError;
using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;

class SessionRepositoryTest : public ::fazhi::testing::SeededDatabaseTest {
 protected:
  void SetUp() override {
    ::fazhi::testing::SeededDatabaseTest::SetUp();
    if (::testing::Test::IsSkipped() || HasFatalFailure()) return;
    ASSERT_THAT(core::InitCrypto(), IsOk());
    UserRepository users(db());
    domain::User u;
    u.username = "clerk.a1";
    u.display_name = "张三";
    u.role = domain::Role::kClerk;
    u.region_id = org().township_a1.id;
    u.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
    u.created_at = "2024-01-02 03:04:05";
    auto created = users.Create(Scope::System(), u);
    ASSERT_THAT(created, IsOk());
    user_ = *created;
  }

  SessionRecord MakeSession(const std::string& token, const std::string& created_at) const {
    SessionRecord s;
    s.token_hash = core::Sha256Hex(token);
    s.user_id = user_.id;
    s.csrf_token = core::RandomHex(32);
    s.created_at = created_at;
    s.last_seen_at = created_at;
    s.expires_at = "2024-03-01 12:00:00";
    s.ip = "192.0.2.7";
    s.user_agent = "Mozilla/5.0 (Windows NT 10.0) 测试";
    return s;
  }

  std::int64_t CountRows(const std::string& where) {
    std::int64_t n = -1;
    internal::Session(db()) << "SELECT COUNT(*) FROM user_session WHERE " + where, soci::into(n);
    return n;
  }

  domain::User user_;
};

TEST_P(SessionRepositoryTest, CreateAndFindByTokenHashJoinsTheUserAndUnit) {
  SessionRepository sessions(db());
  auto created = sessions.Create(MakeSession("token-1", "2024-03-01 00:00:00"));
  ASSERT_THAT(created, IsOk());
  EXPECT_GT(created->id, 0);

  auto found = sessions.FindByTokenHash(core::Sha256Hex("token-1"));
  ASSERT_THAT(found, IsOk());
  EXPECT_EQ(found->session.id, created->id);
  EXPECT_EQ(found->session.user_id, user_.id);
  EXPECT_EQ(found->session.csrf_token, created->csrf_token);
  EXPECT_EQ(found->session.created_at, "2024-03-01 00:00:00");
  EXPECT_EQ(found->session.last_seen_at, "2024-03-01 00:00:00");
  EXPECT_EQ(found->session.expires_at, "2024-03-01 12:00:00");
  EXPECT_EQ(found->session.ip, "192.0.2.7");
  EXPECT_EQ(found->session.user_agent, "Mozilla/5.0 (Windows NT 10.0) 测试");
  EXPECT_EQ(::fazhi::testing::Dump(found->user), ::fazhi::testing::Dump(user_));
  EXPECT_EQ(::fazhi::testing::Dump(found->unit), ::fazhi::testing::Dump(org().township_a1));

  EXPECT_THAT(sessions.FindByTokenHash(core::Sha256Hex("token-2")), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(sessions.FindByTokenHash("not-a-hash"), HasError(ErrorCode::kNotFound));
}

TEST_P(SessionRepositoryTest, OnlyTheHashOfTheTokenIsStored) {
  SessionRepository sessions(db());
  const std::string token = core::RandomHex(32);
  ASSERT_THAT(sessions.Create(MakeSession(token, "2024-03-01 00:00:00")), IsOk());
  std::string stored;
  internal::Session(db()) << "SELECT token_hash FROM user_session", soci::into(stored);
  EXPECT_EQ(stored, core::Sha256Hex(token));
  EXPECT_NE(stored, token);
  EXPECT_EQ(CountRows("token_hash = '" + token + "'"), 0);
}

TEST_P(SessionRepositoryTest, MalformedHashAndDuplicateHashAreRejected) {
  SessionRepository sessions(db());
  SessionRecord bad = MakeSession("x", "2024-03-01 00:00:00");
  bad.token_hash = "raw-token";
  EXPECT_THAT(sessions.Create(bad), HasErrorField("tokenHash"));
  ASSERT_THAT(sessions.Create(MakeSession("same", "2024-03-01 00:00:00")), IsOk());
  EXPECT_THAT(sessions.Create(MakeSession("same", "2024-03-01 00:00:01")),
              HasError(ErrorCode::kConflict));
  SessionRecord orphan = MakeSession("orphan", "2024-03-01 00:00:00");
  orphan.user_id = user_.id + 1000;
  EXPECT_THAT(sessions.Create(orphan), HasError(ErrorCode::kInvalidArgument));
}

TEST_P(SessionRepositoryTest, TouchOnlyMovesLastSeenForward) {
  SessionRepository sessions(db());
  auto s = sessions.Create(MakeSession("t", "2024-03-01 00:00:00"));
  ASSERT_THAT(s, IsOk());
  ASSERT_THAT(sessions.Touch(s->id, "2024-03-01 00:10:00"), IsOk());
  EXPECT_EQ(sessions.Get(s->id)->last_seen_at, "2024-03-01 00:10:00");
  ASSERT_THAT(sessions.Touch(s->id, "2024-03-01 00:05:00"), IsOk());
  EXPECT_EQ(sessions.Get(s->id)->last_seen_at, "2024-03-01 00:10:00");
}

TEST_P(SessionRepositoryTest, DeleteOneAllOfUserAndExpired) {
  SessionRepository sessions(db());
  auto a = sessions.Create(MakeSession("a", "2024-03-01 00:00:00"));
  auto b = sessions.Create(MakeSession("b", "2024-03-01 00:01:00"));
  auto c = sessions.Create(MakeSession("c", "2024-03-01 00:02:00"));
  ASSERT_THAT(a, IsOk());
  ASSERT_THAT(b, IsOk());
  ASSERT_THAT(c, IsOk());

  auto list = sessions.ListOfUser(user_.id);
  ASSERT_THAT(list, IsOk());
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ((*list)[0].id, a->id);

  auto deleted = sessions.Delete(a->id);
  ASSERT_THAT(deleted, IsOk());
  EXPECT_TRUE(*deleted);
  EXPECT_FALSE(*sessions.Delete(a->id));
  EXPECT_THAT(sessions.Get(a->id), HasError(ErrorCode::kNotFound));

  auto others = sessions.DeleteAllOfUser(user_.id, c->id);
  ASSERT_THAT(others, IsOk());
  EXPECT_EQ(*others, 1);
  EXPECT_THAT(sessions.Get(c->id), IsOk());
  EXPECT_EQ(*sessions.DeleteAllOfUser(user_.id), 1);
  EXPECT_EQ(CountRows("1 = 1"), 0);

  // Expired: absolute end reached, or idle since before the cutoff.
  SessionRecord old_abs = MakeSession("abs", "2024-03-01 00:00:00");
  old_abs.last_seen_at = "2024-03-01 11:55:00";
  old_abs.expires_at = "2024-03-01 12:00:00";
  SessionRecord idle = MakeSession("idle", "2024-03-01 11:00:00");
  idle.last_seen_at = "2024-03-01 11:29:59";
  idle.expires_at = "2024-03-01 23:00:00";
  SessionRecord live = MakeSession("live", "2024-03-01 11:00:00");
  live.last_seen_at = "2024-03-01 11:30:00";
  live.expires_at = "2024-03-01 23:00:00";
  ASSERT_THAT(sessions.Create(old_abs), IsOk());
  ASSERT_THAT(sessions.Create(idle), IsOk());
  auto kept = sessions.Create(live);
  ASSERT_THAT(kept, IsOk());
  auto purged = sessions.DeleteExpired("2024-03-01 12:00:00", "2024-03-01 11:30:00");
  ASSERT_THAT(purged, IsOk());
  EXPECT_EQ(*purged, 2);
  EXPECT_THAT(sessions.Get(kept->id), IsOk());
}

TEST_P(SessionRepositoryTest, LoginFailureBookkeeping) {
  SessionRepository sessions(db());
  auto state = sessions.GetLoginState(user_.id);
  ASSERT_THAT(state, IsOk());
  EXPECT_EQ(state->failed_logins, 0);
  EXPECT_FALSE(state->locked_until);
  EXPECT_FALSE(state->password_changed_at);

  EXPECT_EQ(*sessions.IncrementFailedLogins(user_.id), 1);
  EXPECT_EQ(*sessions.IncrementFailedLogins(user_.id), 2);
  ASSERT_THAT(sessions.SetLockedUntil(user_.id, "2024-03-01 00:15:00"), IsOk());
  ASSERT_THAT(sessions.SetPasswordChangedAt(user_.id, "2024-02-01 08:00:00"), IsOk());
  state = sessions.GetLoginState(user_.id);
  ASSERT_THAT(state, IsOk());
  EXPECT_EQ(state->failed_logins, 2);
  EXPECT_EQ(state->locked_until, "2024-03-01 00:15:00");
  EXPECT_EQ(state->password_changed_at, "2024-02-01 08:00:00");

  ASSERT_THAT(sessions.ResetLoginFailures(user_.id), IsOk());
  state = sessions.GetLoginState(user_.id);
  ASSERT_THAT(state, IsOk());
  EXPECT_EQ(state->failed_logins, 0);
  EXPECT_FALSE(state->locked_until);
  EXPECT_EQ(state->password_changed_at, "2024-02-01 08:00:00");

  // The user row is otherwise untouched.
  UserRepository users(db());
  EXPECT_EQ(::fazhi::testing::Dump(*users.Get(Scope::System(), user_.id)),
            ::fazhi::testing::Dump(user_));

  const std::int64_t missing = user_.id + 1000;
  EXPECT_THAT(sessions.GetLoginState(missing), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(sessions.IncrementFailedLogins(missing), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(sessions.SetLockedUntil(missing, "2024-03-01 00:15:00"),
              HasError(ErrorCode::kNotFound));
  EXPECT_THAT(sessions.ResetLoginFailures(missing), HasError(ErrorCode::kNotFound));
  // The schema keeps timestamps in shape.
  EXPECT_THAT(sessions.SetLockedUntil(user_.id, "tomorrow"), HasError(ErrorCode::kInvalidArgument));
}

FAZHI_INSTANTIATE_BACKENDS(SessionRepositoryTest);

}  // namespace
}  // namespace fazhi::store
