// core/random.h — a small deterministic generator (SplitMix64) for demo data and tests.
// The same seed gives the same sequence on every platform and compiler (unlike the
// std:: distributions). Not for secrets: use core/crypto.h RandomHex for those.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace fazhi::core {

class DeterministicRandom {
 public:
  explicit DeterministicRandom(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next();
  // Uniform in [lo, hi] (inclusive).
  std::int64_t Between(std::int64_t lo, std::int64_t hi);
  // True with probability percent/100.
  bool Chance(double percent);
  template <class T>
  const T& Pick(const std::vector<T>& items) {
    return items[static_cast<size_t>(Between(0, static_cast<std::int64_t>(items.size()) - 1))];
  }
  // Index chosen by integer weights.
  size_t Weighted(const std::vector<int>& weights);

 private:
  std::uint64_t state_;
};

}  // namespace fazhi::core
