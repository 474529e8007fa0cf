// domain/indicators/normative_indicators.h — the §17 indicators of the 行政规范性文件 ledger
// (报备率, 报备及时率, 规范率, 合法性审核率), each listing the document ids it counts.
//
// Contract: as indicators.h; the definitions are those of normative_rules.h; only 规范性文件
// by the NORM-01 questionnaire count; nothing after as_of is known. Pure; thread-safe.
#pragma once

#include <span>
#include <vector>

#include "domain/calendar/working_calendar.h"
#include "domain/indicators/indicators.h"
#include "domain/normative/normative.h"
#include "domain/settings.h"

namespace fazhi::domain {

// In this order:
//  norm_filing_rate 报备率 = published in the period and filed by as_of / published in the period;
//  norm_filing_timely_rate 报备及时率 = filed within the filing period (NORM-05) / documents filed
//    in the period (settings.norm_timely_rate_over_filed) or published in the period;
//  norm_conformity_rate 规范率 = filed in the period and not returned / filed in the period;
//  norm_review_rate 合法性审核率 = published in the period after a passed 合法性审核 (on or before
//    the publication) / published in the period.
std::vector<Indicator> NormativeIndicators(std::span<const NormativeDocument> docs, const Period& period, Date as_of,
                                           const WorkingCalendar& calendar, const LedgerSettings& settings);

}  // namespace fazhi::domain
