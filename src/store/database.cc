// store/database.cc — see database.h.
#include "store/database.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <string>
#include <utility>

#include "core/clock.h"
#include "store/internal/raw.h"
#include "store/internal/session.h"
#include "store/migrations.h"

namespace fazhi::store {
namespace {

using internal::TranslateCurrentException;

constexpr std::string_view kSqlitePrefix = "sqlite:";
constexpr std::string_view kUrlHelpZh =
    "数据库地址格式不正确，应为 sqlite:文件路径、sqlite::memory: 或 "
    "postgresql://用户@主机:端口/库名";
constexpr std::string_view kUrlHelpEn =
    "Bad database URL: use sqlite:PATH, sqlite::memory: or postgresql://user@host:port/db";

core::Error BadUrl(std::string_view why_zh, std::string_view why_en) {
  return core::InvalidArgument("db", std::string(kUrlHelpZh) + std::string(why_zh),
                               std::string(kUrlHelpEn) + std::string(why_en));
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// libpq's text for a failed connection can name the password; keep only the first line.
std::string FirstLine(std::string_view text) {
  std::size_t nl = text.find('\n');
  return std::string(text.substr(0, nl));
}

// Process-wide SQLite configuration, before the library is first used: a connection is
// only ever used by one thread at a time (one Database per worker, not thread-safe), so the
// per-connection mutexes of the "serialized" mode Debian builds are not needed; and the
// memory statistics, which take a global mutex on every allocation, are turned off. Both
// calls fail harmlessly (SQLITE_MISUSE) when something initialised SQLite earlier.
void ConfigureSqliteOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    ::sqlite_api::sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    ::sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  });
}

core::Result<std::unique_ptr<Database::Impl>> ConnectSqlite(std::string_view path) {
  if (path.empty()) return core::Fail(BadUrl("（缺少文件路径）", " (missing file path)"));
  std::string file(path);
  if (file != ":memory:") {
    if (file.find('"') != std::string::npos) {
      return core::Fail(BadUrl("（路径不能包含双引号）", " (the path must not contain '\"')"));
    }
    std::filesystem::path parent = std::filesystem::path(file).parent_path();
    std::error_code ec;
    if (!parent.empty() && !std::filesystem::is_directory(parent, ec)) {
      return core::Fail(core::InvalidArgument(
          "db", "数据库文件所在目录不存在：" + parent.string() + "（请先创建该目录）",
          "The directory of the database file does not exist: " + parent.string()));
    }
    if (std::filesystem::is_directory(file, ec)) {
      return core::Fail(core::InvalidArgument("db", "数据库路径是一个目录：" + file,
                                              "The database path is a directory: " + file));
    }
  }
  ConfigureSqliteOnce();
  auto impl = std::make_unique<Database::Impl>(Backend::kSqlite);
  try {
    impl->sql.open(soci::sqlite3, "db=\"" + file + "\"");
    std::string mode;
    impl->sql << "PRAGMA journal_mode=WAL", soci::into(mode);
    impl->sql << "PRAGMA synchronous=FULL";
    impl->sql << "PRAGMA foreign_keys=ON";
    int timeout = 0;
    impl->sql << "PRAGMA busy_timeout=5000", soci::into(timeout);
    int fk = 0;
    impl->sql << "PRAGMA foreign_keys", soci::into(fk);
    if (fk != 1) {
      return core::Fail(core::Internal("SQLite built without foreign key support"));
    }
  } catch (const std::exception& e) {
    return core::Fail(core::Unavailable(
        "无法打开 SQLite 数据库文件：" + file + "（请检查文件权限、磁盘空间，或文件是否为数据库）",
        "Cannot open the SQLite database file: " + file, e.what()));
  }
  return impl;
}

