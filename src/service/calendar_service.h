// service/calendar_service.h — calendar use cases for the CLI (and later the API): load the
// holiday tables, compute a deadline from user text, describe a day, install a new year.
//
// Contract: calendar_dir empty means store::DefaultCalendarDir(). Loaded calendars are
// cached per directory for the life of the process (thread-safe). User text is validated
// with errors naming the option: "from", "days", "unit", "rule", "extend", "exclude", "date".
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/calendar/deadline.h"
#include "domain/calendar/statutory_rules.h"
#include "domain/calendar/working_calendar.h"

namespace fazhi::service {

// The calendar of that directory (cached). Fails when the directory is missing or a file
// in it is invalid, naming the file.
core::Result<std::shared_ptr<const domain::WorkingCalendar>> LoadCalendar(
    const std::string& calendar_dir, domain::CalendarOptions options = {});

struct DeadlineRequest {
  std::string from;                      // start date text
  int amount = -1;                       // < 0: the rule's amount
  std::string unit;                      // empty: the rule's unit, else "workday"
  std::string rule_code;                 // optional statutory rule, e.g. "PET-08"
  std::vector<std::string> extensions;   // "30" (calendar days) or "5:workday" / "1:month"
  std::vector<std::string> excluded;     // "2025-10-01..2025-10-08"
};

core::Result<domain::DeadlineResult> ComputeDeadlineFromText(const std::string& calendar_dir,
                                                             const DeadlineRequest& request);
// The same on a calendar already loaded (the server's, ServiceContext::calendar).
core::Result<domain::DeadlineResult> ComputeDeadlineOn(const domain::WorkingCalendar& calendar,
                                                       const DeadlineRequest& request);
core::Result<domain::DayInfo> DescribeDay(const std::string& calendar_dir,
                                          const std::string& date_text);
core::Result<std::vector<domain::HolidayYear>> ListCalendarYears(const std::string& calendar_dir);
std::vector<domain::HolidayYear> CalendarYears(const domain::WorkingCalendar& calendar);
const std::vector<const domain::DeadlineRule*>& StatutoryRules();

struct InstalledCalendar {
  std::string path;
  int year = 0;
  std::string version;
};
core::Result<InstalledCalendar> ImportCalendarFile(const std::string& calendar_dir,
                                                   const std::string& file);

}  // namespace fazhi::service
