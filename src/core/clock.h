// core/clock.h — the injected clock. Every rule that depends on "today" takes a Clock so
// tests are exact (FixedClock). Thread-safe: implementations are immutable.
#pragma once

#include <string>

#include "core/date.h"

namespace fazhi::core {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Date Today() const = 0;           // local (Asia/Shanghai) calendar date
  virtual std::string NowUtc() const = 0;   // "YYYY-MM-DD HH:MM:SS", UTC
};

// Real time. Today() is the date in UTC+8 (China has one time zone, no DST).
class SystemClock final : public Clock {
 public:
  Date Today() const override;
  std::string NowUtc() const override;
};

// A clock stopped at one date (00:00 UTC+8 of that date), for tests and `--on DATE`.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(Date today) : today_(today) {}
  Date Today() const override { return today_; }
  std::string NowUtc() const override;

 private:
  Date today_{};
};

}  // namespace fazhi::core
