// Tests of domain/mediation/mediation_rules.h.
#include "domain/mediation/mediation_rules.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "domain/calendar/test_tables.h"
#include "domain/validation/idcard.h"
#include "support/matchers.h"

namespace fazhi::domain {
namespace {

using ::fazhi::testing::HasError;
using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;
using test_tables::Cal05Calendar;
using test_tables::Day;

const Date kToday = Day("2025-06-30");

CommitteeMember Member(std::string name, Gender g, CommitteeRole role,
                       std::string ethnicity = "汉族") {
  CommitteeMember m;
  m.name = std::move(name);
  m.gender = g;
  m.role = role;
  m.ethnicity = std::move(ethnicity);
  return m;
}

MediationCommittee GoodCommittee() {
  MediationCommittee c;
  c.id = 7;
  c.name = "许明寺镇人民调解委员会";
  c.level = CommitteeLevel::kTownship;
  c.established_on = Day("2011-03-01");
  c.term_start = Day("2024-01-01");
  c.term_end = Day("2026-12-31");
  c.members = {Member("甲", Gender::kMale, CommitteeRole::kChair),
               Member("乙", Gender::kFemale, CommitteeRole::kViceChair),
               Member("丙", Gender::kMale, CommitteeRole::kMember)};
  return c;
}

bool HasFinding(const std::vector<RuleFinding>& f, std::string_view rule, Severity s,
                std::string_view field = {}) {
  return std::any_of(f.begin(), f.end(), [&](const RuleFinding& x) {
    return x.rule == rule && x.severity == s && (field.empty() || x.field == field);
  });
}

MediationParty Person(std::string name, std::string id = {}, std::string phone = {}) {
  MediationParty p;
  p.kind = PartyKind::kPerson;
  p.name = std::move(name);
  p.id_number = std::move(id);
  p.phone = std::move(phone);
  return p;
}

MediationCase OpenCase() {
  MediationCase c;
  c.id = 1;
  c.case_no = "许调〔2025〕1号";
  c.category = "neighbor";
  c.accepted_on = Day("2025-05-06");
  c.summary = "相邻通行纠纷";
  c.mediator_id = 3;
  c.parties = {Person("张三", "11010519491231002X", "13812345678"),
               Person("李四", "360426199101010071")};
  return c;
}

MediationCase SuccessCase() {
  MediationCase c = OpenCase();
  c.outcome = MediationOutcome::kSuccess;
  c.concluded_on = Day("2025-05-20");
  MediationAgreement a;
  a.form = AgreementForm::kWritten;
  a.effective_on = Day("2025-05-20");
  a.terms = "李四于2025年6月30日前修复通道";
  a.amount_fen = 200000;
  c.agreement = a;
  return c;
}

// ---- committees ----

TEST(CommitteeRoster, GoodRosterHasNoFindings) {
  EXPECT_THAT(ValidateCommittee(GoodCommittee(), kToday), IsOk());
  EXPECT_TRUE(CheckCommitteeRoster(GoodCommittee(), kToday).empty());
}

TEST(CommitteeRoster, FlagsTooFewAndTooManyMembers) {
  MediationCommittee c = GoodCommittee();
  c.members.pop_back();
  EXPECT_TRUE(HasFinding(CheckCommitteeRoster(c, kToday), "MED-01", Severity::kError, "members"));
  c = GoodCommittee();
  for (int i = 0; i < 7; ++i)
    c.members.push_back(Member("丁", Gender::kMale, CommitteeRole::kMember));
  EXPECT_EQ(c.members.size(), 10u);
  auto findings = CheckCommitteeRoster(c, kToday);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message, "调委会现有委员10人，应为3至9人");
  c.members.pop_back();  // 9 members: fine
  EXPECT_TRUE(CheckCommitteeRoster(c, kToday).empty());
}

TEST(CommitteeRoster, NeedsExactlyOneChair) {
  MediationCommittee c = GoodCommittee();
  c.members[0].role = CommitteeRole::kMember;
  EXPECT_TRUE(HasFinding(CheckCommitteeRoster(c, kToday), "MED-01", Severity::kError));
  c.members[0].role = CommitteeRole::kChair;
  c.members[2].role = CommitteeRole::kChair;
  auto f = CheckCommitteeRoster(c, kToday);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("2名主任"), std::string::npos);
}

