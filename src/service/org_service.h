// service/org_service.h — setting up the organisation: a county, its townships and villages
// (统计用区划代码) and departments.
//
// Contract: AddRegion derives the level from the 12-digit code and the parent from its
// prefix (a township's county, a village's township), which must already exist
// (kFailedPrecondition naming it otherwise). Codes are unique (kConflict, field "code"); the
// name is required (kInvalidArgument, field "name"). AddDepartment needs an existing unit.
#pragma once

#include <string>

#include "core/result.h"
#include "domain/org/org.h"
#include "service/service_context.h"
#include "store/scope.h"

namespace fazhi::service {

core::Result<domain::Region> AddRegion(ServiceContext& ctx, const store::Scope& scope,
                                       const std::string& code, const std::string& name);
core::Result<domain::Department> AddDepartment(ServiceContext& ctx, const store::Scope& scope,
                                               const std::string& unit_code,
                                               const std::string& name, const std::string& kind);

}  // namespace fazhi::service
