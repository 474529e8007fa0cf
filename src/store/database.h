// store/database.h — one connection to Fazhi's database, SQLite or PostgreSQL, chosen by URL.
//
// Contract:
//  * Open(url) accepts "sqlite:PATH", "sqlite::memory:", and "postgresql://user@host:port/db"
//    (also "postgres://…", with any libpq URI parameters). A malformed URL, or a SQLite path
//    whose directory does not exist, is kInvalidArgument with field "db"; a server that cannot
//    be reached (or a file that cannot be opened) is kUnavailable with a Chinese message.
//  * SQLite connections run with journal_mode=WAL, synchronous=FULL, foreign_keys=ON and
//    busy_timeout=5000 ms, so no acknowledged write is lost.
//  * Migrate() applies the pending embedded migrations of this backend (store/migrations.h),
//    each in its own transaction, recording version, name and time in schema_migrations;
//    running it again does nothing. SchemaVersion() is the highest applied version (0 when
//    none).
//  * InTransaction(fn) runs fn inside a transaction: commit when fn returns ok, roll back
//    when it returns an error or throws (the exception becomes an Error). Calls nest: an
//    inner call is a savepoint, so an inner failure undoes only the inner work. No partial
//    record is ever left behind by a failed fn.
//  * Every driver exception is converted to core::Error at the store boundary: a unique key
//    taken is kConflict naming the field, a foreign key / CHECK / NOT NULL violation is
//    kInvalidArgument, a lost connection or a busy database is kUnavailable, anything else
//    kInternal with the driver text in `detail`.
//  * Repositories (store/*_repository.h) and BulkWriter borrow the Database; it must outlive
//    them. The SOCI session is reachable only through store/internal/session.h: no SOCI type
//    appears in a public store header.
// Thread-safety: a Database is one connection and is NOT thread-safe; use one per thread
// (SQLite WAL and PostgreSQL both allow many connections).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"

namespace fazhi::store {

enum class Backend { kSqlite, kPostgresql };

// "sqlite" | "postgresql" (the directory names under migrations/).
std::string_view BackendCode(Backend backend);

class Database {
 public:
  struct Impl;  // store-private (store/internal/session.h)

  static core::Result<std::unique_ptr<Database>> Open(std::string_view url);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Backend backend() const;
  std::string_view BackendName() const;  // "sqlite" | "postgresql"

  core::Status Migrate();
  core::Result<int> SchemaVersion();
  // The highest migration version embedded in this binary for this backend.
  int LatestSchemaVersion() const;

  // A token that changes whenever rows this connection reads may have changed, for caches of
  // read results (http/response_cache.h). Equal tokens from this Database ⇒ the same reads
  // give the same rows. SQLite: the connection's identity, its PRAGMA data_version (moves
  // when another connection or process commits), the rows this connection changed
  // (sqlite3_total_changes64, autocommit writes included) and the process-wide count of
  // transactions committed through Database::InTransaction; PostgreSQL:
  // pg_current_snapshot() (it moves when a commit becomes visible or a writer starts; other
  // moves only cost a cache miss). Errors like any store error.
  core::Result<std::string> ChangeToken();

  core::Status InTransaction(const std::function<core::Status()>& fn);
  bool InTransactionNow() const;  // true inside InTransaction's fn

  // Store-private access to the connection; the type is opaque outside src/store.
  Impl& impl() { return *impl_; }

 private:
  explicit Database(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace fazhi::store
