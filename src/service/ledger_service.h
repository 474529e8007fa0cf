// service/ledger_service.h — recording and updating the 人民调解 and 信访 ledgers: every field
// validated by the domain rules, the references checked against the caller's scope, then one
// transaction (store repositories), so a record is either whole or absent.
//
// Contract:
//  * Record*/Update* return the stored record and the non-blocking findings (warnings) the
//    rules raise: MED-01 roster problems, MED-09/MED-10 timing, PET duplicates and warnings.
//  * Blocking problems are errors naming the field (kInvalidArgument) — nothing is written.
//  * A committee, mediator or case referenced from another township is kInvalidArgument
//    naming the field; a township outside the scope is kPermissionDenied (store).
//  * UpdateMediationCase refuses an outcome change the rules forbid (kFailedPrecondition).
//  * "today" is the context's clock.
//  * Every successful Record*/Update* writes one audit-log row (service/audit_service.h:
//    create with the record after, update with the record before and after, unmasked) in
//    the transaction of the change; a refused or failed change writes none.
#pragma once

#include <vector>

#include "core/result.h"
#include "domain/common.h"
#include "domain/mediation/mediation.h"
#include "domain/petition/petition.h"
#include "service/service_context.h"
#include "store/scope.h"

namespace fazhi::service {

template <class T>
struct Recorded {
  T record;
  std::vector<domain::RuleFinding> warnings;
};

core::Result<Recorded<domain::MediationCommittee>> RecordCommittee(
    ServiceContext& ctx, const store::Scope& scope, domain::MediationCommittee committee);
core::Result<Recorded<domain::MediationCommittee>> UpdateCommittee(
    ServiceContext& ctx, const store::Scope& scope, domain::MediationCommittee committee);
core::Result<Recorded<domain::Mediator>> RecordMediator(ServiceContext& ctx,
                                                        const store::Scope& scope,
                                                        domain::Mediator mediator);
core::Result<Recorded<domain::Mediator>> UpdateMediator(ServiceContext& ctx,
                                                        const store::Scope& scope,
                                                        domain::Mediator mediator);
core::Result<Recorded<domain::ScreeningRound>> RecordScreeningRound(ServiceContext& ctx,
                                                                    const store::Scope& scope,
                                                                    domain::ScreeningRound round);
core::Result<Recorded<domain::ScreeningRound>> UpdateScreeningRound(ServiceContext& ctx,
                                                                    const store::Scope& scope,
                                                                    domain::ScreeningRound round);
core::Result<Recorded<domain::ScreenedDispute>> RecordScreenedDispute(
    ServiceContext& ctx, const store::Scope& scope, domain::ScreenedDispute dispute);
core::Result<Recorded<domain::ScreenedDispute>> UpdateScreenedDispute(
    ServiceContext& ctx, const store::Scope& scope, domain::ScreenedDispute dispute);
core::Result<Recorded<domain::MediationCase>> RecordMediationCase(ServiceContext& ctx,
                                                                  const store::Scope& scope,
                                                                  domain::MediationCase c);
core::Result<Recorded<domain::MediationCase>> UpdateMediationCase(ServiceContext& ctx,
                                                                  const store::Scope& scope,
                                                                  domain::MediationCase c);

core::Result<Recorded<domain::Petition>> RecordPetition(ServiceContext& ctx,
                                                        const store::Scope& scope,
                                                        domain::Petition petition);
core::Result<Recorded<domain::Petition>> UpdatePetition(ServiceContext& ctx,
                                                        const store::Scope& scope,
                                                        domain::Petition petition);

core::Result<Recorded<domain::LeaderReception>> RecordLeaderReception(
    ServiceContext& ctx, const store::Scope& scope, domain::LeaderReception reception);
core::Result<Recorded<domain::LeaderReception>> UpdateLeaderReception(
    ServiceContext& ctx, const store::Scope& scope, domain::LeaderReception reception);

}  // namespace fazhi::service
