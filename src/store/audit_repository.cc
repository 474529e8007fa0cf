// store/audit_repository.cc — see audit_repository.h.
#include "store/audit_repository.h"

#include <fmt/format.h>

#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "core/crypto.h"
#include "store/internal/repo_util.h"
#include "store/internal/rows.h"
#include "store/internal/scope_sql.h"
#include "store/internal/session.h"

namespace fazhi::store {

using internal::Params;
using internal::Session;

namespace {

constexpr std::string_view kCanonicalTag = "fazhi-audit-v1\n";

constexpr const char* kColumns =
    "a.seq, a.at, a.actor_user_id, a.actor_username, a.actor_role, a.ip, a.request_id, "
    "a.action, a.entity, a.entity_id, a.township_id, a.before_json, a.after_json, "
    "a.prev_hash, a.hash";

void Frame(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out.append(field);
  out += ';';
}

void Frame(std::string& out, std::int64_t value) { Frame(out, std::to_string(value)); }

void FrameNull(std::string& out) { out += "~;"; }

template <class T>
void FrameOptional(std::string& out, const std::optional<T>& value) {
  if (value) {
    Frame(out, *value);
  } else {
    FrameNull(out);
  }
}

// "YYYY-MM-DD HH:MM:SS" (digits where digits belong); the database's CHECK is the backstop.
bool IsTimestamp(std::string_view at) {
  if (at.size() != 19) return false;
  for (std::size_t i = 0; i < at.size(); ++i) {
    const char c = at[i];
    if (i == 4 || i == 7) {
      if (c != '-') return false;
    } else if (i == 10) {
      if (c != ' ') return false;
    } else if (i == 13 || i == 16) {
      if (c != ':') return false;
    } else if (std::isdigit(static_cast<unsigned char>(c)) == 0) {
      return false;
    }
  }
  return true;
}

// SELECT target: every column of a row, with NULL indicators for the optional ones.
struct RowSlots {
  AuditEntry e;
  std::int64_t township = 0;
  std::string before;
  std::string after;
  soci::indicator township_ind = soci::i_ok;
  soci::indicator before_ind = soci::i_ok;
  soci::indicator after_ind = soci::i_ok;

  // In the order of kColumns.
  void BindIntos(soci::statement& st) {
    st.exchange(soci::into(e.seq));
    st.exchange(soci::into(e.at));
    st.exchange(soci::into(e.actor_user_id));
    st.exchange(soci::into(e.actor_username));
    st.exchange(soci::into(e.actor_role));
    st.exchange(soci::into(e.ip));
    st.exchange(soci::into(e.request_id));
    st.exchange(soci::into(e.action));
    st.exchange(soci::into(e.entity));
    st.exchange(soci::into(e.entity_id));
    st.exchange(soci::into(township, township_ind));
    st.exchange(soci::into(before, before_ind));
    st.exchange(soci::into(after, after_ind));
    st.exchange(soci::into(e.prev_hash));
    st.exchange(soci::into(e.hash));
  }

