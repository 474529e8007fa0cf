// Tests for the enum codes and labels of petition.h (PET-01, PET-07, PET-09).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "domain/petition/petition.h"

namespace fazhi::domain {
namespace {

using ::testing::HasSubstr;

template <class E, class CodeFn, class ParseFn>
void ExpectRoundTrip(CodeFn code_of, ParseFn parse, std::initializer_list<const char*> codes) {
  int i = 0;
  for (const char* code : codes) {
    E e = static_cast<E>(i++);
    EXPECT_EQ(code_of(e), code);
    auto parsed = parse(code);
    ASSERT_TRUE(parsed) << code;
    EXPECT_EQ(*parsed, e) << code;
  }
}

TEST(PetitionCodes, RoundTripEveryEnum) {
  ExpectRoundTrip<PetitionChannel>(PetitionChannelCode, ParsePetitionChannel,
                                   {"online", "letter", "phone", "fax", "visit"});
  ExpectRoundTrip<PetitionSource>(PetitionSourceCode, ParsePetitionSource, {"direct", "assigned"});
  ExpectRoundTrip<PetitionCategory>(PetitionCategoryCode, ParsePetitionCategory,
                                    {"suggestion", "accusation", "claim"});
  ExpectRoundTrip<DiversionChannel>(
      DiversionChannelCode, ParseDiversionChannel,
      {"none", "litigation", "arbitration", "reconsideration", "disciplinary", "other_legal"});
  ExpectRoundTrip<PetitionOutcome>(PetitionOutcomeCode, ParsePetitionOutcome,
                                   {"none", "support", "explain", "reject"});
  ExpectRoundTrip<Satisfaction>(SatisfactionCode, ParseSatisfaction,
                                {"none", "satisfied", "basic", "unsatisfied"});
}

TEST(PetitionChannelCodes, LabelsFollowTheReports) {
  EXPECT_EQ(PetitionChannelLabelZh(PetitionChannel::kOnline), "网上");
  EXPECT_EQ(PetitionChannelLabelZh(PetitionChannel::kLetter), "来信");
  EXPECT_EQ(PetitionChannelLabelZh(PetitionChannel::kPhone), "电话");
  EXPECT_EQ(PetitionChannelLabelZh(PetitionChannel::kFax), "传真");
  EXPECT_EQ(PetitionChannelLabelZh(PetitionChannel::kVisit), "来访");
}

TEST(PetitionChannelCodes, ParsesReportAndStatuteWords) {
  EXPECT_EQ(ParsePetitionChannel("来信").value(), PetitionChannel::kLetter);
  EXPECT_EQ(ParsePetitionChannel("书信").value(), PetitionChannel::kLetter);
  EXPECT_EQ(ParsePetitionChannel("来访").value(), PetitionChannel::kVisit);
  EXPECT_EQ(ParsePetitionChannel("走访").value(), PetitionChannel::kVisit);
  EXPECT_EQ(ParsePetitionChannel("网上").value(), PetitionChannel::kOnline);
  EXPECT_EQ(ParsePetitionChannel("信息网络").value(), PetitionChannel::kOnline);
  EXPECT_EQ(ParsePetitionChannel("电话").value(), PetitionChannel::kPhone);
  EXPECT_EQ(ParsePetitionChannel("传真").value(), PetitionChannel::kFax);
  EXPECT_EQ(ParsePetitionChannel(" 走访\u3000").value(), PetitionChannel::kVisit);
  EXPECT_EQ(ParsePetitionChannel("LETTER").value(), PetitionChannel::kLetter);
}

TEST(PetitionChannelCodes, RejectsUnknownChannelListingAllowedValues) {
  auto r = ParsePetitionChannel("微信");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().field, "channel");
  EXPECT_THAT(r.error().message, HasSubstr("字段 channel 的取值“微信”无效"));
  EXPECT_THAT(r.error().message, HasSubstr("letter（来信）"));
  EXPECT_THAT(r.error().message_en, HasSubstr("allowed: online, letter, phone, fax, visit"));
}

TEST(PetitionCategoryCodes, ParsesLabelsWithOrWithoutSuffix) {
  EXPECT_EQ(PetitionCategoryLabelZh(PetitionCategory::kSuggestion), "建议意见类");
  EXPECT_EQ(PetitionCategoryLabelZh(PetitionCategory::kAccusation), "检举控告类");
  EXPECT_EQ(PetitionCategoryLabelZh(PetitionCategory::kClaim), "申诉求决类");
  EXPECT_EQ(ParsePetitionCategory("检举控告类").value(), PetitionCategory::kAccusation);
  EXPECT_EQ(ParsePetitionCategory("申诉求决").value(), PetitionCategory::kClaim);
  EXPECT_EQ(ParsePetitionCategory("x").error().field, "category");
}

TEST(PetitionOutcomeCodes, Labels) {
  EXPECT_EQ(PetitionOutcomeLabelZh(PetitionOutcome::kNone), "—");
  EXPECT_EQ(PetitionOutcomeLabelZh(PetitionOutcome::kSupport), "支持");
  EXPECT_EQ(PetitionOutcomeLabelZh(PetitionOutcome::kExplain), "解释说明");
  EXPECT_EQ(PetitionOutcomeLabelZh(PetitionOutcome::kReject), "不予支持");
  EXPECT_EQ(ParsePetitionOutcome("不予支持").value(), PetitionOutcome::kReject);
  EXPECT_EQ(ParsePetitionOutcome("maybe").error().field, "outcome");
}

TEST(PetitionCodes, OtherParseErrorsNameTheirFields) {
  EXPECT_EQ(ParsePetitionSource("x").error().field, "source");
  EXPECT_EQ(ParseDiversionChannel("x").error().field, "diversion");
  EXPECT_EQ(ParseSatisfaction("x").error().field, "satisfaction");
  EXPECT_EQ(ParseSatisfaction("基本满意").value(), Satisfaction::kBasicallySatisfied);
}

}  // namespace
}  // namespace fazhi::domain
