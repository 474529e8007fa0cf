// store/bulk_writer.cc — see bulk_writer.h.
#include "store/bulk_writer.h"

#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/internal/raw.h"
#include "store/internal/repo_util.h"
#include "store/internal/rows.h"
#include "store/internal/session.h"
#include "store/internal/tables.h"

namespace fazhi::store {

using internal::AgreementTable;
using internal::CaseTable;
using internal::CertificateTable;
using internal::CommitteeMemberTable;
using internal::CommitteeTable;
using internal::DepartmentTable;
using internal::ExamTable;
using internal::IntervalKind;
using internal::IntervalRow;
using internal::IntervalTable;
using internal::MediatorTable;
using internal::OfficerTable;
using internal::PartyTable;
using internal::PetitionTable;
using internal::ReceptionTable;
using internal::RegionTable;
using internal::ReviewKind;
using internal::ReviewRow;
using internal::ReviewTable;
using internal::Row;
using internal::TrainingTable;
using internal::CaseExcludedRow;
using internal::CaseExtensionRow;
using internal::CaseOfficerRow;
using internal::DecisionCatalogueTable;
using internal::PowerItemTable;
using internal::ReviewCatalogueTable;
using internal::DecisionTable;
using internal::NormativeTable;
using internal::PenaltyCaseTable;
using internal::PenaltyDocumentTable;
using internal::PenaltyExcludedTable;
using internal::PenaltyExtensionTable;
using internal::PenaltyOfficerTable;
using internal::PenaltyPartyTable;
using internal::RowWriter;
using internal::ScreenedDisputeTable;
using internal::ScreeningRoundTable;
using internal::Slot;

std::int64_t BulkCounts::Total() const {
  return officers + officer_children + regions + departments + committees + committee_members +
         mediators + screening_rounds +
         screened_disputes + cases + parties + agreements + petitions + petition_reviews +
         excluded_intervals + leader_receptions + penalty_cases + penalty_children + normative_documents + major_decisions +
         decision_catalogue_items + review_catalogue_entries + power_items;
}

namespace {

// Rows per SQLite multi-row INSERT: amortises the per-statement cost (~2 µs) while staying
// far below SQLITE_MAX_VARIABLE_NUMBER (32766) for the widest table (38 columns).
constexpr std::size_t kSqliteRowsPerInsert = 64;

// "INSERT INTO t (id, c1, …) VALUES (?, ?, …), (…)" with `rows` rows, for SQLite's native API.
template <class Table>
std::string SqliteMultiRowInsert(std::size_t rows) {
  std::string cols = "id";
  std::string one = "(?";
  for (const std::string& c : internal::ColumnsOf<Table>()) {
    cols += ", " + c;
    one += ", ?";
  }
  one += ")";
  std::string sql = "INSERT INTO " + std::string(Table::kName) + " (" + cols + ") VALUES ";
  for (std::size_t r = 0; r < rows; ++r) sql += (r == 0 ? "" : ", ") + one;
  return sql;
}

template <class Table>
std::string PgCopyCommand() {
  std::string cols = "id";
  for (const std::string& c : internal::ColumnsOf<Table>()) cols += ", " + c;
  return "COPY " + std::string(Table::kName) + " (" + cols + ") FROM STDIN";
}

// COPY text format: \N for NULL; backslash, tab, newline and CR escaped.
void AppendCopyText(std::string& out, const std::string& text) {
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out.push_back(c);
    }
  }
}

void AppendCopySlot(std::string& out, const Slot& s) {
  if (s.is_null()) {
    out += "\\N";
  } else if (s.text) {
    AppendCopyText(out, s.s);
  } else {
    out += std::to_string(s.i);
  }
}

}  // namespace

struct BulkWriter::Impl {
  explicit Impl(Database& database) : db(database) {}
  ~Impl() {
    for (auto& [name, stmt] : statements) ::sqlite_api::sqlite3_finalize(stmt);
  }

  Database& db;
  BulkCounts counts;
  std::set<std::string_view> written;  // Table::kName of every table written to (Analyze)
  // SQLite: prepared INSERTs by (table, rows per statement).
  std::map<std::pair<std::string_view, std::size_t>, internal::Sqlite3Stmt*> statements;
  Row row;  // reused staging slots

