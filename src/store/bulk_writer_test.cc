// store/bulk_writer_test.cc — the bulk path on both backends: counts, ids written back,
// records readable through the repositories, constraint failures roll the batch back.
#include "store/bulk_writer.h"

#include <algorithm>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store/mediation_repository.h"
#include "store/org_repository.h"
#include "store/internal/rows.h"
#include "store/internal/session.h"
#include "store/petition_repository.h"
#include "support/matchers.h"
#include "support/test_database.h"

namespace fazhi::store {
namespace {

using core::ErrorCode;
using core::MakeDate;
using ::fazhi::testing::Dump;
using ::fazhi::testing::FullCase;
using ::fazhi::testing::FullCommittee;
using ::fazhi::testing::FullMediator;
using ::fazhi::testing::FullPetition;
using ::fazhi::testing::FullReception;
using ::fazhi::testing::FullScreenedDispute;
using ::fazhi::testing::FullScreeningRound;
using ::fazhi::testing::HasError;
using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;

class BulkWriterTest : public ::fazhi::testing::SeededDatabaseTest {};

TEST_P(BulkWriterTest, WritesEveryLedgerWithChildrenAndCountsRows) {
  const std::int64_t t = org().township_a1.id;
  BulkWriter bulk(db());
  std::vector<domain::MediationCommittee> committees = {FullCommittee(t)};
  std::vector<domain::Mediator> mediators;
  std::vector<domain::ScreeningRound> rounds = {FullScreeningRound(t)};
  std::vector<domain::MediationCase> cases;
  std::vector<domain::ScreenedDispute> disputes;
  std::vector<domain::Petition> petitions;
  std::vector<domain::LeaderReception> receptions = {FullReception(t), FullReception(t)};
  auto status = db().InTransaction([&]() -> core::Status {
    RETURN_IF_ERROR(bulk.AddCommittees(committees));
    mediators = {FullMediator(t, committees[0].id), FullMediator(t, committees[0].id)};
    RETURN_IF_ERROR(bulk.AddMediators(mediators));
    RETURN_IF_ERROR(bulk.AddScreeningRounds(rounds));
    for (int k = 0; k < 50; ++k) {
      domain::MediationCase c =
          FullCase(t, committees[0].id, mediators[k % 2].id, "批量" + std::to_string(k));
      if (k % 5 == 0) c.agreement.reset();
      if (k % 7 == 0) c.summary = "含\t制表符\n换行和\\反斜杠";
      cases.push_back(std::move(c));
    }
    RETURN_IF_ERROR(bulk.AddCases(cases));
    for (int k = 0; k < 30; ++k) {
      domain::ScreenedDispute d = FullScreenedDispute(rounds[0].id, t);
      d.mediation_case_id = cases[static_cast<std::size_t>(k)].id;
      disputes.push_back(d);
    }
    RETURN_IF_ERROR(bulk.AddScreenedDisputes(disputes));
    for (int k = 0; k < 20; ++k) petitions.push_back(FullPetition(t, "批信" + std::to_string(k)));
    petitions[3].extension.reset();
    petitions[3].review.reset();
    RETURN_IF_ERROR(bulk.AddPetitions(petitions));
    return bulk.AddLeaderReceptions(receptions);
  });
  ASSERT_THAT(status, IsOk());

  const BulkCounts& n = bulk.counts();
  EXPECT_EQ(n.committees, 1);
  EXPECT_EQ(n.committee_members, 2);
  EXPECT_EQ(n.mediators, 2);
  EXPECT_EQ(n.screening_rounds, 1);
  EXPECT_EQ(n.cases, 50);
  EXPECT_EQ(n.parties, 100);
  EXPECT_EQ(n.agreements, 40);
  EXPECT_EQ(n.screened_disputes, 30);
  EXPECT_EQ(n.petitions, 20);
  EXPECT_EQ(n.petition_reviews, 39);      // 20 复核 + 19 复查
  EXPECT_EQ(n.excluded_intervals, 99);    // 20·(2 + 2) handling/复核 + 19 复查 hearings
  EXPECT_EQ(n.leader_receptions, 2);
  EXPECT_EQ(n.Total(), 1 + 2 + 2 + 1 + 50 + 100 + 40 + 30 + 20 + 39 + 99 + 2);

  // What the bulk path wrote reads back exactly through the repositories.
  MediationRepository mediation(db());
  for (std::size_t k : {0u, 7u, 49u}) {
    auto got = mediation.GetCase(Scope::Township(t), cases[k].id);
    ASSERT_THAT(got, IsOk());
    EXPECT_EQ(Dump(*got), Dump(cases[k]));
  }
  EXPECT_EQ(Dump(*mediation.GetCommittee(Scope::System(), committees[0].id)),
            Dump(committees[0]));
  EXPECT_EQ(Dump(*mediation.GetScreenedDispute(Scope::System(), disputes[29].id)),
            Dump(disputes[29]));
  PetitionRepository petition_repo(db());
  for (std::size_t k : {0u, 3u, 19u}) {
    auto got = petition_repo.Get(Scope::Township(t), petitions[k].id);
    ASSERT_THAT(got, IsOk());
    EXPECT_EQ(Dump(*got), Dump(petitions[k]));
  }
  CaseFilter all;
  EXPECT_EQ(mediation.ListCases(Scope::System(), all)->total, 50);

  // The repositories keep working after the bulk ids (sequences / rowids are in step).
  auto next = mediation.CreateCase(Scope::System(),
                                   FullCase(t, committees[0].id, std::nullopt, "之后的案件"));
  ASSERT_THAT(next, IsOk());
  EXPECT_GT(next->id, cases.back().id);
}

TEST_P(BulkWriterTest, ConstraintFailureRollsTheWholeBatchBack) {
  const std::int64_t t = org().township_a1.id;
  MediationRepository mediation(db());
  auto committee = mediation.CreateCommittee(Scope::System(), FullCommittee(t));
  ASSERT_THAT(committee, IsOk());
  BulkWriter bulk(db());
  std::vector<domain::MediationCase> cases;
  for (int k = 0; k < 10; ++k) {
    cases.push_back(FullCase(t, committee->id, std::nullopt, "C" + std::to_string(k)));
  }
  cases[6].case_no = "C2";  // duplicate case number inside the batch
  auto failed = bulk.AddCases(cases);
  EXPECT_THAT(failed, HasError(ErrorCode::kConflict));
  EXPECT_THAT(failed, HasErrorField("caseNo"));
  EXPECT_EQ(bulk.counts().cases, 0);
  EXPECT_EQ(mediation.ListCases(Scope::System(), CaseFilter{})->total, 0);

  cases[6].case_no = "C6";
  cases[8].parties[1].name = "";  // a bad child row
  EXPECT_THAT(bulk.AddCases(cases), HasErrorField("name"));
  EXPECT_EQ(mediation.ListCases(Scope::System(), CaseFilter{})->total, 0);

  cases[8].parties[1].name = "修正";
  ASSERT_THAT(bulk.AddCases(cases), IsOk());
  EXPECT_EQ(bulk.counts().cases, 10);
  EXPECT_EQ(mediation.ListCases(Scope::System(), CaseFilter{})->total, 10);
}

TEST_P(BulkWriterTest, UnknownParentIsInvalidArgument) {
  BulkWriter bulk(db());
  std::vector<domain::Mediator> mediators = {FullMediator(org().township_a1.id, 987654)};
  EXPECT_THAT(bulk.AddMediators(mediators), HasError(ErrorCode::kInvalidArgument));
  std::vector<domain::MediationCase> none;
  EXPECT_THAT(bulk.AddCases(none), IsOk());
  EXPECT_EQ(bulk.counts().Total(), 0);
}

TEST_P(BulkWriterTest, WritesRegionsAndDepartmentsReadableThroughTheRepository) {
  BulkWriter bulk(db());
  OrgRepository org_repo(db());
  std::vector<domain::Region> township = {
      {0, "500101003000", "批量镇", domain::RegionLevel::kTownship, org().county_a.id}};
  std::vector<domain::Region> villages;
  std::vector<domain::Department> departments;
  auto status = db().InTransaction([&]() -> core::Status {
    RETURN_IF_ERROR(bulk.AddRegions(township));
    for (int k = 1; k <= 11; ++k) {  // 11 = 8 + 2 + 1: several statement sizes
      villages.push_back({0, "500101003" + std::string(k < 10 ? "00" : "0") + std::to_string(k),
                          "批量村" + std::to_string(k), domain::RegionLevel::kVillage,
                          township[0].id});
    }
    RETURN_IF_ERROR(bulk.AddRegions(villages));
    departments = {{0, township[0].id, "司法所", "司法行政"},
                   {0, township[0].id, "党政办公室", "综合"}};
    return bulk.AddDepartments(departments);
  });
  ASSERT_THAT(status, IsOk());
  EXPECT_EQ(bulk.counts().regions, 12);
  EXPECT_EQ(bulk.counts().departments, 2);
  EXPECT_EQ(bulk.counts().Total(), 14);

  auto stored = org_repo.GetRegionByCode(Scope::System(), "500101003000");
  ASSERT_THAT(stored, IsOk());
  EXPECT_EQ(stored->id, township[0].id);
  EXPECT_EQ(stored->name, "批量镇");
  EXPECT_EQ(stored->parent_id, org().county_a.id);
  auto children = org_repo.ListChildren(Scope::System(), township[0].id);
  ASSERT_THAT(children, IsOk());
  ASSERT_EQ(children->size(), 11u);
  for (const auto& v : villages) {
    auto it = std::find_if(children->begin(), children->end(),
                           [&](const domain::Region& c) { return c.id == v.id; });
    ASSERT_NE(it, children->end()) << v.code;
    EXPECT_EQ(it->code, v.code);
    EXPECT_EQ(it->level, domain::RegionLevel::kVillage);
  }
  auto stored_departments = org_repo.ListDepartments(Scope::System(), township[0].id);
  ASSERT_THAT(stored_departments, IsOk());
  ASSERT_EQ(stored_departments->size(), 2u);
}

TEST_P(BulkWriterTest, DuplicateRegionCodeIsConflictAndWritesNothing) {
  BulkWriter bulk(db());
  std::vector<domain::Region> regions = {
      {0, "500101004000", "新镇", domain::RegionLevel::kTownship, org().county_a.id},
      {0, org().township_a1.code, "重复镇", domain::RegionLevel::kTownship, org().county_a.id}};
  EXPECT_THAT(bulk.AddRegions(regions), HasError(ErrorCode::kConflict));
  EXPECT_EQ(bulk.counts().regions, 0);
  OrgRepository org_repo(db());
  EXPECT_THAT(org_repo.GetRegionByCode(Scope::System(), "500101004000"),
              HasError(ErrorCode::kNotFound));
}

// PostgreSQL has no statistics for a table filled by COPY (reltuples -1, "never analyzed")
// until ANALYZE; on SQLite Analyze does nothing and succeeds.
TEST_P(BulkWriterTest, AnalyzeRefreshesPlannerStatisticsOfTheTablesWritten) {
  BulkWriter idle(db());
  EXPECT_THAT(idle.Analyze(), IsOk());  // nothing written: nothing to do

  BulkWriter bulk(db());
  std::vector<domain::LeaderReception> receptions;
  for (int k = 0; k < 20; ++k) receptions.push_back(FullReception(org().township_a1.id));
  ASSERT_THAT(bulk.AddLeaderReceptions(receptions), IsOk());
  const std::string reltuples =
      "SELECT CAST(reltuples AS BIGINT) FROM pg_class "
      "WHERE oid = CAST(to_regclass('leader_reception') AS oid)";
  if (backend() == ::fazhi::testing::TestBackend::kPostgresql) {
    internal::Params params;
    EXPECT_EQ(internal::SelectInt(internal::Session(db()), reltuples, params), -1);
  }
  ASSERT_THAT(bulk.Analyze(), IsOk());
  if (backend() == ::fazhi::testing::TestBackend::kPostgresql) {
    internal::Params params;
    EXPECT_EQ(internal::SelectInt(internal::Session(db()), reltuples, params), 20);
  }
}

FAZHI_INSTANTIATE_BACKENDS(BulkWriterTest);

}  // namespace
}  // namespace fazhi::store
