// cli/cli_context.h — what every `fazhi` command shares: the global options (--db, --json,
// --lang, --calendar-dir), the output streams, and how results and errors are printed.
//
// Contract: commands print people-facing text by default and one JSON document with --json
// (schemas in docs/cli.md). Errors go to stderr: "错误：<message>（字段：<field>）" or, with
// --json, {"error":{"code","message","field"}} on stdout. Exit codes: 0 ok, 1 a finding or a
// failure the user must act on, 2 bad usage (kInvalidArgument from user input counts as 2
// only when it is about the command line itself; see ExitCodeFor).
#pragma once

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <memory>
#include <string>

#include "core/clock.h"
#include "core/result.h"

namespace CLI {
class App;
}

namespace fazhi::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFinding = 1;
inline constexpr int kExitUsage = 2;

struct CliContext {
  std::string db_url = "sqlite:data/fazhi.db";
  std::string calendar_dir;  // empty: store::DefaultCalendarDir()
  std::string lang = "zh";   // "zh" | "en" (from --lang, FAZHI_LANG or LANG)
  bool json = false;
  int exit_code = kExitOk;
  std::ostream* out = nullptr;
  std::ostream* err = nullptr;
  std::unique_ptr<core::Clock> clock;

  bool English() const { return lang.rfind("en", 0) == 0; }
  // Picks the message of the current language.
  const char* Text(const char* zh, const char* en) const { return English() ? en : zh; }
  // Prints the error (text or JSON) and sets exit_code (1, or 2 when usage is true).
  void Fail(const core::Error& error, bool usage = false);
  // Prints a JSON document (with --json).
  void PrintJson(const nlohmann::json& doc) const;
};

// Each command file registers its subcommand(s) on the app; the callbacks set ctx.exit_code.
void AddMigrateCommand(CLI::App& app, CliContext& ctx);
void AddDemoCommand(CLI::App& app, CliContext& ctx);
void AddIndicatorsCommand(CLI::App& app, CliContext& ctx);
void AddAlertsCommand(CLI::App& app, CliContext& ctx);
void AddCalendarCommand(CLI::App& app, CliContext& ctx);
void AddValidateCommand(CLI::App& app, CliContext& ctx);
void AddUserCommand(CLI::App& app, CliContext& ctx);
void AddOrgCommand(CLI::App& app, CliContext& ctx);
void AddSettingsCommand(CLI::App& app, CliContext& ctx);
void AddImportExportCommands(CLI::App& app, CliContext& ctx);  // import, export
void AddAuditCommand(CLI::App& app, CliContext& ctx);
void AddServeCommand(CLI::App& app, CliContext& ctx);

}  // namespace fazhi::cli
