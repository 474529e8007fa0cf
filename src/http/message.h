// http/message.h — the plain HTTP request and response the handlers see. RESTinio stays in
// http/server.cc; everything else (pipeline, routes, handlers, tests) uses these types.
//
// Contract: header names are stored lower-case; the path is percent-decoded, without the
// query; query parameters are percent-decoded ('+' is a space) in their order. Lookups return
// the first match. Plain values; thread-safe as values.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace fazhi::http {

using NameValues = std::vector<std::pair<std::string, std::string>>;

struct Request {
  std::string method;  // "GET", "POST", …
  std::string path;    // "/api/v1/petitions/12"
  NameValues query;
  NameValues headers;  // lower-case names
  std::string body;
  std::string remote_ip;

  std::optional<std::string_view> Header(std::string_view lower_name) const;
  std::optional<std::string_view> Query(std::string_view name) const;
  // The value of cookie `name` from the Cookie header, if any.
  std::optional<std::string> Cookie(std::string_view name) const;
};

struct Response {
  int status = 200;
  NameValues headers;
  std::string body;
  // Set instead of `body` by the response cache (http/response_cache.h): the one copy of the
  // bytes every answer served from it shares, so many connections sending the same large
  // answer do not each hold their own.
  std::shared_ptr<const std::string> shared_body;
  std::string_view Body() const { return shared_body ? std::string_view(*shared_body) : body; }

  static Response Json(int status, const nlohmann::json& body);
  static Response NoContent();  // 204
  // A file download: Content-Disposition attachment with an RFC 5987 UTF-8 file name.
  static Response Download(std::string content_type, std::string_view file_name,
                           std::string bytes);
  void SetHeader(std::string name, std::string value);
  std::optional<std::string_view> Header(std::string_view name) const;  // case-insensitive
};

// Percent-decoding of a path or query component; nullopt on a malformed escape.
std::optional<std::string> PercentDecode(std::string_view s, bool plus_is_space);
// Splits "a=1&b=%E4%B8%AD" into decoded pairs; malformed escapes are kept literally.
NameValues ParseQuery(std::string_view query);
// Percent-encodes for an RFC 5987 filename*= value.
std::string PercentEncode(std::string_view s);

}  // namespace fazhi::http
