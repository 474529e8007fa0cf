// domain/calendar/statutory_rules.cc — see statutory_rules.h.
#include "domain/calendar/statutory_rules.h"

#include <utility>

namespace fazhi::domain {
namespace {

constexpr const char* kPetitionLaw = "信访工作条例";
constexpr const char* kPetitionVersion = "2022-05-01施行";
constexpr const char* kPenaltyLaw = "中华人民共和国行政处罚法";
constexpr const char* kPenaltyVersion = "2021-07-15施行";
constexpr const char* kPublicityDoc =
    "国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的"
    "指导意见";

DeadlineRule Make(std::string code, std::string name, int amount, PeriodUnit unit, LegalBasis basis,
                  bool advisory = false) {
  DeadlineRule rule;
  rule.code = std::move(code);
  rule.name = std::move(name);
  rule.amount = amount;
  rule.unit = unit;
  rule.basis = std::move(basis);
  rule.advisory = advisory;
  return rule;
}

}  // namespace

const DeadlineRule& PetitionAcknowledgeRule() {
  static const DeadlineRule rule =
      Make("PET-05", "信访事项书面告知期限", 15, PeriodUnit::kCalendarDays,
           {kPetitionLaw, kPetitionVersion, "第23条"});
  return rule;
}

const DeadlineRule& PetitionObjectionRule() {
  static const DeadlineRule rule =
      Make("PET-05-OBJ", "交办转送信访事项异议期限", 5, PeriodUnit::kWorkingDays,
           {kPetitionLaw, kPetitionVersion, "第23条"});
  return rule;
}

const DeadlineRule& PetitionRoutingRule() {
  static const DeadlineRule rule =
      Make("PET-06", "信访部门转送交办期限", 15, PeriodUnit::kCalendarDays,
           {kPetitionLaw, kPetitionVersion, "第22条"});
  return rule;
}

const DeadlineRule& PetitionHandlingRule() {
  static const DeadlineRule rule = Make("PET-08", "信访事项办理期限", 60, PeriodUnit::kCalendarDays,
                                        {kPetitionLaw, kPetitionVersion, "第34条"});
  return rule;
}

const DeadlineRule& PetitionReviewRequestRule() {
  static const DeadlineRule rule =
      Make("PET-10-REQ", "信访复查申请期限", 30, PeriodUnit::kCalendarDays,
           {kPetitionLaw, kPetitionVersion, "第35条"});
  return rule;
}

const DeadlineRule& PetitionReviewReplyRule() {
  static const DeadlineRule rule = Make("PET-10", "信访复查答复期限", 30, PeriodUnit::kCalendarDays,
                                        {kPetitionLaw, kPetitionVersion, "第35条"});
  return rule;
}

const DeadlineRule& PetitionReReviewRequestRule() {
  static const DeadlineRule rule =
      Make("PET-11-REQ", "信访复核申请期限", 30, PeriodUnit::kCalendarDays,
           {kPetitionLaw, kPetitionVersion, "第36条"});
  return rule;
}

const DeadlineRule& PetitionReReviewReplyRule() {
  static const DeadlineRule rule = Make("PET-11", "信访复核答复期限", 30, PeriodUnit::kCalendarDays,
                                        {kPetitionLaw, kPetitionVersion, "第36条"});
  return rule;
}

const DeadlineRule& MediationTypicalLimitRule() {
  static const DeadlineRule rule =
      Make("MED-10", "人民调解一般办结期限", 30, PeriodUnit::kCalendarDays,
           {"人民调解工作若干规定", "司法部令第75号，2002年", "第33条"}, /*advisory=*/true);
  return rule;
}

const DeadlineRule& JudicialConfirmationWindowRule() {
  static const DeadlineRule rule =
      Make("MED-09", "调解协议司法确认申请期限", 30, PeriodUnit::kCalendarDays,
           {"中华人民共和国人民调解法", "2011-01-01施行", "第33条"});
  return rule;
}

const DeadlineRule& PenaltyDecisionRule() {
  static const DeadlineRule rule = Make("PEN-06", "行政处罚决定期限", 90, PeriodUnit::kCalendarDays,
                                        {kPenaltyLaw, kPenaltyVersion, "第60条"});
  return rule;
}

const DeadlineRule& EvidenceHoldDecisionRule() {
  static const DeadlineRule rule =
      Make("PEN-07", "先行登记保存证据处理期限", 7, PeriodUnit::kWorkingDays,
           {kPenaltyLaw, kPenaltyVersion, "第56条、第85条"});
  return rule;
}

const DeadlineRule& HearingRequestRule() {
  static const DeadlineRule rule = Make("PEN-12", "听证申请期限", 5, PeriodUnit::kWorkingDays,
                                        {kPenaltyLaw, kPenaltyVersion, "第64条第1项"});
  return rule;
}

const DeadlineRule& HearingNoticeRule() {
  static const DeadlineRule rule = Make("PEN-12-NOTICE", "听证通知提前期限", 7, PeriodUnit::kWorkingDays,
                                        {kPenaltyLaw, kPenaltyVersion, "第64条第2项"});
  return rule;
}

const DeadlineRule& PenaltyServiceRule() {
  static const DeadlineRule rule =
      Make("PEN-14", "行政处罚决定书送达期限", 7, PeriodUnit::kWorkingDays,
           {kPenaltyLaw, kPenaltyVersion, "第61条"});
  return rule;
}

const DeadlineRule& PenaltyPublicationRule() {
  static const DeadlineRule rule =
      Make("LEP-03", "行政许可、行政处罚决定公开期限", 7, PeriodUnit::kWorkingDays,
           {kPublicityDoc, "国办发〔2018〕118号", "“加强事后公开”部分"});
  return rule;
}

const DeadlineRule& EnforcementPublicationRule() {
  static const DeadlineRule rule =
      Make("LEP-03-OTHER", "其他行政执法决定公开期限", 20, PeriodUnit::kWorkingDays,
           {kPublicityDoc, "国办发〔2018〕118号", "“加强事后公开”部分"});
  return rule;
}

const std::vector<const DeadlineRule*>& AllStatutoryRules() {
  static const std::vector<const DeadlineRule*> rules = {
      &PetitionAcknowledgeRule(),     &PetitionObjectionRule(),
      &PetitionRoutingRule(),         &PetitionHandlingRule(),
      &PetitionReviewRequestRule(),   &PetitionReviewReplyRule(),
      &PetitionReReviewRequestRule(), &PetitionReReviewReplyRule(),
      &MediationTypicalLimitRule(),   &JudicialConfirmationWindowRule(),
      &PenaltyDecisionRule(),         &EvidenceHoldDecisionRule(),
      &HearingRequestRule(),          &HearingNoticeRule(),
      &PenaltyServiceRule(),          &PenaltyPublicationRule(),
      &EnforcementPublicationRule(),
  };
  return rules;
}

const DeadlineRule* FindStatutoryRule(std::string_view code) {
  for (const DeadlineRule* rule : AllStatutoryRules()) {
    if (rule->code == code) return rule;
  }
  return nullptr;
}

}  // namespace fazhi::domain
