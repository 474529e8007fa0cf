// http/response_cache.h — answers repeated reads without running them again: the 200
// responses of the routes marked `cacheable` (ledger lists, indicators, alerts, dashboard),
// kept per worker thread and valid only while the database's change token is unchanged
// (store::Database::ChangeToken: any commit, by this process or another, moves it).
//
// Contract:
//  * Key: method, path and query exactly as sent, the caller's scope (kind and region), role,
//    whether personal data is shown unmasked, the language and today's date (answers that
//    depend on "today" — standings, alerts — change at midnight). Two callers with the same
//    key get byte-identical answers from the handler, so one may be served the other's.
//  * A token different from the one the entries were made under drops every entry first.
//  * Bounded: at most kMaxEntries entries and kMaxBytes of bodies per worker; a body larger
//    than kMaxBodyBytes is never kept. When full, everything is dropped (the next reads
//    warm it again).
//  * Bodies are shared, never copied: a hit is the headers and a shared_ptr to the bytes.
// One cache per thread (ThreadResponseCache); not shared, so no locks.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>

#include "http/message.h"

namespace fazhi::http {

class ResponseCache {
 public:
  static constexpr std::size_t kMaxEntries = 256;
  static constexpr std::size_t kMaxBytes = 16u << 20;
  static constexpr std::size_t kMaxBodyBytes = 2u << 20;

  // The response stored under `key` with this `token`, if any.
  std::optional<Response> Get(const std::string& token, const std::string& key);
  // Keeps `response` (a 200 within the bounds) under `key`, made while the token was `token`,
  // and returns it to be sent: with its body moved into `shared_body` when kept (the entry
  // and every later hit share those bytes), unchanged otherwise.
  Response Put(const std::string& token, const std::string& key, Response response);
  std::size_t size() const { return entries_.size(); }

 private:
  void Reset(const std::string& token);

  std::string token_;
  std::unordered_map<std::string, Response> entries_;
  std::size_t bytes_ = 0;
};

// This thread's cache.
ResponseCache& ThreadResponseCache();

}  // namespace fazhi::http
