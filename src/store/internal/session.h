// store/internal/session.h — store-private: the SOCI session behind a Database, and the
// conversion of driver failures into core::Error.
//
// Contract: only files under src/store include this. Guarded(op, fn) runs fn and turns any
// exception it throws into a core::Error (TranslateCurrentException), so no SOCI or driver
// exception ever leaves the store. Not thread-safe (one session).
#pragma once

#include <cstdint>

#include <exception>
#include <string>
#include <string_view>
#include <type_traits>

#include "core/result.h"
#include "store/database.h"
#include "store/internal/soci.h"

namespace fazhi::store {

struct Database::Impl {
  explicit Impl(Backend b) : backend(b) {}
  Backend backend;
  soci::session sql;
  int tx_depth = 0;  // 0 = autocommit; 1 = top transaction; >1 = savepoints
  std::uint64_t instance = 0;  // unique per opened connection in this process (ChangeToken)
};

namespace internal {

inline soci::session& Session(Database& db) { return db.impl().sql; }

// Converts a driver failure to an Error. `sqlstate` is PostgreSQL's SQLSTATE (empty for
// SQLite); `message` the driver text. The message names the field when the failure names a
// constraint or a column of Fazhi's schema (constraints are named ck_/uq_/fk_<table>_<column>).
core::Error TranslateDriverError(Backend backend, std::string_view sqlstate,
                                 std::string_view message, std::string_view operation);

// Call inside a catch block: converts the exception in flight.
core::Error TranslateCurrentException(Backend backend, std::string_view operation);

// "case_no" → "caseNo".
std::string CamelCase(std::string_view snake);

// Runs fn (returning Result<T> or Status); an exception becomes the returned Error.
template <class F>
auto Guarded(Database& db, std::string_view operation, F&& fn) -> std::invoke_result_t<F> {
  try {
    return fn();
  } catch (...) {
    return core::Fail(TranslateCurrentException(db.backend(), operation));
  }
}

}  // namespace internal
}  // namespace fazhi::store