TEST(CommitteeRoster, NeedsAWomanAndWarnsWhenGenderUnknown) {
  MediationCommittee c = GoodCommittee();
  c.members[1].gender = Gender::kMale;
  EXPECT_TRUE(HasFinding(CheckCommitteeRoster(c, kToday), "MED-01", Severity::kError));
  c.members[1].gender = Gender::kUnknown;
  auto f = CheckCommitteeRoster(c, kToday);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, Severity::kWarning);
}

TEST(CommitteeRoster, MultiEthnicAreaNeedsMinorityMember) {
  MediationCommittee c = GoodCommittee();
  c.multi_ethnic_area = true;
  EXPECT_TRUE(HasFinding(CheckCommitteeRoster(c, kToday), "MED-01", Severity::kError));
  c.members[2].ethnicity = "瑶族";
  EXPECT_TRUE(CheckCommitteeRoster(c, kToday).empty());
}

TEST(CommitteeRoster, TermLongerThanThreeYearsAndExpiredTerm) {
  MediationCommittee c = GoodCommittee();
  c.term_end = Day("2027-01-02");
  EXPECT_TRUE(HasFinding(CheckCommitteeRoster(c, kToday), "MED-01", Severity::kError, "termEnd"));
  c.term_end = Day("2027-01-01");  // exactly three years: fine
  EXPECT_TRUE(CheckCommitteeRoster(c, kToday).empty());
  c = GoodCommittee();
  EXPECT_TRUE(CheckCommitteeRoster(c, Day("2026-12-31")).empty());
  auto f = CheckCommitteeRoster(c, Day("2027-01-01"));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].field, "termEnd");
  EXPECT_TRUE(CheckCommitteeComposition(c, Day("2027-01-01")).empty());
}

TEST(CommitteeRoster, CountsOnlyMembersServingOnTheDate) {
  MediationCommittee c = GoodCommittee();
  c.members[2].term_end = Day("2025-03-31");  // left the committee
  auto f = CheckCommitteeRoster(c, kToday);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message, "调委会现有委员2人，应为3至9人");
  EXPECT_TRUE(CheckCommitteeRoster(c, Day("2025-03-31")).empty());
}

TEST(CommitteeValidation, NamesTheBadField) {
  MediationCommittee c = GoodCommittee();
  c.level = CommitteeLevel::kVillage;
  EXPECT_THAT(ValidateCommittee(c, kToday), HasErrorField("villageId"));
  c = GoodCommittee();
  c.term_end = c.term_start;
  EXPECT_THAT(ValidateCommittee(c, kToday), HasErrorField("termEnd"));
  c = GoodCommittee();
  c.members[1].name = "  ";
  EXPECT_THAT(ValidateCommittee(c, kToday), HasErrorField("members[1].name"));
  c = GoodCommittee();
  c.established_on = Day("2025-07-01");
  EXPECT_THAT(ValidateCommittee(c, kToday), HasErrorField("establishedOn"));
}

// ---- mediators ----

TEST(MediatorValidation, AcceptsAValidMediatorAndRejectsAMinor) {
  Mediator m;
  m.name = "王五";
  m.id_number = "360426199101010071";
  m.phone = "138 1234 5678";
  m.appointed_on = Day("2020-01-01");
  EXPECT_THAT(ValidateMediator(m, kToday), IsOk());
  // Build a valid number of someone born 2010-01-01 from the check-character function.
  std::string first17 = "11010520100101001";
  m.id_number = first17 + IdCardCheckChar(first17);
  EXPECT_THAT(ValidateMediator(m, kToday), HasErrorField("idNumber"));
  m.id_number = "360426199101010072";  // bad check character
  EXPECT_THAT(ValidateMediator(m, kToday), HasErrorField("idNumber"));
  m.id_number.clear();
  m.dismissed_on = Day("2019-12-31");
  EXPECT_THAT(ValidateMediator(m, kToday), HasErrorField("dismissedOn"));
  m.dismissed_on.reset();
  m.phone = "12345";
  EXPECT_THAT(ValidateMediator(m, kToday), HasErrorField("phone"));
}

