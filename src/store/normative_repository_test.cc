// store/normative_repository_test.cc — the 规范性文件 ledger on both backends: every field round
// trips, scope, 文号 conflicts named, list filters.
#include "store/normative_repository.h"

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

domain::NormativeDocument FullDocument(std::int64_t township, std::string number) {
  domain::NormativeDocument d;
  d.township_id = township;
  d.title = "农村人居环境整治管理办法";
  d.number = std::move(number);
  d.drafting_unit = "镇农业服务中心";
  d.trial = domain::NormTrial::kInterim;
  d.binds_generally = true;
  d.exclusion = domain::NormExclusion::kNone;
  d.drafted_on = MakeDate(2025, 3, 3);
  d.opinions_from = MakeDate(2025, 3, 5);
  d.opinions_to = MakeDate(2025, 4, 4);
  d.review_submitted_on = MakeDate(2025, 4, 7);
  d.reviewed_on = MakeDate(2025, 4, 18);
  d.reviewer_role = domain::NormReviewer::kLegalAdviser;
  d.reviewer = "李律师";
  d.review_outcome = domain::NormReviewOutcome::kRevise;
  d.review_opinion = "修改后通过";
  d.reduces_rights = true;
  d.deliberated_on = MakeDate(2025, 4, 22);
  d.deliberation_meeting = "镇政府常务会议";
  d.signed_on = MakeDate(2025, 4, 24);
  d.signer = "镇长";
  d.published_on = MakeDate(2025, 4, 28);
  d.publication_channel = "门户网站";
  d.effective_on = MakeDate(2025, 6, 1);
  d.urgent = true;
  d.urgent_reason = "防汛需要";
  d.valid_until = MakeDate(2027, 5, 31);
  d.filed_on = MakeDate(2025, 5, 15);
  d.filing_number = "云司备〔2025〕7号";
  d.filed_text = d.filed_basis = true;
  d.returned_on = MakeDate(2025, 5, 20);
  d.return_reason = "缺少起草说明";
  d.corrected_on = MakeDate(2025, 5, 25);
  d.standing = domain::NormStanding::kAmended;
  d.cleaned_on = MakeDate(2025, 11, 1);
  d.cleanup_note = "第三条修改";
  return d;
}

class NormativeRepositoryTest : public ::fazhi::testing::SeededDatabaseTest {
 protected:
  void SetUp() override {
    ::fazhi::testing::SeededDatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    a1_ = org().township_a1.id;
    a2_ = org().township_a2.id;
  }
  std::int64_t a1_ = 0, a2_ = 0;
};

TEST_P(NormativeRepositoryTest, EveryFieldRoundTripsAndScopeHolds) {
  NormativeRepository repo(db());
  auto created = repo.Create(Scope::Township(a1_), FullDocument(a1_, "树府规〔2025〕1号"));
  ASSERT_THAT(created, IsOk());
  auto got = repo.Get(Scope::Township(a1_), created->id);
  ASSERT_THAT(got, IsOk());
  EXPECT_EQ(got->trial, domain::NormTrial::kInterim);
  EXPECT_EQ(got->reviewer_role, domain::NormReviewer::kLegalAdviser);
  EXPECT_EQ(got->review_outcome, domain::NormReviewOutcome::kRevise);
  EXPECT_TRUE(got->reduces_rights && got->urgent && got->filed_text && got->filed_basis);
  EXPECT_FALSE(got->filed_explanation);
  EXPECT_EQ(got->urgent_reason, "防汛需要");
  EXPECT_EQ(got->corrected_on, MakeDate(2025, 5, 25));
  EXPECT_EQ(got->standing, domain::NormStanding::kAmended);
  EXPECT_EQ(got->cleanup_note, "第三条修改");
  EXPECT_THAT(repo.Get(Scope::Township(a2_), created->id), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.Create(Scope::Township(a2_), FullDocument(a1_, "x")), HasError(ErrorCode::kPermissionDenied));
  domain::NormativeDocument moved = *got;
  moved.township_id = a2_;
  EXPECT_THAT(repo.Update(Scope::System(), moved), HasErrorField("townshipId"));
  got->title = "修改后的名称";
  EXPECT_EQ(repo.Update(Scope::Township(a1_), *got)->title, "修改后的名称");
}

TEST_P(NormativeRepositoryTest, ATakenNumberIsAConflictButDraftsMayShareNone) {
  NormativeRepository repo(db());
  ASSERT_THAT(repo.Create(Scope::Township(a1_), FullDocument(a1_, "树府规〔2025〕1号")), IsOk());
  auto twin = repo.Create(Scope::Township(a1_), FullDocument(a1_, "树府规〔2025〕1号"));
  EXPECT_THAT(twin, HasError(ErrorCode::kConflict));
  EXPECT_THAT(twin, HasErrorField("number"));
  domain::NormativeDocument draft;
  draft.township_id = a1_;
  draft.title = "草稿";
  draft.drafting_unit = "党政办";
  draft.drafted_on = MakeDate(2025, 9, 1);
  EXPECT_THAT(repo.Create(Scope::Township(a1_), draft), IsOk());
  EXPECT_THAT(repo.Create(Scope::Township(a1_), draft), IsOk());  // no number yet: no conflict
  EXPECT_THAT(repo.Create(Scope::System(), FullDocument(a2_, "树府规〔2025〕1号")), IsOk());
}

TEST_P(NormativeRepositoryTest, ListFilters) {
  NormativeRepository repo(db());
  auto a = FullDocument(a1_, "规1");
  a.standing = domain::NormStanding::kInForce;
  a.cleaned_on.reset();
  ASSERT_THAT(repo.Create(Scope::Township(a1_), a), IsOk());
  auto b = FullDocument(a1_, "规2");
  b.filed_on.reset();
  b.returned_on.reset();
  b.corrected_on.reset();
  ASSERT_THAT(repo.Create(Scope::Township(a1_), b), IsOk());
  NormativeFilter f;
  f.page = {1, 50, ""};
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 2);
  f.filed = false;
  auto unfiled = repo.List(Scope::Township(a1_), f);
  ASSERT_EQ(unfiled->total, 1);
  EXPECT_EQ(unfiled->items[0].number, "规2");
  f.filed.reset();
  f.standing = domain::NormStanding::kInForce;
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 1);
  f.standing.reset();
  f.text = "规2";
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 1);
  EXPECT_EQ(repo.LoadTownship(Scope::Township(a1_), a1_)->size(), 2u);
}

FAZHI_INSTANTIATE_BACKENDS(NormativeRepositoryTest);

}  // namespace
}  // namespace fazhi::store
