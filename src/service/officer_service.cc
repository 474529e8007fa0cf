// service/officer_service.cc — see officer_service.h.
#include "service/officer_service.h"

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

#include "service/ledger_support.h"

namespace fazhi::service {
namespace {

using ledger_support::CheckTownshipInScope;
using ledger_support::CreateAudited;
using ledger_support::RequireSameTownship;
using ledger_support::SettingsOf;
using ledger_support::UpdateAudited;

inline constexpr std::string_view kOfficerEntity = audit::kEnforcementOfficer;

}  // namespace

core::Result<Recorded<domain::EnforcementOfficer>> RecordOfficer(
    ServiceContext& ctx, const store::Scope& scope, domain::EnforcementOfficer officer) {
  RETURN_IF_ERROR(CheckTownshipInScope(ctx, scope, officer.township_id));
  const core::Date today = ctx.clock->Today();
  RETURN_IF_ERROR(domain::ValidateOfficer(officer, today));
  ASSIGN_OR_RETURN(auto settings, SettingsOf(ctx, officer.township_id));
  store::OfficerRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, CreateAudited<domain::EnforcementOfficer>(ctx, kOfficerEntity, [&] {
                     return repo.Create(scope, std::move(officer));
                   }));
  auto warnings = domain::OfficerWarnings(stored, today, settings);
  return Recorded<domain::EnforcementOfficer>{std::move(stored), std::move(warnings)};
}

core::Result<Recorded<domain::EnforcementOfficer>> UpdateOfficer(
    ServiceContext& ctx, const store::Scope& scope, domain::EnforcementOfficer officer) {
  const core::Date today = ctx.clock->Today();
  store::OfficerRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, UpdateAudited<domain::EnforcementOfficer>(
      ctx, kOfficerEntity, [&] { return repo.Get(scope, officer.id); },
      [&](const domain::EnforcementOfficer& existing) -> core::Status {
        RETURN_IF_ERROR(RequireSameTownship(existing.township_id, officer.township_id, "执法人员",
                                            "enforcement officer"));
        return domain::ValidateOfficer(officer, today);
      },
      [&] { return repo.Update(scope, officer); }));
  ASSIGN_OR_RETURN(auto settings, SettingsOf(ctx, stored.township_id));
  auto warnings = domain::OfficerWarnings(stored, today, settings);
  return Recorded<domain::EnforcementOfficer>{std::move(stored), std::move(warnings)};
}

core::Result<domain::EnforcementOfficer> GetOfficer(ServiceContext& ctx, const store::Scope& scope,
                                                    std::int64_t id) {
  return store::OfficerRepository(*ctx.db).Get(scope, id);
}

core::Result<store::Page<domain::EnforcementOfficer>> ListOfficers(ServiceContext& ctx,
                                                                   const store::Scope& scope,
                                                                   OfficerQuery query) {
  const core::Date today = ctx.clock->Today();
  query.filter.in_post_on = today;
  store::OfficerRepository repo(*ctx.db);
  if (!query.certificate) return repo.List(scope, query.filter);

  const store::PageRequest wanted = query.filter.page;
  if (wanted.page < 1 || wanted.page_size < 1) {
    // Let the store give its usual paging error.
    return repo.List(scope, query.filter);
  }
  query.filter.page.page = 1;
  query.filter.page.page_size = 0;  // every row, in the requested order
  ASSIGN_OR_RETURN(auto all, repo.List(scope, query.filter));
  std::vector<domain::EnforcementOfficer> kept;
  std::map<std::int64_t, domain::LedgerSettings> settings_of;  // per township, read once
  for (auto& o : all.items) {
    auto it = settings_of.find(o.township_id);
    if (it == settings_of.end()) {
      ASSIGN_OR_RETURN(auto settings, SettingsOf(ctx, o.township_id));
      it = settings_of.emplace(o.township_id, settings).first;
    }
    if (domain::OfficerStandingOn(o, today, it->second).certificate == *query.certificate) {
      kept.push_back(std::move(o));
    }
  }
  store::Page<domain::EnforcementOfficer> page;
  page.total = static_cast<std::int64_t>(kept.size());
  const std::size_t from =
      std::min(kept.size(), static_cast<std::size_t>(wanted.page - 1) * wanted.page_size);
  const std::size_t to = std::min(kept.size(), from + static_cast<std::size_t>(wanted.page_size));
  for (std::size_t i = from; i < to; ++i) page.items.push_back(std::move(kept[i]));
  return page;
}

core::Result<domain::LedgerSettings> OfficerSettings(ServiceContext& ctx, std::int64_t township_id) {
  return SettingsOf(ctx, township_id);
}

}  // namespace fazhi::service
