// service/decision_service.h — the 重大行政决策 ledger: recording decisions and marking them
// decided under the DEC rules, and reading them with their warnings.
//
// Contract (as service/ledger_service.h): Record/Update check the township against the scope
// first, validate the fields (kInvalidArgument naming one), check the steps a made decision
// needs (kFailedPrecondition "DEC-xx：…"), write the decision with one audit row
// ("major_decision") in one transaction, and return it with DecisionWarnings. Reads take the caller's scope (outside it: kNotFound).
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.h"
#include "domain/decision/decision.h"
#include "domain/decision/decision_rules.h"
#include "service/ledger_service.h"
#include "service/service_context.h"
#include "store/decision_repository.h"
#include "store/scope.h"

namespace fazhi::service {

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

}  // namespace fazhi::service
