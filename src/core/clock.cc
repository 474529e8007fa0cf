// core/clock.cc — see clock.h.
#include "core/clock.h"

#include <fmt/format.h>

#include <chrono>

namespace fazhi::core {
namespace {
std::string FormatUtc(std::chrono::system_clock::time_point tp) {
  auto secs = std::chrono::floor<std::chrono::seconds>(tp);
  auto day = std::chrono::floor<std::chrono::days>(secs);
  std::chrono::year_month_day ymd{day};
  std::chrono::hh_mm_ss hms{secs - day};
  return fmt::format("{} {:02d}:{:02d}:{:02d}", FormatDate(ymd), hms.hours().count(),
                     hms.minutes().count(), hms.seconds().count());
}
}  // namespace

Date SystemClock::Today() const {
  auto now = std::chrono::system_clock::now() + std::chrono::hours{8};
  return Date{std::chrono::floor<std::chrono::days>(now)};
}

std::string SystemClock::NowUtc() const { return FormatUtc(std::chrono::system_clock::now()); }

std::string FixedClock::NowUtc() const {
  return FormatUtc(std::chrono::sys_days(today_) - std::chrono::hours{8});
}

}  // namespace fazhi::core
