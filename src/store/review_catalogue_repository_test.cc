// store/review_catalogue_repository_test.cc — the 重大执法决定法制审核目录 on both backends: every
// field round trips, the same matter type and kind twice in a township is a conflict naming
// "kind", scope, filters, and an entry taken out kept on its row.
#include "store/review_catalogue_repository.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/matchers.h"
#include "support/test_database.h"

namespace fazhi::store {
namespace {

using core::ErrorCode;
using ::fazhi::testing::HasError;
using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;

domain::ReviewCatalogueEntry Entry(std::int64_t township, std::string matter_type) {
  domain::ReviewCatalogueEntry e;
  e.township_id = township;
  e.matter_type = std::move(matter_type);
  e.kind = domain::PenaltyKind::kFine;
  e.min_person_fen = 5000 * 100;
  e.min_org_fen = 50000 * 100;
  e.description = "市容环境卫生罚款数额较大";
  e.basis = "县司法局《重大行政执法决定法制审核目录》第1项";
  return e;
}

class ReviewCatalogueRepositoryTest : public ::fazhi::testing::SeededDatabaseTest {
 protected:
  void SetUp() override {
    ::fazhi::testing::SeededDatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    a1_ = org().township_a1.id;
    a2_ = org().township_a2.id;
  }
  std::int64_t a1_ = 0, a2_ = 0;
};

TEST_P(ReviewCatalogueRepositoryTest, EveryFieldRoundTripsScopeAndFilters) {
  ReviewCatalogueRepository repo(db());
  auto created = repo.Create(Scope::Township(a1_), Entry(a1_, "市容环境卫生"));
  ASSERT_THAT(created, IsOk());
  auto got = repo.Get(Scope::Township(a1_), created->id);
  ASSERT_THAT(got, IsOk());
  EXPECT_EQ(got->township_id, a1_);
  EXPECT_EQ(got->matter_type, "市容环境卫生");
  EXPECT_EQ(got->kind, domain::PenaltyKind::kFine);
  EXPECT_EQ(got->min_person_fen, 500000);
  EXPECT_EQ(got->min_org_fen, 5000000);
  EXPECT_EQ(got->description, "市容环境卫生罚款数额较大");
  EXPECT_EQ(got->basis, "县司法局《重大行政执法决定法制审核目录》第1项");
  EXPECT_TRUE(got->active);

  EXPECT_THAT(repo.Get(Scope::Township(a2_), created->id), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.Create(Scope::Township(a2_), Entry(a1_, "农业农村")), HasError(ErrorCode::kPermissionDenied));
  domain::ReviewCatalogueEntry moved = *got;
  moved.township_id = a2_;
  EXPECT_THAT(repo.Update(Scope::System(), moved), HasErrorField("townshipId"));

  // The same matter type and kind is a conflict; another kind, matter type or township is not.
  EXPECT_THAT(repo.Create(Scope::Township(a1_), Entry(a1_, "市容环境卫生")), HasErrorField("kind"));
  auto closure = Entry(a1_, "市容环境卫生");
  closure.kind = domain::PenaltyKind::kOrderClosure;
  closure.min_person_fen = closure.min_org_fen = 0;
  ASSERT_THAT(repo.Create(Scope::Township(a1_), closure), IsOk());
  ASSERT_THAT(repo.Create(Scope::Township(a1_), Entry(a1_, "")), IsOk());
  ASSERT_THAT(repo.Create(Scope::Township(a2_), Entry(a2_, "市容环境卫生")), IsOk());

  domain::ReviewCatalogueEntry out = *got;
  out.active = false;
  auto updated = repo.Update(Scope::Township(a1_), out);
  ASSERT_THAT(updated, IsOk());
  EXPECT_FALSE(updated->active);

  ReviewCatalogueFilter f;
  f.page = {1, 50, ""};
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 3);
  EXPECT_EQ(repo.List(Scope::System(), f)->total, 4);
  f.active = true;
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 2);
  f.active.reset();
  f.text = "目录》第1项";
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 3);
  f.text = "';DROP TABLE review_catalogue_entry;--";
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 0);
  f.text.clear();
  f.page.sort = "-kind";
  auto sorted = repo.List(Scope::Township(a1_), f);
  ASSERT_THAT(sorted, IsOk());
  EXPECT_EQ(sorted->items.front().kind, domain::PenaltyKind::kOrderClosure);
  f.page.sort = "gold";
  EXPECT_THAT(repo.List(Scope::Township(a1_), f), HasErrorField("sort"));

  auto all = repo.LoadTownship(Scope::Township(a1_), a1_);
  ASSERT_THAT(all, IsOk());
  EXPECT_EQ(all->size(), 3u);
  EXPECT_EQ(all->front().matter_type, "");
  EXPECT_THAT(repo.LoadTownship(Scope::Township(a2_), a1_), HasError(ErrorCode::kPermissionDenied));
}

FAZHI_INSTANTIATE_BACKENDS(ReviewCatalogueRepositoryTest);

}  // namespace
}  // namespace fazhi::store
