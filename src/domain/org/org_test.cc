// Tests for domain/org/org.h (region codes, roles, password and username rules) and the
// shared code-table helpers of domain/common.h.
#include "domain/org/org.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "domain/common.h"

namespace fazhi::domain {
namespace {

using ::testing::HasSubstr;

TEST(RegionCode, DerivesLevelFromTheCode) {
  EXPECT_EQ(RegionLevelOfCode("500230000000").value(), RegionLevel::kCounty);  // 丰都县
  EXPECT_EQ(RegionLevelOfCode("500230100000").value(), RegionLevel::kTownship);
  EXPECT_EQ(RegionLevelOfCode("500230100201").value(), RegionLevel::kVillage);
  EXPECT_EQ(RegionLevelOfCode("500230100200").value(), RegionLevel::kVillage);
}

TEST(RegionCode, RejectsWrongLength) {
  auto short_code = RegionLevelOfCode("50023010000");
  ASSERT_FALSE(short_code);
  EXPECT_EQ(short_code.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(short_code.error().field, "code");
  EXPECT_THAT(short_code.error().message, HasSubstr("应为 12 位数字，实际为 11 位"));
  EXPECT_THAT(short_code.error().message_en, HasSubstr("must have 12 digits, got 11"));
  auto long_code = RegionLevelOfCode("5002301000001", "townshipCode");
  ASSERT_FALSE(long_code);
  EXPECT_EQ(long_code.error().field, "townshipCode");
  EXPECT_THAT(long_code.error().message, HasSubstr("实际为 13 位"));
  EXPECT_FALSE(RegionLevelOfCode(""));
}

TEST(RegionCode, RejectsLettersNamingThePosition) {
  auto r = RegionLevelOfCode("50023010000A");
  ASSERT_FALSE(r);
  EXPECT_THAT(r.error().message, HasSubstr("第 12 位“A”不是数字"));
  auto han = RegionLevelOfCode("500230一00000");
  ASSERT_FALSE(han);
  EXPECT_THAT(han.error().message, HasSubstr("第 7 位“一”"));
}

TEST(RegionCode, RejectsProvinceAndCityCodes) {
  auto province = RegionLevelOfCode("500000000000");
  ASSERT_FALSE(province);
  EXPECT_THAT(province.error().message, HasSubstr("省级或地市级代码"));
  EXPECT_FALSE(RegionLevelOfCode("510100000000"));  // 成都市 (city)
  auto zero = RegionLevelOfCode("000230000000");
  ASSERT_FALSE(zero);
  EXPECT_THAT(zero.error().message, HasSubstr("省级代码不能为 00"));
}

TEST(RegionCode, RejectsVillageCodeWithoutTownshipDigits) {
  auto r = RegionLevelOfCode("500230000001");
  ASSERT_FALSE(r);
  EXPECT_THAT(r.error().message, HasSubstr("第 7–9 位"));
}

TEST(RegionCode, ValidatesExpectedLevel) {
  EXPECT_TRUE(ValidateRegionCode("500230100000", RegionLevel::kTownship, std::nullopt));
  auto r = ValidateRegionCode("500230000000", RegionLevel::kTownship, std::nullopt);
  ASSERT_FALSE(r);
  EXPECT_THAT(r.error().message, HasSubstr("是县级代码，此处应为乡镇级代码"));
  EXPECT_THAT(r.error().message_en, HasSubstr("is a county code; a township code is expected"));
}

TEST(RegionCode, ValidatesParentPrefix) {
  EXPECT_TRUE(ValidateRegionCode("500230100000", RegionLevel::kTownship, "500230000000"));
  EXPECT_TRUE(ValidateRegionCode("500230100201", RegionLevel::kVillage, "500230100000"));
  EXPECT_TRUE(ValidateRegionCode("500230100201", RegionLevel::kVillage, "500230000000"));

  auto other_county = ValidateRegionCode("500231100000", RegionLevel::kTownship, "500230000000");
  ASSERT_FALSE(other_county);
  EXPECT_THAT(other_county.error().message, HasSubstr("应以 500230 开头"));

  auto other_township = ValidateRegionCode("500230101201", RegionLevel::kVillage, "500230100000");
  ASSERT_FALSE(other_township);
  EXPECT_THAT(other_township.error().message, HasSubstr("应以 500230100 开头"));
}

TEST(RegionCode, RejectsParentThatIsNotHigher) {
  auto same = ValidateRegionCode("500230100000", RegionLevel::kTownship, "500230200000");
  ASSERT_FALSE(same);
  EXPECT_THAT(same.error().message, HasSubstr("不能作为"));
  auto bad_parent = ValidateRegionCode("500230100000", RegionLevel::kTownship, "5002300");
  ASSERT_FALSE(bad_parent);
  EXPECT_THAT(bad_parent.error().message, HasSubstr("上级代码“5002300”无效"));
}

TEST(RegionLevelCodes, RoundTripAndLabels) {
  for (RegionLevel l : {RegionLevel::kCounty, RegionLevel::kTownship, RegionLevel::kVillage}) {
    EXPECT_EQ(ParseRegionLevel(RegionLevelCode(l)).value(), l);
  }
  EXPECT_EQ(RegionLevelLabelZh(RegionLevel::kVillage), "村（社区）");
  EXPECT_EQ(ParseRegionLevel("乡镇").value(), RegionLevel::kTownship);
  auto bad = ParseRegionLevel("city");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "level");
}

TEST(RoleCodes, RoundTripEveryRole) {
  const Role all[] = {Role::kClerk,    Role::kLeader,        Role::kCountyReviewer,
                      Role::kSysAdmin, Role::kSecurityAdmin, Role::kAuditor};
  const char* codes[] = {"clerk", "leader", "county_reviewer", "sysadmin", "secadmin", "auditor"};
  for (std::size_t i = 0; i < 6; ++i) {
    EXPECT_EQ(RoleCode(all[i]), codes[i]);
    EXPECT_EQ(ParseRole(codes[i]).value(), all[i]);
    EXPECT_EQ(ParseRole(RoleLabelZh(all[i])).value(), all[i]);
  }
  EXPECT_EQ(RoleLabelZh(Role::kCountyReviewer), "县级审核");
  EXPECT_EQ(RoleLabelZh(Role::kSecurityAdmin), "安全管理员");
}

TEST(RoleCodes, RejectsUnknownRoleListingAllowedCodes) {
  auto r = ParseRole("admin");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "role");
  EXPECT_THAT(r.error().message, HasSubstr("“admin”无效"));
  EXPECT_THAT(r.error().message, HasSubstr("county_reviewer（县级审核）"));
  EXPECT_THAT(r.error().message_en,
              HasSubstr("allowed: clerk, leader, county_reviewer, sysadmin, secadmin, auditor"));
}

TEST(PasswordPolicy, AcceptsTenCharactersWithThreeClasses) {
  EXPECT_TRUE(ValidatePasswordPolicy("Abcdefghi1", "zhangsan"));
  EXPECT_TRUE(ValidatePasswordPolicy("abcdefgh1!", "zhangsan"));
  EXPECT_TRUE(ValidatePasswordPolicy("ABCDEFGH1!", "zhangsan"));
  EXPECT_TRUE(ValidatePasswordPolicy("法治政府建设abc12", "zhangsan"));
}

TEST(PasswordPolicy, RejectsShortPasswords) {
  auto r = ValidatePasswordPolicy("Abcdef1!", "zhangsan");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "password");
  EXPECT_THAT(r.error().message, HasSubstr("至少 10 个字符，当前只有 8 个"));
  // Nine characters, some of them Chinese: counted as characters, not bytes.
  auto han = ValidatePasswordPolicy("法治abcD12!", "zhangsan");
  ASSERT_FALSE(han);
  EXPECT_THAT(han.error().message, HasSubstr("当前只有 9 个"));
}

