// store/petition_repository.h — the 信访 ledger: petitions with their extension, excluded
// intervals, 复查 / 复核 reviews (with hearing intervals), and 领导接访 records.
//
// Contract (Scope, store/scope.h):
//  * Every record belongs to a township. Reads outside the scope are kNotFound; creating
//    into a township outside the scope is kPermissionDenied; the township of a stored record
//    never changes (a different non-zero township_id on update is kInvalidArgument
//    "townshipId"). duplicate_of must be a petition of the same township
//    (kInvalidArgument "duplicateOf").
//  * A petition with its excluded intervals and reviews is written in ONE transaction; on
//    any failure nothing of it is stored. Update replaces intervals and reviews with the
//    record's. A taken registration number (per township) is kConflict "regNo".
//  * The extension is stored only whole: days and approved_on together (the schema enforces
//    it). Store constraints are kInvalidArgument naming the field; the legal rules are the
//    domain's (domain/petition/petition_rules.h).
// Not thread-safe (borrows one Database).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/calendar/deadline.h"
#include "domain/petition/petition.h"
#include "store/database.h"
#include "store/scope.h"

namespace fazhi::store {

struct PetitionFilter {
  std::optional<std::int64_t> township_id;  // within the scope, else kPermissionDenied
  std::optional<domain::PetitionChannel> channel;
  std::optional<domain::PetitionCategory> category;
  std::optional<bool> closed;  // true: closed_on set (办结); false: still open
  std::optional<core::Date> received_from, received_to;
  std::string text;  // substring of reg_no, petitioner name, request or facts
  PageRequest page;  // sort: receivedOn (default -receivedOn), closedOn, regNo, id
};

// 复查 or 复核: which review of a petition SaveReview writes.
enum class ReviewStage { kReview, kReReview };

// Everything the indicators and alerts of one township need for a date range [from, to].
struct PetitionLedger {
  // Petitions active in the range: received on or before `to` and not closed before `from`
  // (every petition received or closed in the range, and every one open across it), with
  // intervals and reviews; ordered by received_on, id.
  std::vector<domain::Petition> petitions;
  std::vector<domain::LeaderReception> receptions;  // received in the range
};

class PetitionRepository {
 public:
  explicit PetitionRepository(Database& db) : db_(db) {}

  core::Result<domain::Petition> Create(const Scope& scope, domain::Petition petition);
  core::Result<domain::Petition> Get(const Scope& scope, std::int64_t id);
  // Updates every field, the excluded intervals and both reviews in one transaction.
  core::Result<domain::Petition> Update(const Scope& scope, const domain::Petition& petition);
  core::Result<Page<domain::Petition>> List(const Scope& scope, const PetitionFilter& filter);

  // Sets (or with nullopt removes) the 复查 / 复核 of a petition, with its hearing intervals.
  core::Status SaveReview(const Scope& scope, std::int64_t petition_id, ReviewStage stage,
                          const std::optional<domain::PetitionReview>& review);
  // Replaces the intervals not counted in the handling period.
  core::Status ReplaceExcludedIntervals(const Scope& scope, std::int64_t petition_id,
                                        const std::vector<domain::ExcludedInterval>& intervals);

  core::Result<domain::LeaderReception> CreateLeaderReception(const Scope& scope,
                                                              domain::LeaderReception reception);
  core::Result<domain::LeaderReception> GetLeaderReception(const Scope& scope, std::int64_t id);
  core::Result<domain::LeaderReception> UpdateLeaderReception(
      const Scope& scope, const domain::LeaderReception& reception);
  // Receptions in [from, to] (unset ends open), ordered by received_on, id.
  core::Result<std::vector<domain::LeaderReception>> ListLeaderReceptions(
      const Scope& scope, std::optional<std::int64_t> township_id, std::optional<core::Date> from,
      std::optional<core::Date> to);

  core::Result<PetitionLedger> LoadTownshipRange(const Scope& scope, std::int64_t township_id,
                                                 core::Date from, core::Date to);

 private:
  Database& db_;
};

}  // namespace fazhi::store
