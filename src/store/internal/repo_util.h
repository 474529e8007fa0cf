// store/internal/repo_util.h — store-private building blocks shared by the ledger
// repositories: scoped get, write transactions, child replacement, sorting, id batches.
//
// Contract: the templates run SQL through SOCI and may throw; call them inside Guarded() or
// Tx(), which convert exceptions to core::Error. Not thread-safe.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "store/database.h"
#include "store/internal/rows.h"
#include "store/internal/scope_sql.h"
#include "store/internal/session.h"
#include "store/scope.h"

namespace fazhi::store::internal {

// Runs fn in a transaction (a savepoint when one is open); exceptions become Errors naming
// `operation` and roll back.
template <class F>
core::Status Tx(Database& db, std::string_view operation, F&& fn) {
  return db.InTransaction([&]() -> core::Status { return Guarded(db, operation, fn); });
}

// The row `id` of a township table when inside the scope, else kNotFound(not_found).
template <class Table>
core::Result<typename Table::Type> GetScoped(Database& db, const Scope& scope, std::int64_t id,
                                             const core::Error& not_found) {
  Params params;
  std::string cond = TownshipCondition(scope, "t.township_id", params);
  std::string p = params.Int(id);
  ASSIGN_OR_RETURN(auto rows, SelectVector<Table>(Session(db),
                                                  "SELECT " + SelectList<Table>("t") + " FROM " +
                                                      std::string(Table::kName) +
                                                      " t WHERE t.id = " + p + " AND " + cond,
                                                  params));
  if (rows.empty()) return core::Fail(not_found);
  return std::move(rows.front());
}

// The stored township of row `id` (kNotFound outside the scope); a different non-zero
// `given` township is kInvalidArgument "townshipId".
core::Result<std::int64_t> StoredTownship(Database& db, const Scope& scope, std::string_view table,
                                          std::int64_t id, std::int64_t given,
                                          const core::Error& not_found);

// Makes the stored children of `parent_id` equal `children`: id 0 → insert (the id is
// written back), a stored id → update, stored ids not in `children` → delete; an id that is
// not a stored child of this parent is kInvalidArgument(field).
template <class Table>
core::Status ReplaceChildren(Database& db, std::string_view parent_column, std::int64_t parent_id,
                             std::vector<typename Table::Type>& children,
                             const std::function<void(typename Table::Type&)>& set_parent,
                             std::string_view field) {
  soci::session& sql = Session(db);
  Params params;
  std::string p = params.Int(parent_id);
  std::vector<std::int64_t> stored =
      SelectIds(sql,
                "SELECT id FROM " + std::string(Table::kName) + " WHERE " +
                    std::string(parent_column) + " = " + p,
                params);
  std::vector<std::int64_t> kept;
  for (auto& child : children) {
    if (child.id == 0) continue;
    if (std::find(stored.begin(), stored.end(), child.id) == stored.end()) {
      return core::Fail(core::InvalidArgument(std::string(field), "子记录不属于该记录",
                                              "A child record belongs to another record"));
    }
    kept.push_back(child.id);
  }
  for (std::int64_t id : stored) {
    if (std::find(kept.begin(), kept.end(), id) != kept.end()) continue;
    std::int64_t victim = id;
    sql << "DELETE FROM " + std::string(Table::kName) + " WHERE id = :id", soci::use(victim);
  }
  for (auto& child : children) {
    set_parent(child);
    if (child.id == 0) {
      child.id = InsertRecord<Table>(sql, child);
    } else {
      UpdateRecord<Table>(sql, child.id, child);
    }
  }
  return core::Ok();
}

// Loads the rows of a child table whose `parent_column` is in `parent_ids` (in batches) and
// hands them to sink, ordered by id.
template <class Table>
core::Status SelectChildren(Database& db, std::string_view parent_column,
                            const std::vector<std::int64_t>& parent_ids,
                            const std::function<void(typename Table::Type&&)>& sink) {
  constexpr std::size_t kBatch = 2000;
  for (std::size_t at = 0; at < parent_ids.size(); at += kBatch) {
    std::vector<std::int64_t> batch(
        parent_ids.begin() + static_cast<std::ptrdiff_t>(at),
        parent_ids.begin() + static_cast<std::ptrdiff_t>(std::min(parent_ids.size(), at + kBatch)));
    Params params;
    RETURN_IF_ERROR(SelectRecords<Table>(
        Session(db),
        "SELECT " + SelectList<Table>("x") + " FROM " + std::string(Table::kName) + " x WHERE x." +
            std::string(parent_column) + " IN (" + IdList(batch) + ") ORDER BY x.id",
        params, sink));
  }
  return core::Ok();
}

struct SortKey {
  std::string_view name;    // "acceptedOn"
  std::string_view column;  // "c.accepted_on"
  // A NOT NULL column sorts without the "IS NULL" term, so an index on it can give the
  // order (and a LIMIT stop early) instead of a sort of every matching row.
  bool nullable = true;
};

// "ORDER BY …" for a sort request ("acceptedOn" / "-acceptedOn"); NULLs last on both
// backends (for nullable keys); ties broken by id in the same direction. Unknown names are kInvalidArgument
// "sort".
core::Result<std::string> OrderBy(std::string_view sort, std::string_view default_sort,
                                  const std::vector<SortKey>& keys, std::string_view id_column);

// " LIMIT n OFFSET m" for a validated page.
std::string LimitOffset(const PageRequest& page);

// Date range conditions (inclusive ends) appended to `where`.
void AddDateRange(std::string& where, Params& params, std::string_view column,
                  const std::optional<core::Date>& from, const std::optional<core::Date>& to);

}  // namespace fazhi::store::internal
