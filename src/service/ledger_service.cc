// service/ledger_service.cc — see ledger_service.h.
#include "service/ledger_service.h"

#include <fmt/format.h>

#include "domain/mediation/mediation_rules.h"
#include "domain/petition/petition_rules.h"
#include "service/audit_service.h"
#include "service/ledger_support.h"
#include "service/json/mediation_json.h"
#include "service/json/petition_json.h"
#include "service/settings_service.h"
#include "store/mediation_repository.h"
#include "store/org_repository.h"
#include "store/petition_repository.h"

namespace fazhi::service {
namespace {

using ledger_support::AuditJsonOf;
using ledger_support::CheckTownshipInScope;
using ledger_support::CreateAudited;
using ledger_support::RequireSameTownship;
using ledger_support::SettingsOf;
using ledger_support::UpdateAudited;
using ledger_support::WrongTownship;

// A committee the record refers to, as field "committeeId": absent is kInvalidArgument.
core::Result<domain::MediationCommittee> ReferencedCommittee(store::MediationRepository& repo,
                                                             const store::Scope& scope,
                                                             std::int64_t committee_id,
                                                             std::int64_t township_id) {
  auto committee = repo.GetCommittee(scope, committee_id);
  if (!committee) {
    if (committee.error().code == core::ErrorCode::kNotFound) {
      return core::Fail(core::InvalidArgument("committeeId", "调解委员会不存在", "no such mediation committee"));
    }
    return core::Fail(committee.error());
  }
  if (committee->township_id != township_id) {
    return core::Fail(WrongTownship("committeeId", "调解委员会", "mediation committee"));
  }
  return committee;
}

// The committee (and mediator, when given) must exist in scope and belong to the township.
core::Status CheckCaseReferences(store::MediationRepository& repo, const store::Scope& scope,
                                 const domain::MediationCase& c) {
  RETURN_IF_ERROR(ReferencedCommittee(repo, scope, c.committee_id, c.township_id));
  if (c.mediator_id) {
    auto mediator = repo.GetMediator(scope, *c.mediator_id);
    if (!mediator) {
      if (mediator.error().code == core::ErrorCode::kNotFound) {
        return core::Fail(core::InvalidArgument("mediatorId", "调解员不存在", "no such mediator"));
      }
      return core::Fail(mediator.error());
    }
    if (mediator->township_id != c.township_id) {
      return core::Fail(WrongTownship("mediatorId", "调解员", "mediator"));
    }
  }
  return core::Ok();
}

}  // namespace

core::Result<Recorded<domain::MediationCommittee>> RecordCommittee(
    ServiceContext& ctx, const store::Scope& scope, domain::MediationCommittee committee) {
  core::Date today = ctx.clock->Today();
  RETURN_IF_ERROR(CheckTownshipInScope(ctx, scope, committee.township_id));
  RETURN_IF_ERROR(domain::ValidateCommittee(committee, today));
  store::MediationRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, CreateAudited<domain::MediationCommittee>(
                                    ctx, audit::kMediationCommittee, [&] {
                                      return repo.CreateCommittee(scope, std::move(committee));
                                    }));
  auto findings = domain::CheckCommitteeRoster(stored, today);
  return Recorded<domain::MediationCommittee>{std::move(stored), std::move(findings)};
}

core::Result<Recorded<domain::MediationCommittee>> UpdateCommittee(
    ServiceContext& ctx, const store::Scope& scope, domain::MediationCommittee committee) {
  core::Date today = ctx.clock->Today();
  store::MediationRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, UpdateAudited<domain::MediationCommittee>(
      ctx, audit::kMediationCommittee, [&] { return repo.GetCommittee(scope, committee.id); },
      [&](const domain::MediationCommittee& existing) -> core::Status {
        RETURN_IF_ERROR(RequireSameTownship(existing.township_id, committee.township_id,
                                            "调解委员会", "mediation committee"));
        return domain::ValidateCommittee(committee, today);
      },
      [&] { return repo.UpdateCommittee(scope, committee); }));
  auto findings = domain::CheckCommitteeRoster(stored, today);
  return Recorded<domain::MediationCommittee>{std::move(stored), std::move(findings)};
}

