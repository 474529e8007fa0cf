// service/org_service.cc — see org_service.h.
#include "service/org_service.h"

#include <fmt/format.h>

#include "domain/common.h"
#include "service/audit_service.h"
#include "service/json/org_json.h"
#include "store/org_repository.h"

namespace fazhi::service {
namespace {

std::string Trimmed(const std::string& s) { return std::string(domain::TrimText(s)); }

// The code of the region directly above: a village's township, a township's county.
std::string ParentCode(const std::string& code, domain::RegionLevel level) {
  if (level == domain::RegionLevel::kVillage) return code.substr(0, 9) + "000";
  return code.substr(0, 6) + "000000";
}

}  // namespace

core::Result<domain::Region> AddRegion(ServiceContext& ctx, const store::Scope& scope,
                                       const std::string& code_input, const std::string& name_input) {
  std::string code = Trimmed(code_input);
  std::string name = Trimmed(name_input);
  ASSIGN_OR_RETURN(auto level, domain::RegionLevelOfCode(code, "code"));
  if (name.empty()) {
    return core::Fail(core::InvalidArgument("name", "请填写单位名称", "the name is required"));
  }
  domain::Region region;
  region.code = code;
  region.name = name;
  region.level = level;
  store::OrgRepository org(*ctx.db);
  if (level != domain::RegionLevel::kCounty) {
    std::string parent_code = ParentCode(code, level);
    auto parent = org.GetRegionByCode(scope, parent_code);
    if (!parent) {
      if (parent.error().code != core::ErrorCode::kNotFound) return core::Fail(parent.error());
      return core::Fail(core::FailedPrecondition(
          fmt::format("上级单位 {} 尚未建立：请先添加上级{}", parent_code,
                      level == domain::RegionLevel::kVillage ? "乡镇（街道）" : "县"),
          fmt::format("the parent unit {} does not exist yet: add it first", parent_code)));
    }
    RETURN_IF_ERROR(domain::ValidateRegionCode(code, level, std::string_view(parent->code), "code"));
    region.parent_id = parent->id;
  }
  domain::Region stored;
  RETURN_IF_ERROR(ctx.db->InTransaction([&]() -> core::Status {
    ASSIGN_OR_RETURN(stored, org.CreateRegion(scope, region));
    // A township's history is its own; a village's is its township's; a county has none.
    std::optional<std::int64_t> township;
    if (stored.level == domain::RegionLevel::kTownship) township = stored.id;
    if (stored.level == domain::RegionLevel::kVillage) township = stored.parent_id;
    return RecordAudit(ctx, audit::kCreate, audit::kRegion, stored.id, township, std::nullopt,
                       AuditJson(json::ToJson(stored)));
  }));
  return stored;
}

core::Result<domain::Department> AddDepartment(ServiceContext& ctx, const store::Scope& scope,
                                               const std::string& unit_code,
                                               const std::string& name_input,
                                               const std::string& kind) {
  std::string name = Trimmed(name_input);
  if (name.empty()) {
    return core::Fail(core::InvalidArgument("name", "请填写部门名称", "the department name is required"));
  }
  store::OrgRepository org(*ctx.db);
  auto unit = org.GetRegionByCode(scope, Trimmed(unit_code));
  if (!unit) {
    if (unit.error().code != core::ErrorCode::kNotFound) return core::Fail(unit.error());
    return core::Fail(core::NotFound(fmt::format("找不到区划代码为 {} 的单位", unit_code),
                                     fmt::format("no unit with code {}", unit_code)));
  }
  domain::Department d;
  d.region_id = unit->id;
  d.name = name;
  d.kind = Trimmed(kind);
  domain::Department stored;
  RETURN_IF_ERROR(ctx.db->InTransaction([&]() -> core::Status {
    ASSIGN_OR_RETURN(stored, org.CreateDepartment(scope, d));
    std::optional<std::int64_t> township;
    if (unit->level == domain::RegionLevel::kTownship) township = unit->id;
    return RecordAudit(ctx, audit::kCreate, audit::kDepartment, stored.id, township, std::nullopt,
                       AuditJson(json::ToJson(stored)));
  }));
  return stored;
}

}  // namespace fazhi::service
