// Tests of domain/enforcement/penalty_rules.h: a case through every stage, and a case that
// breaks each rule the server must refuse, with the rule code, the field and the article.
#include "domain/enforcement/penalty_rules.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "domain/calendar/test_tables.h"
#include "domain/enforcement/penalty_test_cases.h"
#include "domain/validation/idcard.h"
#include "support/matchers.h"

namespace fazhi::domain {
namespace {

using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;
using ::testing::HasSubstr;
using test_tables::Day;
using namespace penalty_test_cases;  // NOLINT(google-build-using-namespace): the fixtures

const Date kToday = Day("2025-06-30");

class PenaltyRulesTest : public ::testing::Test {
 protected:
  PenaltyRuleInputs Inputs() const { return {calendar_, kToday, settings_, officers_, catalogue_}; }
  core::Status Check(const PenaltyCase& c) const {
    RETURN_IF_ERROR(ValidatePenaltyCase(c, kToday));
    return CheckPenaltyRules(c, Inputs());
  }
  // The case is refused under `rule`, naming `field` and citing `article`.
  void ExpectRefused(const PenaltyCase& c, const std::string& rule, const std::string& field,
                     const std::string& article) const {
    core::Status st = Check(c);
    ASSERT_FALSE(st) << "expected " << rule;
    EXPECT_EQ(st.error().code, core::ErrorCode::kFailedPrecondition) << st.error().message;
    EXPECT_EQ(st.error().field, field) << st.error().message;
    EXPECT_THAT(st.error().message, HasSubstr(rule + "："));
    EXPECT_THAT(st.error().message, HasSubstr(article));
    EXPECT_THAT(st.error().message_en, HasSubstr(rule + ":"));
  }

