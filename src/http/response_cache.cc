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

void ResponseCache::Put(const std::string& token, const std::string& key, const Response& response) {
  if (response.status != 200 || response.body.size() > kMaxBodyBytes) return;
  if (token != token_) Reset(token);
  if (entries_.size() >= kMaxEntries || bytes_ + response.body.size() > kMaxBytes) Reset(token);
  auto [it, added] = entries_.insert_or_assign(key, response);
  if (added) bytes_ += it->second.body.size();
}

ResponseCache& ThreadResponseCache() {
  thread_local ResponseCache cache;
  return cache;
}

}  // namespace fazhi::http
