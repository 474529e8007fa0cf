// domain/normative/normative_rules.cc — see normative_rules.h.
#include "domain/normative/normative_rules.h"

#include <fmt/format.h>

#include <string>
#include <utility>

#include "domain/mediation/mediation_rules_support.h"

namespace fazhi::domain {
namespace {

using rules_support::Bad;
using rules_support::Blank;
using rules_support::Finding;
using rules_support::RequirePastDate;
using rules_support::RequireText;

constexpr std::string_view kBasis = "国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知（国办发〔2018〕37号）及本省规范性文件管理办法";
constexpr std::string_view kDisclosure = "《中华人民共和国政府信息公开条例》第20条、第26条";

tl::unexpected<core::Error> Broken(std::string_view code, std::string field, std::string_view zh,
                                   std::string_view en, std::string_view basis) {
  core::Error e = core::FailedPrecondition(fmt::format("{}：{}（{}）", code, zh, basis),
                                           fmt::format("{}: {}", code, en));
  e.field = std::move(field);
  return core::Fail(std::move(e));
}

// A date that, when set, must lie in [floor, today] (floor unset: only ≤ today).
core::Status Within(const std::optional<Date>& d, std::string_view field, std::string_view label_zh,
                    std::optional<Date> floor, std::string_view floor_zh, Date today) {
  if (!d) return core::Ok();
  if (*d > today) {
    return Bad(std::string(field), fmt::format("{}不能晚于今天", label_zh),
               fmt::format("{} must not be after today", field));
  }
  if (floor && *d < *floor) {
    return Bad(std::string(field), fmt::format("{}不能早于{}", label_zh, floor_zh),
               fmt::format("{} must not be before {}", field, floor_zh));
  }
  return core::Ok();
}

bool ReviewPassed(const NormativeDocument& d) {
  return d.reviewed_on && d.review_outcome != NormReviewOutcome::kFail;
}

DeadlineRule Rule(std::string code, std::string name, int amount, PeriodUnit unit, LegalBasis basis) {
  DeadlineRule r;
  r.code = std::move(code);
  r.name = std::move(name);
  r.amount = amount;
  r.unit = unit;
  r.basis = std::move(basis);
  return r;
}

const LegalBasis kNormBasis{"行政规范性文件管理办法", "按本省规定", ""};

}  // namespace

bool IsNormativeDocument(const NormativeDocument& d) {
  return d.affects_rights && d.binds_generally && d.applies_repeatedly && d.exclusion == NormExclusion::kNone;
}

core::Status ValidateNormativeDocument(const NormativeDocument& d, Date today) {
  RETURN_IF_ERROR(RequireText(d.title, "title", "文件名称", "The title (title)"));
  RETURN_IF_ERROR(RequireText(d.drafting_unit, "draftingUnit", "起草单位", "The drafting unit (draftingUnit)"));
  RETURN_IF_ERROR(RequirePastDate(d.drafted_on, "draftedOn", "起草日期", "The drafting date (draftedOn)", today));
  const std::optional<Date> drafted = d.drafted_on;
  RETURN_IF_ERROR(Within(d.opinions_from, "opinionsFrom", "征求意见开始日期", drafted, "起草日期", today));
  RETURN_IF_ERROR(Within(d.opinions_to, "opinionsTo", "征求意见截止日期", d.opinions_from ? d.opinions_from : drafted,
                         "征求意见开始日期", today));
  RETURN_IF_ERROR(Within(d.review_submitted_on, "reviewSubmittedOn", "送审日期", drafted, "起草日期", today));
  if (d.reviewed_on && !d.review_submitted_on) {
    return Bad("reviewSubmittedOn", "已填写审核日期，请填写送审日期", "The submission date (reviewSubmittedOn) is required");
  }
  RETURN_IF_ERROR(Within(d.reviewed_on, "reviewedOn", "合法性审核日期", d.review_submitted_on, "送审日期", today));
  if (d.reviewed_on) {
    RETURN_IF_ERROR(RequireText(d.reviewer, "reviewer", "审核人员或机构", "The reviewer (reviewer)"));
    RETURN_IF_ERROR(RequireText(d.review_opinion, "reviewOpinion", "合法性审核意见", "The review opinion (reviewOpinion)"));
  }
  RETURN_IF_ERROR(Within(d.deliberated_on, "deliberatedOn", "集体讨论日期", drafted, "起草日期", today));
  if (d.deliberated_on) {
    RETURN_IF_ERROR(RequireText(d.deliberation_meeting, "deliberationMeeting", "集体讨论的会议",
                                "The meeting (deliberationMeeting)"));
  }
  RETURN_IF_ERROR(Within(d.signed_on, "signedOn", "签发日期", drafted, "起草日期", today));
  if (d.signed_on) RETURN_IF_ERROR(RequireText(d.signer, "signer", "签发人", "The signer (signer)"));
  RETURN_IF_ERROR(Within(d.published_on, "publishedOn", "发布日期", d.signed_on ? d.signed_on : drafted, "签发日期", today));
  if (d.published_on) {
    RETURN_IF_ERROR(RequireText(d.number, "number", "文号（统一编号）", "The number (number)"));
    RETURN_IF_ERROR(RequireText(d.publication_channel, "publicationChannel", "发布载体", "The channel (publicationChannel)"));
  }
  if (d.effective_on && d.published_on && *d.effective_on < *d.published_on) {
    return Bad("effectiveOn", "施行日期不能早于发布日期", "effectiveOn must not be before publishedOn");
  }
  if (d.valid_until && d.effective_on && *d.valid_until <= *d.effective_on) {
    return Bad("validUntil", "有效期截止日期应晚于施行日期", "validUntil must be after effectiveOn");
  }
  if (d.urgent) RETURN_IF_ERROR(RequireText(d.urgent_reason, "urgentReason", "即时施行的理由", "The reason (urgentReason)"));
  RETURN_IF_ERROR(Within(d.filed_on, "filedOn", "报备日期", d.published_on, "发布日期", today));
  RETURN_IF_ERROR(Within(d.returned_on, "returnedOn", "退回日期", d.filed_on, "报备日期", today));
  if (d.returned_on) {
    if (!d.filed_on) return Bad("filedOn", "退回前应已报备，请填写报备日期", "A return needs a filing (filedOn)");
    RETURN_IF_ERROR(RequireText(d.return_reason, "returnReason", "退回理由", "The reason (returnReason)"));
  }
  if (d.corrected_on && !d.returned_on) {
    return Bad("returnedOn", "已填写纠正日期，请填写退回日期", "A correction needs a return (returnedOn)");
  }
  RETURN_IF_ERROR(Within(d.corrected_on, "correctedOn", "纠正后重新报送日期", d.returned_on, "退回日期", today));
  if (d.standing != NormStanding::kInForce && !d.cleaned_on) {
    return Bad("cleanedOn", "请填写清理（修改、废止或宣布失效）的日期", "The cleanup date (cleanedOn) is required");
  }
  RETURN_IF_ERROR(Within(d.cleaned_on, "cleanedOn", "清理日期", d.published_on, "发布日期", today));
  return core::Ok();
}

core::Status CheckNormativeRules(const NormativeDocument& d, const LedgerSettings& settings) {
  if (!IsNormativeDocument(d)) {
    const std::string field = d.exclusion != NormExclusion::kNone ? "exclusion"
                              : !d.affects_rights                   ? "affectsRights"
                              : !d.binds_generally                  ? "bindsGenerally"
                                                                    : "appliesRepeatedly";
    return Broken("NORM-01", field,
                  d.exclusion != NormExclusion::kNone
                      ? fmt::format("{}不属于行政规范性文件，不按规范性文件登记、审核和备案", NormExclusionLabelZh(d.exclusion))
                      : "不同时具备涉及权利义务、普遍约束力、反复适用三个特征的文件不属于行政规范性文件",
                  "not a normative document by the questionnaire", kBasis);
  }
  if (d.deliberated_on && !(ReviewPassed(d) && *d.reviewed_on <= *d.deliberated_on)) {
    return Broken("NORM-03", "reviewedOn",
                  "未经合法性审核或者经审核不合法的，不得提交集体讨论；请先完成合法性审核", "no passed legality review before "
                  "the collective deliberation", kBasis);
  }
  if (ReviewPassed(d) &&
      (d.creates_licence || d.creates_penalty || d.creates_coercion || d.creates_fee || d.reduces_rights)) {
    const std::string what = d.creates_licence   ? "设定行政许可"
                             : d.creates_penalty ? "设定行政处罚"
                             : d.creates_coercion ? "设定行政强制"
                             : d.creates_fee      ? "设定收费"
                                                  : "没有法律法规依据减损权利或者增加义务";
    return Broken("NORM-02", "reviewOutcome",
                  fmt::format("规范性文件不得{}，合法性审核不能通过", what),
                  "a normative document may not create a licence, penalty, coercion or fee, nor reduce rights",
                  "《中华人民共和国立法法》第93条及国办发〔2018〕37号");
  }
  if (d.signed_on && !d.deliberated_on) {
    return Broken("NORM-03", "deliberatedOn", "未经集体讨论决定的，不得签发", "not deliberated before signature", kBasis);
  }
  if (d.published_on && !d.signed_on) {
    return Broken("NORM-03", "signedOn", "未经主要负责人签发的，不得发布", "not signed before publication", kBasis);
  }
  if (d.filed_on && !d.published_on) {
    return Broken("NORM-05", "publishedOn", "未发布的规范性文件不能报备", "filed before publication", kBasis);
  }
  if (d.valid_until && d.effective_on) {
    const int years = d.trial == NormTrial::kNone ? settings.norm_validity_years : settings.norm_trial_validity_years;
    const Date limit = core::AddMonthsClamped(*d.effective_on, 12 * years);
    if (*d.valid_until > limit) {
      return Broken("NORM-06", "validUntil",
                    fmt::format("{}文件的有效期一般不超过{}年，最迟至{}", NormTrialLabelZh(d.trial), years,
                                core::FormatDate(limit)),
                    fmt::format("the validity may not exceed {} years (until {})", years, core::FormatDate(limit)),
                    kBasis);
    }
  }
  return core::Ok();
}

core::Result<NormDeadlines> ComputeNormDeadlines(const NormativeDocument& d, const WorkingCalendar& calendar,
                                                 const LedgerSettings& settings) {
  NormDeadlines out;
  if (d.review_submitted_on) {
    ASSIGN_OR_RETURN(out.review, ComputeDeadline(calendar, *d.review_submitted_on,
                                                 Rule("NORM-04", "规范性文件合法性审核期限", settings.norm_review_max_workdays,
                                                      PeriodUnit::kWorkingDays, kNormBasis)));
  }
  if (d.signed_on) {
    ASSIGN_OR_RETURN(out.publication,
                     ComputeDeadline(calendar, *d.signed_on,
                                     Rule("NORM-09", "规范性文件主动公开期限", 20, PeriodUnit::kWorkingDays,
                                          {"中华人民共和国政府信息公开条例", "2019-05-15施行", "第26条"})));
  }
  if (d.published_on) {
    ASSIGN_OR_RETURN(out.filing, ComputeDeadline(calendar, *d.published_on,
                                                 Rule("NORM-05", "规范性文件报备期限", settings.norm_filing_days,
                                                      PeriodUnit::kCalendarDays, kNormBasis)));
  }
  if (d.valid_until) out.evaluation_from = core::AddMonthsClamped(*d.valid_until, -settings.norm_validity_alert_months);
  return out;
}

std::vector<RuleFinding> NormativeWarnings(const NormativeDocument& d, Date today, const WorkingCalendar& calendar,
                                           const LedgerSettings& settings) {
  std::vector<RuleFinding> out;
  auto deadlines = ComputeNormDeadlines(d, calendar, settings);
  if (!deadlines) return out;
  const std::string basis(kBasis);
  if (deadlines->review) {
    const Date done = d.reviewed_on.value_or(today);
    if (done > deadlines->review->due) {
      out.push_back(Finding("NORM-04", Severity::kWarning, "reviewedOn",
                            fmt::format("合法性审核应在{}个工作日内完成（截止{}）", settings.norm_review_max_workdays,
                                        core::FormatDate(deadlines->review->due)),
                            "The legality review took longer than allowed", basis));
    }
  }
  if (d.published_on && !d.urgent && d.effective_on &&
      core::DaysBetween(*d.published_on, *d.effective_on) < settings.norm_effective_delay_days) {
    out.push_back(Finding("NORM-07", Severity::kWarning, "effectiveOn",
                          fmt::format("规范性文件一般自发布之日起{}日后施行；即时施行的请勾选“紧急”并写明理由",
                                      settings.norm_effective_delay_days),
                          "A document takes effect 30 days after publication unless urgent", basis));
  }
  if (deadlines->publication) {
    const Date done = d.published_on.value_or(today);
    if (done > deadlines->publication->due) {
      out.push_back(Finding("NORM-09", Severity::kWarning, "publishedOn",
                            fmt::format("规范性文件应自签发之日起20个工作日内主动公开（截止{}）",
                                        core::FormatDate(deadlines->publication->due)),
                            "Publish within 20 working days of signature", std::string(kDisclosure)));
    }
  }
  if (deadlines->filing) {
    const Date done = d.filed_on.value_or(today);
    if (done > deadlines->filing->due) {
      out.push_back(Finding("NORM-05", Severity::kWarning, "filedOn",
                            fmt::format("规范性文件应自发布之日起{}日内报县人民政府备案（截止{}）{}", settings.norm_filing_days,
                                        core::FormatDate(deadlines->filing->due), d.filed_on ? "，本件报备逾期" : "，尚未报备"),
                            "File with the county within the filing period", basis));
    }
  }
  if (d.returned_on && !d.corrected_on) {
    out.push_back(Finding("NORM-05", Severity::kWarning, "correctedOn",
                          fmt::format("县司法局于{}退回（{}），尚未纠正后重新报送", core::FormatDate(*d.returned_on), d.return_reason),
                          "Returned by the county and not yet corrected", basis));
  }
  if (d.valid_until && d.standing == NormStanding::kInForce) {
    if (today > *d.valid_until) {
      out.push_back(Finding("NORM-06", Severity::kWarning, "validUntil",
                            fmt::format("有效期已于{}届满，未重新发布的视为失效，请清理", core::FormatDate(*d.valid_until)),
                            "The validity has ended: clean the document up", basis));
    } else if (deadlines->evaluation_from && today >= *deadlines->evaluation_from) {
      out.push_back(Finding("NORM-06", Severity::kInfo, "validUntil",
                            fmt::format("有效期至{}，请在届满前{}个月开展评估，决定修改、废止或继续施行",
                                        core::FormatDate(*d.valid_until), settings.norm_validity_alert_months),
                            "Evaluate the document before its validity ends", basis));
    }
  }
  return out;
}

}  // namespace fazhi::domain
