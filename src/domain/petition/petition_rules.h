// domain/petition/petition_rules.h — the rules of the 信访 ledger (domain-rules.md §7, PET-01…
// PET-15; 信访工作条例, in force 2022-05-01): field validation of a petition, its statutory
// deadlines (告知, 异议, 办理, 复查, 复核) as DeadlineResults with legal basis, duplicate
// detection (PET-11/12) and non-blocking warnings.
//
// Decisions where the 条例 leaves a choice (documented in docs/rules.md):
//  * Required content (PET-02, 第19条): the request and the facts are always required. The
//    reasons are required for written channels (信息网络, 书信, 传真); for oral ones (走访,
//    电话), recorded by staff, a missing reason is only a warning.
//  * Identity: a visit (走访) records the petitioner's name and address, except for a
//    检举控告类 matter, whose informant may stay anonymous. A letter, call, fax or online
//    petition may lack them; the petitioner's identity is then "unclear" (empty name or
//    address) and the 15-day written notice is not owed (第23条), which is a warning.
//  * Group visits (PET-03, 第20条): more than 5 people in a visit need 1–5 representatives;
//    representatives never exceed 5 nor the group size.
//  * Periods of 15/30/60 days are calendar days rolled to the next working day; the objection
//    period is 5 working days (CAL-07, the catalogue in domain/calendar/statutory_rules.h).
//  * A diverted matter (第31条(1)–(5)) is not handled under 第31条(6): it has no closing date,
//    outcome, extension or review; it is excluded from 办结率 (§17).
//
// Contract: ValidatePetition returns core::Ok() or the FIRST problem as kInvalidArgument
// with `field` set (camelCase; nested: "extension.approver", "review.repliedOn",
// "excluded[0]") and messages in Chinese and English naming the field. Deadline functions
// return kFailedPrecondition when the event the period runs from has not happened (or the
// period does not apply). Everything takes "today" / the calendar as inputs.
// Pure functions of their inputs; thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/calendar/deadline.h"
#include "domain/calendar/working_calendar.h"
#include "domain/common.h"
#include "domain/petition/petition.h"
#include "domain/settings.h"

