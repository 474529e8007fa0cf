// domain/alerts/alerts.h — what is due soon or overdue in the 人民调解 and 信访 ledgers on a
// given day (`fazhi alerts --on DATE`), each alert with its rule code, due date, days left
// and legal basis.
//
// Contract:
//  * Only acts still to be done are reported, and only when due soon (within soon_days,
//    inclusive) or overdue; met deadlines and far-off ones are not alerts.
//  * Severity: a statutory deadline overdue is kError and due soon kWarning; an advisory or
//    third-party deadline (MED-10 typical limit, 司法确认 window, performance, the reply of
//    the reviewing organ) is one step lower. MED-01 roster findings keep their severity.
//  * A roster finding (MED-01 composition) has due = `on`, days_left = 0, state kOverdue:
//    the requirement is unmet now.
//  * days_left = due − on in days (negative when overdue). provisional is the deadline's
//    CAL-09 flag.
//  * Sorted by due date, then severity (error first), code, record id.
// Pure functions of their inputs; thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "domain/calendar/deadline.h"
#include "domain/calendar/working_calendar.h"
#include "domain/common.h"
#include "domain/enforcement/officer.h"
#include "domain/enforcement/penalty_rules.h"
#include "domain/normative/normative.h"
#include "domain/mediation/mediation.h"
#include "domain/petition/petition.h"
#include "domain/settings.h"

namespace fazhi::domain {

struct Alert {
  std::string code;    // rule code: "PET-08", "MED-10", "MED-01"…
  std::string module;  // "mediation" | "petition"
  Severity severity = Severity::kWarning;
  std::string record_type;  // "petition" | "mediation_case" | "mediation_committee"
  std::int64_t record_id = 0;
  std::string record_ref;  // reg_no, case_no, or the committee name
  std::string title_zh;
  std::string title_en;
  Date due{};
  std::int64_t days_left = 0;  // negative when overdue
  DeadlineState state = DeadlineState::kPending;
  LegalBasis basis;
  bool provisional = false;
};

// Mediation alerts on `on` (soon = settings.alert_soon_days):
//  * MED-10: open cases reaching or past the typical limit without the parties' consent to
//    continue (info when due soon, warning when past);
//  * MED-09: written agreements with no 司法确认 application whose 30-day window closes soon
//    (info; a closed window is no longer actionable and is not reported);
//  * MED-08: agreements not performed whose performance date is near or past, with no 回访
//    on or after that date (info when due soon, warning when past);
//  * MED-01: committee terms ending within settings.committee_term_alert_days (warning) or
//    ended (error), and every composition finding of CheckCommitteeComposition.
std::vector<Alert> MediationAlerts(std::span<const MediationCommittee> committees,
                                   std::span<const MediationCase> cases, Date on,
                                   const WorkingCalendar& calendar, const LedgerSettings& settings);

// Petition alerts on `on`:
//  * PET-05: the 15-day written notice not yet given (owed: identity clear, not objected to;
//    not needed once closed or diverted, the diversion being notified itself);
//  * PET-05-OBJ: an assigned matter not yet accepted, acknowledged, diverted or objected to
//    whose 5-working-day objection window closes soon (info);
//  * PET-08: accepted, non-diverted, not closed — the handling deadline with the approved
//    extension and excluded time;
//  * PET-10 / PET-11: a 复查 / 复核 requested and not replied (hearing time excluded for 复核).
std::vector<Alert> PetitionAlerts(std::span<const Petition> petitions, Date on,
                                  const WorkingCalendar& calendar, int soon_days = 7);

// Enforcement officer alerts on `on`, for officers in post (record_type "enforcement_officer",
// module "enforcement"):
//  * CERT-03: the officer's valid certificate (the one with the latest expiry) expires within
//    settings.cert_expiry_alert_days (warning); the last certificate has expired and no other
//    is valid (error, due = its expiry);
//  * CERT-01: in post with no valid certificate for another reason (never issued, suspended,
//    cancelled, lost): error, due = `on`, days_left 0;
//  * CERT-05: from settings.cert_training_alert_days before 31 December, training hours held
//    this year below settings.cert_training_hours_target (info, due 31 December).
std::vector<Alert> OfficerAlerts(std::span<const EnforcementOfficer> officers, Date on,
                                 const LedgerSettings& settings);

// Enforcement case alerts on `on` (in.today), record_type "penalty_case", module
// "enforcement", soon = in.settings.alert_soon_days:
//  * a stored case that breaks CheckPenaltyRules (recorded before a setting changed, or
//    loaded in bulk): error under the rule's code (PEN-02, PEN-08…), due = `on`;
//  * PEN-06: not closed, the 90-day decision deadline (extensions, excluded intervals) until
//    decided;
//  * PEN-14: not closed, the 7-working-day service deadline until served;
//  * LEP-03: a penalty decision to publish, the 7 (许可/处罚) or 20 working-day publication
//    deadline until published (closed cases too);
//  * PEN-16: a fine served, not executed, the 15-day payment date (lowered);
//  * PEN-20: undecided, the limitation period ending within
//    settings.penalty_limitation_alert_days (warning) or ended (error).
std::vector<Alert> PenaltyCaseAlerts(std::span<const PenaltyCase> cases, Date on,
                                     const PenaltyRuleInputs& in);

// 规范性文件 alerts on `on` (record_type "normative_document", module "normative"), soon =
// settings.alert_soon_days: NORM-04 the review, NORM-09 the publication and NORM-05 the filing
// while undone (domain/normative/normative_rules.h deadlines); NORM-05 a return not corrected
// (warning, due = the return date); NORM-06 a document in force from its evaluation date
// (warning, due = valid_until) and once expired (error).
std::vector<Alert> NormativeAlerts(std::span<const NormativeDocument> docs, Date on,
                                   const WorkingCalendar& calendar, const LedgerSettings& settings);

// The ordering described above; stable for equal keys.
void SortAlerts(std::vector<Alert>& alerts);

}  // namespace fazhi::domain