  // `n` new ids for `table`: SQLite inside the write transaction continues after MAX(id);
  // PostgreSQL takes them from the identity sequence.
  core::Result<std::vector<std::int64_t>> ReserveIds(std::string_view table, std::size_t n) {
    std::vector<std::int64_t> ids;
    if (n == 0) return ids;
    ids.reserve(n);
    if (db.backend() == Backend::kSqlite) {
      ASSIGN_OR_RETURN(std::int64_t max, SqliteMaxId(table));
      for (std::size_t k = 1; k <= n; ++k) ids.push_back(max + static_cast<std::int64_t>(k));
      return ids;
    }
    const std::string query = "SELECT nextval(pg_get_serial_sequence('" + std::string(table) +
                              "', 'id')) FROM generate_series(1, " + std::to_string(n) + ")";
    PGresult* result = PQexec(internal::PgHandle(db), query.c_str());
    if (!result || PQresultStatus(result) != PGRES_TUPLES_OK) {
      core::Error e = internal::PgResultError(result, "reserve ids");
      PQclear(result);
      return core::Fail(std::move(e));
    }
    for (int r = 0; r < PQntuples(result); ++r) {
      ids.push_back(std::strtoll(PQgetvalue(result, r, 0), nullptr, 10));
    }
    PQclear(result);
    return ids;
  }

  // SELECT MAX(id) FROM table (0 when empty), prepared once per table (cached under rows 0).
  // `table` must be a Table::kName (static storage: it is kept as the cache key).
  core::Result<std::int64_t> SqliteMaxId(std::string_view table) {
    const auto key = std::make_pair(table, std::size_t{0});
    auto found = statements.find(key);
    if (found == statements.end()) {
      const std::string sql = "SELECT MAX(id) FROM " + std::string(table);
      internal::Sqlite3Stmt* stmt = nullptr;
      if (::sqlite_api::sqlite3_prepare_v2(internal::SqliteHandle(db), sql.c_str(),
                                           static_cast<int>(sql.size()), &stmt,
                                           nullptr) != SQLITE_OK) {
        return core::Fail(internal::SqliteError(db, "prepare reserve ids"));
      }
      found = statements.emplace(key, stmt).first;
    }
    internal::Sqlite3Stmt* stmt = found->second;
    if (::sqlite_api::sqlite3_step(stmt) != SQLITE_ROW) {
      core::Error e = internal::SqliteError(db, "reserve ids in " + std::string(table));
      ::sqlite_api::sqlite3_reset(stmt);
      return core::Fail(std::move(e));
    }
    const std::int64_t max = ::sqlite_api::sqlite3_column_int64(stmt, 0);  // NULL reads as 0
    ::sqlite_api::sqlite3_reset(stmt);
    return max;
  }

  // The INSERT of `rows` rows per statement for Table, prepared once.
  template <class Table>
  core::Result<internal::Sqlite3Stmt*> Prepared(std::size_t rows) {
    const auto key = std::make_pair(Table::kName, rows);
    auto found = statements.find(key);
    if (found != statements.end()) return found->second;
    const std::string sql = SqliteMultiRowInsert<Table>(rows);
    internal::Sqlite3Stmt* stmt = nullptr;
    if (::sqlite_api::sqlite3_prepare_v2(internal::SqliteHandle(db), sql.c_str(),
                                         static_cast<int>(sql.size()), &stmt,
                                         nullptr) != SQLITE_OK) {
      return core::Fail(internal::SqliteError(db, "prepare bulk insert"));
    }
    statements.emplace(key, stmt);
    return stmt;
  }

  // Writes records[i] with ids[i].
  template <class Table>
  core::Status Write(const std::vector<const typename Table::Type*>& records,
                     const std::vector<std::int64_t>& ids) {
    if (records.empty()) return core::Ok();
    written.insert(Table::kName);
    if (db.backend() == Backend::kSqlite) return WriteSqlite<Table>(records, ids);
    return WritePostgres<Table>(records, ids);
  }

