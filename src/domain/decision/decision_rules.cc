// domain/decision/decision_rules.cc — see decision_rules.h.
#include "domain/decision/decision_rules.h"

#include <fmt/format.h>

#include <string>
#include <utility>

#include "domain/calendar/deadline.h"
#include "domain/indicators/indicator_builders.h"
#include "domain/mediation/mediation_rules_support.h"

namespace fazhi::domain {
namespace {

using rules_support::Bad;
using rules_support::Blank;
using rules_support::Finding;
using rules_support::RequirePastDate;
using rules_support::RequireText;

constexpr std::string_view kLaw = "《重大行政决策程序暂行条例》";
constexpr int kMinCommentDays = 30;        // 第15条
constexpr int kHearingMaterialDays = 7;    // 第16条
constexpr int kLegalityReviewWorkdays = 7;  // 第27条

tl::unexpected<core::Error> Broken(std::string_view code, std::string field, std::string_view zh,
                                   std::string_view en, std::string_view article) {
  core::Error e = core::FailedPrecondition(fmt::format("{}：{}（{}{}）", code, zh, kLaw, article),
                                           fmt::format("{}: {}", code, en));
  e.field = std::move(field);
  return core::Fail(std::move(e));
}

core::Status Within(const std::optional<Date>& d, std::string_view field, std::string_view label_zh,
                    std::optional<Date> floor, std::string_view floor_zh, Date today) {
  if (!d) return core::Ok();
  if (*d > today) {
    return Bad(std::string(field), fmt::format("{}不能晚于今天", label_zh), fmt::format("{} must not be after today", field));
  }
  if (floor && *d < *floor) {
    return Bad(std::string(field), fmt::format("{}不能早于{}", label_zh, floor_zh),
               fmt::format("{} must not be before {}", field, floor_zh));
  }
  return core::Ok();
}

bool Before(const std::optional<Date>& step, const std::optional<Date>& decided) {
  return step && decided && *step <= *decided;
}

// The first missing step of a made decision, or Ok.
core::Status FirstMissingStep(const MajorDecision& d, const WorkingCalendar& calendar) {
  (void)calendar;
  const bool participated = (d.comment_from && d.comment_to) || !Blank(d.participation_exception);
  if (!participated) {
    return Broken("DEC-05", "commentFrom",
                  "作出重大行政决策前应当公开征求意见（或记录依法不予公开等例外情形），未经公众参与不得决策",
                  "no public participation before the decision", "第14条、第15条");
  }
  if (d.comment_from && d.comment_to && core::DaysBetween(*d.comment_from, *d.comment_to) + 1 < kMinCommentDays &&
      Blank(d.short_period_reason)) {
    return Broken("DEC-05", "shortPeriodReason",
                  fmt::format("征求意见期限一般不少于{}日，缩短的应当说明理由", kMinCommentDays),
                  "a comment period under 30 days needs a published reason", "第15条");
  }
  if (d.hearing_held_on && (!d.hearing_materials_sent_on ||
                            core::DaysBetween(*d.hearing_materials_sent_on, *d.hearing_held_on) < kHearingMaterialDays)) {
    return Broken("DEC-05", "hearingMaterialsSentOn",
                  fmt::format("听证会材料应当于听证会{}日前送达听证参加人", kHearingMaterialDays),
                  "hearing materials reach the participants 7 days before", "第16条");
  }
  if (d.technical && !Before(d.expert_reviewed_on, d.decided_on)) {
    return Broken("DEC-06", "expertReviewedOn", "专业性、技术性较强的决策事项，应当在决策前组织专家论证",
                  "a technical matter needs expert review before the decision", "第19条");
  }
  if (d.stability_risk && !Before(d.risk_assessed_on, d.decided_on)) {
    return Broken("DEC-07", "riskAssessedOn", "决策实施可能影响社会稳定、公共安全的，应当在决策前进行风险评估",
                  "a decision that may affect stability or safety needs a risk assessment", "第22条");
  }
  if (d.stability_risk && !d.risk_controllable) {
    return Broken("DEC-07", "riskControllable", "风险评估认为风险不可控的，应当调整方案、降低风险后再决策",
                  "the risk is not controllable", "第24条");
  }
  const bool reviewed = Before(d.legality_reviewed_on, d.decided_on) && d.legality_passed;
  const bool reform = d.exploratory_reform && !Blank(d.legal_risk_statement);
  if (!reviewed && !reform) {
    return Broken("DEC-08", "legalityReviewedOn",
                  "决策草案应当经合法性审查，未经合法性审查或者经审查不合法的，不得提交决策机关讨论",
                  "no passed legality review before the meeting", "第25条");
  }
  if (d.affects_market && !Before(d.fair_competition_reviewed_on, d.decided_on)) {
    return Broken("DEC-09", "fairCompetitionReviewedOn", "涉及市场主体经济活动的，应当进行公平竞争审查",
                  "a decision affecting market actors needs a fair-competition review", "第29条");
  }
  return core::Ok();
}

}  // namespace

core::Status ValidateMajorDecision(const MajorDecision& d, Date today) {
  RETURN_IF_ERROR(RequireText(d.title, "title", "决策事项名称", "The title (title)"));
  RETURN_IF_ERROR(RequireText(d.drafting_unit, "draftingUnit", "承办单位", "The drafting unit (draftingUnit)"));
  RETURN_IF_ERROR(RequirePastDate(d.proposed_on, "proposedOn", "决策启动日期", "The start date (proposedOn)", today));
  if (d.in_catalogue) {
    RETURN_IF_ERROR(RequireText(d.catalogue_item, "catalogueItem", "决策目录事项", "The catalogue item (catalogueItem)"));
    if (d.catalogue_year < 2000 || d.catalogue_year > 2100) {
      return Bad("catalogueYear", "决策目录年度应为2000至2100之间", "catalogueYear must be 2000 to 2100");
    }
  }
  const std::optional<Date> start = d.proposed_on;
  RETURN_IF_ERROR(Within(d.comment_from, "commentFrom", "征求意见开始日期", start, "决策启动日期", today));
  if (d.comment_from.has_value() != d.comment_to.has_value()) {
    return Bad(d.comment_from ? "commentTo" : "commentFrom", "请同时填写征求意见的开始和截止日期",
               "Give both the start and the end of the comment period");
  }
  RETURN_IF_ERROR(Within(d.comment_to, "commentTo", "征求意见截止日期", d.comment_from, "开始日期", today));
  if (d.comments_received < 0) return Bad("commentsReceived", "收到的意见条数不能为负数", "commentsReceived must be ≥ 0");
  RETURN_IF_ERROR(Within(d.hearing_materials_sent_on, "hearingMaterialsSentOn", "听证材料送达日期", start, "决策启动日期", today));
  RETURN_IF_ERROR(Within(d.hearing_held_on, "hearingHeldOn", "听证会日期", d.hearing_materials_sent_on, "材料送达日期", today));
  RETURN_IF_ERROR(Within(d.expert_reviewed_on, "expertReviewedOn", "专家论证日期", start, "决策启动日期", today));
  RETURN_IF_ERROR(Within(d.risk_assessed_on, "riskAssessedOn", "风险评估日期", start, "决策启动日期", today));
  RETURN_IF_ERROR(Within(d.legality_submitted_on, "legalitySubmittedOn", "送审日期", start, "决策启动日期", today));
  RETURN_IF_ERROR(Within(d.legality_reviewed_on, "legalityReviewedOn", "合法性审查日期", d.legality_submitted_on,
                         "送审日期", today));
  if (d.legality_reviewed_on) {
    RETURN_IF_ERROR(RequireText(d.legality_reviewer, "legalityReviewer", "审查人员或机构", "The reviewer (legalityReviewer)"));
    RETURN_IF_ERROR(RequireText(d.legality_opinion, "legalityOpinion", "合法性审查意见", "The opinion (legalityOpinion)"));
  }
  if (d.exploratory_reform) {
    RETURN_IF_ERROR(RequireText(d.legal_risk_statement, "legalRiskStatement", "探索性改革事项的法律风险说明",
                                "The legal risk statement (legalRiskStatement)"));
  }
  RETURN_IF_ERROR(Within(d.fair_competition_reviewed_on, "fairCompetitionReviewedOn", "公平竞争审查日期", start,
                         "决策启动日期", today));
  RETURN_IF_ERROR(Within(d.decided_on, "decidedOn", "集体讨论决定日期", start, "决策启动日期", today));
  if (d.decided_on) RETURN_IF_ERROR(RequireText(d.meeting, "meeting", "决定的会议", "The meeting (meeting)"));
  RETURN_IF_ERROR(Within(d.party_reported_on, "partyReportedOn", "报告党委日期", d.decided_on, "决定日期", today));
  RETURN_IF_ERROR(Within(d.published_on, "publishedOn", "公布日期", d.decided_on, "决定日期", today));
  if (d.published_on && !d.decided_on) return Bad("decidedOn", "未作出决定不能公布", "Decide before publishing");
  if (d.published_on) RETURN_IF_ERROR(RequireText(d.publication_channel, "publicationChannel", "公布载体", "The channel"));
  RETURN_IF_ERROR(Within(d.post_evaluated_on, "postEvaluatedOn", "后评估日期", d.decided_on, "决定日期", today));
  return core::Ok();
}

core::Status CheckDecisionRules(const MajorDecision& d, const WorkingCalendar& calendar) {
  if (!d.decided_on) return core::Ok();
  return FirstMissingStep(d, calendar);
}

bool ProcedureComplete(const MajorDecision& d, const WorkingCalendar& calendar) {
  return d.decided_on && FirstMissingStep(d, calendar) && (d.exploratory_reform || d.legality_passed);
}

std::vector<RuleFinding> DecisionWarnings(const MajorDecision& d, const WorkingCalendar& calendar) {
  std::vector<RuleFinding> out;
  const std::string law(kLaw);
  if (!d.in_catalogue) {
    out.push_back(Finding("DEC-03", Severity::kWarning, "inCatalogue",
                          "本事项不在年度重大行政决策目录中（目录外），请说明理由或调整目录",
                          "The decision is not in the yearly catalogue", law + "第3条"));
  }
  if (d.legality_submitted_on && d.legality_reviewed_on) {
    DeadlineRule rule;
    rule.code = "DEC-08";
    rule.name = "合法性审查时间";
    rule.amount = kLegalityReviewWorkdays;
    rule.unit = PeriodUnit::kWorkingDays;
    if (auto due = ComputeDeadline(calendar, *d.legality_submitted_on, rule); due && *d.legality_reviewed_on < due->due) {
      out.push_back(Finding("DEC-08", Severity::kInfo, "legalityReviewedOn",
                            fmt::format("送请合法性审查应当保证必要的审查时间，一般不少于{}个工作日", kLegalityReviewWorkdays),
                            "The legality review should be given at least 7 working days", law + "第27条"));
    }
  }
  if (d.decided_on && d.meeting_result == MeetingResult::kApproved) {
    if (!d.party_reported_on) {
      out.push_back(Finding("DEC-09", Severity::kWarning, "partyReportedOn",
                            "重大行政决策出台前应当按照规定向同级党委请示报告", "Report to the Party committee before issue",
                            law + "第31条"));
    }
    if (!d.published_on) {
      out.push_back(Finding("DEC-10", Severity::kWarning, "publishedOn",
                            "决策机关应当通过本级人民政府公报和政府网站等及时公布重大行政决策", "Publish the decision",
                            law + "第32条"));
    }
    if (Blank(d.executing_unit)) {
      out.push_back(Finding("DEC-10", Severity::kWarning, "executingUnit", "请明确决策执行单位",
                            "Name the executing unit", law + "第34条"));
    }
  }
  return out;
}

Indicator DecisionProcedureIndicator(std::span<const MajorDecision> decisions, const Period& period, Date as_of,
                                     const WorkingCalendar& calendar) {
  indicator_builders::Counter complete;
  for (const MajorDecision& d : decisions) {
    if (!d.decided_on || !period.Contains(*d.decided_on) || *d.decided_on > as_of) continue;
    complete.Denominator(d.id);
    if (ProcedureComplete(d, calendar)) complete.Numerator(d.id);
  }
  return complete.Build("dec_procedure_rate", "decision", "重大行政决策程序完备率", "Decision procedure rate",
                        "程序完备的决策件数", "作出决策件数",
                        fmt::format("统计期间内作出的重大行政决策中，公众参与、专家论证（技术性事项）、风险评估（涉稳事项）、"
                                    "合法性审查、公平竞争审查（涉及市场主体）、集体讨论决定等应经程序均有记录的件数 ÷ "
                                    "作出决策件数。{}",
                                    indicator_builders::PeriodText(period, as_of)));
}

}  // namespace fazhi::domain
