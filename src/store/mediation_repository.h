// store/mediation_repository.h — the 人民调解 ledger: committees with members, mediators,
// screening rounds, screened disputes, and mediation cases with parties and agreement.
//
// Contract (Scope, store/scope.h):
//  * Every record belongs to a township (township_id). Reads outside the scope are
//    kNotFound; creating into a township outside the scope is kPermissionDenied; a
//    township_id that is not a township is kInvalidArgument "townshipId". A record's township
//    never changes: Update* keeps the stored one (a different non-zero township_id is
//    kInvalidArgument "townshipId").
//  * References must stay inside the record's township, else kInvalidArgument naming the
//    field: committeeId, mediatorId, roundId, mediationCaseId, villageId (a village of the
//    township).
//  * A record with its children (committee + members, case + parties + agreement) is written
//    in ONE transaction: on any failure nothing of it is stored. Updates replace the children:
//    children with id 0 are added, stored children missing from the record are deleted,
//    others are updated in place; a child id of another parent is kInvalidArgument.
//  * A taken case number (per township) is kConflict with field "caseNo". Store constraints
//    (enum codes, date text, non-negative amounts, non-empty names) are kInvalidArgument
//    naming the field; the legal rules are the domain's (domain/mediation/mediation_rules.h).
//  * Returned records carry ids; cases come with parties (in id order) and agreement.
// Not thread-safe (borrows one Database).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/mediation/mediation.h"
#include "store/database.h"
#include "store/scope.h"

namespace fazhi::store {

// List filter for cases. Date ranges are inclusive; unset ends are open.
struct CaseFilter {
  std::optional<std::int64_t> township_id;  // within the scope, else kPermissionDenied
  std::optional<core::Date> accepted_from, accepted_to;
  std::optional<core::Date> concluded_from, concluded_to;
  std::optional<domain::MediationOutcome> outcome;
  std::optional<std::string> category;  // a DisputeCategory code
  std::string text;                     // substring of case number, summary or a party's name
  PageRequest page;  // sort: acceptedOn (default -acceptedOn), concludedOn, caseNo, amountFen, id
};

struct ScreenedDisputeFilter {
  std::optional<std::int64_t> township_id;
  std::optional<core::Date> found_from, found_to;
  std::optional<domain::ScreenedDisputeStatus> status;
  std::optional<std::int64_t> round_id;
  PageRequest page;  // sort: foundOn (default -foundOn), id
};

// Everything the indicators and alerts of one township need for a date range [from, to].
struct MediationLedger {
  std::vector<domain::MediationCommittee> committees;  // all of the township, with members
  std::vector<domain::Mediator> mediators;             // all of the township
  std::vector<domain::ScreeningRound> rounds;          // held in the range
  std::vector<domain::ScreenedDispute> disputes;       // found in the range
  // Cases active in the range: accepted on or before `to` and not concluded before `from`
  // (so every case accepted or concluded in the range, and every case open across it), with
  // parties and agreement; ordered by accepted_on, id.
  std::vector<domain::MediationCase> cases;
};

class MediationRepository {
 public:
  explicit MediationRepository(Database& db) : db_(db) {}

  // ---- committees (with members) ----
  core::Result<domain::MediationCommittee> CreateCommittee(const Scope& scope,
                                                           domain::MediationCommittee committee);
  core::Result<domain::MediationCommittee> GetCommittee(const Scope& scope, std::int64_t id);
  core::Result<domain::MediationCommittee> UpdateCommittee(
      const Scope& scope, const domain::MediationCommittee& committee);
  // Committees in the scope (optionally one township), ordered by township, level, name.
  core::Result<std::vector<domain::MediationCommittee>> ListCommittees(
      const Scope& scope, std::optional<std::int64_t> township_id = std::nullopt);

  // ---- mediators ----
  core::Result<domain::Mediator> CreateMediator(const Scope& scope, domain::Mediator mediator);
  core::Result<domain::Mediator> GetMediator(const Scope& scope, std::int64_t id);
  core::Result<domain::Mediator> UpdateMediator(const Scope& scope,
                                                const domain::Mediator& mediator);
  // Ordered by name, id.
  core::Result<std::vector<domain::Mediator>> ListMediators(
      const Scope& scope, std::optional<std::int64_t> township_id = std::nullopt,
      std::optional<std::int64_t> committee_id = std::nullopt);

  // ---- screening rounds and the disputes they find (MED-12) ----
  core::Result<domain::ScreeningRound> CreateScreeningRound(const Scope& scope,
                                                            domain::ScreeningRound round);
  core::Result<domain::ScreeningRound> GetScreeningRound(const Scope& scope, std::int64_t id);
  core::Result<domain::ScreeningRound> UpdateScreeningRound(const Scope& scope,
                                                            const domain::ScreeningRound& round);
  // Rounds held in [from, to] (unset ends open), ordered by held_on, id.
  core::Result<std::vector<domain::ScreeningRound>> ListScreeningRounds(
      const Scope& scope, std::optional<std::int64_t> township_id, std::optional<core::Date> from,
      std::optional<core::Date> to);

  // The dispute's township is its round's (a different non-zero township_id is an error).
  core::Result<domain::ScreenedDispute> CreateScreenedDispute(const Scope& scope,
                                                              domain::ScreenedDispute dispute);
  core::Result<domain::ScreenedDispute> GetScreenedDispute(const Scope& scope, std::int64_t id);
  core::Result<domain::ScreenedDispute> UpdateScreenedDispute(
      const Scope& scope, const domain::ScreenedDispute& dispute);
  core::Result<Page<domain::ScreenedDispute>> ListScreenedDisputes(
      const Scope& scope, const ScreenedDisputeFilter& filter);

  // ---- cases (with parties and agreement) ----
  core::Result<domain::MediationCase> CreateCase(const Scope& scope, domain::MediationCase c);
  core::Result<domain::MediationCase> GetCase(const Scope& scope, std::int64_t id);
  // Updates every case field (outcome, conclusion, 司法确认 …), the parties and the agreement
  // (created, updated, or deleted when the record has none) in one transaction.
  core::Result<domain::MediationCase> UpdateCase(const Scope& scope,
                                                 const domain::MediationCase& c);
  core::Result<Page<domain::MediationCase>> ListCases(const Scope& scope, const CaseFilter& filter);

  // ---- loading for indicators and alerts ----
  core::Result<MediationLedger> LoadTownshipRange(const Scope& scope, std::int64_t township_id,
                                                  core::Date from, core::Date to);

 private:
  Database& db_;
};

}  // namespace fazhi::store