// ---- screened disputes ----

ScreenedDispute Dispute() {
  ScreenedDispute d;
  d.found_on = Day("2025-03-01");
  d.category = "邻里";
  d.summary = "排水纠纷";
  return d;
}

TEST(ScreenedDisputeValidation, StatusRouteAndDatesMustAgree) {
  ScreenedDispute d = Dispute();
  EXPECT_THAT(ValidateScreenedDispute(d, kToday), IsOk());
  d.route = ResolutionRoute::kSelf;
  EXPECT_THAT(ValidateScreenedDispute(d, kToday), HasErrorField("route"));
  d.status = ScreenedDisputeStatus::kResolved;
  EXPECT_THAT(ValidateScreenedDispute(d, kToday), HasErrorField("resolvedOn"));
  d.resolved_on = Day("2025-02-28");
  EXPECT_THAT(ValidateScreenedDispute(d, kToday), HasErrorField("resolvedOn"));
  d.resolved_on = Day("2025-03-05");
  EXPECT_THAT(ValidateScreenedDispute(d, kToday), IsOk());
  d.mediation_case_id = 9;
  EXPECT_THAT(ValidateScreenedDispute(d, kToday), HasErrorField("mediationCaseId"));
  d.route = ResolutionRoute::kMediation;
  EXPECT_THAT(ValidateScreenedDispute(d, kToday), IsOk());

  d = Dispute();
  d.status = ScreenedDisputeStatus::kTransferred;
  EXPECT_THAT(ValidateScreenedDispute(d, kToday), HasErrorField("transferredTo"));
  d.transferred_to = "县信访办";
  d.resolved_on = Day("2025-03-02");
  EXPECT_THAT(ValidateScreenedDispute(d, kToday), IsOk());
  d.category = "外星人";
  EXPECT_THAT(ValidateScreenedDispute(d, kToday), HasErrorField("category"));
}

// ---- cases ----

TEST(MediationCaseValidation, AcceptsOpenAndSuccessfulCases) {
  EXPECT_THAT(ValidateMediationCase(OpenCase(), kToday), IsOk());
  EXPECT_THAT(ValidateMediationCase(SuccessCase(), kToday), IsOk());
}

TEST(MediationCaseValidation, ConcludedBeforeAcceptedIsRejectedInBothLanguages) {
  MediationCase c = SuccessCase();
  c.concluded_on = Day("2025-05-01");
  auto st = ValidateMediationCase(c, kToday);
  ASSERT_THAT(st, HasErrorField("concludedOn"));
  EXPECT_EQ(st.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(st.error().message, "结案日期（2025-05-01）不能早于受理日期（2025-05-06）");
  EXPECT_NE(st.error().message_en.find("concludedOn"), std::string::npos);
}

TEST(MediationCaseValidation, OutcomeAndAgreementMustAgree) {
  MediationCase c = SuccessCase();
  c.agreement.reset();
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("agreement"));

  c = SuccessCase();
  c.outcome = MediationOutcome::kFailed;
  c.termination_reason = "一方拒绝调解，已告知可诉讼";
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("agreement"));
  c.agreement.reset();
  EXPECT_THAT(ValidateMediationCase(c, kToday), IsOk());
  c.termination_reason.clear();
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("terminationReason"));
  c.outcome = MediationOutcome::kTerminated;
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("terminationReason"));

  c = OpenCase();
  c.concluded_on = Day("2025-05-20");
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("concludedOn"));

  c = SuccessCase();
  c.agreement->terms = "";
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("agreement.terms"));
  c.agreement->form = AgreementForm::kOral;
  auto st = ValidateMediationCase(c, kToday);
  ASSERT_THAT(st, HasErrorField("agreement.terms"));
  EXPECT_NE(st.error().message.find("调解员记录"), std::string::npos);
}