std::string PercentDecode(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() + 0 && i + 2 <= text.size() - 1) {
      int value = 0;
      auto [ptr, ec] = std::from_chars(text.data() + i + 1, text.data() + i + 3, value, 16);
      if (ec == std::errc() && ptr == text.data() + i + 3) {
        out.push_back(static_cast<char>(value));
        i += 2;
        continue;
      }
    }
    out.push_back(text[i] == '+' ? ' ' : text[i]);
  }
  return out;
}

// One keyword='value' pair of a libpq conninfo string (quotes and backslashes escaped).
std::string ConninfoPair(std::string_view key, std::string_view value) {
  std::string out(key);
  out += "='";
  for (char c : value) {
    if (c == '\\' || c == '\'') out.push_back('\\');
    out.push_back(c);
  }
  out += "' ";
  return out;
}

// postgresql://[user[:password]@][host][:port][/dbname][?key=value&…] → libpq keyword/value
// conninfo. SOCI 4.0.3 mangles URI connect strings, so they are never passed to it as is.
// Limitation: SOCI splits the conninfo on spaces, so a value may not contain a space.
std::string PostgresConninfo(std::string_view rest) {
  std::string conninfo;
  std::string_view query;
  if (auto q = rest.find('?'); q != std::string_view::npos) {
    query = rest.substr(q + 1);
    rest = rest.substr(0, q);
  }
  std::string_view dbname;
  if (auto slash = rest.find('/'); slash != std::string_view::npos) {
    dbname = rest.substr(slash + 1);
    rest = rest.substr(0, slash);
  }
  if (auto at = rest.rfind('@'); at != std::string_view::npos) {
    std::string_view userinfo = rest.substr(0, at);
    rest = rest.substr(at + 1);
    auto colon = userinfo.find(':');
    conninfo += ConninfoPair("user", PercentDecode(userinfo.substr(0, colon)));
    if (colon != std::string_view::npos) {
      conninfo += ConninfoPair("password", PercentDecode(userinfo.substr(colon + 1)));
    }
  }
  std::string_view host = rest;
  if (!rest.empty() && rest.front() == '[') {  // [IPv6]:port
    auto close = rest.find(']');
    host = rest.substr(1, close == std::string_view::npos ? rest.size() - 1 : close - 1);
    rest = close == std::string_view::npos ? std::string_view() : rest.substr(close + 1);
    if (!rest.empty() && rest.front() == ':') conninfo += ConninfoPair("port", rest.substr(1));
  } else if (auto colon = rest.rfind(':'); colon != std::string_view::npos) {
    host = rest.substr(0, colon);
    conninfo += ConninfoPair("port", rest.substr(colon + 1));
  }
  if (!host.empty()) conninfo += ConninfoPair("host", PercentDecode(host));
  if (!dbname.empty()) conninfo += ConninfoPair("dbname", PercentDecode(dbname));
  while (!query.empty()) {
    auto amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    auto eq = pair.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    conninfo += ConninfoPair(PercentDecode(pair.substr(0, eq)), PercentDecode(pair.substr(eq + 1)));
  }
  return conninfo;
}

core::Result<std::unique_ptr<Database::Impl>> ConnectPostgres(std::string_view url) {
  std::string_view rest = url.substr(url.find("://") + 3);
  if (rest.empty()) return core::Fail(BadUrl("（缺少主机和库名）", " (missing host and database)"));
  auto impl = std::make_unique<Database::Impl>(Backend::kPostgresql);
  try {
    impl->sql.open(soci::postgresql, PostgresConninfo(rest));
  } catch (const std::exception& e) {
    std::string what = e.what();
    // libpq rejects a malformed option ("invalid integer value "x" for connection option
    // "port"", "invalid connection option …") before connecting: that is a bad URL.
    if (what.find("invalid") != std::string::npos &&
        (what.find("connection option") != std::string::npos ||
         what.find("URI") != std::string::npos)) {
      std::string why = what.substr(what.find('\n') == std::string::npos ? 0 : what.find('\n') + 1);
      return core::Fail(BadUrl("（" + FirstLine(why) + "）", " (" + FirstLine(why) + ")"));
    }
    return core::Fail(core::Unavailable(
        "无法连接 PostgreSQL 数据库：请确认数据库服务已启动，地址、端口、库名和账号正确",
        "Cannot connect to the PostgreSQL database: check that the server is running and the "
        "host, port, database and user are right",
        what));
  }
  try {
    impl->sql << "SET client_min_messages = warning";
    impl->sql << "SET client_encoding = 'UTF8'";
  } catch (...) {
    return core::Fail(TranslateCurrentException(Backend::kPostgresql, "configure session"));
  }
  return impl;
}

