// store/power_repository.cc — see power_repository.h.
#include "store/power_repository.h"

#include <string>
#include <utility>

#include "store/internal/repo_util.h"
#include "store/internal/rows.h"
#include "store/internal/scope_sql.h"
#include "store/internal/session.h"
#include "store/internal/tables.h"

namespace fazhi::store {

using internal::Params;
using internal::PowerItemTable;
using internal::Session;

namespace {

core::Error PowerNotFound() { return internal::RecordNotFound("权力事项", "Power item"); }

core::Result<std::vector<domain::PowerItem>> Select(Database& db, const std::string& where, const std::string& tail,
                                                    Params& params) {
  return internal::SelectVector<PowerItemTable>(
      Session(db),
      "SELECT " + internal::SelectList<PowerItemTable>("p") + " FROM power_item p WHERE " + where + " " + tail,
      params);
}

}  // namespace

core::Result<domain::PowerItem> PowerRepository::Create(const Scope& scope, domain::PowerItem item) {
  core::Status written = internal::Tx(db_, "create power item", [&]() -> core::Status {
    RETURN_IF_ERROR(internal::CheckTownshipWritable(db_, scope, item.township_id));
    item.id = internal::InsertRecord<PowerItemTable>(Session(db_), item);
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return item;
}

core::Result<domain::PowerItem> PowerRepository::Get(const Scope& scope, std::int64_t id) {
  return internal::Guarded(db_, "get power item", [&]() -> core::Result<domain::PowerItem> {
    Params params;
    std::string where = internal::TownshipCondition(scope, "p.township_id", params) + " AND p.id = " + params.Int(id);
    ASSIGN_OR_RETURN(auto rows, Select(db_, where, "", params));
    if (rows.empty()) return core::Fail(PowerNotFound());
    return std::move(rows.front());
  });
}

core::Result<domain::PowerItem> PowerRepository::Update(const Scope& scope, const domain::PowerItem& given) {
  domain::PowerItem item = given;
  core::Status written = internal::Tx(db_, "update power item", [&]() -> core::Status {
    ASSIGN_OR_RETURN(item.township_id, internal::StoredTownship(db_, scope, "power_item", item.id, item.township_id,
                                                                PowerNotFound()));
    internal::UpdateRecord<PowerItemTable>(Session(db_), item.id, item);
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return Get(scope, item.id);
}

core::Result<Page<domain::PowerItem>> PowerRepository::List(const Scope& scope, const PowerFilter& filter) {
  return internal::Guarded(db_, "list power items", [&]() -> core::Result<Page<domain::PowerItem>> {
    const bool all_rows = filter.page.page_size == 0;
    if (!all_rows) RETURN_IF_ERROR(internal::ValidatePage(filter.page.page, filter.page.page_size));
    if (filter.township_id) RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, *filter.township_id));
    ASSIGN_OR_RETURN(std::string order, internal::OrderBy(filter.page.sort, "code",
                                                          {{"code", "p.code", false},
                                                           {"name", "p.name", false},
                                                           {"effectiveFrom", "p.effective_from", false},
                                                           {"id", "p.id"}},
                                                          "p.version, p.id"));
    Params params;
    std::string where = internal::TownshipCondition(scope, "p.township_id", params);
    if (filter.township_id) where += " AND p.township_id = " + params.Int(*filter.township_id);
    if (filter.category) {
      where += " AND p.category = " + params.Text(std::string(domain::ActionCategoryCode(*filter.category)));
    }
    if (filter.code) where += " AND p.code = " + params.Text(*filter.code);
    if (filter.effective_on) {
      const std::string day = core::FormatDate(*filter.effective_on);
      std::string a = params.Text(day);
      std::string b = params.Text(day);
      where += " AND p.effective_from <= " + a + " AND (p.effective_to IS NULL OR p.effective_to >= " + b + ")";
    }
    if (!filter.text.empty()) {
      std::string pattern = internal::LikePattern(filter.text);
      std::string a = params.Text(pattern), b = params.Text(pattern), c = params.Text(pattern),
                  d = params.Text(pattern);
      where += " AND (LOWER(p.code) LIKE LOWER(" + a + ") ESCAPE '!' OR LOWER(p.name) LIKE LOWER(" + b +
               ") ESCAPE '!' OR LOWER(p.subject) LIKE LOWER(" + c + ") ESCAPE '!' OR LOWER(p.basis) LIKE LOWER(" + d +
               ") ESCAPE '!')";
    }
    Page<domain::PowerItem> page;
    page.total = internal::SelectInt(Session(db_), "SELECT COUNT(*) FROM power_item p WHERE " + where, params)
                     .value_or(0);
    ASSIGN_OR_RETURN(page.items, Select(db_, where, order + (all_rows ? "" : internal::LimitOffset(filter.page)), params));
    return page;
  });
}

core::Result<std::optional<domain::PowerItem>> PowerRepository::Latest(const Scope& scope, std::int64_t township_id,
                                                                       const std::string& code) {
  return internal::Guarded(db_, "latest power version", [&]() -> core::Result<std::optional<domain::PowerItem>> {
    RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, township_id));
    Params params;
    std::string where = "p.township_id = " + params.Int(township_id) + " AND p.code = " + params.Text(code);
    ASSIGN_OR_RETURN(auto rows, Select(db_, where, "ORDER BY p.version DESC LIMIT 1", params));
    if (rows.empty()) return std::optional<domain::PowerItem>();
    return std::optional<domain::PowerItem>(std::move(rows.front()));
  });
}

}  // namespace fazhi::store
