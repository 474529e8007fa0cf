// service/penalty_service.cc — see penalty_service.h.
#include "service/penalty_service.h"
#include "service/review_catalogue_service.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "domain/enforcement/evidence.h"
#include "service/ledger_support.h"
#include "service/unit_service.h"
#include "store/evidence_repository.h"
#include "store/officer_repository.h"

namespace fazhi::service {
namespace {

using ledger_support::CheckTownshipInScope;
using ledger_support::CreateAudited;
using ledger_support::RequireSameTownship;
using ledger_support::SettingsOf;
using ledger_support::UpdateAudited;

// What the rules of one township need: its settings, officers and review catalogue.
struct TownshipRuleContext {
  domain::LedgerSettings settings;
  std::vector<domain::EnforcementOfficer> officers;
  std::vector<domain::ReviewCatalogueEntry> catalogue;

  domain::PenaltyRuleInputs Inputs(ServiceContext& ctx) const {
    return {*ctx.calendar, ctx.clock->Today(), settings, officers, catalogue};
  }
};

core::Result<TownshipRuleContext> RuleContextOf(ServiceContext& ctx, std::int64_t township_id) {
  TownshipRuleContext out;
  ASSIGN_OR_RETURN(out.settings, SettingsOf(ctx, township_id));
  ASSIGN_OR_RETURN(out.officers, store::OfficerRepository(*ctx.db)
                                     .LoadTownship(store::Scope::System(), township_id));
  ASSIGN_OR_RETURN(out.catalogue, ReviewCatalogueFor(ctx, township_id, out.settings));
  return out;
}

// Every officer of the case must be in the township's register; names come from it.
core::Status ResolveOfficers(domain::PenaltyCase& c, const TownshipRuleContext& rc) {
  for (std::size_t i = 0; i < c.officers.size(); ++i) {
    auto& co = c.officers[i];
    auto it = std::find_if(rc.officers.begin(), rc.officers.end(),
                           [&](const domain::EnforcementOfficer& o) { return o.id == co.officer_id; });
    if (it == rc.officers.end()) {
      const std::string field = fmt::format("officers[{}].officerId", i);
      return core::Fail(core::InvalidArgument(
          field, fmt::format("第{}名承办人员不是本乡镇执法人员名册中的人员", i + 1),
          fmt::format("officer {} is not in this township's register of enforcement officers", i + 1)));
    }
    co.name = it->name;
    for (std::size_t j = 0; j < i; ++j) {
      if (c.officers[j].officer_id == co.officer_id) {
        const std::string field = fmt::format("officers[{}].officerId", i);
        return core::Fail(core::InvalidArgument(
            field, fmt::format("承办人员“{}”重复列出", co.name),
            fmt::format("the officer \"{}\" is listed twice", co.name)));
      }
    }
  }
  return core::Ok();
}

core::Status CheckCase(ServiceContext& ctx, domain::PenaltyCase& c, const TownshipRuleContext& rc) {
  RETURN_IF_ERROR(domain::ValidatePenaltyCase(c, ctx.clock->Today()));
  RETURN_IF_ERROR(ResolveOfficers(c, rc));
  return domain::CheckPenaltyRules(c, rc.Inputs(ctx));
}

}  // namespace

core::Result<Recorded<domain::PenaltyCase>> RecordPenaltyCase(ServiceContext& ctx,
                                                              const store::Scope& scope,
                                                              domain::PenaltyCase c) {
  RETURN_IF_ERROR(CheckTownshipInScope(ctx, scope, c.township_id));
  ASSIGN_OR_RETURN(auto rc, RuleContextOf(ctx, c.township_id));
  RETURN_IF_ERROR(CheckCase(ctx, c, rc));
  store::PenaltyCaseRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto stored, CreateAudited<domain::PenaltyCase>(ctx, audit::kPenaltyCase, [&] {
                     return repo.Create(scope, std::move(c));
                   }));
  auto warnings = domain::PenaltyCaseWarnings(stored, rc.Inputs(ctx));
  return Recorded<domain::PenaltyCase>{std::move(stored), std::move(warnings)};
}

core::Result<Recorded<domain::PenaltyCase>> UpdatePenaltyCase(ServiceContext& ctx,
                                                              const store::Scope& scope,
                                                              domain::PenaltyCase c) {
  store::PenaltyCaseRepository repo(*ctx.db);
  TownshipRuleContext rc;
  ASSIGN_OR_RETURN(auto stored, UpdateAudited<domain::PenaltyCase>(
      ctx, audit::kPenaltyCase, [&] { return repo.Get(scope, c.id); },
      [&](const domain::PenaltyCase& existing) -> core::Status {
        RETURN_IF_ERROR(RequireSameTownship(existing.township_id, c.township_id, "执法案件",
                                            "enforcement case"));
        c.township_id = existing.township_id;
        ASSIGN_OR_RETURN(rc, RuleContextOf(ctx, existing.township_id));
        RETURN_IF_ERROR(CheckCase(ctx, c, rc));
        return domain::CheckStageMove(existing.stage, c);
      },
      [&] { return repo.Update(scope, c); }));
  auto warnings = domain::PenaltyCaseWarnings(stored, rc.Inputs(ctx));
  return Recorded<domain::PenaltyCase>{std::move(stored), std::move(warnings)};
}

core::Result<domain::PenaltyCase> GetPenaltyCase(ServiceContext& ctx, const store::Scope& scope,
                                                 std::int64_t id) {
  return store::PenaltyCaseRepository(*ctx.db).Get(scope, id);
}

