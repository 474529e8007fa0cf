// service/json/alerts_json.cc — see alerts_json.h.
#include "service/json/alerts_json.h"

#include <string>

#include "core/date.h"

namespace fazhi::service::json {

using nlohmann::json;

json ToJson(const UnitAlert& ua) {
  const domain::Alert& a = ua.alert;
  return {{"township", {{"code", ua.township.code}, {"name", ua.township.name}}},
          {"rule", a.code},
          {"module", a.module},
          {"severity", std::string(domain::SeverityCode(a.severity))},
          {"recordType", a.record_type},
          {"recordId", a.record_id},
          {"recordRef", a.record_ref},
          {"title", a.title_zh},
          {"titleEn", a.title_en},
          {"due", core::FormatDate(a.due)},
          {"daysLeft", a.days_left},
          {"state", std::string(domain::DeadlineStateName(a.state))},
          {"basis", a.basis.Display()},
          {"provisional", a.provisional}};
}

json ToJson(const UnitAlerts& result) {
  json alerts = json::array();
  for (const auto& ua : result.alerts) alerts.push_back(ToJson(ua));
  return {{"unit", {{"code", result.unit.code}, {"name", result.unit.name}}},
          {"on", core::FormatDate(result.on)},
          {"overdue", result.overdue},
          {"dueSoon", result.due_soon},
          {"alerts", std::move(alerts)}};
}

}  // namespace fazhi::service::json
