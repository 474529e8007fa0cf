// service/decision_service.cc — see decision_service.h.
#include "service/decision_service.h"

#include <utility>
#include <vector>

#include <fmt/format.h>

#include "service/ledger_support.h"

namespace fazhi::service {
namespace {

using ledger_support::CheckTownshipInScope;
using ledger_support::CreateAudited;
using ledger_support::RequireSameTownship;
using ledger_support::UpdateAudited;

// The township's catalogue of the decision's year (empty for a decision outside it).
core::Result<std::vector<domain::DecisionCatalogueItem>> CatalogueOf(ServiceContext& ctx, const store::Scope& scope,
                                                                     const domain::MajorDecision& d) {
  if (!d.in_catalogue) return std::vector<domain::DecisionCatalogueItem>{};
  return store::DecisionCatalogueRepository(*ctx.db).LoadYear(scope, d.township_id, d.catalogue_year);
}

// DecisionWarnings plus the DEC-03 warning of a year without a recorded catalogue.
core::Result<std::vector<domain::RuleFinding>> WarningsOf(ServiceContext& ctx, const store::Scope& scope,
                                                          const domain::MajorDecision& d) {
  auto warnings = domain::DecisionWarnings(d, *ctx.calendar);
  ASSIGN_OR_RETURN(auto catalogue, CatalogueOf(ctx, scope, d));
  for (auto& w : domain::CatalogueWarnings(d, catalogue)) warnings.push_back(std::move(w));
  return warnings;
}

// The decisions of the township that link to `item` (same year and title).
core::Result<std::int64_t> LinkedDecisions(ServiceContext& ctx, const store::Scope& scope,
                                           const domain::DecisionCatalogueItem& item) {
  ASSIGN_OR_RETURN(auto decisions, store::DecisionRepository(*ctx.db).LoadTownship(scope, item.township_id));
  const std::vector<domain::DecisionCatalogueItem> one{item};
  std::int64_t n = 0;
  for (const auto& d : decisions) {
    if (d.in_catalogue && domain::FindCatalogueItem(one, d.catalogue_year, d.catalogue_item, d.proposed_on) != nullptr) {
      ++n;
    }
  }
  return n;
}

// kConflict "title" when another item of the township's catalogue of that year has the same
// matter (blanks ignored, as decisions are linked to items).
core::Status CheckTitleUnique(ServiceContext& ctx, const domain::DecisionCatalogueItem& item) {
  ASSIGN_OR_RETURN(auto year, store::DecisionCatalogueRepository(*ctx.db).LoadYear(store::Scope::System(),
                                                                                  item.township_id, item.year));
  const std::string key = domain::CatalogueTitleKey(item.title);
  for (const auto& other : year) {
    if (other.id == item.id || domain::CatalogueTitleKey(other.title) != key) continue;
    core::Error e = core::Conflict(
        fmt::format("{}年度决策目录中已有“{}”，同一事项不能重复列入（可修改原事项）", item.year, other.title),
        fmt::format("The {} decision catalogue already has \"{}\"", item.year, other.title));
    e.field = "title";
    return core::Fail(std::move(e));
  }
  return core::Ok();
}

}  // namespace

core::Status CheckDecisionCatalogue(ServiceContext& ctx, const store::Scope& scope, const domain::MajorDecision& d) {
  ASSIGN_OR_RETURN(auto catalogue, CatalogueOf(ctx, scope, d));
  return domain::CheckDecisionInCatalogue(d, catalogue);
}

core::Result<Recorded<domain::MajorDecision>> RecordMajorDecision(ServiceContext& ctx,
                                                                          const store::Scope& scope,
                                                                          domain::MajorDecision d) {
  RETURN_IF_ERROR(CheckTownshipInScope(ctx, scope, d.township_id));
  const core::Date today = ctx.clock->Today();
  RETURN_IF_ERROR(domain::ValidateMajorDecision(d, today));
  RETURN_IF_ERROR(CheckDecisionCatalogue(ctx, scope, d));
  RETURN_IF_ERROR(domain::CheckDecisionRules(d, *ctx.calendar));
  store::DecisionRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, CreateAudited<domain::MajorDecision>(ctx, audit::kMajorDecision, [&] {
                     return repo.Create(scope, std::move(d));
                   }));
  ASSIGN_OR_RETURN(auto warnings, WarningsOf(ctx, scope, stored));
  return Recorded<domain::MajorDecision>{std::move(stored), std::move(warnings)};
}

