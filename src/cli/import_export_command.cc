// cli/import_export_command.cc — `fazhi import` and `fazhi export`: a township's 人民调解 or 信访
// ledger from / to .xlsx or .csv (docs/cli.md, docs/import-export.md).
//
//   fazhi import --unit CODE --ledger mediation|petition|penalty|normative|decision|officer|decision_catalogue|power FILE [--mode all|valid] [--dry-run]
//   fazhi export --unit CODE --ledger mediation|petition|penalty|normative|decision|officer|decision_catalogue|power [--format xlsx|csv]
//                [--year Y | --from D --to D] [filters] [-o FILE] [--unmasked]
//
// Import prints the report of bad rows as a table (行, 列, 原因) or JSON; exit 1 when any row
// was rejected. Export writes the file (default name: the suggested one, in the current
// directory). The CLI acts as the system (local administration), so --unmasked is allowed.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <ostream>

#include "cli/cli_context.h"
#include "cli/text_table.h"
#include "core/progress.h"
#include "domain/mediation/mediation.h"
#include "domain/enforcement/penalty_case.h"
#include "domain/enforcement/officer_rules.h"
#include "domain/petition/petition.h"
#include "exchange/ledger_layouts.h"
#include "service/export_service.h"
#include "service/import_service.h"
#include "service/json/import_json.h"
#include "service/unit_service.h"

