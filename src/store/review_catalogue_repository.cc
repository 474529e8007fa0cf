// store/review_catalogue_repository.cc — see review_catalogue_repository.h.
#include "store/review_catalogue_repository.h"

#include <string>
#include <utility>

#include "store/internal/repo_util.h"
#include "store/internal/rows.h"
#include "store/internal/scope_sql.h"
#include "store/internal/session.h"
#include "store/internal/tables.h"

namespace fazhi::store {

using internal::Params;
using internal::ReviewCatalogueTable;
using internal::Session;

namespace {

core::Error EntryNotFound() { return internal::RecordNotFound("法制审核目录事项", "Review catalogue entry"); }

core::Result<std::vector<domain::ReviewCatalogueEntry>> Select(Database& db, const std::string& where,
                                                               const std::string& tail, Params& params) {
  return internal::SelectVector<ReviewCatalogueTable>(
      Session(db),
      "SELECT " + internal::SelectList<ReviewCatalogueTable>("e") + " FROM review_catalogue_entry e WHERE " + where +
          " " + tail,
      params);
}

}  // namespace

core::Result<domain::ReviewCatalogueEntry> ReviewCatalogueRepository::Create(const Scope& scope,
                                                                             domain::ReviewCatalogueEntry entry) {
  core::Status written = internal::Tx(db_, "create review catalogue entry", [&]() -> core::Status {
    RETURN_IF_ERROR(internal::CheckTownshipWritable(db_, scope, entry.township_id));
    entry.id = internal::InsertRecord<ReviewCatalogueTable>(Session(db_), entry);
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return entry;
}

core::Result<domain::ReviewCatalogueEntry> ReviewCatalogueRepository::Get(const Scope& scope, std::int64_t id) {
  return internal::Guarded(db_, "get review catalogue entry", [&]() -> core::Result<domain::ReviewCatalogueEntry> {
    Params params;
    std::string where = internal::TownshipCondition(scope, "e.township_id", params) + " AND e.id = " + params.Int(id);
    ASSIGN_OR_RETURN(auto rows, Select(db_, where, "", params));
    if (rows.empty()) return core::Fail(EntryNotFound());
    return std::move(rows.front());
  });
}

core::Result<domain::ReviewCatalogueEntry> ReviewCatalogueRepository::Update(const Scope& scope,
                                                                             const domain::ReviewCatalogueEntry& given) {
  domain::ReviewCatalogueEntry entry = given;
  core::Status written = internal::Tx(db_, "update review catalogue entry", [&]() -> core::Status {
    ASSIGN_OR_RETURN(entry.township_id, internal::StoredTownship(db_, scope, "review_catalogue_entry", entry.id,
                                                                 entry.township_id, EntryNotFound()));
    internal::UpdateRecord<ReviewCatalogueTable>(Session(db_), entry.id, entry);
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return Get(scope, entry.id);
}

core::Result<Page<domain::ReviewCatalogueEntry>> ReviewCatalogueRepository::List(const Scope& scope,
                                                                                 const ReviewCatalogueFilter& filter) {
  return internal::Guarded(
      db_, "list review catalogue entries", [&]() -> core::Result<Page<domain::ReviewCatalogueEntry>> {
        const bool all_rows = filter.page.page_size == 0;
        if (!all_rows) RETURN_IF_ERROR(internal::ValidatePage(filter.page.page, filter.page.page_size));
        if (filter.township_id) RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, *filter.township_id));
        ASSIGN_OR_RETURN(std::string order,
                         internal::OrderBy(filter.page.sort, "matterType",
                                           {{"matterType", "e.matter_type", false}, {"kind", "e.kind", false}, {"id", "e.id"}},
                                           "e.id"));
        Params params;
        std::string where = internal::TownshipCondition(scope, "e.township_id", params);
        if (filter.township_id) where += " AND e.township_id = " + params.Int(*filter.township_id);
        if (filter.active) where += *filter.active ? " AND e.active = 1" : " AND e.active = 0";
        if (!filter.text.empty()) {
          std::string pattern = internal::LikePattern(filter.text);
          std::string a = params.Text(pattern);
          std::string b = params.Text(pattern);
          std::string c = params.Text(pattern);
          where += " AND (LOWER(e.matter_type) LIKE LOWER(" + a + ") ESCAPE '!' OR LOWER(e.description) LIKE LOWER(" +
                   b + ") ESCAPE '!' OR LOWER(e.basis) LIKE LOWER(" + c + ") ESCAPE '!')";
        }
        Page<domain::ReviewCatalogueEntry> page;
        page.total =
            internal::SelectInt(Session(db_), "SELECT COUNT(*) FROM review_catalogue_entry e WHERE " + where, params)
                .value_or(0);
        ASSIGN_OR_RETURN(page.items,
                         Select(db_, where, order + (all_rows ? "" : internal::LimitOffset(filter.page)), params));
        return page;
      });
}

core::Result<std::vector<domain::ReviewCatalogueEntry>> ReviewCatalogueRepository::LoadTownship(
    const Scope& scope, std::int64_t township_id) {
  return internal::Guarded(db_, "load review catalogue",
                           [&]() -> core::Result<std::vector<domain::ReviewCatalogueEntry>> {
                             RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, township_id));
                             Params params;
                             std::string where = "e.township_id = " + params.Int(township_id);
                             return Select(db_, where, "ORDER BY e.matter_type, e.kind, e.id", params);
                           });
}

}  // namespace fazhi::store
