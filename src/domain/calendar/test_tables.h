// domain/calendar/test_tables.h — for tests only (included by *_test.cc, never by library
// code): builds HolidayYear tables from short text, and the official 2024–2026 tables exactly
// as domain-rules.md CAL-05 lists them.
//
// Contract: Day("2025-10-01") and Table(...) abort the test binary on malformed input (the
// input is literal test data). Pure functions; thread-safe.
#pragma once

#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/date.h"
#include "domain/calendar/working_calendar.h"

namespace fazhi::domain::test_tables {

inline Date Day(std::string_view text) {
  auto d = core::ParseDate(text);
  if (!d) std::abort();
  return *d;
}

// "2025-10-01" or "2025-10-01..2025-10-08".
inline std::vector<Date> Days(std::string_view text) {
  std::vector<Date> out;
  const size_t sep = text.find("..");
  if (sep == std::string_view::npos) {
    out.push_back(Day(text));
    return out;
  }
  const Date from = Day(text.substr(0, sep));
  const Date to = Day(text.substr(sep + 2));
  for (Date d = from; core::DayNumber(d) <= core::DayNumber(to); d = core::AddDays(d, 1)) {
    out.push_back(d);
  }
  return out;
}

struct PeriodSpec {
  std::string name;
  std::vector<std::string> off;     // dates or ranges
  std::vector<std::string> makeup;  // dates
};

inline HolidayYear Table(int year, const std::vector<PeriodSpec>& specs, std::string version = {}) {
  HolidayYear table;
  table.year = year;
  table.notice_title = "国务院办公厅关于" + std::to_string(year) + "年部分节假日安排的通知";
  table.version = version.empty() ? std::to_string(year) + "@test" : std::move(version);
  for (const PeriodSpec& spec : specs) {
    HolidayPeriod period;
    period.name = spec.name;
    for (const std::string& off : spec.off) {
      for (Date d : Days(off)) period.off_days.push_back(d);
    }
    for (const std::string& makeup : spec.makeup) period.makeup_workdays.push_back(Day(makeup));
    table.holidays.push_back(std::move(period));
  }
  return table;
}

// CAL-05, 2024: 1/1; 2/10–2/17; 4/4–4/6; 5/1–5/5; 6/10; 9/15–9/17; 10/1–10/7;
// make-up 2/4, 2/18, 4/7, 4/28, 5/11, 9/14, 9/29, 10/12.
inline HolidayYear Cal05Table2024() {
  return Table(2024, {{"元旦", {"2024-01-01"}, {}},
                      {"春节", {"2024-02-10..2024-02-17"}, {"2024-02-04", "2024-02-18"}},
                      {"清明节", {"2024-04-04..2024-04-06"}, {"2024-04-07"}},
                      {"劳动节", {"2024-05-01..2024-05-05"}, {"2024-04-28", "2024-05-11"}},
                      {"端午节", {"2024-06-10"}, {}},
                      {"中秋节", {"2024-09-15..2024-09-17"}, {"2024-09-14"}},
                      {"国庆节", {"2024-10-01..2024-10-07"}, {"2024-09-29", "2024-10-12"}}});
}

// CAL-05, 2025: 1/1; 1/28–2/4; 4/4–4/6; 5/1–5/5; 5/31–6/2; 10/1–10/8;
// make-up 1/26, 2/8, 4/27, 9/28, 10/11.
inline HolidayYear Cal05Table2025() {
  return Table(2025,
               {{"元旦", {"2025-01-01"}, {}},
                {"春节", {"2025-01-28..2025-02-04"}, {"2025-01-26", "2025-02-08"}},
                {"清明节", {"2025-04-04..2025-04-06"}, {}},
                {"劳动节", {"2025-05-01..2025-05-05"}, {"2025-04-27"}},
                {"端午节", {"2025-05-31..2025-06-02"}, {}},
                {"国庆节、中秋节", {"2025-10-01..2025-10-08"}, {"2025-09-28", "2025-10-11"}}});
}

// CAL-05, 2026: 1/1–1/3; 2/15–2/23; 4/4–4/6; 5/1–5/5; 6/19–6/21; 9/25–9/27; 10/1–10/7;
// make-up 1/4, 2/14, 2/28, 5/9, 9/20, 10/10.
inline HolidayYear Cal05Table2026() {
  return Table(2026, {{"元旦", {"2026-01-01..2026-01-03"}, {"2026-01-04"}},
                      {"春节", {"2026-02-15..2026-02-23"}, {"2026-02-14", "2026-02-28"}},
                      {"清明节", {"2026-04-04..2026-04-06"}, {}},
                      {"劳动节", {"2026-05-01..2026-05-05"}, {"2026-05-09"}},
                      {"端午节", {"2026-06-19..2026-06-21"}, {}},
                      {"中秋节", {"2026-09-25..2026-09-27"}, {}},
                      {"国庆节", {"2026-10-01..2026-10-07"}, {"2026-09-20", "2026-10-10"}}});
}

// A calendar holding the three CAL-05 tables.
inline WorkingCalendar Cal05Calendar(CalendarOptions options = {}) {
  WorkingCalendar calendar(options);
  if (!calendar.AddYear(Cal05Table2024()) || !calendar.AddYear(Cal05Table2025()) ||
      !calendar.AddYear(Cal05Table2026())) {
    std::abort();
  }
  return calendar;
}

}  // namespace fazhi::domain::test_tables