namespace fazhi::cli {
namespace {

using nlohmann::json;

constexpr std::size_t kWarningsShown = 20;

struct ImportArgs {
  std::string unit;
  std::string ledger;
  std::string file;
  std::string mode = "all";
  bool dry_run = false;
};

struct ExportArgs {
  std::string unit;
  std::string ledger;
  std::string format;
  std::string output;
  int year = 0;
  std::string from, to;
  std::string outcome, category, channel, status, text;
  bool unmasked = false;
};

core::Result<std::string> ReadInput(const std::string& path, std::size_t max_bytes) {
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    return core::Fail(core::InvalidArgument("file", fmt::format("无法读取文件：{}", path),
                                            fmt::format("Cannot read the file: {}", path)));
  }
  if (size > max_bytes) {
    double mb = static_cast<double>(size) / 1048576.0;
    return core::Fail(core::InvalidArgument(
        "file",
        fmt::format("文件过大（{:.1f} MB），单次导入不能超过 {} MB，请分批导入", mb,
                    max_bytes >> 20),
        fmt::format("The file is too large ({:.1f} MB); at most {} MB per import, split it", mb,
                    max_bytes >> 20)));
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
    return core::Fail(core::InvalidArgument("file", fmt::format("无法读取文件：{}", path),
                                            fmt::format("Cannot read the file: {}", path)));
  }
  return bytes;
}

json UnitJson(const domain::Region& r) { return {{"code", r.code}, {"name", r.name}}; }

void PrintImport(CliContext& ctx, const service::ImportResult& r, const domain::Region& township,
                 const std::string& file) {
  bool en = ctx.English();
  if (ctx.json) {
    json doc = service::json::ImportResultToJson(r);
    doc["unit"] = UnitJson(township);
    doc["file"] = file;
    ctx.PrintJson(doc);
    return;
  }
  auto& out = *ctx.out;
  if (en) {
    out << fmt::format("{} → {} ({}), file {} ({})\n", exchange::LedgerTitleEn(r.ledger),
                       township.name, township.code, file, exchange::FileFormatCode(r.format));
    out << fmt::format("{} rows: {} without problems, {} with problems, {} imported{}.\n", r.total,
                       r.valid, r.rejected, r.imported, r.dry_run ? " (dry run)" : "");
  } else {
    out << fmt::format("{} → {}（{}），文件 {}（{}）\n", exchange::LedgerTitleZh(r.ledger),
                       township.name, township.code, file, exchange::FileFormatCode(r.format));
    out << fmt::format("共 {} 行：无误 {} 行，有问题 {} 行，已导入 {} 行{}。\n", r.total, r.valid,
                       r.rejected, r.imported, r.dry_run ? "（试导入，未写入）" : "");
  }
  if (!r.ignored_columns.empty()) {
    std::string names;
    for (const auto& c : r.ignored_columns) names += (names.empty() ? "" : "、") + c;
    out << (en ? fmt::format("Columns not recognised (ignored): {}\n", names)
               : fmt::format("未识别的列（已忽略）：{}\n", names));
  }
  if (!r.errors.empty()) {
    out << "\n";
    if (r.imported == 0 && !r.dry_run && r.mode == service::ImportMode::kAll) {
      out << ctx.Text(
          "有问题的行如下；按“全部通过才导入”方式，本次未写入任何记录。改正后重新导入，或用 --mode "
          "valid 只导入无误的行：\n",
          "Rows with problems below; in mode \"all\" nothing was written. Fix them "
          "and import again, or use --mode valid to import only the good rows:\n");
    } else {
      out << ctx.Text("有问题的行（未导入）：\n", "Rows with problems (not imported):\n");
    }
    TextTable table({ctx.Text("行", "row"), ctx.Text("列", "column"), ctx.Text("原因", "reason")});
    for (const auto& e : r.errors) {
      table.AddRow({std::to_string(e.row), e.column, en ? e.reason_en : e.reason});
    }
    table.Print(out);
  }
  if (!r.warnings.empty()) {
    out << "\n"
        << (en ? fmt::format("{} warnings on imported rows (the records were written):\n",
                             r.warnings.size())
               : fmt::format("已导入的记录有 {} 条提醒（不影响导入）：\n", r.warnings.size()));
    TextTable table({ctx.Text("行", "row"), ctx.Text("规则", "rule"), ctx.Text("提醒", "warning")});
    for (std::size_t i = 0; i < r.warnings.size() && i < kWarningsShown; ++i) {
      const auto& w = r.warnings[i];
      table.AddRow({std::to_string(w.row), w.rule, en ? w.message_en : w.message});
    }
    table.Print(out);
    if (r.warnings.size() > kWarningsShown) {
      out << (en ? fmt::format("… and {} more (see --json)\n", r.warnings.size() - kWarningsShown)
                 : fmt::format("……另有 {} 条（用 --json 查看全部）\n",
                               r.warnings.size() - kWarningsShown));
    }
  }
}

// The township a CLI import goes into.
core::Result<domain::Region> ImportTownship(service::ServiceContext& sctx,
                                            const std::string& code) {
  ASSIGN_OR_RETURN(auto unit, service::ResolveUnit(sctx, store::Scope::System(), code));
  if (unit.IsCounty()) {
    return core::Fail(core::InvalidArgument(
        "unit", fmt::format("台账只能导入到乡镇（街道）：{} 是县级代码，请指定乡镇代码", code),
        fmt::format("Ledgers are imported into a township: {} is a county code", code)));
  }
  return unit.unit;
}

void RunImport(CliContext& ctx, const ImportArgs& args) {
  auto ledger = exchange::ParseLedger(args.ledger);
  if (!ledger) return ctx.Fail(ledger.error(), true);
  auto mode = service::ParseImportMode(args.mode);
  if (!mode) return ctx.Fail(mode.error(), true);
  service::ImportOptions options;
  options.mode = *mode;
  options.dry_run = args.dry_run;
  auto bytes = ReadInput(args.file, options.limits.max_file_bytes);
  if (!bytes) return ctx.Fail(bytes.error());
  auto sctx = service::OpenServiceContext({ctx.db_url, ctx.calendar_dir, false}, *ctx.clock);
  if (!sctx) return ctx.Fail(sctx.error());
  auto township = ImportTownship(*sctx, args.unit);
  if (!township) {
    return ctx.Fail(township.error(), township.error().code == core::ErrorCode::kInvalidArgument);
  }
  std::unique_ptr<core::Progress> progress;
  std::optional<service::ImportPhase> shown_phase;
  std::int64_t shown = 0;
  options.progress = [&](service::ImportPhase phase, std::int64_t done, std::int64_t total) {
    if (!progress || shown_phase != phase) {
      if (progress) progress->Finish();
      progress = std::make_unique<core::Progress>(phase == service::ImportPhase::kCheck
                                                      ? ctx.Text("校验台账", "checking")
                                                      : ctx.Text("写入台账", "writing"),
                                                  total, !ctx.json);
      shown_phase = phase;
      shown = 0;
    }
    progress->Advance(done - shown);
    shown = done;
  };
  auto result =
      service::ImportLedger(*sctx, store::Scope::System(), *ledger, township->id, *bytes, options);
  if (progress) progress->Finish();
  if (!result) return ctx.Fail(result.error());
  PrintImport(ctx, *result, *township, std::filesystem::path(args.file).filename().string());
  if (result->rejected > 0) ctx.exit_code = kExitFinding;
}

core::Result<std::optional<core::Date>> OptionalDate(const std::string& text, const char* field) {
  if (text.empty()) return std::optional<core::Date>();
  ASSIGN_OR_RETURN(core::Date d, core::ParseDate(text, field));
  return std::optional<core::Date>(d);
}

void RunExport(CliContext& ctx, const ExportArgs& args) {
  auto ledger = exchange::ParseLedger(args.ledger);
  if (!ledger) return ctx.Fail(ledger.error(), true);
  // Format: --format, else the output file's extension, else xlsx.
  std::string format_text = args.format;
  if (format_text.empty() && !args.output.empty()) {
    std::string ext = std::filesystem::path(args.output).extension().string();
    if (!ext.empty()) format_text = ext.substr(1);
  }
  if (format_text.empty()) format_text = "xlsx";
  auto format = exchange::ParseFileFormat(format_text, "format");
  if (!format) return ctx.Fail(format.error(), true);
  if (args.year != 0 && (!args.from.empty() || !args.to.empty())) {
    return ctx.Fail(core::InvalidArgument("year", "--year 与 --from/--to 只能用其一",
                                          "give either --year or --from/--to"),
                    true);
  }
  auto from = OptionalDate(args.from, "from");
  if (!from) return ctx.Fail(from.error(), true);
  auto to = OptionalDate(args.to, "to");
  if (!to) return ctx.Fail(to.error(), true);
  if (args.year != 0) {
    if (args.year < 2000 || args.year > 2100) {
      return ctx.Fail(core::InvalidArgument("year", "年度应在 2000 至 2100 之间",
                                            "the year must be 2000 to 2100"),
                      true);
    }
    *from = core::MakeDate(args.year, 1, 1);
    *to = core::MakeDate(args.year, 12, 31);
  }
  auto sctx = service::OpenServiceContext({ctx.db_url, ctx.calendar_dir, false}, *ctx.clock);
  if (!sctx) return ctx.Fail(sctx.error());
  auto unit = service::ResolveUnit(*sctx, store::Scope::System(), args.unit);
  if (!unit) return ctx.Fail(unit.error(), unit.error().code == core::ErrorCode::kInvalidArgument);
  store::Scope scope =
      unit->IsCounty() ? store::Scope::County(unit->unit.id) : store::Scope::System();
  std::optional<std::int64_t> township;
  if (!unit->IsCounty()) township = unit->unit.id;

  service::ExportOptions options;
  options.format = *format;
  options.unmasked = args.unmasked;
  std::unique_ptr<core::Progress> progress;
  std::int64_t shown = 0;
  options.progress = [&](std::int64_t done, std::int64_t total) {
    if (!progress) {
      progress =
          std::make_unique<core::Progress>(ctx.Text("导出台账", "exporting"), total, !ctx.json);
    }
    progress->Advance(done - shown);
    shown = done;
  };
  core::Result<service::ExportedFile> file = core::Fail(core::Internal("no export"));
  if (*ledger == exchange::Ledger::kMediation) {
    if (!args.channel.empty() || !args.status.empty()) {
      return ctx.Fail(core::InvalidArgument("channel", "--channel、--status 只用于信访台账",
                                            "--channel and --status are for the petition ledger"),
                      true);
    }
    store::CaseFilter filter;
    filter.township_id = township;
    filter.accepted_from = *from;
    filter.accepted_to = *to;
    filter.text = args.text;
    if (!args.outcome.empty()) {
      auto outcome = domain::ParseMediationOutcome(args.outcome);
      if (!outcome) return ctx.Fail(outcome.error(), true);
      filter.outcome = *outcome;
    }
    if (!args.category.empty()) {
      const domain::DisputeCategory* c = domain::FindDisputeCategory(args.category);
      if (c == nullptr) {
        return ctx.Fail(
            core::InvalidArgument("category", fmt::format("纠纷类型“{}”无效", args.category),
                                  fmt::format("unknown dispute category \"{}\"", args.category)),
            true);
      }
      filter.category = std::string(c->code);
    }
    file = service::ExportMediationCases(*sctx, scope, filter, options);
  } else if (*ledger == exchange::Ledger::kPenalty) {
    if (!args.outcome.empty() || !args.channel.empty() || !args.category.empty()) {
      return ctx.Fail(core::InvalidArgument("ledger", "--outcome、--channel、--category 不用于行政执法案件台账",
                                            "--outcome, --channel and --category are not for the penalty ledger"),
                      true);
    }
    store::PenaltyCaseFilter filter;
    filter.township_id = township;
    filter.received_from = *from;
    filter.received_to = *to;
    filter.text = args.text;
    if (!args.status.empty()) {  // a stage
      auto stage = domain::ParseCaseStage(args.status, "status");
      if (!stage) return ctx.Fail(stage.error(), true);
      filter.stage = *stage;
    }
    file = service::ExportPenaltyCases(*sctx, scope, filter, options);
  } else if (*ledger == exchange::Ledger::kNormative || *ledger == exchange::Ledger::kDecision) {
    if (!args.outcome.empty() || !args.channel.empty() || !args.category.empty() || !args.status.empty()) {
      return ctx.Fail(core::InvalidArgument("ledger", "--outcome、--channel、--category、--status 不用于该台账",
                                            "--outcome, --channel, --category and --status are not for this ledger"),
                      true);
    }
    if (*ledger == exchange::Ledger::kNormative) {
      store::NormativeFilter filter;
      filter.township_id = township;
      filter.published_from = *from;
      filter.published_to = *to;
      filter.text = args.text;
      file = service::ExportNormativeDocuments(*sctx, scope, filter, options);
    } else {
      store::DecisionFilter filter;
      filter.township_id = township;
      filter.text = args.text;
      file = service::ExportMajorDecisions(*sctx, scope, filter, options);
    }
  } else if (*ledger == exchange::Ledger::kPower) {
    if (!args.outcome.empty() || !args.channel.empty() || !args.status.empty() || !args.from.empty() ||
        !args.to.empty() || args.year != 0) {
      return ctx.Fail(core::InvalidArgument("ledger", "权力事项目录只按 --category 和 --text 筛选",
                                            "the catalogue of powers takes only --category and --text"),
                      true);
    }
    store::PowerFilter filter;
    filter.township_id = township;
    filter.text = args.text;
    if (!args.category.empty()) {
      auto category = domain::ParseActionCategory(args.category, "category");
      if (!category) return ctx.Fail(category.error(), true);
      filter.category = *category;
    }
    file = service::ExportPowers(*sctx, scope, filter, options);
  } else if (*ledger == exchange::Ledger::kDecisionCatalogue) {
    if (!args.outcome.empty() || !args.channel.empty() || !args.category.empty() || !args.status.empty() ||
        !args.from.empty() || !args.to.empty()) {
      return ctx.Fail(core::InvalidArgument("ledger", "决策目录只按 --year 和 --text 筛选（不用 --from、--to、--outcome、--channel、--category、--status）",
                                            "the decision catalogue takes only --year and --text"),
                      true);
    }
    store::DecisionCatalogueFilter filter;
    filter.township_id = township;
    if (args.year != 0) filter.year = args.year;
    filter.text = args.text;
    file = service::ExportDecisionCatalogue(*sctx, scope, filter, options);
  } else if (*ledger == exchange::Ledger::kOfficer) {
    if (!args.outcome.empty() || !args.channel.empty() || !args.category.empty() || *from || *to) {
      return ctx.Fail(core::InvalidArgument("ledger", "--outcome、--channel、--category、--year、--from、--to 不用于行政执法人员台账",
                                            "--outcome, --channel, --category, --year, --from and --to are not for the officer register"),
                      true);
    }
    service::OfficerQuery query;
    query.filter.township_id = township;
    query.filter.text = args.text;
    if (!args.status.empty()) {  // the certificate standing today: valid, expiring, expired…
      auto standing = domain::ParseCertificateStanding(args.status, "status");
      if (!standing) return ctx.Fail(standing.error(), true);
      query.certificate = *standing;
    }
    file = service::ExportOfficers(*sctx, scope, query, options);
  } else {
    if (!args.outcome.empty()) {
      return ctx.Fail(core::InvalidArgument("outcome", "--outcome 只用于人民调解台账",
                                            "--outcome is for the mediation ledger"),
                      true);
    }
    store::PetitionFilter filter;
    filter.township_id = township;
    filter.received_from = *from;
    filter.received_to = *to;
    filter.text = args.text;
    if (!args.channel.empty()) {
      auto channel = domain::ParsePetitionChannel(args.channel);
      if (!channel) return ctx.Fail(channel.error(), true);
      filter.channel = *channel;
    }
    if (!args.category.empty()) {
      auto category = domain::ParsePetitionCategory(args.category);
      if (!category) return ctx.Fail(category.error(), true);
      filter.category = *category;
    }
    if (args.status == "open") {
      filter.closed = false;
    } else if (args.status == "closed") {
      filter.closed = true;
    } else if (!args.status.empty()) {
      return ctx.Fail(
          core::InvalidArgument(
              "status", fmt::format("状态“{}”无效，可选值：open、closed", args.status),
              fmt::format("status \"{}\" is not valid; allowed: open, closed", args.status)),
          true);
    }
    file = service::ExportPetitions(*sctx, scope, filter, options);
  }
  if (progress) progress->Finish();
  if (!file) return ctx.Fail(file.error());
  std::string path = args.output.empty() ? file->file_name : args.output;
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(file->bytes.data(), static_cast<std::streamsize>(file->bytes.size()));
    if (!out) {
      return ctx.Fail(core::InvalidArgument("output", fmt::format("无法写入文件：{}", path),
                                            fmt::format("Cannot write the file: {}", path)));
    }
  }
  if (ctx.json) {
    ctx.PrintJson({{"ledger", std::string(exchange::LedgerCode(*ledger))},
                   {"unit", UnitJson(unit->unit)},
                   {"format", std::string(exchange::FileFormatCode(*format))},
                   {"file", path},
                   {"fileName", file->file_name},
                   {"title", file->title},
                   {"rows", file->rows},
                   {"bytes", file->bytes.size()},
                   {"masked", !args.unmasked}});
    return;
  }
  *ctx.out << (ctx.English()
                   ? fmt::format("Exported {} rows to {} ({}){}\n", file->rows, path, file->title,
                                 args.unmasked ? "" : "; ID and phone numbers masked")
                   : fmt::format("已导出 {} 行到 {}（{}）{}\n", file->rows, path, file->title,
                                 args.unmasked ? "" : "；身份证号和电话已脱敏"));
}

}  // namespace

