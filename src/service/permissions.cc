// service/permissions.cc — see permissions.h.
#include "service/permissions.h"

#include <string>

namespace fazhi::service {

std::string_view PermissionCode(Permission permission) {
  switch (permission) {
    case Permission::kLedgerRead:
      return "ledger_read";
    case Permission::kLedgerWrite:
      return "ledger_write";
    case Permission::kPersonalData:
      return "personal_data";
    case Permission::kOrgRead:
      return "org_read";
    case Permission::kOrgAdmin:
      return "org_admin";
    case Permission::kAccountAdmin:
      return "account_admin";
    case Permission::kAuditRead:
      return "audit_read";
  }
  return "ledger_read";
}

std::string_view PermissionLabelZh(Permission permission) {
  switch (permission) {
    case Permission::kLedgerRead:
      return "台账查阅";
    case Permission::kLedgerWrite:
      return "台账录入";
    case Permission::kPersonalData:
      return "个人信息查看";
    case Permission::kOrgRead:
      return "单位查阅";
    case Permission::kOrgAdmin:
      return "单位与系统配置";
    case Permission::kAccountAdmin:
      return "账号管理";
    case Permission::kAuditRead:
      return "审计日志查阅";
  }
  return "台账查阅";
}

core::Result<Permission> ParsePermission(std::string_view code) {
  for (Permission p : kAllPermissions) {
    if (PermissionCode(p) == code) return p;
  }
  return core::Fail(core::InvalidArgument("permission", "未知的权限代码：" + std::string(code),
                                          "Unknown permission code: " + std::string(code)));
}

bool RoleHas(domain::Role role, Permission permission) {
  using domain::Role;
  switch (permission) {
    case Permission::kLedgerRead:
      return role == Role::kClerk || role == Role::kLeader || role == Role::kCountyReviewer;
    case Permission::kLedgerWrite:
    case Permission::kPersonalData:
      return role == Role::kClerk;
    case Permission::kOrgRead:
      return role != Role::kAuditor;
    case Permission::kOrgAdmin:
      return role == Role::kSysAdmin;
    case Permission::kAccountAdmin:
      return role == Role::kSecurityAdmin;
    case Permission::kAuditRead:
      return role == Role::kAuditor;
  }
  return false;
}

std::vector<std::string_view> PermissionCodes(domain::Role role) {
  std::vector<std::string_view> codes;
  for (Permission p : kAllPermissions) {
    if (RoleHas(role, p)) codes.push_back(PermissionCode(p));
  }
  return codes;
}

}  // namespace fazhi::service
