// domain/indicators/monthly_test.cc — the dashboard's month-by-month counts.
#include "domain/indicators/monthly.h"

#include <gtest/gtest.h>

namespace fazhi::domain {
namespace {

TEST(MonthlyCounts, CountsEachRecordInItsMonthWithinTheYearAndAsOf) {
  std::vector<MediationCase> cases(3);
  cases[0].accepted_on = core::MakeDate(2025, 1, 5);
  cases[0].outcome = MediationOutcome::kSuccess;
  cases[0].concluded_on = core::MakeDate(2025, 2, 1);
  cases[1].accepted_on = core::MakeDate(2024, 12, 30);  // last year: not counted
  cases[1].outcome = MediationOutcome::kFailed;
  cases[1].concluded_on = core::MakeDate(2025, 1, 10);  // failed: not a success
  cases[2].accepted_on = core::MakeDate(2025, 11, 30);  // after as_of
  std::vector<ScreenedDispute> disputes(1);
  disputes[0].found_on = core::MakeDate(2025, 3, 3);
  std::vector<Petition> petitions(2);
  petitions[0].received_on = core::MakeDate(2025, 1, 31);
  petitions[0].closed_on = core::MakeDate(2025, 3, 1);
  petitions[1].received_on = core::MakeDate(2025, 12, 1);

  auto series = MonthlyCounts(cases, disputes, petitions, 2025, core::MakeDate(2025, 11, 1));
  ASSERT_EQ(series.size(), 5u);
  EXPECT_EQ(series[0].code, "med_accepted");
  EXPECT_EQ(series[0].values[0], 1);
  EXPECT_EQ(series[0].values[10], 0);  // November, after as_of
  EXPECT_EQ(series[1].values[1], 1);   // February success
  EXPECT_EQ(series[1].values[0], 0);
  EXPECT_EQ(series[2].values[2], 1);
  EXPECT_EQ(series[3].values[0], 1);
  EXPECT_EQ(series[3].values[11], 0);
  EXPECT_EQ(series[4].values[2], 1);

  std::vector<MonthlySeries> total;
  SumMonthly(total, series);
  SumMonthly(total, series);
  EXPECT_EQ(total[0].values[0], 2);
  EXPECT_EQ(total[4].values[2], 2);
}

}  // namespace
}  // namespace fazhi::domain
