// bench/bench_util.h — small helpers shared by the benchmarks in bench/*_bench.cc.
//
// Contract: header-only, no state. EnvOr returns the environment variable's value, or the
// fallback when it is unset or empty. CalendarDir is $FAZHI_CALENDAR_DIR when set, else the
// source tree's data/calendar (FAZHI_SOURCE_DIR is defined by bench/CMakeLists.txt).
// LoadCalendarOrDie and OpenContextOrDie print the error (zh and en) to stderr and exit(2):
// a benchmark cannot measure anything without them. Not thread-safe (getenv).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "core/clock.h"
#include "core/error.h"
#include "service/service_context.h"
#include "store/calendar_files.h"

namespace fazhi::bench {

inline std::string EnvOr(const char* name, const std::string& fallback = "") {
  const char* value = std::getenv(name);
  return value && *value ? std::string(value) : fallback;
}

inline std::string CalendarDir() {
  return EnvOr("FAZHI_CALENDAR_DIR", std::string(FAZHI_SOURCE_DIR) + "/data/calendar");
}

[[noreturn]] inline void Die(const std::string& what, const core::Error& error) {
  std::fprintf(stderr, "%s: %s / %s\n", what.c_str(), error.message.c_str(),
               error.message_en.c_str());
  std::exit(2);
}

inline domain::WorkingCalendar LoadCalendarOrDie() {
  auto calendar = store::LoadCalendarDir(CalendarDir());
  if (!calendar) Die("load calendar " + CalendarDir(), calendar.error());
  return std::move(*calendar);
}

// Opens (and migrates, when asked) the database at `url` with the real calendar.
inline service::ServiceContext OpenContextOrDie(const std::string& url, const core::Clock& clock,
                                                bool migrate = false) {
  auto ctx = service::OpenServiceContext({url, CalendarDir(), migrate}, clock);
  if (!ctx) Die("open " + url, ctx.error());
  return std::move(*ctx);
}

}  // namespace fazhi::bench
