// store/evidence_repository.h — the files of the 全过程记录: photos, recordings, videos and PDF
// scans of a case's stages, stored once per township by their SHA-256 and verified on every
// read (migrations/*/0007_evidence_files.sql).
//
// Contract (Scope, store/scope.h):
//  * Put stores `bytes` for the township under their SHA-256 (core::Sha256Hex); the same file
//    twice is stored once (the first upload's media type and uploader are kept). A township
//    outside the scope is kPermissionDenied; a region that is not a township kInvalidArgument
//    "townshipId".
//  * Get returns the bytes of (township, sha256): kNotFound when there is none in the scope;
//    kFailedPrecondition with field "file" when the stored bytes no longer hash to sha256
//    (damaged or altered behind the server's back) — never the altered bytes.
//  * The content is written and read as binary through the native drivers (BLOB / BYTEA).
// Not thread-safe (borrows one Database).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"
#include "store/database.h"
#include "store/scope.h"

namespace fazhi::store {

struct EvidenceFileInfo {
  std::string sha256;      // 64 lower-case hex digits
  std::string media_type;  // as detected when first stored
  std::int64_t size_bytes = 0;
};

class EvidenceRepository {
 public:
  explicit EvidenceRepository(Database& db) : db_(db) {}

  core::Result<EvidenceFileInfo> Put(const Scope& scope, std::int64_t township_id, std::string_view bytes,
                                     const std::string& media_type, const std::string& uploaded_at,
                                     const std::string& uploaded_by);
  core::Result<std::string> Get(const Scope& scope, std::int64_t township_id, const std::string& sha256);

 private:
  Database& db_;
};

}  // namespace fazhi::store
