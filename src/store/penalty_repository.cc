// store/penalty_repository.cc — see penalty_repository.h.
#include "store/penalty_repository.h"

#include <map>
#include <string>
#include <utility>

#include "store/internal/repo_util.h"
#include "store/internal/rows.h"
#include "store/internal/scope_sql.h"
#include "store/internal/session.h"
#include "store/internal/tables.h"

namespace fazhi::store {

using internal::CaseExcludedRow;
using internal::CaseExtensionRow;
using internal::CaseOfficerRow;
using internal::Params;
using internal::PenaltyCaseTable;
using internal::PenaltyDocumentTable;
using internal::PenaltyExcludedTable;
using internal::PenaltyExtensionTable;
using internal::PenaltyOfficerTable;
using internal::PenaltyPartyTable;
using internal::Session;

namespace {

core::Error CaseNotFound() { return internal::RecordNotFound("执法案件", "Enforcement case"); }

// The officers, extensions and excluded intervals of a case: rewritten in order.
void WriteOrderedChildren(soci::session& sql, const domain::PenaltyCase& c) {
  std::int64_t id = c.id;
  sql << "DELETE FROM penalty_case_officer WHERE case_id = :id", soci::use(id);
  sql << "DELETE FROM penalty_case_extension WHERE case_id = :id", soci::use(id);
  sql << "DELETE FROM penalty_case_excluded WHERE case_id = :id", soci::use(id);
  for (const auto& o : c.officers) {
    CaseOfficerRow row{0, c.id, o};
    internal::InsertRecord<PenaltyOfficerTable>(sql, row);
  }
  for (const auto& e : c.extensions) {
    CaseExtensionRow row{0, c.id, e};
    internal::InsertRecord<PenaltyExtensionTable>(sql, row);
  }
  for (const auto& x : c.excluded) {
    CaseExcludedRow row{0, c.id, x};
    internal::InsertRecord<PenaltyExcludedTable>(sql, row);
  }
}

core::Status AttachChildren(Database& db, std::vector<domain::PenaltyCase>& cases) {
  std::vector<std::int64_t> ids;
  std::map<std::int64_t, domain::PenaltyCase*> by_id;
  for (auto& c : cases) {
    ids.push_back(c.id);
    by_id[c.id] = &c;
    c.parties.clear();
    c.officers.clear();
    c.extensions.clear();
    c.excluded.clear();
    c.documents.clear();
  }
  RETURN_IF_ERROR(internal::SelectChildren<PenaltyPartyTable>(
      db, "case_id", ids,
      [&](domain::CaseParty&& p) { by_id[p.case_id]->parties.push_back(std::move(p)); }));
  RETURN_IF_ERROR(internal::SelectChildren<PenaltyOfficerTable>(
      db, "case_id", ids,
      [&](CaseOfficerRow&& r) { by_id[r.case_id]->officers.push_back(std::move(r.officer)); }));
  RETURN_IF_ERROR(internal::SelectChildren<PenaltyExtensionTable>(
      db, "case_id", ids, [&](CaseExtensionRow&& r) {
        by_id[r.case_id]->extensions.push_back(std::move(r.extension));
      }));
  RETURN_IF_ERROR(internal::SelectChildren<PenaltyExcludedTable>(
      db, "case_id", ids,
      [&](CaseExcludedRow&& r) { by_id[r.case_id]->excluded.push_back(std::move(r.interval)); }));
  return internal::SelectChildren<PenaltyDocumentTable>(
      db, "case_id", ids,
      [&](domain::CaseDocument&& d) { by_id[d.case_id]->documents.push_back(std::move(d)); });
}

core::Result<std::vector<domain::PenaltyCase>> SelectCases(Database& db, const std::string& where,
                                                           const std::string& tail,
                                                           Params& params) {
  ASSIGN_OR_RETURN(auto cases, internal::SelectVector<PenaltyCaseTable>(
                                   Session(db),
                                   "SELECT " + internal::SelectList<PenaltyCaseTable>("c") +
                                       " FROM penalty_case c WHERE " + where + " " + tail,
                                   params));
  RETURN_IF_ERROR(AttachChildren(db, cases));
  return cases;
}

// A 案号 conflict says so (the generic label of "number" is the certificate's).
core::Status NameNumberConflict(core::Status st, const domain::PenaltyCase& c) {
  if (st || st.error().code != core::ErrorCode::kConflict || st.error().field != "number") return st;
  core::Error e = st.error();
  e.message = "案号“" + c.number + "”已被本乡镇其他执法案件使用";
  e.message_en = "The case number \"" + c.number + "\" is already used in this township";
  return core::Fail(e);
}

void SetParents(domain::PenaltyCase& c) {
  for (auto& p : c.parties) p.case_id = c.id;
  for (auto& d : c.documents) d.case_id = c.id;
}

}  // namespace

core::Result<domain::PenaltyCase> PenaltyCaseRepository::Create(const Scope& scope,
                                                                domain::PenaltyCase c) {
  core::Status written = internal::Tx(db_, "create enforcement case", [&]() -> core::Status {
    RETURN_IF_ERROR(internal::CheckTownshipWritable(db_, scope, c.township_id));
    soci::session& sql = Session(db_);
    c.id = internal::InsertRecord<PenaltyCaseTable>(sql, c);
    SetParents(c);
    for (auto& p : c.parties) p.id = internal::InsertRecord<PenaltyPartyTable>(sql, p);
    for (auto& d : c.documents) d.id = internal::InsertRecord<PenaltyDocumentTable>(sql, d);
    WriteOrderedChildren(sql, c);
    return core::Ok();
  });
  if (!written) {
    c.id = 0;
    return core::Fail(NameNumberConflict(std::move(written), c).error());
  }
  return Get(scope, c.id);
}

core::Result<domain::PenaltyCase> PenaltyCaseRepository::Get(const Scope& scope, std::int64_t id) {
  return internal::Guarded(db_, "get enforcement case", [&]() -> core::Result<domain::PenaltyCase> {
    Params params;
    std::string where = internal::TownshipCondition(scope, "c.township_id", params) +
                        " AND c.id = " + params.Int(id);
    ASSIGN_OR_RETURN(auto rows, SelectCases(db_, where, "", params));
    if (rows.empty()) return core::Fail(CaseNotFound());
    return std::move(rows.front());
  });
}

core::Result<domain::PenaltyCase> PenaltyCaseRepository::Update(const Scope& scope,
                                                                const domain::PenaltyCase& given) {
  domain::PenaltyCase c = given;
  core::Status written = internal::Tx(db_, "update enforcement case", [&]() -> core::Status {
    ASSIGN_OR_RETURN(c.township_id, internal::StoredTownship(db_, scope, "penalty_case", c.id,
                                                             c.township_id, CaseNotFound()));
    soci::session& sql = Session(db_);
    internal::UpdateRecord<PenaltyCaseTable>(sql, c.id, c);
    const std::int64_t id = c.id;
    RETURN_IF_ERROR(internal::ReplaceChildren<PenaltyPartyTable>(
        db_, "case_id", id, c.parties, [&](domain::CaseParty& p) { p.case_id = id; }, "parties"));
    RETURN_IF_ERROR(internal::ReplaceChildren<PenaltyDocumentTable>(
        db_, "case_id", id, c.documents, [&](domain::CaseDocument& d) { d.case_id = id; },
        "documents"));
    WriteOrderedChildren(sql, c);
    return core::Ok();
  });
  if (!written) return core::Fail(NameNumberConflict(std::move(written), c).error());
  return Get(scope, c.id);
}

core::Result<Page<domain::PenaltyCase>> PenaltyCaseRepository::List(
    const Scope& scope, const PenaltyCaseFilter& filter) {
  return internal::Guarded(
      db_, "list enforcement cases", [&]() -> core::Result<Page<domain::PenaltyCase>> {
        const bool all_rows = filter.page.page_size == 0;
        if (!all_rows) RETURN_IF_ERROR(internal::ValidatePage(filter.page.page, filter.page.page_size));
        if (filter.township_id) {
          RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, *filter.township_id));
        }
        ASSIGN_OR_RETURN(std::string order,
                         internal::OrderBy(filter.page.sort, "-leadReceivedOn",
                                           {{"leadReceivedOn", "c.lead_received_on", false},
                                            {"filedOn", "c.filed_on"},
                                            {"decidedOn", "c.decided_on"},
                                            {"number", "c.number", false},
                                            {"id", "c.id"}},
                                           "c.id"));
        Params params;
        std::string where = internal::TownshipCondition(scope, "c.township_id", params);
        if (filter.township_id) where += " AND c.township_id = " + params.Int(*filter.township_id);
        if (filter.stage) {
          where += " AND c.stage = " + params.Text(std::string(domain::CaseStageCode(*filter.stage)));
        }
        if (filter.category) {
          where += " AND c.category = " +
                   params.Text(std::string(domain::ActionCategoryCode(*filter.category)));
        }
        if (filter.procedure) {
          where += " AND c.procedure_kind = " +
                   params.Text(std::string(domain::PenaltyProcedureCode(*filter.procedure)));
        }
        internal::AddDateRange(where, params, "c.lead_received_on", filter.received_from,
                               filter.received_to);
        internal::AddDateRange(where, params, "c.decided_on", filter.decided_from,
                               filter.decided_to);
        if (filter.published) {
          where += *filter.published
                       ? " AND c.published_on IS NOT NULL"
                       : " AND c.published_on IS NULL AND c.decided_on IS NOT NULL AND c.publication_required = 1 "
                         "AND c.outcome = 'penalty'";
        }
        if (!filter.text.empty()) {
          std::string pattern = internal::LikePattern(filter.text);
          std::string a = params.Text(pattern);
          std::string b = params.Text(pattern);
          std::string d = params.Text(pattern);
          std::string e = params.Text(pattern);
          where += " AND (LOWER(c.number) LIKE LOWER(" + a +
                   ") ESCAPE '!' OR LOWER(c.cause) LIKE LOWER(" + b +
                   ") ESCAPE '!' OR LOWER(c.decision_number) LIKE LOWER(" + d +
                   ") ESCAPE '!' OR EXISTS (SELECT 1 FROM penalty_case_party pp WHERE "
                   "pp.case_id = c.id AND LOWER(pp.name) LIKE LOWER(" +
                   e + ") ESCAPE '!'))";
        }
        Page<domain::PenaltyCase> page;
        page.total = internal::SelectInt(Session(db_),
                                         "SELECT COUNT(*) FROM penalty_case c WHERE " + where, params)
                         .value_or(0);
        ASSIGN_OR_RETURN(page.items,
                         SelectCases(db_, where,
                                     order + (all_rows ? "" : internal::LimitOffset(filter.page)),
                                     params));
        return page;
      });
}

core::Result<std::vector<domain::PenaltyCase>> PenaltyCaseRepository::LoadTownshipRange(
    const Scope& scope, std::int64_t township_id, core::Date from, core::Date to) {
  return internal::Guarded(
      db_, "load enforcement cases", [&]() -> core::Result<std::vector<domain::PenaltyCase>> {
        RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, township_id));
        Params params;
        std::string where = "c.township_id = " + params.Int(township_id) +
                            " AND c.lead_received_on <= " + params.Text(core::FormatDate(to)) +
                            " AND (c.closed_on IS NULL OR c.closed_on >= " +
                            params.Text(core::FormatDate(from)) + ")";
        return SelectCases(db_, where, "ORDER BY c.lead_received_on, c.id", params);
      });
}

}  // namespace fazhi::store
