// domain/normative/normative_codes.cc — the enum codes and labels declared in normative.h.
#include <array>

#include "domain/common.h"
#include "domain/normative/normative.h"

namespace fazhi::domain {
namespace {

constexpr std::array<CodeChoice, 8> kExclusions = {{
    {"none", "非排除类"},
    {"internal", "内部管理制度"},
    {"minutes", "会议纪要"},
    {"work_plan", "工作方案、工作要点"},
    {"report", "请示报告"},
    {"commendation", "表彰奖励"},
    {"appointment", "人事任免"},
    {"secret", "涉密文件"},
}};
constexpr std::array<CodeChoice, 3> kReviewers = {{
    {"legal_adviser", "法律顾问"},
    {"justice_office", "司法所"},
    {"legal_staff", "法制审核人员"},
}};
constexpr std::array<CodeChoice, 3> kReviewOutcomes = {{
    {"pass", "通过"},
    {"revise", "修改后通过"},
    {"fail", "不通过"},
}};
constexpr std::array<CodeChoice, 3> kTrials = {{
    {"none", "正式"},
    {"interim", "暂行"},
    {"trial", "试行"},
}};
constexpr std::array<CodeChoice, 4> kStandings = {{
    {"in_force", "有效"},
    {"amended", "已修改"},
    {"repealed", "已废止"},
    {"expired", "已失效"},
}};

}  // namespace

std::string_view NormExclusionCode(NormExclusion e) { return CodeOfRow(e, kExclusions); }
std::string_view NormExclusionLabelZh(NormExclusion e) { return LabelOfRow(e, kExclusions); }
core::Result<NormExclusion> ParseNormExclusion(std::string_view code, std::string_view field) {
  return ParseCodeAs<NormExclusion>(code, field, kExclusions);
}
std::string_view NormReviewerCode(NormReviewer r) { return CodeOfRow(r, kReviewers); }
std::string_view NormReviewerLabelZh(NormReviewer r) { return LabelOfRow(r, kReviewers); }
core::Result<NormReviewer> ParseNormReviewer(std::string_view code, std::string_view field) {
  return ParseCodeAs<NormReviewer>(code, field, kReviewers);
}
std::string_view NormReviewOutcomeCode(NormReviewOutcome o) { return CodeOfRow(o, kReviewOutcomes); }
std::string_view NormReviewOutcomeLabelZh(NormReviewOutcome o) { return LabelOfRow(o, kReviewOutcomes); }
core::Result<NormReviewOutcome> ParseNormReviewOutcome(std::string_view code, std::string_view field) {
  return ParseCodeAs<NormReviewOutcome>(code, field, kReviewOutcomes);
}
std::string_view NormTrialCode(NormTrial t) { return CodeOfRow(t, kTrials); }
std::string_view NormTrialLabelZh(NormTrial t) { return LabelOfRow(t, kTrials); }
core::Result<NormTrial> ParseNormTrial(std::string_view code, std::string_view field) {
  return ParseCodeAs<NormTrial>(code, field, kTrials);
}
std::string_view NormStandingCode(NormStanding s) { return CodeOfRow(s, kStandings); }
std::string_view NormStandingLabelZh(NormStanding s) { return LabelOfRow(s, kStandings); }
core::Result<NormStanding> ParseNormStanding(std::string_view code, std::string_view field) {
  return ParseCodeAs<NormStanding>(code, field, kStandings);
}

}  // namespace fazhi::domain