  // Binds records[i] (with ids[i]) as row `slot` of a multi-row statement.
  template <class Table>
  void BindSqliteRow(internal::Sqlite3Stmt* stmt, std::size_t slot,
                     const typename Table::Type& record, std::int64_t id) {
    const std::size_t columns = internal::ColumnsOf<Table>().size();
    const std::size_t first = slot * (columns + 1);
    RowWriter writer(row, first + 1);
    Table::Map(writer, record);
    ::sqlite_api::sqlite3_bind_int64(stmt, static_cast<int>(first) + 1, id);
    for (std::size_t k = first + 1; k <= first + columns; ++k) {
      const Slot& s = row[k];
      const int param = static_cast<int>(k) + 1;
      if (s.is_null()) {
        ::sqlite_api::sqlite3_bind_null(stmt, param);
      } else if (s.text) {
        ::sqlite_api::sqlite3_bind_text(stmt, param, s.s.data(), static_cast<int>(s.s.size()),
                                        SQLITE_STATIC);
      } else {
        ::sqlite_api::sqlite3_bind_int64(stmt, param, s.i);
      }
    }
  }

  core::Status StepSqlite(internal::Sqlite3Stmt* stmt, std::string_view table) {
    const int rc = ::sqlite_api::sqlite3_step(stmt);
    if (rc != SQLITE_DONE) {
      core::Error e = internal::SqliteError(db, "bulk insert into " + std::string(table));
      ::sqlite_api::sqlite3_reset(stmt);
      return core::Fail(std::move(e));
    }
    ::sqlite_api::sqlite3_reset(stmt);
    return core::Ok();
  }

  // Full chunks of kSqliteRowsPerInsert rows go through one multi-row INSERT (amortising the
  // per-statement cost); the remainder through the power-of-two INSERTs (32, 16, …, 1 rows)
  // that add up to it, so a batch never runs more than log2(chunk) + 1 short statements
  // (each execution also rebuilds the ephemeral tables of the schema's IN (…) CHECKs).
  template <class Table>
  core::Status WriteSqlite(const std::vector<const typename Table::Type*>& records,
                           const std::vector<std::int64_t>& ids) {
    std::size_t i = 0;
    for (std::size_t chunk = kSqliteRowsPerInsert; chunk > 0 && i < records.size(); chunk /= 2) {
      if (records.size() - i < chunk) continue;
      ASSIGN_OR_RETURN(internal::Sqlite3Stmt * stmt, Prepared<Table>(chunk));
      for (; i + chunk <= records.size(); i += chunk) {
        for (std::size_t r = 0; r < chunk; ++r)
          BindSqliteRow<Table>(stmt, r, *records[i + r], ids[i + r]);
        RETURN_IF_ERROR(StepSqlite(stmt, Table::kName));
      }
    }
    return core::Ok();
  }

  template <class Table>
  core::Status WritePostgres(const std::vector<const typename Table::Type*>& records,
                             const std::vector<std::int64_t>& ids) {
    PGconn* conn = internal::PgHandle(db);
    const std::string command = PgCopyCommand<Table>();
    const std::string operation = "copy into " + std::string(Table::kName);
    PGresult* start = PQexec(conn, command.c_str());
    if (!start || PQresultStatus(start) != PGRES_COPY_IN) {
      core::Error e = internal::PgResultError(start, operation);
      PQclear(start);
      return core::Fail(std::move(e));
    }
    PQclear(start);
    std::string buffer;
    buffer.reserve(1 << 20);
    bool sent = true;
    for (std::size_t i = 0; i < records.size() && sent; ++i) {
      RowWriter writer(row);
      Table::Map(writer, *records[i]);
      buffer += std::to_string(ids[i]);
      const std::size_t columns = internal::ColumnsOf<Table>().size();
      for (std::size_t k = 0; k < columns; ++k) {
        buffer.push_back('\t');
        AppendCopySlot(buffer, row[k]);
      }
      buffer.push_back('\n');
      if (buffer.size() >= (1 << 20)) {
        sent = PQputCopyData(conn, buffer.data(), static_cast<int>(buffer.size())) == 1;
        buffer.clear();
      }
    }
    if (sent && !buffer.empty()) {
      sent = PQputCopyData(conn, buffer.data(), static_cast<int>(buffer.size())) == 1;
    }
    PQputCopyEnd(conn, sent ? nullptr : "client failed to send data");
    core::Status status = core::Ok();
    while (PGresult* result = PQgetResult(conn)) {
      if (status && PQresultStatus(result) != PGRES_COMMAND_OK) {
        status = core::Fail(internal::PgResultError(result, operation));
      }
      PQclear(result);
    }
    return status;
  }

