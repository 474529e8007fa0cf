// Tests for service/json/page_json.h.
#include "service/json/page_json.h"

#include <gtest/gtest.h>

#include <string>

namespace fazhi::service::json {
namespace {

TEST(PageJson, ItemsInOrderAndTheOverallTotal) {
  store::Page<std::string> page{{"a", "b"}, 42};
  nlohmann::json j = PageToJson(page, [](const std::string& s) {
    return nlohmann::json{{"v", s}};
  });
  EXPECT_EQ(j, (nlohmann::json{{"items", {{{"v", "a"}}, {{"v", "b"}}}}, {"total", 42}}));
  store::Page<int> empty;
  EXPECT_EQ(PageToJson(empty, [](int i) { return nlohmann::json(i); }),
            (nlohmann::json{{"items", nlohmann::json::array()}, {"total", 0}}));
}

}  // namespace
}  // namespace fazhi::service::json
