// domain/calendar/working_calendar.cc — see working_calendar.h.
#include "domain/calendar/working_calendar.h"

#include <fmt/format.h>

#include <set>
#include <utility>

namespace fazhi::domain {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 9999;

// The table of `year` may list days of `year` and of December of `year - 1` (元旦 spill-over).
bool InTableRange(int year, Date d) {
  const int y = core::YearOf(d);
  if (y == year) return true;
  return y == year - 1 && d.month() == std::chrono::December;
}

void SetProblem(std::string* problem, std::string text) {
  if (problem != nullptr) *problem = std::move(text);
}

}  // namespace

std::string_view DayKindName(DayKind kind) {
  switch (kind) {
    case DayKind::kWorkday:
      return "workday";
    case DayKind::kWeekend:
      return "weekend";
    case DayKind::kHoliday:
      return "holiday";
    case DayKind::kMakeupWorkday:
      return "makeup";
  }
  return "workday";
}

bool WorkingCalendar::AddYear(HolidayYear table, std::string* problem) {
  const int year = table.year;
  if (year < kMinYear || year > kMaxYear) {
    SetProblem(problem, fmt::format("年份 {} 不在 {}–{} 之内", year, kMinYear, kMaxYear));
    return false;
  }
  // Every listed day of this table, with its status (true = off).
  std::map<std::int64_t, bool> listed;
  for (const HolidayPeriod& period : table.holidays) {
    auto add = [&](Date d, bool off) -> bool {
      if (!d.ok()) {
        SetProblem(problem, fmt::format("{}年表“{}”含无效日期", year, period.name));
        return false;
      }
      if (!InTableRange(year, d)) {
        SetProblem(problem,
                   fmt::format("{}年表“{}”的日期 {} 不在{}年内（只允许前一年12月的元旦调休）", year,
                               period.name, core::FormatDate(d), year));
        return false;
      }
      auto [it, inserted] = listed.emplace(core::DayNumber(d), off);
      if (!inserted) {
        SetProblem(problem, it->second != off
                                ? fmt::format("{}年表中 {} 既是放假日又是调休上班日", year,
                                              core::FormatDate(d))
                                : fmt::format("{}年表中 {} 重复列出", year, core::FormatDate(d)));
        return false;
      }
      return true;
    };
    for (Date d : period.off_days) {
      if (!add(d, true)) return false;
    }
    for (Date d : period.makeup_workdays) {
      if (!add(d, false)) return false;
    }
  }
  // A day listed by another year's table must have the same status.
  for (const auto& [other_year, other] : years_) {
    if (other_year == year) continue;
    for (const HolidayPeriod& period : other.holidays) {
      auto check = [&](Date d, bool off) -> bool {
        auto it = listed.find(core::DayNumber(d));
        if (it != listed.end() && it->second != off) {
          SetProblem(problem, fmt::format("{} 在{}年表与{}年表中的安排相互矛盾",
                                          core::FormatDate(d), year, other_year));
          return false;
        }
        return true;
      };
      for (Date d : period.off_days) {
        if (!check(d, true)) return false;
      }
      for (Date d : period.makeup_workdays) {
        if (!check(d, false)) return false;
      }
    }
  }
  years_[year] = std::move(table);
  Rebuild();
  return true;
}

void WorkingCalendar::Rebuild() {
  special_days_.clear();
  for (const auto& [year, table] : years_) {
    for (const HolidayPeriod& period : table.holidays) {
      for (Date d : period.off_days) {
        DayInfo info;
        info.date = d;
        info.kind = DayKind::kHoliday;
        info.working = false;
        info.holiday_name = period.name;
        info.table_year = year;
        special_days_[core::DayNumber(d)] = std::move(info);
      }
      for (Date d : period.makeup_workdays) {
        DayInfo info;
        info.date = d;
        info.kind = DayKind::kMakeupWorkday;
        info.working = true;
        info.holiday_name = period.name;
        info.table_year = year;
        special_days_[core::DayNumber(d)] = std::move(info);
      }
    }
  }
}

bool WorkingCalendar::HasYear(int year) const { return years_.count(year) > 0; }

std::vector<int> WorkingCalendar::Years() const {
  std::vector<int> out;
  out.reserve(years_.size());
  for (const auto& entry : years_) out.push_back(entry.first);
  return out;
}

const HolidayYear* WorkingCalendar::Year(int year) const {
  auto it = years_.find(year);
  return it == years_.end() ? nullptr : &it->second;
}

bool WorkingCalendar::IsWorkingDay(Date d) const { return Describe(d).working; }

DayInfo WorkingCalendar::Describe(Date d) const {
  auto it = special_days_.find(core::DayNumber(d));
  if (it != special_days_.end()) {
    DayInfo info = it->second;
    if (info.kind == DayKind::kMakeupWorkday) info.working = options_.count_makeup_weekends;
    return info;
  }
  DayInfo info;
  info.date = d;
  const bool weekend = core::IsWeekend(d);
  info.kind = weekend ? DayKind::kWeekend : DayKind::kWorkday;
  info.working = !weekend;
  const int year = core::YearOf(d);
  if (HasYear(year)) {
    info.table_year = year;
  } else {
    info.provisional = true;
  }
  return info;
}

bool WorkingCalendar::Covers(Date d) const { return TableFor(d) != nullptr; }

const HolidayYear* WorkingCalendar::TableFor(Date d) const {
  auto it = special_days_.find(core::DayNumber(d));
  if (it != special_days_.end()) return Year(it->second.table_year);
  return Year(core::YearOf(d));
}

}  // namespace fazhi::domain
