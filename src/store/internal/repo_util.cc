// store/internal/repo_util.cc — see repo_util.h.
#include "store/internal/repo_util.h"

namespace fazhi::store::internal {

core::Result<std::int64_t> StoredTownship(Database& db, const Scope& scope, std::string_view table,
                                          std::int64_t id, std::int64_t given,
                                          const core::Error& not_found) {
  auto stored = TownshipOfRowInScope(db, scope, table, id);
  if (!stored) return core::Fail(not_found);
  if (given != 0 && given != *stored) {
    return core::Fail(core::InvalidArgument("townshipId", "不能修改记录所属的乡镇",
                                            "The township of a record cannot change"));
  }
  return *stored;
}

core::Result<std::string> OrderBy(std::string_view sort, std::string_view default_sort,
                                  const std::vector<SortKey>& keys, std::string_view id_column) {
  std::string_view request = sort.empty() ? default_sort : sort;
  bool descending = !request.empty() && request.front() == '-';
  if (descending) request.remove_prefix(1);
  for (const SortKey& key : keys) {
    if (key.name != request) continue;
    std::string dir = descending ? " DESC" : " ASC";
    std::string col(key.column);
    if (col == id_column) return "ORDER BY " + col + dir;
    if (!key.nullable) return "ORDER BY " + col + dir + ", " + std::string(id_column) + dir;
    return "ORDER BY (" + col + " IS NULL) ASC, " + col + dir + ", " + std::string(id_column) + dir;
  }
  std::string allowed;
  for (const SortKey& key : keys) {
    if (!allowed.empty()) allowed += ", ";
    allowed += key.name;
  }
  return core::Fail(core::InvalidArgument(
      "sort", "不支持的排序字段：" + std::string(request) + "（可用：" + allowed + "）",
      "Unsupported sort field: " + std::string(request) + " (allowed: " + allowed + ")"));
}

std::string LimitOffset(const PageRequest& page) {
  const std::int64_t offset = static_cast<std::int64_t>(page.page - 1) * page.page_size;
  return " LIMIT " + std::to_string(page.page_size) + " OFFSET " + std::to_string(offset);
}

void AddDateRange(std::string& where, Params& params, std::string_view column,
                  const std::optional<core::Date>& from, const std::optional<core::Date>& to) {
  if (from) where += " AND " + std::string(column) + " >= " + params.Text(core::FormatDate(*from));
  if (to) where += " AND " + std::string(column) + " <= " + params.Text(core::FormatDate(*to));
}

}  // namespace fazhi::store::internal