core::Result<Recorded<domain::Mediator>> RecordMediator(ServiceContext& ctx,
                                                        const store::Scope& scope,
                                                        domain::Mediator mediator) {
  RETURN_IF_ERROR(CheckTownshipInScope(ctx, scope, mediator.township_id));
  RETURN_IF_ERROR(domain::ValidateMediator(mediator, ctx.clock->Today()));
  store::MediationRepository repo(*ctx.db);
  RETURN_IF_ERROR(ReferencedCommittee(repo, scope, mediator.committee_id, mediator.township_id));
  ASSIGN_OR_RETURN(auto stored,
                   CreateAudited<domain::Mediator>(ctx, audit::kMediator, [&] {
                     return repo.CreateMediator(scope, std::move(mediator));
                   }));
  return Recorded<domain::Mediator>{std::move(stored), {}};
}

core::Result<Recorded<domain::Mediator>> UpdateMediator(ServiceContext& ctx,
                                                        const store::Scope& scope,
                                                        domain::Mediator mediator) {
  store::MediationRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, UpdateAudited<domain::Mediator>(
      ctx, audit::kMediator, [&] { return repo.GetMediator(scope, mediator.id); },
      [&](const domain::Mediator& existing) -> core::Status {
        RETURN_IF_ERROR(RequireSameTownship(existing.township_id, mediator.township_id, "调解员",
                                            "mediator"));
        RETURN_IF_ERROR(domain::ValidateMediator(mediator, ctx.clock->Today()));
        return ReferencedCommittee(repo, scope, mediator.committee_id, mediator.township_id)
            .map([](auto&&) {});
      },
      [&] { return repo.UpdateMediator(scope, mediator); }));
  return Recorded<domain::Mediator>{std::move(stored), {}};
}

core::Result<Recorded<domain::ScreeningRound>> RecordScreeningRound(ServiceContext& ctx,
                                                                    const store::Scope& scope,
                                                                    domain::ScreeningRound round) {
  RETURN_IF_ERROR(CheckTownshipInScope(ctx, scope, round.township_id));
  RETURN_IF_ERROR(domain::ValidateScreeningRound(round, ctx.clock->Today()));
  store::MediationRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored,
                   CreateAudited<domain::ScreeningRound>(ctx, audit::kScreeningRound, [&] {
                     return repo.CreateScreeningRound(scope, std::move(round));
                   }));
  return Recorded<domain::ScreeningRound>{std::move(stored), {}};
}

core::Result<Recorded<domain::ScreeningRound>> UpdateScreeningRound(ServiceContext& ctx,
                                                                    const store::Scope& scope,
                                                                    domain::ScreeningRound round) {
  store::MediationRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, UpdateAudited<domain::ScreeningRound>(
      ctx, audit::kScreeningRound, [&] { return repo.GetScreeningRound(scope, round.id); },
      [&](const domain::ScreeningRound& existing) -> core::Status {
        RETURN_IF_ERROR(RequireSameTownship(existing.township_id, round.township_id, "排查记录",
                                            "screening round"));
        return domain::ValidateScreeningRound(round, ctx.clock->Today());
      },
      [&] { return repo.UpdateScreeningRound(scope, round); }));
  return Recorded<domain::ScreeningRound>{std::move(stored), {}};
}

core::Result<Recorded<domain::ScreenedDispute>> RecordScreenedDispute(
    ServiceContext& ctx, const store::Scope& scope, domain::ScreenedDispute dispute) {
  RETURN_IF_ERROR(CheckTownshipInScope(ctx, scope, dispute.township_id));
  RETURN_IF_ERROR(domain::ValidateScreenedDispute(dispute, ctx.clock->Today()));
  store::MediationRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored,
                   CreateAudited<domain::ScreenedDispute>(ctx, audit::kScreenedDispute, [&] {
                     return repo.CreateScreenedDispute(scope, std::move(dispute));
                   }));
  return Recorded<domain::ScreenedDispute>{std::move(stored), {}};
}

