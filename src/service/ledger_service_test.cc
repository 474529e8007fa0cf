// Service tests on both databases: validated writes through the ledger services, scope
// checks, no half-written records, and the seed 000 (许明寺镇 2023) figures entered as records
// giving exactly 99.53%, 100% and 100% through the store and the indicator service.
#include "service/ledger_service.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "core/clock.h"
#include "service/indicator_service.h"
#include "store/mediation_repository.h"
#include "store/petition_repository.h"
#include "support/matchers.h"
#include "support/test_database.h"

namespace fazhi::service {
namespace {

using core::MakeDate;
using fazhi::testing::HasError;
using fazhi::testing::HasErrorField;
using fazhi::testing::IsOk;

class LedgerServiceTest : public fazhi::testing::SeededDatabaseTest {
 protected:
  void SetUp() override {
    SeededDatabaseTest::SetUp();
    if (::testing::Test::IsSkipped() || HasFatalFailure()) return;
    auto opened = OpenServiceContext(
        {test_db().url(), std::string(FAZHI_SOURCE_DIR) + "/data/calendar", true}, clock_);
    ASSERT_THAT(opened, IsOk());
    ctx_ = std::make_unique<ServiceContext>(std::move(*opened));
    auto committee = RecordCommittee(*ctx_, Township(), Committee(org().township_a1.id));
    ASSERT_THAT(committee, IsOk());
    committee_id_ = committee->record.id;
  }

  store::Scope Township() const { return store::Scope::Township(org().township_a1.id); }

  static domain::MediationCommittee Committee(std::int64_t township_id) {
    domain::MediationCommittee c;
    c.township_id = township_id;
    c.name = "许明寺镇人民调解委员会";
    c.level = domain::CommitteeLevel::kTownship;
    c.established_on = MakeDate(2015, 3, 1);
    c.term_start = MakeDate(2022, 1, 1);
    c.term_end = MakeDate(2024, 12, 31);
    const char* names[] = {"陈德明", "刘秀英", "王国华"};
    for (int i = 0; i < 3; ++i) {
      domain::CommitteeMember m;
      m.name = names[i];
      m.gender = i == 1 ? domain::Gender::kFemale : domain::Gender::kMale;
      m.role = i == 0 ? domain::CommitteeRole::kChair : domain::CommitteeRole::kMember;
      m.term_start = c.term_start;
      m.term_end = c.term_end;
      c.members.push_back(m);
    }
    return c;
  }

  domain::MediationCase Case(int n, core::Date accepted, bool success) const {
    domain::MediationCase c;
    c.township_id = org().township_a1.id;
    c.committee_id = committee_id_;
    c.case_no = fmt::format("许调〔2023〕{}号", n);
    c.category = "neighbor";
    c.accepted_on = accepted;
    c.summary = "邻里之间因排水沟问题发生纠纷";
    c.outcome = success ? domain::MediationOutcome::kSuccess : domain::MediationOutcome::kFailed;
    c.concluded_on = core::AddDays(accepted, 10);
    if (!success) c.termination_reason = "双方分歧较大，调解不成，已告知可依法起诉";
    domain::MediationParty a;
    a.name = "张建国";
    a.address = "许明寺镇新春村3组";
    domain::MediationParty b;
    b.name = "李桂兰";
    b.address = "许明寺镇新春村3组";
    c.parties = {a, b};
    if (success) {
      domain::MediationAgreement ag;
      ag.form = n % 4 == 0 ? domain::AgreementForm::kOral : domain::AgreementForm::kWritten;
      ag.effective_on = *c.concluded_on;
      ag.terms = "双方同意共同疏通排水沟，互不追究";
      ag.performance = domain::PerformanceStatus::kPerformed;
      ag.performed_on = core::AddDays(ag.effective_on, 3);
      c.agreement = ag;
    }
    return c;
  }

  domain::Petition ClosedPetition(int n, core::Date received) const {
    domain::Petition p;
    p.township_id = org().township_a1.id;
    p.reg_no = fmt::format("许信〔2023〕{}号", n);
    p.channel = n % 2 ? domain::PetitionChannel::kVisit : domain::PetitionChannel::kLetter;
    p.received_on = received;
    p.petitioner_name = fmt::format("信访人{}", n);
    p.address = fmt::format("许明寺镇{}组", n);
    p.category = domain::PetitionCategory::kClaim;
    p.request = fmt::format("请求解决第{}项诉求：村道损毁出行困难", n);
    p.facts = "暴雨后村道塌方";
    p.reasons = "影响群众出行";
    p.acknowledged_on = core::AddDays(received, 3);
    p.accepted_on = p.acknowledged_on;
    p.closed_on = core::AddDays(received, 30);
    p.outcome = domain::PetitionOutcome::kSupport;
    return p;
  }

