// Tests for domain/calendar/statutory_rules.h.
#include "domain/calendar/statutory_rules.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "domain/calendar/test_tables.h"

namespace fazhi::domain {
namespace {

using test_tables::Cal05Calendar;
using test_tables::Day;

void ExpectRule(const DeadlineRule& rule, std::string_view code, int amount, PeriodUnit unit,
                std::string_view law, std::string_view article) {
  SCOPED_TRACE(std::string(code));
  EXPECT_EQ(rule.code, code);
  EXPECT_EQ(rule.amount, amount);
  EXPECT_EQ(rule.unit, unit);
  EXPECT_EQ(rule.basis.law, law);
  EXPECT_EQ(rule.basis.article, article);
  EXPECT_FALSE(rule.name.empty());
  EXPECT_FALSE(rule.basis.version.empty());
}

TEST(StatutoryRules, PetitionRulesFollowTheRegulation) {
  ExpectRule(PetitionAcknowledgeRule(), "PET-05", 15, PeriodUnit::kCalendarDays, "信访工作条例",
             "第23条");
  ExpectRule(PetitionObjectionRule(), "PET-05-OBJ", 5, PeriodUnit::kWorkingDays, "信访工作条例",
             "第23条");
  ExpectRule(PetitionRoutingRule(), "PET-06", 15, PeriodUnit::kCalendarDays, "信访工作条例",
             "第22条");
  ExpectRule(PetitionHandlingRule(), "PET-08", 60, PeriodUnit::kCalendarDays, "信访工作条例",
             "第34条");
  ExpectRule(PetitionReviewRequestRule(), "PET-10-REQ", 30, PeriodUnit::kCalendarDays,
             "信访工作条例", "第35条");
  ExpectRule(PetitionReviewReplyRule(), "PET-10", 30, PeriodUnit::kCalendarDays, "信访工作条例",
             "第35条");
  ExpectRule(PetitionReReviewRequestRule(), "PET-11-REQ", 30, PeriodUnit::kCalendarDays,
             "信访工作条例", "第36条");
  ExpectRule(PetitionReReviewReplyRule(), "PET-11", 30, PeriodUnit::kCalendarDays, "信访工作条例",
             "第36条");
  EXPECT_EQ(PetitionHandlingRule().basis.version, "2022-05-01施行");
  EXPECT_EQ(kPetitionMaxExtensionDays, 30);
}

TEST(StatutoryRules, MediationRules) {
  ExpectRule(MediationTypicalLimitRule(), "MED-10", 30, PeriodUnit::kCalendarDays,
             "人民调解工作若干规定", "第33条");
  EXPECT_TRUE(MediationTypicalLimitRule().advisory);
  ExpectRule(JudicialConfirmationWindowRule(), "MED-09", 30, PeriodUnit::kCalendarDays,
             "中华人民共和国人民调解法", "第33条");
  EXPECT_FALSE(JudicialConfirmationWindowRule().advisory);
}

TEST(StatutoryRules, PenaltyAndPublicationRules) {
  ExpectRule(PenaltyDecisionRule(), "PEN-06", 90, PeriodUnit::kCalendarDays,
             "中华人民共和国行政处罚法", "第60条");
  ExpectRule(EvidenceHoldDecisionRule(), "PEN-07", 7, PeriodUnit::kWorkingDays,
             "中华人民共和国行政处罚法", "第56条、第85条");
  ExpectRule(PenaltyServiceRule(), "PEN-14", 7, PeriodUnit::kWorkingDays,
             "中华人民共和国行政处罚法", "第61条");
  EXPECT_EQ(PenaltyServiceRule().basis.version, "2021-07-15施行");
  EXPECT_EQ(PenaltyPublicationRule().amount, 7);
  EXPECT_EQ(PenaltyPublicationRule().unit, PeriodUnit::kWorkingDays);
  EXPECT_EQ(PenaltyPublicationRule().basis.version, "国办发〔2018〕118号");
  EXPECT_EQ(EnforcementPublicationRule().amount, 20);
  EXPECT_EQ(EnforcementPublicationRule().unit, PeriodUnit::kWorkingDays);
}

TEST(StatutoryRules, CodesAreUniqueAndFindable) {
  const auto& rules = AllStatutoryRules();
  EXPECT_EQ(rules.size(), 17u);
  std::set<std::string> codes;
  for (const DeadlineRule* rule : rules) {
    EXPECT_TRUE(codes.insert(rule->code).second) << "duplicate code " << rule->code;
    EXPECT_EQ(FindStatutoryRule(rule->code), rule);
  }
  EXPECT_EQ(FindStatutoryRule("PET-08"), &PetitionHandlingRule());
  EXPECT_EQ(FindStatutoryRule("NOPE"), nullptr);
}

TEST(StatutoryRules, ResultsCarryTheLegalBasis) {
  auto r = ComputeDeadline(Cal05Calendar(), Day("2025-08-03"), PetitionHandlingRule());
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(core::FormatDate(r->due), "2025-10-09");
  EXPECT_EQ(r->rule_code, "PET-08");
  EXPECT_EQ(r->basis.Display(), "《信访工作条例》（2022-05-01施行）第34条");

  auto publish = ComputeDeadline(Cal05Calendar(), Day("2025-09-26"), PenaltyPublicationRule());
  ASSERT_TRUE(publish.has_value());
  EXPECT_EQ(core::FormatDate(publish->due), "2025-10-13");  // the §2 7-working-day vector

  auto mediation = ComputeDeadline(Cal05Calendar(), Day("2025-03-03"), MediationTypicalLimitRule());
  ASSERT_TRUE(mediation.has_value());
  EXPECT_TRUE(mediation->advisory);
}

}  // namespace
}  // namespace fazhi::domain
