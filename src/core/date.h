// core/date.h — calendar dates for every rule and record.
//
// Contract: a Date is a std::chrono::year_month_day that is always ok() once produced by
// these functions. Text form is ISO "YYYY-MM-DD" everywhere (database, JSON, CLI);
// FormatDateZh gives the 公文 form "2024年3月11日" (no zero padding, FMT-05).
// ParseDate accepts "2024-03-11", "2024/3/11", "2024.3.11" and "2024年3月11日" and names the
// field in its error. Pure functions, thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace fazhi::core {

using Date = std::chrono::year_month_day;

Date MakeDate(int year, unsigned month, unsigned day);
Result<Date> ParseDate(std::string_view text, std::string_view field = "date");
std::string FormatDate(Date d);    // "2025-10-13"
std::string FormatDateZh(Date d);  // "2025年10月13日"

Date AddDays(Date d, std::int64_t days);
std::int64_t DaysBetween(Date from, Date to);  // to - from, in days
int IsoWeekday(Date d);                         // 1 = Monday … 7 = Sunday
bool IsWeekend(Date d);
// Same day-number N months later; if that day does not exist, the month's last day (CAL-08).
Date AddMonthsClamped(Date d, int months);
int YearOf(Date d);
inline std::int64_t DayNumber(Date d) {
  return std::chrono::sys_days(d).time_since_epoch().count();
}

}  // namespace fazhi::core
