// Tests for service/settings_service.h on both databases: validation, county overrides over
// deployment-wide values over defaults, and the CAL-06 calendar switch.
#include "service/settings_service.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/clock.h"
#include "support/matchers.h"
#include "support/test_database.h"

namespace fazhi::service {
namespace {

using fazhi::testing::HasErrorField;
using fazhi::testing::IsOk;

class SettingsServiceTest : public fazhi::testing::SeededDatabaseTest {
 protected:
  core::Result<ServiceContext> Open() {
    return OpenServiceContext({test_db().url(), std::string(FAZHI_SOURCE_DIR) + "/data/calendar", true}, clock_);
  }
  core::FixedClock clock_{core::MakeDate(2025, 6, 1)};
};

TEST_P(SettingsServiceTest, DefaultsThenDeploymentThenCounty) {
  auto ctx = Open();
  ASSERT_THAT(ctx, IsOk());
  auto county = store::Scope::County(org().county_a.id);
  auto s = LedgerSettingsFor(*ctx, county);
  ASSERT_THAT(s, IsOk());
  EXPECT_EQ(s->mediation_typical_limit_days, 30);
  ASSERT_THAT(SetSetting(*ctx, store::Scope::System(), "mediation.typical_limit_days", "45", "省司法厅通知"), IsOk());
  EXPECT_EQ(LedgerSettingsFor(*ctx, county)->mediation_typical_limit_days, 45);
  ASSERT_THAT(SetSetting(*ctx, county, "mediation.typical_limit_days", "20", "县司法局规定"), IsOk());
  EXPECT_EQ(LedgerSettingsFor(*ctx, county)->mediation_typical_limit_days, 20);
  EXPECT_EQ(LedgerSettingsFor(*ctx, store::Scope::County(org().county_b.id))->mediation_typical_limit_days, 45);
  auto list = ListSettings(*ctx, county);
  ASSERT_THAT(list, IsOk());
  for (const auto& e : *list) {
    if (e.spec.key == "mediation.typical_limit_days") {
      EXPECT_EQ(e.source, "county");
      EXPECT_EQ(e.basis, "县司法局规定");
    }
  }
}

TEST_P(SettingsServiceTest, RefusesUnknownKeysBadValuesAndMissingBasis) {
  auto ctx = Open();
  ASSERT_THAT(ctx, IsOk());
  auto system = store::Scope::System();
  EXPECT_THAT(SetSetting(*ctx, system, "no.such.key", "1", "x"), HasErrorField("key"));
  EXPECT_THAT(SetSetting(*ctx, system, "alerts.soon_days", "999", "x"), HasErrorField("value"));
  EXPECT_THAT(SetSetting(*ctx, system, "alerts.soon_days", "abc", "x"), HasErrorField("value"));
  EXPECT_THAT(SetSetting(*ctx, system, "indicators.basic_satisfaction_counts", "yes", "x"), HasErrorField("value"));
  EXPECT_THAT(SetSetting(*ctx, system, "alerts.soon_days", "5", ""), HasErrorField("basis"));
  EXPECT_THAT(SetSetting(*ctx, store::Scope::County(org().county_a.id), "calendar.count_makeup_weekends",
                         "false", "x"),
              HasErrorField("key"));
}

TEST_P(SettingsServiceTest, CalendarSwitchTurnsMakeupWeekendsIntoRestDays) {
  {
    auto ctx = Open();
    ASSERT_THAT(ctx, IsOk());
    EXPECT_TRUE(ctx->calendar->IsWorkingDay(core::MakeDate(2026, 2, 28)));  // 调休上班 Saturday
    ASSERT_THAT(SetSetting(*ctx, store::Scope::System(), "calendar.count_makeup_weekends", "false",
                           "县司法局答复：调休日不计入法定期限"),
                IsOk());
  }
  auto ctx = Open();
  ASSERT_THAT(ctx, IsOk());
  EXPECT_FALSE(ctx->calendar->IsWorkingDay(core::MakeDate(2026, 2, 28)));
}

FAZHI_INSTANTIATE_BACKENDS(SettingsServiceTest);

}  // namespace
}  // namespace fazhi::service
