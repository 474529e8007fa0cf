// core/error.h — the one error type of Fazhi.
//
// Contract: an Error carries a closed ErrorCode, a client-safe message in Chinese and in
// English (both name the field when there is one), an optional field name, and a log-only
// detail that must never reach a user. Errors are values; exceptions stop at layer
// boundaries (store converts driver exceptions, the CLI/HTTP edge converts anything left).
// Thread-safety: plain value type.
#pragma once

#include <string>
#include <string_view>

namespace fazhi::core {

enum class ErrorCode {
  kInvalidArgument,     // bad input: a field failed validation
  kNotFound,            // the record does not exist or is outside the caller's scope
  kConflict,            // unique key taken, concurrent change
  kPermissionDenied,    // authenticated but not allowed
  kUnauthenticated,     // no valid session
  kFailedPrecondition,  // the record is in a state that forbids the action (a rule)
  kUnavailable,         // database down or busy; retry may succeed
  kInternal,            // a bug or an unexpected driver failure
};

// "INVALID_ARGUMENT", "NOT_FOUND", … (stable, used by the CLI --json and the API).
std::string_view ErrorCodeName(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;     // zh-CN, for the user, names the field: "身份证号校验位错误"
  std::string message_en;  // en-US, same meaning
  std::string field;       // the input field at fault, e.g. "idNumber"; empty if none
  std::string detail;      // for logs only (driver text, SQL state); never shown to users

  // The message in the requested language ("en…" gives English, anything else Chinese).
  const std::string& MessageFor(std::string_view lang) const;
};

Error InvalidArgument(std::string field, std::string message_zh, std::string message_en);
Error NotFound(std::string message_zh, std::string message_en);
Error Conflict(std::string message_zh, std::string message_en, std::string field = {});
Error FailedPrecondition(std::string message_zh, std::string message_en);
Error PermissionDenied(std::string message_zh, std::string message_en);
Error Unavailable(std::string message_zh, std::string message_en, std::string detail);
Error Internal(std::string detail);

}  // namespace fazhi::core
