// store/decision_repository.h — the 重大行政决策 ledger (migrations/*/0009_major_decisions.sql).
//
// Contract (Scope, store/scope.h), as the other ledger repositories: reads outside the scope are
// kNotFound; creating into a township outside it kPermissionDenied; a decision's township never
// changes (kInvalidArgument "townshipId"). Not thread-safe (borrows one Database).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/decision/decision.h"
#include "store/database.h"
#include "store/scope.h"

namespace fazhi::store {

struct DecisionFilter {
  std::optional<std::int64_t> township_id;
  std::optional<bool> decided;             // true: decided_on set; false: not yet
  std::optional<int> catalogue_year;
  std::string text;                        // substring of the title or the catalogue item
  PageRequest page;                        // sort: proposedOn (default -proposedOn), decidedOn, title, id
};

class DecisionRepository {
 public:
  explicit DecisionRepository(Database& db) : db_(db) {}

  core::Result<domain::MajorDecision> Create(const Scope& scope, domain::MajorDecision d);
  core::Result<domain::MajorDecision> Get(const Scope& scope, std::int64_t id);
  core::Result<domain::MajorDecision> Update(const Scope& scope, const domain::MajorDecision& d);
  core::Result<Page<domain::MajorDecision>> List(const Scope& scope, const DecisionFilter& filter);
  core::Result<std::vector<domain::MajorDecision>> LoadTownship(const Scope& scope, std::int64_t township_id);

 private:
  Database& db_;
};

}  // namespace fazhi::store
