// service/ledger_support.h — the steps every ledger's Record*/Update* shares (internal to
// src/service): the township checks made before anything else, the settings of a township,
// and writing a record together with its audit row (before/after, unmasked) in one
// transaction.
//
// Contract: as service/ledger_service.h — a refused or failed change writes nothing, not
// even its audit row. Not thread-safe (one ServiceContext).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/settings.h"
#include "service/audit_service.h"
#include "service/json/masking.h"
#include "service/json/mediation_json.h"
#include "service/json/officer_json.h"
#include "service/json/decision_json.h"
#include "service/json/normative_json.h"
#include "service/json/penalty_json.h"
#include "service/json/power_json.h"
#include "service/json/petition_json.h"
#include "service/service_context.h"
#include "store/scope.h"

namespace fazhi::service::ledger_support {

// kInvalidArgument(field): "<what>不属于本乡镇（街道）".
core::Error WrongTownship(const char* field, const char* what_zh, const char* what_en);

// The record's township must be one the caller may write to (checked before anything else,
// so a clerk learns nothing about another township's records): kPermissionDenied outside the
// scope, kInvalidArgument "townshipId" for a region that is not a township.
core::Status CheckTownshipInScope(ServiceContext& ctx, const store::Scope& scope,
                                  std::int64_t township_id);

// An update may not move a record to another township (kInvalidArgument "townshipId").
core::Status RequireSameTownship(std::int64_t stored, std::int64_t updated, const char* what_zh,
                                 const char* what_en);

// The settings that apply to a township's records (its county's own, else deployment-wide).
core::Result<domain::LedgerSettings> SettingsOf(ServiceContext& ctx, std::int64_t township_id);

// The record as the audit log keeps it: every field, unmasked.
template <class T>
std::string AuditJsonOf(const T& record) {
  return AuditJson(json::ToJson(record, json::Masking::None()));
}

// Creates a record with `create` and writes its audit row, in one transaction.
template <class T, class Create>
core::Result<T> CreateAudited(ServiceContext& ctx, std::string_view entity, Create&& create) {
  T stored;
  RETURN_IF_ERROR(ctx.db->InTransaction([&]() -> core::Status {
    ASSIGN_OR_RETURN(stored, create());
    return RecordAudit(ctx, audit::kCreate, entity, stored.id, stored.township_id, std::nullopt,
                       AuditJsonOf(stored));
  }));
  return stored;
}

// Reads the stored record, checks the change against it, updates and writes the audit row
// (before and after), all in one transaction.
template <class T, class Get, class Check, class Update>
core::Result<T> UpdateAudited(ServiceContext& ctx, std::string_view entity, Get&& get,
                              Check&& check, Update&& update) {
  T stored;
  RETURN_IF_ERROR(ctx.db->InTransaction([&]() -> core::Status {
    ASSIGN_OR_RETURN(T existing, get());
    RETURN_IF_ERROR(check(existing));
    ASSIGN_OR_RETURN(stored, update());
    return RecordAudit(ctx, audit::kUpdate, entity, stored.id, stored.township_id,
                       AuditJsonOf(existing), AuditJsonOf(stored));
  }));
  return stored;
}

}  // namespace fazhi::service::ledger_support