  // Runs fn in the caller's transaction (as a savepoint) or in its own.
  template <class F>
  core::Status Batch(std::string_view operation, F&& fn) {
    return internal::Tx(db, operation, std::forward<F>(fn));
  }
};

BulkWriter::BulkWriter(Database& db) : impl_(std::make_unique<Impl>(db)) {}
BulkWriter::~BulkWriter() = default;

const BulkCounts& BulkWriter::counts() const { return impl_->counts; }

core::Status BulkWriter::Analyze() {
  Impl& im = *impl_;
  if (im.written.empty()) return core::Ok();
  if (im.db.backend() == Backend::kSqlite) {
    // Sampled statistics (≤ 400 rows per index): enough for the planner to prefer the list
    // indexes of 0005, and quick even at province scale.
    return internal::Guarded(im.db, "analyze", [&]() -> core::Status {
      internal::Session(im.db) << "PRAGMA analysis_limit = 400";
      internal::Session(im.db) << "ANALYZE";
      return core::Ok();
    });
  }
  std::string sql = "ANALYZE ";
  for (std::string_view table : im.written) {
    if (sql.size() > 8) sql += ", ";
    sql += table;
  }
  PGresult* result = PQexec(internal::PgHandle(im.db), sql.c_str());
  if (!result || PQresultStatus(result) != PGRES_COMMAND_OK) {
    core::Error e = internal::PgResultError(result, "analyze");
    PQclear(result);
    return core::Fail(std::move(e));
  }
  PQclear(result);
  return core::Ok();
}

core::Status BulkWriter::AddCommittees(std::span<domain::MediationCommittee> committees) {
  Impl& im = *impl_;
  BulkCounts added;
  const core::Status done = im.Batch("bulk committees", [&]() -> core::Status {
    ASSIGN_OR_RETURN(auto ids, im.ReserveIds(CommitteeTable::kName, committees.size()));
    std::vector<const domain::MediationCommittee*> parents;
    std::vector<domain::CommitteeMember*> members;
    for (std::size_t i = 0; i < committees.size(); ++i) {
      committees[i].id = ids[i];
      parents.push_back(&committees[i]);
      for (auto& m : committees[i].members) {
        m.committee_id = ids[i];
        members.push_back(&m);
      }
    }
    ASSIGN_OR_RETURN(auto member_ids, im.ReserveIds(CommitteeMemberTable::kName, members.size()));
    for (std::size_t i = 0; i < members.size(); ++i) members[i]->id = member_ids[i];
    RETURN_IF_ERROR(im.Write<CommitteeTable>(parents, ids));
    RETURN_IF_ERROR(im.Write<CommitteeMemberTable>(
        std::vector<const domain::CommitteeMember*>(members.begin(), members.end()), member_ids));
    added.committees = static_cast<std::int64_t>(parents.size());
    added.committee_members = static_cast<std::int64_t>(members.size());
    return core::Ok();
  });
  if (!done) return done;
  im.counts.committees += added.committees;
  im.counts.committee_members += added.committee_members;
  return core::Ok();
}

namespace {

// The common shape of a batch without children.
template <class Table>
core::Status AddFlat(
    Database& db, std::span<typename Table::Type> records, std::int64_t& counter,
    const std::function<core::Result<std::vector<std::int64_t>>(std::size_t)>& reserve,
    const std::function<core::Status(const std::vector<const typename Table::Type*>&,
                                     const std::vector<std::int64_t>&)>& write) {
  const core::Status done =
      internal::Tx(db, "bulk " + std::string(Table::kName), [&]() -> core::Status {
        ASSIGN_OR_RETURN(auto ids, reserve(records.size()));
        std::vector<const typename Table::Type*> rows;
        rows.reserve(records.size());
        for (std::size_t i = 0; i < records.size(); ++i) {
          records[i].id = ids[i];
          rows.push_back(&records[i]);
        }
        return write(rows, ids);
      });
  if (!done) return done;
  counter += static_cast<std::int64_t>(records.size());
  return core::Ok();
}

}  // namespace