core::Result<store::Page<domain::PenaltyCase>> ListPenaltyCases(
    ServiceContext& ctx, const store::Scope& scope, const store::PenaltyCaseFilter& filter) {
  return store::PenaltyCaseRepository(*ctx.db).List(scope, filter);
}

core::Result<Recorded<domain::PenaltyCase>> AttachPenaltyDocument(ServiceContext& ctx,
                                                                  const store::Scope& scope,
                                                                  std::int64_t case_id,
                                                                  const DocumentUpload& upload) {
  ASSIGN_OR_RETURN(const std::string media_type,
                   domain::CheckEvidenceFile(upload.bytes, upload.file_name, upload.max_bytes));
  const core::Date today = ctx.clock->Today();
  store::PenaltyCaseRepository repo(*ctx.db);
  store::EvidenceRepository files(*ctx.db);
  domain::PenaltyCase updated;
  ASSIGN_OR_RETURN(auto stored, UpdateAudited<domain::PenaltyCase>(
      ctx, audit::kPenaltyCase, [&] { return repo.Get(scope, case_id); },
      [&](const domain::PenaltyCase& existing) -> core::Status {
        domain::CaseDocument d;
        d.case_id = existing.id;
        d.stage = upload.stage;
        d.evidence_type = upload.evidence_type;
        d.recorded_on = upload.recorded_on;
        d.title = upload.title;
        d.file_name = upload.file_name;
        d.media_type = media_type;
        d.size_bytes = static_cast<std::int64_t>(upload.bytes.size());
        updated = existing;
        updated.documents.push_back(d);
        RETURN_IF_ERROR(domain::ValidateCaseDocument(existing, d, "", today));
        ASSIGN_OR_RETURN(auto info, files.Put(scope, existing.township_id, upload.bytes, media_type,
                                              ctx.clock->NowUtc(), ctx.actor.username));
        updated.documents.back().sha256 = info.sha256;
        return core::Ok();
      },
      [&] { return repo.Update(scope, updated); }));
  ASSIGN_OR_RETURN(auto rc, RuleContextOf(ctx, stored.township_id));
  auto warnings = domain::PenaltyCaseWarnings(stored, rc.Inputs(ctx));
  return Recorded<domain::PenaltyCase>{std::move(stored), std::move(warnings)};
}

core::Result<DocumentFile> ReadPenaltyDocumentFile(ServiceContext& ctx, const store::Scope& scope,
                                                   std::int64_t case_id, std::int64_t document_id) {
  ASSIGN_OR_RETURN(auto c, store::PenaltyCaseRepository(*ctx.db).Get(scope, case_id));
  for (const auto& d : c.documents) {
    if (d.id != document_id || d.sha256.empty()) continue;
    ASSIGN_OR_RETURN(std::string bytes, store::EvidenceRepository(*ctx.db).Get(scope, c.township_id, d.sha256));
    return DocumentFile{std::move(bytes), d.media_type, d.file_name};
  }
  return core::Fail(core::NotFound("该文书没有上传文件", "the document has no uploaded file"));
}

core::Result<PublicDecisionPage> ListPublicDecisions(ServiceContext& ctx, std::string_view unit_code, int year,
                                                     int page, int page_size) {
  if (year < 2000 || year > 2100) {
    return core::Fail(core::InvalidArgument("year", fmt::format("年度 {} 无效，应在 2000 至 2100 之间", year),
                                            fmt::format("year {} is invalid; use 2000 to 2100", year)));
  }
  if (page_size < 1 || page_size > 100) {
    return core::Fail(core::InvalidArgument("pageSize", "每页条数应在 1 至 100 之间", "pageSize must be 1 to 100"));
  }
  ASSIGN_OR_RETURN(auto unit, ResolveUnit(ctx, store::Scope::System(), unit_code));
  const store::Scope scope =
      unit.IsCounty() ? store::Scope::County(unit.unit.id) : store::Scope::Township(unit.unit.id);
  std::map<std::int64_t, std::string> names;
  for (const auto& t : unit.townships) names[t.id] = t.name;
  store::PenaltyCaseFilter filter;
  filter.published = true;
  filter.decided_from = core::MakeDate(year, 1, 1);
  filter.decided_to = core::MakeDate(year, 12, 31);
  filter.page = {page, page_size, "-decidedOn"};
  ASSIGN_OR_RETURN(auto cases, store::PenaltyCaseRepository(*ctx.db).List(scope, filter));
  PublicDecisionPage out;
  out.unit = unit.unit;
  out.year = year;
  out.total = cases.total;
  for (const auto& c : cases.items) out.items.push_back(domain::ToPublicDecision(c, names[c.township_id]));
  return out;
}

core::Result<domain::PenaltyDeadlines> PenaltyCaseDeadlines(ServiceContext& ctx,
                                                            const domain::PenaltyCase& c) {
  return domain::ComputePenaltyDeadlines(c, *ctx.calendar);
}

core::Result<std::vector<domain::RuleFinding>> PenaltyCaseFindings(ServiceContext& ctx,
                                                                   const domain::PenaltyCase& c) {
  ASSIGN_OR_RETURN(auto rc, RuleContextOf(ctx, c.township_id));
  return domain::PenaltyCaseWarnings(c, rc.Inputs(ctx));
}

}  // namespace fazhi::service
