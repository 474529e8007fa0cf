// store/mediation_repository_test.cc — the 人民调解 ledger on both backends: round trips field
// by field, scope enforcement, conflicts, atomic multi-row writes, list filters and loading.
#include "store/mediation_repository.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/matchers.h"
#include "support/test_database.h"

namespace fazhi::store {
namespace {

using core::ErrorCode;
using core::MakeDate;
using ::fazhi::testing::Dump;
using ::fazhi::testing::FullCase;
using ::fazhi::testing::FullCommittee;
using ::fazhi::testing::FullMediator;
using ::fazhi::testing::FullScreenedDispute;
using ::fazhi::testing::FullScreeningRound;
using ::fazhi::testing::HasError;
using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;
using ::testing::ElementsAre;

class MediationRepositoryTest : public ::fazhi::testing::SeededDatabaseTest {
 protected:
  void SetUp() override {
    ::fazhi::testing::SeededDatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    a1_ = org().township_a1.id;
    a2_ = org().township_a2.id;
    b1_ = org().township_b1.id;
    MediationRepository repo(db());
    for (std::int64_t t : {a1_, a2_, b1_}) {
      auto committee = repo.CreateCommittee(Scope::System(), FullCommittee(t));
      ASSERT_THAT(committee, IsOk());
      committees_[t] = committee->id;
      auto mediator = repo.CreateMediator(Scope::System(), FullMediator(t, committee->id));
      ASSERT_THAT(mediator, IsOk());
      mediators_[t] = mediator->id;
    }
  }

  // A case of township t with the given number, accepted on `accepted`.
  domain::MediationCase CaseOf(std::int64_t t, std::string case_no, core::Date accepted) {
    domain::MediationCase c = FullCase(t, committees_[t], mediators_[t], std::move(case_no));
    c.accepted_on = accepted;
    c.concluded_on = core::AddDays(accepted, 20);
    c.agreement->effective_on = *c.concluded_on;
    return c;
  }

