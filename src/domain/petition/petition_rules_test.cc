// Tests of domain/petition/petition_rules.h.
#include "domain/petition/petition_rules.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "domain/calendar/test_tables.h"
#include "support/matchers.h"

namespace fazhi::domain {
namespace {

using ::fazhi::testing::HasError;
using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;
using test_tables::Cal05Calendar;
using test_tables::Day;
using ::testing::ElementsAre;

const Date kToday = Day("2025-12-31");

Petition Received() {
  Petition p;
  p.id = 1;
  p.reg_no = "许信〔2025〕1号";
  p.channel = PetitionChannel::kVisit;
  p.received_on = Day("2025-08-01");
  p.petitioner_name = "赵六";
  p.address = "许明寺镇某村3组";
  p.id_number = "360426199101010071";
  p.phone = "13812345678";
  p.request = "请求解决宅基地界址争议";
  p.facts = "邻居建房占用界址";
  p.reasons = "有1998年确权证为据";
  return p;
}

Petition Closed() {
  Petition p = Received();
  p.acknowledged_on = Day("2025-08-03");
  p.accepted_on = Day("2025-08-03");
  p.closed_on = Day("2025-09-20");
  p.outcome = PetitionOutcome::kSupport;
  p.reply_served_on = Day("2025-09-22");
  return p;
}

bool HasFinding(const std::vector<RuleFinding>& f, std::string_view rule, Severity s,
                std::string_view field = {}) {
  return std::any_of(f.begin(), f.end(), [&](const RuleFinding& x) {
    return x.rule == rule && x.severity == s && (field.empty() || x.field == field);
  });
}

// ---- validation ----

TEST(PetitionValidation, AcceptsReceivedAndClosedPetitions) {
  EXPECT_THAT(ValidatePetition(Received(), kToday), IsOk());
  EXPECT_THAT(ValidatePetition(Closed(), kToday), IsOk());
}

TEST(PetitionValidation, RequiredContentDependsOnChannel) {
  Petition p = Received();
  p.request = " ";
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("request"));
  p = Received();
  p.facts.clear();
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("facts"));

  // A visitor gives name and address, unless reporting wrongdoing anonymously.
  p = Received();
  p.petitioner_name.clear();
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("petitionerName"));
  p.category = PetitionCategory::kAccusation;
  EXPECT_THAT(ValidatePetition(p, kToday), IsOk());

  // A phone call may lack the address and the reasons.
  p = Received();
  p.channel = PetitionChannel::kPhone;
  p.address.clear();
  p.reasons.clear();
  EXPECT_THAT(ValidatePetition(p, kToday), IsOk());
  // A letter must state its reasons.
  p.channel = PetitionChannel::kLetter;
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("reasons"));

  p = Received();
  p.id_number = "360426199101010072";
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("idNumber"));
  p = Received();
  p.source = PetitionSource::kAssigned;
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("assignedBy"));
}

TEST(PetitionValidation, GroupVisitsOfMoreThanFiveNeedOneToFiveRepresentatives) {
  Petition p = Received();
  p.group_size = 5;
  EXPECT_THAT(ValidatePetition(p, kToday), IsOk());
  p.group_size = 6;
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("representatives"));
  p.representatives = 5;
  EXPECT_THAT(ValidatePetition(p, kToday), IsOk());
  p.representatives = 6;
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("representatives"));
  p.group_size = 2;
  p.representatives = 3;
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("representatives"));
  p = Received();
  p.channel = PetitionChannel::kLetter;  // a joint letter elects no representatives
  p.group_size = 12;
  EXPECT_THAT(ValidatePetition(p, kToday), IsOk());
}

TEST(PetitionValidation, DatesFollowTheProcedure) {
  Petition p = Closed();
  p.accepted_on = Day("2025-07-31");
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("acceptedOn"));
  p = Closed();
  p.acknowledged_on = Day("2025-07-30");
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("acknowledgedOn"));
  p = Closed();
  p.closed_on = Day("2025-08-02");
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("closedOn"));
  p = Closed();
  p.closed_on = Day("2026-01-01");
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("closedOn"));
  p = Closed();
  p.accepted_on.reset();
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("acceptedOn"));
}

