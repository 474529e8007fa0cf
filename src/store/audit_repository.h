// store/audit_repository.h — the append-only, hash-chained audit log (PRODUCT.md §3.4): who
// changed what, when, from where, with the record before and after the change.
//
// Contract:
//  * Append(entry) REQUIRES an open transaction (Database::InTransaction; kFailedPrecondition
//    otherwise), normally the one that made the change, so the change and its audit row
//    commit or roll back together. It runs in a savepoint and first takes the chain's lock:
//    on SQLite the write lock the transaction holds since BEGIN IMMEDIATE; on PostgreSQL
//    `SELECT … FROM audit_head … FOR UPDATE`, held to commit. So appenders from any number
//    of connections queue there and the chain stays single. It then reads the chain's last
//    row (this transaction's own included), assigns seq = last + 1 (1, 2, 3 … without gaps:
//    a rolled-back append frees its number), prev_hash = the last row's hash (genesis for the
//    first) and hash = AuditHash(row), inserts the row and returns the stored entry. The
//    head (audit_head: last committed seq and hash) follows by trigger — at once on SQLite,
//    at commit on PostgreSQL, so n appends in one transaction cost O(n), not O(n²). When the
//    committed head is not on the chain (rows removed from its end), nothing can be appended:
//    kFailedPrecondition ("审计日志已被改动…"). entry.at must be "YYYY-MM-DD HH:MM:SS" (UTC);
//    action and entity non-empty (kInvalidArgument naming "at" / "action" / "entity"). Call
//    it last in the transaction: the lock is held until commit.
//  * The database refuses UPDATE, DELETE (and TRUNCATE on PostgreSQL) of audit_log, any
//    insert that is not seq MAX + 1 past the head linking to the previous row's hash, and
//    moving the head backwards (triggers, migrations/*/0002_audit.sql);
//    such a statement fails with kFailedPrecondition ("审计日志只能追加…").
//  * List(scope, filter) pages the rows newest first (sort "seq" / "-seq" (default) / "at" /
//    "-at"). Scope: Township(T) sees rows whose township_id = T; County(C) rows of C's
//    townships; System every row, including those with no township (accounts, regions,
//    settings, sign-ins). filter.township_id outside the scope is kPermissionDenied.
//  * Verify(progress) checks the whole chain in seq order, streaming it in batches of
//    kAuditVerifyBatch rows (memory does not grow with the log), without a transaction and
//    without blocking writers: it reads the head (N, H) first and checks rows 1 … N, which
//    are all committed by then. Each row must follow the previous one (seq + 1, else kGap
//    at the first missing seq), link to it (prev_hash = previous hash, genesis 64 zeros,
//    else kBrokenLink at that row) and hash to its stored hash (else kHashMismatch at that
//    row); the last row must be (N, H), and no row may lie beyond the head (else
//    kHeadMismatch; a missing head is kHeadMismatch past the last row). The first problem
//    found ends the check: intact = false, broken_seq names the row, reason says how, and
//    message_zh / message_en are the sentence to show ("第 N 条审计记录被篡改：<why>" /
//    "audit entry N was tampered with: <why>"). A database error is an Error, not a broken
//    chain.
//
// Hash (version 1). hash = lowercase hex SHA-256 (core::Sha256Hex) of AuditCanonicalForm(row):
//   "fazhi-audit-v1\n" followed by these 14 fields in this order, each framed as
//   <decimal byte length> ":" <bytes> ";"   — or "~;" for SQL NULL —
//   seq, at, actor_user_id, actor_username, actor_role, ip, request_id, action, entity,
//   entity_id, township_id (NULL-able), before_json (NULL-able), after_json (NULL-able),
//   prev_hash.
// Integers are written in decimal without leading zeros ("-" for negatives). Every field is
// length-prefixed, so no two different rows have the same canonical form. The first row's
// prev_hash is kAuditGenesisHash (64 '0'). Tampering that rewrites the hashes of every row up
// to the head is only detectable against an earlier head hash kept elsewhere (printed by
// `fazhi audit verify`): record it in the annual report or send it to the county.
//
// Not thread-safe (borrows one Database); use one repository per connection.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/database.h"
#include "store/scope.h"

