// store/org_repository_test.cc — regions and departments, with scope rules, on both backends.
#include "store/org_repository.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/matchers.h"
#include "support/test_database.h"

namespace fazhi::store {
namespace {

using core::ErrorCode;
using ::fazhi::testing::Dump;
using ::fazhi::testing::HasError;
using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;
using ::fazhi::testing::TestOrg;

domain::Region MakeRegion(std::string code, std::string name, domain::RegionLevel level,
                          std::optional<std::int64_t> parent) {
  domain::Region r;
  r.code = std::move(code);
  r.name = std::move(name);
  r.level = level;
  r.parent_id = parent;
  return r;
}

std::vector<std::string> Codes(const std::vector<domain::Region>& regions) {
  std::vector<std::string> out;
  for (const auto& r : regions) out.push_back(r.code);
  return out;
}

class OrgRepositoryTest : public ::fazhi::testing::SeededDatabaseTest {
 protected:
  void SetUp() override {
    ::fazhi::testing::SeededDatabaseTest::SetUp();
    org_ = org();
  }
  TestOrg org_;
};

TEST_P(OrgRepositoryTest, RegionRoundTripsByIdAndCode) {
  OrgRepository repo(db());
  auto by_id = repo.GetRegion(Scope::System(), org_.village_a1.id);
  ASSERT_THAT(by_id, IsOk());
  EXPECT_EQ(Dump(*by_id), Dump(org_.village_a1));
  EXPECT_EQ(by_id->name, "新华村");
  EXPECT_EQ(by_id->level, domain::RegionLevel::kVillage);
  EXPECT_EQ(by_id->parent_id, org_.township_a1.id);
  auto by_code = repo.GetRegionByCode(Scope::System(), "500101001001");
  ASSERT_THAT(by_code, IsOk());
  EXPECT_EQ(Dump(*by_code), Dump(org_.village_a1));
  auto county = repo.GetRegion(Scope::System(), org_.county_a.id);
  ASSERT_THAT(county, IsOk());
  EXPECT_EQ(county->parent_id, std::nullopt);
}

TEST_P(OrgRepositoryTest, ListsChildrenAndLevelsInCodeOrder) {
  OrgRepository repo(db());
  auto children = repo.ListChildren(Scope::System(), org_.county_a.id);
  ASSERT_THAT(children, IsOk());
  EXPECT_THAT(Codes(*children), ::testing::ElementsAre("500101001000", "500101002000"));
  auto townships = repo.ListByLevel(Scope::System(), domain::RegionLevel::kTownship);
  ASSERT_THAT(townships, IsOk());
  EXPECT_THAT(Codes(*townships),
              ::testing::ElementsAre("500101001000", "500101002000", "500102001000"));
}

TEST_P(OrgRepositoryTest, CountyScopeSeesOnlyItsOwnTree) {
  OrgRepository repo(db());
  const Scope county = Scope::County(org_.county_a.id);
  auto townships = repo.ListByLevel(county, domain::RegionLevel::kTownship);
  ASSERT_THAT(townships, IsOk());
  EXPECT_THAT(Codes(*townships), ::testing::ElementsAre("500101001000", "500101002000"));
  EXPECT_THAT(repo.GetRegion(county, org_.village_a1.id), IsOk());
  EXPECT_THAT(repo.GetRegion(county, org_.township_b1.id), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.GetRegionByCode(county, "500102000000"), HasError(ErrorCode::kNotFound));
}

TEST_P(OrgRepositoryTest, TownshipScopeSeesItselfItsVillagesAndItsCounty) {
  OrgRepository repo(db());
  const Scope township = Scope::Township(org_.township_a1.id);
  EXPECT_THAT(repo.GetRegion(township, org_.township_a1.id), IsOk());
  EXPECT_THAT(repo.GetRegion(township, org_.village_a1.id), IsOk());
  EXPECT_THAT(repo.GetRegion(township, org_.county_a.id), IsOk());
  EXPECT_THAT(repo.GetRegion(township, org_.township_a2.id), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.GetRegion(township, org_.county_b.id), HasError(ErrorCode::kNotFound));
}

TEST_P(OrgRepositoryTest, CreateRegionChecksLevelParentAndScope) {
  OrgRepository repo(db());
  // A township under a township is refused.
  EXPECT_THAT(repo.CreateRegion(Scope::System(),
                                MakeRegion("500101003000", "错镇", domain::RegionLevel::kTownship,
                                           org_.township_a1.id)),
              HasErrorField("parentId"));
  // A code that does not lie under its parent is refused by the domain rule.
  EXPECT_THAT(repo.CreateRegion(Scope::System(),
                                MakeRegion("500102003000", "错镇", domain::RegionLevel::kTownship,
                                           org_.county_a.id)),
              HasError(ErrorCode::kInvalidArgument));
  // County A may add a township to itself, not to county B; a township cannot add a county.
  EXPECT_THAT(repo.CreateRegion(Scope::County(org_.county_a.id),
                                MakeRegion("500101003000", "新镇", domain::RegionLevel::kTownship,
                                           org_.county_a.id)),
              IsOk());
  EXPECT_THAT(repo.CreateRegion(Scope::County(org_.county_a.id),
                                MakeRegion("500102002000", "外镇", domain::RegionLevel::kTownship,
                                           org_.county_b.id)),
              HasError(ErrorCode::kPermissionDenied));
  EXPECT_THAT(repo.CreateRegion(Scope::Township(org_.township_a1.id),
                                MakeRegion("500103000000", "县", domain::RegionLevel::kCounty,
                                           std::nullopt)),
              HasError(ErrorCode::kPermissionDenied));
  // A township adds its own villages only.
  EXPECT_THAT(repo.CreateRegion(Scope::Township(org_.township_a1.id),
                                MakeRegion("500101001002", "东风村", domain::RegionLevel::kVillage,
                                           org_.township_a1.id)),
              IsOk());
  EXPECT_THAT(repo.CreateRegion(Scope::Township(org_.township_a1.id),
                                MakeRegion("500101002001", "外村", domain::RegionLevel::kVillage,
                                           org_.township_a2.id)),
              HasError(ErrorCode::kPermissionDenied));
}

TEST_P(OrgRepositoryTest, DuplicateRegionCodeIsConflictOnCode) {
  OrgRepository repo(db());
  auto dup = repo.CreateRegion(Scope::System(),
                               MakeRegion("500101001000", "重复镇", domain::RegionLevel::kTownship,
                                          org_.county_a.id));
  EXPECT_THAT(dup, HasError(ErrorCode::kConflict));
  EXPECT_THAT(dup, HasErrorField("code"));
}

TEST_P(OrgRepositoryTest, RenameRegionNeedsOwnership) {
  OrgRepository repo(db());
  EXPECT_THAT(repo.RenameRegion(Scope::Township(org_.township_a1.id), org_.village_a1.id, "新华社区"),
              IsOk());
  EXPECT_EQ(repo.GetRegion(Scope::System(), org_.village_a1.id)->name, "新华社区");
  // The parent county is visible to the township, but it cannot rename it.
  EXPECT_THAT(repo.RenameRegion(Scope::Township(org_.township_a1.id), org_.county_a.id, "x"),
              HasError(ErrorCode::kPermissionDenied));
  EXPECT_THAT(repo.RenameRegion(Scope::County(org_.county_b.id), org_.township_a1.id, "x"),
              HasError(ErrorCode::kNotFound));
}

TEST_P(OrgRepositoryTest, DepartmentsRoundTripWithScopeAndUniqueNames) {
  OrgRepository repo(db());
  domain::Department d;
  d.region_id = org_.township_a1.id;
  d.name = "司法所";
  d.kind = "司法行政";
  auto created = repo.CreateDepartment(Scope::Township(org_.township_a1.id), d);
  ASSERT_THAT(created, IsOk());
  EXPECT_GT(created->id, 0);
  auto got = repo.GetDepartment(Scope::County(org_.county_a.id), created->id);
  ASSERT_THAT(got, IsOk());
  EXPECT_EQ(got->name, "司法所");
  EXPECT_EQ(got->kind, "司法行政");
  EXPECT_EQ(got->region_id, org_.township_a1.id);
  EXPECT_THAT(repo.GetDepartment(Scope::Township(org_.township_a2.id), created->id),
              HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.CreateDepartment(Scope::Township(org_.township_a2.id), d),
              HasError(ErrorCode::kPermissionDenied));
  auto dup = repo.CreateDepartment(Scope::System(), d);
  EXPECT_THAT(dup, HasError(ErrorCode::kConflict));
  EXPECT_THAT(dup, HasErrorField("name"));

  domain::Department other = d;
  other.name = "综合行政执法大队";
  ASSERT_THAT(repo.CreateDepartment(Scope::System(), other), IsOk());
  auto list = repo.ListDepartments(Scope::Township(org_.township_a1.id), org_.township_a1.id);
  ASSERT_THAT(list, IsOk());
  ASSERT_EQ(list->size(), 2u);

  got->kind = "法治";
  EXPECT_THAT(repo.UpdateDepartment(Scope::Township(org_.township_a1.id), *got), IsOk());
  EXPECT_EQ(repo.GetDepartment(Scope::System(), got->id)->kind, "法治");
  EXPECT_THAT(repo.UpdateDepartment(Scope::Township(org_.township_a2.id), *got),
              HasError(ErrorCode::kNotFound));
}

FAZHI_INSTANTIATE_BACKENDS(OrgRepositoryTest);

}  // namespace
}  // namespace fazhi::store
