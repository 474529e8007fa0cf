// http/response_cache.cc — see response_cache.h.
#include "http/response_cache.h"

namespace fazhi::http {

void ResponseCache::Reset(const std::string& token) {
  entries_.clear();
  bytes_ = 0;
  token_ = token;
}

std::optional<Response> ResponseCache::Get(const std::string& token, const std::string& key) {
  if (token != token_) {
    Reset(token);
    return std::nullopt;
  }
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  return it->second;
}

Response ResponseCache::Put(const std::string& token, const std::string& key, Response response) {
  const std::size_t size = response.Body().size();
  if (response.status != 200 || size > kMaxBodyBytes) return response;
  if (token != token_) Reset(token);
  if (entries_.size() >= kMaxEntries || bytes_ + size > kMaxBytes) Reset(token);
  if (!response.shared_body) {
    response.shared_body = std::make_shared<const std::string>(std::move(response.body));
    response.body.clear();
  }
  auto [it, added] = entries_.insert_or_assign(key, response);
  if (added) bytes_ += size;
  return response;
}

ResponseCache& ThreadResponseCache() {
  thread_local ResponseCache cache;
  return cache;
}

}  // namespace fazhi::http
