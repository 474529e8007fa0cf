// service/import_service.cc — see import_service.h.
#include "service/import_service.h"
#include "service/review_catalogue_service.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "domain/common.h"
#include "domain/mediation/mediation_rules.h"
#include "domain/petition/petition_rules.h"
#include "exchange/ledger_rows.h"
#include "exchange/decision_catalogue_rows.h"
#include "exchange/decision_rows.h"
#include "exchange/power_rows.h"
#include "exchange/normative_rows.h"
#include "exchange/officer_rows.h"
#include "exchange/penalty_rows.h"
#include "domain/decision/decision_catalogue.h"
#include "domain/decision/decision_rules.h"
#include "domain/enforcement/officer_rules.h"
#include "domain/enforcement/penalty_rules.h"
#include "domain/normative/normative_rules.h"
#include "service/ledger_service.h"
#include "service/ledger_support.h"
#include "service/decision_service.h"
#include "service/power_service.h"
#include "service/normative_service.h"
#include "service/officer_service.h"
#include "service/penalty_service.h"
#include "store/decision_catalogue_repository.h"
#include "store/power_repository.h"
#include "store/mediation_repository.h"
#include "store/org_repository.h"
#include "store/normative_repository.h"
#include "store/officer_repository.h"
#include "store/penalty_repository.h"
#include "store/petition_repository.h"

namespace fazhi::service {
namespace {

using exchange::Ledger;
using exchange::RowProblem;

constexpr int kPageSize = 1000;

std::string Squeeze(std::string_view text) {
  std::string out;
  std::string_view t = domain::TrimText(text);
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == ' ' || t[i] == '\t') continue;
    if (t.substr(i, 3) == "\u3000") {
      i += 2;
      continue;
    }
    out.push_back(t[i]);
  }
  return out;
}

// "新春村人民调解委员会" and "新春村调委会" both → "新春村".
std::string CommitteeStem(std::string_view name) {
  std::string s = Squeeze(name);
  for (std::string_view suffix :
       {"人民调解委员会", "调解委员会", "人民调委会", "调委会", "调解会"}) {
    if (s.size() > suffix.size() &&
        s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0) {
      s.resize(s.size() - suffix.size());
      break;
    }
  }
  return s;
}

RowProblem Problem(Ledger ledger, std::int64_t row, std::string_view field, std::string zh,
                   std::string en) {
  return {row, exchange::ColumnForField(ledger, field), std::string(field), std::move(zh),
          std::move(en)};
}

RowProblem ProblemOf(Ledger ledger, std::int64_t row, const core::Error& e) {
  return {row, exchange::ColumnForField(ledger, e.field), e.field, e.message, e.message_en};
}

// Reports `done` of `total` rows of a phase at most every 1% and at the end.
class Ticker {
 public:
  Ticker(const ImportOptions& options, ImportPhase phase, std::int64_t total)
      : fn_(options.progress),
        phase_(phase),
        total_(total),
        step_(std::max<std::int64_t>(1, total / 100)) {}
  void Tick(std::int64_t done) {
    if (fn_ && (done % step_ == 0 || done == total_)) fn_(phase_, done, total_);
  }

 private:
  const std::function<void(ImportPhase, std::int64_t, std::int64_t)>& fn_;
  ImportPhase phase_;
  std::int64_t total_;
  std::int64_t step_;
};

// The township being imported into, checked against the scope.
core::Result<domain::Region> TownshipOf(ServiceContext& ctx, const store::Scope& scope,
                                        std::int64_t township_id) {
  store::OrgRepository org(*ctx.db);
  auto region = org.GetRegion(scope, township_id);
  if (!region) {
    if (region.error().code != core::ErrorCode::kNotFound) return core::Fail(region.error());
    return core::Fail(core::PermissionDenied("无权向该乡镇（街道）导入台账",
                                             "you may not import into that township's ledgers"));
  }
  if (region->level != domain::RegionLevel::kTownship) {
    return core::Fail(core::InvalidArgument(
        "unit",
        fmt::format("台账只能导入到乡镇（街道），{}（{}）不是乡镇", region->name, region->code),
        fmt::format("Ledgers are imported into a township; {} ({}) is not one", region->name,
                    region->code)));
  }
  return *region;
}

void CheckTownshipCell(Ledger ledger, std::int64_t row, const std::string& cell,
                       const domain::Region& township, std::vector<RowProblem>& problems) {
  if (cell.empty() || Squeeze(cell) == Squeeze(township.name)) return;
  problems.push_back(
      Problem(ledger, row, "township",
              fmt::format("本行属于“{}”，而当前导入的是“{}”：请分乡镇（街道）导入，或清空此列",
                          cell, township.name),
              fmt::format("This row belongs to \"{}\" but the import is into \"{}\": import each "
                          "township separately, or clear this column",
                          cell, township.name)));
}

// ---- mediation ----

struct MediationReferences {
  std::vector<domain::MediationCommittee> committees;
  std::vector<domain::Mediator> mediators;
  std::unordered_set<std::string> case_numbers;  // stored in the township
};

