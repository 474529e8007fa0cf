// Tests of domain/normative/normative_rules.h, the 规范性文件 alerts and indicators: a document
// carried through every step passes; each hard gate is refused with its rule; deadlines,
// warnings, alerts and the four §17 rates follow the dates.
#include "domain/normative/normative_rules.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/alerts/alerts.h"
#include "domain/calendar/test_tables.h"
#include "domain/indicators/normative_indicators.h"
#include "support/matchers.h"

namespace fazhi::domain {
namespace {

using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;
using ::testing::HasSubstr;
using test_tables::Day;

const Date kToday = Day("2025-12-31");

NormativeDocument Filed() {
  NormativeDocument d;
  d.id = 3;
  d.township_id = 2;
  d.title = "树人镇农村人居环境整治管理办法";
  d.number = "树府规〔2025〕1号";
  d.drafting_unit = "镇农业服务中心";
  d.drafted_on = Day("2025-03-03");
  d.opinions_from = Day("2025-03-05");
  d.opinions_to = Day("2025-04-04");
  d.review_submitted_on = Day("2025-04-07");
  d.reviewed_on = Day("2025-04-18");  // 9 working days
  d.reviewer = "镇法律顾问 李律师";
  d.reviewer_role = NormReviewer::kLegalAdviser;
  d.review_opinion = "制定主体、程序合法，内容不违反上位法";
  d.deliberated_on = Day("2025-04-22");
  d.deliberation_meeting = "镇政府常务会议";
  d.signed_on = Day("2025-04-24");
  d.signer = "镇长 张某";
  d.published_on = Day("2025-04-28");
  d.publication_channel = "镇政府门户网站";
  d.effective_on = Day("2025-06-01");
  d.valid_until = Day("2030-05-31");
  d.filed_on = Day("2025-05-15");
  d.filing_number = "云司备〔2025〕7号";
  d.filed_text = d.filed_explanation = d.filed_basis = d.filed_review_opinion = true;
  return d;
}

class NormativeRulesTest : public ::testing::Test {
 protected:
  core::Status Check(const NormativeDocument& d) const {
    RETURN_IF_ERROR(ValidateNormativeDocument(d, kToday));
    return CheckNormativeRules(d, settings_);
  }
  void ExpectRefused(const NormativeDocument& d, const std::string& rule, const std::string& field) const {
    core::Status st = Check(d);
    ASSERT_FALSE(st) << "expected " << rule;
    EXPECT_EQ(st.error().code, core::ErrorCode::kFailedPrecondition) << st.error().message;
    EXPECT_EQ(st.error().field, field) << st.error().message;
    EXPECT_THAT(st.error().message, HasSubstr(rule + "："));
  }
  WorkingCalendar calendar_ = test_tables::Cal05Calendar();
  LedgerSettings settings_;
};

TEST_F(NormativeRulesTest, ADocumentThroughEveryStepPasses) {
  EXPECT_THAT(Check(Filed()), IsOk());
  EXPECT_TRUE(NormativeWarnings(Filed(), kToday, calendar_, settings_).empty());
}

TEST_F(NormativeRulesTest, TheHardGatesAreRefusedWithTheirRule) {
  NormativeDocument minutes = Filed();
  minutes.exclusion = NormExclusion::kMinutes;
  ExpectRefused(minutes, "NORM-01", "exclusion");
  NormativeDocument unreviewed = Filed();
  unreviewed.reviewed_on.reset();
  unreviewed.review_opinion.clear();
  ExpectRefused(unreviewed, "NORM-03", "reviewedOn");
  NormativeDocument failed = Filed();
  failed.review_outcome = NormReviewOutcome::kFail;
  ExpectRefused(failed, "NORM-03", "reviewedOn");
  NormativeDocument fee = Filed();
  fee.creates_fee = true;
  ExpectRefused(fee, "NORM-02", "reviewOutcome");
  NormativeDocument unsigned_doc = Filed();
  unsigned_doc.signed_on.reset();
  unsigned_doc.signer.clear();
  ExpectRefused(unsigned_doc, "NORM-03", "signedOn");
  NormativeDocument long_lived = Filed();
  long_lived.valid_until = Day("2031-01-01");
  ExpectRefused(long_lived, "NORM-06", "validUntil");
  NormativeDocument interim = Filed();
  interim.trial = NormTrial::kInterim;
  ExpectRefused(interim, "NORM-06", "validUntil");
  interim.valid_until = Day("2027-05-31");
  EXPECT_THAT(Check(interim), IsOk());
}

TEST_F(NormativeRulesTest, FieldsAreValidatedByName) {
  NormativeDocument d = Filed();
  d.number.clear();
  EXPECT_THAT(Check(d), HasErrorField("number"));
  d = Filed();
  d.filed_on = Day("2025-04-01");  // before publication
  EXPECT_THAT(Check(d), HasErrorField("filedOn"));
  d = Filed();
  d.standing = NormStanding::kRepealed;
  EXPECT_THAT(Check(d), HasErrorField("cleanedOn"));
  d = Filed();
  d.urgent = true;
  EXPECT_THAT(Check(d), HasErrorField("urgentReason"));
}

TEST_F(NormativeRulesTest, DeadlinesWarningsAndAlerts) {
  NormativeDocument late = Filed();
  late.filed_on.reset();
  late.filing_number.clear();
  late.effective_on = Day("2025-05-01");  // 3 days after publication, not urgent
  auto deadlines = ComputeNormDeadlines(late, calendar_, settings_);
  ASSERT_TRUE(deadlines.has_value());
  EXPECT_EQ(deadlines->filing->due, Day("2025-05-28"));  // 30 days from 2025-04-28
  auto warnings = NormativeWarnings(late, Day("2025-06-10"), calendar_, settings_);
  std::vector<std::string> rules;
  for (const auto& w : warnings) rules.push_back(w.rule);
  EXPECT_THAT(rules, ::testing::UnorderedElementsAre("NORM-05", "NORM-07"));
  const std::vector<NormativeDocument> docs = {late};
  auto alerts = NormativeAlerts(docs, Day("2025-06-10"), calendar_, settings_);
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].code, "NORM-05");
  EXPECT_EQ(alerts[0].state, DeadlineState::kOverdue);
  EXPECT_EQ(alerts[0].record_type, "normative_document");
  // Near the end of its validity, the evaluation alert.
  const std::vector<NormativeDocument> old = {Filed()};
  auto expiring = NormativeAlerts(old, Day("2030-01-15"), calendar_, settings_);
  ASSERT_EQ(expiring.size(), 1u);
  EXPECT_EQ(expiring[0].code, "NORM-06");
  EXPECT_EQ(expiring[0].due, Day("2030-05-31"));
}

