// service/audit_service.h — writing, listing and verifying the audit log
// (store/audit_repository.h; PRODUCT.md §3.4: every change, append-only, hash-chained).
//
// Contract:
//  * RecordAudit writes one row for a change: who (ctx.actor: user id, username, role, ip,
//    request id), when (ctx.clock->NowUtc(), UTC), what (action, entity, entity_id, the
//    record's township for scoped history) and the record before/after as JSON (nullopt for
//    none: before of a create, after of a delete). It belongs in the change's transaction,
//    as the LAST step:
//        ctx.db->InTransaction([&]() -> core::Status {
//          ASSIGN_OR_RETURN(stored, repo.Create(scope, record));
//          return RecordAudit(ctx, audit::kCreate, audit::kMediationCase, stored.id,
//                             stored.township_id, std::nullopt, AuditJson(json::ToJson(…)));
//        });
//    so the change and its row commit or roll back together. Called outside a transaction
//    it opens its own (for events that change nothing else: sign-ins, exports).
//    NEVER pass a password or a password hash (users: json::ToJson(domain::User) has none).
//  * RecordAuditBatch: many rows in one move of the chain's head (bulk imports), same rules.
//  * AuditJson: compact UTF-8 text of a JSON document (invalid UTF-8 replaced, never throws).
//  * ListAudit: store::AuditRepository::List (scope, filters, paging; newest first).
//    The history of one record: filter.entity + filter.entity_id with the caller's scope
//    (a township user sees only rows of their township).
//  * VerifyAudit: store::AuditRepository::Verify over the whole chain (no scope: the chain is
//    one). Broken is a result (intact = false), not an Error.
// Not thread-safe (one ServiceContext per thread).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "service/service_context.h"
#include "store/audit_repository.h"
#include "store/scope.h"

namespace fazhi::service {

// The words of the audit log (store/audit_repository.h): actions and entities.
namespace audit {
inline constexpr std::string_view kCreate = "create";
inline constexpr std::string_view kUpdate = "update";
inline constexpr std::string_view kDelete = "delete";
inline constexpr std::string_view kLogin = "login";
inline constexpr std::string_view kLoginFailed = "login_failed";
inline constexpr std::string_view kLogout = "logout";
inline constexpr std::string_view kLocked = "locked";
inline constexpr std::string_view kUnlock = "unlock";
inline constexpr std::string_view kPasswordChange = "password_change";
inline constexpr std::string_view kImport = "import";
inline constexpr std::string_view kExport = "export";
inline constexpr std::string_view kSettingsSet = "settings_set";
inline constexpr std::string_view kDemo = "demo";

inline constexpr std::string_view kMediationCommittee = "mediation_committee";
inline constexpr std::string_view kMediator = "mediator";
inline constexpr std::string_view kScreeningRound = "screening_round";
inline constexpr std::string_view kScreenedDispute = "screened_dispute";
inline constexpr std::string_view kMediationCase = "mediation_case";
inline constexpr std::string_view kEnforcementOfficer = "enforcement_officer";
inline constexpr std::string_view kPenaltyCase = "penalty_case";
inline constexpr std::string_view kNormativeDocument = "normative_document";
inline constexpr std::string_view kMajorDecision = "major_decision";
inline constexpr std::string_view kDecisionCatalogueItem = "decision_catalogue_item";
inline constexpr std::string_view kReviewCatalogueEntry = "review_catalogue_entry";
inline constexpr std::string_view kPowerItem = "power_item";
inline constexpr std::string_view kPetition = "petition";
inline constexpr std::string_view kLeaderReception = "leader_reception";
inline constexpr std::string_view kUser = "user";
inline constexpr std::string_view kRegion = "region";
inline constexpr std::string_view kDepartment = "department";
inline constexpr std::string_view kSetting = "setting";
inline constexpr std::string_view kSession = "session";
}  // namespace audit

std::string AuditJson(const nlohmann::json& document);

// The row RecordAudit would write (actor and time from ctx), for RecordAuditBatch.
store::AuditEntry MakeAuditEntry(const ServiceContext& ctx, std::string_view action,
                                 std::string_view entity, std::int64_t entity_id,
                                 std::optional<std::int64_t> township_id,
                                 std::optional<std::string> before_json,
                                 std::optional<std::string> after_json);

core::Status RecordAudit(ServiceContext& ctx, std::string_view action, std::string_view entity,
                         std::int64_t entity_id, std::optional<std::int64_t> township_id,
                         std::optional<std::string> before_json,
                         std::optional<std::string> after_json);
core::Status RecordAuditBatch(ServiceContext& ctx, std::vector<store::AuditEntry> entries);

core::Result<store::Page<store::AuditEntry>> ListAudit(ServiceContext& ctx,
                                                       const store::Scope& scope,
                                                       const store::AuditFilter& filter);
core::Result<store::AuditVerifyResult> VerifyAudit(ServiceContext& ctx,
                                                   const store::AuditProgress& progress = {});

}  // namespace fazhi::service