core::Result<MediationReferences> LoadMediationReferences(ServiceContext& ctx,
                                                          const store::Scope& scope,
                                                          std::int64_t township_id) {
  store::MediationRepository repo(*ctx.db);
  MediationReferences refs;
  ASSIGN_OR_RETURN(refs.committees, repo.ListCommittees(scope, township_id));
  ASSIGN_OR_RETURN(refs.mediators, repo.ListMediators(scope, township_id));
  store::CaseFilter filter;
  filter.township_id = township_id;
  filter.page.page_size = kPageSize;
  filter.page.sort = "id";
  for (filter.page.page = 1;; ++filter.page.page) {
    ASSIGN_OR_RETURN(auto page, repo.ListCases(scope, filter));
    for (const auto& c : page.items) refs.case_numbers.insert(c.case_no);
    if (static_cast<int>(page.items.size()) < kPageSize) break;
  }
  return refs;
}

// The committee named in the row (or the township's own committee when none is named).
std::optional<std::int64_t> ResolveCommittee(const MediationReferences& refs,
                                             const exchange::MediationImportRow& row,
                                             const domain::Mediator* mediator,
                                             std::vector<RowProblem>& problems) {
  const Ledger L = Ledger::kMediation;
  if (row.committee.empty()) {
    if (mediator != nullptr) return mediator->committee_id;
    std::vector<const domain::MediationCommittee*> own;
    for (const auto& c : refs.committees) {
      if (c.level == domain::CommitteeLevel::kTownship) own.push_back(&c);
    }
    if (own.size() == 1) return own.front()->id;
    if (own.empty()) {
      problems.push_back(Problem(
          L, row.row, "committeeId",
          "本乡镇（街道）尚未登记乡镇调委会：请先登记调委会，或在“调解组织”列填写调委会名称",
          "The township has no township mediation committee on record: register it first, or "
          "name the committee in the 调解组织 column"));
    } else {
      problems.push_back(Problem(L, row.row, "committeeId",
                                 "本乡镇（街道）有多个乡镇级调委会：请在“调解组织”列填写调委会名称",
                                 "The township has several township-level committees: name the "
                                 "committee in the 调解组织 column"));
    }
    return std::nullopt;
  }
  const std::string wanted = Squeeze(row.committee);
  for (const auto& c : refs.committees) {
    if (Squeeze(c.name) == wanted) return c.id;
  }
  const std::string stem = CommitteeStem(row.committee);
  std::vector<const domain::MediationCommittee*> matches;
  for (const auto& c : refs.committees) {
    if (CommitteeStem(c.name) == stem) matches.push_back(&c);
  }
  if (matches.size() == 1) return matches.front()->id;
  std::string names;
  for (const auto& c : refs.committees) names += (names.empty() ? "" : "、") + c.name;
  if (names.empty()) names = "（无）";
  problems.push_back(
      Problem(L, row.row, "committeeId",
              fmt::format("调解组织“{}”不是本乡镇（街道）已登记的调委会（已登记：{}）",
                          row.committee, names),
              fmt::format("\"{}\" is not a mediation committee of this township (on record: {})",
                          row.committee, names)));
  return std::nullopt;
}

// The mediator named in the row; ambiguous names are settled by the committee named.
const domain::Mediator* ResolveMediator(const MediationReferences& refs,
                                        const exchange::MediationImportRow& row,
                                        std::vector<RowProblem>& problems) {
  const std::string wanted = Squeeze(row.mediator);
  std::vector<const domain::Mediator*> matches;
  for (const auto& m : refs.mediators) {
    if (Squeeze(m.name) == wanted) matches.push_back(&m);
  }
  if (matches.size() == 1) return matches.front();
  if (matches.size() > 1 && !row.committee.empty()) {
    const std::string stem = CommitteeStem(row.committee);
    std::vector<const domain::Mediator*> in_committee;
    for (const domain::Mediator* m : matches) {
      for (const auto& c : refs.committees) {
        if (c.id == m->committee_id &&
            (Squeeze(c.name) == Squeeze(row.committee) || CommitteeStem(c.name) == stem)) {
          in_committee.push_back(m);
        }
      }
    }
    if (in_committee.size() == 1) return in_committee.front();
  }
  if (matches.empty()) {
    problems.push_back(Problem(
        Ledger::kMediation, row.row, "mediatorId",
        fmt::format("调解员“{}”不在本乡镇（街道）的调解员名册中：请先登记该调解员，或清空此格",
                    row.mediator),
        fmt::format("Mediator \"{}\" is not on this township's roster: register the mediator "
                    "first, or leave the cell empty",
                    row.mediator)));
  } else {
    problems.push_back(Problem(
        Ledger::kMediation, row.row, "mediatorId",
        fmt::format("本乡镇（街道）有 {} 名调解员叫“{}”：请在“调解组织”列写明其所在调委会",
                    matches.size(), row.mediator),
        fmt::format("{} mediators of this township are called \"{}\": name their committee in "
                    "the 调解组织 column",
                    matches.size(), row.mediator)));
  }
  return nullptr;
}

template <class Record>
struct CheckedRow {
  std::int64_t row = 0;
  Record record;
};

