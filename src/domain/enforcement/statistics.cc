// domain/enforcement/statistics.cc — see statistics.h.
#include "domain/enforcement/statistics.h"

#include "core/date.h"

namespace fazhi::domain {
namespace {

bool InYear(const std::optional<Date>& d, int year) { return d && d->ok() && core::YearOf(*d) == year; }

void Add(EnforcementStatisticsRow& to, const EnforcementStatisticsRow& from) {
  to.filed += from.filed;
  to.decided += from.decided;
  to.penalised += from.penalised;
  to.not_penalised += from.not_penalised;
  to.transferred += from.transferred;
  to.summary += from.summary;
  for (std::size_t i = 0; i < to.by_kind.size(); ++i) to.by_kind[i] += from.by_kind[i];
  to.hearings += from.hearings;
  to.legal_reviews += from.legal_reviews;
  to.fines_fen += from.fines_fen;
  to.confiscation_fen += from.confiscation_fen;
  to.paid_fen += from.paid_fen;
}

}  // namespace

std::vector<EnforcementStatisticsRow> EnforcementStatistics(std::span<const PenaltyCase> cases, int year) {
  // LEP-05 order.
  static constexpr ActionCategory kOrder[] = {ActionCategory::kLicence,   ActionCategory::kPenalty,
                                              ActionCategory::kCoercion,  ActionCategory::kLevy,
                                              ActionCategory::kRequisition, ActionCategory::kInspection};
  std::vector<EnforcementStatisticsRow> rows;
  for (ActionCategory c : kOrder) {
    EnforcementStatisticsRow r;
    r.category = c;
    rows.push_back(r);
  }
  auto row_of = [&](ActionCategory c) -> EnforcementStatisticsRow& {
    for (auto& r : rows) {
      if (r.category == c) return r;
    }
    return rows.front();
  };
  for (const PenaltyCase& c : cases) {
    EnforcementStatisticsRow& r = row_of(c.category);
    const std::optional<Date> filed =
        c.procedure == PenaltyProcedure::kSummary ? std::optional<Date>(c.filed_on.value_or(c.lead_received_on))
                                                  : c.filed_on;
    if (InYear(filed, year)) ++r.filed;
    if (InYear(c.decided_on, year)) {
      ++r.decided;
      if (c.procedure == PenaltyProcedure::kSummary) ++r.summary;
      switch (c.outcome) {
        case DecisionOutcome::kPenalty:
          ++r.penalised;
          for (PenaltyKind k : c.decided.kinds) ++r.by_kind[static_cast<std::size_t>(k)];
          r.fines_fen += c.decided.fine_fen;
          r.confiscation_fen += c.decided.confiscation_fen;
          break;
        case DecisionOutcome::kNoPenaltyMinor:
        case DecisionOutcome::kNoPenaltyUnfounded:
          ++r.not_penalised;
          break;
        case DecisionOutcome::kTransfer:
          ++r.transferred;
          break;
      }
    }
    if (InYear(c.executed_on, year)) r.paid_fen += c.paid_fen;
    if (c.hearing && InYear(c.hearing->held_on, year)) ++r.hearings;
    if (c.legal_review && InYear(c.legal_review->reviewed_on, year)) ++r.legal_reviews;
  }
  EnforcementStatisticsRow total;
  for (const auto& r : rows) Add(total, r);
  rows.push_back(total);
  return rows;
}

}  // namespace fazhi::domain
