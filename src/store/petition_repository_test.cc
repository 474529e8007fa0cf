// store/petition_repository_test.cc — the 信访 ledger on both backends: round trips with
// extension, intervals and reviews; scope; conflicts; atomic writes; filters; loading.
#include "store/petition_repository.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/matchers.h"
#include "support/test_database.h"

namespace fazhi::store {
namespace {

using core::ErrorCode;
using core::MakeDate;
using ::fazhi::testing::Dump;
using ::fazhi::testing::FullPetition;
using ::fazhi::testing::FullReception;
using ::fazhi::testing::HasError;
using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;
using ::testing::ElementsAre;

class PetitionRepositoryTest : public ::fazhi::testing::SeededDatabaseTest {
 protected:
  void SetUp() override {
    ::fazhi::testing::SeededDatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    a1_ = org().township_a1.id;
    a2_ = org().township_a2.id;
    b1_ = org().township_b1.id;
  }

  // An open petition received on `received`.
  static domain::Petition OpenPetition(std::int64_t township, std::string reg_no,
                                       core::Date received) {
    domain::Petition p;
    p.township_id = township;
    p.reg_no = std::move(reg_no);
    p.received_on = received;
    p.petitioner_name = "来访人";
    p.request = "反映道路破损";
    return p;
  }