void DuplicateNumber(Ledger ledger, std::int64_t row, std::string_view field,
                     std::string_view what_zh, std::string_view what_en, const std::string& number,
                     std::unordered_map<std::string, std::int64_t>& seen,
                     const std::unordered_set<std::string>& stored,
                     std::vector<RowProblem>& problems) {
  if (number.empty()) return;
  auto [it, inserted] = seen.emplace(number, row);
  if (!inserted) {
    problems.push_back(Problem(
        ledger, row, field, fmt::format("{}“{}”与第 {} 行重复", what_zh, number, it->second),
        fmt::format("{} \"{}\" repeats row {}", what_en, number, it->second)));
  } else if (stored.count(number) > 0) {
    problems.push_back(Problem(
        ledger, row, field, fmt::format("{}“{}”在本乡镇（街道）台账中已存在", what_zh, number),
        fmt::format("{} \"{}\" is already in this township's ledger", what_en, number)));
  }
}

void Collect(std::vector<RowProblem>& row_problems, ImportResult& result,
             std::set<std::int64_t>& bad_rows) {
  for (auto& p : row_problems) {
    bad_rows.insert(p.row);
    result.errors.push_back(std::move(p));
  }
  row_problems.clear();
}

core::Result<std::vector<CheckedRow<domain::MediationCase>>> CheckMediationRows(
    ServiceContext& ctx, const store::Scope& scope, const domain::Region& township,
    std::vector<exchange::MediationImportRow>& rows, const ImportOptions& options,
    ImportResult& result, std::set<std::int64_t>& bad_rows) {
  ASSIGN_OR_RETURN(MediationReferences refs, LoadMediationReferences(ctx, scope, township.id));
  const core::Date today = ctx.clock->Today();
  std::unordered_map<std::string, std::int64_t> seen;
  std::vector<CheckedRow<domain::MediationCase>> good;
  std::vector<RowProblem> problems;
  Ticker ticker(options, ImportPhase::kCheck, static_cast<std::int64_t>(rows.size()));
  std::int64_t done = 0;
  for (auto& row : rows) {
    ticker.Tick(++done);
    CheckTownshipCell(Ledger::kMediation, row.row, row.township, township, problems);
    const domain::Mediator* mediator =
        row.mediator.empty() ? nullptr : ResolveMediator(refs, row, problems);
    bool mediator_failed = !row.mediator.empty() && mediator == nullptr;
    auto committee = ResolveCommittee(refs, row, mediator, problems);
    DuplicateNumber(Ledger::kMediation, row.row, "caseNo", "案件编号", "Case number",
                    row.record.case_no, seen, refs.case_numbers, problems);
    domain::MediationCase& c = row.record;
    c.township_id = township.id;
    c.committee_id = committee.value_or(0);
    if (mediator != nullptr) c.mediator_id = mediator->id;
    if (auto st = domain::ValidateMediationCase(c, today); !st) {
      problems.push_back(ProblemOf(Ledger::kMediation, row.row, st.error()));
    }
    if (problems.empty() && committee && !mediator_failed) {
      good.push_back({row.row, std::move(c)});
    } else {
      Collect(problems, result, bad_rows);
    }
  }
  return good;
}

// ---- petitions ----

core::Result<std::unordered_set<std::string>> StoredRegNumbers(ServiceContext& ctx,
                                                               const store::Scope& scope,
                                                               std::int64_t township_id) {
  store::PetitionRepository repo(*ctx.db);
  std::unordered_set<std::string> numbers;
  store::PetitionFilter filter;
  filter.township_id = township_id;
  filter.page.page_size = kPageSize;
  filter.page.sort = "id";
  for (filter.page.page = 1;; ++filter.page.page) {
    ASSIGN_OR_RETURN(auto page, repo.List(scope, filter));
    for (const auto& p : page.items) numbers.insert(p.reg_no);
    if (static_cast<int>(page.items.size()) < kPageSize) break;
  }
  return numbers;
}

core::Result<std::vector<CheckedRow<domain::Petition>>> CheckPetitionRows(
    ServiceContext& ctx, const store::Scope& scope, const domain::Region& township,
    std::vector<exchange::PetitionImportRow>& rows, const ImportOptions& options,
    ImportResult& result, std::set<std::int64_t>& bad_rows) {
  ASSIGN_OR_RETURN(auto stored, StoredRegNumbers(ctx, scope, township.id));
  const core::Date today = ctx.clock->Today();
  std::unordered_map<std::string, std::int64_t> seen;
  std::vector<CheckedRow<domain::Petition>> good;
  std::vector<RowProblem> problems;
  Ticker ticker(options, ImportPhase::kCheck, static_cast<std::int64_t>(rows.size()));
  std::int64_t done = 0;
  for (auto& row : rows) {
    ticker.Tick(++done);
    CheckTownshipCell(Ledger::kPetition, row.row, row.township, township, problems);
    DuplicateNumber(Ledger::kPetition, row.row, "regNo", "登记编号", "Registration number",
                    row.record.reg_no, seen, stored, problems);
    domain::Petition& p = row.record;
    p.township_id = township.id;
    domain::NormalizePetition(p);
    if (auto st = domain::ValidatePetition(p, today); !st) {
      problems.push_back(ProblemOf(Ledger::kPetition, row.row, st.error()));
    }
    if (problems.empty()) {
      good.push_back({row.row, std::move(p)});
    } else {
      Collect(problems, result, bad_rows);
    }
  }
  return good;
}

// ---- enforcement cases ----

