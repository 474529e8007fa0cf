// service/json/calendar_json.cc — see calendar_json.h.
#include "service/json/calendar_json.h"

#include "core/date.h"

namespace fazhi::service::json {

std::string_view DayKindCode(domain::DayKind kind) {
  switch (kind) {
    case domain::DayKind::kWorkday: return "workday";
    case domain::DayKind::kWeekend: return "weekend";
    case domain::DayKind::kHoliday: return "holiday";
    case domain::DayKind::kMakeupWorkday: return "makeup_workday";
  }
  return "";
}

std::string_view DayKindLabelZh(domain::DayKind kind) {
  switch (kind) {
    case domain::DayKind::kWorkday: return "工作日";
    case domain::DayKind::kWeekend: return "周末休息日";
    case domain::DayKind::kHoliday: return "法定节假日";
    case domain::DayKind::kMakeupWorkday: return "调休上班日";
  }
  return "";
}

nlohmann::json DayToJson(const domain::DayInfo& day) {
  return {{"date", core::FormatDate(day.date)},
          {"workingDay", day.working},
          {"kind", DayKindCode(day.kind)},
          {"kindLabel", DayKindLabelZh(day.kind)},
          {"holiday", day.holiday_name},
          {"provisional", day.provisional}};
}

nlohmann::json YearsToJson(const std::vector<domain::HolidayYear>& years) {
  nlohmann::json arr = nlohmann::json::array();
  for (const auto& y : years) {
    arr.push_back({{"year", y.year}, {"notice", y.notice_title}, {"number", y.notice_number},
                   {"issuedOn", y.issued_on}, {"url", y.url}, {"version", y.version},
                   {"holidays", y.holidays.size()}});
  }
  return {{"years", arr}};
}

}  // namespace fazhi::service::json
