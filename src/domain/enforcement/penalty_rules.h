// domain/enforcement/penalty_rules.h — the rules of the 行政执法案件 ledger (domain-rules.md §4
// PEN-02…PEN-20, §5 LEP-03/06/07): which stage a case may reach, what it needs there, and the
// deadlines and warnings that follow from its dates.
//
// Contract:
//  * ValidatePenaltyCase checks the fields and that the case holds what its stage needs; it
//    returns core::Ok() or the FIRST problem as kInvalidArgument with `field` set (camelCase,
//    nested as "parties[1].idNumber", "legalReview.reviewedOn") and zh/en messages naming it.
//  * CheckPenaltyRules runs on a case that passed ValidatePenaltyCase and returns the FIRST
//    rule the case breaks at the stage it has reached as kFailedPrecondition, `field` set to
//    the field to fix, the message starting with the rule code and ending with the article:
//    "PEN-08：……（《中华人民共和国行政处罚法》第44条、第62条）". These are the moves the law
//    forbids: fewer than two officers with a certificate valid that day (PEN-02); a decision
//    without a served 告知 or a recorded waiver, before the statement period ends, or before a
//    requested hearing (PEN-08, PEN-12); a hearing request after 5 working days or a hearing
//    notified fewer than 7 working days ahead or chaired by an investigator (PEN-12); no hearing
//    right told for a 较大数额 or heavy sanction (PEN-12); a decision without a passed 法制审核
//    when a trigger or the catalogue requires one (PEN-10, LEP-07); without 集体讨论 when
//    required (PEN-11); heavier than the 告知 (PEN-09); beyond the 简易程序 limits (PEN-15);
//    a penalty after the limitation period (PEN-20); electronic service without consent
//    (PEN-14).
//  * CheckStageMove: a case moves forward to any stage whose needs it meets; it goes back only
//    from 法制审核 or 集体讨论 to 调查取证 or 告知 after a 修改后提交/不同意 review, and never back
//    from 决定 or later.
//  * "today" and the calendar are always passed in (the injected clock). Pure functions of
//    their inputs; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/calendar/deadline.h"
#include "domain/calendar/working_calendar.h"
#include "domain/common.h"
#include "domain/enforcement/officer.h"
#include "domain/enforcement/penalty_case.h"
#include "domain/settings.h"

