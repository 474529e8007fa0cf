// domain/org/org.h — organisation: county → townships → villages (统计用区划代码),
// departments, users and roles (三员分立, PRODUCT.md §3.4).
//
// Contract: region codes are the 12-digit 统计用区划代码: 2 province, 2 city, 2 county,
// 3 township, 3 village digits. A county code ends in 000000, a township code in 000 (and its
// township digits are not 000), a village code does not end in 000. A child's code starts
// with its parent's significant prefix. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace fazhi::domain {

enum class RegionLevel { kCounty, kTownship, kVillage };
std::string_view RegionLevelCode(RegionLevel level);     // "county" | "township" | "village"
std::string_view RegionLevelLabelZh(RegionLevel level);  // "县" | "乡镇" | "村（社区）"
core::Result<RegionLevel> ParseRegionLevel(std::string_view code);

struct Region {
  std::int64_t id = 0;
  std::string code;  // 12 digits
  std::string name;
  RegionLevel level = RegionLevel::kTownship;
  std::optional<std::int64_t> parent_id;
};

// Level implied by a 12-digit code, or kInvalidArgument naming `field`.
core::Result<RegionLevel> RegionLevelOfCode(std::string_view code,
                                            std::string_view field = "code");
// Checks the code has the expected level and lies under parent_code (if given).
core::Status ValidateRegionCode(std::string_view code, RegionLevel expected,
                                std::optional<std::string_view> parent_code,
                                std::string_view field = "code");

struct Department {
  std::int64_t id = 0;
  std::int64_t region_id = 0;  // the township (or county) it belongs to
  std::string name;            // "司法所", "综合行政执法大队", "信访办", "党政办"…
  std::string kind;            // free text category
};

enum class Role {
  kClerk,           // 业务人员: keeps the township's ledgers
  kLeader,          // 领导: township leader, reads all and signs
  kCountyReviewer,  // 县级审核: reads every township of the county
  kSysAdmin,        // 系统管理员: configuration, calendar, org
  kSecurityAdmin,   // 安全管理员: accounts; cannot read ledgers
  kAuditor,         // 审计员: reads the audit log only
};
std::string_view RoleCode(Role role);     // "clerk", "leader", "county_reviewer", "sysadmin",
                                          // "secadmin", "auditor"
std::string_view RoleLabelZh(Role role);  // "业务人员", "领导", "县级审核", …
core::Result<Role> ParseRole(std::string_view code);

struct User {
  std::int64_t id = 0;
  std::string username;
  std::string display_name;
  Role role = Role::kClerk;
  std::int64_t region_id = 0;   // township for clerk/leader, county for the others
  std::string password_hash;    // argon2id string, never the password
  bool active = true;
  std::string created_at;       // UTC text
};

// Password policy: at least 10 characters with at least three of: lower case, upper case,
// digits, symbols; not equal to the username. Error field "password".
core::Status ValidatePasswordPolicy(std::string_view password, std::string_view username);
// Usernames: 3–32 of [a-z0-9_.-], starting with a letter. Error field "username".
core::Status ValidateUsername(std::string_view username);

}  // namespace fazhi::domain
