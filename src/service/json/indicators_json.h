// service/json/indicators_json.h — the indicators document: what `fazhi indicators --json`
// prints and `GET /api/v1/indicators` answers (schema in docs/cli.md).
//
// Contract:
//  * Indicator → {"code","module","name","nameEn","numerator","denominator",
//    "numeratorLabel","denominatorLabel","display","definition","rate"} with rate the
//    percentage rounded half up to 2 decimals, or null when the denominator is 0; with
//    provenance also "numeratorIds" and "denominatorIds".
//  * Figure → {"code","name","value","unit","display","money"} (+ "ids" with provenance).
//  * UnitIndicators → {"unit":{"code","name","level"},"year","asOf","indicators":[…],
//    "figures":[…]} plus, for a county, "townships":[{"unit","indicators","figures"}].
//  * Output only (no decoders). Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/indicators/indicators.h"
#include "domain/org/org.h"
#include "service/indicator_service.h"

namespace fazhi::service::json {

nlohmann::json ToJson(const domain::Indicator& indicator, bool provenance);
nlohmann::json ToJson(const domain::Figure& figure, bool provenance);
nlohmann::json ToJson(const UnitIndicators& result, bool provenance);

}  // namespace fazhi::service::json
