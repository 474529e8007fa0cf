// domain/indicators/normative_indicators.cc — see normative_indicators.h.
#include "domain/indicators/normative_indicators.h"

#include <fmt/format.h>

#include "domain/indicators/indicator_builders.h"
#include "domain/normative/normative_rules.h"

namespace fazhi::domain {
namespace {

using indicator_builders::Counter;
using indicator_builders::OnOrBefore;
using indicator_builders::PeriodText;

bool In(const Period& period, const std::optional<Date>& d, Date as_of) {
  return d && period.Contains(*d) && OnOrBefore(d, as_of);
}

}  // namespace

std::vector<Indicator> NormativeIndicators(std::span<const NormativeDocument> docs, const Period& period, Date as_of,
                                           const WorkingCalendar& calendar, const LedgerSettings& settings) {
  Counter filing, timely, conformity, review;
  for (const NormativeDocument& d : docs) {
    if (!IsNormativeDocument(d)) continue;
    const bool published = In(period, d.published_on, as_of);
    const bool filed_in_period = In(period, d.filed_on, as_of);
    const bool filed = OnOrBefore(d.filed_on, as_of);
    if (published) {
      filing.Denominator(d.id);
      if (filed) filing.Numerator(d.id);
      review.Denominator(d.id);
      if (d.reviewed_on && d.review_outcome != NormReviewOutcome::kFail && *d.reviewed_on <= *d.published_on) {
        review.Numerator(d.id);
      }
    }
    auto deadlines = ComputeNormDeadlines(d, calendar, settings);
    const bool in_time = filed && deadlines && deadlines->filing && *d.filed_on <= deadlines->filing->due;
    if (settings.norm_timely_rate_over_filed ? filed_in_period : published) {
      timely.Denominator(d.id);
      if (in_time) timely.Numerator(d.id);
    }
    if (filed_in_period) {
      conformity.Denominator(d.id);
      if (!d.returned_on || !OnOrBefore(d.returned_on, as_of)) conformity.Numerator(d.id);
    }
  }
  const std::string when = PeriodText(period, as_of);
  std::vector<Indicator> out;
  out.push_back(filing.Build("norm_filing_rate", "normative", "规范性文件报备率", "Filing rate", "已报备件数",
                             "发布的规范性文件件数",
                             fmt::format("统计期间内发布的行政规范性文件中，已报县人民政府备案的件数 ÷ 发布件数（有件必备）。{}", when)));
  out.push_back(timely.Build(
      "norm_filing_timely_rate", "normative", "规范性文件报备及时率", "Timely filing rate", "按期报备件数",
      settings.norm_timely_rate_over_filed ? "报备件数" : "应报备件数",
      fmt::format("自发布之日起{}日内报备的件数 ÷ {}。{}", settings.norm_filing_days,
                  settings.norm_timely_rate_over_filed ? "统计期间内报备的件数" : "统计期间内发布（应报备）的件数", when)));
  out.push_back(conformity.Build("norm_conformity_rate", "normative", "规范性文件规范率", "Conformity rate",
                                 "未被退回的报备件数", "报备件数",
                                 fmt::format("统计期间内报备的规范性文件中，材料齐全、格式和内容合规、未被县司法局退回纠正的件数 ÷ 报备件数。{}", when)));
  out.push_back(review.Build("norm_review_rate", "normative", "规范性文件合法性审核率", "Legality review rate",
                             "经合法性审核发布的件数", "发布件数",
                             fmt::format("统计期间内发布的行政规范性文件中，发布前经合法性审核并通过的件数 ÷ 发布件数（应为100%）。{}", when)));
  return out;
}

}  // namespace fazhi::domain