bool TableExists(Database& db, std::string_view table) {
  soci::session& sql = internal::Session(db);
  std::int64_t n = 0;
  std::string name(table);
  if (db.backend() == Backend::kSqlite) {
    sql << "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = :n", soci::use(name),
        soci::into(n);
  } else {
    sql << "SELECT COUNT(*) FROM information_schema.tables "
           "WHERE table_schema = current_schema() AND table_name = :n",
        soci::use(name), soci::into(n);
  }
  return n > 0;
}

}  // namespace

std::string_view BackendCode(Backend backend) {
  return backend == Backend::kSqlite ? "sqlite" : "postgresql";
}

namespace {
std::atomic<std::uint64_t> g_connections{0};  // Impl::instance
std::atomic<std::uint64_t> g_commits{0};      // top-level commits through InTransaction
}  // namespace

Database::Database(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {
  impl_->instance = ++g_connections;
}

core::Result<std::string> Database::ChangeToken() {
  Impl& im = *impl_;
  try {
    if (im.backend == Backend::kSqlite) {
      long long data_version = 0;
      im.sql << "PRAGMA data_version", soci::into(data_version);
      // Rows this connection changed, in transactions or not (data_version only sees others).
      const long long own = ::sqlite_api::sqlite3_total_changes64(internal::SqliteHandle(*this));
      return "s" + std::to_string(im.instance) + "." + std::to_string(data_version) + "." +
             std::to_string(own) + "." + std::to_string(g_commits.load());
    }
    // The current snapshot (xmin:xmax:in-progress xids) changes exactly when the set of
    // transactions visible to a new statement changes — a commit becoming visible, a new
    // writer taking an xid. (A WAL position would not do: the commit record is written before
    // the transaction becomes visible, and the write position lags asynchronous commits.)
    std::string snapshot;
    im.sql << "SELECT pg_current_snapshot()::text", soci::into(snapshot);
    return "p" + snapshot + "." + std::to_string(g_commits.load());
  } catch (...) {
    return core::Fail(TranslateCurrentException(im.backend, "change token"));
  }
}
Database::~Database() {
  // SQLite's advice for long-lived connections: PRAGMA optimize before closing gathers the
  // statistics the planner lacked for the queries this connection ran (the list indexes,
  // docs/performance.md). Best effort: a read-only or full disk must not stop the close.
  if (impl_ && impl_->backend == Backend::kSqlite) {
    try {
      impl_->sql << "PRAGMA optimize";
    } catch (const std::exception&) {
    }
  }
}

core::Result<std::unique_ptr<Database>> Database::Open(std::string_view url) {
  std::unique_ptr<Impl> impl;
  if (StartsWith(url, kSqlitePrefix)) {
    ASSIGN_OR_RETURN(impl, ConnectSqlite(url.substr(kSqlitePrefix.size())));
  } else if (StartsWith(url, "postgresql://") || StartsWith(url, "postgres://")) {
    ASSIGN_OR_RETURN(impl, ConnectPostgres(url));
  } else {
    return core::Fail(BadUrl("", ""));
  }
  return std::unique_ptr<Database>(new Database(std::move(impl)));
}

Backend Database::backend() const { return impl_->backend; }

std::string_view Database::BackendName() const { return BackendCode(impl_->backend); }

bool Database::InTransactionNow() const { return impl_->tx_depth > 0; }

int Database::LatestSchemaVersion() const {
  int latest = 0;
  for (const EmbeddedMigration& m : EmbeddedMigrations()) {
    if (m.backend == BackendName()) latest = std::max(latest, m.version);
  }
  return latest;
}

core::Status Database::InTransaction(const std::function<core::Status()>& fn) {
  Impl& im = *impl_;
  const int depth = im.tx_depth;
  const std::string savepoint = "fazhi_sp_" + std::to_string(depth);
  try {
    if (depth == 0) {
      // IMMEDIATE takes SQLite's write lock up front, so a read-then-write transaction never
      // fails half-way with SQLITE_BUSY when another connection writes.
      im.sql << (im.backend == Backend::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN");
    } else {
      im.sql << "SAVEPOINT " + savepoint;
    }
  } catch (...) {
    return core::Fail(TranslateCurrentException(im.backend, "begin transaction"));
  }
  im.tx_depth = depth + 1;
  core::Status status;
  try {
    status = fn();
  } catch (...) {
    status = core::Fail(TranslateCurrentException(im.backend, "transaction"));
  }
  im.tx_depth = depth;
  if (status) {
    try {
      im.sql << (depth == 0 ? std::string("COMMIT") : "RELEASE SAVEPOINT " + savepoint);
      if (depth == 0) ++g_commits;
      return core::Ok();
    } catch (...) {
      if (depth == 0) ++g_commits;  // the outcome is unknown: let caches start again
      status = core::Fail(TranslateCurrentException(im.backend, "commit"));
    }
  }
  try {
    if (depth == 0) {
      im.sql << "ROLLBACK";
    } else {
      im.sql << "ROLLBACK TO SAVEPOINT " + savepoint;
      im.sql << "RELEASE SAVEPOINT " + savepoint;
    }
  } catch (...) {
    // The original error matters more; a failed rollback means the connection is gone and
    // the server discards the transaction itself.
  }
  return status;
}

core::Result<int> Database::SchemaVersion() {
  return internal::Guarded(*this, "schema version", [&]() -> core::Result<int> {
    if (!TableExists(*this, "schema_migrations")) return 0;
    std::int64_t version = 0;
    impl_->sql << "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", soci::into(version);
    return static_cast<int>(version);
  });
}

core::Status Database::Migrate() {
  return internal::Guarded(*this, "migrate", [&]() -> core::Status {
    soci::session& sql = impl_->sql;
    sql << "CREATE TABLE IF NOT EXISTS schema_migrations ("
           "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
    ASSIGN_OR_RETURN(int current, SchemaVersion());
    const int latest = LatestSchemaVersion();
    if (current > latest) {
      return core::Fail(core::FailedPrecondition(
          "数据库结构版本（" + std::to_string(current) + "）高于本程序支持的版本（" +
              std::to_string(latest) + "），请升级程序",
          "The database schema version (" + std::to_string(current) +
              ") is newer than this program supports (" + std::to_string(latest) +
              "); upgrade the program"));
    }
    core::SystemClock clock;
    for (const EmbeddedMigration& m : EmbeddedMigrations()) {
      if (m.backend != BackendName()) continue;
      auto apply = [&]() -> core::Status {
        if (impl_->backend == Backend::kPostgresql) {
          // Two processes migrating one database wait for each other.
          sql << "SELECT pg_advisory_xact_lock(7310001)";
        }
        std::int64_t applied = 0;
        int version = m.version;
        sql << "SELECT COUNT(*) FROM schema_migrations WHERE version = :v", soci::use(version),
            soci::into(applied);
        if (applied > 0) return core::Ok();
        RETURN_IF_ERROR(internal::ExecScript(*this, m.sql, "migration " + std::string(m.name)));
        std::string name(m.name);
        std::string at = clock.NowUtc();
        sql << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :a)",
            soci::use(version), soci::use(name), soci::use(at);
        return core::Ok();
      };
      RETURN_IF_ERROR(InTransaction(apply));
    }
    return core::Ok();
  });
}

}  // namespace fazhi::store
