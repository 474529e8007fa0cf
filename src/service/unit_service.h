// service/unit_service.h — resolves a 统计用区划代码 given by a user to the unit it names: a
// township, or a county with its townships.
//
// Contract: the code must be 12 digits (kInvalidArgument, field "unit"); a code outside the
// scope or not in the database is kNotFound; a village code is kInvalidArgument (indicators
// and alerts are kept per township).
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/org/org.h"
#include "service/service_context.h"
#include "store/scope.h"

namespace fazhi::service {

struct ResolvedUnit {
  domain::Region unit;
  std::vector<domain::Region> townships;  // the township itself, or the county's townships
  bool IsCounty() const { return unit.level == domain::RegionLevel::kCounty; }
};

core::Result<ResolvedUnit> ResolveUnit(ServiceContext& ctx, const store::Scope& scope,
                                       std::string_view code);

}  // namespace fazhi::service
