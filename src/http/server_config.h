// http/server_config.h — `fazhi serve` settings: fazhi.toml, then environment variables,
// then command-line flags (each overrides the one before).
//
// Contract: every key, its default and its environment variable are listed in
// config/fazhi.example.toml (a test compares the two). The environment variable of
// [section] key is FAZHI_<SECTION>_<KEY> in upper case (FAZHI_SERVER_LISTEN,
// FAZHI_DATABASE_URL, FAZHI_SECURITY_LOCKOUT_MINUTES). A missing file given explicitly, an
// unknown key, a wrong type or a value out of range is kInvalidArgument naming
// "section.key"; nothing starts with a bad config.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace fazhi::http {

struct ServerConfig {
  // [server]
  std::string listen = "127.0.0.1:8080";
  int io_threads = 1;           // RESTinio I/O threads
  int workers = 4;              // request workers, one database connection each
  std::string web_root = "web/dist";
  int max_json_body_kb = 1024;  // JSON bodies above this answer 413
  int max_upload_mb = 20;       // import files above this answer 413
  bool response_cache = true;   // repeat reads served from http/response_cache.h
  // [database]
  std::string database_url = "sqlite:data/fazhi.db";
  bool migrate = true;          // apply pending migrations at start
  // [security]
  int max_failed_logins = 5;
  int lockout_minutes = 15;
  int idle_timeout_minutes = 30;
  int absolute_timeout_hours = 12;
  bool cookie_secure = false;   // set true behind TLS
  // [calendar]
  std::string calendar_dir;     // empty: the default search (docs/calendar.md)
  // [log]
  bool access_log = true;
};

struct ConfigKey {
  std::string section;
  std::string key;
  std::string env;  // FAZHI_SECTION_KEY
};
// Every key ServerConfig reads, in file order.
std::vector<ConfigKey> ConfigKeys();

// Reads `path` (when empty: "fazhi.toml" if it exists, else defaults), then the environment
// (`getenv`, injectable for tests).
core::Result<ServerConfig> LoadServerConfig(
    const std::string& path,
    const std::function<std::optional<std::string>(const std::string&)>& getenv);

// "127.0.0.1:8080" → host and port (kInvalidArgument "server.listen").
struct ListenAddress {
  std::string host;
  std::uint16_t port = 0;
};
core::Result<ListenAddress> ParseListen(const std::string& listen);

}  // namespace fazhi::http
