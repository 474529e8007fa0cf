// domain/decision/decision.h — the 重大行政决策 ledger (domain-rules.md §10 DEC-01…10, 重大行政
// 决策程序暂行条例 2019, applied by townships by reference, 第42条): a decision of the yearly
// 决策目录 through 公众参与, 专家论证, 风险评估, 合法性审查 and 集体讨论决定 to publication,
// execution and 后评估.
//
// Contract: plain value types; enum codes are the stable text in the database and JSON;
// optional dates unset until the step happened. The rules are in decision_rules.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/result.h"

namespace fazhi::domain {

using core::Date;

// DEC-02 (第3条): what the decision is about.
enum class DecisionScope { kPublicPolicy, kPlan, kResources, kConstruction, kOther };
// public_policy|plan|resources|construction|other
// 重大公共政策和措施|重要规划|资源开发利用政策|重大公共建设项目|其他重大事项
std::string_view DecisionScopeCode(DecisionScope s);
std::string_view DecisionScopeLabelZh(DecisionScope s);
core::Result<DecisionScope> ParseDecisionScope(std::string_view code, std::string_view field = "scope");

// DEC-07: the assessed level of risk.
enum class RiskLevel { kLow, kMedium, kHigh };
std::string_view RiskLevelCode(RiskLevel r);     // low|medium|high
std::string_view RiskLevelLabelZh(RiskLevel r);  // 低风险|中风险|高风险
core::Result<RiskLevel> ParseRiskLevel(std::string_view code, std::string_view field = "riskLevel");

// DEC-09: what the meeting decided.
enum class MeetingResult { kApproved, kRejected, kDeferred };
std::string_view MeetingResultCode(MeetingResult r);     // approved|rejected|deferred
std::string_view MeetingResultLabelZh(MeetingResult r);  // 通过|不予通过|暂缓决策
core::Result<MeetingResult> ParseMeetingResult(std::string_view code, std::string_view field = "meetingResult");

struct MajorDecision {
  std::int64_t id = 0;
  std::int64_t township_id = 0;
  std::string title;           // "树人镇场镇老旧小区改造方案"
  DecisionScope scope = DecisionScope::kPublicPolicy;
  std::string drafting_unit;   // 承办单位
  Date proposed_on{};          // 决策启动

  // DEC-03: the yearly 决策目录 item, or 目录外.
  bool in_catalogue = true;
  int catalogue_year = 0;
  std::string catalogue_item;

  // Which of the procedures this decision needs (DEC-05…09).
  bool technical = false;            // 专业性、技术性较强: 专家论证 (第19条)
  bool stability_risk = false;       // 可能影响社会稳定、公共安全: 风险评估 (第22条)
  bool affects_market = false;       // 涉及市场主体经济活动: 公平竞争审查 (第29条)

  // 公众参与 (DEC-05, 第14–18条).
  std::string participation_methods;          // "座谈会、向社会公开征求意见"
  std::optional<Date> comment_from;           // 向社会公开征求意见
  std::optional<Date> comment_to;
  std::string short_period_reason;            // under 30 days: the published reason (第15条)
  std::string participation_exception;        // 依法不予公开等: why there was no public participation
  int comments_received = 0;
  std::string comments_adoption;              // 意见采纳情况
  std::optional<Date> hearing_materials_sent_on;  // 听证会 (第16条)
  std::optional<Date> hearing_held_on;

  // 专家论证 (DEC-06).
  std::optional<Date> expert_reviewed_on;
  std::string expert_summary;

  // 风险评估 (DEC-07).
  std::optional<Date> risk_assessed_on;
  RiskLevel risk_level = RiskLevel::kLow;
  bool risk_controllable = true;
  std::string risk_report;

  // 合法性审查 (DEC-08).
  std::optional<Date> legality_submitted_on;
  std::optional<Date> legality_reviewed_on;
  std::string legality_reviewer;
  bool legality_passed = true;
  std::string legality_opinion;
  bool exploratory_reform = false;      // 探索性改革事项: may proceed with the legal risk stated
  std::string legal_risk_statement;

  std::optional<Date> fair_competition_reviewed_on;  // 公平竞争审查 (第29条)

  // 集体讨论决定 (DEC-09, 第30–31条).
  std::optional<Date> decided_on;
  std::string meeting;                 // "镇党委会议"、"镇政府常务会议"
  MeetingResult meeting_result = MeetingResult::kApproved;
  std::string against_majority_reason;  // the head decided against the majority
  std::string dissent;                  // 不同意见
  std::optional<Date> party_reported_on;  // 报同级党委

  // DEC-10.
  std::optional<Date> published_on;
  std::string publication_channel;
  std::string executing_unit;
  std::optional<Date> post_evaluated_on;
  std::string post_evaluation;
};

}  // namespace fazhi::domain
