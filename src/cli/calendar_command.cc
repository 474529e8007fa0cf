// cli/calendar_command.cc — `fazhi calendar …`: the working-day calendar and the deadline
// engine from the command line (CAL).
//   calendar deadline --from DATE --days N [--unit workday|calendar|month] [--rule CODE]
//                     [--extend N[:unit]]... [--exclude FROM..TO]...
//   calendar is-workday DATE
//   calendar years            the loaded holiday tables and their notices
//   calendar rules            the statutory deadline rules and their legal basis
//   calendar import FILE      validate a year's table and install it (no rebuild needed)
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <ostream>

#include "cli/cli_context.h"
#include "cli/text_table.h"
#include "service/calendar_service.h"
#include "service/json/calendar_json.h"
#include "service/json/common_json.h"

namespace fazhi::cli {
namespace {

using nlohmann::json;


struct DeadlineArgs {
  std::string from;
  int days = -1;
  std::string unit;  // empty: the rule's unit, else workday
  std::string rule;
  std::vector<std::string> extend;
  std::vector<std::string> exclude;
};

void RunDeadline(CliContext& ctx, const DeadlineArgs& args) {
  service::DeadlineRequest req;
  req.from = args.from;
  req.amount = args.days;
  req.unit = args.unit;
  req.rule_code = args.rule;
  req.extensions = args.extend;
  req.excluded = args.exclude;
  auto result = service::ComputeDeadlineFromText(ctx.calendar_dir, req);
  if (!result) return ctx.Fail(result.error(), result.error().code == core::ErrorCode::kInvalidArgument);
  const auto& r = *result;
  if (ctx.json) return ctx.PrintJson(service::json::ToJson(r));
  auto& out = *ctx.out;
  if (ctx.English()) {
    out << fmt::format("Deadline: {} ({} {} from {})\n", core::FormatDate(r.due), r.amount,
                       domain::PeriodUnitName(r.unit), core::FormatDate(r.start));
    if (r.rolled) out << fmt::format("  last day {} is not a working day; moved forward\n", core::FormatDate(r.raw_due));
    out << "  legal basis: " << r.basis.Display() << "\n";
  } else {
    const char* unit_zh = r.unit == domain::PeriodUnit::kWorkingDays ? "个工作日"
                          : r.unit == domain::PeriodUnit::kMonths    ? "个月"
                                                                     : "日（自然日）";
    out << fmt::format("期限届满日：{}（自 {} 起 {}{}，起算日不计入）\n", core::FormatDate(r.due),
                       core::FormatDate(r.start), r.amount, unit_zh);
    if (r.rolled) {
      out << fmt::format("  原届满日 {} 不是工作日，顺延至其后第一个工作日\n", core::FormatDate(r.raw_due));
    }
    for (const auto& e : r.extensions) {
      out << fmt::format("  经批准延长 {} {}{}\n", e.amount, domain::PeriodUnitName(e.unit),
                         e.approver.empty() ? "" : "（批准人：" + e.approver + "）");
    }
    if (r.excluded_days > 0) out << fmt::format("  不计入期限的天数：{} 天\n", r.excluded_days);
    out << "  法律依据：" << (r.basis.law.empty() ? "（未指定规则）" : r.basis.Display()) << "\n";
  }
  out << (ctx.English() ? "  calendar tables: " : "  节假日数据版本：");
  for (size_t i = 0; i < r.calendar_versions.size(); ++i) {
    out << (i ? ", " : "") << r.calendar_versions[i];
  }
  out << "\n";
  if (r.provisional) {
    for (const auto& w : r.warnings) out << (ctx.English() ? "  WARNING (provisional): " : "  警告（暂定）：") << w << "\n";
  }
}

void RunIsWorkday(CliContext& ctx, const std::string& date_text) {
  auto info = service::DescribeDay(ctx.calendar_dir, date_text);
  if (!info) return ctx.Fail(info.error(), info.error().code == core::ErrorCode::kInvalidArgument);
  if (ctx.json) return ctx.PrintJson(service::json::DayToJson(*info));
  auto& out = *ctx.out;
  if (ctx.English()) {
    out << core::FormatDate(info->date) << ": " << (info->working ? "working day" : "not a working day")
        << " (" << service::json::DayKindCode(info->kind) << (info->holiday_name.empty() ? "" : ", " + info->holiday_name) << ")";
  } else {
    out << core::FormatDate(info->date) << "：" << (info->working ? "工作日" : "非工作日") << "（"
        << service::json::DayKindLabelZh(info->kind) << (info->holiday_name.empty() ? "" : "，" + info->holiday_name) << "）";
  }
  if (info->provisional) out << (ctx.English() ? " [provisional: no holiday table for this year]" : " [暂定：该年度节假日安排尚未录入]");
  out << "\n";
}

void RunYears(CliContext& ctx) {
  auto years = service::ListCalendarYears(ctx.calendar_dir);
  if (!years) return ctx.Fail(years.error());
  if (ctx.json) return ctx.PrintJson(service::json::YearsToJson(*years));
  TextTable t({ctx.Text("年度", "year"), ctx.Text("通知", "notice"), ctx.Text("文号", "number"),
               ctx.Text("版本", "version")});
  for (const auto& y : *years) {
    t.AddRow({std::to_string(y.year), y.notice_title, y.notice_number, y.version});
  }
  t.Print(*ctx.out);
}

void RunRules(CliContext& ctx) {
  const auto& rules = service::StatutoryRules();
  if (ctx.json) {
    json arr = json::array();
    for (const auto* r : rules) {
      arr.push_back({{"code", r->code}, {"name", r->name}, {"amount", r->amount},
                     {"unit", std::string(domain::PeriodUnitName(r->unit))},
                     {"basis", r->basis.Display()}});
    }
    return ctx.PrintJson({{"rules", arr}});
  }
  TextTable t({ctx.Text("规则", "rule"), ctx.Text("名称", "name"), ctx.Text("期限", "period"),
               ctx.Text("法律依据", "legal basis")});
  for (const auto* r : rules) {
    t.AddRow({r->code, r->name,
              fmt::format("{} {}", r->amount, domain::PeriodUnitName(r->unit)), r->basis.Display()});
  }
  t.Print(*ctx.out);
}

void RunImport(CliContext& ctx, const std::string& file) {
  auto installed = service::ImportCalendarFile(ctx.calendar_dir, file);
  if (!installed) return ctx.Fail(installed.error());
  if (ctx.json) return ctx.PrintJson({{"installed", installed->path}, {"year", installed->year},
                                      {"version", installed->version}});
  *ctx.out << fmt::format(fmt::runtime(ctx.Text("已安装 {} 年节假日安排：{}（版本 {}）\n",
                                   "Installed the {} holiday table: {} (version {})\n")),
                          installed->year, installed->path, installed->version);
}

}  // namespace

void AddCalendarCommand(CLI::App& app, CliContext& ctx) {
  auto* cal = app.add_subcommand("calendar", "工作日历与期限计算 / working-day calendar and deadlines");
  cal->require_subcommand(1);

  auto args = std::make_shared<DeadlineArgs>();
  auto* deadline = cal->add_subcommand("deadline", "计算期限届满日 / compute a deadline");
  deadline->add_option("--from", args->from, "起算日 / start date (not counted), YYYY-MM-DD")->required();
  deadline->add_option("--days", args->days, "期限长度（给出 --rule 时可省略） / length (default: the rule's)")
      ->check(CLI::NonNegativeNumber);
  deadline->add_option("--unit", args->unit, "workday | calendar | month (默认 workday / default)");
  deadline->add_option("--rule", args->rule, "法定规则代码，如 PET-08 / statutory rule code; supplies the legal basis");
  deadline->add_option("--extend", args->extend, "经批准延长，如 30 或 5:workday / approved extension");
  deadline->add_option("--exclude", args->exclude, "不计入期间 FROM..TO / excluded interval, both ends inclusive");
  deadline->callback([&ctx, args] { RunDeadline(ctx, *args); });

  auto date = std::make_shared<std::string>();
  auto* is_workday = cal->add_subcommand("is-workday", "是否工作日 / is DATE a working day");
  is_workday->add_option("date", *date, "YYYY-MM-DD")->required();
  is_workday->callback([&ctx, date] { RunIsWorkday(ctx, *date); });

  cal->add_subcommand("years", "已录入的节假日安排 / loaded holiday tables")
      ->callback([&ctx] { RunYears(ctx); });
  cal->add_subcommand("rules", "法定期限规则 / statutory deadline rules")
      ->callback([&ctx] { RunRules(ctx); });

  auto file = std::make_shared<std::string>();
  auto* import = cal->add_subcommand("import", "导入某年节假日安排 / install a year's holiday table");
  import->add_option("file", *file, "TOML file, see docs/calendar.md")->required()->check(CLI::ExistingFile);
  import->callback([&ctx, file] { RunImport(ctx, *file); });
}

}  // namespace fazhi::cli
