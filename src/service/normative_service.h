// service/normative_service.h — the 行政规范性文件 ledger: recording and updating documents
// with the NORM rules, and reading them with their deadlines and warnings.
//
// Contract (as service/ledger_service.h): Record/Update check the township against the scope
// first, validate the fields (kInvalidArgument naming one), check the hard rules
// (kFailedPrecondition "NORM-xx：…"), write the document with one audit row
// ("normative_document") in one transaction, and return it with NormativeWarnings on today
// under the township's county settings. Reads take the caller's scope (outside it: kNotFound).
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.h"
#include "domain/normative/normative.h"
#include "domain/normative/normative_rules.h"
#include "service/ledger_service.h"
#include "service/service_context.h"
#include "store/normative_repository.h"
#include "store/scope.h"

namespace fazhi::service {

core::Result<Recorded<domain::NormativeDocument>> RecordNormativeDocument(ServiceContext& ctx,
                                                                          const store::Scope& scope,
                                                                          domain::NormativeDocument d);
core::Result<Recorded<domain::NormativeDocument>> UpdateNormativeDocument(ServiceContext& ctx,
                                                                          const store::Scope& scope,
                                                                          domain::NormativeDocument d);
core::Result<domain::NormativeDocument> GetNormativeDocument(ServiceContext& ctx, const store::Scope& scope,
                                                             std::int64_t id);
core::Result<store::Page<domain::NormativeDocument>> ListNormativeDocuments(ServiceContext& ctx,
                                                                            const store::Scope& scope,
                                                                            const store::NormativeFilter& filter);
// The deadlines of a document under its township's settings.
core::Result<domain::NormDeadlines> NormativeDeadlines(ServiceContext& ctx, const domain::NormativeDocument& d);

}  // namespace fazhi::service
