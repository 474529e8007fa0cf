// Tests for core/rate.h: rounding half up to 2 decimals and the "—" rule (§17).
#include "core/rate.h"

#include <gtest/gtest.h>

namespace fazhi::core {
namespace {

TEST(Rate, RoundsSeedMediationRateHalfUp) {
  Rate r{210, 211};
  EXPECT_EQ(r.Basispoints(), 9953);
  EXPECT_EQ(r.Display(), "99.53%");
}

TEST(Rate, ShowsDashWhenDenominatorIsZero) {
  Rate r{0, 0};
  EXPECT_FALSE(r.Basispoints().has_value());
  EXPECT_EQ(r.Display(), "—");
}

TEST(Rate, FullRateDisplaysWithoutDecimals) { EXPECT_EQ((Rate{137, 137}).Display(), "100%"); }

TEST(Rate, ExactHalfRoundsUp) {
  // 1/8 = 12.5% exactly; 1/800 = 0.125% → 0.13%
  EXPECT_EQ((Rate{1, 800}).Basispoints(), 13);
  EXPECT_EQ((Rate{1, 800}).Display(), "0.13%");
}

TEST(Rate, TrimsOneTrailingZero) { EXPECT_EQ((Rate{199, 200}).Display(), "99.5%"); }

TEST(Rate, JustBelowHalfRoundsDown) {
  // 2/3 = 66.6666… → 66.67; 1/3 = 33.333… → 33.33
  EXPECT_EQ((Rate{2, 3}).Display(), "66.67%");
  EXPECT_EQ((Rate{1, 3}).Display(), "33.33%");
}

}  // namespace
}  // namespace fazhi::core
