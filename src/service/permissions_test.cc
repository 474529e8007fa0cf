// Tests for service/permissions.h: the roles → permissions table of docs/server.md, cell by
// cell, and the permission codes.
#include "service/permissions.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "support/matchers.h"

namespace fazhi::service {
namespace {

using domain::Role;
using fazhi::testing::HasErrorField;
using ::testing::ElementsAre;

// docs/server.md "Roles → permissions", row by row.
const std::map<Role, std::set<Permission>>& Table() {
  static const std::map<Role, std::set<Permission>> table = {
      {Role::kClerk,
       {Permission::kLedgerRead, Permission::kLedgerWrite, Permission::kPersonalData,
        Permission::kOrgRead}},
      {Role::kLeader, {Permission::kLedgerRead, Permission::kOrgRead}},
      {Role::kCountyReviewer, {Permission::kLedgerRead, Permission::kOrgRead}},
      {Role::kSysAdmin, {Permission::kOrgRead, Permission::kOrgAdmin}},
      {Role::kSecurityAdmin, {Permission::kOrgRead, Permission::kAccountAdmin}},
      {Role::kAuditor, {Permission::kAuditRead}},
  };
  return table;
}

TEST(Permissions, EveryCellOfTheDocumentedTable) {
  ASSERT_EQ(Table().size(), 6u);
  for (const auto& [role, allowed] : Table()) {
    for (Permission p : kAllPermissions) {
      EXPECT_EQ(RoleHas(role, p), allowed.count(p) == 1)
          << domain::RoleCode(role) << " / " << PermissionCode(p);
    }
  }
}

TEST(Permissions, ThreeOfficersAreSeparated) {
  // 三员分立: the auditor reads only the audit log; the security administrator manages
  // accounts but reads no ledger; the system administrator configures but manages no account.
  EXPECT_THAT(PermissionCodes(Role::kAuditor), ElementsAre("audit_read"));
  EXPECT_THAT(PermissionCodes(Role::kSecurityAdmin), ElementsAre("org_read", "account_admin"));
  EXPECT_FALSE(RoleHas(Role::kSecurityAdmin, Permission::kLedgerRead));
  EXPECT_THAT(PermissionCodes(Role::kSysAdmin), ElementsAre("org_read", "org_admin"));
  EXPECT_FALSE(RoleHas(Role::kSysAdmin, Permission::kAccountAdmin));
  EXPECT_FALSE(RoleHas(Role::kSysAdmin, Permission::kAuditRead));
  // Only clerks see personal data unmasked and write ledgers.
  EXPECT_THAT(PermissionCodes(Role::kClerk),
              ElementsAre("ledger_read", "ledger_write", "personal_data", "org_read"));
  EXPECT_THAT(PermissionCodes(Role::kLeader), ElementsAre("ledger_read", "org_read"));
  EXPECT_THAT(PermissionCodes(Role::kCountyReviewer), ElementsAre("ledger_read", "org_read"));
}

TEST(Permissions, CodesRoundTripAndUnknownCodesAreRefused) {
  std::set<std::string_view> seen;
  for (Permission p : kAllPermissions) {
    auto parsed = ParsePermission(PermissionCode(p));
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, p);
    EXPECT_FALSE(PermissionLabelZh(p).empty());
    seen.insert(PermissionCode(p));
  }
  EXPECT_EQ(seen.size(), kAllPermissions.size());
  EXPECT_THAT(ParsePermission("superuser"), HasErrorField("permission"));
}

}  // namespace
}  // namespace fazhi::service