  WorkingCalendar calendar_ = test_tables::Cal05Calendar();
  LedgerSettings settings_;
  std::vector<EnforcementOfficer> officers_ = {Officer(1, "陈立新", "渝执2021000123", "2026-05-09"),
                                               Officer(2, "李明", "渝执2021000124", "2026-05-09"),
                                               Officer(3, "周过期", "渝执2020000001", "2025-03-20")};
  std::vector<ReviewCatalogueEntry> catalogue_;
};

TEST_F(PenaltyRulesTest, ACaseThatKeepsEveryRuleReachesTheArchive) {
  PenaltyCase c = ClosedCase();
  EXPECT_THAT(Check(c), IsOk());
  EXPECT_THAT(PenaltyCaseWarnings(c, Inputs()), ::testing::IsEmpty());
}

TEST_F(PenaltyRulesTest, Pen02NeedsTwoOfficersWithACertificateValidThatDay) {
  PenaltyCase c = ClosedCase();
  c.officers = {{1, "陈立新", "渝执2021000123"}};
  ExpectRefused(c, "PEN-02", "officers", "第42条");
  // The second officer's certificate expired before the decision, not before the investigation.
  c.officers = {{1, "陈立新", "渝执2021000123"}, {3, "周过期", "渝执2020000001"}};
  core::Status st = Check(c);
  ASSERT_FALSE(st);
  EXPECT_THAT(st.error().message, HasSubstr("作出决定（2025-03-24）"));
  EXPECT_THAT(st.error().message, HasSubstr("只有1人"));
  EXPECT_EQ(CertifiedOfficersOn(c, officers_, Day("2025-03-05")), 2);
  // An officer who is not in the register is a field error.
  c.officers = {{1, "陈立新", ""}, {99, "外人", ""}};
  EXPECT_THAT(Check(c), HasErrorField("officers[1].officerId"));
}

TEST_F(PenaltyRulesTest, Pen08NoDecisionWithoutAServedNoticeOrAWaiver) {
  PenaltyCase c = ClosedCase();
  c.notice_served_on.reset();
  c.proposed = {};
  c.hearing_right_notified = false;
  c.stage = CaseStage::kInvestigation;  // before the notice stage the case is fine
  c.legal_review.reset();
  c.decided_on.reset();
  c.decided = {};
  c.decision_number.clear();
  c.served_on.reset();
  c.executed_on.reset();
  c.closed_on.reset();
  c.published_on.reset();
  c.publication_url.clear();
  c.documents.resize(2);
  EXPECT_THAT(Check(c), IsOk());
  // Reaching the decision without a notice: refused by the rule…
  PenaltyCase d = ClosedCase();
  d.notice_served_on.reset();
  d.proposed = {};
  d.hearing_right_notified = false;
  d.rights_waived_on = Day("2025-03-25");  // the waiver came after the decision
  ExpectRefused(d, "PEN-08", "noticeServedOn", "第44条、第62条");
  d.rights_waived_on.reset();  // neither a notice nor a waiver: the rule, not a missing field
  ExpectRefused(d, "PEN-08", "noticeServedOn", "第44条、第62条");
  d.rights_waived_on = Day("2025-03-25");
  // …and allowed with a waiver recorded before it.
  d.rights_waived_on = Day("2025-03-12");
  EXPECT_THAT(Check(d), IsOk());
}

TEST_F(PenaltyRulesTest, Pen08NoDecisionBeforeTheHearingRequestPeriodEnds) {
  PenaltyCase c = ClosedCase();
  c.legal_review->submitted_on = Day("2025-03-11");
  c.legal_review->reviewed_on = Day("2025-03-12");
  c.decided_on = Day("2025-03-17");  // the 5th working day after the notice
  ExpectRefused(c, "PEN-08", "decidedOn", "第64条");
  c.decided_on = Day("2025-03-18");
  c.documents[3].recorded_on = Day("2025-03-18");
  EXPECT_THAT(Check(c), IsOk());
}

TEST_F(PenaltyRulesTest, Pen12HearingRequestWithinFiveWorkingDays) {
  PenaltyCase c = ClosedCase();
  CaseHearing h;
  h.requested_on = Day("2025-03-18");  // one working day late
  c.hearing = h;
  ExpectRefused(c, "PEN-12", "hearing.requestedOn", "第64条第1项");
  c.hearing->requested_on = Day("2025-03-17");
  // Requested in time: the decision must wait for the hearing.
  ExpectRefused(c, "PEN-12", "hearing.heldOn", "第63条");
}

TEST_F(PenaltyRulesTest, Pen12HearingNotifiedSevenWorkingDaysAheadAndNotChairedByAnInvestigator) {
  PenaltyCase c = ClosedCase();
  CaseHearing h;
  h.requested_on = Day("2025-03-12");
  h.notified_on = Day("2025-03-13");
  h.held_on = Day("2025-03-21");  // 6 working days after the notice
  h.host = "镇司法所所长";
  c.hearing = h;
  ExpectRefused(c, "PEN-12", "hearing.heldOn", "第64条第2项");
  c.hearing->held_on = Day("2025-03-24");  // the 7th working day
  c.decided_on = Day("2025-03-24");
  c.legal_review->submitted_on = Day("2025-03-24");
  c.legal_review->reviewed_on = Day("2025-03-24");
  EXPECT_THAT(Check(c), IsOk());
  c.hearing->host_investigated = true;
  ExpectRefused(c, "PEN-12", "hearing.host", "第64条第4项");
}

TEST_F(PenaltyRulesTest, Pen12ALargeFineNeedsTheHearingRightInTheNotice) {
  PenaltyCase c = ClosedCase();
  c.hearing_right_notified = false;
  ExpectRefused(c, "PEN-12", "hearingRightNotified", "第63条");
  EXPECT_TRUE(HearingRightRequired(c, c.decided, settings_));
  // Below the threshold for a person (10,000 元 by default) there is no hearing right.
  EXPECT_FALSE(HearingRightRequired(c, Fine(9999), settings_));
  // For an organisation the threshold is 100,000 元.
  c.parties[0].kind = PartyKind::kOrganisation;
  c.parties[0].id_number.clear();
  EXPECT_FALSE(HearingRightRequired(c, Fine(20000), settings_));
  PenaltyTerms closure;
  closure.kinds = {PenaltyKind::kSuspendBusiness};
  EXPECT_TRUE(HearingRightRequired(c, closure, settings_));
}

TEST_F(PenaltyRulesTest, Pen10NoDecisionWithoutAPassedLegalReviewWhenTheCatalogueRequiresOne) {
  PenaltyCase c = ClosedCase();
  c.legal_review.reset();
  ExpectRefused(c, "PEN-10", "legalReview.reviewedOn", "第58条");
  EXPECT_THAT(*LegalReviewRequiredBecause(c, Inputs()), HasSubstr("重大执法决定法制审核目录"));
  c.legal_review = ClosedCase().legal_review;
  c.legal_review->outcome = ReviewOutcome::kRevise;
  ExpectRefused(c, "PEN-10", "legalReview.outcome", "第58条");
  // A small fine needs no review under the default catalogue…
  PenaltyCase small = ClosedCase();
  small.legal_review.reset();
  small.proposed = Fine(500);
  small.decided = Fine(500);
  small.hearing_right_notified = false;
  small.executed_on.reset();
  small.stage = CaseStage::kService;
  small.closed_on.reset();
  small.documents.pop_back();
  EXPECT_THAT(Check(small), IsOk());
  // …but does under a local catalogue entry for its matter type, and with a trigger.
  ReviewCatalogueEntry local;
  local.matter_type = "市容环境卫生";
  local.kind = PenaltyKind::kFine;
  local.min_person_fen = 100 * 100;
  local.min_org_fen = 100 * 100;
  local.description = "市容罚款100元以上";
  catalogue_ = {local};
  ExpectRefused(small, "PEN-10", "legalReview.reviewedOn", "第58条");
  // An entry taken out of the catalogue no longer applies (none active: the default again).
  catalogue_[0].active = false;
  EXPECT_THAT(Check(small), IsOk());
  // A local catalogue replaces the default one: without a 罚款 entry a large fine needs no review.
  ReviewCatalogueEntry closure;
  closure.kind = PenaltyKind::kOrderClosure;
  closure.description = "责令关闭";
  catalogue_ = {closure};
  PenaltyCase large = small;
  large.proposed = Fine(20000);
  large.decided = Fine(20000);
  large.hearing_right_notified = true;
  EXPECT_THAT(Check(large), IsOk());
  catalogue_.clear();
  ExpectRefused(large, "PEN-10", "legalReview.reviewedOn", "第58条");
  small.major_public_interest = true;
  ExpectRefused(small, "PEN-10", "legalReview.reviewedOn", "第58条");
}

TEST_F(PenaltyRulesTest, Pen11ComplexCasesAreDecidedCollectively) {
  PenaltyCase c = ClosedCase();
  c.complex_case = true;
  ExpectRefused(c, "PEN-11", "collective.heldOn", "第57条第2款");
  c.collective = CollectiveDiscussion{Day("2025-03-21"), "镇长、分管副镇长、司法所所长", "同意罚款2万元"};
  EXPECT_THAT(Check(c), IsOk());
}

TEST_F(PenaltyRulesTest, Pen09TheDecisionIsNotHeavierThanTheNotice) {
  PenaltyCase c = ClosedCase();
  c.decided = Fine(25000);
  ExpectRefused(c, "PEN-09", "decided.kinds", "第45条第2款");
  c.decided = Fine(20000);
  c.decided.kinds.push_back(PenaltyKind::kSuspendBusiness);
  ExpectRefused(c, "PEN-09", "decided.kinds", "第45条第2款");
  // Lighter is allowed: a smaller fine, or a warning instead.
  c.decided = Fine(15000);
  EXPECT_THAT(Check(c), IsOk());
  EXPECT_FALSE(HeavierThan(PenaltyTerms{{PenaltyKind::kWarning}, 0, 0, "警告"}, Fine(1000)));
}

TEST_F(PenaltyRulesTest, Pen15SummaryProcedureLimits) {
  PenaltyCase c;
  c.number = "树综执简〔2025〕1号";
  c.cause = "占道经营";
  c.matter_type = "市容环境卫生";
  c.procedure = PenaltyProcedure::kSummary;
  c.lead_received_on = Day("2025-05-06");
  c.filed_on = Day("2025-05-06");
  c.act_on = Day("2025-05-06");
  CaseParty p;
  p.name = "刘某";
  c.parties.push_back(p);
  c.officers = {{1, "陈立新", "渝执2021000123"}, {2, "李明", "渝执2021000124"}};
  c.notice_served_on = Day("2025-05-06");
  c.proposed = Fine(200);
  c.decided = Fine(200);
  c.decided_on = Day("2025-05-06");
  c.decision_number = "No.0001234";
  c.stage = CaseStage::kDecision;
  EXPECT_THAT(Check(c), IsOk());
  c.proposed = Fine(500);
  c.decided = Fine(500);
  ExpectRefused(c, "PEN-15", "decided.fineFen", "第51条");
  c.parties[0].kind = PartyKind::kOrganisation;  // up to 3,000 元 for an organisation
  EXPECT_THAT(Check(c), IsOk());
  c.decided.kinds.push_back(PenaltyKind::kConfiscateGains);
  c.proposed.kinds.push_back(PenaltyKind::kConfiscateGains);
  ExpectRefused(c, "PEN-15", "procedure", "第51条");
  // A summary case has no investigation or review stage.
  c.stage = CaseStage::kLegalReview;
  c.decided_on.reset();
  EXPECT_THAT(Check(c), HasErrorField("stage"));
}

TEST_F(PenaltyRulesTest, Pen20NoPenaltyAfterTheLimitationPeriod) {
  PenaltyCase c = ClosedCase();
  c.act_on = Day("2023-02-28");  // discovered 2025-03-01: two years and a day
  ExpectRefused(c, "PEN-20", "outcome", "第36条");
  c.grave_harm = true;  // five years where life, health or financial safety was harmed
  EXPECT_THAT(Check(c), IsOk());
  c.grave_harm = false;
  c.outcome = DecisionOutcome::kNoPenaltyMinor;  // a decision not to punish stays possible
  c.decided = {};
  c.executed_on.reset();
  c.published_on.reset();
  c.publication_url.clear();
  c.documents.pop_back();
  EXPECT_THAT(Check(c), IsOk());
}

TEST_F(PenaltyRulesTest, Pen14ElectronicServiceNeedsConsent) {
  PenaltyCase c = ClosedCase();
  c.service_method = ServiceMethod::kElectronic;
  ExpectRefused(c, "PEN-14", "electronicConsent", "第61条第2款");
  c.electronic_consent = true;
  EXPECT_THAT(Check(c), IsOk());
}

TEST_F(PenaltyRulesTest, StageDataMustMatchTheStage) {
  PenaltyCase c = ClosedCase();
  c.stage = CaseStage::kNotice;
  EXPECT_THAT(Check(c), HasErrorField("decidedOn"));  // a decision before the decision stage
  c = ClosedCase();
  c.decision_number.clear();
  EXPECT_THAT(Check(c), HasErrorField("decisionNumber"));
  c = ClosedCase();
  c.investigated_on.reset();
  EXPECT_THAT(Check(c), HasErrorField("investigatedOn"));
  c = ClosedCase();
  c.served_on = Day("2025-03-20");  // before the decision
  EXPECT_THAT(Check(c), HasErrorField("servedOn"));
  c = ClosedCase();
  c.decided.fine_fen = 0;
  EXPECT_THAT(Check(c), HasErrorField("decided.fineFen"));
  c = ClosedCase();
  c.parties[0].id_number = ValidId("50023019800101001");
  c.parties[0].id_number.back() = c.parties[0].id_number.back() == '1' ? '2' : '1';  // wrong check
  EXPECT_THAT(Check(c), HasErrorField("parties[0].idNumber"));
  c = ClosedCase();
  c.documents.push_back(Doc(CaseStage::kClosed, "卷宗", "2025-04-02"));
  c.stage = CaseStage::kExecution;
  c.closed_on.reset();
  EXPECT_THAT(Check(c), HasErrorField("documents[6].stage"));
  c = ClosedCase();
  c.extensions.push_back(Extension{30, PeriodUnit::kCalendarDays, "", Day("2025-05-01"), "案情复杂"});
  EXPECT_THAT(Check(c), HasErrorField("extensions[0].approver"));
}

TEST_F(PenaltyRulesTest, StageMovesGoForwardAndBackOnlyAfterAFailedReview) {
  PenaltyCase c = ClosedCase();
  EXPECT_THAT(CheckStageMove(CaseStage::kService, c), IsOk());
  c.stage = CaseStage::kNotice;
  core::Status st = CheckStageMove(CaseStage::kDecision, c);
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().code, core::ErrorCode::kFailedPrecondition);
  EXPECT_EQ(st.error().field, "stage");
  EXPECT_THAT(CheckStageMove(CaseStage::kLegalReview, c), HasErrorField("stage"));
  c.legal_review->outcome = ReviewOutcome::kRevise;
  EXPECT_THAT(CheckStageMove(CaseStage::kLegalReview, c), IsOk());
  // Sent back to 告知 it keeps the review's record, but not records of stages to come.
  PenaltyCase back = ClosedCase();
  back.stage = CaseStage::kNotice;
  back.legal_review->outcome = ReviewOutcome::kRevise;
  back.decided_on.reset();
  back.decided = {};
  back.decision_number.clear();
  back.served_on.reset();
  back.executed_on.reset();
  back.closed_on.reset();
  back.published_on.reset();
  back.publication_url.clear();
  back.documents = {Doc(CaseStage::kFiled, "立案审批表", "2025-03-03"),
                    Doc(CaseStage::kLegalReview, "法制审核意见书（退回补充调查）", "2025-03-20")};
  EXPECT_THAT(ValidatePenaltyCase(back, kToday), IsOk());
  back.documents.push_back(Doc(CaseStage::kDecision, "行政处罚决定书", "2025-03-24"));
  EXPECT_THAT(ValidatePenaltyCase(back, kToday), HasErrorField("documents[2].stage"));
}

TEST_F(PenaltyRulesTest, DeadlinesFollowTheLawAndTheCalendar) {
  PenaltyCase c = ClosedCase();
  auto d = ComputePenaltyDeadlines(c, calendar_);
  ASSERT_TRUE(d.has_value());
  ASSERT_TRUE(d->decision.has_value());
  EXPECT_EQ(d->decision->due, Day("2025-06-03"));  // 2025-03-03 + 90 days = 06-01 (Sunday) → Monday
  EXPECT_EQ(d->hearing_request->due, Day("2025-03-17"));
  EXPECT_EQ(d->service->due, Day("2025-04-02"));  // 7 working days after 03-24
  EXPECT_EQ(d->publication->due, Day("2025-04-02"));
  EXPECT_EQ(*d->payment_due, Day("2025-04-09"));
  EXPECT_EQ(*d->limitation_ends, Day("2027-02-27"));
  // An approved 30-day extension and 10 excluded days (a hearing) push the decision due date.
  c.extensions.push_back(Extension{30, PeriodUnit::kCalendarDays, "镇长", Day("2025-05-20"), "案情复杂"});
  c.excluded.push_back(ExcludedInterval{Day("2025-04-01"), Day("2025-04-10"), "听证"});
  d = ComputePenaltyDeadlines(c, calendar_);
  ASSERT_TRUE(d.has_value());
  // 06-01 + 10 excluded days = 06-11 (Wed), + 30 days = 07-11 (Fri).
  EXPECT_EQ(d->decision->due, Day("2025-07-11"));
  // Other enforcement decisions are published within 20 working days; a public notice counts
  // as served 30 days after it was issued.
  c.category = ActionCategory::kInspection;
  c.service_method = ServiceMethod::kPublicNotice;
  d = ComputePenaltyDeadlines(c, calendar_);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->publication->due, Day("2025-04-22"));
  EXPECT_EQ(*d->payment_due, Day("2025-05-09"));
}

