// service/json/decision_json.h — JSON for the 重大行政决策 ledger.
//
// Contract (docs/server.md "JSON names"), as normative_json.h: every field camelCase, enums as
// codes plus zh labels (scopeLabel, riskLevelLabel, meetingResultLabel), dates "YYYY-MM-DD" or
// null, and the derived "procedureComplete" on output. Required on input: title,
// draftingUnit, proposedOn. Errors name the field. Pure; thread-safe. Also the yearly 决策目录.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "domain/decision/decision.h"
#include "domain/decision/decision_catalogue.h"
#include "service/json/masking.h"

namespace fazhi::service::json {

nlohmann::json ToJson(const domain::MajorDecision& d, const Masking& masking);
core::Result<domain::MajorDecision> MajorDecisionFromJson(const nlohmann::json& j);

// The 决策目录 item (DEC-03): id, townshipId, year, title, scope (+ scopeLabel), draftingUnit,
// plannedPeriod, listedOn, partyConsentOn, publishedOn, publicationChannel, withdrawnOn,
// withdrawalReason, note. Required on input: year, title, draftingUnit, listedOn.
nlohmann::json ToJson(const domain::DecisionCatalogueItem& item, const Masking& masking);
core::Result<domain::DecisionCatalogueItem> DecisionCatalogueItemFromJson(const nlohmann::json& j);

}  // namespace fazhi::service::json
