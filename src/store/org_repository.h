// store/org_repository.h — regions (county → townships → villages) and departments.
//
// Contract (Scope, store/scope.h):
//  * Reads see the regions a scope may see: System all; County(C) C, its townships and their
//    villages; Township(T) T, its villages and its parent county. Anything else is kNotFound.
//  * CreateRegion: a county needs System scope; a township must have a county parent and a
//    village a township parent, and the parent must be owned by the scope (County(C) may add
//    townships to C and villages to them; Township(T) villages to T), else kPermissionDenied.
//    The code is checked with domain::ValidateRegionCode against the level and the parent's
//    code (kInvalidArgument "code"); a taken code is kConflict "code".
//  * Departments belong to a region owned by the scope (else kPermissionDenied on write,
//    kNotFound on read); names are unique per region (kConflict "name").
// Returned records carry their database ids. Not thread-safe (borrows one Database).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/org/org.h"
#include "store/database.h"
#include "store/scope.h"

namespace fazhi::store {

class OrgRepository {
 public:
  explicit OrgRepository(Database& db) : db_(db) {}

  core::Result<domain::Region> CreateRegion(const Scope& scope, domain::Region region);
  core::Result<domain::Region> GetRegion(const Scope& scope, std::int64_t id);
  core::Result<domain::Region> GetRegionByCode(const Scope& scope, std::string_view code);
  // Children of parent_id, ordered by code.
  core::Result<std::vector<domain::Region>> ListChildren(const Scope& scope,
                                                         std::int64_t parent_id);
  // Every visible region of one level, ordered by code.
  core::Result<std::vector<domain::Region>> ListByLevel(const Scope& scope,
                                                        domain::RegionLevel level);
  // Renames a region (code, level and parent never change). Needs the region owned.
  core::Status RenameRegion(const Scope& scope, std::int64_t id, std::string_view name);

  core::Result<domain::Department> CreateDepartment(const Scope& scope,
                                                    domain::Department department);
  core::Result<domain::Department> GetDepartment(const Scope& scope, std::int64_t id);
  // Departments of one region, ordered by name.
  core::Result<std::vector<domain::Department>> ListDepartments(const Scope& scope,
                                                                std::int64_t region_id);
  // Updates name and kind (the region never changes).
  core::Status UpdateDepartment(const Scope& scope, const domain::Department& department);

 private:
  Database& db_;
};

}  // namespace fazhi::store
