// http/handlers/list_json.h — the shapes shared by list routes: {"items":[…],"total":N} of a
// plain vector (pages: service/json/page_json.h), the county user's townshipId filter, and a
// deadline timeline.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "http/route.h"
#include "service/ledger_queries.h"
#include "service/officer_service.h"
#include "store/decision_catalogue_repository.h"
#include "store/penalty_repository.h"
#include "store/power_repository.h"
#include "store/scope.h"

namespace fazhi::http {

template <class T, class Encode>
nlohmann::json ItemsJson(const std::vector<T>& items, Encode encode) {
  nlohmann::json out = nlohmann::json::array();
  for (const T& item : items) out.push_back(encode(item));
  return {{"items", std::move(out)}, {"total", items.size()}};
}

// townshipId from the query (a county user narrowing to one township); the store refuses a
// township outside the caller's scope.
core::Result<std::optional<std::int64_t>> TownshipFilter(const Exchange& ex);

// [{ruleCode, ruleName, start, due, …deadline, doneOn, state, stateLabel}]
nlohmann::json TimelineJson(const std::vector<service::TimelineStep>& steps);

// The list filters of the cases, petitions, enforcement cases and officers lists, shared with their exports.
core::Result<store::CaseFilter> MediationCaseFilterFrom(const Exchange& ex);
core::Result<store::PetitionFilter> PetitionFilterFrom(const Exchange& ex);
core::Result<store::PenaltyCaseFilter> PenaltyCaseFilterFrom(const Exchange& ex);
// The officer list's query (townshipId, q, inPost, certificate, page, sort), shared with its export.
core::Result<service::OfficerQuery> OfficerQueryFrom(const Exchange& ex);
// The 决策目录 list's filter (townshipId, year, q, withdrawn, page, sort), shared with its export.
core::Result<store::DecisionCatalogueFilter> DecisionCatalogueFilterFrom(const Exchange& ex);
// The 权力事项目录 list's filter (townshipId, category, effectiveOn, code, q, page, sort).
core::Result<store::PowerFilter> PowerFilterFrom(const Exchange& ex);

}  // namespace fazhi::http
