// service/review_catalogue_service.cc — see review_catalogue_service.h.
#include "service/review_catalogue_service.h"

#include <fmt/format.h>

#include <string>
#include <utility>

#include "domain/common.h"
#include "domain/enforcement/review_catalogue.h"
#include "service/ledger_support.h"

namespace fazhi::service {
namespace {

using ledger_support::CheckTownshipInScope;
using ledger_support::CreateAudited;
using ledger_support::RequireSameTownship;
using ledger_support::UpdateAudited;

// kConflict "kind" when another entry of the township has the same matter type and kind.
core::Status CheckUnique(ServiceContext& ctx, const domain::ReviewCatalogueEntry& e) {
  ASSIGN_OR_RETURN(auto all, store::ReviewCatalogueRepository(*ctx.db).LoadTownship(store::Scope::System(),
                                                                                   e.township_id));
  const std::string_view matter = domain::TrimText(e.matter_type);
  for (const auto& other : all) {
    if (other.id == e.id || other.kind != e.kind || domain::TrimText(other.matter_type) != matter) continue;
    const std::string what = matter.empty() ? std::string("各类事项") : fmt::format("“{}”", matter);
    core::Error err = core::Conflict(
        fmt::format("{}的“{}”已在本乡镇法制审核目录中（{}）：请修改该条，不要重复录入", what,
                    domain::PenaltyKindLabelZh(e.kind), other.description),
        fmt::format("The catalogue already has an entry for this matter type and kind ({})", other.description));
    err.field = "kind";
    return core::Fail(std::move(err));
  }
  return core::Ok();
}

domain::ReviewCatalogueEntry Trimmed(domain::ReviewCatalogueEntry e) {
  e.matter_type = std::string(domain::TrimText(e.matter_type));
  return e;
}

}  // namespace

core::Result<std::vector<domain::ReviewCatalogueEntry>> ReviewCatalogueFor(ServiceContext& ctx,
                                                                           std::int64_t township_id,
                                                                           const domain::LedgerSettings& settings) {
  ASSIGN_OR_RETURN(auto all,
                   store::ReviewCatalogueRepository(*ctx.db).LoadTownship(store::Scope::System(), township_id));
  return domain::ActiveReviewCatalogue(all, settings);
}

core::Result<Recorded<domain::ReviewCatalogueEntry>> RecordReviewEntry(ServiceContext& ctx, const store::Scope& scope,
                                                                       domain::ReviewCatalogueEntry entry) {
  entry = Trimmed(std::move(entry));
  RETURN_IF_ERROR(CheckTownshipInScope(ctx, scope, entry.township_id));
  RETURN_IF_ERROR(domain::ValidateReviewCatalogueEntry(entry));
  store::ReviewCatalogueRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, CreateAudited<domain::ReviewCatalogueEntry>(ctx, audit::kReviewCatalogueEntry, [&]()
                                                                                -> core::Result<domain::ReviewCatalogueEntry> {
    entry.id = 0;
    RETURN_IF_ERROR(CheckUnique(ctx, entry));
    return repo.Create(scope, std::move(entry));
  }));
  return Recorded<domain::ReviewCatalogueEntry>{std::move(stored), {}};
}

core::Result<Recorded<domain::ReviewCatalogueEntry>> UpdateReviewEntry(ServiceContext& ctx, const store::Scope& scope,
                                                                       domain::ReviewCatalogueEntry entry) {
  entry = Trimmed(std::move(entry));
  store::ReviewCatalogueRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, UpdateAudited<domain::ReviewCatalogueEntry>(
      ctx, audit::kReviewCatalogueEntry, [&] { return repo.Get(scope, entry.id); },
      [&](const domain::ReviewCatalogueEntry& existing) -> core::Status {
        RETURN_IF_ERROR(RequireSameTownship(existing.township_id, entry.township_id, "法制审核目录事项",
                                            "review catalogue entry"));
        entry.township_id = existing.township_id;
        RETURN_IF_ERROR(domain::ValidateReviewCatalogueEntry(entry));
        return CheckUnique(ctx, entry);
      },
      [&] { return repo.Update(scope, entry); }));
  return Recorded<domain::ReviewCatalogueEntry>{std::move(stored), {}};
}

core::Result<domain::ReviewCatalogueEntry> GetReviewEntry(ServiceContext& ctx, const store::Scope& scope,
                                                          std::int64_t id) {
  return store::ReviewCatalogueRepository(*ctx.db).Get(scope, id);
}

core::Result<store::Page<domain::ReviewCatalogueEntry>> ListReviewEntries(ServiceContext& ctx,
                                                                          const store::Scope& scope,
                                                                          const store::ReviewCatalogueFilter& filter) {
  return store::ReviewCatalogueRepository(*ctx.db).List(scope, filter);
}

core::Result<std::vector<domain::ReviewCatalogueEntry>> StartFromDefault(ServiceContext& ctx,
                                                                         const store::Scope& scope,
                                                                         std::int64_t township_id) {
  RETURN_IF_ERROR(CheckTownshipInScope(ctx, scope, township_id));
  ASSIGN_OR_RETURN(auto settings, ledger_support::SettingsOf(ctx, township_id));
  store::ReviewCatalogueRepository repo(*ctx.db);
  std::vector<domain::ReviewCatalogueEntry> out;
  RETURN_IF_ERROR(ctx.db->InTransaction([&]() -> core::Status {
    ASSIGN_OR_RETURN(auto existing, repo.LoadTownship(scope, township_id));
    if (!existing.empty()) {
      return core::Fail(core::FailedPrecondition(
          fmt::format("本乡镇已录入{}条法制审核目录事项，不能再从默认目录生成（可逐条修改）", existing.size()),
          fmt::format("the township already has {} catalogue entries", existing.size())));
    }
    for (auto e : domain::DefaultReviewCatalogue(settings)) {
      e.township_id = township_id;
      ASSIGN_OR_RETURN(auto stored, CreateAudited<domain::ReviewCatalogueEntry>(
                                        ctx, audit::kReviewCatalogueEntry, [&] { return repo.Create(scope, e); }));
      out.push_back(std::move(stored));
    }
    return core::Ok();
  }));
  return out;
}

}  // namespace fazhi::service
