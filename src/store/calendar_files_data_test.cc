// Tests of the real holiday tables in data/calendar (2019–2026): each file loads, cites its
// notice, and gives the official arrangement around every holiday; the domain-rules.md §2
// vectors hold on the real data; and deadlines across the special cases (2019 劳动节
// adjustment, 2020 春节 extension, 元旦 beginning in December, 2027 without a table).
// The repository root comes from $FAZHI_SOURCE_DIR (set by ctest), else from the
// FAZHI_SOURCE_DIR compile definition of fazhi_test_support.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "domain/calendar/deadline.h"
#include "domain/calendar/statutory_rules.h"
#include "store/calendar_files.h"
#include "support/matchers.h"

namespace fazhi::store {
namespace {

namespace fs = std::filesystem;
using domain::DayKind;
using domain::PeriodUnit;
using domain::WorkingCalendar;
using fazhi::testing::IsOk;

fs::path CalendarDir() {
  const char* env = std::getenv("FAZHI_SOURCE_DIR");
  const fs::path root =
      (env != nullptr && *env != '\0') ? fs::path(env) : fs::path(FAZHI_SOURCE_DIR);
  return root / "data" / "calendar";
}

core::Date D(std::string_view text) {
  auto d = core::ParseDate(text);
  EXPECT_TRUE(d.has_value()) << text;
  return d.has_value() ? *d : core::MakeDate(1970, 1, 1);
}

WorkingCalendar Load(domain::CalendarOptions options = {}) {
  auto calendar = LoadCalendarDir(CalendarDir(), options);
  EXPECT_THAT(calendar, IsOk()) << CalendarDir();
  return calendar.has_value() ? *calendar : WorkingCalendar(options);
}

// ---- the files and their citations ----

struct NoticeExpectation {
  int year;
  const char* number;
  const char* issued_on;
  size_t off_days;
  size_t makeup_days;
  int working_days;  // working days from 1 January to 31 December
};

// 文号 and dates as verified against the notices (see docs/calendar.md, "Sources").
const NoticeExpectation kNotices[] = {
    {2019, "国办发明电〔2018〕15号", "2018-12-04", 24, 7, 250},
    {2020, "国办发明电〔2019〕16号", "2019-11-21", 30, 6, 249},
    {2021, "国办发明电〔2020〕27号", "2020-11-25", 31, 7, 250},
    {2022, "国办发明电〔2021〕11号", "2021-10-25", 31, 7, 249},
    {2023, "国办发明电〔2022〕16号", "2022-12-08", 27, 7, 249},
    {2024, "国办发明电〔2023〕7号", "2023-10-25", 28, 8, 251},
    {2025, "国办发明电〔2024〕12号", "2024-11-12", 28, 5, 248},
    {2026, "国办发明电〔2025〕7号", "2025-11-04", 33, 6, 248},
};

TEST(CalendarData, LoadsEveryYearFrom2019To2026) {
  WorkingCalendar calendar = Load();
  EXPECT_EQ(calendar.Years(), (std::vector<int>{2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026}));
}

TEST(CalendarData, EachYearCitesItsNotice) {
  WorkingCalendar calendar = Load();
  for (const NoticeExpectation& n : kNotices) {
    SCOPED_TRACE(n.year);
    const domain::HolidayYear* table = calendar.Year(n.year);
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->notice_title,
              "国务院办公厅关于" + std::to_string(n.year) + "年部分节假日安排的通知");
    EXPECT_EQ(table->notice_number, n.number);
    EXPECT_EQ(table->issued_on, n.issued_on);
    EXPECT_EQ(table->url.rfind("https://www.gov.cn/zhengce/content/", 0), 0u) << table->url;
    ASSERT_EQ(table->version.size(), 4 + 1 + 12u);
    EXPECT_EQ(table->version.substr(0, 5), std::to_string(n.year) + "@");
    size_t off = 0;
    size_t makeup = 0;
    for (const auto& period : table->holidays) {
      off += period.off_days.size();
      makeup += period.makeup_workdays.size();
    }
    EXPECT_EQ(off, n.off_days);
    EXPECT_EQ(makeup, n.makeup_days);
  }
}

TEST(CalendarData, WorkingDaysPerYear) {
  WorkingCalendar calendar = Load();
  for (const NoticeExpectation& n : kNotices) {
    int working = 0;
    for (core::Date d = core::MakeDate(n.year, 1, 1); core::YearOf(d) == n.year;
         d = core::AddDays(d, 1)) {
      if (calendar.IsWorkingDay(d)) ++working;
    }
    EXPECT_EQ(working, n.working_days) << n.year;
  }
}

TEST(CalendarData, AmendingNoticesAreCited) {
  WorkingCalendar calendar = Load();
  const domain::HolidayYear* y2019 = calendar.Year(2019);
  ASSERT_NE(y2019, nullptr);
  ASSERT_EQ(y2019->amendments.size(), 1u);
  EXPECT_EQ(y2019->amendments[0].number, "国办发明电〔2019〕3号");
  EXPECT_EQ(y2019->amendments[0].issued_on, "2019-03-22");
  EXPECT_EQ(y2019->published_on, "2018-12-06");

  const domain::HolidayYear* y2020 = calendar.Year(2020);
  ASSERT_NE(y2020, nullptr);
  ASSERT_EQ(y2020->amendments.size(), 1u);
  EXPECT_EQ(y2020->amendments[0].title, "国务院办公厅关于延长2020年春节假期的通知");
  EXPECT_EQ(y2020->amendments[0].number, "国办发明电〔2020〕1号");
  EXPECT_EQ(y2020->amendments[0].issued_on, "2020-01-26");
  EXPECT_EQ(y2020->amendments[0].published_on, "2020-01-27");
  bool found = false;
  for (const auto& period : y2020->holidays) {
    if (period.name == "春节") {
      found = true;
      EXPECT_EQ(period.amended_by, "国办发明电〔2020〕1号");
    }
  }
  EXPECT_TRUE(found);
}

// ---- around every holiday of 2019–2026 ----

struct HolidayEdges {
  const char* name;
  const char* last_working_before;
  const char* first_off;
  const char* last_off;
  const char* first_working_after;
  std::vector<const char*> makeup;
};

const std::vector<HolidayEdges>& AllHolidayEdges() {
  static const std::vector<HolidayEdges> edges = {
      // clang-format off
    // 2019
    {"元旦", "2018-12-29", "2018-12-30", "2019-01-01", "2019-01-02", {"2018-12-29"}},
    {"春节", "2019-02-03", "2019-02-04", "2019-02-10", "2019-02-11", {"2019-02-02", "2019-02-03"}},
    {"清明节", "2019-04-04", "2019-04-05", "2019-04-05", "2019-04-08", {}},
    {"劳动节", "2019-04-30", "2019-05-01", "2019-05-04", "2019-05-05", {"2019-04-28", "2019-05-05"}},
    {"端午节", "2019-06-06", "2019-06-07", "2019-06-07", "2019-06-10", {}},
    {"中秋节", "2019-09-12", "2019-09-13", "2019-09-13", "2019-09-16", {}},
    {"国庆节", "2019-09-30", "2019-10-01", "2019-10-07", "2019-10-08", {"2019-09-29", "2019-10-12"}},
    // 2020
    {"元旦", "2019-12-31", "2020-01-01", "2020-01-01", "2020-01-02", {}},
    {"春节", "2020-01-23", "2020-01-24", "2020-02-02", "2020-02-03", {"2020-01-19"}},
    {"清明节", "2020-04-03", "2020-04-04", "2020-04-06", "2020-04-07", {}},
    {"劳动节", "2020-04-30", "2020-05-01", "2020-05-05", "2020-05-06", {"2020-04-26", "2020-05-09"}},
    {"端午节", "2020-06-24", "2020-06-25", "2020-06-27", "2020-06-28", {"2020-06-28"}},
    {"国庆节、中秋节", "2020-09-30", "2020-10-01", "2020-10-08", "2020-10-09",
     {"2020-09-27", "2020-10-10"}},
    // 2021
    {"元旦", "2020-12-31", "2021-01-01", "2021-01-03", "2021-01-04", {}},
    {"春节", "2021-02-10", "2021-02-11", "2021-02-17", "2021-02-18", {"2021-02-07", "2021-02-20"}},
    {"清明节", "2021-04-02", "2021-04-03", "2021-04-05", "2021-04-06", {}},
    {"劳动节", "2021-04-30", "2021-05-01", "2021-05-05", "2021-05-06", {"2021-04-25", "2021-05-08"}},
    {"端午节", "2021-06-11", "2021-06-12", "2021-06-14", "2021-06-15", {}},
    {"中秋节", "2021-09-18", "2021-09-19", "2021-09-21", "2021-09-22", {"2021-09-18"}},
    {"国庆节", "2021-09-30", "2021-10-01", "2021-10-07", "2021-10-08", {"2021-09-26", "2021-10-09"}},
    // 2022
    {"元旦", "2021-12-31", "2022-01-01", "2022-01-03", "2022-01-04", {}},
    {"春节", "2022-01-30", "2022-01-31", "2022-02-06", "2022-02-07", {"2022-01-29", "2022-01-30"}},
    {"清明节", "2022-04-02", "2022-04-03", "2022-04-05", "2022-04-06", {"2022-04-02"}},
    {"劳动节", "2022-04-29", "2022-04-30", "2022-05-04", "2022-05-05", {"2022-04-24", "2022-05-07"}},
    {"端午节", "2022-06-02", "2022-06-03", "2022-06-05", "2022-06-06", {}},
    {"中秋节", "2022-09-09", "2022-09-10", "2022-09-12", "2022-09-13", {}},
    {"国庆节", "2022-09-30", "2022-10-01", "2022-10-07", "2022-10-08", {"2022-10-08", "2022-10-09"}},
    // 2023
    {"元旦", "2022-12-30", "2022-12-31", "2023-01-02", "2023-01-03", {}},
    {"春节", "2023-01-20", "2023-01-21", "2023-01-27", "2023-01-28", {"2023-01-28", "2023-01-29"}},
    {"清明节", "2023-04-04", "2023-04-05", "2023-04-05", "2023-04-06", {}},
    {"劳动节", "2023-04-28", "2023-04-29", "2023-05-03", "2023-05-04", {"2023-04-23", "2023-05-06"}},
    {"端午节", "2023-06-21", "2023-06-22", "2023-06-24", "2023-06-25", {"2023-06-25"}},
    {"中秋节、国庆节", "2023-09-28", "2023-09-29", "2023-10-06", "2023-10-07",
     {"2023-10-07", "2023-10-08"}},
    // 2024
    {"元旦", "2023-12-29", "2024-01-01", "2024-01-01", "2024-01-02", {}},
    {"春节", "2024-02-09", "2024-02-10", "2024-02-17", "2024-02-18", {"2024-02-04", "2024-02-18"}},
    {"清明节", "2024-04-03", "2024-04-04", "2024-04-06", "2024-04-07", {"2024-04-07"}},
    {"劳动节", "2024-04-30", "2024-05-01", "2024-05-05", "2024-05-06", {"2024-04-28", "2024-05-11"}},
    {"端午节", "2024-06-07", "2024-06-10", "2024-06-10", "2024-06-11", {}},
    {"中秋节", "2024-09-14", "2024-09-15", "2024-09-17", "2024-09-18", {"2024-09-14"}},
    {"国庆节", "2024-09-30", "2024-10-01", "2024-10-07", "2024-10-08", {"2024-09-29", "2024-10-12"}},
    // 2025
    {"元旦", "2024-12-31", "2025-01-01", "2025-01-01", "2025-01-02", {}},
    {"春节", "2025-01-27", "2025-01-28", "2025-02-04", "2025-02-05", {"2025-01-26", "2025-02-08"}},
    {"清明节", "2025-04-03", "2025-04-04", "2025-04-06", "2025-04-07", {}},
    {"劳动节", "2025-04-30", "2025-05-01", "2025-05-05", "2025-05-06", {"2025-04-27"}},
    {"端午节", "2025-05-30", "2025-05-31", "2025-06-02", "2025-06-03", {}},
    {"国庆节、中秋节", "2025-09-30", "2025-10-01", "2025-10-08", "2025-10-09",
     {"2025-09-28", "2025-10-11"}},
    // 2026
    {"元旦", "2025-12-31", "2026-01-01", "2026-01-03", "2026-01-04", {"2026-01-04"}},
    {"春节", "2026-02-14", "2026-02-15", "2026-02-23", "2026-02-24", {"2026-02-14", "2026-02-28"}},
    {"清明节", "2026-04-03", "2026-04-04", "2026-04-06", "2026-04-07", {}},
    {"劳动节", "2026-04-30", "2026-05-01", "2026-05-05", "2026-05-06", {"2026-05-09"}},
    {"端午节", "2026-06-18", "2026-06-19", "2026-06-21", "2026-06-22", {}},
    {"中秋节", "2026-09-24", "2026-09-25", "2026-09-27", "2026-09-28", {}},
    {"国庆节", "2026-09-30", "2026-10-01", "2026-10-07", "2026-10-08", {"2026-09-20", "2026-10-10"}},
      // clang-format on
  };
  return edges;
}

TEST(CalendarData, ArrangementAroundEveryHoliday) {
  WorkingCalendar calendar = Load();
  EXPECT_EQ(AllHolidayEdges().size(), 53u);
  for (const HolidayEdges& h : AllHolidayEdges()) {
    SCOPED_TRACE(std::string(h.first_off) + " " + h.name);
    const core::Date before = D(h.last_working_before);
    const core::Date first = D(h.first_off);
    const core::Date last = D(h.last_off);
    const core::Date after = D(h.first_working_after);
    EXPECT_TRUE(calendar.IsWorkingDay(before)) << h.last_working_before;
    for (core::Date d = core::AddDays(before, 1); core::DayNumber(d) < core::DayNumber(first);
         d = core::AddDays(d, 1)) {
      EXPECT_FALSE(calendar.IsWorkingDay(d)) << core::FormatDate(d);  // a plain weekend
    }
    for (core::Date d = first; core::DayNumber(d) <= core::DayNumber(last);
         d = core::AddDays(d, 1)) {
      const domain::DayInfo info = calendar.Describe(d);
      EXPECT_FALSE(info.working) << core::FormatDate(d);
      EXPECT_EQ(info.kind, DayKind::kHoliday) << core::FormatDate(d);
      EXPECT_EQ(info.holiday_name, h.name) << core::FormatDate(d);
      EXPECT_FALSE(info.provisional) << core::FormatDate(d);
    }
    for (core::Date d = core::AddDays(last, 1); core::DayNumber(d) < core::DayNumber(after);
         d = core::AddDays(d, 1)) {
      EXPECT_FALSE(calendar.IsWorkingDay(d)) << core::FormatDate(d);
    }
    EXPECT_TRUE(calendar.IsWorkingDay(after)) << h.first_working_after;
    for (const char* m : h.makeup) {
      const domain::DayInfo info = calendar.Describe(D(m));
      EXPECT_TRUE(info.working) << m;
      EXPECT_EQ(info.kind, DayKind::kMakeupWorkday) << m;
      EXPECT_EQ(info.holiday_name, h.name) << m;
      EXPECT_TRUE(core::IsWeekend(D(m))) << m;
    }
  }
}

TEST(CalendarData, MakeupWeekendsRestWhenSwitchIsOff) {
  WorkingCalendar calendar = Load(domain::CalendarOptions{false});
  for (const HolidayEdges& h : AllHolidayEdges()) {
    for (const char* m : h.makeup) EXPECT_FALSE(calendar.IsWorkingDay(D(m))) << m;
  }
}

TEST(CalendarData, SpecialCasesOfTheNotices) {
  WorkingCalendar calendar = Load();
  // 2019 劳动节 as adjusted by 国办发明电〔2019〕3号: 5/1–5/4 off, Sundays 4/28 and 5/5 worked.
  EXPECT_TRUE(calendar.IsWorkingDay(D("2019-04-28")));
  EXPECT_FALSE(calendar.IsWorkingDay(D("2019-05-02")));
  EXPECT_FALSE(calendar.IsWorkingDay(D("2019-05-03")));
  EXPECT_TRUE(calendar.IsWorkingDay(D("2019-05-05")));
  // 2020 春节 extended to 2/2 by 国办发明电〔2020〕1号: Saturday 2/1 is no longer worked.
  EXPECT_FALSE(calendar.IsWorkingDay(D("2020-01-31")));
  EXPECT_EQ(calendar.Describe(D("2020-02-01")).kind, DayKind::kHoliday);
  EXPECT_FALSE(calendar.IsWorkingDay(D("2020-02-01")));
  EXPECT_TRUE(calendar.IsWorkingDay(D("2020-01-19")));
  // 元旦 in December of the year before (2019 and 2023 notices).
  EXPECT_TRUE(calendar.IsWorkingDay(D("2018-12-29")));
  EXPECT_FALSE(calendar.IsWorkingDay(D("2018-12-31")));
  EXPECT_EQ(calendar.Describe(D("2018-12-31")).table_year, 2019);
  EXPECT_EQ(calendar.Describe(D("2022-12-31")).kind, DayKind::kHoliday);
  EXPECT_EQ(calendar.Describe(D("2022-12-31")).table_year, 2023);
  // 2024 除夕 (2/9) was encouraged, not given: a working day. 2025 除夕 (1/28) is off.
  EXPECT_TRUE(calendar.IsWorkingDay(D("2024-02-09")));
  EXPECT_FALSE(calendar.IsWorkingDay(D("2025-01-28")));
  // 2027 has no table yet.
  EXPECT_TRUE(calendar.Describe(D("2027-10-01")).provisional);
  EXPECT_TRUE(calendar.IsWorkingDay(D("2027-10-01")));
}

// ---- deadlines on the real data ----

std::string Due(const WorkingCalendar& calendar, std::string_view start, int amount,
                PeriodUnit unit, domain::DeadlineResult* out = nullptr) {
  domain::DeadlineRule rule;
  rule.code = "TEST";
  rule.amount = amount;
  rule.unit = unit;
  auto r = domain::ComputeDeadline(calendar, D(start), rule);
  EXPECT_TRUE(r.has_value());
  if (!r.has_value()) return {};
  if (out != nullptr) *out = *r;
  return core::FormatDate(r->due);
}

TEST(CalendarData, DomainRulesVectorsHoldOnTheRealTables) {
  WorkingCalendar c = Load();
  EXPECT_EQ(Due(c, "2025-09-26", 7, PeriodUnit::kWorkingDays), "2025-10-13");
  EXPECT_EQ(Due(c, "2025-09-26", 20, PeriodUnit::kWorkingDays), "2025-10-30");
  EXPECT_EQ(Due(c, "2026-02-12", 7, PeriodUnit::kWorkingDays), "2026-02-28");
  EXPECT_EQ(Due(c, "2026-01-30", 20, PeriodUnit::kWorkingDays), "2026-03-05");
  EXPECT_EQ(Due(c, "2024-04-30", 5, PeriodUnit::kWorkingDays), "2024-05-10");
  domain::DeadlineResult r;
  EXPECT_EQ(Due(c, "2025-08-03", 60, PeriodUnit::kCalendarDays, &r), "2025-10-09");
  EXPECT_EQ(core::FormatDate(r.raw_due), "2025-10-02");
  EXPECT_TRUE(r.rolled);
  EXPECT_EQ(Due(c, "2025-11-05", 90, PeriodUnit::kCalendarDays, &r), "2026-02-03");
  EXPECT_FALSE(r.rolled);
  ASSERT_EQ(r.calendar_versions.size(), 2u);
  EXPECT_EQ(r.calendar_versions[0], c.Year(2025)->version);
  EXPECT_EQ(r.calendar_versions[1], c.Year(2026)->version);
}

TEST(CalendarData, DeadlinesAcrossTheAmendedHolidays) {
  WorkingCalendar c = Load();
  // 1/24–2/2 off (extended), so 7 working days from 2020-01-23 end on 2020-02-11.
  EXPECT_EQ(Due(c, "2020-01-23", 7, PeriodUnit::kWorkingDays), "2020-02-11");
  // 4/28 (Sunday) and 5/5 (Sunday) count; 5/1–5/4 do not.
  EXPECT_EQ(Due(c, "2019-04-26", 5, PeriodUnit::kWorkingDays), "2019-05-06");
}

TEST(CalendarData, DeadlinesAcrossNewYearInDecember) {
  WorkingCalendar c = Load();
  domain::DeadlineResult r;
  // 2018-12-31 is a 元旦 day off fixed by the 2019 notice; 2019-01-01 too.
  EXPECT_EQ(Due(c, "2018-12-16", 15, PeriodUnit::kCalendarDays, &r), "2019-01-02");
  EXPECT_TRUE(r.rolled);
  EXPECT_TRUE(r.provisional);  // 2018 itself has no table
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("2018年"), std::string::npos);
  // 2022-12-31 … 2023-01-02 off (2023 notice); both tables are used, nothing provisional.
  EXPECT_EQ(Due(c, "2022-12-01", 30, PeriodUnit::kCalendarDays, &r), "2023-01-03");
  EXPECT_FALSE(r.provisional);
  EXPECT_EQ(r.calendar_versions,
            (std::vector<std::string>{c.Year(2022)->version, c.Year(2023)->version}));
}

TEST(CalendarData, DeadlinesInto2027AreProvisional) {
  WorkingCalendar c = Load();
  auto result = domain::ComputeDeadline(c, D("2026-12-01"), domain::PetitionHandlingRule());
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(core::FormatDate(result->due), "2027-02-01");  // 2027-01-30 is a Saturday
  EXPECT_TRUE(result->provisional);
  ASSERT_EQ(result->warnings.size(), 1u);
  EXPECT_NE(result->warnings[0].find("2027年节假日安排尚未录入"), std::string::npos);
  EXPECT_EQ(result->calendar_versions, (std::vector<std::string>{c.Year(2026)->version}));
}

}  // namespace
}  // namespace fazhi::store
