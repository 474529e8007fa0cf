// service/power_service.h — the public catalogue of enforcement powers (LEP-01 事前公开): each
// township's powers with subject, category, basis, procedure and remedy, versioned with
// effective dates, and the public view of the catalogue in force on a day.
//
// Contract (as service/ledger_service.h): reads take the caller's scope (outside it: kNotFound).
//  * RecordPower: a new power (version 1; ValidatePowerItem, kInvalidArgument naming the field;
//    the code taken in the township is kConflict "code"), one audit row ("power_item").
//  * UpdatePower: corrects a version in place (typos, a note) — its code, version and
//    effective_from stay (kFailedPrecondition naming the field otherwise; a change of content
//    from a date is a revision).
//  * RevisePower(id, next): `id` must be the latest version (kFailedPrecondition "version"
//    otherwise); next becomes version + 1 with the same code (CheckRevision), and the current
//    version is closed the day before next takes effect — both rows and both audit rows in one
//    transaction. Returns the new version.
//  * ListPublicPowers: no caller scope (the public page): the powers of a county or township
//    (a 12-digit code; kNotFound when unknown) in force on `on`, by township and code.
#pragma once

#include <cstdint>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/enforcement/power_catalogue.h"
#include "domain/org/org.h"
#include "service/ledger_service.h"
#include "service/service_context.h"
#include "store/power_repository.h"
#include "store/scope.h"

namespace fazhi::service {

core::Result<Recorded<domain::PowerItem>> RecordPower(ServiceContext& ctx, const store::Scope& scope,
                                                      domain::PowerItem item);
core::Result<Recorded<domain::PowerItem>> UpdatePower(ServiceContext& ctx, const store::Scope& scope,
                                                      domain::PowerItem item);
core::Result<Recorded<domain::PowerItem>> RevisePower(ServiceContext& ctx, const store::Scope& scope,
                                                      std::int64_t id, domain::PowerItem next);
core::Result<domain::PowerItem> GetPower(ServiceContext& ctx, const store::Scope& scope, std::int64_t id);
core::Result<store::Page<domain::PowerItem>> ListPowers(ServiceContext& ctx, const store::Scope& scope,
                                                        const store::PowerFilter& filter);

struct PublicPowerCatalogue {
  domain::Region unit;
  core::Date on{};
  std::vector<std::pair<std::string, domain::PowerItem>> items;  // township name, version in force
};
core::Result<PublicPowerCatalogue> ListPublicPowers(ServiceContext& ctx, std::string_view unit_code, core::Date on);

}  // namespace fazhi::service