  std::int64_t a1_ = 0, a2_ = 0, b1_ = 0;
  std::map<std::int64_t, std::int64_t> committees_, mediators_;
};

std::vector<std::string> CaseNos(const std::vector<domain::MediationCase>& cases) {
  std::vector<std::string> out;
  for (const auto& c : cases) out.push_back(c.case_no);
  return out;
}

// ---- round trips ----

TEST_P(MediationRepositoryTest, CommitteeWithMembersRoundTripsEveryField) {
  MediationRepository repo(db());
  domain::MediationCommittee c = FullCommittee(a1_);
  c.level = domain::CommitteeLevel::kVillage;
  c.village_id = org().village_a1.id;
  auto created = repo.CreateCommittee(Scope::Township(a1_), c);
  ASSERT_THAT(created, IsOk());
  ASSERT_EQ(created->members.size(), 2u);
  EXPECT_GT(created->members[1].id, created->members[0].id);
  EXPECT_EQ(created->members[0].committee_id, created->id);
  auto got = repo.GetCommittee(Scope::Township(a1_), created->id);
  ASSERT_THAT(got, IsOk());
  EXPECT_EQ(Dump(*got), Dump(*created));
  EXPECT_EQ(got->members[1].ethnicity, "维吾尔族");
}

TEST_P(MediationRepositoryTest, CommitteeUpdateReplacesMembers) {
  MediationRepository repo(db());
  auto c = repo.GetCommittee(Scope::System(), committees_[a1_]);
  ASSERT_THAT(c, IsOk());
  domain::MediationCommittee changed = *c;
  changed.name = "许明寺镇人民调解委员会（新一届）";
  changed.term_end = MakeDate(2027, 5, 31);
  changed.members.erase(changed.members.begin());        // drop the chair
  changed.members[0].role = domain::CommitteeRole::kChair;  // promote the other
  domain::CommitteeMember added;
  added.name = "陈委员";
  added.term_start = MakeDate(2024, 6, 1);
  added.term_end = MakeDate(2027, 5, 31);
  changed.members.push_back(added);
  auto updated = repo.UpdateCommittee(Scope::Township(a1_), changed);
  ASSERT_THAT(updated, IsOk());
  ASSERT_EQ(updated->members.size(), 2u);
  EXPECT_EQ(updated->members[0].id, c->members[1].id);
  EXPECT_EQ(updated->members[0].role, domain::CommitteeRole::kChair);
  EXPECT_EQ(updated->members[1].name, "陈委员");
  EXPECT_EQ(updated->name, "许明寺镇人民调解委员会（新一届）");
  EXPECT_EQ(updated->term_end, MakeDate(2027, 5, 31));
  // A member id of another committee is refused.
  domain::MediationCommittee wrong = *updated;
  auto other = repo.GetCommittee(Scope::System(), committees_[a2_]);
  wrong.members.push_back(other->members[0]);
  EXPECT_THAT(repo.UpdateCommittee(Scope::Township(a1_), wrong), HasErrorField("members"));
}

TEST_P(MediationRepositoryTest, CommitteeVillageMustBelongToTheTownship) {
  MediationRepository repo(db());
  domain::MediationCommittee c = FullCommittee(a2_);
  c.village_id = org().village_a1.id;  // a village of a1
  EXPECT_THAT(repo.CreateCommittee(Scope::System(), c), HasErrorField("villageId"));
}

TEST_P(MediationRepositoryTest, MediatorRoundTripsIncludingNullDismissal) {
  MediationRepository repo(db());
  domain::Mediator m = FullMediator(a1_, committees_[a1_]);
  auto created = repo.CreateMediator(Scope::Township(a1_), m);
  ASSERT_THAT(created, IsOk());
  EXPECT_EQ(Dump(*repo.GetMediator(Scope::Township(a1_), created->id)), Dump(*created));
  m.dismissed_on.reset();
  m.is_committee_member = true;
  auto second = repo.CreateMediator(Scope::Township(a1_), m);
  ASSERT_THAT(second, IsOk());
  auto got = repo.GetMediator(Scope::Township(a1_), second->id);
  ASSERT_THAT(got, IsOk());
  EXPECT_EQ(got->dismissed_on, std::nullopt);
  EXPECT_EQ(Dump(*got), Dump(*second));
  got->training_hours = 40;
  auto updated = repo.UpdateMediator(Scope::County(org().county_a.id), *got);
  ASSERT_THAT(updated, IsOk());
  EXPECT_EQ(repo.GetMediator(Scope::System(), got->id)->training_hours, 40);
  auto list = repo.ListMediators(Scope::Township(a1_), std::nullopt, committees_[a1_]);
  ASSERT_THAT(list, IsOk());
  EXPECT_EQ(list->size(), 3u);
}

TEST_P(MediationRepositoryTest, MediatorCommitteeMustBeOfTheSameTownship) {
  MediationRepository repo(db());
  auto m = repo.CreateMediator(Scope::System(), FullMediator(a1_, committees_[a2_]));
  EXPECT_THAT(m, HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(m, HasErrorField("committeeId"));
}

TEST_P(MediationRepositoryTest, ScreeningRoundAndDisputeRoundTrip) {
  MediationRepository repo(db());
  domain::ScreeningRound r = FullScreeningRound(a1_);
  r.village_id = org().village_a1.id;
  auto round = repo.CreateScreeningRound(Scope::Township(a1_), r);
  ASSERT_THAT(round, IsOk());
  EXPECT_EQ(Dump(*repo.GetScreeningRound(Scope::Township(a1_), round->id)), Dump(*round));

  auto c = repo.CreateCase(Scope::Township(a1_), CaseOf(a1_, "许调〔2023〕1号",
                                                         MakeDate(2023, 3, 12)));
  ASSERT_THAT(c, IsOk());
  domain::ScreenedDispute d = FullScreenedDispute(round->id, 0);  // township from the round
  d.village_id = org().village_a1.id;
  d.mediation_case_id = c->id;
  auto dispute = repo.CreateScreenedDispute(Scope::Township(a1_), d);
  ASSERT_THAT(dispute, IsOk());
  EXPECT_EQ(dispute->township_id, a1_);
  EXPECT_EQ(Dump(*repo.GetScreenedDispute(Scope::Township(a1_), dispute->id)), Dump(*dispute));

  // Every optional empty.
  domain::ScreenedDispute open = FullScreenedDispute(round->id, a1_);
  open.status = domain::ScreenedDisputeStatus::kOpen;
  open.route.reset();
  open.resolved_on.reset();
  open.transferred_to.clear();
  auto stored = repo.CreateScreenedDispute(Scope::Township(a1_), open);
  ASSERT_THAT(stored, IsOk());
  auto got = repo.GetScreenedDispute(Scope::Township(a1_), stored->id);
  ASSERT_THAT(got, IsOk());
  EXPECT_EQ(got->route, std::nullopt);
  EXPECT_EQ(got->resolved_on, std::nullopt);
  EXPECT_EQ(got->mediation_case_id, std::nullopt);
  EXPECT_EQ(got->village_id, std::nullopt);
  EXPECT_EQ(Dump(*got), Dump(*stored));

  // Resolve it by mediation.
  got->status = domain::ScreenedDisputeStatus::kResolved;
  got->route = domain::ResolutionRoute::kMediation;
  got->resolved_on = MakeDate(2023, 4, 1);
  got->mediation_case_id = c->id;
  ASSERT_THAT(repo.UpdateScreenedDispute(Scope::Township(a1_), *got), IsOk());
  EXPECT_EQ(Dump(*repo.GetScreenedDispute(Scope::System(), got->id)), Dump(*got));
}

TEST_P(MediationRepositoryTest, DisputeOfAnotherTownshipsRoundIsRefused) {
  MediationRepository repo(db());
  auto round = repo.CreateScreeningRound(Scope::System(), FullScreeningRound(b1_));
  ASSERT_THAT(round, IsOk());
  EXPECT_THAT(repo.CreateScreenedDispute(Scope::Township(a1_), FullScreenedDispute(round->id, 0)),
              HasError(ErrorCode::kPermissionDenied));
  EXPECT_THAT(repo.CreateScreenedDispute(Scope::System(), FullScreenedDispute(round->id, a1_)),
              HasErrorField("townshipId"));
  EXPECT_THAT(repo.CreateScreenedDispute(Scope::System(), FullScreenedDispute(999999, 0)),
              HasErrorField("roundId"));
}

TEST_P(MediationRepositoryTest, CaseWithPartiesAndAgreementRoundTripsEveryField) {
  MediationRepository repo(db());
  domain::MediationCase input = FullCase(a1_, committees_[a1_], mediators_[a1_],
                                         "许调〔2023〕15号");
  auto created = repo.CreateCase(Scope::Township(a1_), input);
  ASSERT_THAT(created, IsOk());
  ASSERT_GT(created->id, 0);
  ASSERT_EQ(created->parties.size(), 2u);
  EXPECT_EQ(created->parties[0].case_id, created->id);
  ASSERT_TRUE(created->agreement.has_value());
  EXPECT_EQ(created->agreement->case_id, created->id);
  auto got = repo.GetCase(Scope::Township(a1_), created->id);
  ASSERT_THAT(got, IsOk());
  EXPECT_EQ(Dump(*got), Dump(*created));
  // The big amounts survive (they do not fit in 32 bits).
  EXPECT_EQ(got->amount_fen, 5000200000);
  EXPECT_EQ(got->agreement->amount_fen, 5000200001);
  EXPECT_EQ(got->summary, "邻里因排水沟堵塞引发纠纷，要求赔偿损失");
  // And the input survives except for the ids.
  domain::MediationCase expected = input;
  expected.id = got->id;
  for (std::size_t i = 0; i < expected.parties.size(); ++i) {
    expected.parties[i].id = got->parties[i].id;
    expected.parties[i].case_id = got->id;
  }
  expected.agreement->id = got->agreement->id;
  expected.agreement->case_id = got->id;
  EXPECT_EQ(Dump(*got), Dump(expected));
}

TEST_P(MediationRepositoryTest, OpenCaseWithNullOptionalsRoundTrips) {
  MediationRepository repo(db());
  domain::MediationCase c = FullCase(a1_, committees_[a1_], std::nullopt, "许调〔2024〕1号");
  c.outcome = domain::MediationOutcome::kOpen;
  c.concluded_on.reset();
  c.agreement.reset();
  c.parties.resize(1);
  c.amount_fen = 0;
  auto created = repo.CreateCase(Scope::Township(a1_), c);
  ASSERT_THAT(created, IsOk());
  auto got = repo.GetCase(Scope::Township(a1_), created->id);
  ASSERT_THAT(got, IsOk());
  EXPECT_EQ(got->mediator_id, std::nullopt);
  EXPECT_EQ(got->concluded_on, std::nullopt);
  EXPECT_FALSE(got->agreement.has_value());
  EXPECT_EQ(Dump(*got), Dump(*created));

  // An oral agreement with every optional date empty.
  domain::MediationAgreement oral;
  oral.form = domain::AgreementForm::kOral;
  oral.effective_on = MakeDate(2024, 1, 9);
  oral.terms = "双方口头达成谅解";
  got->outcome = domain::MediationOutcome::kSuccess;
  got->concluded_on = MakeDate(2024, 1, 9);
  got->agreement = oral;
  auto updated = repo.UpdateCase(Scope::Township(a1_), *got);
  ASSERT_THAT(updated, IsOk());
  ASSERT_TRUE(updated->agreement.has_value());
  EXPECT_EQ(updated->agreement->performance_due, std::nullopt);
  EXPECT_EQ(updated->agreement->confirmation_result, domain::ConfirmationResult::kNone);
  EXPECT_EQ(Dump(*repo.GetCase(Scope::System(), got->id)), Dump(*updated));
}

// ---- updates ----

TEST_P(MediationRepositoryTest, UpdateCaseChangesFieldsPartiesAndAgreementTogether) {
  MediationRepository repo(db());
  auto created = repo.CreateCase(Scope::Township(a1_),
                                 FullCase(a1_, committees_[a1_], mediators_[a1_], "许调〔2023〕2号"));
  ASSERT_THAT(created, IsOk());
  domain::MediationCase c = *created;
  c.summary = "补充：对方已道歉";
  c.agreement->performance = domain::PerformanceStatus::kPerformed;
  c.agreement->confirmation_result = domain::ConfirmationResult::kRejected;
  const std::int64_t kept_party = c.parties[1].id;
  c.parties.erase(c.parties.begin());
  c.parties[0].phone = "13000000000";
  domain::MediationParty third;
  third.name = "第三人";
  c.parties.push_back(third);
  auto updated = repo.UpdateCase(Scope::County(org().county_a.id), c);
  ASSERT_THAT(updated, IsOk());
  ASSERT_EQ(updated->parties.size(), 2u);
  EXPECT_EQ(updated->parties[0].id, kept_party);
  EXPECT_EQ(updated->parties[0].phone, "13000000000");
  EXPECT_EQ(updated->parties[1].name, "第三人");
  EXPECT_GT(updated->parties[1].id, 0);
  EXPECT_EQ(updated->summary, "补充：对方已道歉");
  EXPECT_EQ(updated->agreement->id, created->agreement->id);
  EXPECT_EQ(updated->agreement->performance, domain::PerformanceStatus::kPerformed);
  EXPECT_EQ(updated->agreement->confirmation_result, domain::ConfirmationResult::kRejected);

  // Removing the agreement deletes it.
  domain::MediationCase failed = *updated;
  failed.outcome = domain::MediationOutcome::kFailed;
  failed.termination_reason = "一方拒绝继续调解，已告知可诉讼";
  failed.agreement.reset();
  auto after = repo.UpdateCase(Scope::Township(a1_), failed);
  ASSERT_THAT(after, IsOk());
  EXPECT_FALSE(after->agreement.has_value());
  EXPECT_EQ(after->outcome, domain::MediationOutcome::kFailed);
}

TEST_P(MediationRepositoryTest, CaseTownshipCannotChangeOnUpdate) {
  MediationRepository repo(db());
  auto created = repo.CreateCase(Scope::System(),
                                 FullCase(a1_, committees_[a1_], std::nullopt, "许调〔2023〕3号"));
  ASSERT_THAT(created, IsOk());
  domain::MediationCase moved = *created;
  moved.township_id = a2_;
  moved.committee_id = committees_[a2_];
  EXPECT_THAT(repo.UpdateCase(Scope::System(), moved), HasErrorField("townshipId"));
}

// ---- scope ----

TEST_P(MediationRepositoryTest, TownshipCannotReadOrUpdateAnotherTownshipsCase) {
  MediationRepository repo(db());
  auto b_case = repo.CreateCase(Scope::Township(b1_),
                                FullCase(b1_, committees_[b1_], mediators_[b1_], "白调〔2023〕1号"));
  ASSERT_THAT(b_case, IsOk());
  EXPECT_THAT(repo.GetCase(Scope::Township(a1_), b_case->id), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.UpdateCase(Scope::Township(a1_), *b_case), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.GetCase(Scope::County(org().county_a.id), b_case->id),
              HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.GetCommittee(Scope::Township(a1_), committees_[b1_]),
              HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.GetMediator(Scope::Township(a1_), mediators_[b1_]),
              HasError(ErrorCode::kNotFound));
  // Writing into another township is denied, not hidden.
  EXPECT_THAT(repo.CreateCase(Scope::Township(a1_),
                              FullCase(b1_, committees_[b1_], std::nullopt, "x")),
              HasError(ErrorCode::kPermissionDenied));
  EXPECT_THAT(repo.CreateCase(Scope::County(org().county_a.id),
                              FullCase(b1_, committees_[b1_], std::nullopt, "x")),
              HasError(ErrorCode::kPermissionDenied));
  EXPECT_THAT(repo.CreateCommittee(Scope::Township(a1_), FullCommittee(b1_)),
              HasError(ErrorCode::kPermissionDenied));
  // The unchanged record is still B's.
  EXPECT_EQ(Dump(*repo.GetCase(Scope::Township(b1_), b_case->id)), Dump(*b_case));
}

TEST_P(MediationRepositoryTest, CountyScopeListsOnlyItsTownships) {
  MediationRepository repo(db());
  ASSERT_THAT(repo.CreateCase(Scope::System(), CaseOf(a1_, "A1-1", MakeDate(2023, 1, 5))), IsOk());
  ASSERT_THAT(repo.CreateCase(Scope::System(), CaseOf(a2_, "A2-1", MakeDate(2023, 1, 6))), IsOk());
  ASSERT_THAT(repo.CreateCase(Scope::System(), CaseOf(b1_, "B1-1", MakeDate(2023, 1, 7))), IsOk());
  CaseFilter all;
  all.page.sort = "acceptedOn";
  auto county_a = repo.ListCases(Scope::County(org().county_a.id), all);
  ASSERT_THAT(county_a, IsOk());
  EXPECT_EQ(county_a->total, 2);
  EXPECT_THAT(CaseNos(county_a->items), ElementsAre("A1-1", "A2-1"));
  auto county_b = repo.ListCases(Scope::County(org().county_b.id), all);
  EXPECT_THAT(CaseNos(county_b->items), ElementsAre("B1-1"));
  auto township = repo.ListCases(Scope::Township(a2_), all);
  EXPECT_THAT(CaseNos(township->items), ElementsAre("A2-1"));
  auto system = repo.ListCases(Scope::System(), all);
  EXPECT_EQ(system->total, 3);
  auto committees = repo.ListCommittees(Scope::County(org().county_a.id));
  ASSERT_THAT(committees, IsOk());
  EXPECT_EQ(committees->size(), 2u);
  // Asking a county for a township of another county is denied.
  CaseFilter other = all;
  other.township_id = b1_;
  EXPECT_THAT(repo.ListCases(Scope::County(org().county_a.id), other),
              HasError(ErrorCode::kPermissionDenied));
}

TEST_P(MediationRepositoryTest, ReferencesMustStayInTheTownship) {
  MediationRepository repo(db());
  auto wrong_committee =
      repo.CreateCase(Scope::System(), FullCase(a1_, committees_[a2_], std::nullopt, "x1"));
  EXPECT_THAT(wrong_committee, HasErrorField("committeeId"));
  auto wrong_mediator =
      repo.CreateCase(Scope::System(), FullCase(a1_, committees_[a1_], mediators_[b1_], "x2"));
  EXPECT_THAT(wrong_mediator, HasErrorField("mediatorId"));
  auto not_a_township = repo.CreateCase(
      Scope::System(), FullCase(org().county_a.id, committees_[a1_], std::nullopt, "x3"));
  EXPECT_THAT(not_a_township, HasErrorField("townshipId"));
}

// ---- conflicts and atomicity ----

TEST_P(MediationRepositoryTest, DuplicateCaseNumberInTheSameTownshipIsConflict) {
  MediationRepository repo(db());
  ASSERT_THAT(repo.CreateCase(Scope::System(), CaseOf(a1_, "许调〔2023〕7号", MakeDate(2023, 5, 1))),
              IsOk());
  auto dup = repo.CreateCase(Scope::System(), CaseOf(a1_, "许调〔2023〕7号", MakeDate(2023, 5, 2)));
  EXPECT_THAT(dup, HasError(ErrorCode::kConflict));
  EXPECT_THAT(dup, HasErrorField("caseNo"));
  EXPECT_NE(dup.error().message.find("案件编号"), std::string::npos);
  // The same number in another township is fine.
  EXPECT_THAT(repo.CreateCase(Scope::System(), CaseOf(a2_, "许调〔2023〕7号", MakeDate(2023, 5, 2))),
              IsOk());
}

TEST_P(MediationRepositoryTest, FailedSecondPartyLeavesNoPartialCase) {
  MediationRepository repo(db());
  domain::MediationCase c = CaseOf(a1_, "许调〔2023〕9号", MakeDate(2023, 6, 1));
  c.parties[1].name = "";  // violates ck_mediation_party_name
  auto failed = repo.CreateCase(Scope::Township(a1_), c);
  EXPECT_THAT(failed, HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(failed, HasErrorField("name"));
  CaseFilter filter;
  auto list = repo.ListCases(Scope::System(), filter);
  ASSERT_THAT(list, IsOk());
  EXPECT_EQ(list->total, 0);
  // Nothing half-written blocks the corrected retry (same case number).
  c.parties[1].name = "孙某";
  auto retried = repo.CreateCase(Scope::Township(a1_), c);
  ASSERT_THAT(retried, IsOk());
  EXPECT_EQ(repo.GetCase(Scope::System(), retried->id)->parties.size(), 2u);
}

TEST_P(MediationRepositoryTest, FailedUpdateKeepsTheStoredCaseWhole) {
  MediationRepository repo(db());
  auto created = repo.CreateCase(Scope::System(), CaseOf(a1_, "许调〔2023〕10号",
                                                          MakeDate(2023, 6, 1)));
  ASSERT_THAT(created, IsOk());
  domain::MediationCase c = *created;
  c.summary = "不应保存的修改";
  c.parties.push_back(c.parties[0]);
  c.parties.back().id = 0;
  c.parties.back().name = "";              // the new party is invalid
  c.agreement->amount_fen = 1;             // and the agreement changed too
  auto failed = repo.UpdateCase(Scope::System(), c);
  EXPECT_THAT(failed, HasErrorField("name"));
  auto got = repo.GetCase(Scope::System(), created->id);
  ASSERT_THAT(got, IsOk());
  EXPECT_EQ(Dump(*got), Dump(*created));
}

TEST_P(MediationRepositoryTest, NegativeAmountIsInvalidArgumentNamingTheField) {
  MediationRepository repo(db());
  domain::MediationCase c = CaseOf(a1_, "许调〔2023〕11号", MakeDate(2023, 6, 1));
  c.amount_fen = -5;  // ck_mediation_case_amount_fen
  auto failed = repo.CreateCase(Scope::System(), c);
  EXPECT_THAT(failed, HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(failed, HasErrorField("amountFen"));
}

// ---- list filters, sort, pagination ----

class MediationListTest : public MediationRepositoryTest {
 protected:
  void SetUp() override {
    MediationRepositoryTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    MediationRepository repo(db());
    // 12 cases in a1: accepted 2023-01-01 + 10·k days; every third open; categories cycle.
    const char* categories[] = {"marriage_family", "neighbourhood", "land"};
    for (int k = 0; k < 12; ++k) {
      domain::MediationCase c =
          CaseOf(a1_, "许调〔2023〕" + std::to_string(100 + k) + "号",
                 core::AddDays(MakeDate(2023, 1, 1), 10 * k));
      c.category = categories[k % 3];
      c.amount_fen = 1000 * (12 - k);
      if (k % 3 == 2) {
        c.outcome = domain::MediationOutcome::kOpen;
        c.concluded_on.reset();
        c.agreement.reset();
      }
      if (k == 4) c.summary = "涉及土地承包经营权的纠纷";
      if (k == 7) c.parties[0].name = "欧阳修";
      ASSERT_THAT(repo.CreateCase(Scope::System(), c), IsOk());
    }
    ASSERT_THAT(repo.CreateCase(Scope::System(), CaseOf(a2_, "龙调1", MakeDate(2023, 1, 1))),
                IsOk());
  }
};

TEST_P(MediationListTest, PaginatesWithTotalInDefaultNewestFirstOrder) {
  MediationRepository repo(db());
  CaseFilter f;
  f.township_id = a1_;
  f.page.page_size = 5;
  auto p1 = repo.ListCases(Scope::Township(a1_), f);
  ASSERT_THAT(p1, IsOk());
  EXPECT_EQ(p1->total, 12);
  EXPECT_THAT(CaseNos(p1->items), ElementsAre("许调〔2023〕111号", "许调〔2023〕110号",
                                              "许调〔2023〕109号", "许调〔2023〕108号",
                                              "许调〔2023〕107号"));
  f.page.page = 3;
  auto p3 = repo.ListCases(Scope::Township(a1_), f);
  ASSERT_THAT(p3, IsOk());
  EXPECT_EQ(p3->total, 12);
  EXPECT_THAT(CaseNos(p3->items), ElementsAre("许调〔2023〕101号", "许调〔2023〕100号"));
  f.page.page = 4;
  EXPECT_TRUE(repo.ListCases(Scope::Township(a1_), f)->items.empty());
  // Items come with their children.
  EXPECT_EQ(p1->items[0].parties.size(), 2u);
  EXPECT_TRUE(p1->items[1].agreement.has_value());
}

TEST_P(MediationListTest, FiltersByOutcomeCategoryDatesAndText) {
  MediationRepository repo(db());
  const Scope scope = Scope::County(org().county_a.id);
  CaseFilter open;
  open.outcome = domain::MediationOutcome::kOpen;
  EXPECT_EQ(repo.ListCases(scope, open)->total, 4);
  CaseFilter land;
  land.category = "land";
  EXPECT_EQ(repo.ListCases(scope, land)->total, 4);
  CaseFilter accepted;
  accepted.accepted_from = MakeDate(2023, 1, 11);
  accepted.accepted_to = MakeDate(2023, 2, 10);  // k = 1, 2, 3, 4
  accepted.page.sort = "acceptedOn";
  auto in_range = repo.ListCases(scope, accepted);
  ASSERT_THAT(in_range, IsOk());
  EXPECT_THAT(CaseNos(in_range->items), ElementsAre("许调〔2023〕101号", "许调〔2023〕102号",
                                                    "许调〔2023〕103号", "许调〔2023〕104号"));
  CaseFilter concluded;
  concluded.concluded_from = MakeDate(2023, 1, 1);
  concluded.concluded_to = MakeDate(2023, 2, 28);  // concluded = accepted + 20, k=0,1,3 (2 open)
  EXPECT_EQ(repo.ListCases(scope, concluded)->total, 4);  // and 龙调1 of a2
  concluded.township_id = a1_;
  EXPECT_EQ(repo.ListCases(scope, concluded)->total, 3);
  CaseFilter by_summary;
  by_summary.text = "土地承包";
  EXPECT_THAT(CaseNos(repo.ListCases(scope, by_summary)->items),
              ElementsAre("许调〔2023〕104号"));
  CaseFilter by_party;
  by_party.text = "欧阳";
  EXPECT_THAT(CaseNos(repo.ListCases(scope, by_party)->items), ElementsAre("许调〔2023〕107号"));
  CaseFilter by_number;
  by_number.text = "〔2023〕11";
  EXPECT_EQ(repo.ListCases(scope, by_number)->total, 2);
  CaseFilter wildcard;
  wildcard.text = "%";  // taken literally
  EXPECT_EQ(repo.ListCases(scope, wildcard)->total, 0);
}

TEST_P(MediationListTest, SortsByEveryKeyWithNullsLast) {
  MediationRepository repo(db());
  CaseFilter f;
  f.township_id = a1_;
  f.page.page_size = 12;
  f.page.sort = "amountFen";
  auto by_amount = repo.ListCases(Scope::System(), f);
  ASSERT_THAT(by_amount, IsOk());
  EXPECT_EQ(by_amount->items.front().case_no, "许调〔2023〕111号");
  f.page.sort = "-caseNo";
  EXPECT_EQ(repo.ListCases(Scope::System(), f)->items.front().case_no, "许调〔2023〕111号");
  f.page.sort = "concludedOn";
  auto by_concluded = repo.ListCases(Scope::System(), f);
  ASSERT_THAT(by_concluded, IsOk());
  EXPECT_EQ(by_concluded->items.front().case_no, "许调〔2023〕100号");
  EXPECT_FALSE(by_concluded->items.back().concluded_on.has_value());
  f.page.sort = "-concludedOn";
  auto desc = repo.ListCases(Scope::System(), f);
  EXPECT_EQ(desc->items.front().case_no, "许调〔2023〕110号");
  EXPECT_FALSE(desc->items.back().concluded_on.has_value());
}

TEST_P(MediationListTest, RejectsUnknownSortAndBadPaging) {
  MediationRepository repo(db());
  CaseFilter f;
  f.page.sort = "summary; DROP TABLE mediation_case";
  EXPECT_THAT(repo.ListCases(Scope::System(), f), HasErrorField("sort"));
  f.page.sort.clear();
  f.page.page = 0;
  EXPECT_THAT(repo.ListCases(Scope::System(), f), HasErrorField("page"));
  f.page.page = 1;
  f.page.page_size = 1001;
  EXPECT_THAT(repo.ListCases(Scope::System(), f), HasErrorField("pageSize"));
}

TEST_P(MediationListTest, ListsScreenedDisputesByFoundRange) {
  MediationRepository repo(db());
  auto round = repo.CreateScreeningRound(Scope::System(), FullScreeningRound(a1_));
  ASSERT_THAT(round, IsOk());
  for (int k = 0; k < 6; ++k) {
    domain::ScreenedDispute d = FullScreenedDispute(round->id, a1_);
    d.found_on = core::AddDays(MakeDate(2023, 3, 1), k);
    d.status = k < 2 ? domain::ScreenedDisputeStatus::kOpen
                     : domain::ScreenedDisputeStatus::kResolved;
    ASSERT_THAT(repo.CreateScreenedDispute(Scope::System(), d), IsOk());
  }
  ScreenedDisputeFilter f;
  f.found_from = MakeDate(2023, 3, 2);
  f.found_to = MakeDate(2023, 3, 5);
  f.page.page_size = 3;
  auto page = repo.ListScreenedDisputes(Scope::Township(a1_), f);
  ASSERT_THAT(page, IsOk());
  EXPECT_EQ(page->total, 4);
  ASSERT_EQ(page->items.size(), 3u);
  EXPECT_EQ(page->items[0].found_on, MakeDate(2023, 3, 5));
  f.status = domain::ScreenedDisputeStatus::kOpen;
  EXPECT_EQ(repo.ListScreenedDisputes(Scope::Township(a1_), f)->total, 1);
  EXPECT_EQ(repo.ListScreenedDisputes(Scope::Township(a2_), ScreenedDisputeFilter{})->total, 0);
}

TEST_P(MediationListTest, LoadTownshipRangeReturnsActiveCasesWithAgreements) {
  MediationRepository repo(db());
  // Range 2023-02-01 … 2023-03-31. Case k is accepted 2023-01-01 + 10k, concluded +20 (k%3≠2).
  auto ledger = repo.LoadTownshipRange(Scope::Township(a1_), a1_, MakeDate(2023, 2, 1),
                                       MakeDate(2023, 3, 31));
  ASSERT_THAT(ledger, IsOk());
  // k=0 (concluded 01-21) and k=1 (concluded 01-31) end before the range; k=2 is open (from
  // 01-21); k=3…8 accepted ≤ 03-22 are in; k=9… accepted from 04-01 are out.
  EXPECT_THAT(CaseNos(ledger->cases),
              ElementsAre("许调〔2023〕102号", "许调〔2023〕103号", "许调〔2023〕104号",
                          "许调〔2023〕105号", "许调〔2023〕106号", "许调〔2023〕107号",
                          "许调〔2023〕108号"));
  EXPECT_FALSE(ledger->cases[0].agreement.has_value());
  ASSERT_TRUE(ledger->cases[1].agreement.has_value());
  EXPECT_EQ(ledger->cases[1].parties.size(), 2u);
  ASSERT_EQ(ledger->committees.size(), 1u);
  EXPECT_EQ(ledger->committees[0].members.size(), 2u);
  EXPECT_EQ(ledger->mediators.size(), 1u);
  EXPECT_THAT(repo.LoadTownshipRange(Scope::Township(a2_), a1_, MakeDate(2023, 2, 1),
                                     MakeDate(2023, 3, 31)),
              HasError(ErrorCode::kPermissionDenied));
}

FAZHI_INSTANTIATE_BACKENDS(MediationRepositoryTest);
FAZHI_INSTANTIATE_BACKENDS(MediationListTest);

}  // namespace
}  // namespace fazhi::store
