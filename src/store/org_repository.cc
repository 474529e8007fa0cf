// store/org_repository.cc — see org_repository.h.
#include "store/org_repository.h"

#include <optional>
#include <utility>

#include "store/internal/rows.h"
#include "store/internal/scope_sql.h"
#include "store/internal/session.h"
#include "store/internal/tables.h"

namespace fazhi::store {

using internal::DepartmentTable;
using internal::Params;
using internal::RegionTable;
using internal::Session;

namespace {

core::Error RegionNotFound() { return internal::RecordNotFound("区划", "Region"); }
core::Error DepartmentNotFound() { return internal::RecordNotFound("部门", "Department"); }

// The region `id` without any scope filter (for checking a parent on create).
core::Result<std::optional<domain::Region>> LoadRegionUnscoped(Database& db, std::int64_t id) {
  Params params;
  std::string p = params.Int(id);
  ASSIGN_OR_RETURN(auto rows, internal::SelectVector<RegionTable>(
                                  Session(db),
                                  "SELECT " + internal::SelectList<RegionTable>("r") +
                                      " FROM region r WHERE r.id = " + p,
                                  params));
  if (rows.empty()) return std::optional<domain::Region>();
  return std::optional<domain::Region>(std::move(rows.front()));
}

}  // namespace

core::Result<domain::Region> OrgRepository::CreateRegion(const Scope& scope,
                                                         domain::Region region) {
  return internal::Guarded(db_, "create region", [&]() -> core::Result<domain::Region> {
    std::optional<domain::Region> parent;
    if (region.level == domain::RegionLevel::kCounty) {
      if (scope.kind() != Scope::Kind::kSystem) {
        return core::Fail(core::PermissionDenied("只有系统管理可以新建县级区划",
                                                 "Only system administration may add a county"));
      }
      if (region.parent_id) {
        return core::Fail(core::InvalidArgument("parentId", "县级区划不能有上级区划",
                                                "A county has no parent region"));
      }
    } else {
      if (!region.parent_id) {
        return core::Fail(
            core::InvalidArgument("parentId", "必须指定上级区划", "The parent region is required"));
      }
      ASSIGN_OR_RETURN(parent, LoadRegionUnscoped(db_, *region.parent_id));
      const domain::RegionLevel expected = region.level == domain::RegionLevel::kTownship
                                               ? domain::RegionLevel::kCounty
                                               : domain::RegionLevel::kTownship;
      if (!parent || parent->level != expected) {
        return core::Fail(core::InvalidArgument(
            "parentId",
            region.level == domain::RegionLevel::kTownship ? "乡镇的上级必须是县级区划"
                                                           : "村（社区）的上级必须是乡镇",
            region.level == domain::RegionLevel::kTownship
                ? "The parent of a township must be a county"
                : "The parent of a village must be a township"));
      }
      RETURN_IF_ERROR(internal::CheckRegionOwned(db_, scope, parent->id, "parentId"));
    }
    std::optional<std::string_view> parent_code;
    if (parent) parent_code = parent->code;
    RETURN_IF_ERROR(domain::ValidateRegionCode(region.code, region.level, parent_code, "code"));
    region.id = internal::InsertRecord<RegionTable>(Session(db_), region);
    return region;
  });
}

core::Result<domain::Region> OrgRepository::GetRegion(const Scope& scope, std::int64_t id) {
  return internal::Guarded(db_, "get region", [&]() -> core::Result<domain::Region> {
    Params params;
    std::string cond = internal::VisibleRegionCondition(scope, "r.id", params);
    std::string p = params.Int(id);
    ASSIGN_OR_RETURN(auto rows, internal::SelectVector<RegionTable>(
                                    Session(db_),
                                    "SELECT " + internal::SelectList<RegionTable>("r") +
                                        " FROM region r WHERE r.id = " + p + " AND " + cond,
                                    params));
    if (rows.empty()) return core::Fail(RegionNotFound());
    return std::move(rows.front());
  });
}

core::Result<domain::Region> OrgRepository::GetRegionByCode(const Scope& scope,
                                                            std::string_view code) {
  return internal::Guarded(db_, "get region by code", [&]() -> core::Result<domain::Region> {
    Params params;
    std::string cond = internal::VisibleRegionCondition(scope, "r.id", params);
    std::string p = params.Text(std::string(code));
    ASSIGN_OR_RETURN(auto rows, internal::SelectVector<RegionTable>(
                                    Session(db_),
                                    "SELECT " + internal::SelectList<RegionTable>("r") +
                                        " FROM region r WHERE r.code = " + p + " AND " + cond,
                                    params));
    if (rows.empty()) return core::Fail(RegionNotFound());
    return std::move(rows.front());
  });
}

core::Result<std::vector<domain::Region>> OrgRepository::ListChildren(const Scope& scope,
                                                                      std::int64_t parent_id) {
  return internal::Guarded(db_, "list regions", [&]() -> core::Result<std::vector<domain::Region>> {
    Params params;
    std::string cond = internal::VisibleRegionCondition(scope, "r.id", params);
    std::string p = params.Int(parent_id);
    return internal::SelectVector<RegionTable>(Session(db_),
                                               "SELECT " + internal::SelectList<RegionTable>("r") +
                                                   " FROM region r WHERE r.parent_id = " + p +
                                                   " AND " + cond + " ORDER BY r.code",
                                               params);
  });
}

core::Result<std::vector<domain::Region>> OrgRepository::ListByLevel(const Scope& scope,
                                                                     domain::RegionLevel level) {
  return internal::Guarded(db_, "list regions", [&]() -> core::Result<std::vector<domain::Region>> {
    Params params;
    std::string cond = internal::VisibleRegionCondition(scope, "r.id", params);
    std::string p = params.Text(std::string(domain::RegionLevelCode(level)));
    return internal::SelectVector<RegionTable>(Session(db_),
                                               "SELECT " + internal::SelectList<RegionTable>("r") +
                                                   " FROM region r WHERE r.level = " + p + " AND " +
                                                   cond + " ORDER BY r.code",
                                               params);
  });
}

core::Status OrgRepository::RenameRegion(const Scope& scope, std::int64_t id,
                                         std::string_view name) {
  return internal::Guarded(db_, "rename region", [&]() -> core::Status {
    ASSIGN_OR_RETURN(domain::Region region, GetRegion(scope, id));
    RETURN_IF_ERROR(internal::CheckRegionOwned(db_, scope, region.id, "id"));
    if (region.level == domain::RegionLevel::kCounty && scope.kind() != Scope::Kind::kSystem) {
      return core::Fail(core::PermissionDenied("只有系统管理可以修改县级区划",
                                               "Only system administration may change a county"));
    }
    region.name = std::string(name);
    internal::UpdateRecord<RegionTable>(Session(db_), region.id, region);
    return core::Ok();
  });
}

core::Result<domain::Department> OrgRepository::CreateDepartment(const Scope& scope,
                                                                 domain::Department department) {
  return internal::Guarded(db_, "create department", [&]() -> core::Result<domain::Department> {
    RETURN_IF_ERROR(internal::CheckRegionOwned(db_, scope, department.region_id, "regionId"));
    department.id = internal::InsertRecord<DepartmentTable>(Session(db_), department);
    return department;
  });
}

core::Result<domain::Department> OrgRepository::GetDepartment(const Scope& scope, std::int64_t id) {
  return internal::Guarded(db_, "get department", [&]() -> core::Result<domain::Department> {
    Params params;
    std::string cond = internal::OwnedRegionCondition(scope, "d.region_id", params);
    std::string p = params.Int(id);
    ASSIGN_OR_RETURN(auto rows, internal::SelectVector<DepartmentTable>(
                                    Session(db_),
                                    "SELECT " + internal::SelectList<DepartmentTable>("d") +
                                        " FROM department d WHERE d.id = " + p + " AND " + cond,
                                    params));
    if (rows.empty()) return core::Fail(DepartmentNotFound());
    return std::move(rows.front());
  });
}

core::Result<std::vector<domain::Department>> OrgRepository::ListDepartments(
    const Scope& scope, std::int64_t region_id) {
  return internal::Guarded(
      db_, "list departments", [&]() -> core::Result<std::vector<domain::Department>> {
        Params params;
        std::string cond = internal::OwnedRegionCondition(scope, "d.region_id", params);
        std::string p = params.Int(region_id);
        return internal::SelectVector<DepartmentTable>(
            Session(db_),
            "SELECT " + internal::SelectList<DepartmentTable>("d") +
                " FROM department d WHERE d.region_id = " + p + " AND " + cond +
                " ORDER BY d.name, d.id",
            params);
      });
}

core::Status OrgRepository::UpdateDepartment(const Scope& scope,
                                             const domain::Department& department) {
  return internal::Guarded(db_, "update department", [&]() -> core::Status {
    ASSIGN_OR_RETURN(domain::Department stored, GetDepartment(scope, department.id));
    stored.name = department.name;
    stored.kind = department.kind;
    internal::UpdateRecord<DepartmentTable>(Session(db_), stored.id, stored);
    return core::Ok();
  });
}

}  // namespace fazhi::store
