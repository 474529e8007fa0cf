// Tests of http/response_cache.h.
#include "http/response_cache.h"

#include <gtest/gtest.h>

#include <string>

namespace fazhi::http {
namespace {

Response Ok(std::string body) {
  Response r;
  r.status = 200;
  r.body = std::move(body);
  r.headers.push_back({"Content-Type", "application/json"});
  return r;
}

TEST(ResponseCache, HitsOnlyUnderTheSameTokenAndKey) {
  ResponseCache cache;
  EXPECT_FALSE(cache.Get("t1", "GET /a").has_value());
  cache.Put("t1", "GET /a", Ok("{\"items\":[]}"));
  auto hit = cache.Get("t1", "GET /a");
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->Body(), "{\"items\":[]}");
  // The hit shares the stored bytes instead of copying them.
  auto again = cache.Get("t1", "GET /a");
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again->shared_body.get(), hit->shared_body.get());
  EXPECT_EQ(hit->headers.size(), 1u);
  EXPECT_FALSE(cache.Get("t1", "GET /b").has_value());
  // The database changed: every entry is gone, also when the old token comes back.
  EXPECT_FALSE(cache.Get("t2", "GET /a").has_value());
  EXPECT_EQ(cache.size(), 0u);
  EXPECT_FALSE(cache.Get("t1", "GET /a").has_value());
}

TEST(ResponseCache, PutReturnsTheAnswerToSendWithItsBodyShared) {
  ResponseCache cache;
  Response sent = cache.Put("t", "GET /a", Ok("abc"));
  EXPECT_EQ(sent.Body(), "abc");
  ASSERT_NE(sent.shared_body, nullptr);
  Response error = Ok("{}");
  error.status = 404;
  Response not_kept = cache.Put("t", "GET /b", error);
  EXPECT_EQ(not_kept.shared_body, nullptr);
  EXPECT_EQ(not_kept.Body(), "{}");
}

TEST(ResponseCache, KeepsOnlySuccessfulBoundedAnswers) {
  ResponseCache cache;
  Response error = Ok("{}");
  error.status = 400;
  cache.Put("t", "bad", error);
  EXPECT_FALSE(cache.Get("t", "bad").has_value());
  cache.Put("t", "huge", Ok(std::string(ResponseCache::kMaxBodyBytes + 1, 'x')));
  EXPECT_FALSE(cache.Get("t", "huge").has_value());
  for (std::size_t i = 0; i < ResponseCache::kMaxEntries; ++i) {
    cache.Put("t", "k" + std::to_string(i), Ok("1"));
  }
  EXPECT_EQ(cache.size(), ResponseCache::kMaxEntries);
  cache.Put("t", "one more", Ok("1"));  // full: starts again
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_TRUE(cache.Get("t", "one more").has_value());
}

}  // namespace
}  // namespace fazhi::http
