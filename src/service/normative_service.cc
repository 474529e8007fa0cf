// service/normative_service.cc — see normative_service.h.
#include "service/normative_service.h"

#include <utility>

#include "service/ledger_support.h"

namespace fazhi::service {
namespace {

using ledger_support::CheckTownshipInScope;
using ledger_support::CreateAudited;
using ledger_support::RequireSameTownship;
using ledger_support::SettingsOf;
using ledger_support::UpdateAudited;

}  // namespace

core::Result<Recorded<domain::NormativeDocument>> RecordNormativeDocument(ServiceContext& ctx,
                                                                          const store::Scope& scope,
                                                                          domain::NormativeDocument d) {
  RETURN_IF_ERROR(CheckTownshipInScope(ctx, scope, d.township_id));
  const core::Date today = ctx.clock->Today();
  ASSIGN_OR_RETURN(auto settings, SettingsOf(ctx, d.township_id));
  RETURN_IF_ERROR(domain::ValidateNormativeDocument(d, today));
  RETURN_IF_ERROR(domain::CheckNormativeRules(d, settings));
  store::NormativeRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, CreateAudited<domain::NormativeDocument>(ctx, audit::kNormativeDocument, [&] {
                     return repo.Create(scope, std::move(d));
                   }));
  auto warnings = domain::NormativeWarnings(stored, today, *ctx.calendar, settings);
  return Recorded<domain::NormativeDocument>{std::move(stored), std::move(warnings)};
}

core::Result<Recorded<domain::NormativeDocument>> UpdateNormativeDocument(ServiceContext& ctx,
                                                                          const store::Scope& scope,
                                                                          domain::NormativeDocument d) {
  const core::Date today = ctx.clock->Today();
  store::NormativeRepository repo(*ctx.db);
  domain::LedgerSettings settings;
  ASSIGN_OR_RETURN(auto stored, UpdateAudited<domain::NormativeDocument>(
      ctx, audit::kNormativeDocument, [&] { return repo.Get(scope, d.id); },
      [&](const domain::NormativeDocument& existing) -> core::Status {
        RETURN_IF_ERROR(RequireSameTownship(existing.township_id, d.township_id, "规范性文件", "normative document"));
        ASSIGN_OR_RETURN(settings, SettingsOf(ctx, existing.township_id));
        RETURN_IF_ERROR(domain::ValidateNormativeDocument(d, today));
        return domain::CheckNormativeRules(d, settings);
      },
      [&] { return repo.Update(scope, d); }));
  auto warnings = domain::NormativeWarnings(stored, today, *ctx.calendar, settings);
  return Recorded<domain::NormativeDocument>{std::move(stored), std::move(warnings)};
}

core::Result<domain::NormativeDocument> GetNormativeDocument(ServiceContext& ctx, const store::Scope& scope,
                                                             std::int64_t id) {
  return store::NormativeRepository(*ctx.db).Get(scope, id);
}

core::Result<store::Page<domain::NormativeDocument>> ListNormativeDocuments(ServiceContext& ctx,
                                                                            const store::Scope& scope,
                                                                            const store::NormativeFilter& filter) {
  return store::NormativeRepository(*ctx.db).List(scope, filter);
}

core::Result<domain::NormDeadlines> NormativeDeadlines(ServiceContext& ctx, const domain::NormativeDocument& d) {
  ASSIGN_OR_RETURN(auto settings, SettingsOf(ctx, d.township_id));
  return domain::ComputeNormDeadlines(d, *ctx.calendar, settings);
}

}  // namespace fazhi::service
