// cli/settings_command.cc — deployment settings (PRODUCT.md §5):
//   settings list [--unit COUNTY]                       effective values and their basis
//   settings set KEY VALUE --basis TEXT [--unit COUNTY] deployment-wide, or one county's own
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <ostream>

#include "cli/cli_context.h"
#include "cli/text_table.h"
#include "service/settings_service.h"
#include "service/unit_service.h"

namespace fazhi::cli {
namespace {

using nlohmann::json;

struct SettingsArgs {
  std::string unit;
  std::string key;
  std::string value;
  std::string basis;
};

// System scope, or the county named by --unit (must be a county code).
core::Result<store::Scope> ScopeFor(service::ServiceContext& ctx, const std::string& unit) {
  if (unit.empty()) return store::Scope::System();
  ASSIGN_OR_RETURN(auto resolved, service::ResolveUnit(ctx, store::Scope::System(), unit));
  if (!resolved.IsCounty()) {
    return core::Fail(core::InvalidArgument("unit", "设置只能按县（或全局）设定：请给出县的区划代码",
                                            "settings are per county (or deployment-wide): give a county code"));
  }
  return store::Scope::County(resolved.unit.id);
}

void RunList(CliContext& ctx, const SettingsArgs& args) {
  auto service_ctx = service::OpenServiceContext({ctx.db_url, ctx.calendar_dir, false}, *ctx.clock);
  if (!service_ctx) return ctx.Fail(service_ctx.error());
  auto scope = ScopeFor(*service_ctx, args.unit);
  if (!scope) return ctx.Fail(scope.error(), scope.error().code == core::ErrorCode::kInvalidArgument);
  auto list = service::ListSettings(*service_ctx, *scope);
  if (!list) return ctx.Fail(list.error());
  if (ctx.json) {
    json arr = json::array();
    for (const auto& e : *list) {
      arr.push_back({{"key", e.spec.key}, {"value", e.value}, {"default", e.spec.default_value},
                     {"source", e.source}, {"basis", e.basis}, {"description", e.spec.description},
                     {"updatedAt", e.updated_at}});
    }
    return ctx.PrintJson({{"settings", arr}});
  }
  TextTable table({ctx.Text("设置项", "key"), ctx.Text("值", "value"), ctx.Text("来源", "source"),
                   ctx.Text("说明", "description"), ctx.Text("依据", "basis")});
  for (const auto& e : *list) {
    table.AddRow({e.spec.key, e.value, e.source, e.spec.description, e.basis});
  }
  table.Print(*ctx.out);
}

void RunSet(CliContext& ctx, const SettingsArgs& args) {
  auto service_ctx = service::OpenServiceContext({ctx.db_url, ctx.calendar_dir, false}, *ctx.clock);
  if (!service_ctx) return ctx.Fail(service_ctx.error());
  auto scope = ScopeFor(*service_ctx, args.unit);
  if (!scope) return ctx.Fail(scope.error(), scope.error().code == core::ErrorCode::kInvalidArgument);
  auto set = service::SetSetting(*service_ctx, *scope, args.key, args.value, args.basis);
  if (!set) return ctx.Fail(set.error());
  if (ctx.json) return ctx.PrintJson({{"key", args.key}, {"value", args.value}, {"unit", args.unit}});
  *ctx.out << fmt::format(fmt::runtime(ctx.Text("已设置 {} = {}{}\n", "set {} = {}{}\n")), args.key, args.value,
                          args.unit.empty() ? std::string(ctx.Text("（全局）", " (deployment-wide)"))
                                            : fmt::format(fmt::runtime(ctx.Text("（{}）", " ({})")), args.unit));
}

}  // namespace

void AddSettingsCommand(CLI::App& app, CliContext& ctx) {
  auto* settings = app.add_subcommand("settings", "部署设置 / deployment settings");
  settings->require_subcommand(1);
  auto args = std::make_shared<SettingsArgs>();
  auto* list = settings->add_subcommand("list", "列出设置及其依据 / list settings with their basis");
  list->add_option("--unit", args->unit, "县的区划代码 / county code (default: deployment-wide)");
  list->callback([&ctx, args] { RunList(ctx, *args); });
  auto* set = settings->add_subcommand("set", "修改设置 / change a setting");
  set->add_option("key", args->key, "设置项 / key")->required();
  set->add_option("value", args->value, "值 / value")->required();
  set->add_option("--basis", args->basis, "依据（文件、文号、条款）/ basis (document, number, article)")->required();
  set->add_option("--unit", args->unit, "县的区划代码 / county code (default: deployment-wide)");
  set->callback([&ctx, args] { RunSet(ctx, *args); });
}

}  // namespace fazhi::cli
