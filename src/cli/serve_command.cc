// cli/serve_command.cc — `fazhi serve [--listen HOST:PORT] [--config fazhi.toml]
// [--web-root DIR]`: the HTTP API and web UI (http/server.h).
//
// Settings come from fazhi.toml, then FAZHI_* environment variables, then these flags
// (http/server_config.h); the global --db and --calendar-dir, when given, override the file's
// [database] url and [calendar] dir. The database is migrated once here (unless
// database.migrate = false); each worker then opens its own connection.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <malloc.h>

#include <cstdlib>
#include <ostream>

#include "cli/cli_context.h"
#include "http/pipeline.h"
#include "http/routes.h"
#include "http/server.h"
#include "http/server_config.h"
#include "service/service_context.h"

namespace fazhi::cli {
namespace {

struct ServeArgs {
  std::string listen;
  std::string config;
  std::string web_root;
};

void Run(CliContext& ctx, const CLI::App& app, const ServeArgs& args) {
  auto config = http::LoadServerConfig(args.config, [](const std::string& name) {
    const char* v = std::getenv(name.c_str());
    return v == nullptr ? std::optional<std::string>() : std::optional<std::string>(v);
  });
  if (!config) return ctx.Fail(config.error(), true);
  if (!args.listen.empty()) config->listen = args.listen;
  if (!args.web_root.empty()) config->web_root = args.web_root;
  if (app.get_option("--db")->count() > 0) config->database_url = ctx.db_url;
  if (app.get_option("--calendar-dir")->count() > 0) config->calendar_dir = ctx.calendar_dir;
  if (auto listen = http::ParseListen(config->listen); !listen) {
    return ctx.Fail(listen.error(), true);
  }

  // Responses are tens of KB, allocated and freed on every request by several threads: with
  // glibc's defaults each free of the top of a thread arena hands pages back (madvise) and the
  // next request faults them in again — 6% of the server's time under load, and 30% fewer
  // requests/s (docs/performance.md "HTTP server"). Keep up to 16 MB of free heap per arena (blocks from 4 MB up are mapped and unmapped)
  // instead; the resident size under load stays far below the 100 MB target.
  mallopt(M_TRIM_THRESHOLD, 16 << 20);
  mallopt(M_MMAP_THRESHOLD, 4 << 20);

  // Migrate (or check the schema) once, before any worker opens its connection.
  {
    auto first = service::OpenServiceContext(
        {config->database_url, config->calendar_dir, config->migrate}, *ctx.clock);
    if (!first) return ctx.Fail(first.error());
  }

  http::Pipeline pipeline(*config, http::AllRoutes());
  const core::Clock* clock = ctx.clock.get();
  service::OpenOptions open_options{config->database_url, config->calendar_dir, false};
  auto status = http::RunServer(
      pipeline,
      [open_options, clock]() { return service::OpenServiceContext(open_options, *clock); },
      [&](const http::ListenAddress& address) {
        *ctx.out << ctx.Text("Fazhi 已启动：", "Fazhi is running: ")
                 << fmt::format("http://{}:{}/", address.host, address.port) << "\n"
                 << ctx.Text("数据库：", "database: ") << config->database_url << "\n"
                 << ctx.Text("按 Ctrl+C 停止。", "Press Ctrl+C to stop.") << std::endl;
      });
  if (!status) return ctx.Fail(status.error());
}

}  // namespace

void AddServeCommand(CLI::App& app, CliContext& ctx) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "启动网页界面与 API 服务 / serve the web UI and the HTTP API");
  cmd->add_option("--listen", args->listen, "监听地址 / listen address (default 127.0.0.1:8080)");
  cmd->add_option("--config", args->config, "配置文件 / config file (default ./fazhi.toml if present)");
  cmd->add_option("--web-root", args->web_root, "网页目录 / built web UI directory (web/dist)");
  cmd->callback([&ctx, &app, args] { Run(ctx, app, *args); });
}

}  // namespace fazhi::cli
