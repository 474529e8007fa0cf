// Tests for domain/validation/idcard.h (VAL-01, VAL-03).
#include "domain/validation/idcard.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace fazhi::domain {
namespace {

using core::MakeDate;
using ::testing::HasSubstr;

const core::Date kToday = MakeDate(2025, 6, 1);

// 17 digits plus their correct check character.
std::string WithCheck(const std::string& first17) { return first17 + IdCardCheckChar(first17); }

TEST(IdCardCheck, ComputesCheckCharacterOfKnownVectors) {
  EXPECT_EQ(IdCardCheckChar("11010519491231002"), 'X');
  EXPECT_EQ(IdCardCheckChar("36042619910101007"), '1');
  EXPECT_EQ(IdCardCheckChar("44052418800101001"), '4');
}

TEST(IdCardValidate, AcceptsEveryValidVectorOfTheRules) {
  auto a = ValidateIdCard("11010519491231002X", kToday);
  ASSERT_TRUE(a) << a.error().message;
  EXPECT_EQ(a->normalized18, "11010519491231002X");
  EXPECT_EQ(a->birth_date, MakeDate(1949, 12, 31));
  EXPECT_EQ(a->gender, Gender::kFemale);
  EXPECT_FALSE(a->converted_from_15);
  EXPECT_EQ(a->region_prefix, "110105");
  EXPECT_TRUE(a->warnings.empty());

  auto b = ValidateIdCard("360426199101010071", kToday);
  ASSERT_TRUE(b) << b.error().message;
  EXPECT_EQ(b->birth_date, MakeDate(1991, 1, 1));
  EXPECT_EQ(b->gender, Gender::kMale);
  EXPECT_EQ(b->region_prefix, "360426");

  auto c = ValidateIdCard("440524188001010014", kToday);
  ASSERT_TRUE(c) << c.error().message;
  EXPECT_EQ(c->birth_date, MakeDate(1880, 1, 1));
  EXPECT_EQ(c->gender, Gender::kMale);
}

TEST(IdCardValidate, ConvertsLegacyFifteenDigitNumber) {
  auto r = ValidateIdCard("110105491231002", kToday);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->normalized18, "11010519491231002X");
  EXPECT_TRUE(r->converted_from_15);
  EXPECT_EQ(r->birth_date, MakeDate(1949, 12, 31));
  EXPECT_EQ(r->gender, Gender::kFemale);
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0].severity, Severity::kInfo);
  EXPECT_EQ(r->warnings[0].rule, "VAL-01");
  EXPECT_THAT(r->warnings[0].message, HasSubstr("11010519491231002X"));
}

TEST(IdCardValidate, NormalisesLowerCaseXAndSurroundingSpace) {
  auto r = ValidateIdCard("  11010519491231002x\t", kToday);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->normalized18, "11010519491231002X");
}

TEST(IdCardValidate, FoldsFullWidthDigits) {
  auto r = ValidateIdCard("１１０１０５１９４９１２３１００２Ｘ", kToday);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->normalized18, "11010519491231002X");
}

TEST(IdCardValidate, RejectsWrongCheckCharacterNamingExpectedAndActual) {
  auto r = ValidateIdCard("110105194912310025", kToday);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().field, "idNumber");
  EXPECT_EQ(r.error().message, "身份证号校验位错误：应为 X，实际为 5");
  EXPECT_EQ(r.error().message_en, "ID number check character is wrong: expected X, got 5");
}

TEST(IdCardValidate, UsesTheGivenFieldName) {
  auto r = ValidateIdCard("110105194912310025", kToday, "parties[1].idNumber");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "parties[1].idNumber");
}

TEST(IdCardValidate, RejectsWrongLength) {
  auto r = ValidateIdCard("11010519491231002", kToday);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "身份证号应为 18 位（旧版为 15 位），实际为 17 位");
  EXPECT_THAT(r.error().message_en, HasSubstr("got 17"));
  auto longer = ValidateIdCard("11010519491231002X1", kToday);
  ASSERT_FALSE(longer);
  EXPECT_THAT(longer.error().message, HasSubstr("实际为 19 位"));
}

TEST(IdCardValidate, RejectsEmptyInput) {
  for (std::string_view in : {"", "   ", "\u3000"}) {
    auto r = ValidateIdCard(in, kToday);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().message, "身份证号不能为空");
    EXPECT_EQ(r.error().message_en, "ID number is empty");
    EXPECT_EQ(r.error().field, "idNumber");
  }
}

