// service/json/alerts_json.h — the alerts document: what `fazhi alerts --json` prints and
// `GET /api/v1/alerts` answers (schema in docs/cli.md).
//
// Contract:
//  * UnitAlert → {"township":{"code","name"},"rule","module","severity","recordType",
//    "recordId","recordRef","title","titleEn","due","daysLeft","state","basis",
//    "provisional"}; severity and state are codes, basis the display text of the legal
//    basis ("《信访工作条例》（2022-05-01施行）第34条").
//  * UnitAlerts → {"unit":{"code","name"},"on","overdue","dueSoon","alerts":[…]}.
//  * Output only (no decoders). Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "service/alert_service.h"

namespace fazhi::service::json {

nlohmann::json ToJson(const UnitAlert& alert);
nlohmann::json ToJson(const UnitAlerts& result);

}  // namespace fazhi::service::json
