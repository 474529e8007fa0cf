// store/internal/errors.cc — driver failure → core::Error (see internal/session.h).
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <utility>

#include "store/internal/session.h"

namespace fazhi::store::internal {
namespace {

// Every table of the schema, longest first so "med_committee_member" wins over
// "med_committee" when a constraint name is split into table and column.
constexpr std::array<std::string_view, 36> kTables = {
    "petition_excluded_interval",
    "decision_catalogue_item",
    "review_catalogue_entry",
    "penalty_case_extension",
    "penalty_case_document",
    "penalty_case_excluded",
    "penalty_case_officer",
    "penalty_case_party",
    "normative_document",
    "major_decision",
    "enforcement_officer",
    "evidence_file",
    "officer_certificate",
    "med_committee_member",
    "mediation_agreement",
    "schema_migrations",
    "leader_reception",
    "officer_training",
    "screened_dispute",
    "screening_round",
    "petition_review",
    "mediation_party",
    "mediation_case",
    "penalty_case",
    "power_item",
    "med_committee",
    "officer_exam",
    "user_session",
    "department",
    "audit_head",
    "audit_log",
    "app_user",
    "mediator",
    "petition",
    "settings",
    "region",
};

struct Label {
  std::string_view column;
  std::string_view zh;
  std::string_view en;
};

// Labels for the columns users meet in errors; others are named by their field.
constexpr std::array<Label, 27> kLabels = {{
    {"number", "执法证号", "certificate number"},
    {"officer_id", "执法人员", "enforcement officer"},
    {"agency", "执法机构", "enforcement agency"},
    {"case_no", "案件编号", "case number"},
    {"reg_no", "登记编号", "registration number"},
    {"username", "用户名", "username"},
    {"code", "区划代码", "region code"},
    {"name", "名称", "name"},
    {"key", "设置项", "setting key"},
    {"kind", "类别", "kind"},
    {"level", "级别", "level"},
    {"role", "角色", "role"},
    {"gender", "性别", "gender"},
    {"outcome", "结果", "outcome"},
    {"status", "状态", "status"},
    {"route", "化解途径", "resolution route"},
    {"category", "类别", "category"},
    {"channel", "信访渠道", "channel"},
    {"township_id", "所属乡镇", "township"},
    {"village_id", "所属村（社区）", "village"},
    {"parent_id", "上级区划", "parent region"},
    {"region_id", "所属区划", "region"},
    {"committee_id", "调解委员会", "mediation committee"},
    {"mediator_id", "调解员", "mediator"},
    {"case_id", "调解案件", "mediation case"},
    {"petition_id", "信访事项", "petition"},
    {"amount_fen", "金额", "amount"},
}};

struct Column {
  std::string table;
  std::string column;
};

bool IsIdentChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

// The identifier starting at `pos` (letters, digits, '_').
std::string IdentAt(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && IsIdentChar(text[end])) ++end;
  return std::string(text.substr(pos, end - pos));
}

// "uq_mediation_case_case_no" → {mediation_case, case_no}.
Column SplitConstraint(std::string_view name) {
  if (name.size() > 3 && name[2] == '_') name.remove_prefix(3);
  for (std::string_view table : kTables) {
    if (name.size() > table.size() + 1 && name.substr(0, table.size()) == table &&
        name[table.size()] == '_') {
      return {std::string(table), std::string(name.substr(table.size() + 1))};
    }
  }
  return {"", std::string(name)};
}

// The constraint name in PostgreSQL's `… constraint "NAME"` text.
std::string QuotedAfter(std::string_view message, std::string_view marker) {
  std::size_t at = message.find(marker);
  if (at == std::string_view::npos) return {};
  std::size_t open = message.find('"', at + marker.size());
  if (open == std::string_view::npos) return {};
  std::size_t close = message.find('"', open + 1);
  if (close == std::string_view::npos) return {};
  return std::string(message.substr(open + 1, close - open - 1));
}

// SQLite's "… constraint failed: table.col1, table.col2" → the last column.
Column SqliteColumnList(std::string_view message, std::string_view marker) {
  std::size_t at = message.find(marker);
  if (at == std::string_view::npos) return {};
  std::size_t pos = at + marker.size();
  while (pos < message.size() && message[pos] == ' ') ++pos;
  if (message.substr(pos, 7) == "index '") {
    return SplitConstraint(IdentAt(message, pos + 7));
  }
  Column last;
  while (pos < message.size()) {
    std::string table = IdentAt(message, pos);
    pos += table.size();
    if (pos >= message.size() || message[pos] != '.') {
      // A named constraint ("CHECK constraint failed: ck_x_y").
      if (last.column.empty()) return SplitConstraint(table);
      break;
    }
    std::string column = IdentAt(message, pos + 1);
    pos += 1 + column.size();
    last = {table, column};
    if (message.substr(pos, 2) != ", ") break;
    pos += 2;
  }
  return last;
}

std::pair<std::string, std::string> LabelOf(const std::string& column) {
  for (const Label& l : kLabels) {
    if (l.column == column) return {std::string(l.zh), std::string(l.en)};
  }
  std::string field = CamelCase(column);
  return {"字段 " + field, "field " + field};
}

core::Error WithDetail(core::Error e, std::string_view operation, std::string_view message) {
  e.detail = std::string(operation) + ": " + std::string(message);
  return e;
}

core::Error UniqueViolation(const Column& c) {
  auto [zh, en] = LabelOf(c.column);
  return core::Conflict(zh + "已存在，不能重复", en + " already exists", CamelCase(c.column));
}

core::Error CheckViolation(const Column& c) {
  if (c.column.empty()) {
    return core::InvalidArgument("", "数据不符合约束条件", "The data violates a constraint");
  }
  auto [zh, en] = LabelOf(c.column);
  return core::InvalidArgument(CamelCase(c.column), zh + "的值不符合要求",
                               en + " has an invalid value");
}

core::Error NotNullViolation(const Column& c) {
  auto [zh, en] = LabelOf(c.column);
  return core::InvalidArgument(CamelCase(c.column), zh + "不能为空", en + " is required");
}

core::Error ForeignKeyViolation(const Column& c) {
  if (c.column.empty()) {
    return core::InvalidArgument("", "引用的记录不存在，或记录仍被其他记录引用",
                                 "A referenced record does not exist, or the record is still "
                                 "referenced");
  }
  auto [zh, en] = LabelOf(c.column);
  return core::InvalidArgument(CamelCase(c.column), zh + "引用的记录不存在",
                               en + " refers to a record that does not exist");
}

core::Error Busy() {
  return core::Unavailable("数据库正忙，请稍后重试", "The database is busy; try again", "");
}

core::Error ConnectionLost() {
  return core::Unavailable("数据库连接不可用，请检查数据库服务后重试",
                           "The database connection is unavailable; check the server and retry",
                           "");
}

core::Error TranslateSqlite(std::string_view message) {
  if (message.find("UNIQUE constraint failed") != std::string_view::npos) {
    return UniqueViolation(SqliteColumnList(message, "UNIQUE constraint failed:"));
  }
  if (message.find("CHECK constraint failed") != std::string_view::npos) {
    return CheckViolation(SqliteColumnList(message, "CHECK constraint failed:"));
  }
  if (message.find("NOT NULL constraint failed") != std::string_view::npos) {
    return NotNullViolation(SqliteColumnList(message, "NOT NULL constraint failed:"));
  }
  if (message.find("FOREIGN KEY constraint failed") != std::string_view::npos) {
    return ForeignKeyViolation({});
  }
  if (message.find("database is locked") != std::string_view::npos ||
      message.find("database table is locked") != std::string_view::npos ||
      message.find("database is busy") != std::string_view::npos) {
    return Busy();
  }
  if (message.find("unable to open database") != std::string_view::npos ||
      message.find("disk I/O error") != std::string_view::npos ||
      message.find("database or disk is full") != std::string_view::npos ||
      message.find("attempt to write a readonly database") != std::string_view::npos) {
    return core::Unavailable("数据库文件无法读写（磁盘已满、只读或文件损坏）",
                             "The database file cannot be read or written (disk full, "
                             "read-only or damaged)",
                             "");
  }
  return core::Internal("");
}

core::Error TranslatePostgres(std::string_view sqlstate, std::string_view message) {
  if (sqlstate == "23505") {
    std::string name = QuotedAfter(message, "unique constraint");
    return UniqueViolation(SplitConstraint(name));
  }
  if (sqlstate == "23514") {
    return CheckViolation(SplitConstraint(QuotedAfter(message, "check constraint")));
  }
  if (sqlstate == "23502") {
    return NotNullViolation({"", QuotedAfter(message, "column")});
  }
  if (sqlstate == "23503") {
    return ForeignKeyViolation(SplitConstraint(QuotedAfter(message, "foreign key constraint")));
  }
  if (sqlstate.substr(0, 2) == "22") {
    return core::InvalidArgument("", "数据格式或取值超出范围",
                                 "A value has a bad format or is out of range");
  }
  if (sqlstate == "40001" || sqlstate == "40P01") {
    return core::Conflict("数据已被同时修改，请重试", "The data was changed concurrently; retry");
  }
  if (sqlstate == "55P03") return Busy();
  if (sqlstate.empty() && (message.find("connection") != std::string_view::npos ||
                           message.find("server closed") != std::string_view::npos)) {
    return ConnectionLost();
  }
  if (sqlstate.substr(0, 2) == "08" || sqlstate.substr(0, 3) == "57P" ||
      sqlstate.substr(0, 2) == "53") {
    return ConnectionLost();
  }
  return core::Internal("");
}

// The triggers of migrations/*/0002_audit.sql refuse changes to the audit log with a message
// starting "fazhi: audit_log".
bool IsAuditLogRefusal(std::string_view message) {
  return message.find("fazhi: audit_log") != std::string_view::npos;
}

core::Error AuditLogRefusal() {
  return core::FailedPrecondition("审计日志只能追加，不能修改或删除",
                                  "The audit log is append-only: rows cannot be changed or deleted");
}

}  // namespace

