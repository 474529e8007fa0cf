// Tests of domain/decision/decision_rules.h: a decision with every step passes and is
// complete; each missing step is refused with its rule when the decision is made.
#include "domain/decision/decision_rules.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/calendar/test_tables.h"
#include "support/matchers.h"

namespace fazhi::domain {
namespace {

using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;
using ::testing::HasSubstr;
using test_tables::Day;

const Date kToday = Day("2025-12-31");

MajorDecision Made() {
  MajorDecision d;
  d.id = 5;
  d.township_id = 2;
  d.title = "树人镇场镇老旧小区改造方案";
  d.scope = DecisionScope::kConstruction;
  d.drafting_unit = "镇建设环保办";
  d.proposed_on = Day("2025-03-01");
  d.catalogue_year = 2025;
  d.catalogue_item = "场镇老旧小区改造";
  d.technical = d.stability_risk = d.affects_market = true;
  d.participation_methods = "座谈会、向社会公开征求意见";
  d.comment_from = Day("2025-03-10");
  d.comment_to = Day("2025-04-10");
  d.comments_received = 23;
  d.comments_adoption = "采纳12条";
  d.hearing_materials_sent_on = Day("2025-04-01");
  d.hearing_held_on = Day("2025-04-12");
  d.expert_reviewed_on = Day("2025-04-15");
  d.risk_assessed_on = Day("2025-04-20");
  d.risk_level = RiskLevel::kMedium;
  d.risk_report = "风险可控";
  d.legality_submitted_on = Day("2025-04-21");
  d.legality_reviewed_on = Day("2025-05-06");
  d.legality_reviewer = "镇法律顾问";
  d.legality_opinion = "合法";
  d.fair_competition_reviewed_on = Day("2025-05-07");
  d.decided_on = Day("2025-05-12");
  d.meeting = "镇政府常务会议";
  d.party_reported_on = Day("2025-05-13");
  d.published_on = Day("2025-05-20");
  d.publication_channel = "镇政府门户网站";
  d.executing_unit = "镇建设环保办";
  return d;
}

class DecisionRulesTest : public ::testing::Test {
 protected:
  core::Status Check(const MajorDecision& d) const {
    RETURN_IF_ERROR(ValidateMajorDecision(d, kToday));
    return CheckDecisionRules(d, calendar_);
  }
  void ExpectRefused(const MajorDecision& d, const std::string& rule, const std::string& field) const {
    core::Status st = Check(d);
    ASSERT_FALSE(st) << "expected " << rule;
    EXPECT_EQ(st.error().code, core::ErrorCode::kFailedPrecondition);
    EXPECT_EQ(st.error().field, field) << st.error().message;
    EXPECT_THAT(st.error().message, HasSubstr(rule + "："));
    EXPECT_THAT(st.error().message, HasSubstr("重大行政决策程序暂行条例"));
  }
  WorkingCalendar calendar_ = test_tables::Cal05Calendar();
};

TEST_F(DecisionRulesTest, EveryStepEvidencedPassesAndIsComplete) {
  EXPECT_THAT(Check(Made()), IsOk());
  EXPECT_TRUE(ProcedureComplete(Made(), calendar_));
  EXPECT_TRUE(DecisionWarnings(Made(), calendar_).empty());
}

TEST_F(DecisionRulesTest, EachMissingStepIsRefusedWhenDecided) {
  MajorDecision d = Made();
  d.comment_from.reset();
  d.comment_to.reset();
  ExpectRefused(d, "DEC-05", "commentFrom");
  d.participation_exception = "涉及国家秘密，依法不予公开征求意见";
  EXPECT_THAT(Check(d), IsOk());
  d = Made();
  d.comment_to = Day("2025-03-25");  // 16 days
  ExpectRefused(d, "DEC-05", "shortPeriodReason");
  d.short_period_reason = "汛期前须完成改造，已在征求意见公告中说明";
  EXPECT_THAT(Check(d), IsOk());
  d = Made();
  d.hearing_materials_sent_on = Day("2025-04-08");
  ExpectRefused(d, "DEC-05", "hearingMaterialsSentOn");
  d = Made();
  d.expert_reviewed_on.reset();
  ExpectRefused(d, "DEC-06", "expertReviewedOn");
  d = Made();
  d.risk_controllable = false;
  ExpectRefused(d, "DEC-07", "riskControllable");
  d = Made();
  d.legality_passed = false;
  ExpectRefused(d, "DEC-08", "legalityReviewedOn");
  d.exploratory_reform = true;
  d.legal_risk_statement = "探索性改革事项，法律风险已在决策草案中说明";
  EXPECT_THAT(Check(d), IsOk());
  d = Made();
  d.fair_competition_reviewed_on.reset();
  ExpectRefused(d, "DEC-09", "fairCompetitionReviewedOn");
  // Not yet decided: nothing is required.
  d = Made();
  d.decided_on.reset();
  d.meeting.clear();
  d.party_reported_on.reset();
  d.published_on.reset();
  d.expert_reviewed_on.reset();
  EXPECT_THAT(Check(d), IsOk());
}

TEST_F(DecisionRulesTest, WarningsAndTheProcedureRate) {
  MajorDecision d = Made();
  d.in_catalogue = false;
  d.published_on.reset();
  d.legality_reviewed_on = Day("2025-04-23");  // 2 working days
  std::vector<std::string> rules;
  for (const auto& w : DecisionWarnings(d, calendar_)) rules.push_back(w.rule);
  EXPECT_THAT(rules, ::testing::UnorderedElementsAre("DEC-03", "DEC-08", "DEC-10"));
  MajorDecision incomplete = Made();
  incomplete.id = 6;
  incomplete.expert_reviewed_on.reset();
  const std::vector<MajorDecision> all = {Made(), incomplete};
  Indicator rate = DecisionProcedureIndicator(all, YearPeriod(2025), kToday, calendar_);
  EXPECT_EQ(rate.code, "dec_procedure_rate");
  EXPECT_EQ(rate.rate.numerator, 1);
  EXPECT_EQ(rate.rate.denominator, 2);
  EXPECT_THAT(rate.numerator_ids, ::testing::ElementsAre(5));
  // Seen on 2025-05-01, the later steps lie in the future.
  EXPECT_FALSE(ValidateMajorDecision(Made(), Day("2025-05-01")));
  MajorDecision no_meeting = Made();
  no_meeting.meeting.clear();
  EXPECT_THAT(ValidateMajorDecision(no_meeting, kToday), HasErrorField("meeting"));
}

}  // namespace
}  // namespace fazhi::domain