core::Result<Recorded<domain::MajorDecision>> UpdateMajorDecision(ServiceContext& ctx,
                                                                          const store::Scope& scope,
                                                                          domain::MajorDecision d) {
  const core::Date today = ctx.clock->Today();
  store::DecisionRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, UpdateAudited<domain::MajorDecision>(
      ctx, audit::kMajorDecision, [&] { return repo.Get(scope, d.id); },
      [&](const domain::MajorDecision& existing) -> core::Status {
        RETURN_IF_ERROR(RequireSameTownship(existing.township_id, d.township_id, "重大行政决策", "major decision"));
        RETURN_IF_ERROR(domain::ValidateMajorDecision(d, today));
        d.township_id = existing.township_id;
        RETURN_IF_ERROR(CheckDecisionCatalogue(ctx, scope, d));
        return domain::CheckDecisionRules(d, *ctx.calendar);
      },
      [&] { return repo.Update(scope, d); }));
  ASSIGN_OR_RETURN(auto warnings, WarningsOf(ctx, scope, stored));
  return Recorded<domain::MajorDecision>{std::move(stored), std::move(warnings)};
}

core::Result<domain::MajorDecision> GetMajorDecision(ServiceContext& ctx, const store::Scope& scope,
                                                             std::int64_t id) {
  return store::DecisionRepository(*ctx.db).Get(scope, id);
}

core::Result<store::Page<domain::MajorDecision>> ListMajorDecisions(ServiceContext& ctx,
                                                                            const store::Scope& scope,
                                                                            const store::DecisionFilter& filter) {
  return store::DecisionRepository(*ctx.db).List(scope, filter);
}

core::Result<Recorded<domain::DecisionCatalogueItem>> RecordCatalogueItem(ServiceContext& ctx,
                                                                          const store::Scope& scope,
                                                                          domain::DecisionCatalogueItem item) {
  RETURN_IF_ERROR(CheckTownshipInScope(ctx, scope, item.township_id));
  RETURN_IF_ERROR(domain::ValidateCatalogueItem(item, ctx.clock->Today()));
  store::DecisionCatalogueRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, CreateAudited<domain::DecisionCatalogueItem>(
                                    ctx, audit::kDecisionCatalogueItem,
                                    [&]() -> core::Result<domain::DecisionCatalogueItem> {
                                      item.id = 0;
                                      RETURN_IF_ERROR(CheckTitleUnique(ctx, item));
                                      return repo.Create(scope, std::move(item));
                                    }));
  return Recorded<domain::DecisionCatalogueItem>{std::move(stored), {}};
}

core::Result<Recorded<domain::DecisionCatalogueItem>> UpdateCatalogueItem(ServiceContext& ctx,
                                                                          const store::Scope& scope,
                                                                          domain::DecisionCatalogueItem item) {
  const core::Date today = ctx.clock->Today();
  store::DecisionCatalogueRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, UpdateAudited<domain::DecisionCatalogueItem>(
      ctx, audit::kDecisionCatalogueItem, [&] { return repo.Get(scope, item.id); },
      [&](const domain::DecisionCatalogueItem& existing) -> core::Status {
        RETURN_IF_ERROR(RequireSameTownship(existing.township_id, item.township_id, "决策目录事项",
                                            "decision catalogue item"));
        RETURN_IF_ERROR(domain::ValidateCatalogueItem(item, today));
        item.township_id = existing.township_id;
        RETURN_IF_ERROR(CheckTitleUnique(ctx, item));
        if (item.year != existing.year || item.title != existing.title) {
          ASSIGN_OR_RETURN(std::int64_t linked, LinkedDecisions(ctx, scope, existing));
          if (linked > 0) {
            core::Error e = core::FailedPrecondition(
                fmt::format("已有{}项重大行政决策列在该目录事项下，不能修改其年度或名称（可调整移出后另行列入）", linked),
                fmt::format("{} major decision(s) link to this catalogue item: its year and title cannot change", linked));
            e.field = "title";
            return core::Fail(std::move(e));
          }
        }
        return core::Ok();
      },
      [&] { return repo.Update(scope, item); }));
  return Recorded<domain::DecisionCatalogueItem>{std::move(stored), {}};
}

core::Result<domain::DecisionCatalogueItem> GetCatalogueItem(ServiceContext& ctx, const store::Scope& scope,
                                                             std::int64_t id) {
  return store::DecisionCatalogueRepository(*ctx.db).Get(scope, id);
}

core::Result<store::Page<domain::DecisionCatalogueItem>> ListCatalogueItems(
    ServiceContext& ctx, const store::Scope& scope, const store::DecisionCatalogueFilter& filter) {
  return store::DecisionCatalogueRepository(*ctx.db).List(scope, filter);
}

}  // namespace fazhi::service
