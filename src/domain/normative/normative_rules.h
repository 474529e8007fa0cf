// domain/normative/normative_rules.h — the rules of the 行政规范性文件 ledger (domain-rules.md
// §9 NORM-01…09): the registration questionnaire, the workflow's hard gates, the validity
// period, deadlines, warnings, alerts and the §17 indicators.
//
// Contract:
//  * ValidateNormativeDocument checks the fields (kInvalidArgument naming the first one:
//    title, dates not in the future and in workflow order, 文号 once published, signer,
//    reviewer and opinion, an urgent reason, a return reason, a cleanup date for a document no
//    longer in force).
//  * CheckNormativeRules returns the FIRST hard rule the document breaks as kFailedPrecondition
//    "NORM-xx：…（依据）" naming the field: NORM-01 not a 规范性文件 by the questionnaire;
//    NORM-03 集体讨论 without a passed 合法性审核 before it, signature without 集体讨论,
//    publication without signature, 备案 before publication; NORM-02 a review passed although
//    the draft creates a 许可/处罚/强制/收费 or reduces rights without basis; NORM-06 a
//    validity beyond settings.norm_validity_years (暂行/试行: norm_trial_validity_years).
//  * NormativeWarnings (non-blocking): NORM-04 a review beyond norm_review_max_workdays;
//    NORM-07 in force sooner than norm_effective_delay_days after publication without an
//    urgent reason; NORM-09 published more than 20 working days after signature; NORM-05 filed
//    late, or not filed with the deadline passed; the county's return not yet corrected;
//    NORM-06 expiring within norm_validity_alert_months, or expired while in force.
//  * Alerts: domain/alerts/alerts.h (NormativeAlerts); indicators:
//    domain/indicators/normative_indicators.h.
//  * "today" and the calendar are passed in. Pure; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/calendar/deadline.h"
#include "domain/calendar/working_calendar.h"
#include "domain/common.h"
#include "domain/normative/normative.h"
#include "domain/settings.h"

namespace fazhi::domain {

// NORM-01: the questionnaire says it is a 规范性文件.
bool IsNormativeDocument(const NormativeDocument& d);

core::Status ValidateNormativeDocument(const NormativeDocument& d, Date today);
core::Status CheckNormativeRules(const NormativeDocument& d, const LedgerSettings& settings);

// The deadlines, each once its start is known: review (NORM-04, working days from submission),
// publication (NORM-09, 20 working days from signature), filing (NORM-05, days from
// publication), and the validity's evaluation start (NORM-06, months before valid_until).
struct NormDeadlines {
  std::optional<DeadlineResult> review;
  std::optional<DeadlineResult> publication;
  std::optional<DeadlineResult> filing;
  std::optional<Date> evaluation_from;
};
core::Result<NormDeadlines> ComputeNormDeadlines(const NormativeDocument& d, const WorkingCalendar& calendar,
                                                 const LedgerSettings& settings);

std::vector<RuleFinding> NormativeWarnings(const NormativeDocument& d, Date today,
                                           const WorkingCalendar& calendar, const LedgerSettings& settings);

}  // namespace fazhi::domain
