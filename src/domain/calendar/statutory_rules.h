// domain/calendar/statutory_rules.h — the national statutory deadline rules the ledgers
// use, each with its legal basis (CAL-07, PET, MED, PEN, LEP).
//
// Contract: every function returns a reference to a process-wide constant DeadlineRule
// (initialised on first use, thread-safe, never destroyed before exit). The units follow
// CAL-07: a period the text writes as "N个工作日" — or that 行政处罚法 第85条 makes one —
// is in working days; a plain "N日" is in calendar days (for 信访工作条例 that reading is
// UNVERIFIED, see docs/calendar.md). Deployments that follow a stricter local or sector rule
// build their own DeadlineRule; these are the national defaults. FindStatutoryRule returns
// nullptr for an unknown code.
#pragma once

#include <string_view>
#include <vector>

#include "domain/calendar/deadline.h"

namespace fazhi::domain {

// ---- 信访工作条例 (2022-05-01施行) ----
// PET-05: a petition received directly — written notice within 15 days of receipt (第23条).
const DeadlineRule& PetitionAcknowledgeRule();
// PET-05: a matter passed down that is outside the township's remit — object within 5
// working days (第23条).
const DeadlineRule& PetitionObjectionRule();
// PET-06: a 信访部门 routes a matter within 15 days of receipt (第22条).
const DeadlineRule& PetitionRoutingRule();
// PET-08: handling of a 第31条(6) matter, 60 days from 受理 (第34条); the 负责人 may extend
// it by at most kPetitionMaxExtensionDays, telling the petitioner why.
const DeadlineRule& PetitionHandlingRule();
inline constexpr int kPetitionMaxExtensionDays = 30;
// PET-10: 复查 — requested within 30 days of receiving the written reply; replied within
// 30 days (第35条).
const DeadlineRule& PetitionReviewRequestRule();
const DeadlineRule& PetitionReviewReplyRule();
// PET-11: 复核 — requested within 30 days of the 复查 reply; replied within 30 days, hearing
// time not counted (pass it as an ExcludedInterval) (第36条).
const DeadlineRule& PetitionReReviewRequestRule();
const DeadlineRule& PetitionReReviewReplyRule();

// ---- 人民调解 ----
// MED-10: a mediation is generally concluded within one month — 30 days, advisory (a
// warning, not a block) (人民调解工作若干规定 第33条).
const DeadlineRule& MediationTypicalLimitRule();
// MED-09: the parties apply jointly for 司法确认 within 30 days of the agreement taking
// effect (人民调解法 第33条).
const DeadlineRule& JudicialConfirmationWindowRule();

// ---- 行政处罚法 (2021-07-15施行) ----
// PEN-06: decision within 90 days of 立案 (第60条).
const DeadlineRule& PenaltyDecisionRule();
// PEN-07: decision on evidence registered and held (先行登记保存) within 7 working days
// (第56条, 第85条).
const DeadlineRule& EvidenceHoldDecisionRule();
// PEN-12: the party requests a hearing within 5 working days of the 告知 (第64条第1项).
const DeadlineRule& HearingRequestRule();
// PEN-12: the hearing is notified at least 7 working days before it is held (第64条第2项).
const DeadlineRule& HearingNoticeRule();
// PEN-14: a decision not handed over on the spot is served within 7 working days (第61条).
const DeadlineRule& PenaltyServiceRule();

// ---- 行政执法公示制度 (国办发〔2018〕118号) ----
// LEP-03: 行政许可 and 行政处罚 decisions published within 7 working days of the decision.
const DeadlineRule& PenaltyPublicationRule();
// LEP-03: other enforcement decisions published within 20 working days of the decision.
const DeadlineRule& EnforcementPublicationRule();

// Every rule above, in the order listed.
const std::vector<const DeadlineRule*>& AllStatutoryRules();
// The rule with that code ("PET-08"), or nullptr.
const DeadlineRule* FindStatutoryRule(std::string_view code);

}  // namespace fazhi::domain