namespace fazhi::domain {

// LEP-07: one entry of the 重大执法决定 catalogue: a decision of this kind (for this matter
// type, or any) at or above the amount (for 罚款/没收; 0 = any amount) needs 法制审核. A
// township's own catalogue is data (review_catalogue.h validates an entry); entries that are
// not active are ignored.
struct ReviewCatalogueEntry {
  std::int64_t id = 0;              // 0: an entry of the default catalogue
  std::int64_t township_id = 0;
  std::string matter_type;          // empty: every matter type
  PenaltyKind kind = PenaltyKind::kFine;
  std::int64_t min_person_fen = 0;  // threshold when a party is a natural person
  std::int64_t min_org_fen = 0;     // threshold when every party is an organisation
  std::string description;          // "罚款数额较大（自然人1万元以上）"
  std::string basis;                // 依据: "《重庆市重大行政执法决定法制审核目录》第2项"
  bool active = true;               // false: taken out of the catalogue (kept for its history)
};
// The default catalogue: 罚款 and 没收 at or above the review thresholds of `settings`; 吊销,
// 降低资质, 责令停产停业, 责令关闭, 限制从业, 行政拘留 always.
std::vector<ReviewCatalogueEntry> DefaultReviewCatalogue(const LedgerSettings& settings);

struct PenaltyRuleInputs {
  const WorkingCalendar& calendar;
  Date today{};
  const LedgerSettings& settings;
  std::span<const EnforcementOfficer> officers;       // the township's register (PEN-02)
  std::span<const ReviewCatalogueEntry> catalogue;    // LEP-07; DefaultReviewCatalogue if none is active
};

core::Status ValidatePenaltyCase(const PenaltyCase& c, Date today);
core::Status CheckPenaltyRules(const PenaltyCase& c, const PenaltyRuleInputs& in);
// One document of case `c` (in the case or about to be added): title, a record date not in
// the future, a stage the case has reached (or, sent back by the review, the review's and
// the discussion's), a SHA-256 of 64 hex digits when set. Fields are prefix + "title" ….
core::Status ValidateCaseDocument(const PenaltyCase& c, const CaseDocument& d, std::string_view prefix,
                                  Date today);
core::Status CheckStageMove(CaseStage from, const PenaltyCase& to);

// Officers of the case holding a certificate valid on `on` and in post that day (CERT-01).
int CertifiedOfficersOn(const PenaltyCase& c, std::span<const EnforcementOfficer> officers, Date on);

// True when a party is a natural person (the lower thresholds of PEN-12, PEN-15, LEP-07 apply).
bool HasPersonParty(const PenaltyCase& c);
// PEN-12: the terms are a 较大数额 fine or confiscation, or a sanction that always carries the
// right to a hearing (降低资质, 吊销, 限制生产经营, 停产停业, 责令关闭, 限制从业, 其他较重).
bool HearingRightRequired(const PenaltyCase& c, const PenaltyTerms& terms,
                          const LedgerSettings& settings);
// PEN-10 / LEP-07: why 法制审核 is required for the case (the zh reason), or nullopt.
std::optional<std::string> LegalReviewRequiredBecause(const PenaltyCase& c,
                                                      const PenaltyRuleInputs& in);
// PEN-11: 集体讨论 is required (情节复杂 or 重大违法行为).
bool CollectiveDiscussionRequired(const PenaltyCase& c);
// PEN-09: `decided` is heavier than `proposed`: a heavier kind, a kind not proposed that is not
// lighter than every proposed one, or a larger fine or confiscation.
bool HeavierThan(const PenaltyTerms& decided, const PenaltyTerms& proposed);

// LEP-06: the stages the case went through that have no document or evidence: 立案, 调查取证
// (普通程序), 告知 (when served), 决定, 送达 and 执行 (when executed), each once reached.
std::vector<CaseStage> StagesMissingRecords(const PenaltyCase& c);

// The deadlines of a case, each when its start is known:
//  * decision (PEN-06): 90 days from 立案 with the approved extensions and excluded intervals;
//  * hearingRequest (PEN-12): 5 working days from the 告知;
//  * service (PEN-14): 7 working days from the decision;
//  * publication (LEP-03): 7 working days from a 行政处罚/行政许可 decision, 20 for the other
//    categories, when publication is required and the outcome is a penalty;
//  * payment (PEN-16): 15 days from service of a fine;
//  * limitationEnds (PEN-20): act date + 2 years (5 with grave harm), the last day a lead may
//    be discovered.
struct PenaltyDeadlines {
  std::optional<DeadlineResult> decision;
  std::optional<DeadlineResult> hearing_request;
  std::optional<DeadlineResult> service;
  std::optional<DeadlineResult> publication;
  std::optional<Date> payment_due;
  std::optional<Date> limitation_ends;
};
core::Result<PenaltyDeadlines> ComputePenaltyDeadlines(const PenaltyCase& c,
                                                       const WorkingCalendar& calendar);

// Non-blocking findings for a case that passed ValidatePenaltyCase and CheckPenaltyRules:
//  * PEN-03 (warning): an officer with no certificate number recorded as shown;
//  * PEN-10 (warning): a first-time legal reviewer without 法律职业资格 (第58条第2款);
//  * VAL-03: a party's age on the act date (under 14: no penalty; under 18: lighter);
//  * PEN-06 (warning when overdue, info when due within settings.alert_soon_days): undecided;
//  * PEN-14 (warning): decided, not served, the service deadline passed;
//  * LEP-03 (warning): decided, not published, the publication deadline passed;
//  * PEN-16 (info): a fine served more than 15 days ago and not executed;
//  * PEN-20 (warning): an undecided case whose limitation ends within
//    settings.penalty_limitation_alert_days;
//  * LEP-06 (warning): a closed case without a document for a stage it went through.
std::vector<RuleFinding> PenaltyCaseWarnings(const PenaltyCase& c, const PenaltyRuleInputs& in);

}  // namespace fazhi::domain
