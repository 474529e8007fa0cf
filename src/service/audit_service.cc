// service/audit_service.cc — see audit_service.h.
#include "service/audit_service.h"

#include <utility>

#include "core/clock.h"

namespace fazhi::service {

std::string AuditJson(const nlohmann::json& document) {
  return document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

store::AuditEntry MakeAuditEntry(const ServiceContext& ctx, std::string_view action,
                                 std::string_view entity, std::int64_t entity_id,
                                 std::optional<std::int64_t> township_id,
                                 std::optional<std::string> before_json,
                                 std::optional<std::string> after_json) {
  store::AuditEntry e;
  e.at = ctx.clock != nullptr ? ctx.clock->NowUtc() : core::SystemClock().NowUtc();
  e.actor_user_id = ctx.actor.user_id;
  e.actor_username = ctx.actor.username;
  e.actor_role = ctx.actor.role;
  e.ip = ctx.actor.ip;
  e.request_id = ctx.actor.request_id;
  e.action = std::string(action);
  e.entity = std::string(entity);
  e.entity_id = entity_id;
  e.township_id = township_id;
  e.before_json = std::move(before_json);
  e.after_json = std::move(after_json);
  return e;
}

core::Status RecordAuditBatch(ServiceContext& ctx, std::vector<store::AuditEntry> entries) {
  if (!ctx.db->InTransactionNow()) {
    return ctx.db->InTransaction(
        [&]() -> core::Status { return RecordAuditBatch(ctx, std::move(entries)); });
  }
  store::AuditRepository repo(*ctx.db);
  RETURN_IF_ERROR(repo.AppendAll(std::move(entries)));
  return core::Ok();
}

core::Status RecordAudit(ServiceContext& ctx, std::string_view action, std::string_view entity,
                         std::int64_t entity_id, std::optional<std::int64_t> township_id,
                         std::optional<std::string> before_json,
                         std::optional<std::string> after_json) {
  store::AuditEntry entry = MakeAuditEntry(ctx, action, entity, entity_id, township_id,
                                           std::move(before_json), std::move(after_json));
  if (!ctx.db->InTransactionNow()) {
    return ctx.db->InTransaction([&]() -> core::Status {
      store::AuditRepository repo(*ctx.db);
      RETURN_IF_ERROR(repo.Append(entry));
      return core::Ok();
    });
  }
  store::AuditRepository repo(*ctx.db);
  RETURN_IF_ERROR(repo.Append(entry));
  return core::Ok();
}

core::Result<store::Page<store::AuditEntry>> ListAudit(ServiceContext& ctx,
                                                       const store::Scope& scope,
                                                       const store::AuditFilter& filter) {
  store::AuditRepository repo(*ctx.db);
  return repo.List(scope, filter);
}

core::Result<store::AuditVerifyResult> VerifyAudit(ServiceContext& ctx,
                                                   const store::AuditProgress& progress) {
  store::AuditRepository repo(*ctx.db);
  return repo.Verify(progress);
}

}  // namespace fazhi::service
