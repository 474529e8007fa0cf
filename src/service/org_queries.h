// service/org_queries.h — reading the organisation for the API: units (county, townships,
// villages) and departments within the caller's scope.
//
// Contract: a unit or department outside the scope is kNotFound. ListUnits with a parent
// lists its children; with a level, every unit of that level in the scope; with neither,
// the scope's own units top-down (county, then townships, then villages), ordered by code.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/result.h"
#include "domain/org/org.h"
#include "service/service_context.h"
#include "store/scope.h"

namespace fazhi::service {

core::Result<domain::Region> GetUnit(ServiceContext& ctx, const store::Scope& scope,
                                     std::int64_t id);
core::Result<std::vector<domain::Region>> ListUnits(ServiceContext& ctx, const store::Scope& scope,
                                                    std::optional<domain::RegionLevel> level,
                                                    std::optional<std::int64_t> parent_id);
core::Result<std::vector<domain::Department>> ListDepartments(ServiceContext& ctx,
                                                              const store::Scope& scope,
                                                              std::optional<std::int64_t> unit_id);

}  // namespace fazhi::service
