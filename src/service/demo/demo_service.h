// service/demo/demo_service.h — writes a demo province/county into a database: regions,
// departments, demo accounts and one year of the mediation and petition ledgers
// (demo_data.h generates them; store::BulkWriter writes them).
//
// Contract: the database is migrated first. Fails with kConflict (nothing written) when a
// demo county's code is already in the database. Each county is written in one transaction:
// a failure leaves no partial county. Demo accounts (every role) are created for the first
// county only, all with the password kDemoPassword, hashed with argon2id at the minimum
// cost (demo data only). `on_township` is called after each township (for progress).
// Audit log: each county's transaction ends with one row (action "demo", entity "region",
// the county's id, after = {countyCode, countyName, townships, year, seed, records}); the
// demo accounts get their own "create" rows; the generated ledger records get none.
// On PostgreSQL the planner statistics of the loaded tables are refreshed at the end
// (store::BulkWriter::Analyze), inside `seconds`.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/result.h"
#include "service/demo/demo_data.h"
#include "service/service_context.h"

namespace fazhi::service {

inline constexpr const char* kDemoPassword = "Fazhi@2025";

struct DemoAccount {
  std::string username;
  std::string role;      // role code
  std::string unit_code;
  std::string unit_name;
};

struct DemoSummary {
  int counties = 0;
  int townships = 0;
  std::int64_t records = 0;  // every row written
  double seconds = 0;
  std::vector<DemoAccount> accounts;
  std::vector<DemoCountyPlan> plans;
};

core::Result<DemoSummary> WriteDemo(ServiceContext& ctx, const DemoOptions& options,
                                    const std::function<void(int done, int total)>& on_township = {});

}  // namespace fazhi::service
