// domain/indicators/penalty_indicators.cc — see penalty_indicators.h.
#include "domain/indicators/penalty_indicators.h"

#include <fmt/format.h>

#include <algorithm>

#include "domain/indicators/indicator_builders.h"

namespace fazhi::domain {
namespace {

using indicator_builders::Counter;
using indicator_builders::FigureBuilder;
using indicator_builders::OnOrBefore;
using indicator_builders::PeriodText;

bool In(const Period& period, std::optional<Date> d, Date as_of) {
  return d && period.Contains(*d) && OnOrBefore(d, as_of);
}

}  // namespace

std::vector<Indicator> PenaltyIndicators(std::span<const PenaltyCase> cases, const Period& period,
                                         Date as_of, const PenaltyRuleInputs& in) {
  Counter review, publication, record, on_time;
  for (const PenaltyCase& c : cases) {
    const bool decided = In(period, c.decided_on, as_of);
    const bool general = c.procedure == PenaltyProcedure::kGeneral;
    if (decided && general && LegalReviewRequiredBecause(c, in)) {
      review.Denominator(c.id);
      const LegalReview* r = c.legal_review ? &*c.legal_review : nullptr;
      if (r != nullptr && r->reviewed_on && *r->reviewed_on <= *c.decided_on &&
          r->outcome == ReviewOutcome::kAgree) {
        review.Numerator(c.id);
      }
    }
    auto deadlines = ComputePenaltyDeadlines(c, in.calendar);
    if (decided && deadlines && deadlines->publication) {
      publication.Denominator(c.id);
      if (OnOrBefore(c.published_on, as_of) && *c.published_on <= deadlines->publication->due) {
        publication.Numerator(c.id);
      }
    }
    if (c.stage == CaseStage::kClosed && In(period, c.closed_on, as_of)) {
      record.Denominator(c.id);
      if (StagesMissingRecords(c).empty()) record.Numerator(c.id);
    }
    if (decided && general && deadlines && deadlines->decision) {
      on_time.Denominator(c.id);
      if (*c.decided_on <= deadlines->decision->due) on_time.Numerator(c.id);
    }
  }
  const std::string when = PeriodText(period, as_of);
  std::vector<Indicator> out;
  out.push_back(review.Build(
      "pen_legal_review_rate", "enforcement", "法制审核率", "Legal review rate",
      "经法制审核通过后作出的决定件数", "应当法制审核的决定件数",
      fmt::format("统计期间内作出的普通程序执法决定中，属于应当法制审核情形（重大公共利益、经过听证、疑难复杂、"
                  "法律法规规定，或列入重大执法决定法制审核目录）的，在决定前经法制审核且审核意见为“同意”的件数 ÷ "
                  "应当法制审核的决定件数（《行政处罚法》第58条）。{}",
                  when)));
  out.push_back(publication.Build(
      "pen_publication_rate", "enforcement", "执法决定按时公示率", "On-time publication rate",
      "按时公示件数", "应当公示的决定件数",
      fmt::format("统计期间内作出、应当公示的行政处罚决定中，行政许可、行政处罚决定在7个工作日内、其他执法决定在"
                  "20个工作日内公示的件数 ÷ 应当公示的决定件数（国办发〔2018〕118号）。{}",
                  when)));
  out.push_back(record.Build(
      "pen_record_rate", "enforcement", "全过程记录完备率", "Full-process record rate",
      "各阶段均有记录的结案件数", "结案件数",
      fmt::format("统计期间内结案的执法案件中，立案、调查取证、告知、决定、送达、执行等经过的每个阶段都有文书或"
                  "音像记录的件数 ÷ 结案件数（《行政处罚法》第47条）。{}",
                  when)));
  out.push_back(on_time.Build(
      "pen_on_time_rate", "enforcement", "行政处罚按期结案率", "Decided on time rate",
      "按期作出决定件数", "作出决定件数",
      fmt::format("统计期间内作出的普通程序行政处罚决定中，自立案之日起90日内（加上批准延长的期限、扣除听证、"
                  "检测、鉴定等不计入的期间）作出的件数 ÷ 作出决定件数（《行政处罚法》第60条）。{}",
                  when)));
  return out;
}

std::vector<Figure> PenaltyFigures(std::span<const PenaltyCase> cases, const Period& period,
                                   Date as_of) {
  FigureBuilder filed("pen_cases_filed", "立案件数", "件");
  FigureBuilder decisions("pen_decisions", "作出执法决定件数", "件");
  FigureBuilder penalties("pen_penalties", "作出行政处罚决定件数", "件");
  FigureBuilder fines("pen_fines_fen", "罚款金额", "元", /*money=*/true);
  FigureBuilder hearings("pen_hearings", "组织听证次数", "次");
  FigureBuilder reviews("pen_legal_reviews", "完成法制审核件数", "件");
  for (const PenaltyCase& c : cases) {
    if (In(period, c.filed_on, as_of)) filed.Count(c.id);
    if (In(period, c.decided_on, as_of)) {
      decisions.Count(c.id);
      if (c.outcome == DecisionOutcome::kPenalty) {
        penalties.Count(c.id);
        if (c.decided.fine_fen > 0) fines.Add(c.id, c.decided.fine_fen);
      }
    }
    if (c.hearing && In(period, c.hearing->held_on, as_of)) hearings.Count(c.id);
    if (c.legal_review && In(period, c.legal_review->reviewed_on, as_of)) reviews.Count(c.id);
  }
  std::vector<Figure> out;
  out.push_back(filed.Done());
  out.push_back(decisions.Done());
  out.push_back(penalties.Done());
  out.push_back(fines.Done());
  out.push_back(hearings.Done());
  out.push_back(reviews.Done());
  return out;
}

}  // namespace fazhi::domain