TEST(PasswordPolicy, RejectsFewerThanThreeClasses) {
  auto one = ValidatePasswordPolicy("abcdefghij", "zhangsan");
  ASSERT_FALSE(one);
  EXPECT_THAT(one.error().message, HasSubstr("当前只有 1 类"));
  auto two = ValidatePasswordPolicy("abcdefghi1", "zhangsan");
  ASSERT_FALSE(two);
  EXPECT_THAT(two.error().message_en, HasSubstr("it has 2"));
}

TEST(PasswordPolicy, RejectsPasswordEqualToUsername) {
  auto r = ValidatePasswordPolicy("Zhangsan01", "zhangsan01");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "password");
  EXPECT_THAT(r.error().message, HasSubstr("不能与用户名相同"));
  EXPECT_THAT(r.error().message, ::testing::Not(HasSubstr("Zhangsan01")));
}

TEST(Username, AcceptsLowerCaseNames) {
  EXPECT_TRUE(ValidateUsername("abc"));
  EXPECT_TRUE(ValidateUsername("zhang.san_01-x"));
  EXPECT_TRUE(ValidateUsername(std::string(32, 'a')));
}

TEST(Username, RejectsBadNames) {
  auto short_name = ValidateUsername("ab");
  ASSERT_FALSE(short_name);
  EXPECT_EQ(short_name.error().field, "username");
  EXPECT_THAT(short_name.error().message, HasSubstr("当前为 2 个"));
  EXPECT_FALSE(ValidateUsername(std::string(33, 'a')));
  EXPECT_FALSE(ValidateUsername(""));
  auto digit_first = ValidateUsername("1abc");
  ASSERT_FALSE(digit_first);
  EXPECT_THAT(digit_first.error().message, HasSubstr("必须以小写字母"));
  EXPECT_FALSE(ValidateUsername("Admin"));
  auto space = ValidateUsername("ab c");
  ASSERT_FALSE(space);
  EXPECT_THAT(space.error().message, HasSubstr("第 3 个字符“ ”不允许"));
  auto han = ValidateUsername("zhang张");
  ASSERT_FALSE(han);
  EXPECT_THAT(han.error().message, HasSubstr("第 6 个字符“张”"));
}

