// store/decision_catalogue_repository.cc — see decision_catalogue_repository.h.
#include "store/decision_catalogue_repository.h"

#include <string>
#include <utility>

#include "store/internal/repo_util.h"
#include "store/internal/rows.h"
#include "store/internal/scope_sql.h"
#include "store/internal/session.h"
#include "store/internal/tables.h"

namespace fazhi::store {

using internal::DecisionCatalogueTable;
using internal::Params;
using internal::Session;

namespace {

core::Error ItemNotFound() { return internal::RecordNotFound("决策目录事项", "Decision catalogue item"); }

core::Result<std::vector<domain::DecisionCatalogueItem>> Select(Database& db, const std::string& where,
                                                                const std::string& tail, Params& params) {
  return internal::SelectVector<DecisionCatalogueTable>(
      Session(db),
      "SELECT " + internal::SelectList<DecisionCatalogueTable>("k") + " FROM decision_catalogue_item k WHERE " +
          where + " " + tail,
      params);
}

}  // namespace

core::Result<domain::DecisionCatalogueItem> DecisionCatalogueRepository::Create(const Scope& scope,
                                                                                domain::DecisionCatalogueItem item) {
  core::Status written = internal::Tx(db_, "create decision catalogue item", [&]() -> core::Status {
    RETURN_IF_ERROR(internal::CheckTownshipWritable(db_, scope, item.township_id));
    item.id = internal::InsertRecord<DecisionCatalogueTable>(Session(db_), item);
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return item;
}

core::Result<domain::DecisionCatalogueItem> DecisionCatalogueRepository::Get(const Scope& scope, std::int64_t id) {
  return internal::Guarded(db_, "get decision catalogue item", [&]() -> core::Result<domain::DecisionCatalogueItem> {
    Params params;
    std::string where = internal::TownshipCondition(scope, "k.township_id", params) + " AND k.id = " + params.Int(id);
    ASSIGN_OR_RETURN(auto rows, Select(db_, where, "", params));
    if (rows.empty()) return core::Fail(ItemNotFound());
    return std::move(rows.front());
  });
}

core::Result<domain::DecisionCatalogueItem> DecisionCatalogueRepository::Update(
    const Scope& scope, const domain::DecisionCatalogueItem& given) {
  domain::DecisionCatalogueItem item = given;
  core::Status written = internal::Tx(db_, "update decision catalogue item", [&]() -> core::Status {
    ASSIGN_OR_RETURN(item.township_id, internal::StoredTownship(db_, scope, "decision_catalogue_item", item.id,
                                                                item.township_id, ItemNotFound()));
    internal::UpdateRecord<DecisionCatalogueTable>(Session(db_), item.id, item);
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return Get(scope, item.id);
}

core::Result<Page<domain::DecisionCatalogueItem>> DecisionCatalogueRepository::List(
    const Scope& scope, const DecisionCatalogueFilter& filter) {
  return internal::Guarded(
      db_, "list decision catalogue items", [&]() -> core::Result<Page<domain::DecisionCatalogueItem>> {
        const bool all_rows = filter.page.page_size == 0;
        if (!all_rows) RETURN_IF_ERROR(internal::ValidatePage(filter.page.page, filter.page.page_size));
        if (filter.township_id) RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, *filter.township_id));
        ASSIGN_OR_RETURN(std::string order, internal::OrderBy(filter.page.sort, "-year",
                                                              {{"year", "k.year", false},
                                                               {"title", "k.title", false},
                                                               {"listedOn", "k.listed_on", false},
                                                               {"id", "k.id"}},
                                                              "k.id"));
        Params params;
        std::string where = internal::TownshipCondition(scope, "k.township_id", params);
        if (filter.township_id) where += " AND k.township_id = " + params.Int(*filter.township_id);
        if (filter.year) where += " AND k.year = " + params.Int(*filter.year);
        if (filter.withdrawn) {
          where += *filter.withdrawn ? " AND k.withdrawn_on IS NOT NULL" : " AND k.withdrawn_on IS NULL";
        }
        if (!filter.text.empty()) {
          std::string pattern = internal::LikePattern(filter.text);
          std::string a = params.Text(pattern);
          std::string b = params.Text(pattern);
          where += " AND (LOWER(k.title) LIKE LOWER(" + a + ") ESCAPE '!' OR LOWER(k.drafting_unit) LIKE LOWER(" + b +
                   ") ESCAPE '!')";
        }
        Page<domain::DecisionCatalogueItem> page;
        page.total = internal::SelectInt(Session(db_), "SELECT COUNT(*) FROM decision_catalogue_item k WHERE " + where,
                                         params)
                         .value_or(0);
        ASSIGN_OR_RETURN(page.items,
                         Select(db_, where, order + (all_rows ? "" : internal::LimitOffset(filter.page)), params));
        return page;
      });
}

core::Result<std::vector<domain::DecisionCatalogueItem>> DecisionCatalogueRepository::LoadYear(
    const Scope& scope, std::int64_t township_id, int year) {
  return internal::Guarded(db_, "load decision catalogue",
                           [&]() -> core::Result<std::vector<domain::DecisionCatalogueItem>> {
                             RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, township_id));
                             Params params;
                             std::string where = "k.township_id = " + params.Int(township_id) +
                                                 " AND k.year = " + params.Int(year);
                             return Select(db_, where, "ORDER BY k.title, k.id", params);
                           });
}

}  // namespace fazhi::store
