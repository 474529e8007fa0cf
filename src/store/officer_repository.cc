// store/officer_repository.cc — see officer_repository.h.
#include "store/officer_repository.h"

#include <fmt/format.h>

#include <map>
#include <string>
#include <utility>

#include "store/internal/repo_util.h"
#include "store/internal/rows.h"
#include "store/internal/scope_sql.h"
#include "store/internal/session.h"
#include "store/internal/tables.h"

namespace fazhi::store {

using internal::CertificateTable;
using internal::ExamTable;
using internal::OfficerTable;
using internal::Params;
using internal::Session;
using internal::TrainingTable;

namespace {

core::Error OfficerNotFound() { return internal::RecordNotFound("执法人员", "Enforcement officer"); }

core::Status AttachChildren(Database& db, std::vector<domain::EnforcementOfficer>& officers) {
  std::vector<std::int64_t> ids;
  std::map<std::int64_t, domain::EnforcementOfficer*> by_id;
  for (auto& o : officers) {
    ids.push_back(o.id);
    by_id[o.id] = &o;
    o.certificates.clear();
    o.exams.clear();
    o.trainings.clear();
  }
  RETURN_IF_ERROR(internal::SelectChildren<CertificateTable>(
      db, "officer_id", ids, [&](domain::OfficerCertificate&& c) {
        by_id[c.officer_id]->certificates.push_back(std::move(c));
      }));
  RETURN_IF_ERROR(internal::SelectChildren<ExamTable>(
      db, "officer_id", ids,
      [&](domain::OfficerExam&& e) { by_id[e.officer_id]->exams.push_back(std::move(e)); }));
  return internal::SelectChildren<TrainingTable>(
      db, "officer_id", ids,
      [&](domain::OfficerTraining&& t) { by_id[t.officer_id]->trainings.push_back(std::move(t)); });
}

core::Result<std::vector<domain::EnforcementOfficer>> SelectOfficers(Database& db,
                                                                     const std::string& where,
                                                                     const std::string& tail,
                                                                     Params& params) {
  ASSIGN_OR_RETURN(auto officers, internal::SelectVector<OfficerTable>(
                                      Session(db),
                                      "SELECT " + internal::SelectList<OfficerTable>("o") +
                                          " FROM enforcement_officer o WHERE " + where + " " + tail,
                                      params));
  RETURN_IF_ERROR(AttachChildren(db, officers));
  return officers;
}

// A certificate number conflict names the certificate that caused it.
core::Status NameCertificateConflict(core::Status st, const domain::EnforcementOfficer& o,
                                     Database& db) {
  if (st || st.error().code != core::ErrorCode::kConflict || st.error().field != "number") return st;
  for (std::size_t i = 0; i < o.certificates.size(); ++i) {
    Params params;
    std::string where = "township_id = " + params.Int(o.township_id) +
                        " AND number = " + params.Text(o.certificates[i].number);
    if (o.id != 0) where += " AND officer_id <> " + params.Int(o.id);
    auto taken = internal::SelectInt(Session(db), "SELECT COUNT(*) FROM officer_certificate WHERE " + where,
                                     params);
    if (taken.value_or(0) > 0) {
      core::Error e = st.error();
      e.field = fmt::format("certificates[{}].number", i);
      e.message = fmt::format("执法证号“{}”已被本乡镇其他执法人员使用", o.certificates[i].number);
      e.message_en = fmt::format("The certificate number \"{}\" is already used in this township",
                                 o.certificates[i].number);
      return core::Fail(e);
    }
  }
  return st;
}

void SetParents(domain::EnforcementOfficer& o) {
  for (auto& c : o.certificates) {
    c.officer_id = o.id;
    c.township_id = o.township_id;
  }
  for (auto& e : o.exams) e.officer_id = o.id;
  for (auto& t : o.trainings) t.officer_id = o.id;
}

}  // namespace

core::Result<domain::EnforcementOfficer> OfficerRepository::Create(
    const Scope& scope, domain::EnforcementOfficer officer) {
  core::Status written = internal::Tx(db_, "create officer", [&]() -> core::Status {
    RETURN_IF_ERROR(internal::CheckTownshipWritable(db_, scope, officer.township_id));
    soci::session& sql = Session(db_);
    officer.id = internal::InsertRecord<OfficerTable>(sql, officer);
    SetParents(officer);
    for (auto& c : officer.certificates) c.id = internal::InsertRecord<CertificateTable>(sql, c);
    for (auto& e : officer.exams) e.id = internal::InsertRecord<ExamTable>(sql, e);
    for (auto& t : officer.trainings) t.id = internal::InsertRecord<TrainingTable>(sql, t);
    return core::Ok();
  });
  if (!written) {
    officer.id = 0;
    return core::Fail(NameCertificateConflict(std::move(written), officer, db_).error());
  }
  return officer;
}

core::Result<domain::EnforcementOfficer> OfficerRepository::Get(const Scope& scope,
                                                                std::int64_t id) {
  return internal::Guarded(db_, "get officer", [&]() -> core::Result<domain::EnforcementOfficer> {
    Params params;
    std::string where = internal::TownshipCondition(scope, "o.township_id", params) +
                        " AND o.id = " + params.Int(id);
    ASSIGN_OR_RETURN(auto rows, SelectOfficers(db_, where, "", params));
    if (rows.empty()) return core::Fail(OfficerNotFound());
    return std::move(rows.front());
  });
}

core::Result<domain::EnforcementOfficer> OfficerRepository::Update(
    const Scope& scope, const domain::EnforcementOfficer& officer) {
  domain::EnforcementOfficer o = officer;
  core::Status written = internal::Tx(db_, "update officer", [&]() -> core::Status {
    ASSIGN_OR_RETURN(o.township_id,
                     internal::StoredTownship(db_, scope, "enforcement_officer", o.id,
                                              o.township_id, OfficerNotFound()));
    internal::UpdateRecord<OfficerTable>(Session(db_), o.id, o);
    const std::int64_t id = o.id;
    const std::int64_t township = o.township_id;
    RETURN_IF_ERROR(internal::ReplaceChildren<CertificateTable>(
        db_, "officer_id", id, o.certificates,
        [&](domain::OfficerCertificate& c) {
          c.officer_id = id;
          c.township_id = township;
        },
        "certificates"));
    RETURN_IF_ERROR(internal::ReplaceChildren<ExamTable>(
        db_, "officer_id", id, o.exams, [&](domain::OfficerExam& e) { e.officer_id = id; }, "exams"));
    return internal::ReplaceChildren<TrainingTable>(
        db_, "officer_id", id, o.trainings, [&](domain::OfficerTraining& t) { t.officer_id = id; },
        "trainings");
  });
  if (!written) return core::Fail(NameCertificateConflict(std::move(written), o, db_).error());
  return Get(scope, o.id);
}

core::Result<Page<domain::EnforcementOfficer>> OfficerRepository::List(const Scope& scope,
                                                                       const OfficerFilter& filter) {
  return internal::Guarded(
      db_, "list officers", [&]() -> core::Result<Page<domain::EnforcementOfficer>> {
        const bool all_rows = filter.page.page_size == 0;
        if (!all_rows) RETURN_IF_ERROR(internal::ValidatePage(filter.page.page, filter.page.page_size));
        if (filter.township_id) {
          RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, *filter.township_id));
        }
        ASSIGN_OR_RETURN(std::string order,
                         internal::OrderBy(filter.page.sort, "name",
                                           {{"name", "o.name", false}, {"inPostFrom", "o.in_post_from", false}, {"id", "o.id"}},
                                           "o.id"));
        Params params;
        std::string where = internal::TownshipCondition(scope, "o.township_id", params);
        if (filter.township_id) where += " AND o.township_id = " + params.Int(*filter.township_id);
        if (!filter.text.empty()) {
          std::string pattern = internal::LikePattern(filter.text);
          std::string a = params.Text(pattern);
          std::string b = params.Text(pattern);
          where += " AND (LOWER(o.name) LIKE LOWER(" + a +
                   ") ESCAPE '!' OR EXISTS (SELECT 1 FROM officer_certificate oc WHERE "
                   "oc.officer_id = o.id AND LOWER(oc.number) LIKE LOWER(" +
                   b + ") ESCAPE '!'))";
        }
        if (filter.in_post) {
          std::string d1 = params.Text(core::FormatDate(filter.in_post_on));
          std::string d2 = params.Text(core::FormatDate(filter.in_post_on));
          const std::string in_post = "(o.in_post_from <= " + d1 +
                                      " AND (o.left_post_on IS NULL OR o.left_post_on > " + d2 + "))";
          where += *filter.in_post ? " AND " + in_post : " AND NOT " + in_post;
        }
        Page<domain::EnforcementOfficer> page;
        page.total = internal::SelectInt(Session(db_),
                                         "SELECT COUNT(*) FROM enforcement_officer o WHERE " + where,
                                         params)
                         .value_or(0);
        ASSIGN_OR_RETURN(page.items,
                         SelectOfficers(db_, where,
                                        order + (all_rows ? "" : internal::LimitOffset(filter.page)),
                                        params));
        return page;
      });
}

core::Result<std::vector<domain::EnforcementOfficer>> OfficerRepository::LoadTownship(
    const Scope& scope, std::int64_t township_id) {
  return internal::Guarded(
      db_, "load officers", [&]() -> core::Result<std::vector<domain::EnforcementOfficer>> {
        RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, township_id));
        Params params;
        std::string where = "o.township_id = " + params.Int(township_id);
        return SelectOfficers(db_, where, "ORDER BY o.name, o.id", params);
      });
}

}  // namespace fazhi::store
