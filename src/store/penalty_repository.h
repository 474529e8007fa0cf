// store/penalty_repository.h — the 行政执法案件 ledger: cases with their parties, officers,
// extensions, excluded intervals and documents (migrations/*/0006_penalty_cases.sql).
//
// Contract (Scope, store/scope.h), as the other ledger repositories:
//  * Every case belongs to a township. Reads outside the scope are kNotFound; creating into a
//    township outside the scope is kPermissionDenied; a township_id that is not a township is
//    kInvalidArgument "townshipId". A case's township never changes (a different non-zero
//    township_id on update is kInvalidArgument "townshipId").
//  * A case with its children is written in ONE transaction: on any failure nothing of it is
//    stored. Updates replace the children: parties and documents keep their ids (id 0 added,
//    missing ones deleted, an id of another case kInvalidArgument naming the list); officers,
//    extensions and excluded intervals are rewritten in the given order.
//  * A 案号 already used in the township is kConflict with field "number".
//  * An officer id that does not exist is kInvalidArgument (the service checks each officer
//    is in the case's township's register and names "officers[i].officerId").
//  * Returned cases carry ids and their children in id order.
// Not thread-safe (borrows one Database).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/enforcement/penalty_case.h"
#include "store/database.h"
#include "store/scope.h"

namespace fazhi::store {

struct PenaltyCaseFilter {
  std::optional<std::int64_t> township_id;  // within the scope, else kPermissionDenied
  std::optional<domain::CaseStage> stage;
  std::optional<domain::ActionCategory> category;
  std::optional<domain::PenaltyProcedure> procedure;
  std::optional<core::Date> received_from, received_to;  // lead_received_on, inclusive
  std::optional<core::Date> decided_from, decided_to;    // decided_on, inclusive
  // true: published (published_on set); false: a penalty decision to be published (LEP-03)
  // and not yet published.
  std::optional<bool> published;
  std::string text;  // substring of the 案号, 案由, decision number or a party's name
  // sort: leadReceivedOn (default -leadReceivedOn), filedOn, decidedOn, number, id;
  // page_size 0 = every row
  PageRequest page;
};

class PenaltyCaseRepository {
 public:
  explicit PenaltyCaseRepository(Database& db) : db_(db) {}

  core::Result<domain::PenaltyCase> Create(const Scope& scope, domain::PenaltyCase c);
  core::Result<domain::PenaltyCase> Get(const Scope& scope, std::int64_t id);
  core::Result<domain::PenaltyCase> Update(const Scope& scope, const domain::PenaltyCase& c);
  core::Result<Page<domain::PenaltyCase>> List(const Scope& scope, const PenaltyCaseFilter& filter);
  // The township's cases active in [from, to]: received on or before `to` and not closed
  // before `from` (every case received, decided or closed in the range, and every case open
  // across it), with children; ordered by lead_received_on, id. For indicators and alerts.
  core::Result<std::vector<domain::PenaltyCase>> LoadTownshipRange(const Scope& scope,
                                                                   std::int64_t township_id,
                                                                   core::Date from, core::Date to);

 private:
  Database& db_;
};

}  // namespace fazhi::store
