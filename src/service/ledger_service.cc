// service/ledger_service.cc — see ledger_service.h.
#include "service/ledger_service.h"

#include <fmt/format.h>

#include "domain/mediation/mediation_rules.h"
#include "domain/petition/petition_rules.h"
#include "service/settings_service.h"
#include "store/mediation_repository.h"
#include "store/org_repository.h"
#include "store/petition_repository.h"

namespace fazhi::service {
namespace {

core::Error WrongTownship(const char* field, const char* what_zh, const char* what_en) {
  return core::InvalidArgument(field, fmt::format("{}不属于本乡镇（街道）", what_zh),
                               fmt::format("the {} belongs to another township", what_en));
}

// The record's township must be one the caller may write to (checked before anything else,
// so a clerk learns nothing about another township's records).
core::Status CheckTownshipInScope(ServiceContext& ctx, const store::Scope& scope,
                                  std::int64_t township_id) {
  store::OrgRepository org(*ctx.db);
  auto region = org.GetRegion(scope, township_id);
  if (!region) {
    if (region.error().code != core::ErrorCode::kNotFound) return core::Fail(region.error());
    return core::Fail(core::PermissionDenied("无权在该乡镇（街道）录入或修改台账",
                                             "you may not write to that township's ledgers"));
  }
  if (region->level != domain::RegionLevel::kTownship) {
    return core::Fail(core::InvalidArgument("townshipId", "台账记录必须属于一个乡镇（街道）",
                                            "a ledger record must belong to a township"));
  }
  return core::Ok();
}

// An update may not move a record to another township.
core::Status RequireSameTownship(std::int64_t stored, std::int64_t updated, const char* what_zh,
                                 const char* what_en) {
  if (stored == updated) return core::Ok();
  return core::Fail(core::InvalidArgument("townshipId", fmt::format("不能把{}移到另一个乡镇（街道）", what_zh),
                                          fmt::format("a {} cannot move to another township", what_en)));
}

// The settings that apply to a township's records (its county's own, else deployment-wide).
core::Result<domain::LedgerSettings> SettingsOf(ServiceContext& ctx, std::int64_t township_id) {
  return LedgerSettingsFor(ctx, store::Scope::Township(township_id));
}

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
  ASSIGN_OR_RETURN(auto stored, repo.CreateCommittee(scope, std::move(committee)));
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
  ASSIGN_OR_RETURN(auto stored, repo.CreateMediator(scope, std::move(mediator)));
  return Recorded<domain::Mediator>{std::move(stored), {}};
}

core::Result<Recorded<domain::ScreenedDispute>> RecordScreenedDispute(
    ServiceContext& ctx, const store::Scope& scope, domain::ScreenedDispute dispute) {
  RETURN_IF_ERROR(CheckTownshipInScope(ctx, scope, dispute.township_id));
  RETURN_IF_ERROR(domain::ValidateScreenedDispute(dispute, ctx.clock->Today()));
  store::MediationRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, repo.CreateScreenedDispute(scope, std::move(dispute)));
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
  ASSIGN_OR_RETURN(auto stored, repo.CreateCase(scope, std::move(c)));
  ASSIGN_OR_RETURN(auto settings, SettingsOf(ctx, stored.township_id));
  auto warnings = domain::MediationWarnings(stored, today, *ctx.calendar, settings);
  return Recorded<domain::MediationCase>{std::move(stored), std::move(warnings)};
}

core::Result<Recorded<domain::MediationCase>> UpdateMediationCase(ServiceContext& ctx,
                                                                  const store::Scope& scope,
                                                                  domain::MediationCase c) {
  core::Date today = ctx.clock->Today();
  store::MediationRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto existing, repo.GetCase(scope, c.id));
  RETURN_IF_ERROR(RequireSameTownship(existing.township_id, c.township_id, "调解案件", "mediation case"));
  if (existing.outcome != c.outcome) {
    RETURN_IF_ERROR(domain::CheckOutcomeTransition(existing.outcome, c.outcome));
  }
  RETURN_IF_ERROR(domain::ValidateMediationCase(c, today));
  RETURN_IF_ERROR(CheckCaseReferences(repo, scope, c));
  ASSIGN_OR_RETURN(auto stored, repo.UpdateCase(scope, c));
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
  ASSIGN_OR_RETURN(auto stored, repo.Create(scope, std::move(petition)));
  auto more = domain::PetitionWarnings(stored, today, *ctx.calendar);
  warnings.insert(warnings.end(), more.begin(), more.end());
  return Recorded<domain::Petition>{std::move(stored), std::move(warnings)};
}

core::Result<Recorded<domain::Petition>> UpdatePetition(ServiceContext& ctx,
                                                        const store::Scope& scope,
                                                        domain::Petition petition) {
  core::Date today = ctx.clock->Today();
  store::PetitionRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto existing, repo.Get(scope, petition.id));
  RETURN_IF_ERROR(RequireSameTownship(existing.township_id, petition.township_id, "信访事项", "petition"));
  domain::NormalizePetition(petition);
  RETURN_IF_ERROR(domain::ValidatePetition(petition, today));
  ASSIGN_OR_RETURN(auto stored, repo.Update(scope, petition));
  auto warnings = domain::PetitionWarnings(stored, today, *ctx.calendar);
  return Recorded<domain::Petition>{std::move(stored), std::move(warnings)};
}

}  // namespace fazhi::service
