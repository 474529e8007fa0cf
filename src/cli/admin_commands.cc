// cli/admin_commands.cc — administration commands:
//   migrate                                   apply pending database migrations
//   user add --username U --role R --unit CODE [--name N]   password from the terminal
//                                             (asked twice, not echoed) or one line of stdin
//   user passwd --username U                  change a password (same input rules)
//   user list                                 accounts with role and unit
//   org list [--unit CODE]                    counties and townships (with villages under CODE)
//   org add --code CODE --name NAME           a county, township or village (level and
//                                             parent follow from the 12-digit code)
//   org department add --unit CODE --name N [--kind K]
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <termios.h>
#include <unistd.h>

#include <iostream>

#include "cli/cli_context.h"
#include "cli/text_table.h"
#include "service/org_service.h"
#include "service/service_context.h"
#include "service/user_service.h"
#include "store/org_repository.h"

namespace fazhi::cli {
namespace {

using nlohmann::json;

// Reads a password: prompted twice without echo on a terminal, else one line of stdin.
core::Result<std::string> ReadPassword(CliContext& ctx) {
  if (!isatty(STDIN_FILENO)) {
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  }
  termios old_settings{};
  tcgetattr(STDIN_FILENO, &old_settings);
  termios quiet = old_settings;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  std::string first, second;
  *ctx.err << ctx.Text("密码：", "Password: ") << std::flush;
  tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  std::getline(std::cin, first);
  *ctx.err << "\n" << ctx.Text("再次输入密码：", "Repeat password: ") << std::flush;
  std::getline(std::cin, second);
  tcsetattr(STDIN_FILENO, TCSANOW, &old_settings);
  *ctx.err << "\n";
  if (first != second) {
    return core::Fail(core::InvalidArgument("password", "两次输入的密码不一致", "the passwords do not match"));
  }
  return first;
}

core::Result<service::ServiceContext> Open(CliContext& ctx, bool migrate = false) {
  return service::OpenServiceContext({ctx.db_url, ctx.calendar_dir, migrate}, *ctx.clock);
}

void RunMigrate(CliContext& ctx) {
  auto db = store::Database::Open(ctx.db_url);
  if (!db) return ctx.Fail(db.error());
  auto before = (*db)->SchemaVersion();
  if (!before) return ctx.Fail(before.error());
  auto migrated = (*db)->Migrate();
  if (!migrated) return ctx.Fail(migrated.error());
  auto after = (*db)->SchemaVersion();
  if (!after) return ctx.Fail(after.error());
  if (ctx.json) {
    return ctx.PrintJson({{"backend", std::string((*db)->BackendName())},
                          {"from", *before}, {"to", *after}});
  }
  if (*before == *after) {
    *ctx.out << fmt::format(fmt::runtime(ctx.Text("数据库（{}）已是最新结构版本 {}\n",
                                                  "database ({}) is already at schema version {}\n")),
                            (*db)->BackendName(), *after);
  } else {
    *ctx.out << fmt::format(fmt::runtime(ctx.Text("数据库（{}）结构已从版本 {} 升级到 {}\n",
                                                  "database ({}) migrated from version {} to {}\n")),
                            (*db)->BackendName(), *before, *after);
  }
}

void RunUserAdd(CliContext& ctx, service::NewUser user) {
  auto service_ctx = Open(ctx);
  if (!service_ctx) return ctx.Fail(service_ctx.error());
  auto password = ReadPassword(ctx);
  if (!password) return ctx.Fail(password.error());
  user.password = *password;
  auto created = service::AddUser(*service_ctx, store::Scope::System(), user);
  if (!created) return ctx.Fail(created.error());
  if (ctx.json) {
    return ctx.PrintJson({{"id", created->id}, {"username", created->username},
                          {"role", std::string(domain::RoleCode(created->role))}});
  }
  *ctx.out << fmt::format(fmt::runtime(ctx.Text("已创建用户 {}（{}）\n", "created user {} ({})\n")),
                          created->username, domain::RoleLabelZh(created->role));
}

void RunUserPasswd(CliContext& ctx, const std::string& username) {
  auto service_ctx = Open(ctx);
  if (!service_ctx) return ctx.Fail(service_ctx.error());
  auto password = ReadPassword(ctx);
  if (!password) return ctx.Fail(password.error());
  auto changed = service::ChangePassword(*service_ctx, store::Scope::System(), username, *password);
  if (!changed) return ctx.Fail(changed.error());
  if (ctx.json) return ctx.PrintJson({{"username", username}, {"changed", true}});
  *ctx.out << fmt::format(fmt::runtime(ctx.Text("已修改用户 {} 的密码\n", "password of {} changed\n")), username);
}

void RunUserList(CliContext& ctx) {
  auto service_ctx = Open(ctx);
  if (!service_ctx) return ctx.Fail(service_ctx.error());
  auto rows = service::ListUsers(*service_ctx, store::Scope::System());
  if (!rows) return ctx.Fail(rows.error());
  if (ctx.json) {
    json arr = json::array();
    for (const auto& r : *rows) {
      arr.push_back({{"id", r.user.id}, {"username", r.user.username}, {"name", r.user.display_name},
                     {"role", std::string(domain::RoleCode(r.user.role))}, {"unitCode", r.unit.code},
                     {"unitName", r.unit.name}, {"active", r.user.active}});
    }
    return ctx.PrintJson({{"users", arr}});
  }
  TextTable table({ctx.Text("用户名", "username"), ctx.Text("姓名", "name"), ctx.Text("角色", "role"),
                   ctx.Text("单位", "unit"), ctx.Text("状态", "status")});
  for (const auto& r : *rows) {
    table.AddRow({r.user.username, r.user.display_name,
                  ctx.English() ? std::string(domain::RoleCode(r.user.role)) : std::string(domain::RoleLabelZh(r.user.role)),
                  r.unit.name + "（" + r.unit.code + "）",
                  r.user.active ? ctx.Text("启用", "active") : ctx.Text("停用", "disabled")});
  }
  table.Print(*ctx.out);
}

void RunOrgList(CliContext& ctx, const std::string& unit_code) {
  auto service_ctx = Open(ctx);
  if (!service_ctx) return ctx.Fail(service_ctx.error());
  store::OrgRepository org(*service_ctx->db);
  auto scope = store::Scope::System();
  std::vector<domain::Region> regions;
  if (unit_code.empty()) {
    auto counties = org.ListByLevel(scope, domain::RegionLevel::kCounty);
    if (!counties) return ctx.Fail(counties.error());
    for (const auto& c : *counties) {
      regions.push_back(c);
      auto children = org.ListChildren(scope, c.id);
      if (!children) return ctx.Fail(children.error());
      regions.insert(regions.end(), children->begin(), children->end());
    }
  } else {
    auto unit = org.GetRegionByCode(scope, unit_code);
    if (!unit) return ctx.Fail(unit.error());
    regions.push_back(*unit);
    auto children = org.ListChildren(scope, unit->id);
    if (!children) return ctx.Fail(children.error());
    regions.insert(regions.end(), children->begin(), children->end());
  }
  if (ctx.json) {
    json arr = json::array();
    for (const auto& r : regions) {
      arr.push_back({{"id", r.id}, {"code", r.code}, {"name", r.name},
                     {"level", std::string(domain::RegionLevelCode(r.level))}});
    }
    return ctx.PrintJson({{"regions", arr}});
  }
  TextTable table({ctx.Text("区划代码", "code"), ctx.Text("名称", "name"), ctx.Text("层级", "level")});
  for (const auto& r : regions) {
    std::string indent = r.level == domain::RegionLevel::kCounty ? "" : (r.level == domain::RegionLevel::kTownship ? "  " : "    ");
    table.AddRow({r.code, indent + r.name,
                  ctx.English() ? std::string(domain::RegionLevelCode(r.level)) : std::string(domain::RegionLevelLabelZh(r.level))});
  }
  table.Print(*ctx.out);
}

void RunOrgAdd(CliContext& ctx, const std::string& code, const std::string& name) {
  auto service_ctx = Open(ctx);
  if (!service_ctx) return ctx.Fail(service_ctx.error());
  auto region = service::AddRegion(*service_ctx, store::Scope::System(), code, name);
  if (!region) return ctx.Fail(region.error());
  if (ctx.json) {
    return ctx.PrintJson({{"id", region->id}, {"code", region->code}, {"name", region->name},
                          {"level", std::string(domain::RegionLevelCode(region->level))}});
  }
  *ctx.out << fmt::format(fmt::runtime(ctx.Text("已添加{}：{}（{}）\n", "added {1} ({2}), a {0}\n")),
                          ctx.English() ? domain::RegionLevelCode(region->level)
                                        : domain::RegionLevelLabelZh(region->level),
                          region->name, region->code);
}

void RunDepartmentAdd(CliContext& ctx, const std::string& unit, const std::string& name,
                      const std::string& kind) {
  auto service_ctx = Open(ctx);
  if (!service_ctx) return ctx.Fail(service_ctx.error());
  auto department = service::AddDepartment(*service_ctx, store::Scope::System(), unit, name, kind);
  if (!department) return ctx.Fail(department.error());
  if (ctx.json) return ctx.PrintJson({{"id", department->id}, {"name", department->name}, {"kind", department->kind}});
  *ctx.out << fmt::format(fmt::runtime(ctx.Text("已添加部门：{}\n", "added department {}\n")), department->name);
}

}  // namespace

void AddMigrateCommand(CLI::App& app, CliContext& ctx) {
  app.add_subcommand("migrate", "升级数据库结构 / apply pending database migrations")
      ->callback([&ctx] { RunMigrate(ctx); });
}

void AddUserCommand(CLI::App& app, CliContext& ctx) {
  auto* user = app.add_subcommand("user", "用户管理 / user accounts");
  user->require_subcommand(1);
  auto input = std::make_shared<service::NewUser>();
  auto* add = user->add_subcommand("add", "新增用户（密码从终端或标准输入读取）/ add a user (password from terminal or stdin)");
  add->add_option("--username", input->username, "用户名 / username")->required();
  add->add_option("--name", input->display_name, "姓名 / display name");
  add->add_option("--role", input->role, "clerk | leader | county_reviewer | sysadmin | secadmin | auditor")->required();
  add->add_option("--unit", input->unit_code, "所属乡镇或县的区划代码 / township or county code")->required();
  add->callback([&ctx, input] { RunUserAdd(ctx, *input); });
  auto username = std::make_shared<std::string>();
  auto* passwd = user->add_subcommand("passwd", "修改密码 / change a password");
  passwd->add_option("--username", *username, "用户名 / username")->required();
  passwd->callback([&ctx, username] { RunUserPasswd(ctx, *username); });
  user->add_subcommand("list", "用户列表 / list users")->callback([&ctx] { RunUserList(ctx); });
}

void AddOrgCommand(CLI::App& app, CliContext& ctx) {
  auto* org = app.add_subcommand("org", "组织机构 / organisation");
  org->require_subcommand(1);
  auto unit = std::make_shared<std::string>();
  auto* list = org->add_subcommand("list", "县、乡镇（及村）列表 / counties, townships (and villages)");
  list->add_option("--unit", *unit, "只列出该单位及其下级 / only this unit and its children");
  list->callback([&ctx, unit] { RunOrgList(ctx, *unit); });
  auto code = std::make_shared<std::string>();
  auto name = std::make_shared<std::string>();
  auto* add = org->add_subcommand("add", "添加县、乡镇（街道）或村（社区）/ add a county, township or village");
  add->add_option("--code", *code, "12 位统计用区划代码 / 12-digit statistical division code")->required();
  add->add_option("--name", *name, "名称 / name")->required();
  add->callback([&ctx, code, name] { RunOrgAdd(ctx, *code, *name); });
  auto* department = org->add_subcommand("department", "部门 / departments");
  department->require_subcommand(1);
  auto kind = std::make_shared<std::string>();
  auto* dep_add = department->add_subcommand("add", "添加部门 / add a department");
  dep_add->add_option("--unit", *unit, "所属单位区划代码 / unit code")->required();
  dep_add->add_option("--name", *name, "部门名称，如 司法所 / name")->required();
  dep_add->add_option("--kind", *kind, "类别 / kind");
  dep_add->callback([&ctx, unit, name, kind] { RunDepartmentAdd(ctx, *unit, *name, *kind); });
}

}  // namespace fazhi::cli
