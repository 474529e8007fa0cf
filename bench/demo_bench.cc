// bench/demo_bench.cc — demo generation rate (service/demo/demo_service.h WriteDemo) in
// records per second, on SQLite and on PostgreSQL, at county scale (30 townships).
//
// Each iteration writes the whole county into an EMPTY, freshly migrated database and is
// timed exactly around WriteDemo (manual time), as `fazhi demo` reports its own rate: the
// data generation, every INSERT/COPY, the demo accounts and the commit are inside the
// timing; opening and migrating the database and deleting it afterwards are not. The
// counter records_per_second is all records written / all timed seconds.
//
// Inputs (environment):
//   FAZHI_BENCH_DIR           directory for the SQLite files (default: the system temp dir);
//                             each iteration's file is deleted afterwards.
//   FAZHI_BENCH_DEMO_RUNS     iterations per repetition (default 1; bench/run asks for
//                             --benchmark_repetitions=N to get a median and a spread).
//   FAZHI_BENCH_PG_DEMO_URLS  space-separated URLs of EMPTY PostgreSQL databases, one per
//                             iteration over all repetitions (bench/run creates them); unset:
//                             no PostgreSQL case. Running out of them is an error.
//   FAZHI_BENCH_YEAR          the ledger year (default 2025).
#include <benchmark/benchmark.h>

#include <chrono>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "bench_util.h"
#include "service/demo/demo_service.h"

namespace fazhi::bench {
namespace {

const core::SystemClock kClock;

service::DemoOptions CountyOptions() {
  service::DemoOptions options;
  options.scale = service::DemoScale::kCounty;
  options.year = std::stoi(EnvOr("FAZHI_BENCH_YEAR", "2025"));
  return options;
}

// Times one WriteDemo into the open context; adds its records to `records`.
bool TimedWrite(benchmark::State& state, service::ServiceContext& ctx, double& records) {
  const auto started = std::chrono::steady_clock::now();
  auto summary = service::WriteDemo(ctx, CountyOptions());
  const auto elapsed = std::chrono::steady_clock::now() - started;
  if (!summary) {
    state.SkipWithError(("WriteDemo: " + summary.error().message_en).c_str());
    return false;
  }
  state.SetIterationTime(std::chrono::duration<double>(elapsed).count());
  records += static_cast<double>(summary->records);
  state.counters["townships"] = summary->townships;
  return true;
}

void BM_DemoSqlite(benchmark::State& state) {
  namespace fs = std::filesystem;
  const fs::path dir = EnvOr("FAZHI_BENCH_DIR", fs::temp_directory_path().string());
  double records = 0;
  int run = 0;
  for (auto _ : state) {
    const fs::path file = dir / ("demo-bench-" + std::to_string(::getpid()) + "-" +
                                 std::to_string(run++) + ".db");
    bool ok = false;
    {
      auto ctx = OpenContextOrDie("sqlite:" + file.string(), kClock, /*migrate=*/true);
      ok = TimedWrite(state, ctx, records);
    }
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
      std::error_code ignored;
      fs::remove(file.string() + suffix, ignored);
    }
    if (!ok) break;
  }
  state.counters["records"] =
      state.iterations() > 0 ? records / static_cast<double>(state.iterations()) : 0.0;
  state.counters["records_per_second"] = benchmark::Counter(records, benchmark::Counter::kIsRate);
}

// The next unused database of FAZHI_BENCH_PG_DEMO_URLS (shared by all repetitions).
std::size_t next_pg_url = 0;

void BM_DemoPostgres(benchmark::State& state, std::vector<std::string> urls) {
  double records = 0;
  for (auto _ : state) {
    if (next_pg_url >= urls.size()) {
      state.SkipWithError("FAZHI_BENCH_PG_DEMO_URLS: one empty database per iteration needed");
      break;
    }
    auto ctx = OpenContextOrDie(urls[next_pg_url++], kClock, /*migrate=*/true);
    if (!TimedWrite(state, ctx, records)) break;
  }
  state.counters["records"] =
      state.iterations() > 0 ? records / static_cast<double>(state.iterations()) : 0.0;
  state.counters["records_per_second"] = benchmark::Counter(records, benchmark::Counter::kIsRate);
}

}  // namespace
}  // namespace fazhi::bench

int main(int argc, char** argv) {
  using namespace fazhi::bench;
  benchmark::Initialize(&argc, argv);
  const int runs = std::stoi(EnvOr("FAZHI_BENCH_DEMO_RUNS", "1"));
  benchmark::RegisterBenchmark("BM_Demo/sqlite/county", BM_DemoSqlite)
      ->Iterations(runs)
      ->UseManualTime()
      ->Unit(benchmark::kMillisecond);
  std::vector<std::string> urls;
  std::istringstream list(EnvOr("FAZHI_BENCH_PG_DEMO_URLS"));
  for (std::string url; list >> url;) urls.push_back(url);
  if (!urls.empty()) {
    benchmark::RegisterBenchmark("BM_Demo/postgresql/county", BM_DemoPostgres, urls)
        ->Iterations(runs)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
