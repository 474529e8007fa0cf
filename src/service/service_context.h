// service/service_context.h — what every use case needs: the open database, the working-day
// calendar, the ledger settings and the clock.
//
// Contract: OpenServiceContext opens the database named by the URL, loads the holiday
// tables (calendar_dir empty: the default search, docs/calendar.md) and, when `migrate` is
// true, applies pending migrations; otherwise a database behind the binary's schema is a
// kFailedPrecondition telling the user to run `fazhi migrate`. The context owns the database;
// the clock is borrowed and must outlive it. Not thread-safe (one context per thread).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>

#include "core/clock.h"
#include "core/result.h"
#include "domain/calendar/working_calendar.h"
#include "domain/settings.h"
#include "store/database.h"
#include "store/session_repository.h"

namespace fazhi::service {

// Who is acting: written into every audit-log row (service/audit_service.h). The HTTP layer
// sets it per request from the session; the CLI leaves the default "cli" system actor.
struct Actor {
  std::int64_t user_id = 0;       // 0: not a user account (CLI, demo, system task)
  std::string username = "cli";
  std::string role = "system";    // a domain::RoleCode, or "system"
  std::string request_id;         // HTTP request id, empty on the CLI
  std::string ip;                 // client address, empty on the CLI
};

// Session rows Authenticate has read, by token hash, valid while the database's change token
// (store::Database::ChangeToken) is the one they were read under: a session or its user only
// changes by a write (login, touch, logout, disabling, password reset), which moves the
// token and drops them all. At most kMaxRows rows; then it starts again.
struct SessionLookupCache {
  static constexpr std::size_t kMaxRows = 1024;
  std::string change_token;
  std::unordered_map<std::string, store::SessionWithUser> rows;
};

struct ServiceContext {
  std::unique_ptr<store::Database> db;
  std::shared_ptr<const domain::WorkingCalendar> calendar;
  domain::LedgerSettings settings;  // deployment-wide; a county's own: LedgerSettingsFor
  const core::Clock* clock = nullptr;
  Actor actor;  // the current caller; reset per request by the server
  // Set when the database connection was lost (kUnavailable): the server reopens the
  // context before its next request.
  bool broken = false;
  SessionLookupCache session_cache;  // Authenticate's (service/auth_service.h)
};

struct OpenOptions {
  std::string db_url;
  std::string calendar_dir;  // empty: default search
  bool migrate = false;      // apply pending migrations instead of failing
};

core::Result<ServiceContext> OpenServiceContext(const OpenOptions& options,
                                                const core::Clock& clock);

}  // namespace fazhi::service