TEST(IdCardValidate, NamesPositionOfIllegalCharacter) {
  auto letter = ValidateIdCard("1101051949123100A2", kToday);
  ASSERT_FALSE(letter);
  EXPECT_THAT(letter.error().message, HasSubstr("第 17 位“A”不是数字"));
  EXPECT_THAT(letter.error().message_en, HasSubstr("character 17 ('A') is not a digit"));

  auto han = ValidateIdCard("11010519491231002号", kToday);
  ASSERT_FALSE(han);
  EXPECT_THAT(han.error().message, HasSubstr("第 18 位“号”"));

  auto inner_space = ValidateIdCard("110105 19491231002X", kToday);
  ASSERT_FALSE(inner_space);
  EXPECT_THAT(inner_space.error().message, HasSubstr("第 7 位“ ”"));
}

TEST(IdCardValidate, AcceptsXOnlyAsEighteenthCharacter) {
  auto early = ValidateIdCard("1101051949X231002X", kToday);
  ASSERT_FALSE(early);
  EXPECT_THAT(early.error().message, HasSubstr("第 11 位“X”不是数字"));
  auto legacy = ValidateIdCard("11010549123100X", kToday);
  ASSERT_FALSE(legacy);
  EXPECT_THAT(legacy.error().message, HasSubstr("第 15 位“X”不是数字"));
}

TEST(IdCardValidate, RejectsBirthDateThatIsNotReal) {
  auto r = ValidateIdCard("110105194902300000", kToday);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "身份证号中的出生日期 19490230（第 7 至 14 位）不是真实存在的日期");
  EXPECT_EQ(r.error().message_en,
            "ID number birth date 19490230 (characters 7-14) is not a real calendar date");
  auto month13 = ValidateIdCard("110105491301002", kToday);
  ASSERT_FALSE(month13);
  EXPECT_THAT(month13.error().message, HasSubstr("19491301（第 7 至 12 位）"));
  auto not_leap = ValidateIdCard("110105190002290000", kToday);
  ASSERT_FALSE(not_leap);
  EXPECT_THAT(not_leap.error().message, HasSubstr("19000229"));
}

TEST(IdCardValidate, AcceptsLeapDayBirth) {
  auto r = ValidateIdCard(WithCheck("11010520000229001"), kToday);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->birth_date, MakeDate(2000, 2, 29));
}

TEST(IdCardValidate, RejectsBirthDateAfterToday) {
  auto r = ValidateIdCard(WithCheck("11010520250602001"), kToday);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "身份证号中的出生日期 2025-06-02 晚于今天（2025-06-01）");
  EXPECT_EQ(r.error().message_en, "ID number birth date 2025-06-02 is after today (2025-06-01)");
  auto born_today = ValidateIdCard(WithCheck("11010520250601001"), kToday);
  EXPECT_TRUE(born_today);
}

TEST(IdCardValidate, WarnsOnUnknownProvincePrefixButAccepts) {
  auto r = ValidateIdCard(WithCheck("99010519491231002"), kToday);
  ASSERT_TRUE(r) << r.error().message;
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0].severity, Severity::kWarning);
  EXPECT_EQ(r->warnings[0].field, "idNumber");
  EXPECT_THAT(r->warnings[0].message, HasSubstr("99"));
}

TEST(IdCardValidate, DerivesGenderFromSequenceDigit) {
  auto odd = ValidateIdCard(WithCheck("11010519800101003"), kToday);
  ASSERT_TRUE(odd);
  EXPECT_EQ(odd->gender, Gender::kMale);
  auto even = ValidateIdCard(WithCheck("11010519800101004"), kToday);
  ASSERT_TRUE(even);
  EXPECT_EQ(even->gender, Gender::kFemale);
}

TEST(IdCardAge, GoesUpOnTheBirthday) {
  core::Date birth = MakeDate(2010, 5, 20);
  EXPECT_EQ(AgeOn(birth, MakeDate(2024, 5, 19)), 13);
  EXPECT_EQ(AgeOn(birth, MakeDate(2024, 5, 20)), 14);
  EXPECT_EQ(AgeOn(birth, MakeDate(2024, 5, 21)), 14);
  EXPECT_EQ(AgeOn(birth, birth), 0);
  EXPECT_EQ(AgeOn(birth, MakeDate(2010, 5, 19)), -1);
}

