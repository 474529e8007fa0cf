// tests/support/matchers.h — GMock matchers for Result/Status:
//   EXPECT_THAT(ParseDate("x"), HasError(core::ErrorCode::kInvalidArgument));
//   EXPECT_THAT(ValidateUscc(code), IsOk());
//   EXPECT_THAT(result, HasErrorField("idNumber"));
#pragma once

#include <gmock/gmock.h>

#include <string>

#include "core/result.h"

namespace fazhi::testing {

std::string DescribeError(const core::Error& e);

MATCHER(IsOk, "is OK") {
  if (arg.has_value()) return true;
  *result_listener << "error: " << DescribeError(arg.error());
  return false;
}

MATCHER_P(HasError, code, "fails with the given ErrorCode") {
  if (arg.has_value()) {
    *result_listener << "is OK";
    return false;
  }
  *result_listener << "error: " << DescribeError(arg.error());
  return arg.error().code == code;
}

MATCHER_P(HasErrorField, field, "fails naming the given field") {
  if (arg.has_value()) {
    *result_listener << "is OK";
    return false;
  }
  *result_listener << "error: " << DescribeError(arg.error());
  return arg.error().field == std::string(field);
}

}  // namespace fazhi::testing