void AddImportExportCommands(CLI::App& app, CliContext& ctx) {
  auto in = std::make_shared<ImportArgs>();
  auto* import = app.add_subcommand("import",
                                    "从 .xlsx/.csv 导入台账（先逐行校验）/ import a ledger from "
                                    ".xlsx or .csv (every row checked first)");
  import->add_option("--unit", in->unit, "乡镇的 12 位区划代码 / 12-digit township code")
      ->required();
  import
      ->add_option("--ledger", in->ledger, "台账：mediation（人民调解）| petition（信访）| penalty（行政执法案件）| normative（规范性文件）| decision（重大行政决策）| officer（行政执法人员）| decision_catalogue（重大行政决策目录）| power（权力事项目录）/ ledger")
      ->required();
  import->add_option("file", in->file, "文件 / FILE.xlsx | FILE.csv")->required();
  import->add_option("--mode", in->mode,
                     "all：全部无误才导入（默认）| valid：只导入无误的行 / all rows or nothing | "
                     "only the good rows");
  import->add_flag("--dry-run", in->dry_run, "只校验，不写入 / check only, write nothing");
  import->callback([&ctx, in] { RunImport(ctx, *in);
});

auto out = std::make_shared<ExportArgs>();
auto* exp = app.add_subcommand(
    "export", "导出台账为 .xlsx/.csv（县级台账格式）/ export a ledger to .xlsx or .csv");
exp->add_option("--unit", out->unit, "乡镇或县的 12 位区划代码 / 12-digit township or county code")
    ->required();
exp->add_option("--ledger", out->ledger, "台账：mediation | petition | penalty | normative | decision | officer | decision_catalogue | power / ledger")->required();
exp->add_option("--format", out->format,
                "xlsx | csv（默认按 -o 的扩展名，否则 xlsx）/ file format");
exp->add_option("-o,--output", out->output,
                "输出文件（默认为建议的文件名）/ output file (default: the suggested name)");
exp->add_option("--year", out->year,
                "年度（受理/收到日期在该年）/ year (accepted / received in it)");
exp->add_option("--from", out->from, "受理/收到日期起 / accepted or received from DATE");
exp->add_option("--to", out->to, "受理/收到日期止 / accepted or received up to DATE");
exp->add_option("--outcome", out->outcome,
                "调解结果 open|success|failed|terminated（人民调解）/ mediation outcome");
exp->add_option("--category", out->category, "纠纷类型或信访类别 / dispute or petition category");
exp->add_option("--channel", out->channel,
                "信访形式 online|letter|phone|fax|visit（信访）/ petition channel");
exp->add_option("--status", out->status,
                "open（未办结）| closed（已办结）（信访）；办案阶段 filed…closed（执法案件）；持证状态 valid|expiring|expired|suspended|cancelled|lost|none（执法人员）/ petition status, case stage or certificate standing");
exp->add_option("--q", out->text, "包含文字（编号、当事人、事由）/ text to search");
exp->add_flag("--unmasked", out->unmasked,
              "不脱敏身份证号和电话 / do not mask ID and phone numbers");
exp->callback([&ctx, out] { RunExport(ctx, *out); });
}  // namespace fazhi::cli

}  // namespace fazhi::cli
