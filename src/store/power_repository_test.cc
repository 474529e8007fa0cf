// store/power_repository_test.cc — the catalogue of powers on both backends: every field round
// trips, a code's version twice is a conflict naming "version", scope, the filters (in force on a
// day, category, code, text) and the latest version.
#include "store/power_repository.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/matchers.h"
#include "support/test_database.h"

namespace fazhi::store {
namespace {

using core::ErrorCode;
using core::MakeDate;
using ::fazhi::testing::HasError;
using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;

domain::PowerItem Power(std::int64_t township, std::string code, int version) {
  domain::PowerItem p;
  p.township_id = township;
  p.code = std::move(code);
  p.version = version;
  p.name = "对占道经营行为的行政处罚";
  p.category = domain::ActionCategory::kPenalty;
  p.subject = "镇人民政府（综合行政执法办公室）";
  p.basis = "《城市市容和环境卫生管理条例》第36条";
  p.procedure = "立案、调查取证、告知、决定、送达、执行";
  p.remedy = "60日内申请行政复议或6个月内提起行政诉讼";
  p.note = "县政府赋权";
  p.effective_from = MakeDate(2025, 1, 1);
  return p;
}

class PowerRepositoryTest : public ::fazhi::testing::SeededDatabaseTest {
 protected:
  void SetUp() override {
    ::fazhi::testing::SeededDatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    a1_ = org().township_a1.id;
    a2_ = org().township_a2.id;
  }
  std::int64_t a1_ = 0, a2_ = 0;
};

TEST_P(PowerRepositoryTest, VersionsRoundTripWithScopeAndFilters) {
  PowerRepository repo(db());
  auto v1 = Power(a1_, "CF-001", 1);
  v1.effective_to = MakeDate(2025, 6, 30);
  auto created = repo.Create(Scope::Township(a1_), v1);
  ASSERT_THAT(created, IsOk());
  auto got = repo.Get(Scope::Township(a1_), created->id);
  ASSERT_THAT(got, IsOk());
  EXPECT_EQ(got->code, "CF-001");
  EXPECT_EQ(got->version, 1);
  EXPECT_EQ(got->category, domain::ActionCategory::kPenalty);
  EXPECT_EQ(got->procedure, "立案、调查取证、告知、决定、送达、执行");
  EXPECT_EQ(got->remedy, "60日内申请行政复议或6个月内提起行政诉讼");
  EXPECT_EQ(got->note, "县政府赋权");
  EXPECT_EQ(got->effective_to, MakeDate(2025, 6, 30));

  auto v2 = Power(a1_, "CF-001", 2);
  v2.effective_from = MakeDate(2025, 7, 1);
  v2.basis = "《重庆市市容环境卫生管理条例》第40条";
  ASSERT_THAT(repo.Create(Scope::Township(a1_), v2), IsOk());
  EXPECT_THAT(repo.Create(Scope::Township(a1_), Power(a1_, "CF-001", 2)), HasErrorField("version"));
  auto licence = Power(a1_, "XK-001", 1);
  licence.category = domain::ActionCategory::kLicence;
  licence.name = "临时占用道路许可";
  ASSERT_THAT(repo.Create(Scope::Township(a1_), licence), IsOk());
  ASSERT_THAT(repo.Create(Scope::Township(a2_), Power(a2_, "CF-001", 1)), IsOk());

  EXPECT_THAT(repo.Get(Scope::Township(a2_), created->id), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.Create(Scope::Township(a2_), Power(a1_, "CF-009", 1)), HasError(ErrorCode::kPermissionDenied));

  PowerFilter f;
  f.page = {1, 50, ""};
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 3);
  EXPECT_EQ(repo.List(Scope::System(), f)->total, 4);
  f.effective_on = MakeDate(2025, 6, 30);
  auto june = repo.List(Scope::Township(a1_), f);
  ASSERT_THAT(june, IsOk());
  ASSERT_EQ(june->total, 2);
  EXPECT_EQ(june->items[0].version, 1);
  f.effective_on = MakeDate(2025, 7, 1);
  auto july = repo.List(Scope::Township(a1_), f);
  ASSERT_EQ(july->total, 2);
  EXPECT_EQ(july->items[0].version, 2);
  f.effective_on.reset();
  f.category = domain::ActionCategory::kLicence;
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 1);
  f.category.reset();
  f.code = "CF-001";
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 2);
  f.code.reset();
  f.text = "重庆市市容";
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 1);
  f.text = "';DROP TABLE power_item;--";
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 0);

  auto latest = repo.Latest(Scope::Township(a1_), a1_, "CF-001");
  ASSERT_THAT(latest, IsOk());
  ASSERT_TRUE(latest->has_value());
  EXPECT_EQ((*latest)->version, 2);
  EXPECT_FALSE(repo.Latest(Scope::Township(a1_), a1_, "NONE")->has_value());
  EXPECT_THAT(repo.Latest(Scope::Township(a2_), a1_, "CF-001"), HasError(ErrorCode::kPermissionDenied));
}

FAZHI_INSTANTIATE_BACKENDS(PowerRepositoryTest);

}  // namespace
}  // namespace fazhi::store
