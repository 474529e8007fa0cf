// store/evidence_repository.cc — see evidence_repository.h.
#include "store/evidence_repository.h"

#include <string>
#include <vector>

#include "core/crypto.h"
#include "store/internal/raw.h"
#include "store/internal/repo_util.h"
#include "store/internal/scope_sql.h"

namespace fazhi::store {
namespace {

constexpr const char* kInsert =
    "INSERT INTO evidence_file (township_id, sha256, media_type, size_bytes, content, uploaded_at, "
    "uploaded_by) VALUES ({1}, {2}, {3}, {4}, {5}, {6}, {7}) ON CONFLICT (township_id, sha256) DO NOTHING";
constexpr const char* kSelect = "SELECT content FROM evidence_file WHERE township_id = {1} AND sha256 = {2}";

// The statement with "?" (SQLite) or "$n" (PostgreSQL) placeholders.
std::string WithPlaceholders(std::string sql, Backend backend) {
  for (int i = 1; i <= 7; ++i) {
    const std::string token = "{" + std::to_string(i) + "}";
    const auto at = sql.find(token);
    if (at == std::string::npos) continue;
    sql.replace(at, token.size(), backend == Backend::kSqlite ? "?" : "$" + std::to_string(i));
  }
  return sql;
}

core::Status SqliteInsert(Database& db, std::int64_t township, const std::string& sha, const std::string& type,
                          std::string_view bytes, const std::string& at, const std::string& by) {
  using namespace ::sqlite_api;  // NOLINT(google-build-using-namespace): the C API
  sqlite3_stmt* stmt = nullptr;
  const std::string sql = WithPlaceholders(kInsert, Backend::kSqlite);
  if (sqlite3_prepare_v2(internal::SqliteHandle(db), sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    return core::Fail(internal::SqliteError(db, "store evidence file"));
  }
  sqlite3_bind_int64(stmt, 1, township);
  sqlite3_bind_text(stmt, 2, sha.data(), static_cast<int>(sha.size()), SQLITE_TRANSIENT);
  sqlite3_bind_text(stmt, 3, type.data(), static_cast<int>(type.size()), SQLITE_TRANSIENT);
  sqlite3_bind_int64(stmt, 4, static_cast<sqlite3_int64>(bytes.size()));
  sqlite3_bind_blob64(stmt, 5, bytes.data(), bytes.size(), SQLITE_STATIC);
  sqlite3_bind_text(stmt, 6, at.data(), static_cast<int>(at.size()), SQLITE_TRANSIENT);
  sqlite3_bind_text(stmt, 7, by.data(), static_cast<int>(by.size()), SQLITE_TRANSIENT);
  const int rc = sqlite3_step(stmt);
  core::Status st = rc == SQLITE_DONE ? core::Ok() : core::Fail(internal::SqliteError(db, "store evidence file"));
  sqlite3_finalize(stmt);
  return st;
}

core::Result<std::optional<std::string>> SqliteSelect(Database& db, std::int64_t township, const std::string& sha) {
  using namespace ::sqlite_api;  // NOLINT(google-build-using-namespace): the C API
  sqlite3_stmt* stmt = nullptr;
  const std::string sql = WithPlaceholders(kSelect, Backend::kSqlite);
  if (sqlite3_prepare_v2(internal::SqliteHandle(db), sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    return core::Fail(internal::SqliteError(db, "read evidence file"));
  }
  sqlite3_bind_int64(stmt, 1, township);
  sqlite3_bind_text(stmt, 2, sha.data(), static_cast<int>(sha.size()), SQLITE_TRANSIENT);
  const int rc = sqlite3_step(stmt);
  std::optional<std::string> out;
  if (rc == SQLITE_ROW) {
    const void* blob = sqlite3_column_blob(stmt, 0);
    const int size = sqlite3_column_bytes(stmt, 0);
    out = std::string(static_cast<const char*>(blob), static_cast<std::size_t>(size));
  } else if (rc != SQLITE_DONE) {
    core::Error e = internal::SqliteError(db, "read evidence file");
    sqlite3_finalize(stmt);
    return core::Fail(std::move(e));
  }
  sqlite3_finalize(stmt);
  return out;
}

core::Status PgInsert(Database& db, std::int64_t township, const std::string& sha, const std::string& type,
                      std::string_view bytes, const std::string& at, const std::string& by) {
  const std::string sql = WithPlaceholders(kInsert, Backend::kPostgresql);
  const std::string township_text = std::to_string(township);
  const std::string size_text = std::to_string(bytes.size());
  const char* values[7] = {township_text.c_str(), sha.c_str(), type.c_str(), size_text.c_str(), bytes.data(),
                           at.c_str(), by.c_str()};
  const int lengths[7] = {0, 0, 0, 0, static_cast<int>(bytes.size()), 0, 0};
  const int formats[7] = {0, 0, 0, 0, 1, 0, 0};  // the content is binary
  PGresult* result =
      PQexecParams(internal::PgHandle(db), sql.c_str(), 7, nullptr, values, lengths, formats, 0);
  const bool ok = result != nullptr && PQresultStatus(result) == PGRES_COMMAND_OK;
  core::Status st = ok ? core::Ok() : core::Fail(internal::PgResultError(result, "store evidence file"));
  PQclear(result);
  return st;
}

core::Result<std::optional<std::string>> PgSelect(Database& db, std::int64_t township, const std::string& sha) {
  const std::string sql = WithPlaceholders(kSelect, Backend::kPostgresql);
  const std::string township_text = std::to_string(township);
  const char* values[2] = {township_text.c_str(), sha.c_str()};
  PGresult* result =
      PQexecParams(internal::PgHandle(db), sql.c_str(), 2, nullptr, values, nullptr, nullptr, /*binary=*/1);
  if (result == nullptr || PQresultStatus(result) != PGRES_TUPLES_OK) {
    core::Error e = internal::PgResultError(result, "read evidence file");
    PQclear(result);
    return core::Fail(std::move(e));
  }
  std::optional<std::string> out;
  if (PQntuples(result) > 0) {
    out = std::string(PQgetvalue(result, 0, 0), static_cast<std::size_t>(PQgetlength(result, 0, 0)));
  }
  PQclear(result);
  return out;
}

}  // namespace

core::Result<EvidenceFileInfo> EvidenceRepository::Put(const Scope& scope, std::int64_t township_id,
                                                       std::string_view bytes, const std::string& media_type,
                                                       const std::string& uploaded_at,
                                                       const std::string& uploaded_by) {
  EvidenceFileInfo info{core::Sha256Hex(bytes), media_type, static_cast<std::int64_t>(bytes.size())};
  RETURN_IF_ERROR(internal::Tx(db_, "store evidence file", [&]() -> core::Status {
    RETURN_IF_ERROR(internal::CheckTownshipWritable(db_, scope, township_id));
    return db_.backend() == Backend::kSqlite
               ? SqliteInsert(db_, township_id, info.sha256, media_type, bytes, uploaded_at, uploaded_by)
               : PgInsert(db_, township_id, info.sha256, media_type, bytes, uploaded_at, uploaded_by);
  }));
  return info;
}

core::Result<std::string> EvidenceRepository::Get(const Scope& scope, std::int64_t township_id,
                                                  const std::string& sha256) {
  auto readable = internal::Guarded(db_, "read evidence file", [&]() -> core::Status {
    return internal::CheckTownshipReadable(db_, scope, township_id);
  });
  if (!readable) {
    if (readable.error().code == core::ErrorCode::kPermissionDenied) {
      return core::Fail(internal::RecordNotFound("证据文件", "Evidence file"));
    }
    return core::Fail(readable.error());
  }
  ASSIGN_OR_RETURN(auto bytes, db_.backend() == Backend::kSqlite ? SqliteSelect(db_, township_id, sha256)
                                                                  : PgSelect(db_, township_id, sha256));
  if (!bytes) return core::Fail(internal::RecordNotFound("证据文件", "Evidence file"));
  if (core::Sha256Hex(*bytes) != sha256) {
    core::Error e = core::FailedPrecondition(
        "证据文件校验失败：存储的内容与登记的 SHA-256 不一致，文件可能已损坏或被改动，请联系系统管理员核查",
        "The evidence file fails its check: the stored bytes do not match the recorded SHA-256");
    e.field = "file";
    return core::Fail(std::move(e));
  }
  return std::move(*bytes);
}

}  // namespace fazhi::store
