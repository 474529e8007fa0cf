// bench/deadline_bench.cc — deadline computations per second (domain/calendar/deadline.h) on
// the real holiday tables of data/calendar (2019–2026).
//
// Eight cases: {working days, calendar days} × {short, long} × {plain, with one approved
// extension and one excluded interval}. Each iteration computes one deadline; the start date
// walks through every day from 2019-01-01 to 2025-06-30 so holidays, 调休 make-up days and
// year boundaries are all crossed, and every due date stays inside the tables (no
// provisional warnings). The counter items_per_second is deadlines per second.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <vector>

#include "bench_util.h"
#include "domain/calendar/deadline.h"

namespace fazhi::bench {
namespace {

using domain::DeadlineRule;
using domain::ExcludedInterval;
using domain::Extension;
using domain::PeriodUnit;

const domain::WorkingCalendar& Calendar() {
  static const domain::WorkingCalendar calendar = LoadCalendarOrDie();
  return calendar;
}

const std::vector<core::Date>& StartDates() {
  static const std::vector<core::Date> dates = [] {
    std::vector<core::Date> out;
    for (core::Date d = core::MakeDate(2019, 1, 1); d <= core::MakeDate(2025, 6, 30);
         d = core::AddDays(d, 1)) {
      out.push_back(d);
    }
    return out;
  }();
  return dates;
}

struct Case {
  PeriodUnit unit;
  int amount;
  bool extended;  // one extension + one excluded interval
};

// Short: 5 working days (信访工作条例 第23条 异议), 15 calendar days (第23条 告知).
// Long: 250 working days (about one year), 365 calendar days.
// Extension: 10 working days / 30 calendar days (第34条 延期); excluded: 10 days from day 5.
void BM_Deadline(benchmark::State& state, Case c) {
  const auto& calendar = Calendar();
  const auto& starts = StartDates();
  DeadlineRule rule;
  rule.code = "BENCH";
  rule.name = "基准测试期限";
  rule.amount = c.amount;
  rule.unit = c.unit;
  rule.basis = {"信访工作条例", "2022-05-01施行", "第34条"};
  std::vector<Extension> extensions;
  if (c.extended) {
    Extension e;
    e.amount = c.unit == PeriodUnit::kWorkingDays ? 10 : 30;
    e.unit = c.unit;
    e.approver = "县信访局";
    e.reason = "情况复杂";
    e.party_notified = true;
    extensions.push_back(e);
  }
  std::size_t i = 0;
  std::vector<ExcludedInterval> excluded;
  for (auto _ : state) {
    const core::Date start = starts[i];
    i = i + 1 == starts.size() ? 0 : i + 1;
    excluded.clear();
    if (c.extended) {
      excluded.push_back({core::AddDays(start, 5), core::AddDays(start, 14), "鉴定"});
    }
    auto result = domain::ComputeDeadline(calendar, start, rule, extensions, excluded);
    if (!result) {
      state.SkipWithError("ComputeDeadline failed");
      break;
    }
    benchmark::DoNotOptimize(result->due);
  }
  state.SetItemsProcessed(state.iterations());
}

BENCHMARK_CAPTURE(BM_Deadline, workdays_short, Case{PeriodUnit::kWorkingDays, 5, false});
BENCHMARK_CAPTURE(BM_Deadline, workdays_long, Case{PeriodUnit::kWorkingDays, 250, false});
BENCHMARK_CAPTURE(BM_Deadline, calendar_short, Case{PeriodUnit::kCalendarDays, 15, false});
BENCHMARK_CAPTURE(BM_Deadline, calendar_long, Case{PeriodUnit::kCalendarDays, 365, false});
BENCHMARK_CAPTURE(BM_Deadline, workdays_short_ext_excl, Case{PeriodUnit::kWorkingDays, 5, true});
BENCHMARK_CAPTURE(BM_Deadline, workdays_long_ext_excl, Case{PeriodUnit::kWorkingDays, 250, true});
BENCHMARK_CAPTURE(BM_Deadline, calendar_short_ext_excl, Case{PeriodUnit::kCalendarDays, 15, true});
BENCHMARK_CAPTURE(BM_Deadline, calendar_long_ext_excl, Case{PeriodUnit::kCalendarDays, 365, true});

// PET-08 as the ledger uses it: 60 calendar days + 30-day extension + an excluded interval.
void BM_DeadlinePet08(benchmark::State& state) {
  BM_Deadline(state, Case{PeriodUnit::kCalendarDays, 60, true});
}
BENCHMARK(BM_DeadlinePet08);

}  // namespace
}  // namespace fazhi::bench

BENCHMARK_MAIN();