TEST(PetitionValidation, ClosureOutcomeSatisfactionAndReviewOrder) {
  Petition p = Closed();
  p.outcome = PetitionOutcome::kNone;
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("outcome"));
  p = Received();
  p.accepted_on = Day("2025-08-02");
  p.outcome = PetitionOutcome::kExplain;
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("closedOn"));
  p.outcome = PetitionOutcome::kNone;
  p.satisfaction = Satisfaction::kSatisfied;
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("satisfaction"));

  p = Received();
  p.review = PetitionReview{Day("2025-09-01"), "丰都县人民政府", std::nullopt, "", {}};
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("review"));

  p = Closed();
  p.satisfaction = Satisfaction::kUnsatisfied;
  p.rated_on = Day("2025-09-25");
  p.review = PetitionReview{Day("2025-10-10"), "丰都县人民政府", std::nullopt, "", {}};
  EXPECT_THAT(ValidatePetition(p, kToday), IsOk());
  p.re_review = PetitionReview{Day("2025-11-20"), "重庆市人民政府", std::nullopt, "", {}};
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("reReview"));
  p.review->replied_on = Day("2025-11-05");
  EXPECT_THAT(ValidatePetition(p, kToday), IsOk());
  p.re_review->replied_on = Day("2025-12-15");
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("concludedFinal"));
  NormalizePetition(p);
  EXPECT_TRUE(p.concluded_final);
  EXPECT_THAT(ValidatePetition(p, kToday), IsOk());
  p.re_review->replied_on.reset();
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("concludedFinal"));
}

TEST(PetitionValidation, ExtensionNeedsApproverDateReasonAndAtMostThirtyDays) {
  Petition p = Closed();
  p.extension = PetitionExtension{31, "镇长", Day("2025-09-01"), "需现场勘测", true};
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("extension.days"));
  p.extension->days = 30;
  EXPECT_THAT(ValidatePetition(p, kToday), IsOk());
  p.extension->approver.clear();
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("extension.approver"));
  p.extension->approver = "镇长";
  p.extension->approved_on = Day("2025-08-02");
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("extension.approvedOn"));
  p.extension->approved_on = Day("2025-09-01");
  p.extension->reason.clear();
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("extension.reason"));
}

TEST(PetitionValidation, DivertedMatterHasNoHandlingOutcome) {
  Petition p = Received();
  p.accepted_on = Day("2025-08-02");
  p.diversion = DiversionChannel::kLitigation;
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("divertedOn"));
  p.diverted_on = Day("2025-08-05");
  EXPECT_THAT(ValidatePetition(p, kToday), IsOk());
  p.closed_on = Day("2025-08-20");
  p.outcome = PetitionOutcome::kReject;
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("closedOn"));
  p.closed_on.reset();
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("outcome"));
  p.outcome = PetitionOutcome::kNone;
  p.category = PetitionCategory::kSuggestion;
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("diversion"));
}

TEST(PetitionValidation, ObjectionOnlyForAssignedMatters) {
  Petition p = Received();
  p.objected_on = Day("2025-08-04");
  EXPECT_THAT(ValidatePetition(p, kToday), HasErrorField("objectedOn"));
  p.source = PetitionSource::kAssigned;
  p.assigned_by = "丰都县信访办";
  EXPECT_THAT(ValidatePetition(p, kToday), IsOk());
}

// ---- deadlines ----

TEST(PetitionDeadline, AcknowledgementIsFifteenCalendarDaysRolledPastHolidays) {
  const WorkingCalendar cal = Cal05Calendar();
  Petition p = Received();
  p.received_on = Day("2025-09-20");
  auto d = AcknowledgementDeadline(p, cal);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->raw_due, Day("2025-10-05"));
  EXPECT_EQ(d->due, Day("2025-10-09"));
  EXPECT_EQ(d->basis.article, "第23条");
  EXPECT_TRUE(AcknowledgementRequired(p));
  p.address.clear();  // identity unclear: not owed
  EXPECT_FALSE(AcknowledgementRequired(p));
}

TEST(PetitionDeadline, ObjectionIsFiveWorkingDays) {
  const WorkingCalendar cal = Cal05Calendar();
  Petition p = Received();
  EXPECT_THAT(ObjectionDeadline(p, cal), HasError(core::ErrorCode::kFailedPrecondition));
  p.source = PetitionSource::kAssigned;
  p.received_on = Day("2024-04-30");
  auto d = ObjectionDeadline(p, cal);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->due, Day("2024-05-10"));
  EXPECT_EQ(d->unit, PeriodUnit::kWorkingDays);
}