namespace fazhi::domain {

// ---- derived facts ----

// The petitioner's name and address are both given (第23条: the notice is owed only then).
bool PetitionerIdentityClear(const Petition& p);
// Diverted to a legal channel (第31条(1)–(5)): diversion != kNone.
bool IsDiverted(const Petition& p);
// The 15-day written notice is owed: identity clear and not objected to as outside the
// township's remit.
bool AcknowledgementRequired(const Petition& p);
// 复核 replied: the matter is 终结 (第36条) — the value concluded_final must have.
bool ShouldBeConcludedFinal(const Petition& p);
// Sets the derived fields (concluded_final) from the record. Idempotent.
void NormalizePetition(Petition& p);

// ---- validation ----

// In order: regNo; receivedOn (set, not after today); assignedBy (for an assigned matter);
// petitionerName and address (a visit needs both unless it is 检举控告类); idNumber and phone
// (valid when given); groupSize (≥ 1); representatives (0…5, ≤ groupSize; a visit of more
// than 5 needs 1–5, 第20条); request; facts; reasons (written channels); acknowledgedOn
// (in [receivedOn, today]); acceptedOn (in [receivedOn, today]); objectedOn (only for an
// assigned matter, in [receivedOn, today]); leadAssignedOn (needs leadLeader; in
// [receivedOn, today]); diversion (not for 建议意见类; divertedOn in [receivedOn, today];
// a diverted matter has no closedOn/outcome/extension/review, and divertedOn only with a
// diversion); extension (needs acceptedOn; 1–30 days, 第34条; approver, approvedOn in
// [acceptedOn, today], reason); excluded intervals (need acceptedOn; from ≤ to; from not
// before acceptedOn; a reason); closedOn (needs acceptedOn; in [acceptedOn, today]; needs an
// outcome, and an outcome needs closedOn); replyServedOn (after closure, in [closedOn,
// today]); satisfaction (only after closure) and ratedOn (with a rating, in [closedOn,
// today]); review (only after closure: requestedOn in [reply or closing date, today], organ,
// repliedOn in [requestedOn, today]; hearing intervals valid); reReview (only after a replied
// review; same checks from the review reply); concludedFinal (true exactly when the 复核 was
// replied); duplicateOf (not the record itself).
core::Status ValidatePetition(const Petition& p, Date today);

// 领导接访 (PET-14): leaderName and receivedOn (not in the future) required; visitors and
// matters not negative.
core::Status ValidateLeaderReception(const LeaderReception& reception, Date today);

// ---- deadlines (CAL-07: calendar days, objection in working days) ----

// PET-05 (第23条): 15 days from receivedOn. Computed even when not owed; callers check
// AcknowledgementRequired.
core::Result<DeadlineResult> AcknowledgementDeadline(const Petition& p,
                                                     const WorkingCalendar& calendar);
// PET-05 (第23条): an assigned matter outside the remit is objected to within 5 working days
// of receipt. kFailedPrecondition for a directly received petition.
core::Result<DeadlineResult> ObjectionDeadline(const Petition& p, const WorkingCalendar& calendar);
// PET-08 (第34条): 60 days from acceptedOn, plus the approved extension (at most 30 days:
// a longer one is counted as 30 with a warning; one without an approver is not counted,
// with a warning), plus the excluded intervals. kFailedPrecondition when not accepted or
// diverted.
core::Result<DeadlineResult> HandlingDeadline(const Petition& p, const WorkingCalendar& calendar);
// PET-10 (第35条): the petitioner may request 复查 within 30 days of receiving the reply
// (replyServedOn; closedOn when the service date is missing, with a warning).
core::Result<DeadlineResult> ReviewRequestDeadline(const Petition& p,
                                                   const WorkingCalendar& calendar);
// PET-10 (第35条): the reviewing organ replies within 30 days of the request. The 条例 does
// not exclude hearing time here, so review.hearing is not deducted.
core::Result<DeadlineResult> ReviewReplyDeadline(const Petition& p,
                                                 const WorkingCalendar& calendar);
// PET-11 (第36条): 复核 requested within 30 days of the 复查 reply.
core::Result<DeadlineResult> ReReviewRequestDeadline(const Petition& p,
                                                     const WorkingCalendar& calendar);
// PET-11 (第36条): replied within 30 days of the request, hearing time (reReview.hearing)
// not counted.
core::Result<DeadlineResult> ReReviewReplyDeadline(const Petition& p,
                                                   const WorkingCalendar& calendar);

// ---- duplicates (PET-11, PET-12) ----

// Similarity of two requests in percent (0–100): the Dice coefficient of their character
// bigrams after removing white space and punctuation (ASCII and CJK). Texts of one character
// compare by equality; two empty texts are 0.
int RequestSimilarityPercent(std::string_view a, std::string_view b);

// Whether `existing` is "in hand" on `on` (第19条第3款, 第36条): accepted on or before `on`
// and not diverted, and either not yet closed on `on`, within the 复查 or 复核 request window
// or under review, or 终结 (a matter concluded after 复核 is never accepted again on the same
// facts and reasons).
bool PetitionInHand(const Petition& existing, Date on, const WorkingCalendar& calendar);

// Ids of the records in `existing` that `incoming` duplicates: the same petitioner (equal ID
// numbers, or — when either ID number is missing — equal name and address, both given),
// a request at least settings.duplicate_similarity_percent similar, and the existing matter
// in hand on incoming.received_on. The incoming record itself (same non-zero id) is skipped.
// Ascending ids.
std::vector<std::int64_t> FindDuplicatePetitions(const Petition& incoming,
                                                 std::span<const Petition> existing,
                                                 const WorkingCalendar& calendar,
                                                 const LedgerSettings& settings);

// ---- warnings ----

// Non-blocking findings on a petition that passed ValidatePetition:
//  * PET-05 (warning): identity unclear, no notice owed; notice given late; objection late;
//  * PET-02 (info): reasons missing on an oral petition;
//  * PET-08 (warning): closed after the handling deadline; extension approved after the
//    original deadline; (warning) petitioner not told of the extension (第34条);
//  * PET-09 (info): closed but the reply has not been served;
//  * PET-10/PET-11 (warning): review requested after its 30-day window; (info) a reply given
//    after its deadline;
//  * PET-12 (warning): marked as a duplicate (duplicateOf) yet accepted again;
//  * CAL-09 (info): a deadline reaches a year without a holiday table.
std::vector<RuleFinding> PetitionWarnings(const Petition& p, Date today,
                                          const WorkingCalendar& calendar);

}  // namespace fazhi::domain
