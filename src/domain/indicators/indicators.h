// domain/indicators/indicators.h — the computed indicators of the 人民调解 and 信访 ledgers
// (domain-rules.md §17) and the count figures the annual report states next to them.
//
// Contract:
//  * An Indicator is a core::Rate (numerator and denominator, never a bare percentage; a zero
//    denominator displays "—"), its exact definition, and provenance: the ids of the records
//    counted in the numerator and in the denominator (ascending). Mediation indicators list
//    MediationCase ids (agreements are counted through their case), except 化解率, which
//    lists ScreenedDispute ids. Petition indicators list Petition ids.
//  * A Period is a closed date interval [from, to]; "in the period" means from ≤ date ≤ to.
//    `as_of` is the report date: an event after as_of is not known and never counted.
//  * Definitions are the system's specification (§17, UNVERIFIED unless noted); the choices
//    the county may change are in LedgerSettings (see docs/rules.md).
//  * Records are taken as given (validated or not); a record missing the date a definition
//    needs is simply not counted.
// Pure functions of their inputs; thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/rate.h"
#include "domain/calendar/working_calendar.h"
#include "domain/mediation/mediation.h"
#include "domain/petition/petition.h"
#include "domain/settings.h"

namespace fazhi::domain {

struct Period {
  Date from{};  // inclusive
  Date to{};    // inclusive
  bool Contains(Date d) const { return d.ok() && from <= d && d <= to; }
};

// 1 January – 31 December of `year` (§17: the period is a calendar year unless stated).
Period YearPeriod(int year);

// The indicator parameters are the ledger settings (terminated_in_success_denominator,
// basic_satisfaction_counts).
using IndicatorSettings = LedgerSettings;

struct Indicator {
  std::string code;     // stable: "med_success_rate"
  std::string module;   // "mediation" | "petition"
  std::string name_zh;  // "调解成功率"
  std::string name_en;  // "Mediation success rate"
  core::Rate rate;
  std::string numerator_zh;    // "调解成功件数"
  std::string denominator_zh;  // "调解结案件数"
  std::string definition;      // the exact definition used, zh-CN, with the settings applied
  std::vector<std::int64_t> numerator_ids;
  std::vector<std::int64_t> denominator_ids;
};

// A count or sum the report states ("人民调解211件"), with the records behind it.
struct Figure {
  std::string code;     // stable: "med_cases_concluded"
  std::string name_zh;  // "调解结案件数"
  std::int64_t value = 0;
  std::string unit;               // "件", "次", "人次", "个", "名", "元"
  std::vector<std::int64_t> ids;  // the records counted (ascending)
  // For unit "元" the value is in 分 (money is always int64 分); DisplayValue() divides.
  bool money = false;
  std::string DisplayValue() const;  // "211", "12345.5"
};

// In this order:
//  med_dispute_resolution_rate 矛盾纠纷化解率 = screened disputes found in the period whose
//    status is resolved with resolved_on ≤ as_of / screened disputes found in the period
//    (found_on ≤ as_of).
//  med_success_rate 调解成功率 = cases concluded in the period (concluded_on ≤ as_of) with
//    outcome success and an agreement (written or oral) / cases concluded in the period with
//    outcome success, failed, or terminated (the last only when
//    settings.terminated_in_success_denominator). Open cases never count.
//  med_performance_rate 调解协议履行率 = agreements effective in the period whose performance
//    is "performed" (performed_on, when given, ≤ as_of) / agreements effective in the period
//    (effective_on ≤ as_of), of successful cases.
//  med_confirmation_application_rate 司法确认申请率 = written agreements effective in the
//    period with a 司法确认 application on or before as_of / written agreements effective in
//    the period.
std::vector<Indicator> MediationIndicators(std::span<const MediationCase> cases,
                                           std::span<const ScreenedDispute> disputes,
                                           const Period& period, Date as_of,
                                           const IndicatorSettings& settings);

// In this order (every petition counted is non-diverted unless stated):
//  pet_closure_rate 办结率 = petitions accepted in the period (accepted_on ≤ as_of), not
//    diverted, closed on or before as_of / petitions accepted in the period, not diverted.
//  pet_on_time_closure_rate 按期办结率 = of the denominator, those closed on or before their
//    handling deadline (60 days + approved extension ≤ 30 + excluded time, PET-08) / accepted,
//    non-diverted petitions closed in the period (closed_on ≤ as_of), plus those whose
//    deadline fell in the period and had passed by as_of (due < as_of) whether closed or not.
//  pet_timely_acceptance_rate 及时受理率 = of the denominator, those acknowledged, accepted,
//    diverted or (assigned matters) objected to on or before the 15-day notice deadline
//    (PET-05/06) / petitions received in the period (received_on ≤ as_of), diverted ones
//    included, except those whose petitioner's name or address is unclear and that have no
//    such act recorded (第23条: no notice owed).
//  pet_rating_rate 参评率 = petitions closed in the period with a satisfaction rating
//    (rated_on, when given, ≤ as_of) / petitions closed in the period (closed_on ≤ as_of).
//  pet_satisfaction_rate 群众满意率 = rated ones rated 满意 (plus 基本满意 when
//    settings.basic_satisfaction_counts) / rated ones (the 参评率 numerator).
std::vector<Indicator> PetitionIndicators(std::span<const Petition> petitions, const Period& period,
                                          Date as_of, const WorkingCalendar& calendar,
                                          const IndicatorSettings& settings);

// Counts for the report, in this order (unit in brackets; "in the period" and ≤ as_of):
//  med_cases_accepted (件) — cases accepted;  med_cases_by_start_application /
//  _proactive / _referral (件) — accepted, by how they started (MED-05);
//  med_cases_concluded (件), med_cases_success (件), med_cases_failed (件),
//  med_cases_terminated (件) — concluded, by outcome;  med_cases_open (件) — accepted on or
//  before as_of and still open on as_of (not period-bound);
//  med_agreements_written (件), med_agreements_oral (件) — agreements effective;
//  med_agreement_amount (元, value in 分) — their 协议涉及金额;
//  med_confirmations_applied (件), med_confirmations_confirmed (件) — 司法确认 applied /
//  confirmed (decided_on) in the period;
//  med_prevented_criminal (件), med_prevented_group_petition (件) — concluded cases flagged
//  防止民转刑 / 防止群体性上访;
//  med_disputes_screened (件), med_disputes_resolved (件), med_disputes_transferred (件),
//  med_disputes_open (件) — disputes found in the period, by status on as_of (resolved /
//  transferred only when resolved_on ≤ as_of);
//  med_committees (个) — committees established on or before the period end;
//  med_mediators (名) — mediators appointed on or before the period end and not dismissed
//  before its end.
std::vector<Figure> MediationFigures(std::span<const MediationCase> cases,
                                     std::span<const ScreenedDispute> disputes,
                                     std::span<const MediationCommittee> committees,
                                     std::span<const Mediator> mediators, const Period& period,
                                     Date as_of);

// Counts for the report, in this order:
//  pet_received (件) and pet_received_online / _letter / _phone / _fax / _visit (件) —
//  received in the period, by channel (PET-01);  pet_received_assigned (件) — of which
//  passed down;  pet_group_visits (次) and pet_group_visit_people (人次) — visits of more
//  than one person;  pet_urgent (件);  pet_accepted (件);  pet_diverted (件) — diverted in the
//  period;  pet_closed (件) and pet_closed_support / _explain / _reject (件);
//  pet_extended (件) — closed or open petitions whose extension was approved in the period;
//  pet_overdue_open (件) — accepted, non-diverted, not closed on as_of and past the handling
//  deadline (not period-bound);  pet_reviews (件), pet_re_reviews (件) — requested in the
//  period;  pet_concluded_final (件) — 复核 replied in the period;
//  pet_leader_receptions (次), pet_leader_reception_visitors (人次) — 领导接访 in the period
//  (ids: LeaderReception ids);  pet_lead_cases (件) — petitions a leader took charge of
//  (包案) in the period.
std::vector<Figure> PetitionFigures(std::span<const Petition> petitions,
                                    std::span<const LeaderReception> receptions,
                                    const Period& period, Date as_of,
                                    const WorkingCalendar& calendar);

}  // namespace fazhi::domain