TEST(PetitionDeadline, HandlingSixtyDaysPlusApprovedExtensionAndExcludedTime) {
  const WorkingCalendar cal = Cal05Calendar();
  Petition p = Received();
  EXPECT_THAT(HandlingDeadline(p, cal), HasError(core::ErrorCode::kFailedPrecondition));
  p.accepted_on = Day("2025-08-03");
  auto d = HandlingDeadline(p, cal);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->due, Day("2025-10-09"));  // 10-02 is a holiday
  EXPECT_EQ(d->basis.article, "第34条");

  p.extension = PetitionExtension{30, "镇长", Day("2025-09-25"), "需现场勘测", true};
  d = HandlingDeadline(p, cal);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->due, Day("2025-11-10"));  // 10-09 + 30 = 11-08, a Saturday
  ASSERT_EQ(d->extensions.size(), 1u);
  EXPECT_EQ(d->extensions[0].approver, "镇长");

  p.extension->days = 45;  // over the statutory maximum: counted as 30, with a warning
  d = HandlingDeadline(p, cal);
  EXPECT_EQ(d->due, Day("2025-11-10"));
  EXPECT_FALSE(d->warnings.empty());

  p.extension->approver.clear();  // not approved: not counted
  EXPECT_EQ(HandlingDeadline(p, cal)->due, Day("2025-10-09"));

  p.extension.reset();
  p.excluded = {ExcludedInterval{Day("2025-08-10"), Day("2025-08-19"), "等待鉴定"}};
  EXPECT_EQ(HandlingDeadline(p, cal)->due, Day("2025-10-13"));  // 10-02 + 10 = 10-12 (Sun)

  p.excluded.clear();
  p.diversion = DiversionChannel::kArbitration;
  EXPECT_THAT(HandlingDeadline(p, cal), HasError(core::ErrorCode::kFailedPrecondition));
}

TEST(PetitionDeadline, ReviewAndReReviewPeriods) {
  const WorkingCalendar cal = Cal05Calendar();
  Petition p = Closed();  // reply served 2025-09-22
  EXPECT_EQ(ReviewRequestDeadline(p, cal)->due, Day("2025-10-22"));
  p.reply_served_on.reset();  // falls back to the closing date 09-20 → 10-20
  auto req = ReviewRequestDeadline(p, cal);
  EXPECT_EQ(req->due, Day("2025-10-20"));
  EXPECT_FALSE(req->warnings.empty());

  EXPECT_THAT(ReviewReplyDeadline(p, cal), HasError(core::ErrorCode::kFailedPrecondition));
  p.review = PetitionReview{Day("2025-03-03"), "县政府", std::nullopt, "", {}};
  EXPECT_EQ(ReviewReplyDeadline(p, cal)->due, Day("2025-04-02"));
  EXPECT_EQ(ReviewReplyDeadline(p, cal)->basis.article, "第35条");

  p.review->replied_on = Day("2025-03-31");
  EXPECT_EQ(ReReviewRequestDeadline(p, cal)->due, Day("2025-04-30"));
  p.re_review = PetitionReview{Day("2025-03-03"), "市政府", std::nullopt, "", {}};
  EXPECT_EQ(ReReviewReplyDeadline(p, cal)->due, Day("2025-04-02"));
  // Hearing days are not counted (第36条): five days push the reply to 04-07.
  p.re_review->hearing = {ExcludedInterval{Day("2025-03-10"), Day("2025-03-14"), "听证"}};
  auto reply = ReReviewReplyDeadline(p, cal);
  EXPECT_EQ(reply->due, Day("2025-04-07"));
  EXPECT_EQ(reply->excluded_days, 5);
  EXPECT_EQ(reply->basis.article, "第36条");
}

// ---- duplicates ----

TEST(PetitionDuplicates, SimilarityOfRequests) {
  EXPECT_EQ(RequestSimilarityPercent("请求解决宅基地界址争议", "请求解决宅基地界址争议。"), 100);
  EXPECT_GE(RequestSimilarityPercent("请求解决宅基地界址争议", "要求解决宅基地界址纠纷"), 60);
  EXPECT_LT(RequestSimilarityPercent("请求解决宅基地界址争议", "反映养老保险待遇问题"), 20);
  EXPECT_EQ(RequestSimilarityPercent("", "x"), 0);
  EXPECT_EQ(RequestSimilarityPercent("路", "路"), 100);
}

