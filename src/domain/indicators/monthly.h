// domain/indicators/monthly.h — month-by-month counts of one year, for the dashboard's trend
// charts: mediations accepted and concluded successfully, disputes found in screenings,
// petitions received and closed.
//
// Contract: each series has 12 values (January…December of `year`); a record counts in the
// month of its date (acceptedOn, concludedOn with outcome success, foundOn, receivedOn,
// closedOn); dates outside the year, or after `as_of`, are not counted. Series order and
// codes are stable: med_accepted, med_success, disputes_found, pet_received, pet_closed.
// Pure functions; thread-safe.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/date.h"
#include "domain/mediation/mediation.h"
#include "domain/petition/petition.h"

namespace fazhi::domain {

struct MonthlySeries {
  std::string code;     // "med_accepted"
  std::string name_zh;  // "受理调解案件"
  std::string name_en;  // "Mediations accepted"
  std::array<std::int64_t, 12> values{};
};

std::vector<MonthlySeries> MonthlyCounts(const std::vector<MediationCase>& cases,
                                         const std::vector<ScreenedDispute>& disputes,
                                         const std::vector<Petition>& petitions, int year,
                                         Date as_of);
// Adds `part` into `total` series by series (same codes and order); an empty total is set.
void SumMonthly(std::vector<MonthlySeries>& total, const std::vector<MonthlySeries>& part);

}  // namespace fazhi::domain
