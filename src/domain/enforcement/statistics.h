// domain/enforcement/statistics.h — the annual enforcement data (LEP-05, 国办发〔2018〕118号):
// for each of the six categories, how many cases were filed and decided in the year and with
// what result, and for 行政处罚 the kinds of sanction and the money.
//
// Contract: a case counts in the year of its date: `filed` by 立案 (or the lead date for a
// summary case, which has no separate filing), `decided` and the results by the decision
// date; hearings by the day held; reviews by the review date. A decision with several kinds
// of sanction counts once under each kind. Money is 分 (fines and confiscations decided, paid
// as recorded on execution). Rows come in LEP-05 order (行政许可, 行政处罚, 行政强制, 行政征收,
// 行政征用, 行政检查), then the total. Pure; thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "domain/enforcement/penalty_case.h"

namespace fazhi::domain {

struct EnforcementStatisticsRow {
  std::optional<ActionCategory> category;  // unset: the total row
  std::int64_t filed = 0;
  std::int64_t decided = 0;
  std::int64_t penalised = 0;        // 给予行政处罚（作出决定）
  std::int64_t not_penalised = 0;    // 不予行政处罚（两种）
  std::int64_t transferred = 0;      // 移送司法机关
  std::int64_t summary = 0;          // of the decisions, by the 简易程序
  std::array<std::int64_t, 14> by_kind{};  // PenaltyKind index → decisions with that kind
  std::int64_t hearings = 0;
  std::int64_t legal_reviews = 0;
  std::int64_t fines_fen = 0;
  std::int64_t confiscation_fen = 0;
  std::int64_t paid_fen = 0;
};

// Seven rows: the six categories, then the total.
std::vector<EnforcementStatisticsRow> EnforcementStatistics(std::span<const PenaltyCase> cases, int year);

}  // namespace fazhi::domain
