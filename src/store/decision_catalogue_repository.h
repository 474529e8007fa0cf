// store/decision_catalogue_repository.h — the yearly 重大行政决策目录
// (migrations/*/0010_decision_catalogue.sql; domain/decision/decision_catalogue.h).
//
// Contract (Scope, store/scope.h), as the other ledger repositories: reads outside the scope are
// kNotFound; creating into a township outside it kPermissionDenied; an item's township never
// changes; a title used twice in one township's catalogue of one year is kConflict naming
// "title". Items are never deleted: an item taken out of the catalogue keeps its row with
// withdrawn_on. Not thread-safe (borrows one Database).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/decision/decision_catalogue.h"
#include "store/database.h"
#include "store/scope.h"

namespace fazhi::store {

struct DecisionCatalogueFilter {
  std::optional<std::int64_t> township_id;
  std::optional<int> year;
  std::optional<bool> withdrawn;  // true: taken out; false: still in the catalogue
  std::string text;               // substring of the title or the drafting unit
  PageRequest page;               // sort: year (default -year, then title), title, listedOn, id
};

class DecisionCatalogueRepository {
 public:
  explicit DecisionCatalogueRepository(Database& db) : db_(db) {}

  core::Result<domain::DecisionCatalogueItem> Create(const Scope& scope, domain::DecisionCatalogueItem item);
  core::Result<domain::DecisionCatalogueItem> Get(const Scope& scope, std::int64_t id);
  core::Result<domain::DecisionCatalogueItem> Update(const Scope& scope, const domain::DecisionCatalogueItem& item);
  core::Result<Page<domain::DecisionCatalogueItem>> List(const Scope& scope, const DecisionCatalogueFilter& filter);
  // Every item of the township's catalogue of `year` (withdrawn ones too), by title.
  core::Result<std::vector<domain::DecisionCatalogueItem>> LoadYear(const Scope& scope, std::int64_t township_id,
                                                                    int year);

 private:
  Database& db_;
};

}  // namespace fazhi::store
