// service/json/calendar_json.h — the working-day calendar as JSON, shared by `fazhi calendar
// … --json` and the API's calendar routes: one day's kind, and the installed year tables.
//
// Contract: DayToJson gives {"date","workingDay","kind","kindLabel","holiday","provisional"}
// (kind: workday|weekend|holiday|makeup_workday); YearsToJson gives {"years":[{"year",
// "notice","number","issuedOn","url","version","holidays"}]} (holidays: the count of
// holiday entries). Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include <string_view>
#include <vector>

#include "domain/calendar/working_calendar.h"

namespace fazhi::service::json {

std::string_view DayKindCode(domain::DayKind kind);
std::string_view DayKindLabelZh(domain::DayKind kind);
nlohmann::json DayToJson(const domain::DayInfo& day);
nlohmann::json YearsToJson(const std::vector<domain::HolidayYear>& years);

}  // namespace fazhi::service::json
