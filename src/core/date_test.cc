// Tests for core/date.h.
#include "core/date.h"

#include <gtest/gtest.h>

#include "support/matchers.h"

namespace fazhi::core {
namespace {
using fazhi::testing::HasErrorField;

TEST(Date, ParsesIsoAndChineseForms) {
  EXPECT_EQ(FormatDate(*ParseDate("2024-03-11")), "2024-03-11");
  EXPECT_EQ(FormatDate(*ParseDate("2024/3/1")), "2024-03-01");
  EXPECT_EQ(FormatDate(*ParseDate("2024年3月11日")), "2024-03-11");
  EXPECT_EQ(FormatDate(*ParseDate("2024.3.11")), "2024-03-11");
}

TEST(Date, RejectsImpossibleDateNamingField) {
  EXPECT_THAT(ParseDate("2023-02-29", "acceptedOn"), HasErrorField("acceptedOn"));
  EXPECT_THAT(ParseDate("tomorrow", "closedOn"), HasErrorField("closedOn"));
  EXPECT_THAT(ParseDate("2023-1", "x"), HasErrorField("x"));
}

TEST(Date, FormatsChineseWithoutZeroPadding) {
  EXPECT_EQ(FormatDateZh(MakeDate(2024, 3, 1)), "2024年3月1日");
}

TEST(Date, AddsMonthsClampingToMonthEnd) {
  EXPECT_EQ(FormatDate(AddMonthsClamped(MakeDate(2025, 1, 31), 1)), "2025-02-28");
  EXPECT_EQ(FormatDate(AddMonthsClamped(MakeDate(2024, 1, 31), 1)), "2024-02-29");
  EXPECT_EQ(FormatDate(AddMonthsClamped(MakeDate(2025, 11, 30), 3)), "2026-02-28");
}

TEST(Date, WeekdaysAreIso) {
  EXPECT_EQ(IsoWeekday(MakeDate(2025, 9, 26)), 5);  // Friday
  EXPECT_TRUE(IsWeekend(MakeDate(2025, 9, 28)));
  EXPECT_EQ(DaysBetween(MakeDate(2025, 8, 3), MakeDate(2025, 10, 2)), 60);
}

}  // namespace
}  // namespace fazhi::core