core::Status BulkWriter::AddRegions(std::span<domain::Region> regions) {
  Impl& im = *impl_;
  return AddFlat<RegionTable>(
      im.db, regions, im.counts.regions,
      [&](std::size_t n) { return im.ReserveIds(RegionTable::kName, n); },
      [&](const auto& rows, const auto& ids) { return im.Write<RegionTable>(rows, ids); });
}

core::Status BulkWriter::AddDepartments(std::span<domain::Department> departments) {
  Impl& im = *impl_;
  return AddFlat<DepartmentTable>(
      im.db, departments, im.counts.departments,
      [&](std::size_t n) { return im.ReserveIds(DepartmentTable::kName, n); },
      [&](const auto& rows, const auto& ids) { return im.Write<DepartmentTable>(rows, ids); });
}

core::Status BulkWriter::AddOfficers(std::span<domain::EnforcementOfficer> officers) {
  Impl& im = *impl_;
  BulkCounts added;
  const core::Status done = im.Batch("bulk officers", [&]() -> core::Status {
    ASSIGN_OR_RETURN(auto ids, im.ReserveIds(OfficerTable::kName, officers.size()));
    std::vector<const domain::EnforcementOfficer*> parents;
    std::vector<domain::OfficerCertificate*> certificates;
    std::vector<domain::OfficerExam*> exams;
    std::vector<domain::OfficerTraining*> trainings;
    for (std::size_t i = 0; i < officers.size(); ++i) {
      auto& o = officers[i];
      o.id = ids[i];
      parents.push_back(&o);
      for (auto& c : o.certificates) {
        c.officer_id = o.id;
        c.township_id = o.township_id;
        certificates.push_back(&c);
      }
      for (auto& e : o.exams) {
        e.officer_id = o.id;
        exams.push_back(&e);
      }
      for (auto& t : o.trainings) {
        t.officer_id = o.id;
        trainings.push_back(&t);
      }
    }
    ASSIGN_OR_RETURN(auto cert_ids, im.ReserveIds(CertificateTable::kName, certificates.size()));
    for (std::size_t i = 0; i < certificates.size(); ++i) certificates[i]->id = cert_ids[i];
    ASSIGN_OR_RETURN(auto exam_ids, im.ReserveIds(ExamTable::kName, exams.size()));
    for (std::size_t i = 0; i < exams.size(); ++i) exams[i]->id = exam_ids[i];
    ASSIGN_OR_RETURN(auto training_ids, im.ReserveIds(TrainingTable::kName, trainings.size()));
    for (std::size_t i = 0; i < trainings.size(); ++i) trainings[i]->id = training_ids[i];
    RETURN_IF_ERROR(im.Write<OfficerTable>(parents, ids));
    RETURN_IF_ERROR(im.Write<CertificateTable>(
        std::vector<const domain::OfficerCertificate*>(certificates.begin(), certificates.end()),
        cert_ids));
    RETURN_IF_ERROR(im.Write<ExamTable>(
        std::vector<const domain::OfficerExam*>(exams.begin(), exams.end()), exam_ids));
    RETURN_IF_ERROR(im.Write<TrainingTable>(
        std::vector<const domain::OfficerTraining*>(trainings.begin(), trainings.end()),
        training_ids));
    added.officers = static_cast<std::int64_t>(parents.size());
    added.officer_children =
        static_cast<std::int64_t>(certificates.size() + exams.size() + trainings.size());
    return core::Ok();
  });
  if (!done) return done;
  im.counts.officers += added.officers;
  im.counts.officer_children += added.officer_children;
  return core::Ok();
}

core::Status BulkWriter::AddNormativeDocuments(std::span<domain::NormativeDocument> documents) {
  Impl& im = *impl_;
  return AddFlat<NormativeTable>(
      im.db, documents, im.counts.normative_documents,
      [&](std::size_t n) { return im.ReserveIds(NormativeTable::kName, n); },
      [&](const auto& rows, const auto& ids) { return im.Write<NormativeTable>(rows, ids); });
}

