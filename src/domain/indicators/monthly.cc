// domain/indicators/monthly.cc — see monthly.h.
#include "domain/indicators/monthly.h"

namespace fazhi::domain {
namespace {

void Count(MonthlySeries& series, const std::optional<Date>& date, int year, Date as_of) {
  if (!date || !date->ok() || core::YearOf(*date) != year || as_of < *date) return;
  series.values[static_cast<unsigned>(date->month()) - 1] += 1;
}

}  // namespace

std::vector<MonthlySeries> MonthlyCounts(const std::vector<MediationCase>& cases,
                                         const std::vector<ScreenedDispute>& disputes,
                                         const std::vector<Petition>& petitions, int year,
                                         Date as_of) {
  std::vector<MonthlySeries> out = {
      {"med_accepted", "受理调解案件", "Mediations accepted", {}},
      {"med_success", "调解成功", "Mediations succeeded", {}},
      {"disputes_found", "排查发现纠纷", "Disputes found in screenings", {}},
      {"pet_received", "收到信访事项", "Petitions received", {}},
      {"pet_closed", "信访事项办结", "Petitions closed", {}},
  };
  for (const auto& c : cases) {
    Count(out[0], c.accepted_on, year, as_of);
    if (c.outcome == MediationOutcome::kSuccess) Count(out[1], c.concluded_on, year, as_of);
  }
  for (const auto& d : disputes) Count(out[2], d.found_on, year, as_of);
  for (const auto& p : petitions) {
    Count(out[3], p.received_on, year, as_of);
    Count(out[4], p.closed_on, year, as_of);
  }
  return out;
}

void SumMonthly(std::vector<MonthlySeries>& total, const std::vector<MonthlySeries>& part) {
  if (total.empty()) {
    total = part;
    return;
  }
  for (std::size_t i = 0; i < total.size() && i < part.size(); ++i) {
    for (std::size_t m = 0; m < 12; ++m) total[i].values[m] += part[i].values[m];
  }
}

}  // namespace fazhi::domain
