// service/ledger_queries.h — reading the 人民调解 and 信访 ledgers for the API: one record,
// a filtered page, and a record's deadline timeline. Writes are in ledger_service.h.
//
// Contract: every read takes the caller's store::Scope; a record outside it is kNotFound
// (store/scope.h). A timeline lists each statutory deadline that applies to the record now,
// computed on the working-day calendar with the county's settings, with when it was met (if
// it was) and its state on ctx.clock's today (alerts.soon_days for "due soon"). Deadlines
// that do not apply yet (no agreement, not accepted, no review) are left out.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/result.h"
#include "domain/calendar/deadline.h"
#include "domain/mediation/mediation.h"
#include "domain/petition/petition.h"
#include "service/service_context.h"
#include "store/mediation_repository.h"
#include "store/petition_repository.h"
#include "store/scope.h"

namespace fazhi::service {

struct TimelineStep {
  domain::DeadlineResult deadline;
  std::optional<core::Date> done_on;
  domain::DeadlineState state = domain::DeadlineState::kPending;
};

// ---- 人民调解 ----
core::Result<domain::MediationCommittee> GetCommittee(ServiceContext& ctx, const store::Scope& scope,
                                                      std::int64_t id);
core::Result<std::vector<domain::MediationCommittee>> ListCommittees(
    ServiceContext& ctx, const store::Scope& scope, std::optional<std::int64_t> township_id);
core::Result<domain::Mediator> GetMediator(ServiceContext& ctx, const store::Scope& scope,
                                           std::int64_t id);
core::Result<std::vector<domain::Mediator>> ListMediators(
    ServiceContext& ctx, const store::Scope& scope, std::optional<std::int64_t> township_id,
    std::optional<std::int64_t> committee_id);
core::Result<domain::ScreeningRound> GetScreeningRound(ServiceContext& ctx,
                                                       const store::Scope& scope, std::int64_t id);
core::Result<std::vector<domain::ScreeningRound>> ListScreeningRounds(
    ServiceContext& ctx, const store::Scope& scope, std::optional<std::int64_t> township_id,
    std::optional<core::Date> from, std::optional<core::Date> to);
core::Result<domain::ScreenedDispute> GetScreenedDispute(ServiceContext& ctx,
                                                         const store::Scope& scope, std::int64_t id);
core::Result<store::Page<domain::ScreenedDispute>> ListScreenedDisputes(
    ServiceContext& ctx, const store::Scope& scope, const store::ScreenedDisputeFilter& filter);
core::Result<domain::MediationCase> GetMediationCase(ServiceContext& ctx, const store::Scope& scope,
                                                     std::int64_t id);
core::Result<store::Page<domain::MediationCase>> ListMediationCases(
    ServiceContext& ctx, const store::Scope& scope, const store::CaseFilter& filter);
// MED-10 typical period (met by concludedOn) and, for a written agreement, MED-09 司法确认
// application window (met by confirmationAppliedOn).
core::Result<std::vector<TimelineStep>> MediationCaseTimeline(ServiceContext& ctx,
                                                              const store::Scope& scope,
                                                              std::int64_t id);

// ---- 信访 ----
core::Result<domain::Petition> GetPetition(ServiceContext& ctx, const store::Scope& scope,
                                           std::int64_t id);
core::Result<store::Page<domain::Petition>> ListPetitions(ServiceContext& ctx,
                                                          const store::Scope& scope,
                                                          const store::PetitionFilter& filter);
core::Result<domain::LeaderReception> GetLeaderReception(ServiceContext& ctx,
                                                         const store::Scope& scope, std::int64_t id);
core::Result<std::vector<domain::LeaderReception>> ListLeaderReceptions(
    ServiceContext& ctx, const store::Scope& scope, std::optional<std::int64_t> township_id,
    std::optional<core::Date> from, std::optional<core::Date> to);
// PET-05 告知 (when owed; met by acknowledgedOn), PET-05 异议 (assigned matters that were
// objected to; objectedOn), PET-08 办理 (accepted, not diverted; closedOn), PET-10 复查 reply
// and PET-11 复核 reply (when requested; repliedOn).
core::Result<std::vector<TimelineStep>> PetitionTimeline(ServiceContext& ctx,
                                                         const store::Scope& scope, std::int64_t id);

}  // namespace fazhi::service
