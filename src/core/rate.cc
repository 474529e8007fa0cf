// core/rate.cc — see rate.h.
#include "core/rate.h"

#include <fmt/format.h>

namespace fazhi::core {

std::optional<std::int64_t> Rate::Basispoints() const {
  if (denominator <= 0) return std::nullopt;
  // round half up of numerator * 10000 / denominator, in exact integer arithmetic
  return (numerator * 20000 + denominator) / (2 * denominator);
}

std::optional<double> Rate::Percent() const {
  auto bp = Basispoints();
  if (!bp) return std::nullopt;
  return static_cast<double>(*bp) / 100.0;
}

std::string Rate::Display() const {
  auto bp = Basispoints();
  if (!bp) return "—";
  std::int64_t whole = *bp / 100, frac = *bp % 100;
  if (frac == 0) return fmt::format("{}%", whole);
  if (frac % 10 == 0) return fmt::format("{}.{}%", whole, frac / 10);
  return fmt::format("{}.{:02d}%", whole, frac);
}

}  // namespace fazhi::core
