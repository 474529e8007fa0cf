// Tests for domain/calendar/deadline.h (CAL-07…CAL-10), including every test vector of
// domain-rules.md §2, computed on the CAL-05 tables.
#include "domain/calendar/deadline.h"

#include <gtest/gtest.h>

#include <string>

#include "domain/calendar/test_tables.h"
#include "support/matchers.h"

namespace fazhi::domain {
namespace {

using fazhi::testing::HasError;
using fazhi::testing::HasErrorField;
using test_tables::Cal05Calendar;
using test_tables::Day;

DeadlineRule Rule(int amount, PeriodUnit unit) {
  DeadlineRule rule;
  rule.code = "TEST";
  rule.name = "测试期限";
  rule.amount = amount;
  rule.unit = unit;
  rule.basis = {"信访工作条例", "2022-05-01施行", "第34条"};
  return rule;
}

DeadlineResult Compute(const WorkingCalendar& calendar, std::string_view start, int amount,
                       PeriodUnit unit, const std::vector<Extension>& extensions = {},
                       const std::vector<ExcludedInterval>& excluded = {}) {
  auto result = ComputeDeadline(calendar, Day(start), Rule(amount, unit), extensions, excluded);
  EXPECT_TRUE(result.has_value()) << result.error().message;
  return result.has_value() ? *result : DeadlineResult{};
}

Extension Ext(int amount, PeriodUnit unit) {
  Extension ext;
  ext.amount = amount;
  ext.unit = unit;
  return ext;
}

std::string Due(const WorkingCalendar& calendar, std::string_view start, int amount,
                PeriodUnit unit) {
  return core::FormatDate(Compute(calendar, start, amount, unit).due);
}

// ---- domain-rules.md §2 test vectors (VERIFIED-C), exactly ----

TEST(DeadlineVectors, SevenWorkingDaysFrom20250926CountsMakeupDays) {
  WorkingCalendar calendar = Cal05Calendar();
  DeadlineResult r = Compute(calendar, "2025-09-26", 7, PeriodUnit::kWorkingDays);
  EXPECT_EQ(core::FormatDate(r.due), "2025-10-13");
  EXPECT_FALSE(r.rolled);
  EXPECT_FALSE(r.provisional);
}

TEST(DeadlineVectors, TwentyWorkingDaysFrom20250926) {
  EXPECT_EQ(Due(Cal05Calendar(), "2025-09-26", 20, PeriodUnit::kWorkingDays), "2025-10-30");
}

TEST(DeadlineVectors, SevenWorkingDaysFrom20260212LandsOnMakeupSaturday) {
  WorkingCalendar calendar = Cal05Calendar();
  DeadlineResult r = Compute(calendar, "2026-02-12", 7, PeriodUnit::kWorkingDays);
  EXPECT_EQ(core::FormatDate(r.due), "2026-02-28");
  EXPECT_EQ(calendar.Describe(r.due).kind, DayKind::kMakeupWorkday);
}

TEST(DeadlineVectors, TwentyWorkingDaysFrom20260130) {
  EXPECT_EQ(Due(Cal05Calendar(), "2026-01-30", 20, PeriodUnit::kWorkingDays), "2026-03-05");
}

TEST(DeadlineVectors, FiveWorkingDaysFrom20240430) {
  EXPECT_EQ(Due(Cal05Calendar(), "2024-04-30", 5, PeriodUnit::kWorkingDays), "2024-05-10");
}

TEST(DeadlineVectors, SixtyCalendarDaysFrom20250803RollsFromHolidayTo20251009) {
  DeadlineResult r = Compute(Cal05Calendar(), "2025-08-03", 60, PeriodUnit::kCalendarDays);
  EXPECT_EQ(core::FormatDate(r.raw_due), "2025-10-02");
  EXPECT_EQ(core::FormatDate(r.due), "2025-10-09");
  EXPECT_TRUE(r.rolled);
}

TEST(DeadlineVectors, NinetyCalendarDaysFrom20251105IsAWorkingDayNoMove) {
  DeadlineResult r = Compute(Cal05Calendar(), "2025-11-05", 90, PeriodUnit::kCalendarDays);
  EXPECT_EQ(core::FormatDate(r.raw_due), "2026-02-03");
  EXPECT_EQ(core::FormatDate(r.due), "2026-02-03");
  EXPECT_FALSE(r.rolled);
  EXPECT_EQ(r.calendar_versions, (std::vector<std::string>{"2025@test", "2026@test"}));
}

// ---- counting rules (CAL-08) ----

TEST(DeadlineRule, WorkingDaysDoNotCountTheStartDay) {
  WorkingCalendar calendar = Cal05Calendar();
  EXPECT_EQ(Due(calendar, "2025-03-03", 1, PeriodUnit::kWorkingDays), "2025-03-04");
  // Starting on a Friday: the weekend is skipped.
  EXPECT_EQ(Due(calendar, "2025-03-07", 1, PeriodUnit::kWorkingDays), "2025-03-10");
  // Starting inside a holiday: counting begins after it.
  EXPECT_EQ(Due(calendar, "2025-10-03", 1, PeriodUnit::kWorkingDays), "2025-10-09");
}

TEST(DeadlineRule, WorkingDayDeadlineIsNeverRolled) {
  DeadlineResult r = Compute(Cal05Calendar(), "2025-09-26", 7, PeriodUnit::kWorkingDays);
  EXPECT_EQ(r.raw_due, r.due);
  EXPECT_FALSE(r.rolled);
}

TEST(DeadlineRule, CalendarDaysDueOnAWorkingDayDoNotRoll) {
  DeadlineResult r = Compute(Cal05Calendar(), "2025-03-03", 15, PeriodUnit::kCalendarDays);
  EXPECT_EQ(core::FormatDate(r.due), "2025-03-18");
  EXPECT_FALSE(r.rolled);
}

TEST(DeadlineRule, RollsToNextWorkdayWhenDueOnWeekend) {
  DeadlineResult r = Compute(Cal05Calendar(), "2025-03-01", 14, PeriodUnit::kCalendarDays);
  EXPECT_EQ(core::FormatDate(r.raw_due), "2025-03-15");  // Saturday
  EXPECT_EQ(core::FormatDate(r.due), "2025-03-17");
  EXPECT_TRUE(r.rolled);
}

TEST(DeadlineRule, RollsToNextWorkdayWhenDueOnHoliday) {
  DeadlineResult r = Compute(Cal05Calendar(), "2025-01-14", 15, PeriodUnit::kCalendarDays);
  EXPECT_EQ(core::FormatDate(r.raw_due), "2025-01-29");  // 春节
  EXPECT_EQ(core::FormatDate(r.due), "2025-02-05");
  EXPECT_TRUE(r.rolled);
}

TEST(DeadlineRule, CalendarDaysDueOnMakeupSaturdayStays) {
  DeadlineResult r = Compute(Cal05Calendar(), "2026-01-29", 30, PeriodUnit::kCalendarDays);
  EXPECT_EQ(core::FormatDate(r.due), "2026-02-28");
  EXPECT_FALSE(r.rolled);
}

TEST(DeadlineRule, ZeroAmountGivesStartOrItsRollForward) {
  WorkingCalendar calendar = Cal05Calendar();
  EXPECT_EQ(Due(calendar, "2025-10-03", 0, PeriodUnit::kWorkingDays), "2025-10-03");
  EXPECT_EQ(Due(calendar, "2025-10-03", 0, PeriodUnit::kCalendarDays), "2025-10-09");
  EXPECT_EQ(Due(calendar, "2025-03-03", 0, PeriodUnit::kMonths), "2025-03-03");
}

// ---- months (CAL-08, clamped to the month's last day) ----

TEST(DeadlineRule, MonthsClampJanuary31ToFebruary28) {
  DeadlineResult r = Compute(Cal05Calendar(), "2025-01-31", 1, PeriodUnit::kMonths);
  EXPECT_EQ(core::FormatDate(r.raw_due), "2025-02-28");
  EXPECT_EQ(core::FormatDate(r.due), "2025-02-28");  // a Friday
  EXPECT_FALSE(r.rolled);
}

TEST(DeadlineRule, MonthsClampJanuary31ToFebruary29InALeapYear) {
  EXPECT_EQ(Due(Cal05Calendar(), "2024-01-31", 1, PeriodUnit::kMonths), "2024-02-29");
}

TEST(DeadlineRule, MonthsKeepTheDayNumberAndCrossTheYear) {
  WorkingCalendar calendar = Cal05Calendar();
  EXPECT_EQ(Due(calendar, "2025-03-17", 2, PeriodUnit::kMonths), "2025-05-19");  // 5/17 Sat
  // 11-30 + 3 months clamps to 2026-02-28, a 调休 Saturday that is worked: no roll.
  EXPECT_EQ(Due(calendar, "2025-11-30", 3, PeriodUnit::kMonths), "2026-02-28");
}

TEST(DeadlineRule, MonthsRollForwardFromHoliday) {
  DeadlineResult r = Compute(Cal05Calendar(), "2025-09-01", 1, PeriodUnit::kMonths);
  EXPECT_EQ(core::FormatDate(r.raw_due), "2025-10-01");
  EXPECT_EQ(core::FormatDate(r.due), "2025-10-09");
  EXPECT_TRUE(r.rolled);
}

// ---- extensions (CAL-10) ----

TEST(DeadlineRule, ExtensionCountsFromThePreviousDueDate) {
  Extension ext;
  ext.amount = 30;
  ext.unit = PeriodUnit::kCalendarDays;
  ext.approver = "张镇长";
  ext.approved_on = Day("2025-09-30");
  ext.reason = "情况复杂";
  ext.party_notified = true;
  DeadlineResult r = Compute(Cal05Calendar(), "2025-08-03", 60, PeriodUnit::kCalendarDays, {ext});
  // Base due 2025-10-09; +30 days = 2025-11-08 (Saturday) → 2025-11-10.
  EXPECT_EQ(core::FormatDate(r.raw_due), "2025-11-08");
  EXPECT_EQ(core::FormatDate(r.due), "2025-11-10");
  EXPECT_TRUE(r.rolled);
  ASSERT_EQ(r.extensions.size(), 1u);
  EXPECT_EQ(r.extensions[0].approver, "张镇长");
  EXPECT_TRUE(r.extensions[0].party_notified);
  EXPECT_EQ(r.amount, 60);  // the base amount stays
}

TEST(DeadlineRule, ExtensionsApplyInOrderEachInItsOwnUnit) {
  Extension workdays = Ext(5, PeriodUnit::kWorkingDays);
  DeadlineResult r =
      Compute(Cal05Calendar(), "2025-08-03", 60, PeriodUnit::kCalendarDays, {workdays});
  // From 2025-10-09: 10/10, 10/11 (调休上班), 10/13, 10/14, 10/15.
  EXPECT_EQ(core::FormatDate(r.due), "2025-10-15");
  EXPECT_FALSE(r.rolled);

  Extension month = Ext(1, PeriodUnit::kMonths);
  r = Compute(Cal05Calendar(), "2025-08-03", 60, PeriodUnit::kCalendarDays, {workdays, month});
  EXPECT_EQ(core::FormatDate(r.due), "2025-11-17");  // 11/15 is a Saturday
  EXPECT_EQ(r.extensions.size(), 2u);
}

// ---- excluded intervals (CAL-10) ----

TEST(DeadlineRule, ExcludedDaysExtendCalendarPeriod) {
  ExcludedInterval hearing{Day("2025-03-10"), Day("2025-03-14"), "听证"};
  DeadlineResult r =
      Compute(Cal05Calendar(), "2025-03-03", 30, PeriodUnit::kCalendarDays, {}, {hearing});
  // 2025-04-02 + 5 excluded days = 2025-04-07 (Monday after 清明).
  EXPECT_EQ(core::FormatDate(r.due), "2025-04-07");
  EXPECT_EQ(r.excluded_days, 5);
  ASSERT_EQ(r.excluded.size(), 1u);
  EXPECT_EQ(r.excluded[0].reason, "听证");
}

TEST(DeadlineRule, ExcludedDaysAreNotCountedAsWorkingDays) {
  ExcludedInterval pause{Day("2025-03-05"), Day("2025-03-06"), "中止"};
  DeadlineResult r =
      Compute(Cal05Calendar(), "2025-03-03", 5, PeriodUnit::kWorkingDays, {}, {pause});
  EXPECT_EQ(core::FormatDate(r.due), "2025-03-12");
  EXPECT_EQ(r.excluded_days, 2);
}

TEST(DeadlineRule, ExcludedIntervalsBeforeTheStartDoNotCount) {
  ExcludedInterval before{Day("2025-02-10"), Day("2025-02-20"), "早于起算日"};
  DeadlineResult r =
      Compute(Cal05Calendar(), "2025-03-03", 15, PeriodUnit::kCalendarDays, {}, {before});
  EXPECT_EQ(core::FormatDate(r.due), "2025-03-18");
  EXPECT_EQ(r.excluded_days, 0);
}

TEST(DeadlineRule, OverlappingExcludedIntervalsCountEachDayOnce) {
  ExcludedInterval a{Day("2025-03-10"), Day("2025-03-12"), "a"};
  ExcludedInterval b{Day("2025-03-11"), Day("2025-03-14"), "b"};
  DeadlineResult r =
      Compute(Cal05Calendar(), "2025-03-03", 30, PeriodUnit::kCalendarDays, {}, {a, b});
  EXPECT_EQ(core::FormatDate(r.due), "2025-04-07");
  EXPECT_EQ(r.excluded_days, 5);
}

TEST(DeadlineRule, RollForwardStepsOverExcludedDays) {
  ExcludedInterval monday{Day("2025-03-10"), Day("2025-03-10"), "鉴定"};
  DeadlineResult r =
      Compute(Cal05Calendar(), "2025-03-03", 5, PeriodUnit::kCalendarDays, {}, {monday});
  EXPECT_EQ(core::FormatDate(r.raw_due), "2025-03-08");
  EXPECT_EQ(core::FormatDate(r.due), "2025-03-11");
  EXPECT_TRUE(r.rolled);
}

TEST(DeadlineRule, ExcludedDaysExtendMonthPeriods) {
  ExcludedInterval notice{Day("2025-03-10"), Day("2025-03-12"), "公告"};
  DeadlineResult r = Compute(Cal05Calendar(), "2025-03-03", 1, PeriodUnit::kMonths, {}, {notice});
  EXPECT_EQ(core::FormatDate(r.due), "2025-04-07");  // 4/3 + 3 days = 4/6 (清明) → 4/7
  EXPECT_EQ(r.excluded_days, 3);
}

// ---- provisional years (CAL-09) ----

TEST(DeadlineRule, YearWithoutTableIsProvisionalWithChineseWarning) {
  DeadlineResult r = Compute(Cal05Calendar(), "2026-12-15", 30, PeriodUnit::kCalendarDays);
  EXPECT_EQ(core::FormatDate(r.due), "2027-01-14");
  EXPECT_TRUE(r.provisional);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("2027年节假日安排尚未录入"), std::string::npos) << r.warnings[0];
  EXPECT_EQ(r.calendar_versions, (std::vector<std::string>{"2026@test"}));
}

TEST(DeadlineRule, WorkingDaysInto2027FallBackToMondayToFriday) {
  DeadlineResult r = Compute(Cal05Calendar(), "2026-12-30", 3, PeriodUnit::kWorkingDays);
  // 12/31 (Thu), 2027-01-01 (Fri, no table yet), 01-04 (Mon).
  EXPECT_EQ(core::FormatDate(r.due), "2027-01-04");
  EXPECT_TRUE(r.provisional);
}

TEST(DeadlineRule, EntirelyInsideATableYearIsNotProvisional) {
  DeadlineResult r = Compute(Cal05Calendar(), "2026-03-02", 20, PeriodUnit::kWorkingDays);
  EXPECT_FALSE(r.provisional);
  EXPECT_TRUE(r.warnings.empty());
  EXPECT_EQ(r.calendar_versions, (std::vector<std::string>{"2026@test"}));
}

TEST(DeadlineRule, EmptyCalendarIsProvisionalForEveryYear) {
  WorkingCalendar empty;
  DeadlineResult r = Compute(empty, "2025-12-20", 30, PeriodUnit::kCalendarDays);
  EXPECT_TRUE(r.provisional);
  EXPECT_EQ(r.warnings.size(), 2u);  // 2025 and 2026
  EXPECT_TRUE(r.calendar_versions.empty());
}

// ---- CAL-06 switch off ----

TEST(DeadlineRule, MakeupWeekendsAreNotCountedWhenSwitchIsOff) {
  WorkingCalendar calendar = Cal05Calendar(CalendarOptions{.count_makeup_weekends = false});
  EXPECT_EQ(Due(calendar, "2025-09-26", 7, PeriodUnit::kWorkingDays), "2025-10-15");
  EXPECT_EQ(Due(calendar, "2026-02-12", 7, PeriodUnit::kWorkingDays), "2026-03-03");
  DeadlineResult r = Compute(calendar, "2026-01-29", 30, PeriodUnit::kCalendarDays);
  EXPECT_EQ(core::FormatDate(r.due), "2026-03-02");  // 2/28 is a rest day now
  EXPECT_TRUE(r.rolled);
}

// ---- provenance and validation ----

TEST(DeadlineRule, CarriesRuleIdentityAndLegalBasis) {
  DeadlineResult r = Compute(Cal05Calendar(), "2025-08-03", 60, PeriodUnit::kCalendarDays);
  EXPECT_EQ(r.rule_code, "TEST");
  EXPECT_EQ(r.rule_name, "测试期限");
  EXPECT_EQ(core::FormatDate(r.start), "2025-08-03");
  EXPECT_EQ(r.unit, PeriodUnit::kCalendarDays);
  EXPECT_EQ(r.basis.Display(), "《信访工作条例》（2022-05-01施行）第34条");
  EXPECT_FALSE(r.advisory);
}

TEST(DeadlineRule, RejectsNegativeAmountNamingTheField) {
  WorkingCalendar calendar = Cal05Calendar();
  EXPECT_THAT(ComputeDeadline(calendar, Day("2025-03-03"), Rule(-1, PeriodUnit::kCalendarDays)),
              HasErrorField("amount"));
  Extension bad = Ext(-5, PeriodUnit::kCalendarDays);
  EXPECT_THAT(ComputeDeadline(calendar, Day("2025-03-03"), Rule(10, PeriodUnit::kCalendarDays),
                              {Ext(1, PeriodUnit::kCalendarDays), bad}),
              HasErrorField("extensions[1].amount"));
}

TEST(DeadlineRule, RejectsBackwardsExcludedInterval) {
  ExcludedInterval backwards{Day("2025-03-14"), Day("2025-03-10"), "倒置"};
  auto r = ComputeDeadline(Cal05Calendar(), Day("2025-03-03"), Rule(10, PeriodUnit::kCalendarDays),
                           {}, {backwards});
  EXPECT_THAT(r, HasError(core::ErrorCode::kInvalidArgument));
  EXPECT_THAT(r, HasErrorField("excluded[0]"));
}

TEST(DeadlineRule, RejectsAmountsBeyondTheBounds) {
  WorkingCalendar calendar = Cal05Calendar();
  EXPECT_THAT(
      ComputeDeadline(calendar, Day("2025-03-03"), Rule(kMaxPeriodMonths + 1, PeriodUnit::kMonths)),
      HasErrorField("amount"));
  EXPECT_THAT(ComputeDeadline(calendar, Day("2025-03-03"),
                              Rule(kMaxPeriodDays + 1, PeriodUnit::kCalendarDays)),
              HasErrorField("amount"));
  ExcludedInterval huge{Day("2025-01-01"), Day("2040-01-01"), "过长"};
  EXPECT_THAT(
      ComputeDeadline(calendar, Day("2025-03-03"), Rule(5, PeriodUnit::kCalendarDays), {}, {huge}),
      HasErrorField("excluded[0]"));
}

TEST(LegalBasis, DisplayOmitsMissingParts) {
  EXPECT_EQ((LegalBasis{"人民调解法", "", "第33条"}).Display(), "《人民调解法》第33条");
  EXPECT_EQ((LegalBasis{"", "", "第33条"}).Display(), "第33条");
}

TEST(PeriodUnit, ParsesNamesAliasesAndChinese) {
  EXPECT_EQ(*ParsePeriodUnit("workday"), PeriodUnit::kWorkingDays);
  EXPECT_EQ(*ParsePeriodUnit(" Workdays "), PeriodUnit::kWorkingDays);
  EXPECT_EQ(*ParsePeriodUnit("工作日"), PeriodUnit::kWorkingDays);
  EXPECT_EQ(*ParsePeriodUnit("calendar"), PeriodUnit::kCalendarDays);
  EXPECT_EQ(*ParsePeriodUnit("days"), PeriodUnit::kCalendarDays);
  EXPECT_EQ(*ParsePeriodUnit("日"), PeriodUnit::kCalendarDays);
  EXPECT_EQ(*ParsePeriodUnit("month"), PeriodUnit::kMonths);
  EXPECT_EQ(*ParsePeriodUnit("个月"), PeriodUnit::kMonths);
  EXPECT_THAT(ParsePeriodUnit("week"), HasErrorField("unit"));
  for (PeriodUnit u : {PeriodUnit::kWorkingDays, PeriodUnit::kCalendarDays, PeriodUnit::kMonths}) {
    EXPECT_EQ(*ParsePeriodUnit(PeriodUnitName(u)), u);
  }
  EXPECT_EQ(PeriodUnitLabelZh(PeriodUnit::kWorkingDays), "个工作日");
}

// ---- EvaluateDeadline ----

TEST(DeadlineState, EvaluatesEveryState) {
  DeadlineResult r = Compute(Cal05Calendar(), "2025-08-03", 60, PeriodUnit::kCalendarDays);
  ASSERT_EQ(core::FormatDate(r.due), "2025-10-09");
  EXPECT_EQ(EvaluateDeadline(r, Day("2025-10-09"), Day("2025-12-01"), 3),
            DeadlineState::kMetOnTime);
  EXPECT_EQ(EvaluateDeadline(r, Day("2025-09-01"), Day("2025-09-01"), 3),
            DeadlineState::kMetOnTime);
  EXPECT_EQ(EvaluateDeadline(r, Day("2025-10-10"), Day("2025-10-10"), 3), DeadlineState::kMetLate);
  EXPECT_EQ(EvaluateDeadline(r, std::nullopt, Day("2025-10-10"), 3), DeadlineState::kOverdue);
  EXPECT_EQ(EvaluateDeadline(r, std::nullopt, Day("2025-10-09"), 3), DeadlineState::kDueSoon);
  EXPECT_EQ(EvaluateDeadline(r, std::nullopt, Day("2025-10-06"), 3), DeadlineState::kDueSoon);
  EXPECT_EQ(EvaluateDeadline(r, std::nullopt, Day("2025-10-05"), 3), DeadlineState::kPending);
  EXPECT_EQ(EvaluateDeadline(r, std::nullopt, Day("2025-10-09"), 0), DeadlineState::kDueSoon);
  EXPECT_EQ(EvaluateDeadline(r, std::nullopt, Day("2025-10-08"), 0), DeadlineState::kPending);
}

TEST(DeadlineState, NamesAreStable) {
  EXPECT_EQ(DeadlineStateName(DeadlineState::kPending), "pending");
  EXPECT_EQ(DeadlineStateName(DeadlineState::kDueSoon), "due_soon");
  EXPECT_EQ(DeadlineStateName(DeadlineState::kOverdue), "overdue");
  EXPECT_EQ(DeadlineStateName(DeadlineState::kMetOnTime), "met_on_time");
  EXPECT_EQ(DeadlineStateName(DeadlineState::kMetLate), "met_late");
  EXPECT_EQ(DeadlineStateLabelZh(DeadlineState::kOverdue), "已逾期");
}

}  // namespace
}  // namespace fazhi::domain
