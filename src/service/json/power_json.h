// service/json/power_json.h — JSON for the catalogue of enforcement powers (LEP-01).
//
// Contract (docs/server.md "JSON names"): id, townshipId, code, version, name, category (+
// categoryLabel), subject, basis, procedure, remedy, note, effectiveFrom, effectiveTo (null:
// in force), and the derived "latest" (no effectiveTo: the newest version). Required on input: code, name,
// category, subject, basis, procedure, remedy, effectiveFrom; version and effectiveTo are
// read but set by the service. Errors name the field. Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "domain/enforcement/power_catalogue.h"
#include "service/json/masking.h"

namespace fazhi::service::json {

nlohmann::json ToJson(const domain::PowerItem& p, const Masking& masking);
core::Result<domain::PowerItem> PowerItemFromJson(const nlohmann::json& j);

}  // namespace fazhi::service::json
