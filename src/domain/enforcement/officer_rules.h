// domain/enforcement/officer_rules.h — the rules of the 行政执法人员 register (domain-rules.md
// §6, CERT-01…CERT-05; 行政处罚法 第42条 for the two-certified-officer rule it feeds):
// field validation of an officer with certificates, exams and trainings; a certificate's state
// on a day; whether an officer is in post and holds a valid certificate on a day; training
// hours over a period; and the non-blocking findings shown on save.
//
// Contract:
//  * ValidateOfficer returns core::Ok() or the FIRST problem as kInvalidArgument with `field`
//    set (camelCase, nested as "certificates[1].expiresOn") and zh/en messages naming it.
//  * A certificate is valid on day D when issued_on ≤ D ≤ expires_on and no recorded status
//    (暂扣, 注销, 挂失, 过期) had taken effect by D (status_changed_on ≤ D, or no date).
//  * An officer is in post on D when in_post_from ≤ D and (no left_post_on or D < left_post_on).
//  * "today" / "on" is always passed in (the injected clock).
// Pure functions of their inputs; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/common.h"
#include "domain/enforcement/officer.h"
#include "domain/settings.h"

namespace fazhi::domain {

// In order: name; idNumber (VAL-01 when given; an adult on inPostFrom); phone (when given);
// agency; inPostFrom (set, not after today); leftPostOn (in [inPostFrom, today]); each
// certificate: number (unique within the officer), field, issuingAuthority, issuedOn (set,
// not after today), expiresOn (after issuedOn), statusChangedOn (required for a status other
// than 有效, in [issuedOn, today]; not allowed with 有效); each exam: takenOn (set, not after
// today), score 0…100; each training: heldOn (set, not after today), topic, hours 1…200.
core::Status ValidateOfficer(const EnforcementOfficer& officer, Date today);

// The certificate's state on `on`: a recorded status once it took effect, else 过期 after
// expires_on, else 有效 (also before issued_on: use CertificateValidOn for validity).
CertificateStatus CertificateStatusOn(const OfficerCertificate& certificate, Date on);
bool CertificateValidOn(const OfficerCertificate& certificate, Date on);

bool InPostOn(const EnforcementOfficer& officer, Date on);
// The certificate valid on `on` with the latest expiry (ties: the lowest id), or nullptr.
const OfficerCertificate* ValidCertificateOn(const EnforcementOfficer& officer, Date on);
// Σ hours of the trainings held in [from, to].
int TrainingHoursBetween(const EnforcementOfficer& officer, Date from, Date to);
bool ExamPassed(const OfficerExam& exam, const LedgerSettings& settings);

// What the register shows for an officer on `today`: in post or not, the certificate state —
// valid, expiring (valid, expiring within settings.cert_expiry_alert_days), or why there is no
// valid one (the state of the latest-expiring certificate issued by today: expired,
// suspended, cancelled, lost; none when no certificate was issued) — and this year's
// training hours against the target.
enum class CertificateStanding { kValid, kExpiring, kExpired, kSuspended, kCancelled, kLost, kNone };
std::string_view CertificateStandingCode(CertificateStanding s);  // valid|expiring|expired|…|none
std::string_view CertificateStandingLabelZh(CertificateStanding s);  // 有效|即将到期|已过期|暂扣|注销|挂失|无证
core::Result<CertificateStanding> ParseCertificateStanding(std::string_view code,
                                                           std::string_view field = "certificate");
struct OfficerStanding {
  bool in_post = false;
  CertificateStanding certificate = CertificateStanding::kNone;
  const OfficerCertificate* shown = nullptr;  // the valid one, else the latest issued, else null
  std::optional<std::int64_t> days_left;      // to shown->expires_on when valid
  int training_hours_this_year = 0;           // held from 1 January to today
  int training_hours_target = 0;
};
OfficerStanding OfficerStandingOn(const EnforcementOfficer& officer, Date today,
                                  const LedgerSettings& settings);

// Non-blocking findings for an officer that passed ValidateOfficer, on `today`:
//  * CERT-01 (warning): in post without a certificate valid today — may not enforce
//    (行政处罚法 第42条);
//  * CERT-03 (warning): the valid certificate expires within settings.cert_expiry_alert_days;
//  * CERT-02 (warning): holds a valid certificate but is not 在编在岗;
//  * PEN-10 (warning): a legal reviewer without 法律职业资格 (第58条第2款: required of a
//    first-time reviewer);
//  * CERT-02 (info): an exam part recorded below the pass mark with no later pass of that part.
std::vector<RuleFinding> OfficerWarnings(const EnforcementOfficer& officer, Date today,
                                         const LedgerSettings& settings);

}  // namespace fazhi::domain
