// Tests of domain/indicators/penalty_indicators.h: 法制审核率, 按时公示率, 全过程记录完备率 and
// 按期结案率 count the right cases, list their ids, and know nothing after as_of.
#include "domain/indicators/penalty_indicators.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/calendar/test_tables.h"
#include "domain/enforcement/penalty_test_cases.h"

namespace fazhi::domain {
namespace {

using namespace penalty_test_cases;  // NOLINT(google-build-using-namespace): the fixtures
using ::testing::ElementsAre;
using test_tables::Day;

const Indicator& Get(const std::vector<Indicator>& all, const std::string& code) {
  for (const auto& i : all) {
    if (i.code == code) return i;
  }
  static const Indicator none;
  ADD_FAILURE() << "no indicator " << code;
  return none;
}

class PenaltyIndicatorsTest : public ::testing::Test {
 protected:
  std::vector<Indicator> Compute(const std::vector<PenaltyCase>& cases, const std::string& as_of) const {
    return PenaltyIndicators(cases, YearPeriod(2025), Day(as_of),
                             {calendar_, Day(as_of), settings_, officers_, {}});
  }
  WorkingCalendar calendar_ = test_tables::Cal05Calendar();
  LedgerSettings settings_;
  std::vector<EnforcementOfficer> officers_ = {Officer(1, "陈立新", "渝执2021000123", "2026-05-09"),
                                               Officer(2, "李明", "渝执2021000124", "2026-05-09")};
};

TEST_F(PenaltyIndicatorsTest, OneGoodCaseAndOneThatMissesThreeMarks) {
  PenaltyCase good = ClosedCase();
  PenaltyCase poor = ClosedCase();
  poor.id = 8;
  poor.number = "树综执罚立〔2025〕4号";
  poor.legal_review.reset();                    // a 20,000 元 fine decided without review
  poor.published_on = Day("2025-04-20");        // 7 working days ended 2025-04-02
  poor.documents.pop_back();                    // no record of the execution
  auto all = Compute({good, poor}, "2025-12-31");
  ASSERT_EQ(all.size(), 4u);
  const Indicator& review = Get(all, "pen_legal_review_rate");
  EXPECT_EQ(review.rate.numerator, 1);
  EXPECT_EQ(review.rate.denominator, 2);
  EXPECT_THAT(review.numerator_ids, ElementsAre(7));
  EXPECT_THAT(review.denominator_ids, ElementsAre(7, 8));
  const Indicator& publication = Get(all, "pen_publication_rate");
  EXPECT_EQ(publication.rate.numerator, 1);
  EXPECT_EQ(publication.rate.denominator, 2);
  const Indicator& record = Get(all, "pen_record_rate");
  EXPECT_EQ(record.rate.numerator, 1);
  EXPECT_EQ(record.rate.denominator, 2);
  EXPECT_THAT(record.numerator_ids, ElementsAre(7));
  const Indicator& on_time = Get(all, "pen_on_time_rate");
  EXPECT_EQ(on_time.rate.numerator, 2);
  EXPECT_EQ(on_time.rate.denominator, 2);
  EXPECT_THAT(on_time.definition, ::testing::HasSubstr("90日"));
}

TEST_F(PenaltyIndicatorsTest, ASmallFineNeedsNoReviewAndALateDecisionIsNotOnTime) {
  PenaltyCase c = ClosedCase();
  c.proposed = Fine(500);
  c.decided = Fine(500);
  c.paid_fen = 50000;
  c.legal_review.reset();
  c.hearing_right_notified = false;
  c.filed_on = Day("2024-11-01");  // 90 days ended 2025-01-30
  c.lead_received_on = Day("2024-10-30");
  c.act_on = Day("2024-10-28");
  auto all = Compute({c}, "2025-12-31");
  EXPECT_EQ(Get(all, "pen_legal_review_rate").rate.denominator, 0);
  EXPECT_EQ(Get(all, "pen_on_time_rate").rate.numerator, 0);
  EXPECT_EQ(Get(all, "pen_on_time_rate").rate.denominator, 1);
}

TEST_F(PenaltyIndicatorsTest, NothingAfterAsOfIsKnown) {
  auto all = Compute({ClosedCase()}, "2025-03-23");  // the day before the decision
  for (const auto& i : all) EXPECT_EQ(i.rate.denominator, 0) << i.code;
  auto figures = PenaltyFigures(std::vector<PenaltyCase>{ClosedCase()}, YearPeriod(2025), Day("2025-12-31"));
  ASSERT_EQ(figures.size(), 6u);
  EXPECT_EQ(figures[0].code, "pen_cases_filed");
  EXPECT_EQ(figures[0].value, 1);
  EXPECT_EQ(figures[3].code, "pen_fines_fen");
  EXPECT_EQ(figures[3].value, 2000000);
}

}  // namespace
}  // namespace fazhi::domain