TEST(MediationCaseValidation, ReferralNeedsReferrerAndPartiesAreChecked) {
  MediationCase c = OpenCase();
  c.start_mode = MediationStartMode::kReferral;
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("referredBy"));
  c.referred_by = "丰都县人民法院";
  EXPECT_THAT(ValidateMediationCase(c, kToday), IsOk());

  c.parties.pop_back();
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("parties"));

  c = OpenCase();
  c.parties[1].id_number = "360426199101010072";
  auto st = ValidateMediationCase(c, kToday);
  ASSERT_THAT(st, HasErrorField("parties[1].idNumber"));
  EXPECT_EQ(st.error().message.rfind("第2个当事人：", 0), 0u);

  c = OpenCase();
  c.parties[0].phone = "0000";
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("parties[0].phone"));

  c = OpenCase();
  MediationParty org;
  org.kind = PartyKind::kOrganisation;
  org.name = "某建筑公司";
  org.uscc = "91350100M000100Y43";
  c.parties.push_back(org);
  EXPECT_THAT(ValidateMediationCase(c, kToday), IsOk());
  c.parties[2].uscc = "91350100M000100Y44";
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("parties[2].uscc"));
  c.parties[2].uscc.clear();
  c.parties[2].id_number = "360426199101010071";
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("parties[2].idNumber"));
}

TEST(MediationCaseValidation, DatesNotInTheFutureAndAmountsNotNegative) {
  MediationCase c = OpenCase();
  c.accepted_on = Day("2025-07-01");
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("acceptedOn"));
  c = OpenCase();
  c.amount_fen = -1;
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("amountFen"));
  c = SuccessCase();
  c.agreement->amount_fen = -5;
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("agreement.amountFen"));
  c = SuccessCase();
  c.agreement->performance = PerformanceStatus::kPerformed;
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("agreement.performedOn"));
  c.agreement->performed_on = Day("2025-07-02");
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("agreement.performedOn"));
  c.agreement->performed_on = Day("2025-06-01");
  EXPECT_THAT(ValidateMediationCase(c, kToday), IsOk());
}

TEST(MediationCaseValidation, JudicialConfirmationFields) {
  MediationCase c = SuccessCase();
  c.agreement->confirmation_applied_on = Day("2025-06-01");
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("agreement.confirmationCourt"));
  c.agreement->confirmation_court = "丰都县人民法院";
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("agreement.confirmationResult"));
  c.agreement->confirmation_result = ConfirmationResult::kConfirmed;
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("agreement.confirmationDecidedOn"));
  c.agreement->confirmation_decided_on = Day("2025-06-10");
  EXPECT_THAT(ValidateMediationCase(c, kToday), IsOk());
  c.agreement->form = AgreementForm::kOral;
  EXPECT_THAT(ValidateMediationCase(c, kToday), HasErrorField("agreement.confirmationAppliedOn"));
}

TEST(MediationOutcomeTransition, OpenMovesFreelyConcludedIsFinal) {
  EXPECT_THAT(CheckOutcomeTransition(MediationOutcome::kOpen, MediationOutcome::kSuccess), IsOk());
  EXPECT_THAT(CheckOutcomeTransition(MediationOutcome::kOpen, MediationOutcome::kTerminated),
              IsOk());
  EXPECT_THAT(CheckOutcomeTransition(MediationOutcome::kFailed, MediationOutcome::kFailed), IsOk());
  EXPECT_THAT(CheckOutcomeTransition(MediationOutcome::kSuccess, MediationOutcome::kFailed),
              HasError(core::ErrorCode::kFailedPrecondition));
  EXPECT_THAT(CheckOutcomeTransition(MediationOutcome::kSuccess, MediationOutcome::kOpen),
              HasError(core::ErrorCode::kFailedPrecondition));
  EXPECT_THAT(CheckOutcomeTransition(MediationOutcome::kSuccess, MediationOutcome::kOpen, true),
              IsOk());
  EXPECT_THAT(CheckOutcomeTransition(MediationOutcome::kSuccess, MediationOutcome::kFailed, true),
              HasError(core::ErrorCode::kFailedPrecondition));
}

// ---- deadlines and warnings ----