std::string CamelCase(std::string_view snake) {
  std::string out;
  out.reserve(snake.size());
  bool upper = false;
  for (char c : snake) {
    if (c == '_') {
      upper = !out.empty();
      continue;
    }
    out.push_back(upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
    upper = false;
  }
  return out;
}

core::Error TranslateDriverError(Backend backend, std::string_view sqlstate,
                                 std::string_view message, std::string_view operation) {
  core::Error e = IsAuditLogRefusal(message) ? AuditLogRefusal()
                  : backend == Backend::kSqlite ? TranslateSqlite(message)
                                                : TranslatePostgres(sqlstate, message);
  std::string detail(sqlstate.empty() ? "" : "SQLSTATE " + std::string(sqlstate) + " ");
  detail += message;
  return WithDetail(std::move(e), operation, detail);
}

core::Error TranslateCurrentException(Backend backend, std::string_view operation) {
  try {
    throw;
  } catch (const soci::postgresql_soci_error& e) {
    return TranslateDriverError(backend, e.sqlstate(), e.what(), operation);
  } catch (const soci::soci_error& e) {
    if (e.get_error_category() == soci::soci_error::connection_error &&
        backend == Backend::kPostgresql) {
      return WithDetail(ConnectionLost(), operation, e.what());
    }
    return TranslateDriverError(backend, "", e.what(), operation);
  } catch (const std::bad_alloc&) {
    return core::Internal(std::string(operation) + ": out of memory");
  } catch (const std::exception& e) {
    return core::Internal(std::string(operation) + ": " + e.what());
  } catch (...) {
    return core::Internal(std::string(operation) + ": unknown exception");
  }
}

}  // namespace fazhi::store::internal