struct PenaltyReferences {
  std::vector<domain::EnforcementOfficer> officers;  // the township's register
  std::unordered_set<std::string> numbers;           // 案号 stored in the township
  domain::LedgerSettings settings;
  std::vector<domain::ReviewCatalogueEntry> catalogue;
};

core::Result<PenaltyReferences> LoadPenaltyReferences(ServiceContext& ctx, const store::Scope& scope,
                                                      std::int64_t township_id) {
  PenaltyReferences refs;
  ASSIGN_OR_RETURN(refs.officers, store::OfficerRepository(*ctx.db).LoadTownship(scope, township_id));
  store::PenaltyCaseFilter filter;
  filter.township_id = township_id;
  filter.page.page_size = 0;  // every case
  filter.page.sort = "id";
  ASSIGN_OR_RETURN(auto all, store::PenaltyCaseRepository(*ctx.db).List(scope, filter));
  for (const auto& c : all.items) refs.numbers.insert(c.number);
  ASSIGN_OR_RETURN(refs.settings, ledger_support::SettingsOf(ctx, township_id));
  ASSIGN_OR_RETURN(refs.catalogue, ReviewCatalogueFor(ctx, township_id, refs.settings));
  return refs;
}

// Each officer named in the row, by certificate number when given, else by name (one match).
bool ResolveCaseOfficers(const PenaltyReferences& refs, exchange::PenaltyImportRow& row,
                         std::vector<RowProblem>& problems) {
  bool ok = true;
  for (std::size_t i = 0; i < row.record.officers.size(); ++i) {
    domain::CaseOfficer& co = row.record.officers[i];
    std::vector<const domain::EnforcementOfficer*> matches;
    for (const auto& o : refs.officers) {
      if (Squeeze(o.name) != Squeeze(co.name)) continue;
      if (!co.certificate_number.empty()) {
        const bool holds = std::any_of(o.certificates.begin(), o.certificates.end(), [&](const auto& c) {
          return Squeeze(c.number) == Squeeze(co.certificate_number);
        });
        if (!holds) continue;
      }
      matches.push_back(&o);
    }
    if (matches.size() == 1) {
      co.officer_id = matches.front()->id;
      co.name = matches.front()->name;
      continue;
    }
    ok = false;
    const std::string field = fmt::format("officers[{}].officerId", i);
    if (matches.empty()) {
      problems.push_back(Problem(
          Ledger::kPenalty, row.row, field,
          co.certificate_number.empty()
              ? fmt::format("承办人员“{}”不在本乡镇（街道）的执法人员名册中：请先登记该执法人员", co.name)
              : fmt::format("承办人员“{}”（执法证号{}）不在本乡镇（街道）的执法人员名册中", co.name,
                            co.certificate_number),
          fmt::format("The officer \"{}\" is not in this township's register", co.name)));
    } else {
      problems.push_back(Problem(
          Ledger::kPenalty, row.row, field,
          fmt::format("名册中有{}名“{}”：请在“执法证号”列填写其执法证号以区分", matches.size(), co.name),
          fmt::format("{} officers are named \"{}\": give the certificate number", matches.size(), co.name)));
    }
  }
  return ok;
}

core::Result<std::vector<CheckedRow<domain::PenaltyCase>>> CheckPenaltyRows(
    ServiceContext& ctx, const store::Scope& scope, const domain::Region& township,
    std::vector<exchange::PenaltyImportRow>& rows, const ImportOptions& options, ImportResult& result,
    std::set<std::int64_t>& bad_rows) {
  ASSIGN_OR_RETURN(PenaltyReferences refs, LoadPenaltyReferences(ctx, scope, township.id));
  const core::Date today = ctx.clock->Today();
  const domain::PenaltyRuleInputs inputs{*ctx.calendar, today, refs.settings, refs.officers, refs.catalogue};
  std::unordered_map<std::string, std::int64_t> seen;
  std::vector<CheckedRow<domain::PenaltyCase>> good;
  std::vector<RowProblem> problems;
  Ticker ticker(options, ImportPhase::kCheck, static_cast<std::int64_t>(rows.size()));
  std::int64_t done = 0;
  for (auto& row : rows) {
    ticker.Tick(++done);
    CheckTownshipCell(Ledger::kPenalty, row.row, row.township, township, problems);
    DuplicateNumber(Ledger::kPenalty, row.row, "number", "案号", "Case number", row.record.number, seen,
                    refs.numbers, problems);
    const bool officers_ok = ResolveCaseOfficers(refs, row, problems);
    domain::PenaltyCase& c = row.record;
    c.township_id = township.id;
    if (officers_ok) {
      core::Status st = domain::ValidatePenaltyCase(c, today);
      if (st) st = domain::CheckPenaltyRules(c, inputs);
      if (!st) problems.push_back(ProblemOf(Ledger::kPenalty, row.row, st.error()));
    }
    if (problems.empty()) {
      good.push_back({row.row, std::move(c)});
    } else {
      Collect(problems, result, bad_rows);
    }
  }
  return good;
}

// ---- normative documents and major decisions ----

