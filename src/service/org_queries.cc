// service/org_queries.cc — see org_queries.h.
#include "service/org_queries.h"

#include <algorithm>

#include "store/org_repository.h"

namespace fazhi::service {

core::Result<domain::Region> GetUnit(ServiceContext& ctx, const store::Scope& scope,
                                     std::int64_t id) {
  return store::OrgRepository(*ctx.db).GetRegion(scope, id);
}

core::Result<std::vector<domain::Region>> ListUnits(ServiceContext& ctx, const store::Scope& scope,
                                                    std::optional<domain::RegionLevel> level,
                                                    std::optional<std::int64_t> parent_id) {
  store::OrgRepository org(*ctx.db);
  if (parent_id) {
    ASSIGN_OR_RETURN(auto parent, org.GetRegion(scope, *parent_id));
    ASSIGN_OR_RETURN(auto children, org.ListChildren(scope, parent.id));
    if (!level) return children;
    std::erase_if(children, [&](const domain::Region& r) { return r.level != *level; });
    return children;
  }
  if (level) return org.ListByLevel(scope, *level);
  std::vector<domain::Region> all;
  for (auto l : {domain::RegionLevel::kCounty, domain::RegionLevel::kTownship,
                 domain::RegionLevel::kVillage}) {
    ASSIGN_OR_RETURN(auto some, org.ListByLevel(scope, l));
    all.insert(all.end(), some.begin(), some.end());
  }
  return all;
}

core::Result<std::vector<domain::Department>> ListDepartments(ServiceContext& ctx,
                                                              const store::Scope& scope,
                                                              std::optional<std::int64_t> unit_id) {
  store::OrgRepository org(*ctx.db);
  std::int64_t region = unit_id.value_or(scope.region_id());
  if (region == 0) return std::vector<domain::Department>();
  ASSIGN_OR_RETURN(auto unit, org.GetRegion(scope, region));
  return org.ListDepartments(scope, unit.id);
}

}  // namespace fazhi::service