namespace fazhi::store {

inline constexpr std::string_view kAuditGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";
inline constexpr std::int64_t kAuditVerifyBatch = 2000;

// One row of audit_log.
struct AuditEntry {
  std::int64_t seq = 0;            // assigned by Append
  std::string at;                  // "YYYY-MM-DD HH:MM:SS", UTC
  std::int64_t actor_user_id = 0;  // 0: not a user account (CLI, demo, system task)
  std::string actor_username;      // "clerk001", "cli"
  std::string actor_role;          // a domain::RoleCode, or "system"
  std::string ip;                  // client address; empty on the CLI
  std::string request_id;          // HTTP request id; empty on the CLI
  std::string action;              // create|update|delete|login|login_failed|logout|locked|
                                   // password_change|import|export|settings_set|demo|…
  std::string entity;              // mediation_case, petition, user, region, setting, session, …
  std::int64_t entity_id = 0;      // 0 when the entity has no id
  std::optional<std::int64_t> township_id;  // the record's township (scoped history)
  std::optional<std::string> before_json;   // the record before the change (JSON)
  std::optional<std::string> after_json;    // the record after the change (JSON)
  std::string prev_hash;                    // assigned by Append
  std::string hash;                         // assigned by Append
};

// The canonical serialisation and the hash of a row (see the contract above).
std::string AuditCanonicalForm(const AuditEntry& entry);
std::string AuditHash(const AuditEntry& entry);

// List filter. Dates are calendar days in China (UTC+8), inclusive; `at` is stored in UTC.
struct AuditFilter {
  std::optional<core::Date> from, to;
  std::optional<std::string> actor_username;  // exact
  std::optional<std::string> action;          // exact
  std::optional<std::string> entity;          // exact
  std::optional<std::int64_t> entity_id;      // with entity: one record's history
  std::optional<std::int64_t> township_id;    // within the scope, else kPermissionDenied
  PageRequest page;                           // sort: seq (default -seq), at
};

enum class AuditBreak {
  kNone,          // intact
  kHashMismatch,  // the row's content does not hash to its stored hash
  kBrokenLink,    // the row's prev_hash is not the previous row's hash
  kGap,           // a seq is missing (a row was deleted)
  kHeadMismatch,  // the last row is not the head (rows removed at the end, or added past it)
};
std::string_view AuditBreakCode(AuditBreak reason);  // "hash_mismatch", …, "none"

struct AuditVerifyResult {
  bool intact = true;
  std::int64_t rows = 0;      // rows checked (the head's seq when intact)
  std::int64_t head_seq = 0;  // the head as read at the start
  std::string head_hash;
  std::int64_t broken_seq = 0;  // the first broken row (0 when intact)
  AuditBreak reason = AuditBreak::kNone;
  std::string message_zh;  // "第 N 条审计记录被篡改：<why>" ("" when intact)
  std::string message_en;  // "audit entry N was tampered with: <why>"
};

// Called after each batch with the rows checked so far and the total (the head's seq).
using AuditProgress = std::function<void(std::int64_t done, std::int64_t total)>;

class AuditRepository {
 public:
  explicit AuditRepository(Database& db) : db_(db) {}

  // REQUIRES: db.InTransactionNow().
  core::Result<AuditEntry> Append(const AuditEntry& entry);
  // Many entries at once, in order, with one prepared insert (bulk imports). The same checks
  // as Append; nothing is written when one entry is invalid.
  core::Result<std::vector<AuditEntry>> AppendAll(std::vector<AuditEntry> entries);
  core::Result<Page<AuditEntry>> List(const Scope& scope, const AuditFilter& filter);
  core::Result<AuditVerifyResult> Verify(const AuditProgress& progress = {});

 private:
  Database& db_;
};

}  // namespace fazhi::store
