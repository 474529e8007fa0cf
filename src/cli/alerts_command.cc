// cli/alerts_command.cc — `fazhi alerts --unit CODE [--on DATE]`: what is overdue or due soon,
// with the legal basis of each deadline. Exit 1 when anything is overdue (a finding to act
// on), else 0.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <ostream>

#include "cli/cli_context.h"
#include "cli/text_table.h"
#include "service/alert_service.h"
#include "service/json/alerts_json.h"

namespace fazhi::cli {
namespace {

const char* StateZh(domain::DeadlineState s) {
  switch (s) {
    case domain::DeadlineState::kOverdue: return "已逾期";
    case domain::DeadlineState::kDueSoon: return "即将到期";
    case domain::DeadlineState::kPending: return "未到期";
    case domain::DeadlineState::kMetOnTime: return "按期完成";
    case domain::DeadlineState::kMetLate: return "逾期完成";
  }
  return "";
}

void Run(CliContext& ctx, const std::string& unit, const std::string& on_text) {
  core::Date on = ctx.clock->Today();
  if (!on_text.empty()) {
    auto d = core::ParseDate(on_text, "on");
    if (!d) return ctx.Fail(d.error(), true);
    on = *d;
  }
  auto service_ctx = service::OpenServiceContext({ctx.db_url, ctx.calendar_dir, false}, *ctx.clock);
  if (!service_ctx) return ctx.Fail(service_ctx.error());
  auto result = service::ComputeUnitAlerts(*service_ctx, store::Scope::System(), unit, on);
  if (!result) return ctx.Fail(result.error(), result.error().code == core::ErrorCode::kInvalidArgument);
  if (ctx.json) {
    ctx.PrintJson(service::json::ToJson(*result));
  } else {
    auto& out = *ctx.out;
    out << fmt::format(fmt::runtime(ctx.Text("{}（{}）截至 {} 的提醒：已逾期 {} 项，即将到期 {} 项，共 {} 项\n\n",
                                             "{} ({}) alerts on {}: {} overdue, {} due soon, {} in all\n\n")),
                       result->unit.name, result->unit.code, core::FormatDate(on), result->overdue,
                       result->due_soon, result->alerts.size());
    TextTable table({ctx.Text("状态", "state"), ctx.Text("期限", "due"), ctx.Text("乡镇", "township"),
                     ctx.Text("记录", "record"), ctx.Text("事项", "matter"), ctx.Text("法律依据", "legal basis")});
    for (const auto& ua : result->alerts) {
      const auto& a = ua.alert;
      std::string state = ctx.English() ? std::string(domain::DeadlineStateName(a.state)) : StateZh(a.state);
      if (a.state == domain::DeadlineState::kOverdue) {
        state += fmt::format(fmt::runtime(ctx.Text(" {}天", " {}d")), -a.days_left);
      } else if (a.state == domain::DeadlineState::kDueSoon) {
        state += fmt::format(fmt::runtime(ctx.Text(" 剩{}天", " {}d left")), a.days_left);
      }
      table.AddRow({state, core::FormatDate(a.due) + (a.provisional ? "*" : ""), ua.township.name,
                    a.record_ref, ctx.English() ? a.title_en : a.title_zh, a.basis.Display()});
    }
    table.Print(out);
    bool provisional = std::any_of(result->alerts.begin(), result->alerts.end(),
                                   [](const auto& ua) { return ua.alert.provisional; });
    if (provisional) {
      out << ctx.Text("* 暂定期限：所涉年度的节假日安排尚未录入。\n",
                      "* provisional: a year involved has no holiday table yet.\n");
    }
  }
  if (result->overdue > 0) ctx.exit_code = kExitFinding;
}

}  // namespace

void AddAlertsCommand(CLI::App& app, CliContext& ctx) {
  auto unit = std::make_shared<std::string>();
  auto on = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("alerts", "到期与逾期提醒 / what is overdue or due soon");
  cmd->add_option("--unit", *unit, "乡镇或县的 12 位区划代码 / township or county code")->required();
  cmd->add_option("--on", *on, "以该日为准 / as on this date (default: today)");
  cmd->callback([&ctx, unit, on] { Run(ctx, *unit, *on); });
}

}  // namespace fazhi::cli
