// Tests for domain/calendar/working_calendar.h (CAL-01…CAL-06).
#include "domain/calendar/working_calendar.h"

#include <gtest/gtest.h>

#include <string>

#include "domain/calendar/test_tables.h"

namespace fazhi::domain {
namespace {

using test_tables::Cal05Calendar;
using test_tables::Cal05Table2025;
using test_tables::Day;
using test_tables::Table;

TEST(WorkingCalendar, WithoutTableWeekdaysWorkAndWeekendsRestProvisionally) {
  WorkingCalendar calendar;
  EXPECT_TRUE(calendar.IsWorkingDay(Day("2027-03-01")));   // Monday
  EXPECT_TRUE(calendar.IsWorkingDay(Day("2027-03-05")));   // Friday
  EXPECT_FALSE(calendar.IsWorkingDay(Day("2027-03-06")));  // Saturday
  EXPECT_FALSE(calendar.IsWorkingDay(Day("2027-03-07")));  // Sunday
  // 2027-10-01 is a holiday in reality, but without a table it is a plain Friday.
  DayInfo info = calendar.Describe(Day("2027-10-01"));
  EXPECT_EQ(info.kind, DayKind::kWorkday);
  EXPECT_TRUE(info.working);
  EXPECT_TRUE(info.provisional);
  EXPECT_EQ(info.table_year, 0);
  EXPECT_FALSE(calendar.Covers(Day("2027-10-01")));
}

TEST(WorkingCalendar, OffDayIsNotWorkingDayAndCarriesHolidayName) {
  WorkingCalendar calendar = Cal05Calendar();
  DayInfo info = calendar.Describe(Day("2025-10-01"));
  EXPECT_EQ(info.kind, DayKind::kHoliday);
  EXPECT_FALSE(info.working);
  EXPECT_EQ(info.holiday_name, "国庆节、中秋节");
  EXPECT_FALSE(info.provisional);
  EXPECT_EQ(info.table_year, 2025);
  // A weekday inside the holiday, and the 除夕 of 2025 (first year with 除夕 off, CAL-02).
  EXPECT_FALSE(calendar.IsWorkingDay(Day("2025-10-08")));
  EXPECT_FALSE(calendar.IsWorkingDay(Day("2025-01-28")));
  // 2024's 除夕 (2/9) was only "encouraged" off: a working day.
  EXPECT_TRUE(calendar.IsWorkingDay(Day("2024-02-09")));
}

TEST(WorkingCalendar, MakeupWeekendIsWorkingDayByDefault) {
  WorkingCalendar calendar = Cal05Calendar();
  DayInfo sunday = calendar.Describe(Day("2025-09-28"));
  EXPECT_EQ(sunday.kind, DayKind::kMakeupWorkday);
  EXPECT_TRUE(sunday.working);
  EXPECT_EQ(sunday.holiday_name, "国庆节、中秋节");
  EXPECT_TRUE(calendar.IsWorkingDay(Day("2026-02-28")));  // Saturday, 调休上班
  EXPECT_TRUE(calendar.IsWorkingDay(Day("2024-02-04")));  // Sunday, 调休上班
}

TEST(WorkingCalendar, MakeupWeekendIsRestDayWhenSwitchIsOff) {
  WorkingCalendar calendar = Cal05Calendar(CalendarOptions{.count_makeup_weekends = false});
  DayInfo sunday = calendar.Describe(Day("2025-09-28"));
  EXPECT_EQ(sunday.kind, DayKind::kMakeupWorkday);
  EXPECT_FALSE(sunday.working);
  EXPECT_FALSE(calendar.IsWorkingDay(Day("2026-02-28")));
  // Off days and ordinary days are unaffected by the switch.
  EXPECT_FALSE(calendar.IsWorkingDay(Day("2025-10-01")));
  EXPECT_TRUE(calendar.IsWorkingDay(Day("2025-09-26")));
  EXPECT_FALSE(calendar.options().count_makeup_weekends);
}

TEST(WorkingCalendar, OrdinaryDaysOfATableYearAreNotProvisional) {
  WorkingCalendar calendar = Cal05Calendar();
  DayInfo saturday = calendar.Describe(Day("2025-03-08"));
  EXPECT_EQ(saturday.kind, DayKind::kWeekend);
  EXPECT_FALSE(saturday.working);
  EXPECT_FALSE(saturday.provisional);
  EXPECT_EQ(saturday.table_year, 2025);
  DayInfo monday = calendar.Describe(Day("2025-03-10"));
  EXPECT_EQ(monday.kind, DayKind::kWorkday);
  EXPECT_TRUE(monday.working);
}

TEST(WorkingCalendar, ListsYearsInOrderAndFindsTables) {
  WorkingCalendar calendar = Cal05Calendar();
  EXPECT_EQ(calendar.Years(), (std::vector<int>{2024, 2025, 2026}));
  EXPECT_TRUE(calendar.HasYear(2025));
  EXPECT_FALSE(calendar.HasYear(2027));
  ASSERT_NE(calendar.Year(2026), nullptr);
  EXPECT_EQ(calendar.Year(2026)->version, "2026@test");
  EXPECT_EQ(calendar.Year(2027), nullptr);
}

TEST(WorkingCalendar, TableMayListDecemberOfThePreviousYearForNewYear) {
  // The 2019 notice: 2018-12-29 上班, 2018-12-30 … 2019-01-01 放假.
  WorkingCalendar calendar;
  std::string problem;
  ASSERT_TRUE(calendar.AddYear(Table(2019, {{"元旦", {"2018-12-30..2019-01-01"}, {"2018-12-29"}}}),
                               &problem))
      << problem;
  EXPECT_FALSE(calendar.IsWorkingDay(Day("2018-12-31")));  // Monday, off
  EXPECT_TRUE(calendar.IsWorkingDay(Day("2018-12-29")));   // Saturday, worked
  DayInfo info = calendar.Describe(Day("2018-12-31"));
  EXPECT_FALSE(info.provisional);
  EXPECT_EQ(info.table_year, 2019);
  EXPECT_TRUE(calendar.Covers(Day("2018-12-31")));
  EXPECT_FALSE(calendar.Covers(Day("2018-12-28")));  // 2018 itself has no table
  ASSERT_NE(calendar.TableFor(Day("2018-12-30")), nullptr);
  EXPECT_EQ(calendar.TableFor(Day("2018-12-30"))->year, 2019);
}

TEST(WorkingCalendar, RejectsDateOutsideTheYear) {
  WorkingCalendar calendar;
  std::string problem;
  EXPECT_FALSE(calendar.AddYear(Table(2025, {{"元旦", {"2026-01-01"}, {}}}), &problem));
  EXPECT_NE(problem.find("2026-01-01"), std::string::npos) << problem;
  EXPECT_FALSE(calendar.AddYear(Table(2025, {{"国庆节", {"2024-10-01"}, {}}}), &problem));
  EXPECT_FALSE(calendar.AddYear(Table(2025, {{"元旦", {"2023-12-31"}, {}}}), &problem));
  EXPECT_FALSE(calendar.HasYear(2025));
}

TEST(WorkingCalendar, RejectsDayBothOffAndMakeup) {
  WorkingCalendar calendar;
  std::string problem;
  EXPECT_FALSE(calendar.AddYear(
      Table(2025, {{"国庆节", {"2025-10-01..2025-10-08"}, {"2025-10-04"}}}), &problem));
  EXPECT_NE(problem.find("既是放假日又是调休上班日"), std::string::npos) << problem;
  EXPECT_FALSE(calendar.HasYear(2025));
}

TEST(WorkingCalendar, RejectsDayListedTwice) {
  WorkingCalendar calendar;
  std::string problem;
  EXPECT_FALSE(calendar.AddYear(
      Table(2025, {{"国庆节", {"2025-10-01..2025-10-08"}, {}}, {"中秋节", {"2025-10-06"}, {}}}),
      &problem));
  EXPECT_NE(problem.find("重复"), std::string::npos) << problem;
}

TEST(WorkingCalendar, RejectsConflictWithAnotherYearsTable) {
  WorkingCalendar calendar;
  ASSERT_TRUE(
      calendar.AddYear(Table(2019, {{"元旦", {"2018-12-30..2019-01-01"}, {"2018-12-29"}}})));
  std::string problem;
  // A 2018 table that calls 2018-12-29 a day off contradicts the 2019 notice.
  EXPECT_FALSE(calendar.AddYear(Table(2018, {{"元旦", {"2018-12-29"}, {}}}), &problem));
  EXPECT_NE(problem.find("2018-12-29"), std::string::npos) << problem;
  EXPECT_FALSE(calendar.HasYear(2018));
  // Agreeing on the day is fine.
  EXPECT_TRUE(calendar.AddYear(Table(2018, {{"国庆节", {"2018-10-01..2018-10-07"}, {}}})));
}

TEST(WorkingCalendar, RejectsYearOutOfRange) {
  WorkingCalendar calendar;
  std::string problem;
  EXPECT_FALSE(calendar.AddYear(Table(0, {}), &problem));
  EXPECT_FALSE(problem.empty());
}

TEST(WorkingCalendar, AddingAYearAgainReplacesItsTable) {
  WorkingCalendar calendar;
  ASSERT_TRUE(
      calendar.AddYear(Table(2025, {{"国庆节", {"2025-10-01..2025-10-08"}, {}}}, "2025@a")));
  ASSERT_TRUE(calendar.AddYear(Table(2025, {{"元旦", {"2025-01-01"}, {}}}, "2025@b")));
  EXPECT_TRUE(calendar.IsWorkingDay(Day("2025-10-08")));  // the old listing is gone
  EXPECT_FALSE(calendar.IsWorkingDay(Day("2025-01-01")));
  EXPECT_EQ(calendar.Year(2025)->version, "2025@b");
}

TEST(WorkingCalendar, FailedAddLeavesCalendarUnchanged) {
  WorkingCalendar calendar;
  calendar.AddYear(Cal05Table2025());
  EXPECT_FALSE(calendar.AddYear(Table(2025, {{"元旦", {"2026-01-01"}, {}}})));
  EXPECT_FALSE(calendar.IsWorkingDay(Day("2025-10-01")));
  EXPECT_EQ(calendar.Year(2025)->version, "2025@test");
}

TEST(WorkingCalendar, DayKindNamesAreStable) {
  EXPECT_EQ(DayKindName(DayKind::kWorkday), "workday");
  EXPECT_EQ(DayKindName(DayKind::kWeekend), "weekend");
  EXPECT_EQ(DayKindName(DayKind::kHoliday), "holiday");
  EXPECT_EQ(DayKindName(DayKind::kMakeupWorkday), "makeup");
}

}  // namespace
}  // namespace fazhi::domain
