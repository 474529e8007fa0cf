// service/permissions.h — what each role may do (三员分立, PRODUCT.md §3.4). The table is
// docs/server.md "Roles → permissions"; this file is its only implementation.
//
// Contract:
//  * clerk (业务人员): ledger_read, ledger_write, personal_data, org_read.
//  * leader (领导) and county_reviewer (县级审核): ledger_read, org_read.
//  * sysadmin (系统管理员): org_read, org_admin.
//  * secadmin (安全管理员): org_read, account_admin.
//  * auditor (审计员): audit_read only.
// Which township a permission reaches is the Principal's store::Scope (service/auth_service.h),
// not the permission. What every signed-in user may do (own session, own password, calendar,
// validation, logout) needs no permission. Pure functions; thread-safe.
#pragma once

#include <array>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/org/org.h"

namespace fazhi::service {

enum class Permission {
  kLedgerRead,    // ledgers, indicators, alerts, export
  kLedgerWrite,   // create, update, import
  kPersonalData,  // 身份证号 and phone numbers unmasked
  kOrgRead,       // units, departments
  kOrgAdmin,      // units, departments, settings, calendar
  kAccountAdmin,  // users, passwords, unlock
  kAuditRead,     // audit log, verify
};

// Every permission, in the order above.
inline constexpr std::array<Permission, 7> kAllPermissions = {
    Permission::kLedgerRead, Permission::kLedgerWrite, Permission::kPersonalData,
    Permission::kOrgRead,    Permission::kOrgAdmin,    Permission::kAccountAdmin,
    Permission::kAuditRead};

// "ledger_read", "ledger_write", "personal_data", "org_read", "org_admin", "account_admin",
// "audit_read" (stable: the API's `permissions` array and the web UI use them).
std::string_view PermissionCode(Permission permission);
std::string_view PermissionLabelZh(Permission permission);  // "台账查阅", …
// kInvalidArgument (field "permission") for an unknown code.
core::Result<Permission> ParsePermission(std::string_view code);

bool RoleHas(domain::Role role, Permission permission);
// The codes of the role's permissions, in kAllPermissions order.
std::vector<std::string_view> PermissionCodes(domain::Role role);

}  // namespace fazhi::service