TEST(CommonCodes, ParsesGenderCodesAndLabels) {
  EXPECT_EQ(ParseGender("male").value(), Gender::kMale);
  EXPECT_EQ(ParseGender(" Female ").value(), Gender::kFemale);
  EXPECT_EQ(ParseGender("男").value(), Gender::kMale);
  EXPECT_EQ(ParseGender("女").value(), Gender::kFemale);
  EXPECT_EQ(GenderCode(Gender::kUnknown), "unknown");
  EXPECT_EQ(GenderLabelZh(Gender::kFemale), "女");
  auto r = ParseGender("m", "mediator.gender");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "mediator.gender");
  EXPECT_EQ(
      r.error().message,
      "字段 mediator.gender 的取值“m”无效，可选值：unknown（未知）、male（男）、female（女）");
  EXPECT_EQ(r.error().message_en,
            "Field mediator.gender: \"m\" is not a valid value; allowed: unknown, male, female");
}

TEST(CommonCodes, ReportsEmptyValue) {
  auto r = ParseGender("");
  ASSERT_FALSE(r);
  EXPECT_THAT(r.error().message, HasSubstr("字段 gender 不能为空"));
}

TEST(CommonCodes, PartyKindAndSeverity) {
  EXPECT_EQ(PartyKindCode(PartyKind::kOrganisation), "org");
  EXPECT_EQ(ParsePartyKind("person").value(), PartyKind::kPerson);
  EXPECT_EQ(ParsePartyKind("法人或其他组织").value(), PartyKind::kOrganisation);
  EXPECT_EQ(ParsePartyKind("x").error().field, "kind");
  EXPECT_EQ(SeverityCode(Severity::kWarning), "warning");
  EXPECT_EQ(ParseSeverity("error").value(), Severity::kError);
}

TEST(CommonCodes, TrimsAsciiAndFullWidthSpaces) {
  EXPECT_EQ(TrimText("\u3000 abc \t\u3000"), "abc");
  EXPECT_EQ(TrimText("\u3000"), "");
  EXPECT_EQ(TrimText("a b"), "a b");
}

}  // namespace
}  // namespace fazhi::domain