  std::int64_t a1_ = 0, a2_ = 0, b1_ = 0;
};

std::vector<std::string> RegNos(const std::vector<domain::Petition>& petitions) {
  std::vector<std::string> out;
  for (const auto& p : petitions) out.push_back(p.reg_no);
  return out;
}

TEST_P(PetitionRepositoryTest, FullPetitionRoundTripsEveryField) {
  PetitionRepository repo(db());
  domain::Petition input = FullPetition(a1_, "许信〔2023〕8号");
  auto created = repo.Create(Scope::Township(a1_), input);
  ASSERT_THAT(created, IsOk());
  ASSERT_GT(created->id, 0);
  auto got = repo.Get(Scope::Township(a1_), created->id);
  ASSERT_THAT(got, IsOk());
  domain::Petition expected = input;
  expected.id = created->id;
  EXPECT_EQ(Dump(*got), Dump(expected));
  ASSERT_TRUE(got->extension.has_value());
  EXPECT_EQ(got->extension->days, 30);
  ASSERT_TRUE(got->re_review.has_value());
  EXPECT_EQ(got->re_review->hearing.size(), 2u);
  EXPECT_EQ(got->re_review->replied_on, std::nullopt);
}

TEST_P(PetitionRepositoryTest, MinimalPetitionRoundTripsWithNullOptionals) {
  PetitionRepository repo(db());
  domain::Petition p = OpenPetition(a1_, "许信〔2023〕1号", MakeDate(2023, 1, 3));
  auto created = repo.Create(Scope::Township(a1_), p);
  ASSERT_THAT(created, IsOk());
  auto got = repo.Get(Scope::Township(a1_), created->id);
  ASSERT_THAT(got, IsOk());
  EXPECT_EQ(Dump(*got), Dump(*created));
  EXPECT_FALSE(got->extension.has_value());
  EXPECT_FALSE(got->review.has_value());
  EXPECT_TRUE(got->excluded.empty());
  EXPECT_EQ(got->closed_on, std::nullopt);
  EXPECT_EQ(got->duplicate_of, std::nullopt);
}

TEST_P(PetitionRepositoryTest, UpdateReplacesIntervalsReviewsAndExtension) {
  PetitionRepository repo(db());
  auto created = repo.Create(Scope::Township(a1_), FullPetition(a1_, "许信〔2023〕9号"));
  ASSERT_THAT(created, IsOk());
  domain::Petition p = *created;
  p.extension.reset();
  p.excluded = {{MakeDate(2023, 4, 1), MakeDate(2023, 4, 2), "补充材料"}};
  p.review->replied_on.reset();
  p.review->hearing.clear();
  p.re_review.reset();
  p.satisfaction = domain::Satisfaction::kUnsatisfied;
  auto updated = repo.Update(Scope::County(org().county_a.id), p);
  ASSERT_THAT(updated, IsOk());
  EXPECT_EQ(Dump(*updated), Dump(p));
}

TEST_P(PetitionRepositoryTest, SaveReviewAndReplaceIntervalsTouchOnlyTheirPart) {
  PetitionRepository repo(db());
  auto created = repo.Create(Scope::Township(a1_), FullPetition(a1_, "许信〔2023〕10号"));
  ASSERT_THAT(created, IsOk());
  ASSERT_THAT(repo.SaveReview(Scope::Township(a1_), created->id, ReviewStage::kReReview,
                              std::nullopt),
              IsOk());
  ASSERT_THAT(repo.ReplaceExcludedIntervals(Scope::Township(a1_), created->id, {}), IsOk());
  auto got = repo.Get(Scope::System(), created->id);
  ASSERT_THAT(got, IsOk());
  EXPECT_FALSE(got->re_review.has_value());
  EXPECT_TRUE(got->excluded.empty());
  ASSERT_TRUE(got->review.has_value());
  EXPECT_EQ(got->review->hearing.size(), 1u);  // the 复查 hearing stays
  EXPECT_THAT(repo.SaveReview(Scope::Township(a2_), created->id, ReviewStage::kReview,
                              created->review),
              HasError(ErrorCode::kNotFound));
}

TEST_P(PetitionRepositoryTest, ScopeHidesAndDeniesOtherTownships) {
  PetitionRepository repo(db());
  auto b = repo.Create(Scope::System(), FullPetition(b1_, "白信1"));
  ASSERT_THAT(b, IsOk());
  EXPECT_THAT(repo.Get(Scope::Township(a1_), b->id), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.Get(Scope::County(org().county_a.id), b->id), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.Update(Scope::Township(a1_), *b), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.Create(Scope::Township(a1_), FullPetition(a2_, "x")),
              HasError(ErrorCode::kPermissionDenied));
  EXPECT_THAT(repo.Create(Scope::County(org().county_b.id), FullPetition(a1_, "x")),
              HasError(ErrorCode::kPermissionDenied));
  EXPECT_THAT(repo.Get(Scope::County(org().county_b.id), b->id), IsOk());
}

TEST_P(PetitionRepositoryTest, DuplicateRegistrationNumberIsConflictPerTownship) {
  PetitionRepository repo(db());
  ASSERT_THAT(repo.Create(Scope::System(), OpenPetition(a1_, "R-1", MakeDate(2023, 1, 1))),
              IsOk());
  auto dup = repo.Create(Scope::System(), OpenPetition(a1_, "R-1", MakeDate(2023, 1, 2)));
  EXPECT_THAT(dup, HasError(ErrorCode::kConflict));
  EXPECT_THAT(dup, HasErrorField("regNo"));
  EXPECT_THAT(repo.Create(Scope::System(), OpenPetition(a2_, "R-1", MakeDate(2023, 1, 2))),
              IsOk());
}

TEST_P(PetitionRepositoryTest, BadIntervalLeavesNoPartialPetition) {
  PetitionRepository repo(db());
  domain::Petition p = FullPetition(a1_, "许信〔2023〕11号");
  p.re_review->hearing[1].to = MakeDate(2023, 7, 1);  // before its start: ck_…_to_on
  auto failed = repo.Create(Scope::System(), p);
  EXPECT_THAT(failed, HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(failed, HasErrorField("toOn"));
  EXPECT_EQ(repo.List(Scope::System(), PetitionFilter{})->total, 0);
}

TEST_P(PetitionRepositoryTest, DuplicateOfMustBeInTheSameTownship) {
  PetitionRepository repo(db());
  auto first = repo.Create(Scope::System(), OpenPetition(a1_, "D-1", MakeDate(2023, 1, 1)));
  auto other = repo.Create(Scope::System(), OpenPetition(a2_, "D-2", MakeDate(2023, 1, 1)));
  ASSERT_THAT(first, IsOk());
  ASSERT_THAT(other, IsOk());
  domain::Petition dup = OpenPetition(a1_, "D-3", MakeDate(2023, 2, 1));
  dup.duplicate_of = other->id;
  EXPECT_THAT(repo.Create(Scope::System(), dup), HasErrorField("duplicateOf"));
  dup.duplicate_of = first->id;
  auto ok = repo.Create(Scope::System(), dup);
  ASSERT_THAT(ok, IsOk());
  EXPECT_EQ(repo.Get(Scope::System(), ok->id)->duplicate_of, first->id);
}

TEST_P(PetitionRepositoryTest, ListFiltersSortsAndPaginates) {
  PetitionRepository repo(db());
  for (int k = 0; k < 9; ++k) {
    domain::Petition p =
        OpenPetition(a1_, "P-" + std::to_string(k), core::AddDays(MakeDate(2023, 1, 1), 7 * k));
    p.channel = k % 2 == 0 ? domain::PetitionChannel::kVisit : domain::PetitionChannel::kOnline;
    p.category = k < 3 ? domain::PetitionCategory::kSuggestion : domain::PetitionCategory::kClaim;
    if (k % 3 == 0) p.closed_on = core::AddDays(p.received_on, 30);
    if (k == 5) p.facts = "拖欠农民工工资";
    ASSERT_THAT(repo.Create(Scope::System(), p), IsOk());
  }
  ASSERT_THAT(repo.Create(Scope::System(), OpenPetition(b1_, "B-0", MakeDate(2023, 1, 1))), IsOk());
  const Scope scope = Scope::Township(a1_);
  PetitionFilter f;
  f.page.page_size = 4;
  auto p1 = repo.List(scope, f);
  ASSERT_THAT(p1, IsOk());
  EXPECT_EQ(p1->total, 9);
  EXPECT_THAT(RegNos(p1->items), ElementsAre("P-8", "P-7", "P-6", "P-5"));
  f.page.page = 3;
  EXPECT_THAT(RegNos(repo.List(scope, f)->items), ElementsAre("P-0"));

  PetitionFilter visits;
  visits.channel = domain::PetitionChannel::kVisit;
  EXPECT_EQ(repo.List(scope, visits)->total, 5);
  PetitionFilter suggestions;
  suggestions.category = domain::PetitionCategory::kSuggestion;
  EXPECT_EQ(repo.List(scope, suggestions)->total, 3);
  PetitionFilter closed;
  closed.closed = true;
  EXPECT_EQ(repo.List(scope, closed)->total, 3);
  closed.closed = false;
  EXPECT_EQ(repo.List(scope, closed)->total, 6);
  PetitionFilter range;
  range.received_from = MakeDate(2023, 1, 8);
  range.received_to = MakeDate(2023, 1, 22);
  range.page.sort = "receivedOn";
  EXPECT_THAT(RegNos(repo.List(scope, range)->items), ElementsAre("P-1", "P-2", "P-3"));
  PetitionFilter text;
  text.text = "农民工";
  EXPECT_THAT(RegNos(repo.List(scope, text)->items), ElementsAre("P-5"));
  PetitionFilter by_closed;
  by_closed.page.sort = "closedOn";
  by_closed.page.page_size = 9;
  auto sorted = repo.List(scope, by_closed);
  ASSERT_THAT(sorted, IsOk());
  EXPECT_EQ(sorted->items.front().reg_no, "P-0");
  EXPECT_FALSE(sorted->items.back().closed_on.has_value());
  PetitionFilter bad;
  bad.page.sort = "petitioner";
  EXPECT_THAT(repo.List(scope, bad), HasErrorField("sort"));
}

TEST_P(PetitionRepositoryTest, LeaderReceptionsRoundTripAndListByRange) {
  PetitionRepository repo(db());
  auto created = repo.CreateLeaderReception(Scope::Township(a1_), FullReception(a1_));
  ASSERT_THAT(created, IsOk());
  EXPECT_EQ(Dump(*repo.GetLeaderReception(Scope::Township(a1_), created->id)), Dump(*created));
  domain::LeaderReception later = FullReception(a1_);
  later.received_on = MakeDate(2023, 9, 1);
  ASSERT_THAT(repo.CreateLeaderReception(Scope::Township(a1_), later), IsOk());
  EXPECT_THAT(repo.CreateLeaderReception(Scope::Township(a1_), FullReception(b1_)),
              HasError(ErrorCode::kPermissionDenied));
  EXPECT_THAT(repo.GetLeaderReception(Scope::Township(a2_), created->id),
              HasError(ErrorCode::kNotFound));
  auto march = repo.ListLeaderReceptions(Scope::County(org().county_a.id), std::nullopt,
                                         MakeDate(2023, 3, 1), MakeDate(2023, 3, 31));
  ASSERT_THAT(march, IsOk());
  ASSERT_EQ(march->size(), 1u);
  EXPECT_EQ((*march)[0].visitors, 12);
  domain::LeaderReception changed = *created;
  changed.matters = 5;
  ASSERT_THAT(repo.UpdateLeaderReception(Scope::Township(a1_), changed), IsOk());
  EXPECT_EQ(repo.GetLeaderReception(Scope::System(), created->id)->matters, 5);
}

TEST_P(PetitionRepositoryTest, LoadTownshipRangeReturnsActivePetitionsAndReceptions) {
  PetitionRepository repo(db());
  auto add = [&](std::string reg, core::Date received, std::optional<core::Date> closed) {
    domain::Petition p = OpenPetition(a1_, std::move(reg), received);
    p.closed_on = closed;
    p.excluded = {{received, received, "当日不计"}};
    ASSERT_THAT(repo.Create(Scope::System(), p), IsOk());
  };
  add("closed-before", MakeDate(2022, 11, 1), MakeDate(2022, 12, 20));
  add("closed-in", MakeDate(2022, 12, 1), MakeDate(2023, 1, 10));
  add("open-across", MakeDate(2022, 10, 1), std::nullopt);
  add("received-in", MakeDate(2023, 6, 1), std::nullopt);
  add("received-after", MakeDate(2024, 1, 2), std::nullopt);
  ASSERT_THAT(repo.CreateLeaderReception(Scope::System(), FullReception(a1_)), IsOk());
  auto ledger = repo.LoadTownshipRange(Scope::County(org().county_a.id), a1_,
                                       MakeDate(2023, 1, 1), MakeDate(2023, 12, 31));
  ASSERT_THAT(ledger, IsOk());
  EXPECT_THAT(RegNos(ledger->petitions), ElementsAre("open-across", "closed-in", "received-in"));
  EXPECT_EQ(ledger->petitions[0].excluded.size(), 1u);
  EXPECT_EQ(ledger->receptions.size(), 1u);
  EXPECT_THAT(repo.LoadTownshipRange(Scope::Township(a2_), a1_, MakeDate(2023, 1, 1),
                                     MakeDate(2023, 12, 31)),
              HasError(ErrorCode::kPermissionDenied));
}

FAZHI_INSTANTIATE_BACKENDS(PetitionRepositoryTest);

}  // namespace
}  // namespace fazhi::store
