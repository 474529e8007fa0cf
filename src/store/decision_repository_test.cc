// store/decision_repository_test.cc — the 重大行政决策 ledger on both backends: every field
// round trips, scope, filters.
#include "store/decision_repository.h"

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

domain::MajorDecision FullDecision(std::int64_t township) {
  domain::MajorDecision d;
  d.township_id = township;
  d.title = "场镇老旧小区改造方案";
  d.scope = domain::DecisionScope::kConstruction;
  d.drafting_unit = "镇建设环保办";
  d.proposed_on = MakeDate(2025, 3, 1);
  d.catalogue_year = 2025;
  d.catalogue_item = "老旧小区改造";
  d.technical = d.stability_risk = d.affects_market = true;
  d.comment_from = MakeDate(2025, 3, 10);
  d.comment_to = MakeDate(2025, 4, 10);
  d.comments_received = 23;
  d.risk_level = domain::RiskLevel::kHigh;
  d.risk_controllable = false;
  d.legality_passed = false;
  d.exploratory_reform = true;
  d.legal_risk_statement = "风险已说明";
  d.decided_on = MakeDate(2025, 5, 12);
  d.meeting = "镇政府常务会议";
  d.meeting_result = domain::MeetingResult::kDeferred;
  d.dissent = "两名委员不同意";
  d.post_evaluated_on = MakeDate(2025, 11, 1);
  d.post_evaluation = "效果良好";
  return d;
}

class DecisionRepositoryTest : public ::fazhi::testing::SeededDatabaseTest {
 protected:
  void SetUp() override {
    ::fazhi::testing::SeededDatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    a1_ = org().township_a1.id;
    a2_ = org().township_a2.id;
  }
  std::int64_t a1_ = 0, a2_ = 0;
};

TEST_P(DecisionRepositoryTest, EveryFieldRoundTripsScopeAndFilters) {
  DecisionRepository repo(db());
  auto created = repo.Create(Scope::Township(a1_), FullDecision(a1_));
  ASSERT_THAT(created, IsOk());
  auto got = repo.Get(Scope::Township(a1_), created->id);
  ASSERT_THAT(got, IsOk());
  EXPECT_EQ(got->scope, domain::DecisionScope::kConstruction);
  EXPECT_EQ(got->risk_level, domain::RiskLevel::kHigh);
  EXPECT_FALSE(got->risk_controllable);
  EXPECT_FALSE(got->legality_passed);
  EXPECT_TRUE(got->exploratory_reform && got->technical && got->affects_market);
  EXPECT_EQ(got->meeting_result, domain::MeetingResult::kDeferred);
  EXPECT_EQ(got->comments_received, 23);
  EXPECT_EQ(got->catalogue_year, 2025);
  EXPECT_EQ(got->post_evaluation, "效果良好");
  EXPECT_THAT(repo.Get(Scope::Township(a2_), created->id), HasError(ErrorCode::kNotFound));
  domain::MajorDecision moved = *got;
  moved.township_id = a2_;
  EXPECT_THAT(repo.Update(Scope::System(), moved), HasErrorField("townshipId"));
  domain::MajorDecision open = FullDecision(a1_);
  open.decided_on.reset();
  ASSERT_THAT(repo.Create(Scope::Township(a1_), open), IsOk());
  DecisionFilter f;
  f.page = {1, 50, ""};
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 2);
  f.decided = false;
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 1);
  f.decided.reset();
  f.catalogue_year = 2024;
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 0);
  EXPECT_EQ(repo.LoadTownship(Scope::Township(a1_), a1_)->size(), 2u);
}

FAZHI_INSTANTIATE_BACKENDS(DecisionRepositoryTest);

}  // namespace
}  // namespace fazhi::store
