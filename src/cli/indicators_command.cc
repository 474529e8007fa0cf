// cli/indicators_command.cc — `fazhi indicators --unit CODE --year Y [--as-of DATE]
// [--provenance]`: every indicator with numerator and denominator (§17), and the report
// figures, for a township or a county (with each township's values).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <ostream>

#include "cli/cli_context.h"
#include "cli/text_table.h"
#include "service/indicator_service.h"
#include "service/json/indicators_json.h"

namespace fazhi::cli {
namespace {

struct IndicatorArgs {
  std::string unit;
  int year = 0;
  std::string as_of;
  bool provenance = false;
};

void PrintJson(CliContext& ctx, const service::UnitIndicators& result, bool provenance) {
  ctx.PrintJson(service::json::ToJson(result, provenance));
}

void PrintText(CliContext& ctx, const service::UnitIndicators& result) {
  auto& out = *ctx.out;
  bool en = ctx.English();
  bool county = result.unit.level == domain::RegionLevel::kCounty;
  if (en) {
    out << fmt::format("{} ({}) — indicators for {}, as of {}{}\n\n", result.unit.name, result.unit.code,
                       result.year, core::FormatDate(result.as_of),
                       county ? fmt::format(", {} townships", result.townships.size()) : "");
  } else {
    out << fmt::format("{}（{}）{} 年度指标，统计截至 {}{}\n\n", result.unit.name, result.unit.code,
                       result.year, core::FormatDate(result.as_of),
                       county ? fmt::format("，共 {} 个乡镇（街道）", result.townships.size()) : "");
  }
  TextTable rates({ctx.Text("指标", "indicator"), ctx.Text("比率", "rate"),
                   ctx.Text("分子/分母", "numerator/denominator"), ctx.Text("口径", "counted as")});
  for (const auto& i : result.indicators) {
    rates.AddRow({en ? i.name_en : i.name_zh, i.rate.Display(),
                  fmt::format("{}/{}", i.rate.numerator, i.rate.denominator),
                  i.numerator_zh + " ÷ " + i.denominator_zh});
  }
  rates.Print(out);
  out << "\n";
  TextTable figures({ctx.Text("数字", "figure"), ctx.Text("数值", "value")});
  for (const auto& f : result.figures) {
    figures.AddRow({f.name_zh, f.DisplayValue() + " " + f.unit});
  }
  figures.Print(out);
  if (county) {
    out << "\n" << ctx.Text("各乡镇（街道）：\n", "Townships:\n");
    std::vector<std::string> header = {ctx.Text("乡镇（街道）", "township"), ctx.Text("代码", "code")};
    for (const auto& i : result.indicators) header.push_back(en ? i.code : i.name_zh);
    TextTable table(header);
    for (const auto& t : result.townships) {
      std::vector<std::string> row = {t.township.name, t.township.code};
      for (const auto& total : result.indicators) {
        std::string cell = "—";
        for (const auto& i : t.indicators) {
          if (i.code == total.code) cell = i.rate.Display();
        }
        row.push_back(cell);
      }
      table.AddRow(row);
    }
    table.Print(out);
  }
  out << "\n" << ctx.Text("注：比率按四舍五入保留两位小数；分母为 0 时显示“—”。\n",
                          "Rates are rounded half up to 2 decimals; \"—\" means the denominator is 0.\n");
}

void Run(CliContext& ctx, const IndicatorArgs& args) {
  std::optional<core::Date> as_of;
  if (!args.as_of.empty()) {
    auto d = core::ParseDate(args.as_of, "as-of");
    if (!d) return ctx.Fail(d.error(), true);
    as_of = *d;
  }
  auto service_ctx = service::OpenServiceContext({ctx.db_url, ctx.calendar_dir, false}, *ctx.clock);
  if (!service_ctx) return ctx.Fail(service_ctx.error());
  auto result = service::ComputeUnitIndicators(*service_ctx, store::Scope::System(), args.unit,
                                               args.year, as_of);
  if (!result) return ctx.Fail(result.error(), result.error().code == core::ErrorCode::kInvalidArgument);
  if (ctx.json) return PrintJson(ctx, *result, args.provenance);
  PrintText(ctx, *result);
}

}  // namespace

void AddIndicatorsCommand(CLI::App& app, CliContext& ctx) {
  auto args = std::make_shared<IndicatorArgs>();
  auto* cmd = app.add_subcommand("indicators", "年度指标（分子/分母）/ a unit's indicators for a year");
  cmd->add_option("--unit", args->unit, "乡镇或县的 12 位区划代码 / 12-digit township or county code")->required();
  cmd->add_option("--year", args->year, "年度 / year")->required();
  cmd->add_option("--as-of", args->as_of, "统计截止日 / count closures up to this date (default: year end)");
  cmd->add_flag("--provenance", args->provenance, "JSON 中列出计入的记录编号 / list the record ids counted (JSON)");
  cmd->callback([&ctx, args] { Run(ctx, *args); });
}

}  // namespace fazhi::cli
