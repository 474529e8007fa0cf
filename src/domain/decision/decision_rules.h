// domain/decision/decision_rules.h — the rules of the 重大行政决策 ledger (domain-rules.md §10,
// 重大行政决策程序暂行条例): which procedures a decision needs, the hard gate before it may be
// marked decided, warnings, the 程序完备率 indicator and alerts.
//
// Contract:
//  * ValidateMajorDecision: fields (kInvalidArgument naming the first): title, drafting unit,
//    dates not in the future and in order (comment_to ≥ comment_from, hearing after its
//    materials, review after submission), the catalogue item when in the catalogue, a meeting
//    once decided, the legal risk statement of an exploratory reform.
//  * CheckDecisionRules: once decided_on is set (the decision is made), the FIRST missing step
//    is kFailedPrecondition "DEC-xx：…（《重大行政决策程序暂行条例》第N条）" naming the field:
//    DEC-05 no public participation (a comment period, or a recorded exception), a comment
//    period under 30 days without a published reason (第15条), hearing materials fewer than 7
//    days before the hearing (第16条); DEC-06 no 专家论证 of a technical matter; DEC-07 no 风险
//    评估 where stability or safety is at risk, or a risk not controllable; DEC-08 no passed
//    合法性审查 before the meeting (unless an exploratory reform states its legal risk); DEC-09
//    no 公平竞争审查 where market actors are affected. A 不予通过/暂缓 result still needs the steps
//    before the meeting.
//  * DecisionWarnings: DEC-03 目录外; DEC-08 fewer than 7 working days for the review; DEC-09 a
//    head deciding against the majority without a reason, not reported to the Party committee;
//    DEC-10 an approved decision not published, or without an executing unit.
//  * ProcedureComplete: every step the decision needs is evidenced (the 程序完备率 numerator).
// Pure; thread-safe.
#pragma once

#include <span>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/calendar/working_calendar.h"
#include "domain/common.h"
#include "domain/decision/decision.h"
#include "domain/indicators/indicators.h"

namespace fazhi::domain {

core::Status ValidateMajorDecision(const MajorDecision& d, Date today);
core::Status CheckDecisionRules(const MajorDecision& d, const WorkingCalendar& calendar);
std::vector<RuleFinding> DecisionWarnings(const MajorDecision& d, const WorkingCalendar& calendar);
bool ProcedureComplete(const MajorDecision& d, const WorkingCalendar& calendar);

// 程序完备率 (dec_procedure_rate) = decisions made (decided_on) in the period with every required
// step evidenced / decisions made in the period; nothing after as_of is known.
Indicator DecisionProcedureIndicator(std::span<const MajorDecision> decisions, const Period& period, Date as_of,
                                     const WorkingCalendar& calendar);

}  // namespace fazhi::domain
