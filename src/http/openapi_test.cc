// http/openapi_test.cc — docs/openapi.yaml describes every route the server has, and only
// those: a route added without its documentation (or documentation of a route that does not
// exist) fails here. Reads the YAML's `paths:` block by indentation (two spaces: a path, four:
// a method), which is how docs/openapi.yaml is written.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <string>

#include "http/routes.h"

namespace fazhi::http {
namespace {

std::set<std::string> DocumentedRoutes() {
  const char* dir = std::getenv("FAZHI_SOURCE_DIR");
  std::ifstream in(std::string(dir == nullptr ? "." : dir) + "/docs/openapi.yaml");
  EXPECT_TRUE(in.good()) << "docs/openapi.yaml not found (FAZHI_SOURCE_DIR)";
  std::set<std::string> out;
  std::string line, path;
  bool in_paths = false;
  static const std::set<std::string> kMethods = {"get", "post", "put", "patch", "delete"};
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("paths:", 0) == 0) {
      in_paths = true;
      continue;
    }
    if (!in_paths) continue;
    if (!line.empty() && line[0] != ' ' && line[0] != '#') break;  // the next top-level key
    if (line.size() > 3 && line.rfind("  /", 0) == 0 && line.back() == ':') {
      path = line.substr(2, line.size() - 3);
      if (path.size() >= 2 && path.front() == '\'' && path.back() == '\'') {
        path = path.substr(1, path.size() - 2);
      }
    } else if (line.size() > 5 && line.rfind("    ", 0) == 0 && line[4] != ' ' && line.back() == ':') {
      std::string method = line.substr(4, line.size() - 5);
      if (kMethods.count(method) != 0 && !path.empty()) {
        for (char& c : method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        out.insert(method + " " + path);
      }
    }
  }
  return out;
}

TEST(OpenApi, EveryRouteIsDocumentedAndNothingElse) {
  std::set<std::string> documented = DocumentedRoutes();
  std::set<std::string> served;
  for (const Route& r : AllRoutes()) {
    std::string key = r.method + " " + r.pattern;
    EXPECT_TRUE(served.insert(key).second) << "route declared twice: " << key;
  }
  for (const auto& key : served) {
    EXPECT_TRUE(documented.count(key)) << "missing from docs/openapi.yaml: " << key;
  }
  for (const auto& key : documented) {
    EXPECT_TRUE(served.count(key)) << "documented but not served: " << key;
  }
}

}  // namespace
}  // namespace fazhi::http
