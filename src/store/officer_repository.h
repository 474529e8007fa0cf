// store/officer_repository.h — the 行政执法人员 register: officers with their certificates,
// exams and trainings (migrations/*/0004_officers.sql).
//
// Contract (Scope, store/scope.h), as the other ledger repositories:
//  * Every officer belongs to a township. Reads outside the scope are kNotFound; creating into
//    a township outside the scope is kPermissionDenied; a township_id that is not a township
//    is kInvalidArgument "townshipId". An officer's township never changes (a different
//    non-zero township_id on update is kInvalidArgument "townshipId").
//  * An officer with its children is written in ONE transaction: on any failure nothing of it
//    is stored. Updates replace the children (id 0 added, missing ones deleted, others
//    updated in place; a child id of another officer is kInvalidArgument naming the list).
//  * A certificate number already used in the township is kConflict with field
//    "certificates[i].number".
//  * Returned officers carry ids and their children in id order.
// Not thread-safe (borrows one Database).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/enforcement/officer.h"
#include "store/database.h"
#include "store/scope.h"

namespace fazhi::store {

struct OfficerFilter {
  std::optional<std::int64_t> township_id;  // within the scope, else kPermissionDenied
  std::string text;                         // substring of the name or a certificate number
  // In post on in_post_on (in_post_from ≤ day, no left_post_on or day < left_post_on) when
  // true, not in post when false. REQUIRES in_post_on set when in_post is.
  std::optional<bool> in_post;
  core::Date in_post_on{};
  PageRequest page;  // sort: name (default), inPostFrom, id; page_size 0 = every row
};

class OfficerRepository {
 public:
  explicit OfficerRepository(Database& db) : db_(db) {}

  core::Result<domain::EnforcementOfficer> Create(const Scope& scope,
                                                  domain::EnforcementOfficer officer);
  core::Result<domain::EnforcementOfficer> Get(const Scope& scope, std::int64_t id);
  core::Result<domain::EnforcementOfficer> Update(const Scope& scope,
                                                  const domain::EnforcementOfficer& officer);
  core::Result<Page<domain::EnforcementOfficer>> List(const Scope& scope,
                                                      const OfficerFilter& filter);
  // Every officer of the township (for indicators and alerts), ordered by name, id.
  core::Result<std::vector<domain::EnforcementOfficer>> LoadTownship(const Scope& scope,
                                                                     std::int64_t township_id);

 private:
  Database& db_;
};

}  // namespace fazhi::store
