// core/result.h — Result<T> = tl::expected<T, Error>, and the macros that keep call sites flat.
//
//   Result<Date> d = ParseDate(text, "acceptedOn");
//   RETURN_IF_ERROR(ValidateIdCard(id));          // propagates the Error of a Result/Status
//   ASSIGN_OR_RETURN(auto due, ComputeDeadline(…)); // declares `due` or returns the Error
#pragma once

#include <tl/expected.hpp>

#include "core/error.h"

namespace fazhi::core {

template <class T>
using Result = tl::expected<T, Error>;
using Status = tl::expected<void, Error>;

inline Status Ok() { return {}; }
inline tl::unexpected<Error> Fail(Error e) { return tl::unexpected<Error>(std::move(e)); }

}  // namespace fazhi::core

#define FAZHI_CONCAT_INNER(a, b) a##b
#define FAZHI_CONCAT(a, b) FAZHI_CONCAT_INNER(a, b)

#define FAZHI_RETURN_IF_ERROR_IMPL(tmp, expr)                      \
  do {                                                             \
    auto&& tmp = (expr);                                           \
    if (!tmp) return ::tl::unexpected(std::move(tmp).error());     \
  } while (0)

// The temporary's name is unique per expansion, so nesting (a lambda inside
// InTransaction(…)) does not shadow.
#define RETURN_IF_ERROR(expr) FAZHI_RETURN_IF_ERROR_IMPL(FAZHI_CONCAT(fazhi_status_, __COUNTER__), expr)

#define FAZHI_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr)        \
  auto tmp = (expr);                                       \
  if (!tmp) return ::tl::unexpected(std::move(tmp).error()); \
  lhs = std::move(*tmp)

#define ASSIGN_OR_RETURN(lhs, expr) \
  FAZHI_ASSIGN_OR_RETURN_IMPL(FAZHI_CONCAT(fazhi_result_, __COUNTER__), lhs, expr)
