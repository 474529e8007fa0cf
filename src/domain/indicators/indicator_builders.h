// domain/indicators/indicator_builders.h — the accumulators every indicator file shares:
// Counter (a rate with the ids of its numerator and denominator), FigureBuilder (a count or
// sum with its ids), the "as of" date tests and the period sentence of a definition.
// Internal to src/domain/indicators. Plain value types; not thread-safe (one per computation).
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/indicators/indicators.h"

namespace fazhi::domain::indicator_builders {

inline bool OnOrBefore(std::optional<Date> d, Date as_of) { return d && d->ok() && *d <= as_of; }
inline bool OnOrBefore(Date d, Date as_of) { return d.ok() && d <= as_of; }

// Accumulates one rate with its provenance.
class Counter {
 public:
  void Denominator(std::int64_t id) { den_.push_back(id); }
  void Numerator(std::int64_t id) { num_.push_back(id); }

  Indicator Build(std::string code, std::string module, std::string name_zh, std::string name_en,
                  std::string numerator_zh, std::string denominator_zh, std::string definition) {
    std::sort(num_.begin(), num_.end());
    std::sort(den_.begin(), den_.end());
    Indicator i;
    i.code = std::move(code);
    i.module = std::move(module);
    i.name_zh = std::move(name_zh);
    i.name_en = std::move(name_en);
    i.rate.numerator = static_cast<std::int64_t>(num_.size());
    i.rate.denominator = static_cast<std::int64_t>(den_.size());
    i.numerator_zh = std::move(numerator_zh);
    i.denominator_zh = std::move(denominator_zh);
    i.definition = std::move(definition);
    i.numerator_ids = std::move(num_);
    i.denominator_ids = std::move(den_);
    return i;
  }

 private:
  std::vector<std::int64_t> num_, den_;
};

// Accumulates one figure.
struct FigureBuilder {
  Figure figure;
  FigureBuilder(std::string code, std::string name_zh, std::string unit, bool money = false) {
    figure.code = std::move(code);
    figure.name_zh = std::move(name_zh);
    figure.unit = std::move(unit);
    figure.money = money;
  }
  void Count(std::int64_t id) {
    ++figure.value;
    figure.ids.push_back(id);
  }
  void Add(std::int64_t id, std::int64_t amount) {
    figure.value += amount;
    figure.ids.push_back(id);
  }
  Figure Done() {
    std::sort(figure.ids.begin(), figure.ids.end());
    return std::move(figure);
  }
};

inline std::string PeriodText(const Period& p, Date as_of) {
  return fmt::format("统计期间{}至{}，截至{}", core::FormatDate(p.from), core::FormatDate(p.to),
                     core::FormatDate(as_of));
}

}  // namespace fazhi::domain::indicator_builders
