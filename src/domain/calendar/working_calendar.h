// domain/calendar/working_calendar.h — the official working-day calendar (CAL-01…CAL-06).
//
// Contract:
//  * A WorkingCalendar holds one HolidayYear table per year (loaded from data/calendar/*.toml
//    by store/calendar_files.h, or built in tests). Each year cites its 国务院办公厅 notice
//    and any later notice that amended it (2019 劳动节, 2020 春节).
//  * The table of year Y lists the days that Y's notice fixes. Almost all lie in Y, but the
//    元旦 holiday of Y may begin in December of Y-1 (the 2019 notice: 2018-12-29 上班,
//    2018-12-30/31 放假), so a table may also list days of December Y-1, and no others.
//  * IsWorkingDay(d): a day listed as off (放假) is not a working day; a listed 调休 make-up
//    day is a working day when count_makeup_weekends is on (the default, CAL-06) and a rest
//    day when it is off; every other day is a working day exactly when Monday–Friday
//    (CAL-01). A day whose year has no table and that no table lists falls back to
//    Monday–Friday and is reported provisional (CAL-09).
//  * AddYear validates before changing anything and returns false with a reason (zh-CN) in
//    *problem. Not thread-safe while tables are being added; immutable and safe to share
//    between threads once loading is done.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace fazhi::domain {

using core::Date;

struct HolidayPeriod {
  std::string name;                   // "春节"
  std::vector<Date> off_days;         // every day off in this holiday (放假)
  std::vector<Date> makeup_workdays;  // weekend days worked instead (调休上班)
  std::string note;                   // free text, e.g. how an amending notice changed it
  std::string amended_by;             // 文号 of the amending notice, empty if none
};

// A 国务院办公厅 notice, cited by number. issued_on is the date the notice bears (成文日期).
struct NoticeRef {
  std::string title;         // "国务院办公厅关于延长2020年春节假期的通知"
  std::string number;        // "国办发明电〔2020〕1号"
  std::string issued_on;     // "2020-01-26"
  std::string published_on;  // "2020-01-27" when published later than issued; may be empty
  std::string url;           // the gov.cn page
  std::string summary;       // what it changed (amendments only)
};

struct HolidayYear {
  int year = 0;
  std::string notice_title;   // "国务院办公厅关于2025年部分节假日安排的通知"
  std::string notice_number;  // "国办发明电〔2024〕12号"
  std::string issued_on;      // "2024-11-12" (成文日期)
  std::string published_on;   // when published later than issued; may be empty
  std::string url;            // the gov.cn page of the notice
  std::string version;        // "<year>@<sha256 prefix of the file>" (CAL-09 table version)
  std::vector<NoticeRef> amendments;  // later notices that changed this year's arrangement
  std::vector<HolidayPeriod> holidays;
};

enum class DayKind {
  kWorkday,        // ordinary Monday–Friday
  kWeekend,        // ordinary Saturday/Sunday
  kHoliday,        // official day off (放假), with holiday name
  kMakeupWorkday,  // 调休上班 weekend day
};
std::string_view DayKindName(DayKind kind);  // "workday" | "weekend" | "holiday" | "makeup"

struct DayInfo {
  Date date{};
  DayKind kind = DayKind::kWorkday;
  bool working = true;
  std::string holiday_name;  // for kHoliday / kMakeupWorkday
  bool provisional = false;  // no table fixes this day (its year has no table)
  int table_year = 0;        // the year table that fixes this day; 0 when provisional
};

struct CalendarOptions {
  // CAL-06 (UNVERIFIED, deployment switch): a 调休 Saturday/Sunday counts as a working day.
  // Default: on. When off, a make-up day is treated as the rest day it would otherwise be.
  bool count_makeup_weekends = true;
};

class WorkingCalendar {
 public:
  explicit WorkingCalendar(CalendarOptions options = {}) : options_(options) {}

  // Adds or replaces the table of one year. Returns false (and changes nothing) if the year
  // is not in 1900…9999, a date of the table lies outside the year (other than December of
  // the year before), a date is listed twice, a date is both off and make-up, or a date is
  // listed by another year's table with a different status.
  bool AddYear(HolidayYear table, std::string* problem = nullptr);

  bool HasYear(int year) const;
  std::vector<int> Years() const;           // ascending
  const HolidayYear* Year(int year) const;  // nullptr if absent

  bool IsWorkingDay(Date d) const;
  DayInfo Describe(Date d) const;
  // True when a loaded table fixes the status of d (its year has a table, or a table lists d).
  bool Covers(Date d) const;
  // The table that fixes d (see Covers), or nullptr.
  const HolidayYear* TableFor(Date d) const;
  const CalendarOptions& options() const { return options_; }

 private:
  void Rebuild();

  CalendarOptions options_;
  std::map<int, HolidayYear> years_;
  std::map<std::int64_t, DayInfo> special_days_;  // keyed by core::DayNumber
};

}  // namespace fazhi::domain
