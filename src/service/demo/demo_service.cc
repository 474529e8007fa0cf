// service/demo/demo_service.cc — see demo_service.h.
#include "service/demo/demo_service.h"

#include <fmt/format.h>

#include <chrono>
#include <span>

#include "service/audit_service.h"
#include "service/user_service.h"
#include "store/bulk_writer.h"
#include "store/org_repository.h"

namespace fazhi::service {
namespace {

using domain::Region;

// Maps a local 1-based index to the stored id of items[index - 1].
template <class T>
std::int64_t StoredId(const std::vector<T>& items, std::int64_t local) {
  return items.at(static_cast<size_t>(local - 1)).id;
}

// Every row goes through the BulkWriter (regions and departments too: the repository's
// per-row checks cost more than the rest of the township, docs/performance.md); the demo
// data passes those checks by construction (demo_data.h).
core::Status WriteTownship(store::BulkWriter& bulk, DemoTownship& t) {
  RETURN_IF_ERROR(bulk.AddRegions(std::span<Region>(&t.township, 1)));
  const std::int64_t tid = t.township.id;
  for (auto& v : t.villages) v.parent_id = tid;
  RETURN_IF_ERROR(bulk.AddRegions(t.villages));
  for (auto& d : t.departments) d.region_id = tid;
  RETURN_IF_ERROR(bulk.AddDepartments(t.departments));
  for (auto& c : t.committees) {
    c.township_id = tid;
    if (c.village_id) c.village_id = StoredId(t.villages, *c.village_id);
  }
  RETURN_IF_ERROR(bulk.AddCommittees(t.committees));
  for (auto& m : t.mediators) {
    m.township_id = tid;
    m.committee_id = StoredId(t.committees, m.committee_id);
  }
  RETURN_IF_ERROR(bulk.AddMediators(t.mediators));
  for (auto& r : t.rounds) r.township_id = tid;
  RETURN_IF_ERROR(bulk.AddScreeningRounds(t.rounds));
  for (auto& c : t.cases) {
    c.township_id = tid;
    c.committee_id = StoredId(t.committees, c.committee_id);
    if (c.mediator_id) c.mediator_id = StoredId(t.mediators, *c.mediator_id);
  }
  RETURN_IF_ERROR(bulk.AddCases(t.cases));
  for (auto& d : t.disputes) {
    d.township_id = tid;
    d.round_id = StoredId(t.rounds, d.round_id);
    if (d.village_id) d.village_id = StoredId(t.villages, *d.village_id);
    if (d.mediation_case_id) d.mediation_case_id = StoredId(t.cases, *d.mediation_case_id);
  }
  RETURN_IF_ERROR(bulk.AddScreenedDisputes(t.disputes));
  for (auto& p : t.petitions) p.township_id = tid;
  RETURN_IF_ERROR(bulk.AddPetitions(t.petitions));
  for (auto& r : t.receptions) r.township_id = tid;
  RETURN_IF_ERROR(bulk.AddLeaderReceptions(t.receptions));
  for (auto& o : t.officers) o.township_id = tid;
  RETURN_IF_ERROR(bulk.AddOfficers(t.officers));
  for (auto& c : t.penalty_cases) {
    c.township_id = tid;
    for (auto& o : c.officers) o.officer_id = StoredId(t.officers, o.officer_id);
  }
  RETURN_IF_ERROR(bulk.AddPenaltyCases(t.penalty_cases));
  for (auto& d : t.normative_documents) d.township_id = tid;
  RETURN_IF_ERROR(bulk.AddNormativeDocuments(t.normative_documents));
  for (auto& d : t.major_decisions) d.township_id = tid;
  RETURN_IF_ERROR(bulk.AddMajorDecisions(t.major_decisions));
  for (auto& k : t.decision_catalogue) k.township_id = tid;
  RETURN_IF_ERROR(bulk.AddDecisionCatalogue(t.decision_catalogue));
  for (auto& e : t.review_catalogue) e.township_id = tid;
  RETURN_IF_ERROR(bulk.AddReviewCatalogue(t.review_catalogue));
  for (auto& p : t.powers) p.township_id = tid;
  RETURN_IF_ERROR(bulk.AddPowerItems(t.powers));
  return core::Ok();
}

core::Result<DemoAccount> AddDemoUser(ServiceContext& ctx, const std::string& username,
                                      const std::string& name, const char* role,
                                      const Region& unit) {
  NewUser user{username, name, role, unit.code, kDemoPassword, /*fast_hash=*/true};
  ASSIGN_OR_RETURN(auto created, AddUser(ctx, store::Scope::System(), user));
  return DemoAccount{created.username, role, unit.code, unit.name};
}

}  // namespace

core::Result<DemoSummary> WriteDemo(ServiceContext& ctx, const DemoOptions& options,
                                    const std::function<void(int, int)>& on_township) {
  auto started = std::chrono::steady_clock::now();
  RETURN_IF_ERROR(ctx.db->Migrate());
  DemoSummary summary;
  summary.plans = PlanDemoRegions(options);
  store::OrgRepository org(*ctx.db);
  int total = 0;
  for (const auto& plan : summary.plans) {
    auto existing = org.GetRegionByCode(store::Scope::System(), plan.county.code);
    if (existing) {
      return core::Fail(core::Conflict(
          fmt::format("数据库中已有演示县 {}（{}）：请换一个数据库文件，或删除后重新生成", plan.county.name,
                      plan.county.code),
          fmt::format("the database already holds demo county {} ({}); use a new database file",
                      plan.county.name, plan.county.code),
          "db"));
    }
    if (existing.error().code != core::ErrorCode::kNotFound) return core::Fail(existing.error());
    total += static_cast<int>(plan.townships.size());
  }
  store::BulkWriter bulk(*ctx.db);
  std::int64_t records = 0;
  int done = 0;
  for (size_t c = 0; c < summary.plans.size(); ++c) {
    auto& plan = summary.plans[c];
    RETURN_IF_ERROR(ctx.db->InTransaction([&]() -> core::Status {
      const std::int64_t written_before = records + bulk.counts().Total();
      ASSIGN_OR_RETURN(plan.county, org.CreateRegion(store::Scope::System(), plan.county));
      ++records;
      for (size_t i = 0; i < plan.townships.size(); ++i) {
        plan.townships[i].parent_id = plan.county.id;
        DemoTownship t = GenerateDemoTownship(options, plan.townships[i], done + static_cast<int>(i));
        RETURN_IF_ERROR(WriteTownship(bulk, t));
        plan.townships[i] = t.township;
        if (c == 0) {
          std::string suffix = plan.townships[i].code.substr(6, 3);
          ASSIGN_OR_RETURN(auto clerk, AddDemoUser(ctx, "clerk" + suffix, plan.townships[i].name + "司法所",
                                                   "clerk", plan.townships[i]));
          ASSIGN_OR_RETURN(auto leader, AddDemoUser(ctx, "leader" + suffix, plan.townships[i].name + "党委书记",
                                                    "leader", plan.townships[i]));
          summary.accounts.push_back(clerk);
          summary.accounts.push_back(leader);
          records += 2;
        }
        if (on_township) on_township(done + static_cast<int>(i) + 1, total);
      }
      if (c == 0) {
        static const std::pair<const char*, const char*> kCountyRoles[] = {
            {"reviewer", "county_reviewer"}, {"sysadmin", "sysadmin"},
            {"secadmin", "secadmin"}, {"auditor", "auditor"}};
        for (const auto& [username, role] : kCountyRoles) {
          ASSIGN_OR_RETURN(auto account, AddDemoUser(ctx, username, plan.county.name + username, role, plan.county));
          summary.accounts.push_back(account);
          ++records;
        }
      }
      // One audit row sums up the county (its accounts have their own): auditing every
      // generated record would cost more than writing it.
      nlohmann::json generated = {
          {"countyCode", plan.county.code},
          {"countyName", plan.county.name},
          {"townships", plan.townships.size()},
          {"year", options.year},
          {"seed", options.seed},
          {"records", records + bulk.counts().Total() - written_before}};
      return RecordAudit(ctx, audit::kDemo, audit::kRegion, plan.county.id, std::nullopt,
                         std::nullopt, AuditJson(generated));
    }));
    done += static_cast<int>(plan.townships.size());
  }
  // Planner statistics for the freshly loaded tables (PostgreSQL; docs/performance.md). Best
  // effort: the data is committed already, and autovacuum refreshes them later anyway.
  static_cast<void>(bulk.Analyze());
  summary.counties = static_cast<int>(summary.plans.size());
  summary.townships = total;
  summary.records = records + bulk.counts().Total();
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace fazhi::service
