// service/decision_service.h — the 重大行政决策 ledger: recording decisions and marking them
// decided under the DEC rules, and reading them with their warnings.
//
// Contract (as service/ledger_service.h): Record/Update check the township against the scope
// first, validate the fields (kInvalidArgument naming one), check the steps a made decision
// needs (kFailedPrecondition "DEC-xx：…"), write the decision with one audit row
// ("major_decision") in one transaction, and return it with DecisionWarnings. Reads take the
// caller's scope (outside it: kNotFound).
//  * CheckDecisionCatalogue (also run by Record/Update, and by the import for each row): a
//    decision in the catalogue names an item of its township's 决策目录 of that year, listed
//    and not withdrawn on the day the decision started (DEC-03; kInvalidArgument
//    "catalogueItem"), unless no catalogue of that year is recorded at all (then a DEC-03
//    warning); a decision marked 目录外 needs none (a warning says so).
//  * The 决策目录 items: Record/Update validate (ValidateCatalogueItem), write with one audit
//    row ("decision_catalogue_item"); a title twice in one year is kConflict "title"; an item
//    that decisions link to keeps its year and title (kFailedPrecondition naming "title").
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.h"
#include "domain/decision/decision.h"
#include "domain/decision/decision_catalogue.h"
#include "domain/decision/decision_rules.h"
#include "service/ledger_service.h"
#include "service/service_context.h"
#include "store/decision_catalogue_repository.h"
#include "store/decision_repository.h"
#include "store/scope.h"

namespace fazhi::service {

core::Status CheckDecisionCatalogue(ServiceContext& ctx, const store::Scope& scope, const domain::MajorDecision& d);
core::Result<Recorded<domain::MajorDecision>> RecordMajorDecision(ServiceContext& ctx,
                                                                          const store::Scope& scope,
                                                                          domain::MajorDecision d);
core::Result<Recorded<domain::MajorDecision>> UpdateMajorDecision(ServiceContext& ctx,
                                                                          const store::Scope& scope,
                                                                          domain::MajorDecision d);
core::Result<domain::MajorDecision> GetMajorDecision(ServiceContext& ctx, const store::Scope& scope,
                                                             std::int64_t id);
core::Result<store::Page<domain::MajorDecision>> ListMajorDecisions(ServiceContext& ctx,
                                                                            const store::Scope& scope,
                                                                            const store::DecisionFilter& filter);

core::Result<Recorded<domain::DecisionCatalogueItem>> RecordCatalogueItem(ServiceContext& ctx,
                                                                          const store::Scope& scope,
                                                                          domain::DecisionCatalogueItem item);
core::Result<Recorded<domain::DecisionCatalogueItem>> UpdateCatalogueItem(ServiceContext& ctx,
                                                                          const store::Scope& scope,
                                                                          domain::DecisionCatalogueItem item);
core::Result<domain::DecisionCatalogueItem> GetCatalogueItem(ServiceContext& ctx, const store::Scope& scope,
                                                             std::int64_t id);
core::Result<store::Page<domain::DecisionCatalogueItem>> ListCatalogueItems(
    ServiceContext& ctx, const store::Scope& scope, const store::DecisionCatalogueFilter& filter);

}  // namespace fazhi::service
