// core/error.cc — see error.h.
#include "core/error.h"

#include <utility>

namespace fazhi::core {

std::string_view ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument: return "INVALID_ARGUMENT";
    case ErrorCode::kNotFound: return "NOT_FOUND";
    case ErrorCode::kConflict: return "CONFLICT";
    case ErrorCode::kPermissionDenied: return "PERMISSION_DENIED";
    case ErrorCode::kUnauthenticated: return "UNAUTHENTICATED";
    case ErrorCode::kFailedPrecondition: return "FAILED_PRECONDITION";
    case ErrorCode::kUnavailable: return "UNAVAILABLE";
    case ErrorCode::kInternal: return "INTERNAL";
  }
  return "INTERNAL";
}

const std::string& Error::MessageFor(std::string_view lang) const {
  if (lang.substr(0, 2) == "en" && !message_en.empty()) return message_en;
  return message;
}

Error InvalidArgument(std::string field, std::string message_zh, std::string message_en) {
  return Error{ErrorCode::kInvalidArgument, std::move(message_zh), std::move(message_en),
               std::move(field), {}};
}
Error NotFound(std::string message_zh, std::string message_en) {
  return Error{ErrorCode::kNotFound, std::move(message_zh), std::move(message_en), {}, {}};
}
Error Conflict(std::string message_zh, std::string message_en, std::string field) {
  return Error{ErrorCode::kConflict, std::move(message_zh), std::move(message_en),
               std::move(field), {}};
}
Error FailedPrecondition(std::string message_zh, std::string message_en) {
  return Error{ErrorCode::kFailedPrecondition, std::move(message_zh), std::move(message_en),
               {}, {}};
}
Error PermissionDenied(std::string message_zh, std::string message_en) {
  return Error{ErrorCode::kPermissionDenied, std::move(message_zh), std::move(message_en),
               {}, {}};
}
Error Unavailable(std::string message_zh, std::string message_en, std::string detail) {
  return Error{ErrorCode::kUnavailable, std::move(message_zh), std::move(message_en), {},
               std::move(detail)};
}
Error Internal(std::string detail) {
  return Error{ErrorCode::kInternal, "系统内部错误，请联系管理员", "Internal error; contact the administrator",
               {}, std::move(detail)};
}

}  // namespace fazhi::core
