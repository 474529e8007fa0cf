// service/officer_service.h — the 行政执法人员 register: recording, updating and reading
// officers with their certificates, exams and trainings (domain/enforcement/officer_rules.h).
//
// Contract (as service/ledger_service.h):
//  * RecordOfficer/UpdateOfficer validate every field (kInvalidArgument naming it, nothing
//    written), check the township against the scope first, write the officer and its
//    children in one transaction with one audit row ("enforcement_officer"), and return the
//    stored record with the non-blocking OfficerWarnings on ctx.clock's today.
//  * Reads take the caller's scope (outside it: kNotFound).
//  * ListOfficers filters by township, text and in-post in the store; a certificate-standing
//    filter (valid, expiring, expired, …, on today with the township's county settings) is
//    applied after loading and the page cut from the filtered list.
//  * OfficerSettings: the settings for an officer's standing (domain::OfficerStandingOn) and
//    the exam pass mark.
#pragma once

#include <cstdint>
#include <optional>

#include "core/result.h"
#include "domain/enforcement/officer.h"
#include "domain/enforcement/officer_rules.h"
#include "service/ledger_service.h"
#include "service/service_context.h"
#include "store/officer_repository.h"
#include "store/scope.h"

namespace fazhi::service {

core::Result<Recorded<domain::EnforcementOfficer>> RecordOfficer(ServiceContext& ctx,
                                                                 const store::Scope& scope,
                                                                 domain::EnforcementOfficer officer);
core::Result<Recorded<domain::EnforcementOfficer>> UpdateOfficer(ServiceContext& ctx,
                                                                 const store::Scope& scope,
                                                                 domain::EnforcementOfficer officer);
core::Result<domain::EnforcementOfficer> GetOfficer(ServiceContext& ctx, const store::Scope& scope,
                                                    std::int64_t id);

struct OfficerQuery {
  store::OfficerFilter filter;  // in_post_on is set to today by ListOfficers
  std::optional<domain::CertificateStanding> certificate;
};
core::Result<store::Page<domain::EnforcementOfficer>> ListOfficers(ServiceContext& ctx,
                                                                   const store::Scope& scope,
                                                                   OfficerQuery query);

// The settings that apply to a township's officers (its county's, else deployment-wide).
core::Result<domain::LedgerSettings> OfficerSettings(ServiceContext& ctx, std::int64_t township_id);

}  // namespace fazhi::service
