// service/ledger_queries.cc — see ledger_queries.h.
#include "service/ledger_queries.h"

#include "domain/mediation/mediation_rules.h"
#include "domain/petition/petition_rules.h"
#include "service/settings_service.h"

namespace fazhi::service {
namespace {

// Adds the step when the deadline applies; a kFailedPrecondition from the rule means it
// does not apply to this record (left out), any other error is returned.
core::Status AddStep(std::vector<TimelineStep>& steps, core::Result<domain::DeadlineResult> deadline,
                     std::optional<core::Date> done_on, core::Date today, int soon_days) {
  if (!deadline) {
    if (deadline.error().code == core::ErrorCode::kFailedPrecondition) return {};
    return core::Fail(deadline.error());
  }
  TimelineStep step;
  step.state = domain::EvaluateDeadline(*deadline, done_on, today, soon_days);
  step.deadline = std::move(*deadline);
  step.done_on = done_on;
  steps.push_back(std::move(step));
  return {};
}

}  // namespace

core::Result<domain::MediationCommittee> GetCommittee(ServiceContext& ctx, const store::Scope& scope,
                                                      std::int64_t id) {
  return store::MediationRepository(*ctx.db).GetCommittee(scope, id);
}

core::Result<std::vector<domain::MediationCommittee>> ListCommittees(
    ServiceContext& ctx, const store::Scope& scope, std::optional<std::int64_t> township_id) {
  return store::MediationRepository(*ctx.db).ListCommittees(scope, township_id);
}

core::Result<domain::Mediator> GetMediator(ServiceContext& ctx, const store::Scope& scope,
                                           std::int64_t id) {
  return store::MediationRepository(*ctx.db).GetMediator(scope, id);
}

core::Result<std::vector<domain::Mediator>> ListMediators(
    ServiceContext& ctx, const store::Scope& scope, std::optional<std::int64_t> township_id,
    std::optional<std::int64_t> committee_id) {
  return store::MediationRepository(*ctx.db).ListMediators(scope, township_id, committee_id);
}

core::Result<domain::ScreeningRound> GetScreeningRound(ServiceContext& ctx,
                                                       const store::Scope& scope, std::int64_t id) {
  return store::MediationRepository(*ctx.db).GetScreeningRound(scope, id);
}

core::Result<std::vector<domain::ScreeningRound>> ListScreeningRounds(
    ServiceContext& ctx, const store::Scope& scope, std::optional<std::int64_t> township_id,
    std::optional<core::Date> from, std::optional<core::Date> to) {
  return store::MediationRepository(*ctx.db).ListScreeningRounds(scope, township_id, from, to);
}

core::Result<domain::ScreenedDispute> GetScreenedDispute(ServiceContext& ctx,
                                                         const store::Scope& scope, std::int64_t id) {
  return store::MediationRepository(*ctx.db).GetScreenedDispute(scope, id);
}

core::Result<store::Page<domain::ScreenedDispute>> ListScreenedDisputes(
    ServiceContext& ctx, const store::Scope& scope, const store::ScreenedDisputeFilter& filter) {
  return store::MediationRepository(*ctx.db).ListScreenedDisputes(scope, filter);
}

core::Result<domain::MediationCase> GetMediationCase(ServiceContext& ctx, const store::Scope& scope,
                                                     std::int64_t id) {
  return store::MediationRepository(*ctx.db).GetCase(scope, id);
}

core::Result<store::Page<domain::MediationCase>> ListMediationCases(
    ServiceContext& ctx, const store::Scope& scope, const store::CaseFilter& filter) {
  return store::MediationRepository(*ctx.db).ListCases(scope, filter);
}

core::Result<std::vector<TimelineStep>> MediationCaseTimeline(ServiceContext& ctx,
                                                              const store::Scope& scope,
                                                              std::int64_t id) {
  ASSIGN_OR_RETURN(domain::MediationCase c, GetMediationCase(ctx, scope, id));
  ASSIGN_OR_RETURN(domain::LedgerSettings settings, LedgerSettingsFor(ctx, scope));
  core::Date today = ctx.clock->Today();
  int soon = settings.alert_soon_days;
  std::vector<TimelineStep> steps;
  RETURN_IF_ERROR(AddStep(steps, domain::MediationTypicalDeadline(c, *ctx.calendar, settings),
                          c.concluded_on, today, soon));
  if (c.agreement) {
    RETURN_IF_ERROR(AddStep(steps, domain::JudicialConfirmationDeadline(c, *ctx.calendar),
                            c.agreement->confirmation_applied_on, today, soon));
  }
  return steps;
}

core::Result<domain::Petition> GetPetition(ServiceContext& ctx, const store::Scope& scope,
                                           std::int64_t id) {
  return store::PetitionRepository(*ctx.db).Get(scope, id);
}

core::Result<store::Page<domain::Petition>> ListPetitions(ServiceContext& ctx,
                                                          const store::Scope& scope,
                                                          const store::PetitionFilter& filter) {
  return store::PetitionRepository(*ctx.db).List(scope, filter);
}

core::Result<domain::LeaderReception> GetLeaderReception(ServiceContext& ctx,
                                                         const store::Scope& scope, std::int64_t id) {
  return store::PetitionRepository(*ctx.db).GetLeaderReception(scope, id);
}

core::Result<std::vector<domain::LeaderReception>> ListLeaderReceptions(
    ServiceContext& ctx, const store::Scope& scope, std::optional<std::int64_t> township_id,
    std::optional<core::Date> from, std::optional<core::Date> to) {
  return store::PetitionRepository(*ctx.db).ListLeaderReceptions(scope, township_id, from, to);
}

core::Result<std::vector<TimelineStep>> PetitionTimeline(ServiceContext& ctx,
                                                         const store::Scope& scope, std::int64_t id) {
  ASSIGN_OR_RETURN(domain::Petition p, GetPetition(ctx, scope, id));
  ASSIGN_OR_RETURN(domain::LedgerSettings settings, LedgerSettingsFor(ctx, scope));
  core::Date today = ctx.clock->Today();
  int soon = settings.alert_soon_days;
  const domain::WorkingCalendar& calendar = *ctx.calendar;
  std::vector<TimelineStep> steps;
  if (domain::AcknowledgementRequired(p)) {
    RETURN_IF_ERROR(
        AddStep(steps, domain::AcknowledgementDeadline(p, calendar), p.acknowledged_on, today, soon));
  }
  if (p.objected_on) {
    RETURN_IF_ERROR(
        AddStep(steps, domain::ObjectionDeadline(p, calendar), p.objected_on, today, soon));
  }
  RETURN_IF_ERROR(AddStep(steps, domain::HandlingDeadline(p, calendar), p.closed_on, today, soon));
  if (p.review) {
    RETURN_IF_ERROR(AddStep(steps, domain::ReviewReplyDeadline(p, calendar), p.review->replied_on,
                            today, soon));
  }
  if (p.re_review) {
    RETURN_IF_ERROR(AddStep(steps, domain::ReReviewReplyDeadline(p, calendar),
                            p.re_review->replied_on, today, soon));
  }
  return steps;
}

}  // namespace fazhi::service
