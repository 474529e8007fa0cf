// service/json/org_json.cc — see org_json.h.
#include "service/json/org_json.h"

#include <string>

#include "service/json/common_json.h"

namespace fazhi::service::json {
namespace {

using nlohmann::json;

constexpr EnumCodec<domain::RegionLevel> kRegionLevel{&domain::ParseRegionLevel,
                                                      &domain::RegionLevelCode};
constexpr EnumCodec<domain::Role> kRole{&domain::ParseRole, &domain::RoleCode};

}  // namespace

json ToJson(const domain::Region& r) {
  return {{"id", r.id},
          {"code", r.code},
          {"name", r.name},
          {"level", std::string(domain::RegionLevelCode(r.level))},
          {"levelLabel", std::string(domain::RegionLevelLabelZh(r.level))},
          {"parentId", IdToJson(r.parent_id)}};
}

json ToJson(const domain::Department& d) {
  return {{"id", d.id}, {"regionId", d.region_id}, {"name", d.name}, {"kind", d.kind}};
}

json ToJson(const domain::User& u) {
  return {{"id", u.id},
          {"username", u.username},
          {"displayName", u.display_name},
          {"role", std::string(domain::RoleCode(u.role))},
          {"roleLabel", std::string(domain::RoleLabelZh(u.role))},
          {"regionId", u.region_id},
          {"active", u.active},
          {"createdAt", u.created_at}};
}

core::Result<domain::Region> ReadRegion(const JsonReader& r) {
  domain::Region region;
  ASSIGN_OR_RETURN(region.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(region.code, r.RequiredString("code", kNameMaxChars));
  ASSIGN_OR_RETURN(region.name, r.RequiredString("name", kNameMaxChars));
  ASSIGN_OR_RETURN(region.level, r.RequiredEnum("level", kRegionLevel));
  ASSIGN_OR_RETURN(region.parent_id, r.OptionalId("parentId"));
  return region;
}

core::Result<domain::Department> ReadDepartment(const JsonReader& r) {
  domain::Department d;
  ASSIGN_OR_RETURN(d.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(d.region_id, r.RequiredId("regionId"));
  ASSIGN_OR_RETURN(d.name, r.RequiredString("name", kNameMaxChars));
  ASSIGN_OR_RETURN(d.kind, r.OptionalString("kind", kNameMaxChars));
  return d;
}

core::Result<domain::User> ReadUser(const JsonReader& r) {
  domain::User u;
  ASSIGN_OR_RETURN(u.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(u.username, r.RequiredString("username", kNameMaxChars));
  ASSIGN_OR_RETURN(u.display_name, r.OptionalString("displayName", kNameMaxChars));
  ASSIGN_OR_RETURN(u.role, r.RequiredEnum("role", kRole));
  ASSIGN_OR_RETURN(u.region_id, r.RequiredId("regionId"));
  ASSIGN_OR_RETURN(u.active, r.OptionalOr<bool>("active", true));
  return u;
}

core::Result<domain::Region> RegionFromJson(const json& j) { return DecodeDocument(j, ReadRegion); }
core::Result<domain::Department> DepartmentFromJson(const json& j) {
  return DecodeDocument(j, ReadDepartment);
}
core::Result<domain::User> UserFromJson(const json& j) { return DecodeDocument(j, ReadUser); }

}  // namespace fazhi::service::json