core::Status BulkWriter::AddMajorDecisions(std::span<domain::MajorDecision> decisions) {
  Impl& im = *impl_;
  return AddFlat<DecisionTable>(
      im.db, decisions, im.counts.major_decisions,
      [&](std::size_t n) { return im.ReserveIds(DecisionTable::kName, n); },
      [&](const auto& rows, const auto& ids) { return im.Write<DecisionTable>(rows, ids); });
}

core::Status BulkWriter::AddReviewCatalogue(std::span<domain::ReviewCatalogueEntry> entries) {
  auto& im = *impl_;
  return AddFlat<ReviewCatalogueTable>(
      im.db, entries, im.counts.review_catalogue_entries,
      [&](std::size_t n) { return im.ReserveIds(ReviewCatalogueTable::kName, n); },
      [&](const auto& rows, const auto& ids) { return im.Write<ReviewCatalogueTable>(rows, ids); });
}

core::Status BulkWriter::AddPowerItems(std::span<domain::PowerItem> items) {
  auto& im = *impl_;
  return AddFlat<PowerItemTable>(
      im.db, items, im.counts.power_items, [&](std::size_t n) { return im.ReserveIds(PowerItemTable::kName, n); },
      [&](const auto& rows, const auto& ids) { return im.Write<PowerItemTable>(rows, ids); });
}

core::Status BulkWriter::AddDecisionCatalogue(std::span<domain::DecisionCatalogueItem> items) {
  Impl& im = *impl_;
  return AddFlat<DecisionCatalogueTable>(
      im.db, items, im.counts.decision_catalogue_items,
      [&](std::size_t n) { return im.ReserveIds(DecisionCatalogueTable::kName, n); },
      [&](const auto& rows, const auto& ids) { return im.Write<DecisionCatalogueTable>(rows, ids); });
}

core::Status BulkWriter::AddMediators(std::span<domain::Mediator> mediators) {
  Impl& im = *impl_;
  return AddFlat<MediatorTable>(
      im.db, mediators, im.counts.mediators,
      [&](std::size_t n) { return im.ReserveIds(MediatorTable::kName, n); },
      [&](const auto& rows, const auto& ids) { return im.Write<MediatorTable>(rows, ids); });
}

core::Status BulkWriter::AddScreeningRounds(std::span<domain::ScreeningRound> rounds) {
  Impl& im = *impl_;
  return AddFlat<ScreeningRoundTable>(
      im.db, rounds, im.counts.screening_rounds,
      [&](std::size_t n) { return im.ReserveIds(ScreeningRoundTable::kName, n); },
      [&](const auto& rows, const auto& ids) { return im.Write<ScreeningRoundTable>(rows, ids); });
}

core::Status BulkWriter::AddScreenedDisputes(std::span<domain::ScreenedDispute> disputes) {
  Impl& im = *impl_;
  return AddFlat<ScreenedDisputeTable>(
      im.db, disputes, im.counts.screened_disputes,
      [&](std::size_t n) { return im.ReserveIds(ScreenedDisputeTable::kName, n); },
      [&](const auto& rows, const auto& ids) { return im.Write<ScreenedDisputeTable>(rows, ids); });
}

core::Status BulkWriter::AddLeaderReceptions(std::span<domain::LeaderReception> receptions) {
  Impl& im = *impl_;
  return AddFlat<ReceptionTable>(
      im.db, receptions, im.counts.leader_receptions,
      [&](std::size_t n) { return im.ReserveIds(ReceptionTable::kName, n); },
      [&](const auto& rows, const auto& ids) { return im.Write<ReceptionTable>(rows, ids); });
}

