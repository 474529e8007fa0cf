// store/power_repository.h — the public catalogue of enforcement powers, one row per version
// (migrations/*/0012_power_catalogue.sql; domain/enforcement/power_catalogue.h).
//
// Contract (Scope, store/scope.h), as the other ledger repositories: reads outside the scope are
// kNotFound; creating into a township outside it kPermissionDenied; a row's township never
// changes; the same code and version twice in one township is kConflict naming "version".
// Rows are never deleted (a revision closes the previous version). Not thread-safe (borrows
// one Database).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/enforcement/power_catalogue.h"
#include "store/database.h"
#include "store/scope.h"

namespace fazhi::store {

struct PowerFilter {
  std::optional<std::int64_t> township_id;
  std::optional<domain::ActionCategory> category;
  std::optional<core::Date> effective_on;  // only the versions in force that day
  std::optional<std::string> code;         // every version of one power
  std::string text;                        // substring of the code, name, subject or basis
  PageRequest page;                        // sort: code (default, then version), name, effectiveFrom, id
};

class PowerRepository {
 public:
  explicit PowerRepository(Database& db) : db_(db) {}

  core::Result<domain::PowerItem> Create(const Scope& scope, domain::PowerItem item);
  core::Result<domain::PowerItem> Get(const Scope& scope, std::int64_t id);
  core::Result<domain::PowerItem> Update(const Scope& scope, const domain::PowerItem& item);
  core::Result<Page<domain::PowerItem>> List(const Scope& scope, const PowerFilter& filter);
  // The highest version of `code` in the township (kNotFound-free: nullopt when none).
  core::Result<std::optional<domain::PowerItem>> Latest(const Scope& scope, std::int64_t township_id,
                                                        const std::string& code);

 private:
  Database& db_;
};

}  // namespace fazhi::store
