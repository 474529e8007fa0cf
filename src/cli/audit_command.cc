// cli/audit_command.cc — the audit log (service/audit_service.h, docs/cli.md):
//   audit verify       check the whole hash chain; exit 0 intact (rows and head hash),
//                      exit 1 naming the first broken row ("第 N 条审计记录被篡改：…");
//                      progress on a terminal for long chains
//   audit list [--from DATE] [--to DATE] [--entity E] [--id N] [--actor USER]
//              [--action A] [--limit N] [--page P]
//                      newest first; dates are China calendar days, times are shown in UTC
// Both read the whole log (Scope::System()): the CLI is the administrator's tool.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "cli/cli_context.h"
#include "cli/text_table.h"
#include "core/date.h"
#include "core/progress.h"
#include "service/audit_service.h"
#include "service/service_context.h"

namespace fazhi::cli {
namespace {

using nlohmann::json;

struct ListArgs {
  std::string from;
  std::string to;
  std::string entity;
  std::int64_t id = 0;
  std::string actor;
  std::string action;
  int limit = 50;
  int page = 1;
};

// A stored JSON text as a document (the raw text if it does not parse; null for none).
json Document(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  json doc = json::parse(*text, nullptr, false);
  if (doc.is_discarded()) return *text;
  return doc;
}

json ToJson(const store::AuditEntry& e) {
  return {{"seq", e.seq},
          {"at", e.at},
          {"actorUserId", e.actor_user_id},
          {"actorUsername", e.actor_username},
          {"actorRole", e.actor_role},
          {"ip", e.ip},
          {"requestId", e.request_id},
          {"action", e.action},
          {"entity", e.entity},
          {"entityId", e.entity_id},
          {"townshipId", e.township_id ? json(*e.township_id) : json(nullptr)},
          {"before", Document(e.before_json)},
          {"after", Document(e.after_json)},
          {"prevHash", e.prev_hash},
          {"hash", e.hash}};
}

core::Result<service::ServiceContext> Open(CliContext& ctx) {
  return service::OpenServiceContext({ctx.db_url, ctx.calendar_dir, false}, *ctx.clock);
}

void RunVerify(CliContext& ctx) {
  auto service_ctx = Open(ctx);
  if (!service_ctx) return ctx.Fail(service_ctx.error());
  std::unique_ptr<core::Progress> progress;
  std::int64_t shown = 0;
  auto result = service::VerifyAudit(*service_ctx, [&](std::int64_t done, std::int64_t total) {
    if (!progress) {
      progress = std::make_unique<core::Progress>(ctx.Text("校验审计日志", "verifying audit log"),
                                                  total, !ctx.json);
    }
    progress->Advance(done - shown);
    shown = done;
  });
  if (progress) progress->Finish();
  if (!result) return ctx.Fail(result.error());
  const std::string& message = ctx.English() ? result->message_en : result->message_zh;
  if (ctx.json) {
    ctx.PrintJson({{"intact", result->intact},
                   {"rows", result->rows},
                   {"headSeq", result->head_seq},
                   {"headHash", result->head_hash},
                   {"brokenSeq", result->intact ? json(nullptr) : json(result->broken_seq)},
                   {"reason", std::string(store::AuditBreakCode(result->reason))},
                   {"message", message}});
  } else if (result->intact) {
    *ctx.out << fmt::format(
        fmt::runtime(ctx.Text("审计日志完整：共 {} 条记录，链尾哈希 {}\n"
                              "（请另行保存链尾哈希，日后可据此核对日志未被整体改写）\n",
                              "audit log intact: {} entries, head hash {}\n"
                              "(keep the head hash elsewhere: it proves later that the log was "
                              "not rewritten as a whole)\n")),
        result->rows, result->head_hash);
  } else {
    *ctx.out << message << "\n";
    *ctx.out << fmt::format(fmt::runtime(ctx.Text("此前的 {} 条记录完好。\n",
                                                  "the {} entries before it are intact.\n")),
                            result->rows);
  }
  if (!result->intact) ctx.exit_code = kExitFinding;
}

void RunList(CliContext& ctx, const ListArgs& args) {
  store::AuditFilter filter;
  if (!args.from.empty()) {
    auto from = core::ParseDate(args.from, "from");
    if (!from) return ctx.Fail(from.error(), true);
    filter.from = *from;
  }
  if (!args.to.empty()) {
    auto to = core::ParseDate(args.to, "to");
    if (!to) return ctx.Fail(to.error(), true);
    filter.to = *to;
  }
  if (!args.entity.empty()) filter.entity = args.entity;
  if (args.id != 0) filter.entity_id = args.id;
  if (!args.actor.empty()) filter.actor_username = args.actor;
  if (!args.action.empty()) filter.action = args.action;
  filter.page.page = args.page;
  filter.page.page_size = args.limit;
  auto service_ctx = Open(ctx);
  if (!service_ctx) return ctx.Fail(service_ctx.error());
  auto page = service::ListAudit(*service_ctx, store::Scope::System(), filter);
  if (!page) {
    const bool usage = page.error().field == "page" || page.error().field == "pageSize";
    return ctx.Fail(page.error(), usage);
  }
  if (ctx.json) {
    json items = json::array();
    for (const auto& e : page->items) items.push_back(ToJson(e));
    return ctx.PrintJson({{"items", items}, {"total", page->total}});
  }
  TextTable table({ctx.Text("序号", "seq"), ctx.Text("时间（UTC）", "time (UTC)"),
                   ctx.Text("操作人", "actor"), ctx.Text("操作", "action"),
                   ctx.Text("对象", "entity"), ctx.Text("乡镇", "township")});
  for (const auto& e : page->items) {
    std::string actor = e.actor_username;
    if (!e.actor_role.empty()) actor += "（" + e.actor_role + "）";
    if (!e.ip.empty()) actor += " " + e.ip;
    table.AddRow({std::to_string(e.seq), e.at, actor, e.action,
                  e.entity_id != 0 ? e.entity + " #" + std::to_string(e.entity_id) : e.entity,
                  e.township_id ? std::to_string(*e.township_id) : "—"});
  }
  table.Print(*ctx.out);
  const std::int64_t first =
      page->items.empty() ? 0 : static_cast<std::int64_t>(args.page - 1) * args.limit + 1;
  const std::int64_t last =
      page->items.empty() ? 0 : first + static_cast<std::int64_t>(page->items.size()) - 1;
  *ctx.out << fmt::format(
      fmt::runtime(ctx.Text("共 {} 条，显示第 {}–{} 条\n", "{} entries, showing {}–{}\n")),
      page->total, first, last);
}

}  // namespace

void AddAuditCommand(CLI::App& app, CliContext& ctx) {
  auto* audit = app.add_subcommand("audit", "审计日志 / audit log");
  audit->require_subcommand(1);
  audit
      ->add_subcommand("verify",
                       "校验审计日志哈希链，指出第一条被篡改的记录 / verify the hash chain and "
                       "name the first tampered entry")
      ->callback([&ctx] { RunVerify(ctx); });
  auto args = std::make_shared<ListArgs>();
  auto* list =
      audit->add_subcommand("list", "审计记录列表（新的在前）/ list entries, newest first");
  list->add_option("--from", args->from, "起始日期（含）/ from date YYYY-MM-DD (China time)");
  list->add_option("--to", args->to, "截止日期（含）/ to date YYYY-MM-DD (China time)");
  list->add_option("--entity", args->entity,
                   "对象类型，如 mediation_case、petition、user / entity, e.g. mediation_case");
  list->add_option("--id", args->id, "对象编号（与 --entity 同用）/ entity id (with --entity)");
  list->add_option("--actor", args->actor, "操作人用户名 / actor username");
  list->add_option("--action", args->action, "操作，如 create、update / action, e.g. update");
  list->add_option("--limit", args->limit, "每页条数（1–1000）/ entries per page (1–1000)");
  list->add_option("--page", args->page, "页码（从 1 开始）/ page (from 1)");
  list->callback([&ctx, args] { RunList(ctx, *args); });
}

}  // namespace fazhi::cli
