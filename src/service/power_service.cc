// service/power_service.cc — see power_service.h.
#include "service/power_service.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "service/ledger_support.h"
#include "service/unit_service.h"

namespace fazhi::service {
namespace {

using ledger_support::CheckTownshipInScope;
using ledger_support::CreateAudited;
using ledger_support::RequireSameTownship;
using ledger_support::UpdateAudited;

core::Error Precondition(std::string field, std::string zh, std::string en) {
  core::Error e = core::FailedPrecondition(std::move(zh), std::move(en));
  e.field = std::move(field);
  return e;
}

}  // namespace

core::Result<Recorded<domain::PowerItem>> RecordPower(ServiceContext& ctx, const store::Scope& scope,
                                                      domain::PowerItem item) {
  item.code = std::string(domain::TrimText(item.code));
  item.version = 1;
  item.effective_to.reset();
  RETURN_IF_ERROR(CheckTownshipInScope(ctx, scope, item.township_id));
  RETURN_IF_ERROR(domain::ValidatePowerItem(item));
  store::PowerRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, CreateAudited<domain::PowerItem>(
                                    ctx, audit::kPowerItem, [&]() -> core::Result<domain::PowerItem> {
                                      ASSIGN_OR_RETURN(auto latest, repo.Latest(scope, item.township_id, item.code));
                                      if (latest) {
                                        core::Error e = core::Conflict(
                                            fmt::format("事项编码“{}”已用于“{}”：修订请用“修订”生成新版本，新事项请换一个编码",
                                                        item.code, latest->name),
                                            fmt::format("code {} is taken by \"{}\"", item.code, latest->name));
                                        e.field = "code";
                                        return core::Fail(std::move(e));
                                      }
                                      return repo.Create(scope, std::move(item));
                                    }));
  return Recorded<domain::PowerItem>{std::move(stored), {}};
}

core::Result<Recorded<domain::PowerItem>> UpdatePower(ServiceContext& ctx, const store::Scope& scope,
                                                      domain::PowerItem item) {
  store::PowerRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, UpdateAudited<domain::PowerItem>(
      ctx, audit::kPowerItem, [&] { return repo.Get(scope, item.id); },
      [&](const domain::PowerItem& existing) -> core::Status {
        RETURN_IF_ERROR(RequireSameTownship(existing.township_id, item.township_id, "权力事项", "power item"));
        item.township_id = existing.township_id;
        if (domain::TrimText(item.code) != existing.code) {
          return core::Fail(Precondition("code", "事项编码不能修改", "the code cannot change"));
        }
        item.code = existing.code;
        if (item.version != existing.version) {
          return core::Fail(Precondition("version", "版本号由修订生成，不能修改", "the version cannot change"));
        }
        if (item.effective_from != existing.effective_from) {
          return core::Fail(Precondition("effectiveFrom",
                                         "已公开版本的生效日期不能修改：内容自某日起变化的，请用“修订”生成新版本",
                                         "effectiveFrom cannot change: revise the power instead"));
        }
        return domain::ValidatePowerItem(item);
      },
      [&] { return repo.Update(scope, item); }));
  return Recorded<domain::PowerItem>{std::move(stored), {}};
}

core::Result<Recorded<domain::PowerItem>> RevisePower(ServiceContext& ctx, const store::Scope& scope,
                                                      std::int64_t id, domain::PowerItem next) {
  store::PowerRepository repo(*ctx.db);
  domain::PowerItem created;
  RETURN_IF_ERROR(ctx.db->InTransaction([&]() -> core::Status {
    ASSIGN_OR_RETURN(auto current, repo.Get(scope, id));
    ASSIGN_OR_RETURN(auto latest, repo.Latest(scope, current.township_id, current.code));
    if (latest && latest->id != current.id) {
      return core::Fail(Precondition("version",
                                     fmt::format("只能修订最新版本（第{}版）", latest->version),
                                     fmt::format("only the latest version ({}) can be revised", latest->version)));
    }
    RETURN_IF_ERROR(RequireSameTownship(current.township_id, next.township_id, "权力事项", "power item"));
    next.id = 0;
    next.township_id = current.township_id;
    next.code = current.code;
    next.version = current.version + 1;
    next.effective_to.reset();
    RETURN_IF_ERROR(domain::ValidatePowerItem(next));
    RETURN_IF_ERROR(domain::CheckRevision(current, next));
    const domain::PowerItem closed = domain::ClosedBefore(current, next);
    ASSIGN_OR_RETURN(auto ended, UpdateAudited<domain::PowerItem>(
                                     ctx, audit::kPowerItem, [&] { return repo.Get(scope, current.id); },
                                     [](const domain::PowerItem&) { return core::Ok(); },
                                     [&] { return repo.Update(scope, closed); }));
    (void)ended;
    ASSIGN_OR_RETURN(created, CreateAudited<domain::PowerItem>(ctx, audit::kPowerItem,
                                                               [&] { return repo.Create(scope, next); }));
    return core::Ok();
  }));
  return Recorded<domain::PowerItem>{std::move(created), {}};
}

core::Result<domain::PowerItem> GetPower(ServiceContext& ctx, const store::Scope& scope, std::int64_t id) {
  return store::PowerRepository(*ctx.db).Get(scope, id);
}

core::Result<store::Page<domain::PowerItem>> ListPowers(ServiceContext& ctx, const store::Scope& scope,
                                                        const store::PowerFilter& filter) {
  return store::PowerRepository(*ctx.db).List(scope, filter);
}

core::Result<PublicPowerCatalogue> ListPublicPowers(ServiceContext& ctx, std::string_view unit_code, core::Date on) {
  ASSIGN_OR_RETURN(auto unit, ResolveUnit(ctx, store::Scope::System(), unit_code));
  const store::Scope scope =
      unit.IsCounty() ? store::Scope::County(unit.unit.id) : store::Scope::Township(unit.unit.id);
  std::map<std::int64_t, std::string> names;
  for (const auto& t : unit.townships) names[t.id] = t.name;
  store::PowerFilter filter;
  filter.effective_on = on;
  filter.page = {1, 0, "code"};  // every power in force
  ASSIGN_OR_RETURN(auto page, store::PowerRepository(*ctx.db).List(scope, filter));
  PublicPowerCatalogue out;
  out.unit = unit.unit;
  out.on = on;
  for (auto& p : page.items) out.items.emplace_back(names[p.township_id], std::move(p));
  std::stable_sort(out.items.begin(), out.items.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

}  // namespace fazhi::service
