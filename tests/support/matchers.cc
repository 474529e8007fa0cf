// tests/support/matchers.cc — see matchers.h.
#include "support/matchers.h"

namespace fazhi::testing {

std::string DescribeError(const core::Error& e) {
  return std::string(core::ErrorCodeName(e.code)) + " field=" + e.field + " message=" +
         e.message + " / " + e.message_en + (e.detail.empty() ? "" : " detail=" + e.detail);
}

}  // namespace fazhi::testing
