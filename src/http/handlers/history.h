// http/handlers/history.h — a ledger record's change history (its audit-log rows) for the
// people who may read the record: GET {base}/{id}/history.
//
// Contract: the record must be visible to the caller (else 404, like the record itself);
// the rows are those of that entity and id within the caller's scope, newest first, paged
// ({items,total}); each row has seq, at (UTC), actor, action, before and after (objects).
#pragma once

#include <functional>
#include <string>

#include "http/route.h"
#include "store/audit_repository.h"

namespace fazhi::http {

using VisibilityCheck = std::function<core::Status(Exchange&, std::int64_t id)>;
Handler HistoryHandler(std::string entity, VisibilityCheck check);

nlohmann::json AuditEntryJson(const store::AuditEntry& entry);

}  // namespace fazhi::http
