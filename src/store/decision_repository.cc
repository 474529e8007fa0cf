// store/decision_repository.cc — see decision_repository.h.
#include "store/decision_repository.h"

#include <string>
#include <utility>

#include "store/internal/repo_util.h"
#include "store/internal/rows.h"
#include "store/internal/scope_sql.h"
#include "store/internal/session.h"
#include "store/internal/tables.h"

namespace fazhi::store {

using internal::DecisionTable;
using internal::Params;
using internal::Session;

namespace {

core::Error DecisionNotFound() { return internal::RecordNotFound("重大行政决策", "Major decision"); }

core::Result<std::vector<domain::MajorDecision>> Select(Database& db, const std::string& where,
                                                            const std::string& tail, Params& params) {
  return internal::SelectVector<DecisionTable>(
      Session(db),
      "SELECT " + internal::SelectList<DecisionTable>("d") + " FROM major_decision d WHERE " + where + " " + tail,
      params);
}

}  // namespace

core::Result<domain::MajorDecision> DecisionRepository::Create(const Scope& scope,
                                                                    domain::MajorDecision d) {
  core::Status written = internal::Tx(db_, "create major decision", [&]() -> core::Status {
    RETURN_IF_ERROR(internal::CheckTownshipWritable(db_, scope, d.township_id));
    d.id = internal::InsertRecord<DecisionTable>(Session(db_), d);
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return d;
}

core::Result<domain::MajorDecision> DecisionRepository::Get(const Scope& scope, std::int64_t id) {
  return internal::Guarded(db_, "get major decision", [&]() -> core::Result<domain::MajorDecision> {
    Params params;
    std::string where = internal::TownshipCondition(scope, "d.township_id", params) + " AND d.id = " + params.Int(id);
    ASSIGN_OR_RETURN(auto rows, Select(db_, where, "", params));
    if (rows.empty()) return core::Fail(DecisionNotFound());
    return std::move(rows.front());
  });
}

core::Result<domain::MajorDecision> DecisionRepository::Update(const Scope& scope,
                                                                    const domain::MajorDecision& given) {
  domain::MajorDecision d = given;
  core::Status written = internal::Tx(db_, "update major decision", [&]() -> core::Status {
    ASSIGN_OR_RETURN(d.township_id, internal::StoredTownship(db_, scope, "major_decision", d.id, d.township_id,
                                                             DecisionNotFound()));
    internal::UpdateRecord<DecisionTable>(Session(db_), d.id, d);
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return Get(scope, d.id);
}

core::Result<Page<domain::MajorDecision>> DecisionRepository::List(const Scope& scope,
                                                                        const DecisionFilter& filter) {
  return internal::Guarded(db_, "list major decisions", [&]() -> core::Result<Page<domain::MajorDecision>> {
    const bool all_rows = filter.page.page_size == 0;
    if (!all_rows) RETURN_IF_ERROR(internal::ValidatePage(filter.page.page, filter.page.page_size));
    if (filter.township_id) RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, *filter.township_id));
    ASSIGN_OR_RETURN(std::string order,
                     internal::OrderBy(filter.page.sort, "-proposedOn",
                                       {{"proposedOn", "d.proposed_on", false},
                                        {"decidedOn", "d.decided_on"},
                                        {"title", "d.title", false},
                                        {"id", "d.id"}},
                                       "d.id"));
    Params params;
    std::string where = internal::TownshipCondition(scope, "d.township_id", params);
    if (filter.township_id) where += " AND d.township_id = " + params.Int(*filter.township_id);
    if (filter.decided) where += *filter.decided ? " AND d.decided_on IS NOT NULL" : " AND d.decided_on IS NULL";
    if (filter.catalogue_year) where += " AND d.catalogue_year = " + params.Int(*filter.catalogue_year);
    if (!filter.text.empty()) {
      std::string pattern = internal::LikePattern(filter.text);
      std::string a = params.Text(pattern);
      std::string b = params.Text(pattern);
      where += " AND (LOWER(d.title) LIKE LOWER(" + a + ") ESCAPE '!' OR LOWER(d.catalogue_item) LIKE LOWER(" + b +
               ") ESCAPE '!')";
    }
    Page<domain::MajorDecision> page;
    page.total =
        internal::SelectInt(Session(db_), "SELECT COUNT(*) FROM major_decision d WHERE " + where, params).value_or(0);
    ASSIGN_OR_RETURN(page.items,
                     Select(db_, where, order + (all_rows ? "" : internal::LimitOffset(filter.page)), params));
    return page;
  });
}

core::Result<std::vector<domain::MajorDecision>> DecisionRepository::LoadTownship(const Scope& scope,
                                                                                       std::int64_t township_id) {
  return internal::Guarded(db_, "load major decisions",
                           [&]() -> core::Result<std::vector<domain::MajorDecision>> {
                             RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, township_id));
                             Params params;
                             std::string where = "d.township_id = " + params.Int(township_id);
                             return Select(db_, where, "ORDER BY d.proposed_on, d.id", params);
                           });
}

}  // namespace fazhi::store
