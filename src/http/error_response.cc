// http/error_response.cc — see error_response.h.
#include "http/error_response.h"

#include <cstdlib>
#include <nlohmann/json.hpp>

namespace fazhi::http {

std::string PreferredLanguage(std::string_view accept_language) {
  double best_q = -1;
  std::string best = "zh";
  std::string_view rest = accept_language;
  while (!rest.empty()) {
    std::size_t comma = rest.find(',');
    std::string_view item = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    std::string_view tag = item.substr(0, item.find(';'));
    while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
    double q = 1.0;
    if (std::size_t qpos = item.find("q="); qpos != std::string_view::npos) {
      q = std::strtod(std::string(item.substr(qpos + 2)).c_str(), nullptr);
    }
    std::string lang;
    if (tag.size() >= 2 && (tag[0] == 'e' || tag[0] == 'E') && (tag[1] == 'n' || tag[1] == 'N')) {
      lang = "en";
    } else if (tag.size() >= 2 && (tag[0] == 'z' || tag[0] == 'Z') &&
               (tag[1] == 'h' || tag[1] == 'H')) {
      lang = "zh";
    } else {
      continue;
    }
    if (q > best_q) {
      best_q = q;
      best = lang;
    }
  }
  return best;
}

int StatusFor(const core::Error& error) {
  switch (error.code) {
    case core::ErrorCode::kInvalidArgument: return 400;
    case core::ErrorCode::kNotFound: return 404;
    case core::ErrorCode::kConflict: return 409;
    case core::ErrorCode::kPermissionDenied: return 403;
    case core::ErrorCode::kUnauthenticated: return 401;
    case core::ErrorCode::kFailedPrecondition: return 412;
    case core::ErrorCode::kUnavailable: return 503;
    case core::ErrorCode::kInternal: return 500;
  }
  return 500;
}

Response ErrorResponse(const core::Error& error, std::string_view lang,
                       std::string_view request_id) {
  return ErrorResponse(StatusFor(error), core::ErrorCodeName(error.code), error.MessageFor(lang),
                       error.field, request_id);
}

Response ErrorResponse(int status, std::string_view code, std::string_view message,
                       std::string_view field, std::string_view request_id) {
  nlohmann::json body = {{"code", code},
                         {"message", message},
                         {"field", field},
                         {"requestId", request_id}};
  Response r = Response::Json(status, body);
  if (status == 503) r.SetHeader("Retry-After", "5");
  return r;
}

}  // namespace fazhi::http
