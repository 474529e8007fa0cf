// store/penalty_repository_test.cc — the 行政执法案件 ledger on both backends: every field and
// child round trips (the flattened 听证/法制审核/集体讨论 included), updates keep party and
// document ids and rewrite the ordered children, scope enforcement, 案号 conflicts with
// nothing written, list filters and the range load for indicators.
#include "store/penalty_repository.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store/officer_repository.h"
#include "support/matchers.h"
#include "support/test_database.h"

namespace fazhi::store {
namespace {

using core::ErrorCode;
using core::MakeDate;
using ::fazhi::testing::HasError;
using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;
using ::testing::ElementsAre;

domain::EnforcementOfficer Officer(std::int64_t township, std::string name) {
  domain::EnforcementOfficer o;
  o.township_id = township;
  o.name = std::move(name);
  o.agency = "综合行政执法办公室";
  o.in_post_from = MakeDate(2020, 1, 1);
  return o;
}

domain::PenaltyCase FullPenaltyCase(std::int64_t township, std::int64_t officer_id,
                                    std::string number) {
  domain::PenaltyCase c;
  c.township_id = township;
  c.number = std::move(number);
  c.cause = "未按规定倾倒建筑垃圾";
  c.matter_type = "市容环境卫生";
  c.power_basis = "渝府发〔2022〕5号赋权清单第12项";
  c.category = domain::ActionCategory::kPenalty;
  c.procedure = domain::PenaltyProcedure::kGeneral;
  c.stage = domain::CaseStage::kClosed;
  c.lead_received_on = MakeDate(2025, 3, 3);
  c.filed_on = MakeDate(2025, 3, 5);
  c.act_on = MakeDate(2025, 3, 1);
  c.grave_harm = true;
  c.major_public_interest = true;
  c.complex_case = true;
  c.serious_violation = true;
  c.review_required_by_law = true;
  c.investigated_on = MakeDate(2025, 3, 6);
  c.notice_served_on = MakeDate(2025, 3, 20);
  c.proposed.kinds = {domain::PenaltyKind::kFine, domain::PenaltyKind::kConfiscateGains};
  c.proposed.fine_fen = 2000000;
  c.proposed.confiscation_fen = 35000;
  c.proposed.description = "罚款人民币2万元，没收违法所得350元";
  c.hearing_right_notified = true;
  c.rights_waived_on = MakeDate(2025, 3, 21);
  c.statement_summary = "当事人称系初次违法";
  c.hearing = domain::CaseHearing{MakeDate(2025, 3, 24), MakeDate(2025, 3, 25), MakeDate(2025, 4, 7),
                                  "王主持", false, true};
  domain::LegalReview review;
  review.submitted_on = MakeDate(2025, 4, 8);
  review.reviewed_on = MakeDate(2025, 4, 10);
  review.reviewer = "司法所 刘审核";
  review.reviewer_first_time = true;
  review.reviewer_qualified = true;
  review.outcome = domain::ReviewOutcome::kRevise;
  review.opinion = "裁量适当";
  review.checklist = {true, false, true, true, true, false, true};
  c.legal_review = review;
  c.collective = domain::CollectiveDiscussion{MakeDate(2025, 4, 11), "镇长张某、副镇长李某", "同意"};
  c.decided_on = MakeDate(2025, 4, 14);
  c.outcome = domain::DecisionOutcome::kPenalty;
  c.decided.kinds = {domain::PenaltyKind::kFine};
  c.decided.fine_fen = 1500000;
  c.decided.description = "罚款人民币1.5万元";
  c.decision_number = "树综执罚决〔2025〕3号";
  c.served_on = MakeDate(2025, 4, 15);
  c.service_method = domain::ServiceMethod::kElectronic;
  c.electronic_consent = true;
  c.executed_on = MakeDate(2025, 4, 28);
  c.paid_fen = 1500000;
  c.closed_on = MakeDate(2025, 5, 6);
  c.publication_required = false;
  c.published_on = MakeDate(2025, 4, 18);
  c.publication_url = "https://example.gov.cn/gs/3";
  c.parties.push_back({0, 0, domain::PartyKind::kPerson, "张三", "500230198503120028", "",
                       "13800000000", "树人镇幸福村3组"});
  c.parties.push_back({0, 0, domain::PartyKind::kOrganisation, "某建材有限公司", "",
                       "91500230MA5U7XXX0Q", "", "树人镇工业园"});
  c.officers.push_back({officer_id, "李芳", "渝执001"});
  c.officers.push_back({officer_id, "李芳（复核）", ""});
  c.extensions.push_back({30, domain::PeriodUnit::kCalendarDays, "镇长张某", MakeDate(2025, 5, 30),
                          "案情复杂", true});
  c.excluded.push_back({MakeDate(2025, 3, 25), MakeDate(2025, 4, 7), "听证"});
  domain::CaseDocument d;
  d.stage = domain::CaseStage::kInvestigation;
  d.evidence_type = domain::EvidenceType::kAudioVisual;
  d.recorded_on = MakeDate(2025, 3, 6);
  d.title = "现场照片（3张）";
  d.file_name = "photo.jpg";
  d.media_type = "image/jpeg";
  d.size_bytes = 123456;
  d.sha256 = std::string(64, 'a');
  c.documents.push_back(d);
  return c;
}

class PenaltyCaseRepositoryTest : public ::fazhi::testing::SeededDatabaseTest {
 protected:
  void SetUp() override {
    ::fazhi::testing::SeededDatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    a1_ = org().township_a1.id;
    a2_ = org().township_a2.id;
    auto officer = OfficerRepository(db()).Create(Scope::Township(a1_), Officer(a1_, "李芳"));
    ASSERT_THAT(officer, IsOk());
    officer_ = officer->id;
  }
  std::int64_t a1_ = 0, a2_ = 0, officer_ = 0;
};

TEST_P(PenaltyCaseRepositoryTest, EveryFieldAndChildRoundTrips) {
  PenaltyCaseRepository repo(db());
  const domain::PenaltyCase want = FullPenaltyCase(a1_, officer_, "树综执罚立〔2025〕3号");
  auto created = repo.Create(Scope::Township(a1_), want);
  ASSERT_THAT(created, IsOk());
  ASSERT_GT(created->id, 0);
  auto got = repo.Get(Scope::Township(a1_), created->id);
  ASSERT_THAT(got, IsOk());
  const domain::PenaltyCase& c = *got;
  EXPECT_EQ(c.number, want.number);
  EXPECT_EQ(c.cause, want.cause);
  EXPECT_EQ(c.matter_type, want.matter_type);
  EXPECT_EQ(c.power_basis, want.power_basis);
  EXPECT_EQ(c.stage, domain::CaseStage::kClosed);
  EXPECT_EQ(c.lead_received_on, want.lead_received_on);
  EXPECT_EQ(c.filed_on, want.filed_on);
  EXPECT_EQ(c.act_on, want.act_on);
  EXPECT_TRUE(c.grave_harm && c.major_public_interest && c.complex_case && c.serious_violation &&
              c.review_required_by_law);
  EXPECT_EQ(c.investigated_on, want.investigated_on);
  EXPECT_EQ(c.notice_served_on, want.notice_served_on);
  EXPECT_THAT(c.proposed.kinds,
              ElementsAre(domain::PenaltyKind::kFine, domain::PenaltyKind::kConfiscateGains));
  EXPECT_EQ(c.proposed.fine_fen, 2000000);
  EXPECT_EQ(c.proposed.confiscation_fen, 35000);
  EXPECT_EQ(c.proposed.description, want.proposed.description);
  EXPECT_TRUE(c.hearing_right_notified);
  EXPECT_EQ(c.rights_waived_on, want.rights_waived_on);
  EXPECT_EQ(c.statement_summary, want.statement_summary);
  ASSERT_TRUE(c.hearing.has_value());
  EXPECT_EQ(c.hearing->requested_on, MakeDate(2025, 3, 24));
  EXPECT_EQ(c.hearing->notified_on, MakeDate(2025, 3, 25));
  EXPECT_EQ(c.hearing->held_on, MakeDate(2025, 4, 7));
  EXPECT_EQ(c.hearing->host, "王主持");
  EXPECT_TRUE(c.hearing->party_absent);
  ASSERT_TRUE(c.legal_review.has_value());
  EXPECT_EQ(c.legal_review->reviewer, "司法所 刘审核");
  EXPECT_EQ(c.legal_review->reviewed_on, MakeDate(2025, 4, 10));
  EXPECT_TRUE(c.legal_review->reviewer_first_time && c.legal_review->reviewer_qualified);
  EXPECT_EQ(c.legal_review->outcome, domain::ReviewOutcome::kRevise);
  EXPECT_EQ(c.legal_review->checklist, want.legal_review->checklist);
  ASSERT_TRUE(c.collective.has_value());
  EXPECT_EQ(c.collective->participants, want.collective->participants);
  EXPECT_EQ(c.decided_on, want.decided_on);
  EXPECT_THAT(c.decided.kinds, ElementsAre(domain::PenaltyKind::kFine));
  EXPECT_EQ(c.decided.fine_fen, 1500000);
  EXPECT_EQ(c.decision_number, want.decision_number);
  EXPECT_EQ(c.service_method, domain::ServiceMethod::kElectronic);
  EXPECT_TRUE(c.electronic_consent);
  EXPECT_EQ(c.executed_on, want.executed_on);
  EXPECT_EQ(c.paid_fen, 1500000);
  EXPECT_EQ(c.closed_on, want.closed_on);
  EXPECT_FALSE(c.publication_required);
  EXPECT_EQ(c.published_on, want.published_on);
  EXPECT_EQ(c.publication_url, want.publication_url);
  ASSERT_EQ(c.parties.size(), 2u);
  EXPECT_EQ(c.parties[0].id_number, "500230198503120028");
  EXPECT_EQ(c.parties[1].uscc, "91500230MA5U7XXX0Q");
  EXPECT_EQ(c.parties[1].kind, domain::PartyKind::kOrganisation);
  ASSERT_EQ(c.officers.size(), 2u);
  EXPECT_EQ(c.officers[0].officer_id, officer_);
  EXPECT_EQ(c.officers[0].certificate_number, "渝执001");
  ASSERT_EQ(c.extensions.size(), 1u);
  EXPECT_EQ(c.extensions[0].amount, 30);
  EXPECT_EQ(c.extensions[0].approved_on, MakeDate(2025, 5, 30));
  EXPECT_TRUE(c.extensions[0].party_notified);
  ASSERT_EQ(c.excluded.size(), 1u);
  EXPECT_EQ(c.excluded[0].reason, "听证");
  ASSERT_EQ(c.documents.size(), 1u);
  EXPECT_EQ(c.documents[0].sha256, std::string(64, 'a'));
  EXPECT_EQ(c.documents[0].evidence_type, domain::EvidenceType::kAudioVisual);
  EXPECT_EQ(c.documents[0].size_bytes, 123456);
}

TEST_P(PenaltyCaseRepositoryTest, OptionalPartsStayAbsent) {
  PenaltyCaseRepository repo(db());
  domain::PenaltyCase lead;
  lead.township_id = a1_;
  lead.number = "线索〔2025〕1号";
  lead.cause = "群众举报占道经营";
  lead.lead_received_on = MakeDate(2025, 6, 1);
  auto created = repo.Create(Scope::Township(a1_), lead);
  ASSERT_THAT(created, IsOk());
  EXPECT_FALSE(created->hearing || created->legal_review || created->collective);
  EXPECT_FALSE(created->filed_on || created->decided_on);
  EXPECT_TRUE(created->proposed.empty());
}

TEST_P(PenaltyCaseRepositoryTest, UpdateKeepsPartyAndDocumentIdsAndRewritesTheRest) {
  PenaltyCaseRepository repo(db());
  auto created = repo.Create(Scope::Township(a1_), FullPenaltyCase(a1_, officer_, "案1"));
  ASSERT_THAT(created, IsOk());
  domain::PenaltyCase c = *created;
  const std::int64_t first_party = c.parties[0].id;
  const std::int64_t document = c.documents[0].id;
  c.parties.erase(c.parties.begin() + 1);
  c.parties[0].name = "张三丰";
  c.officers.resize(1);
  c.extensions.clear();
  c.hearing.reset();
  c.legal_review->outcome = domain::ReviewOutcome::kAgree;
  c.documents[0].title = "现场照片（4张）";
  auto updated = repo.Update(Scope::Township(a1_), c);
  ASSERT_THAT(updated, IsOk());
  ASSERT_EQ(updated->parties.size(), 1u);
  EXPECT_EQ(updated->parties[0].id, first_party);
  EXPECT_EQ(updated->parties[0].name, "张三丰");
  ASSERT_EQ(updated->documents.size(), 1u);
  EXPECT_EQ(updated->documents[0].id, document);
  EXPECT_EQ(updated->documents[0].title, "现场照片（4张）");
  EXPECT_EQ(updated->officers.size(), 1u);
  EXPECT_TRUE(updated->extensions.empty());
  EXPECT_FALSE(updated->hearing.has_value());
  EXPECT_EQ(updated->legal_review->outcome, domain::ReviewOutcome::kAgree);

  auto other = repo.Create(Scope::Township(a1_), FullPenaltyCase(a1_, officer_, "案2"));
  ASSERT_THAT(other, IsOk());
  domain::PenaltyCase stolen = *updated;
  stolen.parties[0].id = other->parties[0].id;
  EXPECT_THAT(repo.Update(Scope::Township(a1_), stolen), HasErrorField("parties"));
}

TEST_P(PenaltyCaseRepositoryTest, ScopeIsEnforced) {
  PenaltyCaseRepository repo(db());
  auto created = repo.Create(Scope::Township(a1_), FullPenaltyCase(a1_, officer_, "案1"));
  ASSERT_THAT(created, IsOk());
  EXPECT_THAT(repo.Get(Scope::Township(a2_), created->id), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.Get(Scope::County(org().county_b.id), created->id),
              HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.Get(Scope::County(org().county_a.id), created->id), IsOk());
  EXPECT_THAT(repo.Create(Scope::Township(a2_), FullPenaltyCase(a1_, officer_, "案9")),
              HasError(ErrorCode::kPermissionDenied));
  domain::PenaltyCase moved = *created;
  moved.township_id = a2_;
  EXPECT_THAT(repo.Update(Scope::System(), moved), HasErrorField("townshipId"));
  EXPECT_THAT(repo.Update(Scope::Township(a2_), *created), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.LoadTownshipRange(Scope::Township(a2_), a1_, MakeDate(2025, 1, 1),
                                     MakeDate(2025, 12, 31)),
              HasError(ErrorCode::kPermissionDenied));
}

TEST_P(PenaltyCaseRepositoryTest, ATakenNumberIsAConflictAndWritesNothing) {
  PenaltyCaseRepository repo(db());
  ASSERT_THAT(repo.Create(Scope::Township(a1_), FullPenaltyCase(a1_, officer_, "案1")), IsOk());
  auto refused = repo.Create(Scope::Township(a1_), FullPenaltyCase(a1_, officer_, "案1"));
  EXPECT_THAT(refused, HasError(ErrorCode::kConflict));
  EXPECT_THAT(refused, HasErrorField("number"));
  EXPECT_NE(refused.error().message.find("案号"), std::string::npos) << refused.error().message;
  PenaltyCaseFilter all;
  all.page = {1, 50, ""};
  EXPECT_EQ(repo.List(Scope::Township(a1_), all)->total, 1);
  // Another township may use the same number.
  EXPECT_THAT(repo.Create(Scope::System(), FullPenaltyCase(a2_, officer_, "案1")), IsOk());
}

TEST_P(PenaltyCaseRepositoryTest, AMissingOfficerIsRefusedAndWritesNothing) {
  PenaltyCaseRepository repo(db());
  auto refused = repo.Create(Scope::Township(a1_), FullPenaltyCase(a1_, officer_ + 999, "案1"));
  EXPECT_THAT(refused, HasError(ErrorCode::kInvalidArgument));
  PenaltyCaseFilter all;
  all.page = {1, 50, ""};
  EXPECT_EQ(repo.List(Scope::Township(a1_), all)->total, 0);
}

TEST_P(PenaltyCaseRepositoryTest, ListFiltersSortsAndPages) {
  PenaltyCaseRepository repo(db());
  for (int i = 1; i <= 3; ++i) {
    domain::PenaltyCase c = FullPenaltyCase(a1_, officer_, "案" + std::to_string(i));
    c.lead_received_on = MakeDate(2025, 3, i);
    c.stage = i == 3 ? domain::CaseStage::kInvestigation : domain::CaseStage::kClosed;
    if (i == 3) c.closed_on.reset();
    c.procedure = i == 2 ? domain::PenaltyProcedure::kSummary : domain::PenaltyProcedure::kGeneral;
    if (i == 2) c.parties[0].name = "王五";
    ASSERT_THAT(repo.Create(Scope::Township(a1_), c), IsOk());
  }
  ASSERT_THAT(repo.Create(Scope::System(), FullPenaltyCase(a2_, officer_, "案9")), IsOk());

  PenaltyCaseFilter f;
  f.page = {1, 50, ""};
  auto page = repo.List(Scope::Township(a1_), f);
  ASSERT_THAT(page, IsOk());
  ASSERT_EQ(page->total, 3);
  EXPECT_EQ(page->items[0].number, "案3");  // newest lead first
  f.stage = domain::CaseStage::kClosed;
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 2);
  f.stage.reset();
  f.procedure = domain::PenaltyProcedure::kSummary;
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 1);
  f.procedure.reset();
  f.text = "王五";
  auto by_party = repo.List(Scope::Township(a1_), f);
  ASSERT_EQ(by_party->total, 1);
  EXPECT_EQ(by_party->items[0].number, "案2");
  f.text = "100%' OR 1=1 --";
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 0);
  f.text.clear();
  f.received_from = MakeDate(2025, 3, 2);
  f.received_to = MakeDate(2025, 3, 2);
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 1);
  f.received_from.reset();
  f.received_to.reset();
  EXPECT_EQ(repo.List(Scope::County(org().county_a.id), f)->total, 4);
  f.page = {2, 2, "number"};
  auto second = repo.List(Scope::Township(a1_), f);
  ASSERT_EQ(second->items.size(), 1u);
  EXPECT_EQ(second->items[0].number, "案3");
  f.page.sort = "bogus";
  EXPECT_THAT(repo.List(Scope::Township(a1_), f), HasErrorField("sort"));

  auto loaded =
      repo.LoadTownshipRange(Scope::Township(a1_), a1_, MakeDate(2025, 3, 2), MakeDate(2025, 12, 31));
  ASSERT_THAT(loaded, IsOk());
  ASSERT_EQ(loaded->size(), 3u);  // all three are active in the range (closed 2025-05-06)
  auto before = repo.LoadTownshipRange(Scope::Township(a1_), a1_, MakeDate(2025, 6, 1),
                                       MakeDate(2025, 12, 31));
  ASSERT_EQ(before->size(), 1u);  // only the open one
  EXPECT_EQ(before->front().number, "案3");
}

FAZHI_INSTANTIATE_BACKENDS(PenaltyCaseRepositoryTest);

}  // namespace
}  // namespace fazhi::store