  core::FixedClock clock_{MakeDate(2024, 2, 20)};
  std::unique_ptr<ServiceContext> ctx_;
  std::int64_t committee_id_ = 0;
};

// Seed 000: 人民调解211件，调解成功率99.53%; 矛盾纠纷排查137件，化解率100%; 信访11件，办结率100%.
TEST_P(LedgerServiceTest, Seed000XuMingSiFiguresComeOutExactly) {
  for (int i = 1; i <= 211; ++i) {
    core::Date accepted = core::AddDays(MakeDate(2023, 1, 3), (i * 37) % 340);
    ASSERT_THAT(RecordMediationCase(*ctx_, Township(), Case(i, accepted, i != 100)), IsOk()) << i;
  }
  store::MediationRepository repo(ctx_->db.operator*());
  domain::ScreeningRound round;
  round.township_id = org().township_a1.id;
  round.held_on = MakeDate(2023, 1, 10);
  round.organiser = "综治中心";
  ASSERT_THAT(repo.CreateScreeningRound(Township(), round).and_then([&](domain::ScreeningRound r) {
    for (int i = 0; i < 137; ++i) {
      domain::ScreenedDispute d;
      d.round_id = r.id;
      d.township_id = r.township_id;
      d.found_on = core::AddDays(MakeDate(2023, 1, 10), i * 2);
      d.category = "neighbor";
      d.summary = "排查发现的邻里纠纷";
      d.status = domain::ScreenedDisputeStatus::kResolved;
      d.route = domain::ResolutionRoute::kOther;
      d.resolved_on = core::AddDays(d.found_on, 5);
      auto recorded = RecordScreenedDispute(*ctx_, Township(), d);
      if (!recorded) return core::Result<domain::ScreeningRound>(tl::unexpected(recorded.error()));
    }
    return core::Result<domain::ScreeningRound>(r);
  }), IsOk());
  for (int i = 1; i <= 11; ++i) {
    ASSERT_THAT(RecordPetition(*ctx_, Township(), ClosedPetition(i, MakeDate(2023, static_cast<unsigned>(i), 5))),
                IsOk()) << i;
  }

  auto result = ComputeUnitIndicators(*ctx_, Township(), org().township_a1.code, 2023);
  ASSERT_THAT(result, IsOk());
  std::map<std::string, core::Rate> by_code;
  for (const auto& i : result->indicators) by_code[i.code] = i.rate;
  ASSERT_TRUE(by_code.count("med_success_rate"));
  EXPECT_EQ(by_code["med_success_rate"].numerator, 210);
  EXPECT_EQ(by_code["med_success_rate"].denominator, 211);
  EXPECT_EQ(by_code["med_success_rate"].Display(), "99.53%");
  ASSERT_TRUE(by_code.count("med_dispute_resolution_rate"));
  EXPECT_EQ(by_code["med_dispute_resolution_rate"].Display(), "100%");
  EXPECT_EQ(by_code["med_dispute_resolution_rate"].denominator, 137);
  ASSERT_TRUE(by_code.count("pet_closure_rate"));
  EXPECT_EQ(by_code["pet_closure_rate"].Display(), "100%");
  EXPECT_EQ(by_code["pet_closure_rate"].denominator, 11);

  // The county sums its townships: the same figures (township_a2 has no records).
  auto county = ComputeUnitIndicators(*ctx_, store::Scope::County(org().county_a.id),
                                      org().county_a.code, 2023);
  ASSERT_THAT(county, IsOk());
  EXPECT_EQ(county->townships.size(), 2u);
  for (const auto& i : county->indicators) {
    if (i.code == "med_success_rate") {
      EXPECT_EQ(i.rate.Display(), "99.53%");
    }
  }
}

TEST_P(LedgerServiceTest, InvalidPartyLeavesNoRecord) {
  auto c = Case(1, MakeDate(2023, 5, 1), true);
  c.parties[1].id_number = "110105194912310025";  // wrong check character
  auto recorded = RecordMediationCase(*ctx_, Township(), c);
  EXPECT_THAT(recorded, HasError(core::ErrorCode::kInvalidArgument));
  EXPECT_NE(recorded.error().field.find("idNumber"), std::string::npos) << recorded.error().field;
  store::MediationRepository repo(*ctx_->db);
  store::CaseFilter filter;
  auto page = repo.ListCases(Township(), filter);
  ASSERT_THAT(page, IsOk());
  EXPECT_EQ(page->total, 0);
}

TEST_P(LedgerServiceTest, ConstraintFailureMidCaseRollsBackEverything) {
  ASSERT_THAT(RecordMediationCase(*ctx_, Township(), Case(7, MakeDate(2023, 5, 1), true)), IsOk());
  // Same case number again: the store refuses, and neither case row nor parties are added.
  auto again = RecordMediationCase(*ctx_, Township(), Case(7, MakeDate(2023, 6, 1), true));
  EXPECT_THAT(again, HasError(core::ErrorCode::kConflict));
  store::MediationRepository repo(*ctx_->db);
  auto page = repo.ListCases(Township(), store::CaseFilter{});
  ASSERT_THAT(page, IsOk());
  EXPECT_EQ(page->total, 1);
  EXPECT_EQ(page->items.at(0).parties.size(), 2u);
}

TEST_P(LedgerServiceTest, ClerkCannotWriteIntoAnotherTownship) {
  auto c = Case(1, MakeDate(2023, 5, 1), true);
  c.township_id = org().township_b1.id;
  EXPECT_THAT(RecordMediationCase(*ctx_, Township(), c), HasError(core::ErrorCode::kPermissionDenied));
}

TEST_P(LedgerServiceTest, CommitteeOfAnotherTownshipIsRejectedNamingTheField) {
  auto other = RecordCommittee(*ctx_, store::Scope::System(), Committee(org().township_a2.id));
  ASSERT_THAT(other, IsOk());
  auto c = Case(1, MakeDate(2023, 5, 1), true);
  c.committee_id = other->record.id;
  EXPECT_THAT(RecordMediationCase(*ctx_, store::Scope::System(), c), HasErrorField("committeeId"));
}

TEST_P(LedgerServiceTest, ConcludedCaseCannotBeReopenedSilently) {
  auto recorded = RecordMediationCase(*ctx_, Township(), Case(1, MakeDate(2023, 5, 1), true));
  ASSERT_THAT(recorded, IsOk());
  auto c = recorded->record;
  c.outcome = domain::MediationOutcome::kOpen;
  c.concluded_on.reset();
  c.agreement.reset();
  EXPECT_THAT(UpdateMediationCase(*ctx_, Township(), c), HasError(core::ErrorCode::kFailedPrecondition));
}

TEST_P(LedgerServiceTest, OpenCaseConcludesWithAgreement) {
  auto open = Case(3, MakeDate(2023, 5, 1), true);
  open.outcome = domain::MediationOutcome::kOpen;
  open.concluded_on.reset();
  open.agreement.reset();
  auto recorded = RecordMediationCase(*ctx_, Township(), open);
  ASSERT_THAT(recorded, IsOk());
  auto done = Case(3, MakeDate(2023, 5, 1), true);
  done.id = recorded->record.id;
  auto updated = UpdateMediationCase(*ctx_, Township(), done);
  ASSERT_THAT(updated, IsOk());
  EXPECT_EQ(updated->record.outcome, domain::MediationOutcome::kSuccess);
  ASSERT_TRUE(updated->record.agreement.has_value());
}

TEST_P(LedgerServiceTest, RosterProblemsComeBackAsWarnings) {
  auto c = Committee(org().township_a1.id);
  c.name = "新春村人民调解委员会";
  c.level = domain::CommitteeLevel::kVillage;
  c.village_id = org().village_a1.id;
  for (auto& m : c.members) m.gender = domain::Gender::kMale;  // no woman: MED-01
  auto recorded = RecordCommittee(*ctx_, Township(), c);
  ASSERT_THAT(recorded, IsOk());
  bool found = false;
  for (const auto& f : recorded->warnings) found = found || f.rule == "MED-01";
  EXPECT_TRUE(found);
}

TEST_P(LedgerServiceTest, DuplicatePetitionIsRecordedWithAWarning) {
  auto first = ClosedPetition(1, MakeDate(2023, 11, 1));
  first.closed_on.reset();
  first.outcome = domain::PetitionOutcome::kNone;
  ASSERT_THAT(RecordPetition(*ctx_, Township(), first), IsOk());
  auto second = first;
  second.reg_no = "许信〔2023〕2号";
  second.received_on = MakeDate(2023, 11, 20);
  second.acknowledged_on = MakeDate(2023, 11, 21);
  second.accepted_on = second.acknowledged_on;
  auto recorded = RecordPetition(*ctx_, Township(), second);
  ASSERT_THAT(recorded, IsOk());
  bool warned = false;
  for (const auto& f : recorded->warnings) warned = warned || f.rule == "PET-12";
  EXPECT_TRUE(warned);
  EXPECT_TRUE(recorded->record.duplicate_of.has_value());
}

TEST_P(LedgerServiceTest, PetitionExtensionOverThirtyDaysIsRefused) {
  auto p = ClosedPetition(1, MakeDate(2023, 3, 1));
  domain::PetitionExtension ext;
  ext.days = 45;
  ext.approver = "镇长";
  ext.approved_on = MakeDate(2023, 4, 20);
  ext.reason = "情况复杂";
  ext.petitioner_notified = true;
  p.extension = ext;
  auto recorded = RecordPetition(*ctx_, Township(), p);
  EXPECT_THAT(recorded, HasError(core::ErrorCode::kInvalidArgument));
  store::PetitionRepository repo(*ctx_->db);
  auto page = repo.List(Township(), store::PetitionFilter{});
  ASSERT_THAT(page, IsOk());
  EXPECT_EQ(page->total, 0);
}

FAZHI_INSTANTIATE_BACKENDS(LedgerServiceTest);

}  // namespace
}  // namespace fazhi::service
