// cli/demo_command.cc — `fazhi demo [--townships N] [--year Y] [--scale small|county|province]
// [--seed S]`: deterministic, realistic demo data (service/demo), with progress on a terminal.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <ostream>

#include "cli/cli_context.h"
#include "cli/text_table.h"
#include "core/progress.h"
#include "service/demo/demo_service.h"

namespace fazhi::cli {
namespace {

using nlohmann::json;

struct DemoArgs {
  int townships = 0;
  int year = 2025;
  std::string scale = "small";
  std::uint64_t seed = 20250101;
};

void Run(CliContext& ctx, const DemoArgs& args) {
  auto scale = service::ParseDemoScale(args.scale);
  if (!scale) return ctx.Fail(scale.error(), true);
  if (args.year < 2019 || args.year > 2030) {
    return ctx.Fail(core::InvalidArgument("year", "演示年度应在 2019 至 2030 之间",
                                          "the demo year must be 2019 to 2030"), true);
  }
  service::DemoOptions options;
  options.scale = *scale;
  options.townships = args.townships;
  options.year = args.year;
  options.seed = args.seed;
  auto service_ctx = service::OpenServiceContext({ctx.db_url, ctx.calendar_dir, true}, *ctx.clock);
  if (!service_ctx) return ctx.Fail(service_ctx.error());
  std::unique_ptr<core::Progress> progress;
  auto result = service::WriteDemo(*service_ctx, options, [&](int done, int total) {
    if (!progress) {
      progress = std::make_unique<core::Progress>(ctx.Text("生成演示数据（乡镇）", "demo townships"), total,
                                                  !ctx.json);
    }
    progress->Advance(done - (done - 1));
  });
  if (progress) progress->Finish();
  if (!result) return ctx.Fail(result.error());
  double rate = result->seconds > 0 ? static_cast<double>(result->records) / result->seconds : 0;
  if (ctx.json) {
    json accounts = json::array();
    for (const auto& a : result->accounts) {
      accounts.push_back({{"username", a.username}, {"role", a.role}, {"unitCode", a.unit_code},
                          {"unitName", a.unit_name}});
    }
    json counties = json::array();
    for (const auto& p : result->plans) {
      counties.push_back({{"code", p.county.code}, {"name", p.county.name},
                          {"townships", p.townships.size()}});
    }
    return ctx.PrintJson({{"counties", counties}, {"townships", result->townships},
                          {"records", result->records}, {"seconds", result->seconds},
                          {"recordsPerSecond", rate}, {"year", args.year}, {"seed", args.seed},
                          {"accounts", accounts}, {"password", service::kDemoPassword}});
  }
  auto& out = *ctx.out;
  out << fmt::format(fmt::runtime(ctx.Text("已生成 {} 年度演示数据：{} 个县、{} 个乡镇（街道），共 {} 条记录，用时 {:.2f} 秒（{:.0f} 条/秒）\n",
                                           "Demo data for {}: {} counties, {} townships, {} records in {:.2f} s ({:.0f} records/s)\n")),
                     args.year, result->counties, result->townships, result->records, result->seconds, rate);
  for (const auto& p : result->plans) {
    out << fmt::format("  {}（{}）\n", p.county.name, p.county.code);
    if (result->plans.size() > 3) {
      out << fmt::format(fmt::runtime(ctx.Text("  …… 共 {} 个县\n", "  … {} counties in all\n")), result->plans.size());
      break;
    }
  }
  out << ctx.Text("\n演示账号（密码均为 ", "\nDemo accounts (password ") << service::kDemoPassword << ctx.Text("）：\n", "):\n");
  TextTable table({ctx.Text("用户名", "username"), ctx.Text("角色", "role"), ctx.Text("单位", "unit")});
  for (const auto& a : result->accounts) {
    auto role = domain::ParseRole(a.role);
    table.AddRow({a.username, role ? std::string(domain::RoleLabelZh(*role)) : a.role,
                  a.unit_name + "（" + a.unit_code + "）"});
  }
  table.Print(out);
}

}  // namespace

void AddDemoCommand(CLI::App& app, CliContext& ctx) {
  auto args = std::make_shared<DemoArgs>();
  auto* cmd = app.add_subcommand("demo", "生成演示数据 / generate deterministic demo data");
  cmd->add_option("--townships", args->townships, "乡镇数（默认按规模）/ number of townships (default: by scale)")
      ->check(CLI::Range(1, 5000));
  cmd->add_option("--year", args->year, "台账年度 / ledger year");
  cmd->add_option("--scale", args->scale, "small (3) | county (30) | province (1000)");
  cmd->add_option("--seed", args->seed, "随机种子：相同种子生成相同数据 / same seed, same data");
  cmd->callback([&ctx, args] { Run(ctx, *args); });
}

}  // namespace fazhi::cli
