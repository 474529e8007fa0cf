// http/handlers/audit_handlers.cc — the audit log for the 审计员 (audit_read only):
//   GET audit?from=&to=&actor=&action=&entity=&entityId=  newest first, paged;
//   GET audit/verify  the whole chain checked: {intact, rows, headSeq, headHash, brokenSeq,
//                     reason, message} (the same check as `fazhi audit verify`).
#include "http/handlers/handlers.h"
#include "http/handlers/history.h"
#include "http/handlers/list_json.h"
#include "service/json/page_json.h"
#include "service/audit_service.h"

namespace fazhi::http {
namespace {

core::Result<Response> ListAudit(Exchange& ex) {
  store::AuditFilter filter;
  ASSIGN_OR_RETURN(filter.from, ex.QueryDate("from"));
  ASSIGN_OR_RETURN(filter.to, ex.QueryDate("to"));
  filter.actor_username = ex.QueryText("actor");
  filter.action = ex.QueryText("action");
  filter.entity = ex.QueryText("entity");
  ASSIGN_OR_RETURN(filter.entity_id, ex.QueryInt("entityId", 1, INT64_MAX));
  ASSIGN_OR_RETURN(filter.township_id, TownshipFilter(ex));
  ASSIGN_OR_RETURN(filter.page, ex.Paging({"seq", "at"}));
  ASSIGN_OR_RETURN(auto page, service::ListAudit(ex.ctx, ex.scope(), filter));
  return Response::Json(200, service::json::PageToJson(page, AuditEntryJson));
}

core::Result<Response> VerifyAudit(Exchange& ex) {
  ASSIGN_OR_RETURN(store::AuditVerifyResult r, service::VerifyAudit(ex.ctx, nullptr));
  return Response::Json(200, {{"intact", r.intact},
                              {"rows", r.rows},
                              {"headSeq", r.head_seq},
                              {"headHash", r.head_hash},
                              {"brokenSeq", r.broken_seq},
                              {"reason", std::string(store::AuditBreakCode(r.reason))},
                              {"message", ex.lang == "en" ? r.message_en : r.message_zh}});
}

}  // namespace

void AddAuditRoutes(std::vector<Route>& routes) {
  using service::Permission;
  routes.push_back({"GET", "/api/v1/audit", Access::kPermission, Permission::kAuditRead,
                    BodyKind::kNone, ListAudit});
  routes.push_back({"GET", "/api/v1/audit/verify", Access::kPermission, Permission::kAuditRead,
                    BodyKind::kNone, VerifyAudit});
}

}  // namespace fazhi::http
