// store/bulk_writer.h — the fast path for large trusted batches (the demo generator, imports
// that were validated already): ≥100,000 records/s on SQLite (docs/performance.md).
//
// Contract:
//  * Each Add* call writes the whole batch with its children (committee members; case
//    parties and agreement; petition intervals and reviews) and writes the new ids back into
//    the records (and the parent ids into the children). It runs inside the caller's
//    Database::InTransaction when one is open (wrap many calls in one transaction for speed
//    and atomicity), else in its own transaction. On failure the batch leaves nothing behind
//    and the error is returned like any store error (kConflict, kInvalidArgument, …).
//  * No Scope and no reference checks: the caller is trusted (System). The schema's
//    constraints (foreign keys, CHECKs, unique codes, case / registration numbers) still
//    hold. AddRegions does NOT run OrgRepository::CreateRegion's checks (parent level, code
//    under the parent's code): give it regions that pass them (e.g. demo data).
//  * SQLite: native prepared INSERTs of 64 (and 32, 16, …, 1 for the remainder) rows per
//    table, prepared once per BulkWriter and re-executed.
//    PostgreSQL: ids reserved from the sequences in one query per table, rows sent with COPY.
//  * counts() is the number of rows written per table so far.
//  * Analyze() refreshes the query planner's statistics of every table written so far:
//    PostgreSQL runs ANALYZE on them (right after a large COPY the planner has no statistics
//    and picks sequential scans until autovacuum catches up, docs/performance.md); SQLite
//    runs a sampled ANALYZE (analysis_limit 400). Errors like any store error; call it once, after the load.
// The Database must outlive the BulkWriter. Not thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <span>

#include "core/result.h"
#include "domain/enforcement/officer.h"
#include "domain/enforcement/penalty_case.h"
#include "domain/decision/decision.h"
#include "domain/decision/decision_catalogue.h"
#include "domain/enforcement/penalty_rules.h"
#include "domain/enforcement/power_catalogue.h"
#include "domain/normative/normative.h"
#include "domain/mediation/mediation.h"
#include "domain/org/org.h"
#include "domain/petition/petition.h"
#include "store/database.h"

namespace fazhi::store {

struct BulkCounts {
  std::int64_t regions = 0;
  std::int64_t departments = 0;
  std::int64_t committees = 0;
  std::int64_t committee_members = 0;
  std::int64_t mediators = 0;
  std::int64_t screening_rounds = 0;
  std::int64_t screened_disputes = 0;
  std::int64_t cases = 0;
  std::int64_t parties = 0;
  std::int64_t agreements = 0;
  std::int64_t petitions = 0;
  std::int64_t petition_reviews = 0;
  std::int64_t excluded_intervals = 0;
  std::int64_t leader_receptions = 0;
  std::int64_t officers = 0;
  std::int64_t officer_children = 0;  // certificates, exams and trainings
  std::int64_t penalty_cases = 0;
  std::int64_t penalty_children = 0;  // parties, documents, officers, extensions, excluded
  std::int64_t normative_documents = 0;
  std::int64_t major_decisions = 0;
  std::int64_t decision_catalogue_items = 0;
  std::int64_t review_catalogue_entries = 0;
  std::int64_t power_items = 0;
  std::int64_t Total() const;
};

class BulkWriter {
 public:
  explicit BulkWriter(Database& db);
  ~BulkWriter();
  BulkWriter(const BulkWriter&) = delete;
  BulkWriter& operator=(const BulkWriter&) = delete;

  // Regions are written in the order given: a parent must be stored before (an earlier
  // call) its children, whose parent_id the caller sets from the written-back id.
  core::Status AddRegions(std::span<domain::Region> regions);
  core::Status AddDepartments(std::span<domain::Department> departments);
  core::Status AddCommittees(std::span<domain::MediationCommittee> committees);
  core::Status AddMediators(std::span<domain::Mediator> mediators);
  core::Status AddScreeningRounds(std::span<domain::ScreeningRound> rounds);
  core::Status AddScreenedDisputes(std::span<domain::ScreenedDispute> disputes);
  core::Status AddCases(std::span<domain::MediationCase> cases);
  core::Status AddPetitions(std::span<domain::Petition> petitions);
  core::Status AddLeaderReceptions(std::span<domain::LeaderReception> receptions);
  // Officers with their certificates (township_id set from the officer), exams, trainings.
  core::Status AddOfficers(std::span<domain::EnforcementOfficer> officers);
  // Enforcement cases with their parties, documents, officers (officer_id already the stored
  // officer's), extensions and excluded intervals; township_id set on each case.
  core::Status AddPenaltyCases(std::span<domain::PenaltyCase> cases);
  core::Status AddNormativeDocuments(std::span<domain::NormativeDocument> documents);
  core::Status AddMajorDecisions(std::span<domain::MajorDecision> decisions);
  core::Status AddDecisionCatalogue(std::span<domain::DecisionCatalogueItem> items);
  core::Status AddReviewCatalogue(std::span<domain::ReviewCatalogueEntry> entries);
  core::Status AddPowerItems(std::span<domain::PowerItem> items);

  core::Status Analyze();

  const BulkCounts& counts() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace fazhi::store
