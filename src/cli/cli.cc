// cli/cli.cc — see cli.h: the top-level `fazhi` app, global options and dispatch.
#include "cli/cli.h"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>

#include "cli/cli_context.h"
#include "core/crypto.h"

namespace fazhi::cli {
namespace {

std::string LanguageFromEnvironment() {
  for (const char* name : {"FAZHI_LANG", "LC_ALL", "LANG"}) {
    const char* v = std::getenv(name);
    if (v != nullptr && *v != '\0') {
      std::string s(v);
      if (s.rfind("en", 0) == 0) return "en";
      if (s.rfind("zh", 0) == 0) return "zh";
    }
  }
  return "zh";
}

}  // namespace

int RunCli(int argc, char** argv) {
  CliContext ctx;
  ctx.out = &std::cout;
  ctx.err = &std::cerr;
  ctx.lang = LanguageFromEnvironment();
  ctx.clock = std::make_unique<core::SystemClock>();
  if (!core::InitCrypto()) {
    std::cerr << "错误：无法初始化加密库 / cannot initialise libsodium\n";
    return kExitFinding;
  }

  CLI::App app{"法治 Fazhi — 乡镇法治政府建设工作系统 / rule-of-law work system for townships"};
  app.name("fazhi");
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "显示全部子命令帮助 / help for every subcommand");
  app.option_defaults()->always_capture_default();
  // Global options may also follow the command name (subcommands inherit fallthrough).
  app.fallthrough();
  app.add_option("--db", ctx.db_url,
                 "数据库 / database URL: sqlite:PATH | postgresql://user@host:port/db")
      ->envname("FAZHI_DB");
  app.add_flag("--json", ctx.json, "输出 JSON / print JSON for machines");
  app.add_option("--lang", ctx.lang, "界面语言 / language: zh | en");
  app.add_option("--calendar-dir", ctx.calendar_dir,
                 "节假日数据目录 / holiday tables directory (default: see docs/calendar.md)")
      ->envname("FAZHI_CALENDAR_DIR");

  AddMigrateCommand(app, ctx);
  AddDemoCommand(app, ctx);
  AddIndicatorsCommand(app, ctx);
  AddAlertsCommand(app, ctx);
  AddCalendarCommand(app, ctx);
  AddValidateCommand(app, ctx);
  AddUserCommand(app, ctx);
  AddOrgCommand(app, ctx);
  AddSettingsCommand(app, ctx);
  AddImportExportCommands(app, ctx);
  AddAuditCommand(app, ctx);
  AddServeCommand(app, ctx);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  return ctx.exit_code;
}

}  // namespace fazhi::cli
