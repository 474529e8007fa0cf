// http/handlers/list_json.cc — see list_json.h.
#include "http/handlers/list_json.h"

#include "core/date.h"
#include "service/json/common_json.h"

namespace fazhi::http {

core::Result<std::optional<std::int64_t>> TownshipFilter(const Exchange& ex) {
  return ex.QueryInt("townshipId", 1, INT64_MAX);
}

nlohmann::json TimelineJson(const std::vector<service::TimelineStep>& steps) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& step : steps) {
    nlohmann::json j = service::json::ToJson(step.deadline);
    j["doneOn"] = step.done_on ? nlohmann::json(core::FormatDate(*step.done_on)) : nlohmann::json();
    j["state"] = std::string(domain::DeadlineStateName(step.state));
    j["stateLabel"] = std::string(domain::DeadlineStateLabelZh(step.state));
    items.push_back(std::move(j));
  }
  return {{"items", std::move(items)}, {"total", steps.size()}};
}

}  // namespace fazhi::http
