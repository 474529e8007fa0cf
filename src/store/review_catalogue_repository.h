// store/review_catalogue_repository.h — a township's 重大执法决定法制审核目录
// (migrations/*/0011_review_catalogue.sql; domain/enforcement/review_catalogue.h).
//
// Contract (Scope, store/scope.h), as the other ledger repositories: reads outside the scope are
// kNotFound; creating into a township outside it kPermissionDenied; an entry's township never
// changes; the same matter type and kind twice in one township is kConflict naming "kind".
// Entries are never deleted: one taken out keeps its row with active = false. Not thread-safe
// (borrows one Database).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/enforcement/penalty_rules.h"
#include "store/database.h"
#include "store/scope.h"

namespace fazhi::store {

struct ReviewCatalogueFilter {
  std::optional<std::int64_t> township_id;
  std::optional<bool> active;  // true: in force; false: taken out
  std::string text;            // substring of the matter type, the description or the basis
  PageRequest page;            // sort: matterType (default), kind, id
};

class ReviewCatalogueRepository {
 public:
  explicit ReviewCatalogueRepository(Database& db) : db_(db) {}

  core::Result<domain::ReviewCatalogueEntry> Create(const Scope& scope, domain::ReviewCatalogueEntry entry);
  core::Result<domain::ReviewCatalogueEntry> Get(const Scope& scope, std::int64_t id);
  core::Result<domain::ReviewCatalogueEntry> Update(const Scope& scope, const domain::ReviewCatalogueEntry& entry);
  core::Result<Page<domain::ReviewCatalogueEntry>> List(const Scope& scope, const ReviewCatalogueFilter& filter);
  // Every entry of the township (taken-out ones too), by matter type, kind, id.
  core::Result<std::vector<domain::ReviewCatalogueEntry>> LoadTownship(const Scope& scope, std::int64_t township_id);

 private:
  Database& db_;
};

}  // namespace fazhi::store