TEST_F(PenaltyRulesTest, WarningsForMissingRecordsAndPassedDeadlines) {
  PenaltyCase c = ClosedCase();
  c.officers[1].certificate_number.clear();
  c.documents.erase(c.documents.begin() + 1);  // no investigation record
  c.legal_review->reviewer_first_time = true;
  c.legal_review->reviewer_qualified = false;
  std::vector<std::string> rules;
  for (const RuleFinding& f : PenaltyCaseWarnings(c, Inputs())) rules.push_back(f.rule);
  EXPECT_THAT(rules, ::testing::UnorderedElementsAre("PEN-03", "PEN-10", "LEP-06"));

  // Open and undecided past 90 days; decided and neither served nor published in time.
  PenaltyCase open = ClosedCase();
  open.stage = CaseStage::kInvestigation;
  open.notice_served_on.reset();
  open.proposed = {};
  open.hearing_right_notified = false;
  open.legal_review.reset();
  open.decided_on.reset();
  open.decided = {};
  open.served_on.reset();
  open.executed_on.reset();
  open.closed_on.reset();
  open.published_on.reset();
  auto w = PenaltyCaseWarnings(open, Inputs());
  ASSERT_FALSE(w.empty());
  EXPECT_EQ(w[0].rule, "PEN-06");
  EXPECT_EQ(w[0].severity, Severity::kWarning);

  PenaltyCase unserved = ClosedCase();
  unserved.stage = CaseStage::kDecision;
  unserved.served_on.reset();
  unserved.executed_on.reset();
  unserved.closed_on.reset();
  unserved.published_on.reset();
  unserved.publication_url.clear();
  rules.clear();
  for (const RuleFinding& f : PenaltyCaseWarnings(unserved, Inputs())) rules.push_back(f.rule);
  EXPECT_THAT(rules, ::testing::UnorderedElementsAre("PEN-14", "LEP-03"));
}

