// cli/cli_context.cc — see cli_context.h.
#include "cli/cli_context.h"

#include <ostream>

namespace fazhi::cli {

void CliContext::Fail(const core::Error& error, bool usage) {
  exit_code = usage ? kExitUsage : kExitFinding;
  const std::string& message = error.MessageFor(lang);
  if (json) {
    nlohmann::json doc = {{"error",
                           {{"code", std::string(core::ErrorCodeName(error.code))},
                            {"message", message},
                            {"field", error.field}}}};
    *out << doc.dump(2) << "\n";
    return;
  }
  if (English()) {
    *err << "error: " << message;
    if (!error.field.empty()) *err << " (field: " << error.field << ")";
  } else {
    *err << "错误：" << message;
    if (!error.field.empty()) *err << "（字段：" << error.field << "）";
  }
  *err << "\n";
  if (!error.detail.empty() &&
      (error.code == core::ErrorCode::kInternal || error.code == core::ErrorCode::kUnavailable)) {
    *err << "detail: " << error.detail << "\n";
  }
}

void CliContext::PrintJson(const nlohmann::json& doc) const { *out << doc.dump(2) << "\n"; }

}  // namespace fazhi::cli
