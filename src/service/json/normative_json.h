// service/json/normative_json.h — JSON for the 行政规范性文件 ledger.
//
// Contract (docs/server.md "JSON names"), as mediation_json.h: every field, snake_case →
// camelCase; enums as codes plus zh labels (trialLabel, exclusionLabel, reviewerRoleLabel,
// reviewOutcomeLabel, standingLabel); dates "YYYY-MM-DD", unset optionals null; the derived
// "isNormative" (NORM-01) on output. Decoders read "id" and "townshipId" when present, ignore
// labels and unknown keys; required: title, draftingUnit, draftedOn. Errors name the field.
// Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "domain/normative/normative.h"
#include "domain/normative/normative_rules.h"
#include "service/json/masking.h"

namespace fazhi::service::json {

nlohmann::json ToJson(const domain::NormativeDocument& d, const Masking& masking);
// {"review","publication","filing"} (deadline documents or null), "evaluationFrom".
nlohmann::json ToJson(const domain::NormDeadlines& d);
core::Result<domain::NormativeDocument> NormativeDocumentFromJson(const nlohmann::json& j);

}  // namespace fazhi::service::json