core::Status BulkWriter::AddCases(std::span<domain::MediationCase> cases) {
  Impl& im = *impl_;
  BulkCounts added;
  const core::Status done = im.Batch("bulk mediation cases", [&]() -> core::Status {
    ASSIGN_OR_RETURN(auto ids, im.ReserveIds(CaseTable::kName, cases.size()));
    std::vector<const domain::MediationCase*> parents;
    std::vector<domain::MediationParty*> parties;
    std::vector<domain::MediationAgreement*> agreements;
    parents.reserve(cases.size());
    for (std::size_t i = 0; i < cases.size(); ++i) {
      domain::MediationCase& c = cases[i];
      c.id = ids[i];
      parents.push_back(&c);
      for (auto& p : c.parties) {
        p.case_id = c.id;
        parties.push_back(&p);
      }
      if (c.agreement) {
        c.agreement->case_id = c.id;
        agreements.push_back(&*c.agreement);
      }
    }
    ASSIGN_OR_RETURN(auto party_ids, im.ReserveIds(PartyTable::kName, parties.size()));
    ASSIGN_OR_RETURN(auto agreement_ids, im.ReserveIds(AgreementTable::kName, agreements.size()));
    for (std::size_t i = 0; i < parties.size(); ++i) parties[i]->id = party_ids[i];
    for (std::size_t i = 0; i < agreements.size(); ++i) agreements[i]->id = agreement_ids[i];
    RETURN_IF_ERROR(im.Write<CaseTable>(parents, ids));
    RETURN_IF_ERROR(im.Write<PartyTable>(
        std::vector<const domain::MediationParty*>(parties.begin(), parties.end()), party_ids));
    RETURN_IF_ERROR(im.Write<AgreementTable>(
        std::vector<const domain::MediationAgreement*>(agreements.begin(), agreements.end()),
        agreement_ids));
    added.cases = static_cast<std::int64_t>(parents.size());
    added.parties = static_cast<std::int64_t>(parties.size());
    added.agreements = static_cast<std::int64_t>(agreements.size());
    return core::Ok();
  });
  if (!done) return done;
  im.counts.cases += added.cases;
  im.counts.parties += added.parties;
  im.counts.agreements += added.agreements;
  return core::Ok();
}

core::Status BulkWriter::AddPetitions(std::span<domain::Petition> petitions) {
  Impl& im = *impl_;
  BulkCounts added;
  const core::Status done = im.Batch("bulk petitions", [&]() -> core::Status {
    ASSIGN_OR_RETURN(auto ids, im.ReserveIds(PetitionTable::kName, petitions.size()));
    std::vector<const domain::Petition*> parents;
    std::vector<ReviewRow> reviews;
    std::vector<IntervalRow> intervals;
    parents.reserve(petitions.size());
    for (std::size_t i = 0; i < petitions.size(); ++i) {
      domain::Petition& p = petitions[i];
      p.id = ids[i];
      parents.push_back(&p);
      for (const auto& interval : p.excluded) {
        intervals.push_back({0, p.id, IntervalKind::kHandling, interval});
      }
      if (p.review) {
        reviews.push_back({0, p.id, ReviewKind::kReview, *p.review});
        for (const auto& h : p.review->hearing) {
          intervals.push_back({0, p.id, IntervalKind::kReview, h});
        }
      }
      if (p.re_review) {
        reviews.push_back({0, p.id, ReviewKind::kReReview, *p.re_review});
        for (const auto& h : p.re_review->hearing) {
          intervals.push_back({0, p.id, IntervalKind::kReReview, h});
        }
      }
    }
    ASSIGN_OR_RETURN(auto review_ids, im.ReserveIds(ReviewTable::kName, reviews.size()));
    ASSIGN_OR_RETURN(auto interval_ids, im.ReserveIds(IntervalTable::kName, intervals.size()));
    std::vector<const ReviewRow*> review_rows;
    for (const auto& r : reviews) review_rows.push_back(&r);
    std::vector<const IntervalRow*> interval_rows;
    for (const auto& r : intervals) interval_rows.push_back(&r);
    RETURN_IF_ERROR(im.Write<PetitionTable>(parents, ids));
    RETURN_IF_ERROR(im.Write<ReviewTable>(review_rows, review_ids));
    RETURN_IF_ERROR(im.Write<IntervalTable>(interval_rows, interval_ids));
    added.petitions = static_cast<std::int64_t>(parents.size());
    added.petition_reviews = static_cast<std::int64_t>(reviews.size());
    added.excluded_intervals = static_cast<std::int64_t>(intervals.size());
    return core::Ok();
  });
  if (!done) return done;
  im.counts.petitions += added.petitions;
  im.counts.petition_reviews += added.petition_reviews;
  im.counts.excluded_intervals += added.excluded_intervals;
  return core::Ok();
}

