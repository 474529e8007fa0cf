// service/review_catalogue_service.h — a township's 重大执法决定法制审核目录 (LEP-07): the entries
// its enforcement rules use to decide which decisions need 法制审核 (PEN-10), kept as data.
//
// Contract (as service/ledger_service.h): Record/Update check the township against the scope,
// validate (ValidateReviewCatalogueEntry: kInvalidArgument naming the field), refuse the same
// matter type and kind as another entry of the township (kConflict "kind", naming it), and
// write with one audit row ("review_catalogue_entry") in one transaction. Entries are never
// deleted: one taken out is saved with active = false. Reads take the caller's scope.
//  * ReviewCatalogueFor: what the rules of `township_id` use — its active entries, or
//    DefaultReviewCatalogue(settings) when it has none (read with the system scope: the
//    caller has already been scoped to that township).
//  * StartFromDefault: a township without any entry gets the default catalogue as its own
//    entries (to edit from there), each written and audited; kFailedPrecondition when it has
//    entries already.
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.h"
#include "domain/enforcement/penalty_rules.h"
#include "domain/settings.h"
#include "service/ledger_service.h"
#include "service/service_context.h"
#include "store/review_catalogue_repository.h"
#include "store/scope.h"

namespace fazhi::service {

core::Result<std::vector<domain::ReviewCatalogueEntry>> ReviewCatalogueFor(ServiceContext& ctx,
                                                                           std::int64_t township_id,
                                                                           const domain::LedgerSettings& settings);

core::Result<Recorded<domain::ReviewCatalogueEntry>> RecordReviewEntry(ServiceContext& ctx, const store::Scope& scope,
                                                                       domain::ReviewCatalogueEntry entry);
core::Result<Recorded<domain::ReviewCatalogueEntry>> UpdateReviewEntry(ServiceContext& ctx, const store::Scope& scope,
                                                                       domain::ReviewCatalogueEntry entry);
core::Result<domain::ReviewCatalogueEntry> GetReviewEntry(ServiceContext& ctx, const store::Scope& scope,
                                                          std::int64_t id);
core::Result<store::Page<domain::ReviewCatalogueEntry>> ListReviewEntries(ServiceContext& ctx,
                                                                          const store::Scope& scope,
                                                                          const store::ReviewCatalogueFilter& filter);
core::Result<std::vector<domain::ReviewCatalogueEntry>> StartFromDefault(ServiceContext& ctx,
                                                                         const store::Scope& scope,
                                                                         std::int64_t township_id);

}  // namespace fazhi::service
