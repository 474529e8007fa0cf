// Tests of domain/enforcement/statistics.h: cases counted in the year of their dates, by
// category, result and kind, with the money and a total row.
#include "domain/enforcement/statistics.h"

#include <gtest/gtest.h>

#include <vector>

#include "domain/enforcement/penalty_test_cases.h"

namespace fazhi::domain {
namespace {

using namespace penalty_test_cases;  // NOLINT(google-build-using-namespace): the fixtures

TEST(EnforcementStatistics, CountsByCategoryResultAndKindWithATotal) {
  PenaltyCase fine = ClosedCase();  // 行政处罚, 20,000 元, a hearing-free review, 2025
  PenaltyCase minor = ClosedCase();
  minor.id = 8;
  minor.outcome = DecisionOutcome::kNoPenaltyMinor;
  minor.decided = {};
  minor.paid_fen = 0;
  minor.legal_review.reset();
  PenaltyCase inspection;
  inspection.id = 9;
  inspection.category = ActionCategory::kInspection;
  inspection.lead_received_on = Day("2025-05-01");
  inspection.filed_on = Day("2025-05-02");
  PenaltyCase last_year = ClosedCase();
  last_year.id = 10;
  last_year.filed_on = Day("2024-11-01");
  last_year.decided_on = Day("2024-12-20");
  last_year.executed_on = Day("2024-12-30");
  last_year.legal_review->reviewed_on = Day("2024-12-19");
  const std::vector<PenaltyCase> cases = {fine, minor, inspection, last_year};
  auto rows = EnforcementStatistics(cases, 2025);
  ASSERT_EQ(rows.size(), 7u);
  EXPECT_EQ(rows[0].category, ActionCategory::kLicence);
  const auto& penalty = rows[1];
  EXPECT_EQ(penalty.category, ActionCategory::kPenalty);
  EXPECT_EQ(penalty.filed, 2);  // last year's case was filed in 2024
  EXPECT_EQ(penalty.decided, 2);
  EXPECT_EQ(penalty.penalised, 1);
  EXPECT_EQ(penalty.not_penalised, 1);
  EXPECT_EQ(penalty.by_kind[static_cast<std::size_t>(PenaltyKind::kFine)], 1);
  EXPECT_EQ(penalty.fines_fen, 2000000);
  EXPECT_EQ(penalty.paid_fen, 2000000);
  EXPECT_EQ(penalty.legal_reviews, 1);
  EXPECT_EQ(rows[5].category, ActionCategory::kInspection);
  EXPECT_EQ(rows[5].filed, 1);
  EXPECT_EQ(rows[5].decided, 0);
  const auto& total = rows[6];
  EXPECT_FALSE(total.category.has_value());
  EXPECT_EQ(total.filed, 3);
  EXPECT_EQ(total.decided, 2);
}

}  // namespace
}  // namespace fazhi::domain
