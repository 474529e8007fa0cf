// http/error_response.h — core::Error → HTTP status and the error body every route uses:
// {"code","message","field","requestId"} (PRODUCT.md §3.3), in the language the client asks
// for.
//
// Contract: PreferredLanguage reads Accept-Language with q-values and answers "en" when
// English is preferred over Chinese, else "zh" (the default). StatusFor maps every ErrorCode
// (docs/server.md "Errors"). The body never carries Error::detail (logs only).
#pragma once

#include <string>
#include <string_view>

#include "core/error.h"
#include "http/message.h"

namespace fazhi::http {

std::string PreferredLanguage(std::string_view accept_language);
int StatusFor(const core::Error& error);
Response ErrorResponse(const core::Error& error, std::string_view lang,
                       std::string_view request_id);
// An error with an explicit status (413, 415, 405, 423 …) and code name.
Response ErrorResponse(int status, std::string_view code, std::string_view message,
                       std::string_view field, std::string_view request_id);

}  // namespace fazhi::http