  // The fetched row as an entry (the slots stay bound for the next fetch).
  AuditEntry Take() const {
    AuditEntry out = e;
    if (township_ind == soci::i_ok) out.township_id = township;
    if (before_ind == soci::i_ok) out.before_json = before;
    if (after_ind == soci::i_ok) out.after_json = after;
    return out;
  }
};

// Runs `query` (selecting kColumns) and hands every row to sink, in order.
template <class Sink>
void SelectRows(soci::session& sql, const std::string& query, Params& params, Sink&& sink) {
  RowSlots slots;
  soci::statement st(sql);
  slots.BindIntos(st);
  params.Bind(st);
  st.alloc();
  st.prepare(query);
  st.define_and_bind();
  bool got = st.execute(true);
  while (got) {
    sink(slots.Take());
    got = st.fetch();
  }
}

struct Head {
  std::int64_t seq = 0;
  std::string hash;
};

// The committed head (`lock`: and hold its row lock to commit, PostgreSQL).
std::optional<Head> ReadHead(soci::session& sql, bool lock = false) {
  Head head;
  sql << (lock ? "SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE"
               : "SELECT seq, hash FROM audit_head WHERE id = 1"),
      soci::into(head.seq), soci::into(head.hash);
  if (!sql.got_data()) return std::nullopt;
  return head;
}

core::Error HeadMissing() {
  return core::FailedPrecondition(
      "审计日志链头（audit_head）缺失，数据库可能被改动：请运行 fazhi audit verify 并联系管理员",
      "The audit log head (audit_head) is missing; the database may have been altered: run "
      "fazhi audit verify and call the administrator");
}

core::Error ChainAltered() {
  return core::FailedPrecondition(
      "审计日志已被改动（链头与日志末尾不符），不能再追加记录：请运行 fazhi audit verify "
      "并联系管理员",
      "The audit log was altered (its head does not match its last entry); no entry can be "
      "appended: run fazhi audit verify and call the administrator");
}

// A broken chain at `seq`; the messages become "第 N 条审计记录被篡改：<reason>".
AuditVerifyResult Broken(AuditVerifyResult result, std::int64_t seq, AuditBreak reason,
                         const std::string& why_zh, const std::string& why_en) {
  result.intact = false;
  result.broken_seq = seq;
  result.reason = reason;
  result.message_zh = fmt::format("第 {} 条审计记录被篡改：{}", seq, why_zh);
  result.message_en = fmt::format("audit entry {} was tampered with: {}", seq, why_en);
  return result;
}

}  // namespace

std::string AuditCanonicalForm(const AuditEntry& e) {
  std::string out;
  out.reserve(kCanonicalTag.size() + 256 + e.before_json.value_or("").size() +
              e.after_json.value_or("").size());
  out.append(kCanonicalTag);
  Frame(out, e.seq);
  Frame(out, e.at);
  Frame(out, e.actor_user_id);
  Frame(out, e.actor_username);
  Frame(out, e.actor_role);
  Frame(out, e.ip);
  Frame(out, e.request_id);
  Frame(out, e.action);
  Frame(out, e.entity);
  Frame(out, e.entity_id);
  FrameOptional(out, e.township_id);
  FrameOptional(out, e.before_json);
  FrameOptional(out, e.after_json);
  Frame(out, e.prev_hash);
  return out;
}

std::string AuditHash(const AuditEntry& entry) {
  return core::Sha256Hex(AuditCanonicalForm(entry));
}

std::string_view AuditBreakCode(AuditBreak reason) {
  switch (reason) {
    case AuditBreak::kNone:
      return "none";
    case AuditBreak::kHashMismatch:
      return "hash_mismatch";
    case AuditBreak::kBrokenLink:
      return "broken_link";
    case AuditBreak::kGap:
      return "gap";
    case AuditBreak::kHeadMismatch:
      return "head_mismatch";
  }
  return "none";
}

core::Result<AuditEntry> AuditRepository::Append(const AuditEntry& entry) {
  ASSIGN_OR_RETURN(auto stored, AppendAll({entry}));
  return std::move(stored.front());
}

core::Result<std::vector<AuditEntry>> AuditRepository::AppendAll(std::vector<AuditEntry> entries) {
  if (!db_.InTransactionNow()) {
    return core::Fail(core::FailedPrecondition(
        "审计记录必须与所记录的修改在同一事务中写入",
        "An audit entry must be written in the transaction of the change it records"));
  }
  for (const AuditEntry& entry : entries) {
    if (!IsTimestamp(entry.at)) {
      return core::Fail(core::InvalidArgument("at", "审计时间格式应为 YYYY-MM-DD HH:MM:SS",
                                              "The audit time must be YYYY-MM-DD HH:MM:SS"));
    }
    if (entry.action.empty()) {
      return core::Fail(
          core::InvalidArgument("action", "缺少审计操作类型", "The audit action is required"));
    }
    if (entry.entity.empty()) {
      return core::Fail(
          core::InvalidArgument("entity", "缺少审计对象类型", "The audited entity is required"));
    }
  }
  if (entries.empty()) return entries;
  const core::Status written = internal::Tx(db_, "append audit entries", [&]() -> core::Status {
    soci::session& sql = Session(db_);
    // The lock first: SQLite's write lock is held since BEGIN IMMEDIATE; on PostgreSQL the
    // head row's lock makes every other appender wait here until this transaction ends.
    // FOR UPDATE locks without a new row version, so many appends in one transaction stay
    // linear (the head itself moves at commit, by a deferred trigger).
    auto head = ReadHead(sql, db_.backend() == Backend::kPostgresql);
    if (!head) return core::Fail(HeadMissing());
    // The chain's end, this transaction's own rows included.
    std::int64_t last_seq = 0;
    std::string prev_hash;
    sql << "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", soci::into(last_seq),
        soci::into(prev_hash);
    if (!sql.got_data()) {
      last_seq = 0;
      prev_hash = std::string(kAuditGenesisHash);
    }
    // The committed head must lie on the chain; otherwise rows were removed from its end and
    // appending would hide it.
    std::string at_head(kAuditGenesisHash);
    if (head->seq > 0) {
      std::int64_t head_seq = head->seq;
      sql << "SELECT hash FROM audit_log WHERE seq = :seq", soci::use(head_seq, "seq"),
          soci::into(at_head);
      if (!sql.got_data()) at_head.clear();
    }
    if (last_seq < head->seq || at_head != head->hash) return core::Fail(ChainAltered());

    AuditEntry row;
    std::int64_t township = 0;
    soci::indicator township_ind = soci::i_ok;
    std::string before;
    soci::indicator before_ind = soci::i_ok;
    std::string after;
    soci::indicator after_ind = soci::i_ok;
    soci::statement insert =
        (sql.prepare << "INSERT INTO audit_log (seq, at, actor_user_id, actor_username, "
                        "actor_role, ip, request_id, action, entity, entity_id, township_id, "
                        "before_json, after_json, prev_hash, hash) VALUES (:seq, :at, :uid, "
                        ":uname, :urole, :ip, :rid, :action, :entity, :eid, :tid, :before, "
                        ":after, :prev, :hash)",
         soci::use(row.seq, "seq"), soci::use(row.at, "at"), soci::use(row.actor_user_id, "uid"),
         soci::use(row.actor_username, "uname"), soci::use(row.actor_role, "urole"),
         soci::use(row.ip, "ip"), soci::use(row.request_id, "rid"), soci::use(row.action, "action"),
         soci::use(row.entity, "entity"), soci::use(row.entity_id, "eid"),
         soci::use(township, township_ind, "tid"), soci::use(before, before_ind, "before"),
         soci::use(after, after_ind, "after"), soci::use(row.prev_hash, "prev"),
         soci::use(row.hash, "hash"));
    std::int64_t seq = last_seq;
    for (AuditEntry& entry : entries) {
      entry.seq = ++seq;
      entry.prev_hash = prev_hash;
      entry.hash = AuditHash(entry);
      prev_hash = entry.hash;
      row = entry;
      township = entry.township_id.value_or(0);
      township_ind = entry.township_id ? soci::i_ok : soci::i_null;
      before = entry.before_json.value_or("");
      before_ind = entry.before_json ? soci::i_ok : soci::i_null;
      after = entry.after_json.value_or("");
      after_ind = entry.after_json ? soci::i_ok : soci::i_null;
      insert.execute(true);
    }
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return entries;
}

core::Result<Page<AuditEntry>> AuditRepository::List(const Scope& scope,
                                                     const AuditFilter& filter) {
  return internal::Guarded(db_, "list audit log", [&]() -> core::Result<Page<AuditEntry>> {
    RETURN_IF_ERROR(internal::ValidatePage(filter.page.page, filter.page.page_size));
    if (filter.township_id) {
      RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, *filter.township_id));
    }
    ASSIGN_OR_RETURN(
        std::string order,
        internal::OrderBy(filter.page.sort, "-seq", {{"seq", "a.seq"}, {"at", "a.at", false}}, "a.seq"));
    Params params;
    std::string where = internal::TownshipCondition(scope, "a.township_id", params);
    // A China (UTC+8) calendar day D runs from D-1 16:00:00 to D 15:59:59 UTC.
    if (filter.from) {
      where += " AND a.at >= " +
               params.Text(core::FormatDate(core::AddDays(*filter.from, -1)) + " 16:00:00");
    }
    if (filter.to) {
      where += " AND a.at <= " + params.Text(core::FormatDate(*filter.to) + " 15:59:59");
    }
    if (filter.actor_username) {
      where += " AND a.actor_username = " + params.Text(*filter.actor_username);
    }
    if (filter.action) where += " AND a.action = " + params.Text(*filter.action);
    if (filter.entity) where += " AND a.entity = " + params.Text(*filter.entity);
    if (filter.entity_id) where += " AND a.entity_id = " + params.Int(*filter.entity_id);
    if (filter.township_id) where += " AND a.township_id = " + params.Int(*filter.township_id);
    Page<AuditEntry> page;
    page.total =
        internal::SelectInt(Session(db_), "SELECT COUNT(*) FROM audit_log a WHERE " + where, params)
            .value_or(0);
    SelectRows(Session(db_),
               std::string("SELECT ") + kColumns + " FROM audit_log a WHERE " + where + " " +
                   order + internal::LimitOffset(filter.page),
               params, [&](AuditEntry&& e) { page.items.push_back(std::move(e)); });
    return page;
  });
}

core::Result<AuditVerifyResult> AuditRepository::Verify(const AuditProgress& progress) {
  return internal::Guarded(db_, "verify audit log", [&]() -> core::Result<AuditVerifyResult> {
    soci::session& sql = Session(db_);
    AuditVerifyResult result;
    auto head = ReadHead(sql);
    if (!head) {
      Params none;
      const std::int64_t max_seq =
          internal::SelectInt(sql, "SELECT MAX(seq) FROM audit_log", none).value_or(0);
      return Broken(result, max_seq + 1, AuditBreak::kHeadMismatch,
                    "审计日志链头（audit_head）缺失，无法确认其后的记录是否被删除",
                    "the audit log head (audit_head) is missing: removed entries at the end "
                    "cannot be ruled out");
    }
    result.head_seq = head->seq;
    result.head_hash = head->hash;

    std::int64_t last_seq = 0;
    std::string last_hash(kAuditGenesisHash);
    std::optional<AuditVerifyResult> broken;
    while (!broken && last_seq < head->seq) {
      std::vector<AuditEntry> batch;
      batch.reserve(static_cast<std::size_t>(kAuditVerifyBatch));
      {
        Params params;
        const std::string after = params.Int(last_seq);
        const std::string upto = params.Int(head->seq);
        SelectRows(sql,
                   std::string("SELECT ") + kColumns + " FROM audit_log a WHERE a.seq > " + after +
                       " AND a.seq <= " + upto + " ORDER BY a.seq LIMIT " +
                       std::to_string(kAuditVerifyBatch),
                   params, [&](AuditEntry&& e) { batch.push_back(std::move(e)); });
      }
      if (batch.empty()) break;
      for (const AuditEntry& row : batch) {
        const std::int64_t expected = last_seq + 1;
        if (row.seq != expected) {
          broken = Broken(
              result, expected, AuditBreak::kGap,
              row.seq == expected + 1 ? std::string("该条记录已被删除")
                                      : fmt::format("该条至第 {} 条记录已被删除", row.seq - 1),
              row.seq == expected + 1
                  ? std::string("the entry was deleted")
                  : fmt::format("entries {} to {} were deleted", expected, row.seq - 1));
          break;
        }
        if (row.prev_hash != last_hash) {
          broken = Broken(
              result, row.seq, AuditBreak::kBrokenLink,
              expected == 1 ? std::string("前序哈希不是起始值（链的开头被改动）")
                            : fmt::format("前序哈希与第 {} 条的哈希不符（第 {} 条或本条被改动）",
                                          expected - 1, expected - 1),
              expected == 1
                  ? std::string("its previous hash is not the genesis value (the start of the "
                                "chain was altered)")
                  : fmt::format("its previous hash does not match the hash of entry {} (entry {} "
                                "or this entry was altered)",
                                expected - 1, expected - 1));
          break;
        }
        if (AuditHash(row) != row.hash) {
          broken = Broken(result, row.seq, AuditBreak::kHashMismatch,
                          "内容与其哈希不符（记录内容或哈希被改动）",
                          "its content does not match its hash (the content or the hash was "
                          "altered)");
          break;
        }
        last_seq = row.seq;
        last_hash = row.hash;
        ++result.rows;
      }
      if (progress) progress(result.rows, head->seq);
    }
    if (broken) {
      broken->rows = result.rows;
      return *broken;
    }
    if (last_seq != head->seq) {
      return Broken(
          result, last_seq + 1, AuditBreak::kHeadMismatch,
          fmt::format("该条至第 {} 条（链头）记录已被删除", head->seq),
          fmt::format("entries {} to {} (the head) were deleted", last_seq + 1, head->seq));
    }
    if (last_hash != head->hash) {
      return Broken(result, last_seq, AuditBreak::kHeadMismatch,
                    "哈希与链头（audit_head）记录的哈希不符（该条或链头被改动）",
                    "its hash does not match the head's (this entry or the head was altered)");
    }
    // Rows past the head did not come through Append. MAX first, then the head: a row
    // committed in between has moved the head with it, so only a foreign row can exceed it.
    Params none;
    const std::int64_t max_seq =
        internal::SelectInt(sql, "SELECT MAX(seq) FROM audit_log", none).value_or(0);
    auto head_now = ReadHead(sql);
    const std::int64_t head_now_seq = head_now ? head_now->seq : head->seq;
    if (max_seq > head_now_seq) {
      return Broken(result, head_now_seq + 1, AuditBreak::kHeadMismatch,
                    fmt::format("该条记录位于链头（第 {} 条）之后，不是由系统追加的", head_now_seq),
                    fmt::format("it lies past the head (entry {}); it was not appended by Fazhi",
                                head_now_seq));
    }
    return result;
  });
}

}  // namespace fazhi::store
