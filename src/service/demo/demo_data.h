// service/demo/demo_data.h — deterministic, realistic demo data for a county (or a whole
// province) and its townships: villages, departments, 调委会 and 调解员, 矛盾纠纷排查, 人民调解
// cases, 信访 petitions, 领导接访 records, 行政执法人员, 行政执法案件, 行政规范性文件 and 重大行政决策 for one year.
//
// Contract:
//  * Pure: no I/O. The same (seed, county index, township index, year) always gives the same
//    records, so townships can be generated one at a time and streamed to the store.
//  * Records reference each other through LOCAL 1-based indices (committee_id = index into
//    committees + 1, village_id = index into villages + 1, round_id, mediator_id,
//    mediation_case_id), which the writer (service/demo/demo_service.h) maps to stored ids.
//  * Every rule has something to show: failed and terminated mediations, mediations past one
//    month, agreements not performed, late 司法确认; petitions diverted to legal channels,
//    extended, closed late, still open and overdue, unacknowledged, rated unsatisfied, under
//    复查/复核; committees whose roster breaks MED-01 or whose term is ending.
//  * All identity numbers are valid (VAL-01), phones valid mobiles.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/date.h"
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

namespace fazhi::service {

enum class DemoScale { kSmall, kCounty, kProvince };
core::Result<DemoScale> ParseDemoScale(std::string_view text);

struct DemoOptions {
  DemoScale scale = DemoScale::kSmall;
  int townships = 0;              // 0: by scale (small 3, county 30, province 1000)
  int year = 2025;                // the ledger year generated (1 Jan – 31 Dec)
  std::uint64_t seed = 20250101;  // same seed, same data
};

struct DemoCountyPlan {
  domain::Region county;                  // level kCounty, 12-digit code
  std::vector<domain::Region> townships;  // level kTownship, codes under the county
};

// The counties and townships to generate: province scale gives ceil(N/30) counties.
std::vector<DemoCountyPlan> PlanDemoRegions(const DemoOptions& options);

struct DemoTownship {
  domain::Region township;
  std::vector<domain::Region> villages;
  std::vector<domain::Department> departments;
  std::vector<domain::MediationCommittee> committees;  // [0] is the township committee
  std::vector<domain::Mediator> mediators;
  std::vector<domain::ScreeningRound> rounds;
  std::vector<domain::ScreenedDispute> disputes;  // round_id = local round index + 1
  std::vector<domain::MediationCase> cases;
  std::vector<domain::Petition> petitions;
  std::vector<domain::LeaderReception> receptions;
  std::vector<domain::EnforcementOfficer> officers;  // with certificates, exams, trainings
  // Enforcement cases; each officer_id is a LOCAL index into officers + 1.
  std::vector<domain::PenaltyCase> penalty_cases;
  std::vector<domain::NormativeDocument> normative_documents;
  std::vector<domain::MajorDecision> major_decisions;
  std::vector<domain::DecisionCatalogueItem> decision_catalogue;  // the year's 决策目录 (DEC-03)
  std::vector<domain::ReviewCatalogueEntry> review_catalogue;      // LEP-07; empty: the default
  std::vector<domain::PowerItem> powers;                           // LEP-01, every version
  std::int64_t RecordCount() const;  // every row the writer will insert
};

// REQUIRES: township.level == kTownship and a valid code.
DemoTownship GenerateDemoTownship(const DemoOptions& options, const domain::Region& township,
                                  int township_index);

// Valid 18-digit 身份证号 for a birth date (region prefix 6 digits, sequence 3 digits).
std::string MakeIdNumber(std::string_view region6, core::Date birth, int sequence);

}  // namespace fazhi::service
