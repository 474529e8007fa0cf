// core/rate.h — an indicator value: numerator and denominator, never a bare percentage (§17).
//
// Contract: the percentage is rounded half up to 2 decimals (210/211 → 99.53). A zero
// denominator has no value and displays "—", never 100%. Display trims trailing zeros the
// way the reports write it: "99.53%", "99.5%", "100%".
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace fazhi::core {

struct Rate {
  std::int64_t numerator = 0;
  std::int64_t denominator = 0;

  // Hundredths of a percent, rounded half up: 210/211 → 9953. Empty when denominator is 0.
  std::optional<std::int64_t> Basispoints() const;
  // 99.53, or empty.
  std::optional<double> Percent() const;
  // "99.53%", "100%", or "—".
  std::string Display() const;
};

}  // namespace fazhi::core
