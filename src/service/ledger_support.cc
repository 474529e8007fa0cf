// service/ledger_support.cc — see ledger_support.h.
#include "service/ledger_support.h"

#include <fmt/format.h>

#include "service/settings_service.h"
#include "store/org_repository.h"

namespace fazhi::service::ledger_support {

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

}  // namespace fazhi::service::ledger_support
