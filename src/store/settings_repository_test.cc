// store/settings_repository_test.cc — deployment and county settings on both backends.
#include "store/settings_repository.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/matchers.h"
#include "support/test_database.h"

namespace fazhi::store {
namespace {

using core::ErrorCode;
using ::fazhi::testing::HasError;
using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;

class SettingsRepositoryTest : public ::fazhi::testing::SeededDatabaseTest {};

Setting Make(std::string key, std::string value, std::string basis) {
  Setting s;
  s.key = std::move(key);
  s.value = std::move(value);
  s.basis = std::move(basis);
  return s;
}

TEST_P(SettingsRepositoryTest, CountyValueOverridesTheDeploymentDefault) {
  SettingsRepository repo(db());
  ASSERT_THAT(repo.Put(Scope::System(), Make("report.due", "03-01", "PRODUCT.md §5")), IsOk());
  ASSERT_THAT(repo.Put(Scope::County(org().county_a.id),
                       Make("report.due", "02-20", "甲县依法治县办通知")),
              IsOk());
  auto county_a = repo.Get(Scope::Township(org().township_a1.id), "report.due");
  ASSERT_THAT(county_a, IsOk());
  ASSERT_TRUE(county_a->has_value());
  EXPECT_EQ((*county_a)->value, "02-20");
  EXPECT_EQ((*county_a)->basis, "甲县依法治县办通知");
  EXPECT_EQ((*county_a)->county_id, org().county_a.id);
  EXPECT_EQ((*county_a)->updated_at.size(), 19u);
  auto county_b = repo.Get(Scope::County(org().county_b.id), "report.due");
  ASSERT_THAT(county_b, IsOk());
  EXPECT_EQ((*county_b)->value, "03-01");
  EXPECT_EQ((*county_b)->county_id, std::nullopt);
  EXPECT_EQ((*repo.Get(Scope::System(), "report.due"))->value, "03-01");
  EXPECT_FALSE(repo.Get(Scope::System(), "missing")->has_value());
}

TEST_P(SettingsRepositoryTest, PutUpdatesInPlaceAndListShowsEffectiveValues) {
  SettingsRepository repo(db());
  ASSERT_THAT(repo.Put(Scope::System(), Make("a", "1", "x")), IsOk());
  ASSERT_THAT(repo.Put(Scope::System(), Make("a", "2", "y")), IsOk());
  ASSERT_THAT(repo.Put(Scope::System(), Make("b", "3", "z")), IsOk());
  ASSERT_THAT(repo.Put(Scope::County(org().county_a.id), Make("b", "4", "县")), IsOk());
  auto list = repo.List(Scope::County(org().county_a.id));
  ASSERT_THAT(list, IsOk());
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].key, "a");
  EXPECT_EQ((*list)[0].value, "2");
  EXPECT_EQ((*list)[0].basis, "y");
  EXPECT_EQ((*list)[1].value, "4");
  auto system = repo.List(Scope::System());
  ASSERT_THAT(system, IsOk());
  EXPECT_EQ((*system)[1].value, "3");
}

TEST_P(SettingsRepositoryTest, TownshipCannotWriteAndKeyIsRequired) {
  SettingsRepository repo(db());
  EXPECT_THAT(repo.Put(Scope::Township(org().township_a1.id), Make("a", "1", "")),
              HasError(ErrorCode::kPermissionDenied));
  EXPECT_THAT(repo.Put(Scope::System(), Make("", "1", "")), HasErrorField("key"));
}

FAZHI_INSTANTIATE_BACKENDS(SettingsRepositoryTest);

}  // namespace
}  // namespace fazhi::store
