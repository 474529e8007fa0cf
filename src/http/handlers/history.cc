// http/handlers/history.cc — see history.h.
#include "http/handlers/history.h"

#include "http/handlers/list_json.h"
#include "service/json/page_json.h"
#include "service/audit_service.h"

namespace fazhi::http {
namespace {

nlohmann::json ParsedOrNull(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
  return j.is_discarded() ? nlohmann::json(*text) : j;
}

}  // namespace

nlohmann::json AuditEntryJson(const store::AuditEntry& e) {
  return {{"seq", e.seq},
          {"at", e.at},
          {"actorUserId", e.actor_user_id},
          {"actorUsername", e.actor_username},
          {"actorRole", e.actor_role},
          {"ip", e.ip},
          {"requestId", e.request_id},
          {"action", e.action},
          {"entity", e.entity},
          {"entityId", e.entity_id},
          {"townshipId", e.township_id ? nlohmann::json(*e.township_id) : nlohmann::json()},
          {"before", ParsedOrNull(e.before_json)},
          {"after", ParsedOrNull(e.after_json)},
          {"prevHash", e.prev_hash},
          {"hash", e.hash}};
}

Handler HistoryHandler(std::string entity, VisibilityCheck check) {
  return [entity, check](Exchange& ex) -> core::Result<Response> {
    ASSIGN_OR_RETURN(std::int64_t id, ex.PathId());
    RETURN_IF_ERROR(check(ex, id));
    store::AuditFilter filter;
    filter.entity = entity;
    filter.entity_id = id;
    ASSIGN_OR_RETURN(filter.page, ex.Paging({"seq", "at"}));
    ASSIGN_OR_RETURN(auto page, service::ListAudit(ex.ctx, ex.scope(), filter));
    return Response::Json(200, service::json::PageToJson(page, AuditEntryJson));
  };
}

}  // namespace fazhi::http
