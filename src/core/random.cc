// core/random.cc — see random.h.
#include "core/random.h"

#include <numeric>

namespace fazhi::core {

std::uint64_t DeterministicRandom::Next() {
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

std::int64_t DeterministicRandom::Between(std::int64_t lo, std::int64_t hi) {
  if (hi <= lo) return lo;
  auto span = static_cast<std::uint64_t>(hi - lo) + 1;
  return lo + static_cast<std::int64_t>(Next() % span);
}

bool DeterministicRandom::Chance(double percent) {
  return static_cast<double>(Next() % 1000000) < percent * 10000.0;
}

size_t DeterministicRandom::Weighted(const std::vector<int>& weights) {
  int total = std::accumulate(weights.begin(), weights.end(), 0);
  if (total <= 0) return 0;
  auto r = Between(0, total - 1);
  for (size_t i = 0; i < weights.size(); ++i) {
    r -= weights[i];
    if (r < 0) return i;
  }
  return weights.size() - 1;
}

}  // namespace fazhi::core