core::Status BulkWriter::AddPenaltyCases(std::span<domain::PenaltyCase> cases) {
  Impl& im = *impl_;
  BulkCounts added;
  const core::Status done = im.Batch("bulk enforcement cases", [&]() -> core::Status {
    ASSIGN_OR_RETURN(auto ids, im.ReserveIds(PenaltyCaseTable::kName, cases.size()));
    std::vector<const domain::PenaltyCase*> parents;
    std::vector<domain::CaseParty*> parties;
    std::vector<domain::CaseDocument*> documents;
    std::vector<CaseOfficerRow> officers;
    std::vector<CaseExtensionRow> extensions;
    std::vector<CaseExcludedRow> excluded;
    for (std::size_t i = 0; i < cases.size(); ++i) {
      domain::PenaltyCase& c = cases[i];
      c.id = ids[i];
      parents.push_back(&c);
      for (auto& p : c.parties) {
        p.case_id = c.id;
        parties.push_back(&p);
      }
      for (auto& d : c.documents) {
        d.case_id = c.id;
        documents.push_back(&d);
      }
      for (const auto& o : c.officers) officers.push_back({0, c.id, o});
      for (const auto& e : c.extensions) extensions.push_back({0, c.id, e});
      for (const auto& x : c.excluded) excluded.push_back({0, c.id, x});
    }
    ASSIGN_OR_RETURN(auto party_ids, im.ReserveIds(PenaltyPartyTable::kName, parties.size()));
    for (std::size_t i = 0; i < parties.size(); ++i) parties[i]->id = party_ids[i];
    ASSIGN_OR_RETURN(auto document_ids, im.ReserveIds(PenaltyDocumentTable::kName, documents.size()));
    for (std::size_t i = 0; i < documents.size(); ++i) documents[i]->id = document_ids[i];
    ASSIGN_OR_RETURN(auto officer_ids, im.ReserveIds(PenaltyOfficerTable::kName, officers.size()));
    ASSIGN_OR_RETURN(auto extension_ids, im.ReserveIds(PenaltyExtensionTable::kName, extensions.size()));
    ASSIGN_OR_RETURN(auto excluded_ids, im.ReserveIds(PenaltyExcludedTable::kName, excluded.size()));
    std::vector<const CaseOfficerRow*> officer_rows;
    for (const auto& r : officers) officer_rows.push_back(&r);
    std::vector<const CaseExtensionRow*> extension_rows;
    for (const auto& r : extensions) extension_rows.push_back(&r);
    std::vector<const CaseExcludedRow*> excluded_rows;
    for (const auto& r : excluded) excluded_rows.push_back(&r);
    RETURN_IF_ERROR(im.Write<PenaltyCaseTable>(parents, ids));
    RETURN_IF_ERROR(im.Write<PenaltyPartyTable>(
        std::vector<const domain::CaseParty*>(parties.begin(), parties.end()), party_ids));
    RETURN_IF_ERROR(im.Write<PenaltyDocumentTable>(
        std::vector<const domain::CaseDocument*>(documents.begin(), documents.end()), document_ids));
    RETURN_IF_ERROR(im.Write<PenaltyOfficerTable>(officer_rows, officer_ids));
    RETURN_IF_ERROR(im.Write<PenaltyExtensionTable>(extension_rows, extension_ids));
    RETURN_IF_ERROR(im.Write<PenaltyExcludedTable>(excluded_rows, excluded_ids));
    added.penalty_cases = static_cast<std::int64_t>(parents.size());
    added.penalty_children = static_cast<std::int64_t>(parties.size() + documents.size() + officers.size() +
                                                       extensions.size() + excluded.size());
    return core::Ok();
  });
  if (!done) return done;
  im.counts.penalty_cases += added.penalty_cases;
  im.counts.penalty_children += added.penalty_children;
  return core::Ok();
}

}  // namespace fazhi::store
