// http/server_config.cc — see server_config.h.
#include "http/server_config.h"

#include <fmt/format.h>

#include <filesystem>
#include <toml++/toml.h>
#include <variant>

namespace fazhi::http {
namespace {

struct IntRange {
  int* value;
  int min, max;
};
struct Entry {
  const char* section;
  const char* key;
  std::variant<std::string*, IntRange, bool*> target;
};

std::vector<Entry> Entries(ServerConfig& c) {
  return {
      {"server", "listen", &c.listen},
      {"server", "io_threads", IntRange{&c.io_threads, 1, 64}},
      {"server", "workers", IntRange{&c.workers, 1, 256}},
      {"server", "web_root", &c.web_root},
      {"server", "max_json_body_kb", IntRange{&c.max_json_body_kb, 1, 65536}},
      {"server", "max_upload_mb", IntRange{&c.max_upload_mb, 1, 1024}},
      {"server", "response_cache", &c.response_cache},
      {"database", "url", &c.database_url},
      {"database", "migrate", &c.migrate},
      {"security", "max_failed_logins", IntRange{&c.max_failed_logins, 1, 100}},
      {"security", "lockout_minutes", IntRange{&c.lockout_minutes, 1, 10080}},
      {"security", "idle_timeout_minutes", IntRange{&c.idle_timeout_minutes, 1, 1440}},
      {"security", "absolute_timeout_hours", IntRange{&c.absolute_timeout_hours, 1, 720}},
      {"security", "cookie_secure", &c.cookie_secure},
      {"calendar", "dir", &c.calendar_dir},
      {"log", "access_log", &c.access_log},
  };
}

std::string EnvName(const char* section, const char* key) {
  std::string name = fmt::format("FAZHI_{}_{}", section, key);
  for (char& ch : name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return name;
}

core::Error BadValue(const std::string& field, std::string_view expected_zh,
                     std::string_view expected_en) {
  return core::InvalidArgument(field, fmt::format("配置项 {} 应为{}", field, expected_zh),
                               fmt::format("setting {} must be {}", field, expected_en));
}

core::Status SetInt(const IntRange& r, long long v, const std::string& field) {
  if (v < r.min || v > r.max) {
    return core::Fail(BadValue(field, fmt::format("{} 到 {} 之间的整数", r.min, r.max),
                               fmt::format("an integer from {} to {}", r.min, r.max)));
  }
  *r.value = static_cast<int>(v);
  return {};
}

// From the TOML node.
core::Status SetFromToml(const Entry& e, const toml::node& node, const std::string& field) {
  if (auto* s = std::get_if<std::string*>(&e.target)) {
    auto v = node.value<std::string>();
    if (!v) return core::Fail(BadValue(field, "字符串", "a string"));
    **s = *v;
    return {};
  }
  if (auto* b = std::get_if<bool*>(&e.target)) {
    auto v = node.value<bool>();
    if (!node.is_boolean() || !v) return core::Fail(BadValue(field, " true 或 false", "true or false"));
    **b = *v;
    return {};
  }
  const auto& r = std::get<IntRange>(e.target);
  if (!node.is_integer()) {
    return core::Fail(BadValue(field, fmt::format("{} 到 {} 之间的整数", r.min, r.max),
                               fmt::format("an integer from {} to {}", r.min, r.max)));
  }
  return SetInt(r, *node.value<long long>(), field);
}

// From an environment variable's text.
core::Status SetFromText(const Entry& e, const std::string& text, const std::string& field) {
  if (auto* s = std::get_if<std::string*>(&e.target)) {
    **s = text;
    return {};
  }
  if (auto* b = std::get_if<bool*>(&e.target)) {
    if (text == "true" || text == "1") {
      **b = true;
    } else if (text == "false" || text == "0") {
      **b = false;
    } else {
      return core::Fail(BadValue(field, " true 或 false", "true or false"));
    }
    return {};
  }
  const auto& r = std::get<IntRange>(e.target);
  try {
    std::size_t used = 0;
    long long v = std::stoll(text, &used);
    if (used != text.size()) throw std::invalid_argument("trailing");
    return SetInt(r, v, field);
  } catch (const std::exception&) {
    return core::Fail(BadValue(field, fmt::format("{} 到 {} 之间的整数", r.min, r.max),
                               fmt::format("an integer from {} to {}", r.min, r.max)));
  }
}

}  // namespace

std::vector<ConfigKey> ConfigKeys() {
  ServerConfig scratch;
  std::vector<ConfigKey> keys;
  for (const Entry& e : Entries(scratch)) {
    keys.push_back({e.section, e.key, EnvName(e.section, e.key)});
  }
  return keys;
}

core::Result<ServerConfig> LoadServerConfig(
    const std::string& path,
    const std::function<std::optional<std::string>(const std::string&)>& getenv) {
  ServerConfig config;
  std::vector<Entry> entries = Entries(config);
  std::string file = path;
  if (file.empty() && std::filesystem::exists("fazhi.toml")) file = "fazhi.toml";
  if (!file.empty()) {
    if (!std::filesystem::exists(file)) {
      return core::Fail(core::InvalidArgument(
          "config", fmt::format("找不到配置文件 {}", file), fmt::format("config file {} not found", file)));
    }
    toml::table table;
    try {
      table = toml::parse_file(file);
    } catch (const toml::parse_error& e) {
      return core::Fail(core::InvalidArgument(
          "config",
          fmt::format("配置文件 {} 第 {} 行有误：{}", file, e.source().begin.line, e.description()),
          fmt::format("config file {} line {}: {}", file, e.source().begin.line, e.description())));
    }
    for (const auto& [section_key, section_node] : table) {
      std::string section(section_key.str());
      const toml::table* section_table = section_node.as_table();
      if (section_table == nullptr) {
        return core::Fail(core::InvalidArgument(
            section, fmt::format("配置文件中的 {} 应为一个节（[{}]）", section, section),
            fmt::format("{} must be a section ([{}])", section, section)));
      }
      for (const auto& [key_key, node] : *section_table) {
        std::string key(key_key.str());
        std::string field = section + "." + key;
        const Entry* entry = nullptr;
        for (const Entry& e : entries) {
          if (section == e.section && key == e.key) entry = &e;
        }
        if (entry == nullptr) {
          return core::Fail(core::InvalidArgument(
              field, fmt::format("未知的配置项 {}（见 config/fazhi.example.toml）", field),
              fmt::format("unknown setting {} (see config/fazhi.example.toml)", field)));
        }
        if (auto st = SetFromToml(*entry, node, field); !st) return core::Fail(st.error());
      }
    }
  }
  for (const Entry& e : entries) {
    std::string field = std::string(e.section) + "." + e.key;
    if (auto text = getenv(EnvName(e.section, e.key))) {
      if (auto st = SetFromText(e, *text, field); !st) return core::Fail(st.error());
    }
  }
  if (auto listen = ParseListen(config.listen); !listen) return core::Fail(listen.error());
  return config;
}

core::Result<ListenAddress> ParseListen(const std::string& listen) {
  std::size_t colon = listen.rfind(':');
  auto bad = [&] {
    return core::Fail(core::InvalidArgument(
        "server.listen", fmt::format("监听地址“{}”应为 主机:端口，如 127.0.0.1:8080", listen),
        fmt::format("listen address \"{}\" must be host:port, e.g. 127.0.0.1:8080", listen)));
  };
  if (colon == std::string::npos || colon == 0) return bad();
  ListenAddress out;
  out.host = listen.substr(0, colon);
  if (out.host.size() > 2 && out.host.front() == '[' && out.host.back() == ']') {
    out.host = out.host.substr(1, out.host.size() - 2);
  }
  std::string port = listen.substr(colon + 1);
  if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos) {
    return bad();
  }
  int value = std::stoi(port);
  if (value < 1 || value > 65535) return bad();
  out.port = static_cast<std::uint16_t>(value);
  return out;
}

}  // namespace fazhi::http