TEST_F(PenaltyRulesTest, AMinorsAgeOnTheActDateIsWarned) {
  PenaltyCase c = ClosedCase();
  c.parties[0].id_number = ValidId("50023020100615001");  // 14 on the act date
  std::vector<std::string> rules;
  for (const RuleFinding& f : PenaltyCaseWarnings(c, Inputs())) rules.push_back(f.rule);
  EXPECT_THAT(rules, ::testing::Contains("VAL-03"));
}

TEST(PenaltyCodes, RoundTripAndLabels) {
  for (int i = 0; i < kCaseStageCount; ++i) {
    auto s = static_cast<CaseStage>(i);
    EXPECT_EQ(*ParseCaseStage(CaseStageCode(s)), s);
    EXPECT_EQ(*ParseCaseStage(CaseStageLabelZh(s)), s);
  }
  EXPECT_EQ(*ParsePenaltyKind("罚款"), PenaltyKind::kFine);
  EXPECT_EQ(ParsePenaltyKind("fine-ish").error().field, "kind");
  EXPECT_EQ(ActionCategoryLabelZh(ActionCategory::kInspection), "行政检查");
  EXPECT_LT(PenaltyKindWeight(PenaltyKind::kWarning), PenaltyKindWeight(PenaltyKind::kFine));
  EXPECT_LT(PenaltyKindWeight(PenaltyKind::kFine), PenaltyKindWeight(PenaltyKind::kDetention));
}

}  // namespace
}  // namespace fazhi::domain
