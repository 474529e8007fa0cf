// domain/decision/decision_codes.cc — the enum codes and labels declared in decision.h.
#include <array>

#include "domain/common.h"
#include "domain/decision/decision.h"

namespace fazhi::domain {
namespace {

constexpr std::array<CodeChoice, 5> kScopes = {{
    {"public_policy", "重大公共政策和措施"},
    {"plan", "重要规划"},
    {"resources", "资源开发利用政策"},
    {"construction", "重大公共建设项目"},
    {"other", "其他重大事项"},
}};
constexpr std::array<CodeChoice, 3> kRisks = {{{"low", "低风险"}, {"medium", "中风险"}, {"high", "高风险"}}};
constexpr std::array<CodeChoice, 3> kResults = {{{"approved", "通过"}, {"rejected", "不予通过"}, {"deferred", "暂缓决策"}}};

}  // namespace

std::string_view DecisionScopeCode(DecisionScope s) { return CodeOfRow(s, kScopes); }
std::string_view DecisionScopeLabelZh(DecisionScope s) { return LabelOfRow(s, kScopes); }
core::Result<DecisionScope> ParseDecisionScope(std::string_view code, std::string_view field) {
  return ParseCodeAs<DecisionScope>(code, field, kScopes);
}
std::string_view RiskLevelCode(RiskLevel r) { return CodeOfRow(r, kRisks); }
std::string_view RiskLevelLabelZh(RiskLevel r) { return LabelOfRow(r, kRisks); }
core::Result<RiskLevel> ParseRiskLevel(std::string_view code, std::string_view field) {
  return ParseCodeAs<RiskLevel>(code, field, kRisks);
}
std::string_view MeetingResultCode(MeetingResult r) { return CodeOfRow(r, kResults); }
std::string_view MeetingResultLabelZh(MeetingResult r) { return LabelOfRow(r, kResults); }
core::Result<MeetingResult> ParseMeetingResult(std::string_view code, std::string_view field) {
  return ParseCodeAs<MeetingResult>(code, field, kResults);
}

}  // namespace fazhi::domain
