// service/json/org_json.h — JSON for the organisation: regions (units), departments, users.
//
// Contract (docs/server.md "JSON names"):
//  * Region → {"id","code","name","level","levelLabel","parentId"} (parentId null for a
//    county).
//  * Department → {"id","regionId","name","kind"}.
//  * User → {"id","username","displayName","role","roleLabel","regionId","active",
//    "createdAt"}. The password hash is NEVER written, and never read: passwords travel only
//    through the password endpoints.
//  * Decoders (errors: json_reader.h) read "id" when present (0 otherwise; the caller decides
//    whether it may be set) and ignore the derived labels and unknown keys.
//    Region: required code, name, level; optional parentId (≥ 1).
//    Department: required regionId (≥ 1), name; optional kind.
//    User: required username, role, regionId (≥ 1); optional displayName, active (default
//    true). createdAt is server-set and ignored.
// Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "domain/org/org.h"
#include "service/json/json_reader.h"

namespace fazhi::service::json {

nlohmann::json ToJson(const domain::Region& region);
nlohmann::json ToJson(const domain::Department& department);
nlohmann::json ToJson(const domain::User& user);

core::Result<domain::Region> ReadRegion(const JsonReader& r);
core::Result<domain::Department> ReadDepartment(const JsonReader& r);
core::Result<domain::User> ReadUser(const JsonReader& r);

core::Result<domain::Region> RegionFromJson(const nlohmann::json& j);
core::Result<domain::Department> DepartmentFromJson(const nlohmann::json& j);
core::Result<domain::User> UserFromJson(const nlohmann::json& j);

}  // namespace fazhi::service::json
