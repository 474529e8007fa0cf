// service/unit_service.cc — see unit_service.h.
#include "service/unit_service.h"

#include <fmt/format.h>

#include "store/org_repository.h"

namespace fazhi::service {

core::Result<ResolvedUnit> ResolveUnit(ServiceContext& ctx, const store::Scope& scope,
                                       std::string_view code) {
  ASSIGN_OR_RETURN(auto level, domain::RegionLevelOfCode(code, "unit"));
  if (level == domain::RegionLevel::kVillage) {
    return core::Fail(core::InvalidArgument(
        "unit", fmt::format("{} 是村（社区）代码：请指定乡镇或县的区划代码", code),
        fmt::format("{} is a village code: give a township or county code", code)));
  }
  store::OrgRepository org(*ctx.db);
  auto region = org.GetRegionByCode(scope, code);
  if (!region) {
    if (region.error().code == core::ErrorCode::kNotFound) {
      return core::Fail(core::NotFound(
          fmt::format("找不到区划代码为 {} 的单位（可用 fazhi org list 查看）", code),
          fmt::format("no unit with code {} (see fazhi org list)", code)));
    }
    return core::Fail(region.error());
  }
  ResolvedUnit resolved;
  resolved.unit = *region;
  if (region->level == domain::RegionLevel::kTownship) {
    resolved.townships.push_back(*region);
  } else {
    ASSIGN_OR_RETURN(auto children, org.ListChildren(scope, region->id));
    for (auto& c : children) {
      if (c.level == domain::RegionLevel::kTownship) resolved.townships.push_back(std::move(c));
    }
  }
  return resolved;
}

}  // namespace fazhi::service