TEST_F(NormativeRulesTest, TheFourRates) {
  NormativeDocument good = Filed();
  NormativeDocument returned = Filed();
  returned.id = 4;
  returned.filed_on = Day("2025-06-20");  // after the 30 days
  returned.returned_on = Day("2025-06-25");
  returned.return_reason = "缺少起草说明";
  NormativeDocument unfiled = Filed();
  unfiled.id = 5;
  unfiled.filed_on.reset();
  NormativeDocument plan = Filed();  // not a 规范性文件: not counted
  plan.id = 6;
  plan.exclusion = NormExclusion::kWorkPlan;
  const std::vector<NormativeDocument> docs = {good, returned, unfiled, plan};
  auto rates = NormativeIndicators(docs, YearPeriod(2025), kToday, calendar_, settings_);
  ASSERT_EQ(rates.size(), 4u);
  EXPECT_EQ(rates[0].code, "norm_filing_rate");
  EXPECT_EQ(rates[0].rate.numerator, 2);
  EXPECT_EQ(rates[0].rate.denominator, 3);
  EXPECT_EQ(rates[1].code, "norm_filing_timely_rate");
  EXPECT_EQ(rates[1].rate.numerator, 1);
  EXPECT_EQ(rates[1].rate.denominator, 2);  // over the filed documents
  EXPECT_EQ(rates[2].code, "norm_conformity_rate");
  EXPECT_EQ(rates[2].rate.numerator, 1);
  EXPECT_EQ(rates[2].rate.denominator, 2);
  EXPECT_EQ(rates[3].code, "norm_review_rate");
  EXPECT_EQ(rates[3].rate.numerator, 3);
  settings_.norm_timely_rate_over_filed = false;  // over the documents that must be filed
  auto other = NormativeIndicators(docs, YearPeriod(2025), kToday, calendar_, settings_);
  EXPECT_EQ(other[1].rate.denominator, 3);
}

}  // namespace
}  // namespace fazhi::domain
