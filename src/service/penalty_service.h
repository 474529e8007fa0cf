// service/penalty_service.h — the 行政执法案件 ledger: recording a case, moving it through its
// stages, and reading it with its deadlines and warnings (domain/enforcement/penalty_rules.h).
//
// Contract (as service/ledger_service.h):
//  * RecordPenaltyCase/UpdatePenaltyCase check the township against the scope first, then
//    validate every field (kInvalidArgument naming it), check every officer is in the
//    township's register (kInvalidArgument "officers[i].officerId"), and check the rules the
//    case's stage must meet (kFailedPrecondition "PEN-xx：…（《行政处罚法》第N条）" naming the
//    field, nothing written). An update also checks the stage move from the stored stage
//    (CheckStageMove). The case and its children are written in one transaction with one
//    audit row ("penalty_case"); the stored case comes back with PenaltyCaseWarnings on
//    ctx.clock's today.
//  * Officers' names are copied from the register when saved.
//  * The rules use the township's county settings (thresholds of PEN-12 and LEP-07) and the
//    default 重大执法决定 catalogue built from them.
//  * Reads take the caller's scope (outside it: kNotFound).
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.h"
#include "domain/enforcement/penalty_case.h"
#include "domain/enforcement/penalty_rules.h"
#include "service/ledger_service.h"
#include "service/service_context.h"
#include "store/penalty_repository.h"
#include "store/scope.h"

namespace fazhi::service {

core::Result<Recorded<domain::PenaltyCase>> RecordPenaltyCase(ServiceContext& ctx,
                                                              const store::Scope& scope,
                                                              domain::PenaltyCase c);
core::Result<Recorded<domain::PenaltyCase>> UpdatePenaltyCase(ServiceContext& ctx,
                                                              const store::Scope& scope,
                                                              domain::PenaltyCase c);
core::Result<domain::PenaltyCase> GetPenaltyCase(ServiceContext& ctx, const store::Scope& scope,
                                                 std::int64_t id);
core::Result<store::Page<domain::PenaltyCase>> ListPenaltyCases(ServiceContext& ctx,
                                                                const store::Scope& scope,
                                                                const store::PenaltyCaseFilter& filter);

// The deadlines of a stored case (ComputePenaltyDeadlines with ctx's calendar).
core::Result<domain::PenaltyDeadlines> PenaltyCaseDeadlines(ServiceContext& ctx,
                                                            const domain::PenaltyCase& c);
// The warnings of a stored case on ctx.clock's today, with its township's settings and
// officers.
core::Result<std::vector<domain::RuleFinding>> PenaltyCaseFindings(ServiceContext& ctx,
                                                                   const domain::PenaltyCase& c);

}  // namespace fazhi::service
