// store/decision_catalogue_repository_test.cc — the 重大行政决策目录 on both backends: every field
// round trips, a title twice in one year's catalogue is a conflict naming "title", scope,
// filters, and a withdrawal kept on its row.
#include "store/decision_catalogue_repository.h"

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

domain::DecisionCatalogueItem Item(std::int64_t township, std::string title) {
  domain::DecisionCatalogueItem k;
  k.township_id = township;
  k.year = 2026;
  k.title = std::move(title);
  k.scope = domain::DecisionScope::kConstruction;
  k.drafting_unit = "镇建设环保办";
  k.planned_period = "2026年第三季度";
  k.listed_on = MakeDate(2025, 12, 20);
  k.party_consent_on = MakeDate(2025, 12, 25);
  k.published_on = MakeDate(2026, 1, 5);
  k.publication_channel = "镇政府网站";
  k.note = "经镇党委会议同意";
  return k;
}

class DecisionCatalogueRepositoryTest : public ::fazhi::testing::SeededDatabaseTest {
 protected:
  void SetUp() override {
    ::fazhi::testing::SeededDatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    a1_ = org().township_a1.id;
    a2_ = org().township_a2.id;
  }
  std::int64_t a1_ = 0, a2_ = 0;
};

TEST_P(DecisionCatalogueRepositoryTest, EveryFieldRoundTripsScopeAndFilters) {
  DecisionCatalogueRepository repo(db());
  auto created = repo.Create(Scope::Township(a1_), Item(a1_, "场镇基础设施建设"));
  ASSERT_THAT(created, IsOk());
  auto got = repo.Get(Scope::Township(a1_), created->id);
  ASSERT_THAT(got, IsOk());
  EXPECT_EQ(got->year, 2026);
  EXPECT_EQ(got->title, "场镇基础设施建设");
  EXPECT_EQ(got->scope, domain::DecisionScope::kConstruction);
  EXPECT_EQ(got->planned_period, "2026年第三季度");
  EXPECT_EQ(got->listed_on, MakeDate(2025, 12, 20));
  EXPECT_EQ(got->party_consent_on, MakeDate(2025, 12, 25));
  EXPECT_EQ(got->published_on, MakeDate(2026, 1, 5));
  EXPECT_EQ(got->publication_channel, "镇政府网站");
  EXPECT_FALSE(got->withdrawn_on.has_value());
  EXPECT_EQ(got->note, "经镇党委会议同意");

  // Another township's clerk does not see it, nor writes into this township.
  EXPECT_THAT(repo.Get(Scope::Township(a2_), created->id), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.Create(Scope::Township(a2_), Item(a1_, "农村人居环境整治")),
              HasError(ErrorCode::kPermissionDenied));
  domain::DecisionCatalogueItem moved = *got;
  moved.township_id = a2_;
  EXPECT_THAT(repo.Update(Scope::System(), moved), HasErrorField("townshipId"));

  // The same title in the same year's catalogue is a conflict; another year or township is not.
  EXPECT_THAT(repo.Create(Scope::Township(a1_), Item(a1_, "场镇基础设施建设")), HasErrorField("title"));
  auto next_year = Item(a1_, "场镇基础设施建设");
  next_year.year = 2027;
  next_year.listed_on = MakeDate(2026, 12, 20);
  ASSERT_THAT(repo.Create(Scope::Township(a1_), next_year), IsOk());
  ASSERT_THAT(repo.Create(Scope::Township(a2_), Item(a2_, "场镇基础设施建设")), IsOk());

  // A withdrawal is kept on the row.
  domain::DecisionCatalogueItem withdrawn = *got;
  withdrawn.withdrawn_on = MakeDate(2026, 5, 10);
  withdrawn.withdrawal_reason = "上级统一实施";
  auto updated = repo.Update(Scope::Township(a1_), withdrawn);
  ASSERT_THAT(updated, IsOk());
  EXPECT_EQ(updated->withdrawn_on, MakeDate(2026, 5, 10));
  EXPECT_EQ(updated->withdrawal_reason, "上级统一实施");

  DecisionCatalogueFilter f;
  f.page = {1, 50, ""};
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 2);
  EXPECT_EQ(repo.List(Scope::System(), f)->total, 3);
  f.year = 2026;
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 1);
  f.withdrawn = false;
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 0);
  f.withdrawn.reset();
  f.year.reset();
  f.text = "建设环保";
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 2);
  f.text = "';DROP TABLE decision_catalogue_item;--";
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 0);
  f.text.clear();
  f.page.sort = "gold";
  EXPECT_THAT(repo.List(Scope::Township(a1_), f), HasErrorField("sort"));

  auto year = repo.LoadYear(Scope::Township(a1_), a1_, 2026);
  ASSERT_THAT(year, IsOk());
  ASSERT_EQ(year->size(), 1u);
  EXPECT_TRUE(year->front().withdrawn_on.has_value());
  EXPECT_THAT(repo.LoadYear(Scope::Township(a2_), a1_, 2026), HasError(ErrorCode::kPermissionDenied));
}

FAZHI_INSTANTIATE_BACKENDS(DecisionCatalogueRepositoryTest);

}  // namespace
}  // namespace fazhi::store
