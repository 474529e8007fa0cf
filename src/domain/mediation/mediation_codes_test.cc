// Tests for the enum codes and the dispute-category table (MED-11) of mediation.h.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "domain/mediation/mediation.h"

namespace fazhi::domain {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// Every enumerator 0..n-1 maps to `codes` and parses back from its code.
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

TEST(MediationCodes, RoundTripEveryEnum) {
  ExpectRoundTrip<CommitteeLevel>(CommitteeLevelCode, ParseCommitteeLevel, {"township", "village"});
  ExpectRoundTrip<CommitteeRole>(CommitteeRoleCode, ParseCommitteeRole,
                                 {"chair", "vice_chair", "member"});
  ExpectRoundTrip<ScreenedDisputeStatus>(ScreenedDisputeStatusCode, ParseScreenedDisputeStatus,
                                         {"open", "resolved", "transferred"});
  ExpectRoundTrip<ResolutionRoute>(ResolutionRouteCode, ParseResolutionRoute,
                                   {"mediation", "other", "self"});
  ExpectRoundTrip<MediationStartMode>(MediationStartModeCode, ParseMediationStartMode,
                                      {"application", "proactive", "referral"});
  ExpectRoundTrip<MediationOutcome>(MediationOutcomeCode, ParseMediationOutcome,
                                    {"open", "success", "failed", "terminated"});
  ExpectRoundTrip<AgreementForm>(AgreementFormCode, ParseAgreementForm, {"written", "oral"});
  ExpectRoundTrip<PerformanceStatus>(PerformanceStatusCode, ParsePerformanceStatus,
                                     {"pending", "performed", "partial", "not_performed"});
  ExpectRoundTrip<ConfirmationResult>(ConfirmationResultCode, ParseConfirmationResult,
                                      {"none", "pending", "confirmed", "rejected"});
}

TEST(MediationCodes, OutcomeLabels) {
  EXPECT_EQ(MediationOutcomeLabelZh(MediationOutcome::kOpen), "调解中");
  EXPECT_EQ(MediationOutcomeLabelZh(MediationOutcome::kSuccess), "成功");
  EXPECT_EQ(MediationOutcomeLabelZh(MediationOutcome::kFailed), "失败");
  EXPECT_EQ(MediationOutcomeLabelZh(MediationOutcome::kTerminated), "终止");
  EXPECT_EQ(ParseMediationOutcome("终止").value(), MediationOutcome::kTerminated);
}

TEST(MediationCodes, ParseTrimsAndIgnoresCase) {
  EXPECT_EQ(ParseMediationOutcome(" SUCCESS ").value(), MediationOutcome::kSuccess);
  EXPECT_EQ(ParseCommitteeRole("主任").value(), CommitteeRole::kChair);
}

TEST(MediationCodes, RejectsUnknownValueNamingFieldAndAllowedCodes) {
  auto r = ParseMediationOutcome("done");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(r.error().field, "outcome");
  EXPECT_THAT(r.error().message, HasSubstr("“done”无效"));
  EXPECT_THAT(r.error().message, HasSubstr("success（成功）"));
  EXPECT_THAT(r.error().message_en, HasSubstr("allowed: open, success, failed, terminated"));
  EXPECT_EQ(ParseMediationStartMode("court").error().field, "startMode");
  EXPECT_EQ(ParsePerformanceStatus("x").error().field, "performance");
  EXPECT_EQ(ParseConfirmationResult("x").error().field, "confirmationResult");
}

TEST(DisputeCategoryTable, ListsTheMed11CategoriesInOrder) {
  std::vector<std::string> labels;
  for (const DisputeCategory& c : DisputeCategories()) labels.emplace_back(c.label_zh);
  EXPECT_THAT(labels, ElementsAre("婚姻家庭", "邻里", "房屋宅基地", "合同", "生产经营", "损害赔偿",
                                  "山林土地", "征地拆迁", "环境污染", "劳动争议", "消费", "医疗",
                                  "道路交通事故", "物业", "村务管理", "土地承包经营", "其他"));
}

TEST(DisputeCategoryTable, CodesAndLabelsAreUniqueAndComplete) {
  std::set<std::string_view> codes;
  std::set<std::string_view> zh;
  std::set<std::string_view> en;
  for (const DisputeCategory& c : DisputeCategories()) {
    EXPECT_FALSE(c.code.empty());
    EXPECT_FALSE(c.label_en.empty());
    EXPECT_EQ(c.code.find_first_not_of("abcdefghijklmnopqrstuvwxyz_"), std::string_view::npos)
        << c.code;
    codes.insert(c.code);
    zh.insert(c.label_zh);
    en.insert(c.label_en);
  }
  EXPECT_EQ(codes.size(), DisputeCategories().size());
  EXPECT_EQ(zh.size(), DisputeCategories().size());
  EXPECT_EQ(en.size(), DisputeCategories().size());
  EXPECT_EQ(DisputeCategories().front().code, "marriage_family");
  EXPECT_EQ(DisputeCategories().front().label_en, "Marriage and family");
  EXPECT_EQ(DisputeCategories().back().code, "other");
}

TEST(DisputeCategoryTable, FindsByCodeOrZhLabel) {
  const DisputeCategory* by_code = FindDisputeCategory("marriage_family");
  ASSERT_NE(by_code, nullptr);
  EXPECT_EQ(by_code->label_zh, "婚姻家庭");
  const DisputeCategory* by_label = FindDisputeCategory(" 邻里 ");
  ASSERT_NE(by_label, nullptr);
  EXPECT_EQ(by_label->code, "neighbor");
  const DisputeCategory* traffic = FindDisputeCategory("道路交通事故");
  ASSERT_NE(traffic, nullptr);
  EXPECT_EQ(traffic->code, "road_traffic");
  EXPECT_EQ(FindDisputeCategory("ROAD_TRAFFIC"), traffic);
  EXPECT_EQ(FindDisputeCategory("Road traffic accidents"), traffic);
}

TEST(DisputeCategoryTable, ReturnsNullForUnknown) {
  EXPECT_EQ(FindDisputeCategory("计划生育"), nullptr);
  EXPECT_EQ(FindDisputeCategory(""), nullptr);
  EXPECT_EQ(FindDisputeCategory("婚姻"), nullptr);
}

}  // namespace
}  // namespace fazhi::domain