core::Result<std::vector<CheckedRow<domain::NormativeDocument>>> CheckNormativeRows(
    ServiceContext& ctx, const store::Scope& scope, const domain::Region& township,
    std::vector<exchange::NormativeImportRow>& rows, const ImportOptions& options, ImportResult& result,
    std::set<std::int64_t>& bad_rows) {
  ASSIGN_OR_RETURN(auto settings, ledger_support::SettingsOf(ctx, township.id));
  std::unordered_set<std::string> stored;
  {
    ASSIGN_OR_RETURN(auto all, store::NormativeRepository(*ctx.db).LoadTownship(scope, township.id));
    for (const auto& d : all) {
      if (!d.number.empty()) stored.insert(d.number);
    }
  }
  const core::Date today = ctx.clock->Today();
  std::unordered_map<std::string, std::int64_t> seen;
  std::vector<CheckedRow<domain::NormativeDocument>> good;
  std::vector<RowProblem> problems;
  Ticker ticker(options, ImportPhase::kCheck, static_cast<std::int64_t>(rows.size()));
  std::int64_t done = 0;
  for (auto& row : rows) {
    ticker.Tick(++done);
    CheckTownshipCell(Ledger::kNormative, row.row, row.township, township, problems);
    DuplicateNumber(Ledger::kNormative, row.row, "number", "文号", "Number", row.record.number, seen, stored, problems);
    domain::NormativeDocument& d = row.record;
    d.township_id = township.id;
    core::Status st = domain::ValidateNormativeDocument(d, today);
    if (st) st = domain::CheckNormativeRules(d, settings);
    if (!st) problems.push_back(ProblemOf(Ledger::kNormative, row.row, st.error()));
    if (problems.empty()) {
      good.push_back({row.row, std::move(d)});
    } else {
      Collect(problems, result, bad_rows);
    }
  }
  return good;
}

core::Result<std::vector<CheckedRow<domain::MajorDecision>>> CheckDecisionRows(
    ServiceContext& ctx, const store::Scope& scope, const domain::Region& township,
    std::vector<exchange::DecisionImportRow>& rows, const ImportOptions& options, ImportResult& result,
    std::set<std::int64_t>& bad_rows) {
  const core::Date today = ctx.clock->Today();
  std::vector<CheckedRow<domain::MajorDecision>> good;
  std::vector<RowProblem> problems;
  Ticker ticker(options, ImportPhase::kCheck, static_cast<std::int64_t>(rows.size()));
  std::int64_t done = 0;
  for (auto& row : rows) {
    ticker.Tick(++done);
    CheckTownshipCell(Ledger::kDecision, row.row, row.township, township, problems);
    domain::MajorDecision& d = row.record;
    d.township_id = township.id;
    core::Status st = domain::ValidateMajorDecision(d, today);
    if (st) st = CheckDecisionCatalogue(ctx, scope, d);
    if (st) st = domain::CheckDecisionRules(d, *ctx.calendar);
    if (!st) problems.push_back(ProblemOf(Ledger::kDecision, row.row, st.error()));
    if (problems.empty()) {
      good.push_back({row.row, std::move(d)});
    } else {
      Collect(problems, result, bad_rows);
    }
  }
  return good;
}

// ---- enforcement officers ----

// The rules of RecordOfficer (ValidateOfficer on the clock's today); every certificate number
// unique within the file and against the township's register (the store's uniqueness).
core::Result<std::vector<CheckedRow<domain::EnforcementOfficer>>> CheckOfficerRows(
    ServiceContext& ctx, const store::Scope& scope, const domain::Region& township,
    std::vector<exchange::OfficerImportRow>& rows, const ImportOptions& options, ImportResult& result,
    std::set<std::int64_t>& bad_rows) {
  std::unordered_set<std::string> stored;
  {
    ASSIGN_OR_RETURN(auto all, store::OfficerRepository(*ctx.db).LoadTownship(scope, township.id));
    for (const auto& o : all) {
      for (const auto& c : o.certificates) stored.insert(Squeeze(c.number));
    }
  }
  const core::Date today = ctx.clock->Today();
  std::unordered_map<std::string, std::int64_t> seen;
  std::vector<CheckedRow<domain::EnforcementOfficer>> good;
  std::vector<RowProblem> problems;
  Ticker ticker(options, ImportPhase::kCheck, static_cast<std::int64_t>(rows.size()));
  std::int64_t done = 0;
  for (auto& row : rows) {
    ticker.Tick(++done);
    CheckTownshipCell(Ledger::kOfficer, row.row, row.township, township, problems);
    domain::EnforcementOfficer& o = row.record;
    o.township_id = township.id;
    std::unordered_set<std::string> in_row;  // a number twice in one row: ValidateOfficer says so
    for (const auto& c : o.certificates) {
      const std::string number = Squeeze(c.number);
      if (number.empty() || !in_row.insert(number).second) continue;
      DuplicateNumber(Ledger::kOfficer, row.row, "certificates.number", "执法证号", "Certificate number", number,
                      seen, stored, problems);
    }
    if (auto st = domain::ValidateOfficer(o, today); !st) {
      problems.push_back(ProblemOf(Ledger::kOfficer, row.row, st.error()));
    }
    if (problems.empty()) {
      good.push_back({row.row, std::move(o)});
    } else {
      Collect(problems, result, bad_rows);
    }
  }
  return good;
}

// ---- the 权力事项目录 ----

