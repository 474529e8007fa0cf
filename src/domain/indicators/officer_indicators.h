// domain/indicators/officer_indicators.h — the indicators and report figures of the
// 行政执法人员 register (domain-rules.md §17 持证率 and 培训达标率; CERT-01, CERT-05).
//
// Contract (as indicators.h): an Indicator is a rate with its definition and the ids of the
// EnforcementOfficer records in its numerator and denominator. The officers counted are those
// in an enforcement post on the evaluation day, which is the period's last day, or as_of
// when the report is made before the period ends (nothing after as_of is known).
// Pure functions of their inputs; thread-safe.
#pragma once

#include <span>
#include <vector>

#include "domain/enforcement/officer.h"
#include "domain/indicators/indicators.h"
#include "domain/settings.h"

namespace fazhi::domain {

// In this order:
//  cert_holding_rate 持证率 = officers in post on the evaluation day holding a certificate
//    valid that day / officers in post that day.
//  cert_training_rate 培训达标率 = officers in post on the evaluation day whose training hours
//    held in the period (on or before as_of) reach settings.cert_training_hours_target /
//    officers in post that day.
std::vector<Indicator> OfficerIndicators(std::span<const EnforcementOfficer> officers,
                                         const Period& period, Date as_of,
                                         const LedgerSettings& settings);

// Counts for the report, in this order: cert_officers (名) — in post on the evaluation day;
// cert_officers_certified (名) — of whom with a valid certificate; cert_legal_reviewers (名)
// — of whom legal reviewers; cert_training_hours (学时) — training hours held in the period
// by those officers; cert_certificates_expiring (名) — officers in post whose valid
// certificate expires within settings.cert_expiry_alert_days after the evaluation day.
std::vector<Figure> OfficerFigures(std::span<const EnforcementOfficer> officers,
                                   const Period& period, Date as_of,
                                   const LedgerSettings& settings);

}  // namespace fazhi::domain
