// store/internal/raw.h — store-private access to the native handles behind the SOCI session
// (sqlite3*, PGconn*), for what SOCI cannot do well: multi-statement migration scripts,
// prepared SQLite inserts re-executed at full speed, and PostgreSQL COPY.
//
// Contract: the handles belong to the session; never close them. Functions return a
// core::Error built by TranslateDriverError on failure. Not thread-safe.
#pragma once

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <string_view>

#include "core/result.h"
#include "store/internal/session.h"

namespace fazhi::store::internal {

using Sqlite3 = ::sqlite_api::sqlite3;
using Sqlite3Stmt = ::sqlite_api::sqlite3_stmt;

Sqlite3* SqliteHandle(Database& db);  // REQUIRES: db.backend() == kSqlite
PGconn* PgHandle(Database& db);       // REQUIRES: db.backend() == kPostgresql

// Runs a script of several SQL statements (a migration file).
core::Status ExecScript(Database& db, std::string_view sql, std::string_view operation);

// The Error for the last failure on the SQLite handle / of a PostgreSQL result.
core::Error SqliteError(Database& db, std::string_view operation);
core::Error PgResultError(const PGresult* result, std::string_view operation);

}  // namespace fazhi::store::internal