// The rules of RecordPower (ValidatePowerItem); a code once in the file and not yet in the
// township's catalogue (the store's uniqueness per version, and RecordPower's per code).
core::Result<std::vector<CheckedRow<domain::PowerItem>>> CheckPowerRows(
    ServiceContext& ctx, const store::Scope& scope, const domain::Region& township,
    std::vector<exchange::PowerImportRow>& rows, const ImportOptions& options, ImportResult& result,
    std::set<std::int64_t>& bad_rows) {
  std::unordered_set<std::string> stored;
  {
    store::PowerFilter filter;
    filter.township_id = township.id;
    filter.page = {1, 0, "code"};
    ASSIGN_OR_RETURN(auto all, store::PowerRepository(*ctx.db).List(scope, filter));
    for (const auto& p : all.items) stored.insert(Squeeze(p.code));
  }
  std::unordered_map<std::string, std::int64_t> seen;
  std::vector<CheckedRow<domain::PowerItem>> good;
  std::vector<RowProblem> problems;
  Ticker ticker(options, ImportPhase::kCheck, static_cast<std::int64_t>(rows.size()));
  std::int64_t done = 0;
  for (auto& row : rows) {
    ticker.Tick(++done);
    CheckTownshipCell(Ledger::kPower, row.row, row.township, township, problems);
    domain::PowerItem& p = row.record;
    p.township_id = township.id;
    p.version = 1;
    p.effective_to.reset();
    DuplicateNumber(Ledger::kPower, row.row, "code", "事项编码", "Code", Squeeze(p.code), seen, stored, problems);
    if (auto st = domain::ValidatePowerItem(p); !st) problems.push_back(ProblemOf(Ledger::kPower, row.row, st.error()));
    if (problems.empty()) {
      good.push_back({row.row, std::move(p)});
    } else {
      Collect(problems, result, bad_rows);
    }
  }
  return good;
}

// ---- the 决策目录 ----

// The rules of RecordCatalogueItem (ValidateCatalogueItem on the clock's today); a matter once
// per year within the file and against the township's catalogue (the store's uniqueness).
core::Result<std::vector<CheckedRow<domain::DecisionCatalogueItem>>> CheckDecisionCatalogueRows(
    ServiceContext& ctx, const store::Scope& scope, const domain::Region& township,
    std::vector<exchange::DecisionCatalogueImportRow>& rows, const ImportOptions& options, ImportResult& result,
    std::set<std::int64_t>& bad_rows) {
  auto key_of = [](int year, std::string_view title) { return fmt::format("{}年“{}”", year, Squeeze(title)); };
  std::unordered_set<std::string> stored;
  {
    std::set<int> years;
    for (const auto& row : rows) {
      if (row.record.year >= 2000 && row.record.year <= 2100) years.insert(row.record.year);
    }
    store::DecisionCatalogueRepository repo(*ctx.db);
    for (int year : years) {
      ASSIGN_OR_RETURN(auto items, repo.LoadYear(scope, township.id, year));
      for (const auto& k : items) stored.insert(key_of(k.year, k.title));
    }
  }
  const core::Date today = ctx.clock->Today();
  std::unordered_map<std::string, std::int64_t> seen;
  std::vector<CheckedRow<domain::DecisionCatalogueItem>> good;
  std::vector<RowProblem> problems;
  Ticker ticker(options, ImportPhase::kCheck, static_cast<std::int64_t>(rows.size()));
  std::int64_t done = 0;
  for (auto& row : rows) {
    ticker.Tick(++done);
    CheckTownshipCell(Ledger::kDecisionCatalogue, row.row, row.township, township, problems);
    domain::DecisionCatalogueItem& k = row.record;
    k.township_id = township.id;
    if (!Squeeze(k.title).empty()) {
      DuplicateNumber(Ledger::kDecisionCatalogue, row.row, "title", "决策事项", "Matter", key_of(k.year, k.title),
                      seen, stored, problems);
    }
    if (auto st = domain::ValidateCatalogueItem(k, today); !st) {
      problems.push_back(ProblemOf(Ledger::kDecisionCatalogue, row.row, st.error()));
    }
    if (problems.empty()) {
      good.push_back({row.row, std::move(k)});
    } else {
      Collect(problems, result, bad_rows);
    }
  }
  return good;
}

// ---- writing ----

core::Result<std::int64_t> RecordOne(ServiceContext& ctx, const store::Scope& scope,
                                     domain::MediationCase c,
                                     std::vector<domain::RuleFinding>& warnings) {
  ASSIGN_OR_RETURN(auto recorded, RecordMediationCase(ctx, scope, std::move(c)));
  warnings = std::move(recorded.warnings);
  return recorded.record.id;
}

core::Result<std::int64_t> RecordOne(ServiceContext& ctx, const store::Scope& scope,
                                     domain::Petition p,
                                     std::vector<domain::RuleFinding>& warnings) {
  ASSIGN_OR_RETURN(auto recorded, RecordPetition(ctx, scope, std::move(p)));
  warnings = std::move(recorded.warnings);
  return recorded.record.id;
}

core::Result<std::int64_t> RecordOne(ServiceContext& ctx, const store::Scope& scope,
                                     domain::PenaltyCase c,
                                     std::vector<domain::RuleFinding>& warnings) {
  ASSIGN_OR_RETURN(auto recorded, RecordPenaltyCase(ctx, scope, std::move(c)));
  warnings = std::move(recorded.warnings);
  return recorded.record.id;
}

