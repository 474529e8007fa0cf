// service/service_context.cc — see service_context.h.
#include "service/service_context.h"

#include <fmt/format.h>

#include "service/calendar_service.h"
#include "service/settings_service.h"

namespace fazhi::service {

core::Result<ServiceContext> OpenServiceContext(const OpenOptions& options,
                                                const core::Clock& clock) {
  ServiceContext ctx;
  ctx.clock = &clock;
  ASSIGN_OR_RETURN(ctx.db, store::Database::Open(options.db_url));
  if (options.migrate) {
    RETURN_IF_ERROR(ctx.db->Migrate());
  } else {
    ASSIGN_OR_RETURN(int version, ctx.db->SchemaVersion());
    if (version < ctx.db->LatestSchemaVersion()) {
      return core::Fail(core::FailedPrecondition(
          fmt::format("数据库结构版本为 {}，程序需要 {}：请先运行 fazhi migrate", version,
                      ctx.db->LatestSchemaVersion()),
          fmt::format("database schema is at version {}, this program needs {}: run fazhi migrate first",
                      version, ctx.db->LatestSchemaVersion())));
    }
  }
  ASSIGN_OR_RETURN(auto calendar_options, CalendarOptionsFor(ctx));
  ASSIGN_OR_RETURN(ctx.calendar, LoadCalendar(options.calendar_dir, calendar_options));
  ASSIGN_OR_RETURN(ctx.settings, LedgerSettingsFor(ctx, store::Scope::System()));
  return ctx;
}

}  // namespace fazhi::service
