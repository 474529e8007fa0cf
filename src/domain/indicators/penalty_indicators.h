// domain/indicators/penalty_indicators.h — the indicators and report figures of the
// 行政执法案件 ledger (domain-rules.md §17 法制审核率, 按时公示率, 全过程记录完备率, 按期结案率;
// PEN-06, PEN-10, LEP-03, LEP-06, LEP-07).
//
// Contract (as indicators.h): each Indicator is a rate with its definition and the ids of the
// PenaltyCase records in its numerator and denominator; nothing after as_of is known (a
// decision, publication or closure dated after as_of does not count). in.today is ignored;
// the catalogue and settings of `in` decide which decisions needed 法制审核.
// Pure functions of their inputs; thread-safe.
#pragma once

#include <span>
#include <vector>

#include "domain/enforcement/penalty_case.h"
#include "domain/enforcement/penalty_rules.h"
#include "domain/indicators/indicators.h"

namespace fazhi::domain {

// In this order:
//  pen_legal_review_rate 法制审核率 = general-procedure decisions in the period that needed
//    法制审核 (PEN-10 triggers, LEP-07 catalogue) and whose review agreed on or before the
//    decision / those decisions.
//  pen_publication_rate 按时公示率 = penalty decisions in the period to be published (LEP-03)
//    and published by their deadline / those decisions.
//  pen_record_rate 全过程记录完备率 = cases closed in the period with a record for every stage
//    they went through (LEP-06) / cases closed in the period.
//  pen_on_time_rate 按期结案率 = general-procedure decisions in the period made by the 90-day
//    deadline with approved extensions and excluded intervals (PEN-06) / those decisions.
std::vector<Indicator> PenaltyIndicators(std::span<const PenaltyCase> cases, const Period& period,
                                         Date as_of, const PenaltyRuleInputs& in);

// Counts for the report, in this order: pen_cases_filed (件) — cases filed (立案) in the
// period; pen_decisions (件) — decisions in the period; pen_penalties (件) — of which
// penalties; pen_fines_fen (元, money) — fines decided in the period; pen_hearings (次) —
// hearings held in the period; pen_legal_reviews (件) — legal reviews completed in the period.
std::vector<Figure> PenaltyFigures(std::span<const PenaltyCase> cases, const Period& period,
                                   Date as_of);

}  // namespace fazhi::domain