core::Result<std::int64_t> RecordOne(ServiceContext& ctx, const store::Scope& scope,
                                     domain::NormativeDocument d, std::vector<domain::RuleFinding>& warnings) {
  ASSIGN_OR_RETURN(auto recorded, RecordNormativeDocument(ctx, scope, std::move(d)));
  warnings = std::move(recorded.warnings);
  return recorded.record.id;
}

core::Result<std::int64_t> RecordOne(ServiceContext& ctx, const store::Scope& scope,
                                     domain::EnforcementOfficer o, std::vector<domain::RuleFinding>& warnings) {
  ASSIGN_OR_RETURN(auto recorded, RecordOfficer(ctx, scope, std::move(o)));
  warnings = std::move(recorded.warnings);
  return recorded.record.id;
}

core::Result<std::int64_t> RecordOne(ServiceContext& ctx, const store::Scope& scope, domain::MajorDecision d,
                                     std::vector<domain::RuleFinding>& warnings) {
  ASSIGN_OR_RETURN(auto recorded, RecordMajorDecision(ctx, scope, std::move(d)));
  warnings = std::move(recorded.warnings);
  return recorded.record.id;
}

core::Result<std::int64_t> RecordOne(ServiceContext& ctx, const store::Scope& scope, domain::PowerItem p,
                                     std::vector<domain::RuleFinding>& warnings) {
  ASSIGN_OR_RETURN(auto recorded, RecordPower(ctx, scope, std::move(p)));
  warnings = std::move(recorded.warnings);
  return recorded.record.id;
}

core::Result<std::int64_t> RecordOne(ServiceContext& ctx, const store::Scope& scope, domain::DecisionCatalogueItem k,
                                     std::vector<domain::RuleFinding>& warnings) {
  ASSIGN_OR_RETURN(auto recorded, RecordCatalogueItem(ctx, scope, std::move(k)));
  warnings = std::move(recorded.warnings);
  return recorded.record.id;
}

template <class Record>
core::Status WriteRows(ServiceContext& ctx, const store::Scope& scope, Ledger ledger,
                       std::vector<CheckedRow<Record>>& rows, const ImportOptions& options,
                       ImportResult& result) {
  Ticker ticker(options, ImportPhase::kWrite, static_cast<std::int64_t>(rows.size()));
  std::optional<RowProblem> fatal;  // kAll: the row that stopped the import
  std::vector<ImportWarning> warnings;
  std::vector<std::int64_t> ids;
  std::int64_t refused = 0;
  auto status = ctx.db->InTransaction([&]() -> core::Status {
    std::int64_t done = 0;
    for (auto& row : rows) {
      std::vector<domain::RuleFinding> findings;
      core::Result<std::int64_t> id = core::Fail(core::Internal("not written"));
      if (options.mode == ImportMode::kValidOnly) {
        // A savepoint per row: a refused row leaves nothing behind.
        auto st = ctx.db->InTransaction([&]() -> core::Status {
          id = RecordOne(ctx, scope, row.record, findings);
          if (!id) return core::Fail(id.error());
          return core::Ok();
        });
        if (!st && id) id = core::Fail(st.error());
      } else {
        id = RecordOne(ctx, scope, std::move(row.record), findings);
      }
      if (!id) {
        const core::Error& e = id.error();
        bool row_problem = e.code == core::ErrorCode::kInvalidArgument ||
                           e.code == core::ErrorCode::kConflict ||
                           e.code == core::ErrorCode::kFailedPrecondition;
        if (!row_problem) return core::Fail(e);
        RowProblem problem = ProblemOf(ledger, row.row, e);
        if (options.mode == ImportMode::kAll) {
          fatal = std::move(problem);
          return core::Fail(e);
        }
        result.errors.push_back(std::move(problem));
        ++refused;
      } else {
        ids.push_back(*id);
        for (auto& f : findings) {
          if (f.severity != domain::Severity::kWarning && f.severity != domain::Severity::kError) {
            continue;
          }
          warnings.push_back({row.row, exchange::ColumnForField(ledger, f.field), f.rule,
                              std::move(f.message), std::move(f.message_en)});
        }
      }
      ticker.Tick(++done);
    }
    return core::Ok();
  });
  if (!status) {
    if (!fatal) return core::Fail(status.error());
    result.errors.push_back(std::move(*fatal));
    result.rejected += 1;
    result.valid -= 1;
    return core::Ok();  // reported; nothing written
  }
  result.imported = static_cast<std::int64_t>(ids.size());
  result.rejected += refused;
  result.valid -= refused;
  result.created_ids = std::move(ids);
  result.warnings = std::move(warnings);
  return core::Ok();
}