core::Result<Recorded<domain::ScreenedDispute>> UpdateScreenedDispute(
    ServiceContext& ctx, const store::Scope& scope, domain::ScreenedDispute dispute) {
  store::MediationRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, UpdateAudited<domain::ScreenedDispute>(
      ctx, audit::kScreenedDispute, [&] { return repo.GetScreenedDispute(scope, dispute.id); },
      [&](const domain::ScreenedDispute& existing) -> core::Status {
        RETURN_IF_ERROR(RequireSameTownship(existing.township_id, dispute.township_id, "排查纠纷",
                                            "screened dispute"));
        return domain::ValidateScreenedDispute(dispute, ctx.clock->Today());
      },
      [&] { return repo.UpdateScreenedDispute(scope, dispute); }));
  return Recorded<domain::ScreenedDispute>{std::move(stored), {}};
}

core::Result<Recorded<domain::MediationCase>> RecordMediationCase(ServiceContext& ctx,
                                                                  const store::Scope& scope,
                                                                  domain::MediationCase c) {
  core::Date today = ctx.clock->Today();
  RETURN_IF_ERROR(CheckTownshipInScope(ctx, scope, c.township_id));
  RETURN_IF_ERROR(domain::ValidateMediationCase(c, today));
  store::MediationRepository repo(*ctx.db);
  RETURN_IF_ERROR(CheckCaseReferences(repo, scope, c));
  ASSIGN_OR_RETURN(auto stored,
                   CreateAudited<domain::MediationCase>(ctx, audit::kMediationCase, [&] {
                     return repo.CreateCase(scope, std::move(c));
                   }));
  ASSIGN_OR_RETURN(auto settings, SettingsOf(ctx, stored.township_id));
  auto warnings = domain::MediationWarnings(stored, today, *ctx.calendar, settings);
  return Recorded<domain::MediationCase>{std::move(stored), std::move(warnings)};
}

core::Result<Recorded<domain::MediationCase>> UpdateMediationCase(ServiceContext& ctx,
                                                                  const store::Scope& scope,
                                                                  domain::MediationCase c) {
  core::Date today = ctx.clock->Today();
  store::MediationRepository repo(*ctx.db);
  domain::MediationCase stored;
  // Read, check, write and audit in one transaction: the "before" is what was replaced.
  RETURN_IF_ERROR(ctx.db->InTransaction([&]() -> core::Status {
    ASSIGN_OR_RETURN(auto existing, repo.GetCase(scope, c.id));
    RETURN_IF_ERROR(RequireSameTownship(existing.township_id, c.township_id, "调解案件", "mediation case"));
    if (existing.outcome != c.outcome) {
      RETURN_IF_ERROR(domain::CheckOutcomeTransition(existing.outcome, c.outcome));
    }
    RETURN_IF_ERROR(domain::ValidateMediationCase(c, today));
    RETURN_IF_ERROR(CheckCaseReferences(repo, scope, c));
    ASSIGN_OR_RETURN(stored, repo.UpdateCase(scope, c));
    return RecordAudit(ctx, audit::kUpdate, audit::kMediationCase, stored.id, stored.township_id,
                       AuditJsonOf(existing), AuditJsonOf(stored));
  }));
  ASSIGN_OR_RETURN(auto settings, SettingsOf(ctx, stored.township_id));
  auto warnings = domain::MediationWarnings(stored, today, *ctx.calendar, settings);
  return Recorded<domain::MediationCase>{std::move(stored), std::move(warnings)};
}

