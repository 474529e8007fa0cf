// Tests for domain/validation/phone.h.
#include "domain/validation/phone.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace fazhi::domain {
namespace {

using ::testing::HasSubstr;

TEST(PhoneValidate, AcceptsMobileNumbersInCommonLayouts) {
  for (std::string_view in :
       {"13812345678", " 138 1234 5678 ", "138-1234-5678", "+86 138 1234 5678", "+8613812345678",
        "8613812345678", "008613812345678", "１３８１２３４５６７８"}) {
    auto r = ValidatePhone(in);
    ASSERT_TRUE(r) << in << ": " << r.error().message;
    EXPECT_EQ(r->normalized, "13812345678") << in;
    EXPECT_EQ(r->kind, PhoneKind::kMobile);
  }
  EXPECT_TRUE(ValidatePhone("19912345678"));
}

TEST(PhoneValidate, RejectsMobileWithWrongLength) {
  auto r = ValidatePhone("1381234567");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "phone");
  EXPECT_EQ(r.error().message, "联系电话（phone）手机号应为 11 位数字，实际为 10 位");
  EXPECT_EQ(r.error().message_en,
            "Phone number (phone): a mobile number must have 11 digits; got 10");
}

TEST(PhoneValidate, RejectsMobileWithSecondDigitBelowThree) {
  auto r = ValidatePhone("12812345678", "petitioner.phone");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "petitioner.phone");
  EXPECT_THAT(r.error().message, HasSubstr("第 2 位应为 3–9，实际为 2"));
}

TEST(PhoneValidate, AcceptsLandlinesWithAreaCode) {
  struct Case {
    std::string_view in;
    std::string_view want;
  };
  for (const Case& c :
       {Case{"023-62345678", "023-62345678"}, Case{"(023)62345678", "023-62345678"},
        Case{"023 62345678", "023-62345678"}, Case{"02362345678", "023-62345678"},
        Case{"010-6234567", "010-6234567"}, Case{"0851-6234567", "0851-6234567"},
        Case{"085162345678", "0851-62345678"}, Case{"023-62345678-801", "023-62345678-801"}}) {
    auto r = ValidatePhone(c.in);
    ASSERT_TRUE(r) << c.in << ": " << r.error().message;
    EXPECT_EQ(r->normalized, c.want);
    EXPECT_EQ(r->kind, PhoneKind::kLandline);
  }
}

TEST(PhoneValidate, RejectsLandlineWithoutAreaCode) {
  auto r = ValidatePhone("62345678");
  ASSERT_FALSE(r);
  EXPECT_THAT(r.error().message, HasSubstr("固定电话须带区号"));
}

TEST(PhoneValidate, RejectsBadAreaCode) {
  auto r = ValidatePhone("0123-1234567");
  ASSERT_FALSE(r);
  EXPECT_THAT(r.error().message, HasSubstr("区号“0123”无效"));
  auto three = ValidatePhone("031-12345678");
  ASSERT_FALSE(three);
  EXPECT_THAT(three.error().message, HasSubstr("区号“031”无效"));
}

TEST(PhoneValidate, RejectsBadLocalNumber) {
  auto short_local = ValidatePhone("023-123456");
  ASSERT_FALSE(short_local);
  EXPECT_THAT(short_local.error().message, HasSubstr("本地号码应为 7–8 位，实际为 6 位"));
  auto zero = ValidatePhone("023-02345678");
  ASSERT_FALSE(zero);
  EXPECT_THAT(zero.error().message, HasSubstr("本地号码不能以 0 开头"));
  auto one = ValidatePhone("023-12345678");
  ASSERT_FALSE(one);
  EXPECT_THAT(one.error().message, HasSubstr("本地号码不能以 1 开头"));
  auto split = ValidatePhone("023 1234 5678");
  ASSERT_FALSE(split);
  auto ext = ValidatePhone("023-62345678-1234567");
  ASSERT_FALSE(ext);
  EXPECT_THAT(ext.error().message, HasSubstr("分机号最多 6 位"));
}

TEST(PhoneValidate, NamesPositionOfIllegalCharacter) {
  auto r = ValidatePhone("138a2345678");
  ASSERT_FALSE(r);
  EXPECT_THAT(r.error().message, HasSubstr("第 4 个字符“a”不允许"));
  EXPECT_THAT(r.error().message_en, HasSubstr("character 4 ('a')"));
}

TEST(PhoneValidate, RejectsEmptyAndForeignNumbers) {
  auto empty = ValidatePhone("  ");
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().message, "联系电话（phone）不能为空");
  auto foreign = ValidatePhone("+1 212 555 0100");
  ASSERT_FALSE(foreign);
  EXPECT_THAT(foreign.error().message, HasSubstr("+86"));
}

TEST(PhoneMask, MasksMobileMiddleFourDigits) {
  EXPECT_EQ(MaskPhone("13812345678"), "138****5678");
  EXPECT_EQ(MaskPhone("+86 138-1234-5678"), "138****5678");
}

TEST(PhoneMask, MasksLandlineLocalNumberExceptLastFour) {
  EXPECT_EQ(MaskPhone("023-62345678"), "023-****5678");
  EXPECT_EQ(MaskPhone("(0851)6234567"), "0851-***4567");
  EXPECT_EQ(MaskPhone("023-62345678-801"), "023-****5678-801");
}

TEST(PhoneMask, KeepsOnlyLastFourDigitsOfInvalidText) {
  EXPECT_EQ(MaskPhone("12345"), "*2345");
  EXPECT_EQ(MaskPhone("555-0100 ext"), "***-0100 ext");
  EXPECT_EQ(MaskPhone(""), "");
}

}  // namespace
}  // namespace fazhi::domain