template <class Parsed, class Check>
core::Status RunImport(ServiceContext& ctx, const store::Scope& scope, Ledger ledger,
                       const domain::Region& township, Parsed parsed, Check check,
                       const ImportOptions& options, ImportResult& result) {
  result.header_row = parsed.header_row;
  result.total = parsed.data_rows;
  result.ignored_columns = parsed.ignored_headers;
  std::set<std::int64_t> bad_rows;
  for (auto& p : parsed.problems) {
    if (p.row != parsed.header_row) bad_rows.insert(p.row);
    result.errors.push_back(std::move(p));
  }
  if (!parsed.header_ok) {
    result.rejected = result.total;
    return core::Ok();
  }
  ASSIGN_OR_RETURN(auto good, check(ctx, scope, township, parsed.rows, options, result, bad_rows));
  std::stable_sort(result.errors.begin(), result.errors.end(),
                   [](const RowProblem& a, const RowProblem& b) { return a.row < b.row; });
  result.rejected = static_cast<std::int64_t>(bad_rows.size());
  result.valid = static_cast<std::int64_t>(good.size());
  if (options.dry_run || good.empty()) return core::Ok();
  if (options.mode == ImportMode::kAll && result.rejected > 0) return core::Ok();
  RETURN_IF_ERROR(WriteRows(ctx, scope, ledger, good, options, result));
  std::stable_sort(result.errors.begin(), result.errors.end(),
                   [](const RowProblem& a, const RowProblem& b) { return a.row < b.row; });
  return core::Ok();
}

}  // namespace

std::string_view ImportModeCode(ImportMode mode) {
  return mode == ImportMode::kAll ? "all" : "valid";
}

core::Result<ImportMode> ParseImportMode(std::string_view text, std::string_view field) {
  std::string_view t = domain::TrimText(text);
  if (domain::EqualsIgnoreAsciiCase(t, "all")) return ImportMode::kAll;
  if (domain::EqualsIgnoreAsciiCase(t, "valid")) return ImportMode::kValidOnly;
  return core::Fail(core::InvalidArgument(
      std::string(field),
      fmt::format("导入方式“{}”无效，可选值：all（全部通过才导入）、valid（只导入无误的行）", text),
      fmt::format("Import mode \"{}\" is not valid; allowed: all (all rows or nothing), valid "
                  "(only the rows without problems)",
                  text)));
}

core::Result<ImportResult> ImportLedger(ServiceContext& ctx, const store::Scope& scope,
                                        Ledger ledger, std::int64_t township_id,
                                        std::string_view bytes, const ImportOptions& options) {
  ImportResult result;
  result.ledger = ledger;
  result.mode = options.mode;
  result.dry_run = options.dry_run;
  result.township_id = township_id;
  ASSIGN_OR_RETURN(domain::Region township, TownshipOf(ctx, scope, township_id));
  ASSIGN_OR_RETURN(result.format, exchange::DetectFileFormat(bytes));
  ASSIGN_OR_RETURN(exchange::Sheet sheet, exchange::ReadSheet(bytes, options.limits));
  if (ledger == Ledger::kMediation) {
    ASSIGN_OR_RETURN(auto parsed, exchange::ParseMediationSheet(sheet));
    sheet = {};  // the rows are parsed; free the cells
    RETURN_IF_ERROR(RunImport(ctx, scope, ledger, township, std::move(parsed), CheckMediationRows,
                              options, result));
  } else if (ledger == Ledger::kPetition) {
    ASSIGN_OR_RETURN(auto parsed, exchange::ParsePetitionSheet(sheet));
    sheet = {};
    RETURN_IF_ERROR(RunImport(ctx, scope, ledger, township, std::move(parsed), CheckPetitionRows,
                              options, result));
  } else if (ledger == Ledger::kPenalty) {
    ASSIGN_OR_RETURN(auto parsed, exchange::ParsePenaltySheet(sheet));
    sheet = {};
    RETURN_IF_ERROR(RunImport(ctx, scope, ledger, township, std::move(parsed), CheckPenaltyRows,
                              options, result));
  } else if (ledger == Ledger::kNormative) {
    ASSIGN_OR_RETURN(auto parsed, exchange::ParseNormativeSheet(sheet));
    sheet = {};
    RETURN_IF_ERROR(RunImport(ctx, scope, ledger, township, std::move(parsed), CheckNormativeRows, options, result));
  } else if (ledger == Ledger::kOfficer) {
    ASSIGN_OR_RETURN(auto parsed, exchange::ParseOfficerSheet(sheet));
    sheet = {};
    RETURN_IF_ERROR(RunImport(ctx, scope, ledger, township, std::move(parsed), CheckOfficerRows, options, result));
  } else if (ledger == Ledger::kPower) {
    ASSIGN_OR_RETURN(auto parsed, exchange::ParsePowerSheet(sheet));
    sheet = {};
    RETURN_IF_ERROR(RunImport(ctx, scope, ledger, township, std::move(parsed), CheckPowerRows, options, result));
  } else if (ledger == Ledger::kDecisionCatalogue) {
    ASSIGN_OR_RETURN(auto parsed, exchange::ParseDecisionCatalogueSheet(sheet));
    sheet = {};
    RETURN_IF_ERROR(
        RunImport(ctx, scope, ledger, township, std::move(parsed), CheckDecisionCatalogueRows, options, result));
  } else {
    ASSIGN_OR_RETURN(auto parsed, exchange::ParseDecisionSheet(sheet));
    sheet = {};
    RETURN_IF_ERROR(RunImport(ctx, scope, ledger, township, std::move(parsed), CheckDecisionRows, options, result));
  }
  return result;
}

}  // namespace fazhi::service
