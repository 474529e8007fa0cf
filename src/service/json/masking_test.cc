// Tests for service/json/masking.h.
#include "service/json/masking.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/matchers.h"

namespace fazhi::service::json {
namespace {

using fazhi::testing::HasErrorField;
using fazhi::testing::IsOk;

TEST(Masking, IdNumbersKeepFirstSixAndLastFour) {
  EXPECT_EQ(MaskIdNumber("500101199001011234"), "500101********1234");
  EXPECT_EQ(MaskIdNumber("11010519491231002X"), "110105********002X");
  EXPECT_EQ(MaskIdNumber("110105491231002"), "110105*****1002");  // 15-digit legacy number
  EXPECT_EQ(MaskIdNumber("1234567"), "*******");                  // too short: all stars
  EXPECT_EQ(MaskIdNumber(""), "");
}

TEST(Masking, PhonesKeepFirstThreeAndLastFour) {
  EXPECT_EQ(MaskPhone("13812345678"), "138****5678");
  EXPECT_EQ(MaskPhone("023-62345678"), "023-****5678");
  EXPECT_EQ(MaskPhone("(0851)6234567"), "0851-***4567");
  // Not a valid number (a local number never starts with 1): only the last 4 digits stay.
  EXPECT_EQ(MaskPhone("023-12345678"), "***-****5678");
  EXPECT_EQ(MaskPhone(""), "");
}

TEST(Masking, DefaultMasksAndNoneDoesNot) {
  Masking on;
  EXPECT_EQ(on.IdNumber("500101199001011234"), "500101********1234");
  EXPECT_EQ(on.Phone("13812345678"), "138****5678");
  Masking off = Masking::None();
  EXPECT_EQ(off.IdNumber("500101199001011234"), "500101199001011234");
  EXPECT_EQ(off.Phone("13812345678"), "13812345678");
  Masking phones_only{false, true};
  EXPECT_EQ(phones_only.IdNumber("500101199001011234"), "500101199001011234");
  EXPECT_EQ(phones_only.Phone("13812345678"), "138****5678");
}

TEST(Masking, MaskedValuesAreRecognisedAndRefused) {
  EXPECT_TRUE(LooksMasked("500101********1234"));
  EXPECT_TRUE(LooksMasked("138＊＊＊＊5678"));
  EXPECT_FALSE(LooksMasked("13812345678"));
  EXPECT_FALSE(LooksMasked(""));
  EXPECT_THAT(CheckNotMasked("13812345678", "phone"), IsOk());
  auto st = CheckNotMasked("138****5678", "parties[0].phone");
  ASSERT_THAT(st, HasErrorField("parties[0].phone"));
  EXPECT_EQ(st.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_THAT(st.error().message, ::testing::HasSubstr("parties[0].phone"));
}

}  // namespace
}  // namespace fazhi::service::json
