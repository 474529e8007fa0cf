// http/message_test.cc — request parsing helpers, route patterns, languages and statuses.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "http/error_response.h"
#include "http/message.h"
#include "http/route.h"
#include "http/static_files.h"

namespace fazhi::http {
namespace {

TEST(Message, QueryAndPercentDecoding) {
  NameValues q = ParseQuery("q=%E5%BC%A0%E4%B8%89&page=2&empty=&flag&sp=a+b");
  ASSERT_EQ(q.size(), 5u);
  EXPECT_EQ(q[0].second, "张三");
  EXPECT_EQ(q[1].second, "2");
  EXPECT_EQ(q[2].second, "");
  EXPECT_EQ(q[3].first, "flag");
  EXPECT_EQ(q[4].second, "a b");
  EXPECT_FALSE(PercentDecode("%E5%B", false));
  EXPECT_FALSE(PercentDecode("%zz", false));
  EXPECT_EQ(PercentDecode("a+b", false).value(), "a+b");
  EXPECT_EQ(PercentEncode("台账.xlsx"), "%E5%8F%B0%E8%B4%A6.xlsx");
}

TEST(Message, CookiesAndHeaders) {
  Request r;
  r.headers = {{"cookie", "a=1; fazhi_session=abc123 ; other=x"}};
  EXPECT_EQ(r.Cookie("fazhi_session").value(), "abc123");
  EXPECT_FALSE(r.Cookie("missing"));
  Response resp;
  resp.SetHeader("Content-Type", "a");
  resp.SetHeader("content-type", "b");
  EXPECT_EQ(resp.headers.size(), 1u);
  EXPECT_EQ(resp.Header("CONTENT-TYPE").value(), "b");
}

TEST(Route, PatternMatching) {
  NameValues p;
  EXPECT_TRUE(MatchPattern("/api/v1/petitions/{id}", "/api/v1/petitions/12", p));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].first, "id");
  EXPECT_EQ(p[0].second, "12");
  EXPECT_FALSE(MatchPattern("/api/v1/petitions/{id}", "/api/v1/petitions", p));
  EXPECT_FALSE(MatchPattern("/api/v1/petitions/{id}", "/api/v1/petitions/12/x", p));
  EXPECT_FALSE(MatchPattern("/api/v1/petitions/{id}", "/api/v1/petitions/", p));
  EXPECT_TRUE(MatchPattern("/api/v1/health", "/api/v1/health", p));
  EXPECT_TRUE(p.empty());
}

TEST(ErrorResponse, LanguageAndStatus) {
  EXPECT_EQ(PreferredLanguage(""), "zh");
  EXPECT_EQ(PreferredLanguage("en-US,en;q=0.9"), "en");
  EXPECT_EQ(PreferredLanguage("zh-CN,zh;q=0.9,en;q=0.8"), "zh");
  EXPECT_EQ(PreferredLanguage("fr, en;q=0.5, zh;q=0.4"), "en");
  core::Error e = core::InvalidArgument("idNumber", "身份证号校验位错误", "wrong check digit");
  Response r = ErrorResponse(e, "en", "rid1");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("\"field\":\"idNumber\""), std::string::npos);
  EXPECT_NE(r.body.find("wrong check digit"), std::string::npos);
  EXPECT_NE(r.body.find("\"requestId\":\"rid1\""), std::string::npos);
  EXPECT_EQ(StatusFor(core::NotFound("x", "x")), 404);
  EXPECT_EQ(StatusFor(core::PermissionDenied("x", "x")), 403);
  EXPECT_EQ(StatusFor(core::Conflict("x", "x")), 409);
  EXPECT_EQ(StatusFor(core::Unavailable("x", "x", "")), 503);
  core::Error internal = core::Internal("secret driver text");
  EXPECT_EQ(ErrorResponse(internal, "zh", "r").body.find("secret"), std::string::npos);
}

TEST(StaticFiles, ServesInsideTheRootOnly) {
  auto root = std::filesystem::temp_directory_path() / "fazhi_static_test";
  std::filesystem::remove_all(root);
  std::filesystem::create_directories(root / "assets");
  std::ofstream(root / "index.html") << "<html>index</html>";
  std::ofstream(root / "assets" / "app.js") << "console.log(1)";
  std::ofstream(root.parent_path() / "fazhi_secret.txt") << "secret";
  StaticFiles files(root);
  EXPECT_EQ(files.Serve("/", false).body, "<html>index</html>");
  EXPECT_EQ(files.Serve("/mediation/cases/12", false).body, "<html>index</html>");
  Response js = files.Serve("/assets/app.js", false);
  EXPECT_EQ(js.status, 200);
  EXPECT_EQ(js.Header("Content-Type").value(), "text/javascript; charset=utf-8");
  EXPECT_NE(js.Header("Cache-Control").value().find("immutable"), std::string::npos);
  EXPECT_EQ(files.Serve("/../fazhi_secret.txt", false).status, 404);
  EXPECT_EQ(files.Serve("/assets/../../fazhi_secret.txt", false).status, 404);
  EXPECT_EQ(files.Serve("/missing.js", false).status, 404);
  std::filesystem::create_symlink(root.parent_path() / "fazhi_secret.txt", root / "link.txt");
  EXPECT_EQ(files.Serve("/link.txt", false).status, 404);
  StaticFiles none(root / "nowhere");
  EXPECT_EQ(none.Serve("/", false).status, 503);
  std::filesystem::remove_all(root);
}

}  // namespace
}  // namespace fazhi::http
