// store/user_repository_test.cc — user accounts, with scope rules, on both backends.
#include "store/user_repository.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/matchers.h"
#include "support/test_database.h"

namespace fazhi::store {
namespace {

using core::ErrorCode;
using ::fazhi::testing::Dump;
using ::fazhi::testing::HasError;
using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;
using ::fazhi::testing::TestOrg;

class UserRepositoryTest : public ::fazhi::testing::SeededDatabaseTest {
 protected:
  void SetUp() override {
    ::fazhi::testing::SeededDatabaseTest::SetUp();
    org_ = org();
  }
  TestOrg org_;
};

domain::User MakeUser(std::string username, std::int64_t region_id, domain::Role role) {
  domain::User u;
  u.username = std::move(username);
  u.display_name = "张三（司法所）";
  u.role = role;
  u.region_id = region_id;
  u.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
  u.active = true;
  u.created_at = "2024-01-02 03:04:05";
  return u;
}

TEST_P(UserRepositoryTest, UserRoundTripsEveryField) {
  UserRepository users(db());
  auto created = users.Create(Scope::System(),
                              MakeUser("clerk.a1", org_.township_a1.id, domain::Role::kClerk));
  ASSERT_THAT(created, IsOk());
  EXPECT_GT(created->id, 0);
  auto got = users.GetByUsername(Scope::System(), "clerk.a1");
  ASSERT_THAT(got, IsOk());
  EXPECT_EQ(Dump(*got), Dump(*created));
  auto by_id = users.Get(Scope::Township(org_.township_a1.id), created->id);
  ASSERT_THAT(by_id, IsOk());
  EXPECT_EQ(Dump(*by_id), Dump(*created));
}

TEST_P(UserRepositoryTest, UserCreatedAtDefaultsToUtcNow) {
  UserRepository users(db());
  domain::User u = MakeUser("reviewer", org_.county_a.id, domain::Role::kCountyReviewer);
  u.created_at.clear();
  auto created = users.Create(Scope::System(), u);
  ASSERT_THAT(created, IsOk());
  EXPECT_EQ(created->created_at.size(), 19u);  // "YYYY-MM-DD HH:MM:SS"
  EXPECT_EQ(users.Get(Scope::System(), created->id)->created_at, created->created_at);
}

TEST_P(UserRepositoryTest, DuplicateUsernameIsConflictOnUsername) {
  UserRepository users(db());
  ASSERT_THAT(
      users.Create(Scope::System(), MakeUser("dup", org_.township_a1.id, domain::Role::kClerk)),
      IsOk());
  auto again =
      users.Create(Scope::System(), MakeUser("dup", org_.township_a2.id, domain::Role::kLeader));
  EXPECT_THAT(again, HasError(ErrorCode::kConflict));
  EXPECT_THAT(again, HasErrorField("username"));
  EXPECT_NE(again.error().message.find("用户名"), std::string::npos);
}

TEST_P(UserRepositoryTest, UsersAreScopedByRegion) {
  UserRepository users(db());
  ASSERT_THAT(
      users.Create(Scope::System(), MakeUser("a1", org_.township_a1.id, domain::Role::kClerk)),
      IsOk());
  ASSERT_THAT(
      users.Create(Scope::System(), MakeUser("a2", org_.township_a2.id, domain::Role::kClerk)),
      IsOk());
  ASSERT_THAT(users.Create(Scope::System(),
                           MakeUser("ca", org_.county_a.id, domain::Role::kCountyReviewer)),
              IsOk());
  ASSERT_THAT(
      users.Create(Scope::System(), MakeUser("b1", org_.township_b1.id, domain::Role::kClerk)),
      IsOk());
  auto names = [](const std::vector<domain::User>& list) {
    std::vector<std::string> out;
    for (const auto& u : list) out.push_back(u.username);
    return out;
  };
  EXPECT_THAT(names(*users.List(Scope::Township(org_.township_a1.id))),
              ::testing::ElementsAre("a1"));
  EXPECT_THAT(names(*users.List(Scope::County(org_.county_a.id))),
              ::testing::ElementsAre("a1", "a2", "ca"));
  EXPECT_THAT(names(*users.List(Scope::System())), ::testing::ElementsAre("a1", "a2", "b1", "ca"));
  EXPECT_THAT(users.GetByUsername(Scope::Township(org_.township_a1.id), "a2"),
              HasError(ErrorCode::kNotFound));
  EXPECT_THAT(users.Create(Scope::Township(org_.township_a1.id),
                           MakeUser("x", org_.township_a2.id, domain::Role::kClerk)),
              HasError(ErrorCode::kPermissionDenied));
}

TEST_P(UserRepositoryTest, UserPasswordActiveAndProfileUpdates) {
  UserRepository users(db());
  auto u = users.Create(Scope::System(), MakeUser("u1", org_.township_a1.id, domain::Role::kClerk));
  ASSERT_THAT(u, IsOk());
  const Scope own = Scope::Township(org_.township_a1.id);
  EXPECT_THAT(users.UpdatePasswordHash(own, u->id, "$argon2id$new"), IsOk());
  EXPECT_THAT(users.SetActive(own, u->id, false), IsOk());
  EXPECT_THAT(users.UpdateProfile(own, u->id, "李四", domain::Role::kLeader), IsOk());
  auto got = users.Get(Scope::System(), u->id);
  ASSERT_THAT(got, IsOk());
  EXPECT_EQ(got->password_hash, "$argon2id$new");
  EXPECT_FALSE(got->active);
  EXPECT_EQ(got->display_name, "李四");
  EXPECT_EQ(got->role, domain::Role::kLeader);
  EXPECT_EQ(got->username, "u1");
  const Scope other = Scope::Township(org_.township_a2.id);
  EXPECT_THAT(users.UpdatePasswordHash(other, u->id, "x"), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(users.SetActive(other, u->id, true), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(users.UpdatePasswordHash(own, u->id, ""), HasErrorField("password"));
}

TEST_P(UserRepositoryTest, UserInUnknownRegionIsInvalidArgument) {
  UserRepository users(db());
  EXPECT_THAT(users.Create(Scope::System(), MakeUser("ghost", 999999, domain::Role::kClerk)),
              HasErrorField("regionId"));
}

FAZHI_INSTANTIATE_BACKENDS(UserRepositoryTest);

}  // namespace
}  // namespace fazhi::store