TEST(IdCardAge, LeapDayBirthdayCountsAsTwentyEighthInCommonYears) {
  core::Date birth = MakeDate(2008, 2, 29);
  EXPECT_EQ(AgeOn(birth, MakeDate(2022, 2, 27)), 13);
  EXPECT_EQ(AgeOn(birth, MakeDate(2022, 2, 28)), 14);
  EXPECT_EQ(AgeOn(birth, MakeDate(2024, 2, 28)), 15);
  EXPECT_EQ(AgeOn(birth, MakeDate(2024, 2, 29)), 16);
}

TEST(IdCardAge, LiabilityAgeCompletesTheDayAfterTheBirthday) {
  core::Date birth = MakeDate(2010, 5, 20);
  EXPECT_EQ(LiabilityAgeOn(birth, MakeDate(2024, 5, 20)), 13);
  EXPECT_EQ(LiabilityAgeOn(birth, MakeDate(2024, 5, 21)), 14);
  core::Date leap = MakeDate(2008, 2, 29);
  EXPECT_EQ(LiabilityAgeOn(leap, MakeDate(2022, 2, 28)), 13);
  EXPECT_EQ(LiabilityAgeOn(leap, MakeDate(2022, 3, 1)), 14);
}

TEST(PartyAge, WarnsUnderFourteenOnTheDayBeforeAndOnTheFourteenthBirthday) {
  core::Date birth = MakeDate(2010, 5, 20);
  for (core::Date act : {MakeDate(2024, 5, 19), MakeDate(2024, 5, 20)}) {
    auto f = PartyAgeFindings(birth, act);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "VAL-03");
    EXPECT_EQ(f[0].severity, Severity::kWarning);
    EXPECT_EQ(f[0].field, "idNumber");
    EXPECT_THAT(f[0].message, HasSubstr("不满十四周岁"));
    EXPECT_THAT(f[0].message, HasSubstr("不予行政处罚"));
    EXPECT_THAT(f[0].message_en, HasSubstr("under 14"));
    EXPECT_THAT(f[0].basis, HasSubstr("第30条"));
  }
}

TEST(PartyAge, WarnsLighterPenaltyFromTheDayAfterTheFourteenthBirthday) {
  core::Date birth = MakeDate(2010, 5, 20);
  for (core::Date act : {MakeDate(2024, 5, 21), MakeDate(2028, 5, 20)}) {
    auto f = PartyAgeFindings(birth, act, "party.idNumber");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].field, "party.idNumber");
    EXPECT_THAT(f[0].message, HasSubstr("已满十四周岁不满十八周岁"));
    EXPECT_THAT(f[0].message, HasSubstr("从轻或者减轻"));
  }
}

TEST(PartyAge, NoFindingFromTheDayAfterTheEighteenthBirthday) {
  core::Date birth = MakeDate(2010, 5, 20);
  EXPECT_TRUE(PartyAgeFindings(birth, MakeDate(2028, 5, 21)).empty());
  EXPECT_TRUE(PartyAgeFindings(birth, MakeDate(2040, 1, 1)).empty());
}

TEST(PartyAge, ActBeforeBirthIsAnErrorFinding) {
  auto f = PartyAgeFindings(MakeDate(2010, 5, 20), MakeDate(2010, 5, 19));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, Severity::kError);
}

TEST(IdCardMask, KeepsFirstSixAndLastFour) {
  EXPECT_EQ(MaskIdCard("11010519491231002X"), "110105********002X");
  EXPECT_EQ(MaskIdCard("11010519491231002x"), "110105********002X");
  EXPECT_EQ(MaskIdCard(" 360426199101010071 "), "360426********0071");
  EXPECT_EQ(MaskIdCard("110105491231002"), "110105*****1002");
}

TEST(IdCardMask, MasksOtherLengthsConservatively) {
  EXPECT_EQ(MaskIdCard(""), "");
  EXPECT_EQ(MaskIdCard("123"), "***");
  EXPECT_EQ(MaskIdCard("12345678"), "********");
  EXPECT_EQ(MaskIdCard("123456789"), "*****6789");
  EXPECT_EQ(MaskIdCard("护照E1234567"), "******4567");
}

}  // namespace
}  // namespace fazhi::domain
