// domain/enforcement/power_catalogue_test.cc — a version of a power is validated field by field;
// a revision follows the current version without overlap or gap, and closes it the day before.
#include "domain/enforcement/power_catalogue.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/matchers.h"

namespace fazhi::domain {
namespace {

using core::MakeDate;
using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;

PowerItem Power() {
  PowerItem p;
  p.code = "SR-CF-001";
  p.name = "对占道经营行为的行政处罚";
  p.category = ActionCategory::kPenalty;
  p.subject = "树人镇人民政府";
  p.basis = "《城市市容和环境卫生管理条例》第36条";
  p.procedure = "立案、调查取证、告知、陈述申辩、决定、送达、执行";
  p.remedy = "自收到决定书之日起60日内申请行政复议，或6个月内提起行政诉讼";
  p.effective_from = MakeDate(2025, 1, 1);
  return p;
}

TEST(PowerCatalogue, EachBadFieldIsNamed) {
  EXPECT_THAT(ValidatePowerItem(Power()), IsOk());
  for (auto [field, clear] : std::vector<std::pair<std::string, std::string PowerItem::*>>{
           {"code", &PowerItem::code}, {"name", &PowerItem::name}, {"subject", &PowerItem::subject},
           {"basis", &PowerItem::basis}, {"procedure", &PowerItem::procedure}, {"remedy", &PowerItem::remedy}}) {
    PowerItem p = Power();
    p.*clear = " ";
    EXPECT_THAT(ValidatePowerItem(p), HasErrorField(field)) << field;
  }
  PowerItem p = Power();
  p.name = std::string(101 * 3, 'x').substr(0, 101);
  EXPECT_THAT(ValidatePowerItem(p), HasErrorField("name"));
  p = Power();
  p.effective_from = {};
  EXPECT_THAT(ValidatePowerItem(p), HasErrorField("effectiveFrom"));
  p = Power();
  p.effective_to = MakeDate(2024, 12, 31);
  EXPECT_THAT(ValidatePowerItem(p), HasErrorField("effectiveTo"));
  p = Power();
  p.version = 0;
  EXPECT_THAT(ValidatePowerItem(p), HasErrorField("version"));
}

TEST(PowerCatalogue, ARevisionFollowsTheCurrentVersion) {
  PowerItem current = Power();
  PowerItem next = Power();
  next.version = 2;
  next.basis = "《重庆市市容环境卫生管理条例》第40条";
  next.effective_from = MakeDate(2025, 7, 1);
  EXPECT_THAT(CheckRevision(current, next), IsOk());
  PowerItem closed = ClosedBefore(current, next);
  EXPECT_EQ(closed.effective_to, MakeDate(2025, 6, 30));
  EXPECT_TRUE(EffectiveOn(closed, MakeDate(2025, 6, 30)));
  EXPECT_FALSE(EffectiveOn(closed, MakeDate(2025, 7, 1)));
  EXPECT_TRUE(EffectiveOn(next, MakeDate(2025, 7, 1)));
  EXPECT_FALSE(EffectiveOn(next, MakeDate(2025, 6, 30)));

  next.effective_from = MakeDate(2025, 1, 1);  // not after the current version
  EXPECT_THAT(CheckRevision(current, next), HasErrorField("effectiveFrom"));
  current.effective_to = MakeDate(2025, 3, 31);  // ended: the next one starts 4月1日 at the latest
  next.effective_from = MakeDate(2025, 5, 1);
  EXPECT_THAT(CheckRevision(current, next), HasErrorField("effectiveFrom"));
  next.effective_from = MakeDate(2025, 4, 1);
  EXPECT_THAT(CheckRevision(current, next), IsOk());
  next.code = "SR-CF-002";
  EXPECT_THAT(CheckRevision(current, next), HasErrorField("code"));
}

}  // namespace
}  // namespace fazhi::domain