core::Result<Recorded<domain::Petition>> RecordPetition(ServiceContext& ctx,
                                                        const store::Scope& scope,
                                                        domain::Petition petition) {
  core::Date today = ctx.clock->Today();
  RETURN_IF_ERROR(CheckTownshipInScope(ctx, scope, petition.township_id));
  domain::NormalizePetition(petition);
  RETURN_IF_ERROR(domain::ValidatePetition(petition, today));
  store::PetitionRepository repo(*ctx.db);
  // PET-11/12: the same matter already in hand — recorded, with a warning naming it.
  ASSIGN_OR_RETURN(auto ledger, repo.LoadTownshipRange(scope, petition.township_id,
                                                       core::AddDays(petition.received_on, -400),
                                                       petition.received_on));
  ASSIGN_OR_RETURN(auto settings, SettingsOf(ctx, petition.township_id));
  auto duplicates = domain::FindDuplicatePetitions(petition, ledger.petitions, *ctx.calendar, settings);
  std::vector<domain::RuleFinding> warnings;
  for (std::int64_t id : duplicates) {
    std::string ref;
    for (const auto& p : ledger.petitions) {
      if (p.id == id) ref = p.reg_no;
    }
    warnings.push_back({"PET-12", domain::Severity::kWarning, "request",
                        fmt::format("与正在办理的信访事项 {} 为同一事项（同一信访人、相同诉求）", ref),
                        fmt::format("same matter as petition {} still in hand (same petitioner and request)", ref),
                        "《信访工作条例》第19条、第36条"});
  }
  if (!duplicates.empty() && !petition.duplicate_of) petition.duplicate_of = duplicates.front();
  ASSIGN_OR_RETURN(auto stored, CreateAudited<domain::Petition>(ctx, audit::kPetition, [&] {
                     return repo.Create(scope, std::move(petition));
                   }));
  auto more = domain::PetitionWarnings(stored, today, *ctx.calendar);
  warnings.insert(warnings.end(), more.begin(), more.end());
  return Recorded<domain::Petition>{std::move(stored), std::move(warnings)};
}

core::Result<Recorded<domain::Petition>> UpdatePetition(ServiceContext& ctx,
                                                        const store::Scope& scope,
                                                        domain::Petition petition) {
  core::Date today = ctx.clock->Today();
  store::PetitionRepository repo(*ctx.db);
  domain::Petition stored;
  // Read, check, write and audit in one transaction: the "before" is what was replaced.
  RETURN_IF_ERROR(ctx.db->InTransaction([&]() -> core::Status {
    ASSIGN_OR_RETURN(auto existing, repo.Get(scope, petition.id));
    RETURN_IF_ERROR(RequireSameTownship(existing.township_id, petition.township_id, "信访事项", "petition"));
    domain::NormalizePetition(petition);
    RETURN_IF_ERROR(domain::ValidatePetition(petition, today));
    ASSIGN_OR_RETURN(stored, repo.Update(scope, petition));
    return RecordAudit(ctx, audit::kUpdate, audit::kPetition, stored.id, stored.township_id,
                       AuditJsonOf(existing), AuditJsonOf(stored));
  }));
  auto warnings = domain::PetitionWarnings(stored, today, *ctx.calendar);
  return Recorded<domain::Petition>{std::move(stored), std::move(warnings)};
}

core::Result<Recorded<domain::LeaderReception>> RecordLeaderReception(
    ServiceContext& ctx, const store::Scope& scope, domain::LeaderReception reception) {
  RETURN_IF_ERROR(CheckTownshipInScope(ctx, scope, reception.township_id));
  RETURN_IF_ERROR(domain::ValidateLeaderReception(reception, ctx.clock->Today()));
  store::PetitionRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored,
                   CreateAudited<domain::LeaderReception>(ctx, audit::kLeaderReception, [&] {
                     return repo.CreateLeaderReception(scope, std::move(reception));
                   }));
  return Recorded<domain::LeaderReception>{std::move(stored), {}};
}

core::Result<Recorded<domain::LeaderReception>> UpdateLeaderReception(
    ServiceContext& ctx, const store::Scope& scope, domain::LeaderReception reception) {
  store::PetitionRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, UpdateAudited<domain::LeaderReception>(
      ctx, audit::kLeaderReception, [&] { return repo.GetLeaderReception(scope, reception.id); },
      [&](const domain::LeaderReception& existing) -> core::Status {
        RETURN_IF_ERROR(RequireSameTownship(existing.township_id, reception.township_id,
                                            "领导接访记录", "leader reception"));
        return domain::ValidateLeaderReception(reception, ctx.clock->Today());
      },
      [&] { return repo.UpdateLeaderReception(scope, reception); }));
  return Recorded<domain::LeaderReception>{std::move(stored), {}};
}

}  // namespace fazhi::service