TEST(MediationDeadline, TypicalLimitIsThirtyCalendarDaysAndConfigurable) {
  const WorkingCalendar cal = Cal05Calendar();
  LedgerSettings s;
  MediationCase c = OpenCase();
  c.accepted_on = Day("2025-09-01");
  auto d = MediationTypicalDeadline(c, cal, s);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->rule_code, "MED-10");
  EXPECT_EQ(d->raw_due, Day("2025-10-01"));  // a holiday: rolls past 国庆
  EXPECT_EQ(d->due, Day("2025-10-09"));
  EXPECT_EQ(d->basis.article, "第33条");
  s.mediation_typical_limit_days = 45;
  EXPECT_EQ(MediationTypicalDeadline(c, cal, s)->due, Day("2025-10-16"));
}

TEST(MediationDeadline, JudicialConfirmationWindowFromEffectiveDate) {
  const WorkingCalendar cal = Cal05Calendar();
  MediationCase c = SuccessCase();  // effective 2025-05-20
  auto d = JudicialConfirmationDeadline(c, cal);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->due, Day("2025-06-19"));
  EXPECT_EQ(d->basis.law, "中华人民共和国人民调解法");
  c.agreement->form = AgreementForm::kOral;
  EXPECT_THAT(JudicialConfirmationDeadline(c, cal), HasError(core::ErrorCode::kFailedPrecondition));
  EXPECT_THAT(JudicialConfirmationDeadline(OpenCase(), cal),
              HasError(core::ErrorCode::kFailedPrecondition));
}

TEST(MediationWarnings, PastOneMonthWithoutConsent) {
  const WorkingCalendar cal = Cal05Calendar();
  const LedgerSettings s;
  MediationCase c = OpenCase();  // accepted 2025-05-06 → due 2025-06-05
  EXPECT_FALSE(
      HasFinding(MediationWarnings(c, Day("2025-06-05"), cal, s), "MED-10", Severity::kWarning));
  EXPECT_TRUE(
      HasFinding(MediationWarnings(c, Day("2025-06-06"), cal, s), "MED-10", Severity::kWarning));
  c.parties_agreed_to_continue = true;
  auto f = MediationWarnings(c, Day("2025-06-06"), cal, s);
  EXPECT_FALSE(HasFinding(f, "MED-10", Severity::kWarning));
  EXPECT_TRUE(HasFinding(f, "MED-10", Severity::kInfo));
}

TEST(MediationWarnings, LateConfirmationLargeOralAgreementAndNoFollowup) {
  const WorkingCalendar cal = Cal05Calendar();
  const LedgerSettings s;
  MediationCase c = SuccessCase();
  c.agreement->confirmation_applied_on = Day("2025-06-20");  // window ended 06-19
  c.agreement->confirmation_court = "丰都县人民法院";
  c.agreement->confirmation_result = ConfirmationResult::kPending;
  EXPECT_TRUE(HasFinding(MediationWarnings(c, kToday, cal, s), "MED-09", Severity::kWarning));
  c.agreement->confirmation_applied_on = Day("2025-06-19");
  EXPECT_FALSE(HasFinding(MediationWarnings(c, kToday, cal, s), "MED-09", Severity::kWarning));

  c = SuccessCase();
  c.agreement->form = AgreementForm::kOral;
  c.agreement->amount_fen = 1'000'000;
  EXPECT_TRUE(HasFinding(MediationWarnings(c, kToday, cal, s), "MED-07", Severity::kWarning));
  c.agreement->amount_fen = 999'999;
  EXPECT_FALSE(HasFinding(MediationWarnings(c, kToday, cal, s), "MED-07", Severity::kWarning));

  c = SuccessCase();
  c.agreement->performance_due = Day("2025-06-10");
  EXPECT_TRUE(HasFinding(MediationWarnings(c, kToday, cal, s), "MED-08", Severity::kWarning));
  c.agreement->last_followup_on = Day("2025-06-12");
  EXPECT_FALSE(HasFinding(MediationWarnings(c, kToday, cal, s), "MED-08", Severity::kWarning));
}

}  // namespace
}  // namespace fazhi::domain
