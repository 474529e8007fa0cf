// store/internal/scope_sql.h — store-private: Scope (store/scope.h) as SQL conditions, and
// the checks every write makes before touching a row.
//
// Contract:
//  * TownshipCondition: `column` (a township id) limited to the scope; "1 = 1" for System.
//  * OwnedRegionCondition: `column` (any region id) is the scope's own region or below it
//    (township: itself and its villages; county: itself, its townships and their villages).
//  * VisibleRegionCondition: owned regions, plus a township's parent county (read only).
//  * CheckTownshipWritable: Ok when township_id is a township inside the scope;
//    kInvalidArgument(field) when it is not a township at all; kPermissionDenied when it is a
//    township outside the scope.
//  * CheckRegionOwned: the same for a region of any level, against OwnedRegionCondition.
//  * CheckSameTownship: the row `id` of `table` exists and belongs to township_id, else
//    kInvalidArgument(field) (a reference to another township's committee, mediator, …).
//  * CheckVillage: village_id is a village whose parent is township_id, else
//    kInvalidArgument(field).
// All may throw SOCI exceptions; callers run them inside Guarded(). Not thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"
#include "store/database.h"
#include "store/internal/rows.h"
#include "store/scope.h"

namespace fazhi::store::internal {

std::string TownshipCondition(const Scope& scope, std::string_view column, Params& params);
std::string OwnedRegionCondition(const Scope& scope, std::string_view column, Params& params);
std::string VisibleRegionCondition(const Scope& scope, std::string_view column, Params& params);

core::Status CheckTownshipWritable(Database& db, const Scope& scope, std::int64_t township_id,
                                   std::string_view field = "townshipId");
// The same check for reads naming one township (a list filter, a ledger load): the message
// speaks of reading.
core::Status CheckTownshipReadable(Database& db, const Scope& scope, std::int64_t township_id,
                                   std::string_view field = "townshipId");
core::Status CheckRegionOwned(Database& db, const Scope& scope, std::int64_t region_id,
                              std::string_view field);
core::Status CheckSameTownship(Database& db, std::string_view table, std::int64_t id,
                               std::int64_t township_id, std::string_view field,
                               std::string_view label_zh, std::string_view label_en);
core::Status CheckVillage(Database& db, std::int64_t village_id, std::int64_t township_id,
                          std::string_view field = "villageId");

// The township of row `id` of `table` when it is inside the scope; nullopt otherwise.
std::optional<std::int64_t> TownshipOfRowInScope(Database& db, const Scope& scope,
                                                 std::string_view table, std::int64_t id);

core::Error RecordNotFound(std::string_view what_zh, std::string_view what_en);

// Validates page / page_size (kInvalidArgument "page" / "pageSize").
core::Status ValidatePage(int page, int page_size);

}  // namespace fazhi::store::internal
