// service/decision_service.cc — see decision_service.h.
#include "service/decision_service.h"

#include <utility>

#include "service/ledger_support.h"

namespace fazhi::service {
namespace {

using ledger_support::CheckTownshipInScope;
using ledger_support::CreateAudited;
using ledger_support::RequireSameTownship;
using ledger_support::UpdateAudited;

}  // namespace

core::Result<Recorded<domain::MajorDecision>> RecordMajorDecision(ServiceContext& ctx,
                                                                          const store::Scope& scope,
                                                                          domain::MajorDecision d) {
  RETURN_IF_ERROR(CheckTownshipInScope(ctx, scope, d.township_id));
  const core::Date today = ctx.clock->Today();
  RETURN_IF_ERROR(domain::ValidateMajorDecision(d, today));
  RETURN_IF_ERROR(domain::CheckDecisionRules(d, *ctx.calendar));
  store::DecisionRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, CreateAudited<domain::MajorDecision>(ctx, audit::kMajorDecision, [&] {
                     return repo.Create(scope, std::move(d));
                   }));
  auto warnings = domain::DecisionWarnings(stored, *ctx.calendar);
  return Recorded<domain::MajorDecision>{std::move(stored), std::move(warnings)};
}

core::Result<Recorded<domain::MajorDecision>> UpdateMajorDecision(ServiceContext& ctx,
                                                                          const store::Scope& scope,
                                                                          domain::MajorDecision d) {
  const core::Date today = ctx.clock->Today();
  store::DecisionRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, UpdateAudited<domain::MajorDecision>(
      ctx, audit::kMajorDecision, [&] { return repo.Get(scope, d.id); },
      [&](const domain::MajorDecision& existing) -> core::Status {
        RETURN_IF_ERROR(RequireSameTownship(existing.township_id, d.township_id, "重大行政决策", "major decision"));
        RETURN_IF_ERROR(domain::ValidateMajorDecision(d, today));
        return domain::CheckDecisionRules(d, *ctx.calendar);
      },
      [&] { return repo.Update(scope, d); }));
  auto warnings = domain::DecisionWarnings(stored, *ctx.calendar);
  return Recorded<domain::MajorDecision>{std::move(stored), std::move(warnings)};
}

core::Result<domain::MajorDecision> GetMajorDecision(ServiceContext& ctx, const store::Scope& scope,
                                                             std::int64_t id) {
  return store::DecisionRepository(*ctx.db).Get(scope, id);
}

core::Result<store::Page<domain::MajorDecision>> ListMajorDecisions(ServiceContext& ctx,
                                                                            const store::Scope& scope,
                                                                            const store::DecisionFilter& filter) {
  return store::DecisionRepository(*ctx.db).List(scope, filter);
}


}  // namespace fazhi::service
