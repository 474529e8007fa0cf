// Tests for domain/validation/uscc.h (VAL-02).
#include "domain/validation/uscc.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace fazhi::domain {
namespace {

using ::testing::HasSubstr;

std::string WithCheck(const std::string& first17) { return first17 + UsccCheckChar(first17); }

TEST(UsccCheck, ComputesCheckCharacterOfKnownVectors) {
  EXPECT_EQ(UsccCheckChar("91110000600037341"), 'L');
  EXPECT_EQ(UsccCheckChar("91350100M000100Y4"), '3');
}

TEST(UsccCheck, ComputesOrganisationCodeCheck) {
  EXPECT_EQ(OrgCodeCheckChar("60003734"), '1');
  EXPECT_EQ(OrgCodeCheckChar("M000100Y"), '4');
}

TEST(UsccValidate, AcceptsTheValidVectorsAndDecodesThem) {
  auto a = ValidateUscc("91110000600037341L");
  ASSERT_TRUE(a) << a.error().message;
  EXPECT_EQ(a->normalized, "91110000600037341L");
  EXPECT_EQ(a->authority_code, '9');
  EXPECT_EQ(a->authority_label_zh, "工商（市场监管）");
  EXPECT_EQ(a->type_code, '1');
  EXPECT_EQ(a->type_label_zh, "企业");
  EXPECT_EQ(a->region_code, "110000");
  EXPECT_EQ(a->org_code, "600037341");
  EXPECT_TRUE(a->warnings.empty());

  auto b = ValidateUscc("91350100M000100Y43");
  ASSERT_TRUE(b) << b.error().message;
  EXPECT_EQ(b->region_code, "350100");
  EXPECT_EQ(b->org_code, "M000100Y4");
  EXPECT_TRUE(b->warnings.empty());
}

TEST(UsccValidate, UpperCasesAndTrims) {
  auto r = ValidateUscc("  91350100m000100y43\u3000");
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->normalized, "91350100M000100Y43");
}

TEST(UsccValidate, RejectsWrongCheckCharacter) {
  auto r = ValidateUscc("91110000600037341M");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().field, "uscc");
  EXPECT_EQ(r.error().message, "统一社会信用代码校验位错误：应为 L，实际为 M");
  EXPECT_EQ(r.error().message_en,
            "Unified social credit code check character is wrong: expected L, got M");
}

TEST(UsccValidate, RejectsExcludedLettersNamingThePosition) {
  for (char bad : {'I', 'O', 'Z', 'S', 'V'}) {
    std::string code = "91110000600037341L";
    code[11] = bad;
    auto r = ValidateUscc(code, "party.uscc");
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().field, "party.uscc");
    EXPECT_THAT(r.error().message, HasSubstr(std::string("第 12 位“") + bad + "”不允许"));
    EXPECT_THAT(r.error().message_en, HasSubstr("character 12"));
  }
  auto lower_o = ValidateUscc("91110000600o37341L");
  ASSERT_FALSE(lower_o);
  EXPECT_THAT(lower_o.error().message, HasSubstr("第 12 位“O”"));
  auto punct = ValidateUscc("9111-0000600037341L");
  ASSERT_FALSE(punct);
  EXPECT_THAT(punct.error().message, HasSubstr("第 5 位“-”"));
}

TEST(UsccValidate, RejectsWrongLength) {
  auto r = ValidateUscc("91110000600037341");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "统一社会信用代码应为 18 位，实际为 17 位");
  EXPECT_THAT(r.error().message_en, HasSubstr("got 17"));
}

TEST(UsccValidate, RejectsEmpty) {
  auto r = ValidateUscc(" ");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "统一社会信用代码不能为空");
}

TEST(UsccValidate, RequiresDigitsInTheDivisionCode) {
  auto r = ValidateUscc(WithCheck("9111A000600037341"));
  ASSERT_FALSE(r);
  EXPECT_THAT(r.error().message, HasSubstr("第 5 位“A”应为数字"));
}

TEST(UsccValidate, AcceptsLetterAuthorityCodes) {
  auto r = ValidateUscc(WithCheck("N2500230MA0000001"));
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->authority_label_zh, "农业");
  EXPECT_EQ(r->type_label_zh, "村级集体经济组织");
}

TEST(UsccValidate, WarnsOnlyWhenOrganisationCodeCheckFails) {
  auto r = ValidateUscc(WithCheck("91110000600037342"));
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0].rule, "VAL-02");
  EXPECT_EQ(r->warnings[0].severity, Severity::kWarning);
  EXPECT_THAT(r->warnings[0].message, HasSubstr("应为 1，实际为 2"));
}

TEST(UsccValidate, WarnsOnUnknownAuthorityOrType) {
  auto authority = ValidateUscc(WithCheck("B1110000600037341"));
  ASSERT_TRUE(authority);
  ASSERT_EQ(authority->warnings.size(), 1u);
  EXPECT_THAT(authority->warnings[0].message, HasSubstr("登记管理部门代码“B”"));
  EXPECT_TRUE(authority->authority_label_zh.empty());

  auto type = ValidateUscc(WithCheck("95110000600037341"));
  ASSERT_TRUE(type);
  ASSERT_EQ(type->warnings.size(), 1u);
  EXPECT_THAT(type->warnings[0].message, HasSubstr("机构类别代码“5”"));
  EXPECT_EQ(type->authority_label_zh, "工商（市场监管）");
  EXPECT_TRUE(type->type_label_zh.empty());
}

}  // namespace
}  // namespace fazhi::domain
