// Tests for service/json/org_json.h: regions, departments and users round-trip; a user's
// password hash is never written nor read.
#include "service/json/org_json.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "support/matchers.h"

namespace fazhi::service::json {
namespace {

using fazhi::testing::HasErrorField;
using fazhi::testing::IsOk;
using nlohmann::json;

std::set<std::string> Keys(const json& j) {
  std::set<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.insert(k);
  return keys;
}

TEST(OrgJson, RegionRoundTrip) {
  domain::Region r{5, "500230100000", "许明寺镇", domain::RegionLevel::kTownship, 1};
  json j = ToJson(r);
  EXPECT_EQ(j, (json{{"id", 5},
                     {"code", "500230100000"},
                     {"name", "许明寺镇"},
                     {"level", "township"},
                     {"levelLabel", "乡镇"},
                     {"parentId", 1}}));
  auto back = RegionFromJson(j);
  ASSERT_THAT(back, IsOk());
  EXPECT_EQ(back->id, r.id);
  EXPECT_EQ(back->code, r.code);
  EXPECT_EQ(back->name, r.name);
  EXPECT_EQ(back->level, r.level);
  EXPECT_EQ(back->parent_id, r.parent_id);

  domain::Region county{1, "500230000000", "丰都县", domain::RegionLevel::kCounty, std::nullopt};
  json c = ToJson(county);
  EXPECT_TRUE(c["parentId"].is_null());
  auto cb = RegionFromJson(c);
  ASSERT_THAT(cb, IsOk());
  EXPECT_FALSE(cb->parent_id.has_value());
  c["level"] = "province";
  EXPECT_THAT(RegionFromJson(c), HasErrorField("level"));
}

TEST(OrgJson, DepartmentRoundTrip) {
  domain::Department d{7, 5, "司法所", "司法行政"};
  json j = ToJson(d);
  EXPECT_EQ(Keys(j), (std::set<std::string>{"id", "regionId", "name", "kind"}));
  auto back = DepartmentFromJson(j);
  ASSERT_THAT(back, IsOk());
  EXPECT_EQ(back->id, d.id);
  EXPECT_EQ(back->region_id, d.region_id);
  EXPECT_EQ(back->name, d.name);
  EXPECT_EQ(back->kind, d.kind);
  j.erase("regionId");
  EXPECT_THAT(DepartmentFromJson(j), HasErrorField("regionId"));
}

TEST(OrgJson, UserNeverCarriesThePasswordHash) {
  domain::User u;
  u.id = 3;
  u.username = "clerk1";
  u.display_name = "李文书";
  u.role = domain::Role::kCountyReviewer;
  u.region_id = 1;
  u.password_hash = "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA";
  u.active = false;
  u.created_at = "2025-01-02 03:04:05";
  json j = ToJson(u);
  EXPECT_EQ(Keys(j), (std::set<std::string>{"id", "username", "displayName", "role", "roleLabel",
                                            "regionId", "active", "createdAt"}));
  EXPECT_EQ(j.dump().find("argon2id"), std::string::npos);
  EXPECT_EQ(j["role"], "county_reviewer");
  EXPECT_EQ(j["roleLabel"], "县级审核");
  j["passwordHash"] = "$argon2id$forged";
  auto back = UserFromJson(j);
  ASSERT_THAT(back, IsOk());
  EXPECT_EQ(back->id, u.id);
  EXPECT_EQ(back->username, u.username);
  EXPECT_EQ(back->display_name, u.display_name);
  EXPECT_EQ(back->role, u.role);
  EXPECT_EQ(back->region_id, u.region_id);
  EXPECT_EQ(back->active, u.active);
  EXPECT_EQ(back->password_hash, "");
  EXPECT_EQ(back->created_at, "");
  j["role"] = "root";
  EXPECT_THAT(UserFromJson(j), HasErrorField("role"));
}

}  // namespace
}  // namespace fazhi::service::json
