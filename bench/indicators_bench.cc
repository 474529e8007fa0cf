// bench/indicators_bench.cc — time to compute indicators (service/indicator_service.h
// ComputeUnitIndicators, what `fazhi indicators` runs) for one township-year and for a whole
// county (30 townships), on databases prepared beforehand by bench/run with `fazhi demo`.
//
// Township case: each iteration computes the full indicator set and report figures of ONE
// township for the year, walking round-robin through the 30 townships of demo county
// 500199000000 (so the figure is an average over townships of different sizes). County
// case: each iteration computes county 500199000000 (its 30 townships and their sums).
// Both include resolving the unit code and loading the year's records from the database;
// opening the database is outside the timing. as_of is 31 December of the year.
//
// Inputs (environment), each a database URL; a case whose variable is unset is skipped:
//   FAZHI_BENCH_SQLITE_COUNTY    SQLite, --scale county   (30 townships)
//   FAZHI_BENCH_SQLITE_PROVINCE  SQLite, --scale province (1,000 townships, 34 counties)
//   FAZHI_BENCH_PG_COUNTY        PostgreSQL, --scale county
//   FAZHI_BENCH_PG_PROVINCE      PostgreSQL, --scale province
//   FAZHI_BENCH_YEAR             the ledger year (default 2025)
//   FAZHI_BENCH_COUNTY           the county code (default 500199000000)
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "bench_util.h"
#include "service/indicator_service.h"
#include "service/unit_service.h"

namespace fazhi::bench {
namespace {

const core::SystemClock kClock;

struct Target {
  std::string label;  // "sqlite/county"
  std::string url;
};

int Year() { return std::stoi(EnvOr("FAZHI_BENCH_YEAR", "2025")); }
std::string CountyCode() { return EnvOr("FAZHI_BENCH_COUNTY", "500199000000"); }

// One open context per database, shared by its township and county cases.
service::ServiceContext& Context(const std::string& url) {
  static std::vector<std::pair<std::string, std::unique_ptr<service::ServiceContext>>> open;
  for (auto& [u, ctx] : open) {
    if (u == url) return *ctx;
  }
  open.emplace_back(url, std::make_unique<service::ServiceContext>(OpenContextOrDie(url, kClock)));
  return *open.back().second;
}

void BM_Township(benchmark::State& state, const std::string& url) {
  auto& ctx = Context(url);
  const auto scope = store::Scope::System();
  auto county = service::ResolveUnit(ctx, scope, CountyCode());
  if (!county) Die("resolve county " + CountyCode() + " in " + url, county.error());
  std::vector<std::string> codes;
  for (const auto& t : county->townships) codes.push_back(t.code);
  if (codes.empty()) {
    state.SkipWithError("the county has no townships");
    return;
  }
  const int year = Year();
  const core::Date as_of = core::MakeDate(year, 12, 31);
  std::size_t i = 0;
  std::size_t indicators = 0;
  for (auto _ : state) {
    auto result = service::ComputeUnitIndicators(ctx, scope, codes[i], year, as_of);
    i = i + 1 == codes.size() ? 0 : i + 1;
    if (!result) {
      state.SkipWithError(("ComputeUnitIndicators: " + result.error().message_en).c_str());
      break;
    }
    indicators = result->indicators.size() + result->figures.size();
    benchmark::DoNotOptimize(result->indicators.data());
  }
  state.counters["townships"] = static_cast<double>(codes.size());
  state.counters["values"] = static_cast<double>(indicators);
}

void BM_County(benchmark::State& state, const std::string& url) {
  auto& ctx = Context(url);
  const auto scope = store::Scope::System();
  const int year = Year();
  const core::Date as_of = core::MakeDate(year, 12, 31);
  std::size_t townships = 0;
  double seconds = 0;
  for (auto _ : state) {
    const auto started = std::chrono::steady_clock::now();
    auto result = service::ComputeUnitIndicators(ctx, scope, CountyCode(), year, as_of);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!result) {
      state.SkipWithError(("ComputeUnitIndicators: " + result.error().message_en).c_str());
      break;
    }
    townships = result->townships.size();
    benchmark::DoNotOptimize(result->indicators.data());
  }
  state.counters["townships"] = static_cast<double>(townships);
  if (townships > 0 && state.iterations() > 0) {
    state.counters["ms_per_township"] =
        seconds * 1000.0 / static_cast<double>(state.iterations()) / static_cast<double>(townships);
  }
}

}  // namespace
}  // namespace fazhi::bench

int main(int argc, char** argv) {
  using namespace fazhi::bench;
  benchmark::Initialize(&argc, argv);
  const std::vector<std::pair<std::string, std::string>> targets = {
      {"sqlite/county", "FAZHI_BENCH_SQLITE_COUNTY"},
      {"sqlite/province", "FAZHI_BENCH_SQLITE_PROVINCE"},
      {"postgresql/county", "FAZHI_BENCH_PG_COUNTY"},
      {"postgresql/province", "FAZHI_BENCH_PG_PROVINCE"},
  };
  int registered = 0;
  for (const auto& [label, variable] : targets) {
    const std::string url = EnvOr(variable.c_str());
    if (url.empty()) continue;
    benchmark::RegisterBenchmark(("BM_Indicators/township/" + label).c_str(), BM_Township, url)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark(("BM_Indicators/county/" + label).c_str(), BM_County, url)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    ++registered;
  }
  if (registered == 0) {
    std::fprintf(stderr,
                 "indicators_bench: set FAZHI_BENCH_SQLITE_COUNTY (and/or _SQLITE_PROVINCE, "
                 "_PG_COUNTY, _PG_PROVINCE) to a database URL prepared with `fazhi demo`; "
                 "bench/run does this\n");
    return 2;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
