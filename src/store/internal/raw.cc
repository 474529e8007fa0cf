// store/internal/raw.cc — native handles (see raw.h).
#include "store/internal/raw.h"

#include <string>

namespace fazhi::store::internal {

Sqlite3* SqliteHandle(Database& db) {
  return static_cast<soci::sqlite3_session_backend*>(Session(db).get_backend())->conn_;
}

PGconn* PgHandle(Database& db) {
  return static_cast<soci::postgresql_session_backend*>(Session(db).get_backend())->conn_;
}

core::Error SqliteError(Database& db, std::string_view operation) {
  const char* message = ::sqlite_api::sqlite3_errmsg(SqliteHandle(db));
  return TranslateDriverError(Backend::kSqlite, "", message ? message : "unknown", operation);
}

core::Error PgResultError(const PGresult* result, std::string_view operation) {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const char* message = result ? PQresultErrorMessage(result) : "no result";
  return TranslateDriverError(Backend::kPostgresql, state ? state : "",
                              message ? message : "unknown", operation);
}

core::Status ExecScript(Database& db, std::string_view sql, std::string_view operation) {
  std::string text(sql);
  if (db.backend() == Backend::kSqlite) {
    char* error = nullptr;
    int rc = ::sqlite_api::sqlite3_exec(SqliteHandle(db), text.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
      std::string message = error ? error : "sqlite3_exec failed";
      ::sqlite_api::sqlite3_free(error);
      return core::Fail(TranslateDriverError(Backend::kSqlite, "", message, operation));
    }
    return core::Ok();
  }
  PGresult* result = PQexec(PgHandle(db), text.c_str());
  ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    core::Error e = PgResultError(result, operation);
    PQclear(result);
    return core::Fail(std::move(e));
  }
  PQclear(result);
  return core::Ok();
}

}  // namespace fazhi::store::internal
