// domain/mediation/mediation_rules.h — the rules of the 人民调解 ledger (domain-rules.md §8,
// MED-01…MED-12; 人民调解法 2010, in force 2011-01-01): field validation of committees,
// mediators, screened disputes and mediation cases; the MED-01 roster check; non-blocking
// warnings; allowed outcome transitions; and the two deadlines of a case (MED-10 typical
// limit, MED-09 司法确认 window).
//
// Contract:
//  * Validate* return core::Ok() or the FIRST problem found as kInvalidArgument, with `field`
//    set (camelCase, with a path for nested records: "parties[1].idNumber",
//    "agreement.terms") and a Chinese and an English message that both name the field.
//    Checks run in a fixed, documented order (the order of the fields on the form).
//  * Check*/ *Warnings return every finding (RuleFinding with rule code, severity, field,
//    zh/en messages and legal basis); an empty vector means nothing to report.
//  * Deadline functions return the engine's DeadlineResult (legal basis, provisional flag)
//    or kFailedPrecondition when the event the period runs from has not happened.
//  * "today" / "on" is always passed in (the injected clock); nothing reads the system time.
// Pure functions of their inputs; thread-safe.
#pragma once

#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/calendar/deadline.h"
#include "domain/calendar/working_calendar.h"
#include "domain/common.h"
#include "domain/mediation/mediation.h"
#include "domain/settings.h"

namespace fazhi::domain {

// The deadline rules used here are the catalogue's (domain/calendar/statutory_rules.h):
// MediationTypicalLimitRule (MED-10, amount replaced by the setting) and
// JudicialConfirmationWindowRule (MED-09).

// ---- committees (MED-01, MED-02) ----

// Field checks of a committee and its member list, in order: name; level/village (a village
// committee names its village, a township committee does not); establishedOn (set, not after
// today); termStart, termEnd (set, end after start); each member: name, ethnicity, member term
// (end not before start). The composition rules are in CheckCommitteeRoster.
core::Status ValidateCommittee(const MediationCommittee& committee, Date today);

// MED-01 (人民调解法 第8–9条, VERIFIED-L) on the members serving on `on` (a member serves when
// its term_start, if set, is not after `on` and its term_end, if set, is not before it):
//  * 3–9 members                                   (error, field "members")
//  * exactly one 主任                               (error, field "members")
//  * at least one woman; a warning instead of an error when some genders are unknown
//  * a member of a smaller ethnic group when multi_ethnic_area (error); a warning when some
//    ethnicities are blank
//  * the committee term is at most 3 years          (error, field "termEnd")
//  * the term has not ended before `on` (换届 due)  (error, field "termEnd")
std::vector<RuleFinding> CheckCommitteeRoster(const MediationCommittee& committee, Date on);
// CheckCommitteeRoster without the "term has ended" finding (the alerts report term expiry
// against its date instead).
std::vector<RuleFinding> CheckCommitteeComposition(const MediationCommittee& committee, Date on);

// ---- mediators (MED-04) ----

// In order: name; idNumber (VAL-01 when given; the mediator must be an adult, 第14条, on
// appointedOn); phone (when given); appointedOn (set, not after today); dismissedOn (not before
// appointedOn, not after today); trainingHours (≥ 0).
core::Status ValidateMediator(const Mediator& mediator, Date today);

// ---- screened disputes (MED-12) ----

// A 矛盾纠纷排查 round (MED-12): heldOn required and not in the future; organiser and scope
// required (who screened, and where: "全镇", "某村"); notes up to the caller's limits.
core::Status ValidateScreeningRound(const ScreeningRound& round, Date today);

// In order: foundOn (set, not after today); category (a known MED-11 code or label); summary;
// partiesCount (≥ 2: a dispute has two sides); then status consistency:
//  * open: no route, no resolvedOn, no transferredTo; a mediationCaseId is allowed (the
//    dispute is under mediation);
//  * resolved: route and resolvedOn required, resolvedOn in [foundOn, today], no transferredTo;
//    a mediationCaseId only with route "mediation";
//  * transferred: transferredTo and resolvedOn (the transfer date) required, no route, no
//    mediationCaseId.
core::Status ValidateScreenedDispute(const ScreenedDispute& dispute, Date today);

// ---- mediation cases (MED-05…MED-10) ----

// In order: caseNo; category; acceptedOn (set, not after today); summary; referredBy (required
// for a referral); amountFen (≥ 0); parties (at least 2; each: name; a person has no uscc and a
// valid idNumber when given; an organisation has no idNumber and a valid uscc when given; a
// valid phone when given); outcome/concludedOn (open: no concludedOn and no agreement;
// concluded: concludedOn in [acceptedOn, today]); terminationReason (required for failed and
// terminated); agreement (required for success, forbidden otherwise) and its fields:
// effectiveOn in [acceptedOn, today]; terms (written: the agreed terms, 第29条; oral: the
// mediator records the content, 第28条); amountFen ≥ 0; performanceDue not before
// effectiveOn; performedOn only and always when performed, in [effectiveOn, today];
// lastFollowupOn in [effectiveOn, today]; 司法确认 only for a written agreement: appliedOn in
// [effectiveOn, today] with a court; result none ⇔ no application; confirmed/rejected need
// decidedOn in [appliedOn, today]; decidedOn only with a decision.
core::Status ValidateMediationCase(const MediationCase& mediation_case, Date today);

// Non-blocking findings on a case that passed ValidateMediationCase:
//  * MED-10 (warning): open past the typical limit, or concluded after it, without the
//    parties' consent to continue; (info) past it with consent;
//  * MED-09 (warning): 司法确认 applied after the 30-day window (the court may refuse);
//  * MED-07 (warning): oral agreement with amount ≥ settings.oral_agreement_warn_amount_fen;
//  * MED-08 (warning): performance due has passed, not performed, and no 回访 since the due
//    date; (info) performed but never followed up;
//  * MED-06 (info): no mediator recorded;
//  * CAL-09 (info): a deadline used here falls in a year without a holiday table.
std::vector<RuleFinding> MediationWarnings(const MediationCase& mediation_case, Date today,
                                           const WorkingCalendar& calendar,
                                           const LedgerSettings& settings);

// Allowed outcome changes: unchanged → Ok; open → success/failed/terminated → Ok; a concluded
// case is final: concluded → open only when `reopen` (an explicit 重新开启, which clears the
// conclusion), concluded → another concluded outcome never (reopen first). Otherwise
// kFailedPrecondition naming both outcomes.
core::Status CheckOutcomeTransition(MediationOutcome from, MediationOutcome to,
                                    bool reopen = false);

// MED-10: settings.mediation_typical_limit_days calendar days from acceptedOn.
core::Result<DeadlineResult> MediationTypicalDeadline(const MediationCase& mediation_case,
                                                      const WorkingCalendar& calendar,
                                                      const LedgerSettings& settings);

// MED-09: 30 calendar days from the agreement's effective_on. kFailedPrecondition when the
// case has no agreement or the agreement is oral (司法确认 needs a written 调解协议书).
core::Result<DeadlineResult> JudicialConfirmationDeadline(const MediationCase& mediation_case,
                                                          const WorkingCalendar& calendar);

}  // namespace fazhi::domain
