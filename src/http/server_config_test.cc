// http/server_config_test.cc — fazhi.toml, environment overrides, and the example file.
#include "http/server_config.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace fazhi::http {
namespace {

std::string SourceDir() {
  const char* dir = std::getenv("FAZHI_SOURCE_DIR");
  return dir == nullptr ? "." : dir;
}

auto NoEnv() {
  return [](const std::string&) { return std::optional<std::string>(); };
}

std::string WriteTemp(const std::string& name, const std::string& text) {
  auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << text;
  return path.string();
}

TEST(ServerConfig, ExampleFileHasEveryKeyWithItsDefaultAndEnvName) {
  std::string example = SourceDir() + "/config/fazhi.example.toml";
  auto loaded = LoadServerConfig(example, NoEnv());
  ASSERT_TRUE(loaded) << loaded.error().message;
  ServerConfig defaults;
  EXPECT_EQ(loaded->listen, defaults.listen);
  EXPECT_EQ(loaded->workers, defaults.workers);
  EXPECT_EQ(loaded->database_url, defaults.database_url);
  EXPECT_EQ(loaded->max_failed_logins, 5);
  EXPECT_EQ(loaded->lockout_minutes, 15);
  EXPECT_EQ(loaded->idle_timeout_minutes, defaults.idle_timeout_minutes);
  EXPECT_EQ(loaded->cookie_secure, defaults.cookie_secure);
  std::ifstream in(example);
  std::stringstream text;
  text << in.rdbuf();
  for (const ConfigKey& key : ConfigKeys()) {
    EXPECT_NE(text.str().find("\n" + key.key + " = "), std::string::npos) << key.key;
    EXPECT_NE(text.str().find(key.env), std::string::npos) << key.env;
  }
}

TEST(ServerConfig, EnvironmentOverridesTheFile) {
  std::string file = WriteTemp("fazhi_cfg_env.toml", "[server]\nworkers = 3\nlisten = \"127.0.0.1:9000\"\n");
  std::map<std::string, std::string> env = {{"FAZHI_SERVER_WORKERS", "7"},
                                            {"FAZHI_SECURITY_COOKIE_SECURE", "true"}};
  auto loaded = LoadServerConfig(file, [&](const std::string& name) {
    auto it = env.find(name);
    return it == env.end() ? std::optional<std::string>() : std::optional<std::string>(it->second);
  });
  ASSERT_TRUE(loaded) << loaded.error().message;
  EXPECT_EQ(loaded->workers, 7);
  EXPECT_EQ(loaded->listen, "127.0.0.1:9000");
  EXPECT_TRUE(loaded->cookie_secure);
}

TEST(ServerConfig, BadValuesNameTheKey) {
  auto check = [](const std::string& text, const std::string& field) {
    auto loaded = LoadServerConfig(WriteTemp("fazhi_cfg_bad.toml", text), NoEnv());
    ASSERT_FALSE(loaded) << text;
    EXPECT_EQ(loaded.error().field, field) << text;
    EXPECT_FALSE(loaded.error().message.empty());
  };
  check("[server]\nworkers = 0\n", "server.workers");
  check("[server]\nworkers = \"4\"\n", "server.workers");
  check("[server]\nlisten = \"8080\"\n", "server.listen");
  check("[server]\ncolour = \"blue\"\n", "server.colour");
  check("[security]\ncookie_secure = 1\n", "security.cookie_secure");
  check("[server\n", "config");
  auto env_bad = LoadServerConfig("", [](const std::string& name) {
    return name == "FAZHI_SECURITY_LOCKOUT_MINUTES" ? std::optional<std::string>("ten")
                                                    : std::optional<std::string>();
  });
  ASSERT_FALSE(env_bad);
  EXPECT_EQ(env_bad.error().field, "security.lockout_minutes");
}

TEST(ServerConfig, MissingExplicitFileIsAnError) {
  auto loaded = LoadServerConfig("/nonexistent/fazhi.toml", NoEnv());
  ASSERT_FALSE(loaded);
  EXPECT_EQ(loaded.error().field, "config");
}

TEST(ServerConfig, ParseListen) {
  auto a = ParseListen("0.0.0.0:80");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->host, "0.0.0.0");
  EXPECT_EQ(a->port, 80);
  auto v6 = ParseListen("[::1]:8080");
  ASSERT_TRUE(v6);
  EXPECT_EQ(v6->host, "::1");
  EXPECT_FALSE(ParseListen("127.0.0.1:70000"));
  EXPECT_FALSE(ParseListen(":8080"));
  EXPECT_FALSE(ParseListen("localhost:http"));
}

}  // namespace
}  // namespace fazhi::http