TEST(PetitionDuplicates, SamePetitionerSimilarRequestWhileInHand) {
  const WorkingCalendar cal = Cal05Calendar();
  const LedgerSettings s;
  Petition open = Received();
  open.id = 10;
  open.accepted_on = Day("2025-08-02");
  Petition other_person = open;
  other_person.id = 11;
  other_person.id_number = "11010519491231002X";
  Petition other_matter = open;
  other_matter.id = 12;
  other_matter.request = "反映养老保险待遇问题";
  Petition closed_long_ago = Closed();
  closed_long_ago.id = 13;
  closed_long_ago.closed_on = Day("2025-08-10");
  closed_long_ago.reply_served_on = Day("2025-08-10");
  Petition final_one = closed_long_ago;
  final_one.id = 14;
  final_one.review = PetitionReview{Day("2025-08-20"), "县政府", Day("2025-09-01"), "维持", {}};
  final_one.re_review = PetitionReview{Day("2025-09-10"), "市政府", Day("2025-09-30"), "维持", {}};
  final_one.concluded_final = true;
  Petition diverted = open;
  diverted.id = 15;
  diverted.diversion = DiversionChannel::kLitigation;
  diverted.diverted_on = Day("2025-08-05");

  Petition incoming = Received();
  incoming.id = 0;
  incoming.received_on = Day("2025-11-01");
  incoming.request = "要求解决宅基地界址纠纷";
  const std::vector<Petition> existing = {open,      other_person, other_matter, closed_long_ago,
                                          final_one, diverted};
  EXPECT_THAT(FindDuplicatePetitions(incoming, existing, cal, s), ElementsAre(10, 14));

  // By name and address when an ID number is missing.
  incoming.id_number.clear();
  EXPECT_THAT(FindDuplicatePetitions(incoming, existing, cal, s), ElementsAre(10, 11, 14));
  // Within the 复查 window the closed matter is still in hand.
  incoming.received_on = Day("2025-09-05");
  EXPECT_THAT(FindDuplicatePetitions(incoming, existing, cal, s), ElementsAre(10, 11, 13, 14));
}

// ---- warnings ----

TEST(PetitionWarnings, UnclearIdentityLateClosureAndUnnotifiedExtension) {
  const WorkingCalendar cal = Cal05Calendar();
  Petition p = Received();
  p.channel = PetitionChannel::kLetter;
  p.address.clear();
  auto f = PetitionWarnings(p, kToday, cal);
  EXPECT_TRUE(HasFinding(f, "PET-05", Severity::kWarning, "address"));

  p = Closed();
  p.received_on = Day("2025-06-01");
  p.accepted_on = Day("2025-06-01");  // due 2025-07-31; with 30 more days 2025-09-01
  p.acknowledged_on = Day("2025-06-05");
  p.closed_on = Day("2025-08-25");
  p.reply_served_on = Day("2025-08-26");
  ASSERT_THAT(ValidatePetition(p, kToday), IsOk());
  f = PetitionWarnings(p, kToday, cal);
  EXPECT_TRUE(HasFinding(f, "PET-08", Severity::kWarning, "closedOn"));
  p.extension = PetitionExtension{30, "镇长", Day("2025-07-20"), "需鉴定", false};
  f = PetitionWarnings(p, kToday, cal);
  EXPECT_FALSE(HasFinding(f, "PET-08", Severity::kWarning, "closedOn"));
  EXPECT_TRUE(HasFinding(f, "PET-08", Severity::kWarning, "extension.petitionerNotified"));
  p.extension->approved_on = Day("2025-08-05");  // after the original deadline
  f = PetitionWarnings(p, kToday, cal);
  EXPECT_TRUE(HasFinding(f, "PET-08", Severity::kWarning, "extension.approvedOn"));

  p = Received();
  p.received_on = Day("2025-12-01");  // notice due 12-16, not given by 12-31
  f = PetitionWarnings(p, kToday, cal);
  EXPECT_TRUE(HasFinding(f, "PET-05", Severity::kWarning, "acknowledgedOn"));
}

}  // namespace
}  // namespace fazhi::domain
