// service/export_service.cc — see export_service.h.
#include "service/export_service.h"

#include <fmt/format.h>

#include <memory>
#include <unordered_map>

#include "exchange/csv.h"
#include "exchange/ledger_layouts.h"
#include "exchange/ledger_rows.h"
#include "exchange/decision_catalogue_rows.h"
#include "exchange/decision_rows.h"
#include "exchange/power_rows.h"
#include "exchange/normative_rows.h"
#include "exchange/officer_rows.h"
#include "exchange/penalty_rows.h"
#include "exchange/xlsx_writer.h"
#include "store/org_repository.h"

namespace fazhi::service {
namespace {

using exchange::Cell;
using exchange::Ledger;

struct UnitDescription {
  std::string title_prefix;  // "云岭县许明寺镇"
  std::string file_unit;     // "许明寺镇"
  bool several_townships = false;
};

core::Result<UnitDescription> DescribeUnit(ServiceContext& ctx, const store::Scope& scope,
                                           std::optional<std::int64_t> township_id) {
  store::OrgRepository org(*ctx.db);
  if (!township_id && scope.kind() == store::Scope::Kind::kTownship) {
    township_id = scope.region_id();
  }
  UnitDescription unit;
  if (township_id) {
    auto township = org.GetRegion(scope, *township_id);
    if (!township) {
      if (township.error().code != core::ErrorCode::kNotFound) return core::Fail(township.error());
      return core::Fail(core::PermissionDenied("无权导出该乡镇（街道）的台账",
                                               "you may not export that township's ledgers"));
    }
    unit.file_unit = township->name;
    unit.title_prefix = township->name;
    if (township->parent_id) {
      if (auto county = org.GetRegion(scope, *township->parent_id)) {
        unit.title_prefix = county->name + township->name;
      }
    }
    return unit;
  }
  unit.several_townships = true;
  if (scope.kind() == store::Scope::Kind::kCounty) {
    ASSIGN_OR_RETURN(auto county, org.GetRegion(scope, scope.region_id()));
    unit.title_prefix = county.name;
    unit.file_unit = county.name;
  } else {
    unit.file_unit = "全部";
  }
  return unit;
}

struct Period {
  std::string title;  // "（2025年）"
  std::string file;   // "_2025"
};

std::string Compact(core::Date d) {
  return fmt::format("{:04d}{:02d}{:02d}", static_cast<int>(d.year()),
                     static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

Period DescribePeriod(const std::optional<core::Date>& from, const std::optional<core::Date>& to) {
  if (from && to) {
    int year = core::YearOf(*from);
    if (core::YearOf(*to) == year && *from == core::MakeDate(year, 1, 1) &&
        *to == core::MakeDate(year, 12, 31)) {
      return {fmt::format("（{}年）", year), fmt::format("_{}", year)};
    }
    return {fmt::format("（{}至{}）", core::FormatDateZh(*from), core::FormatDateZh(*to)),
            fmt::format("_{}-{}", Compact(*from), Compact(*to))};
  }
  if (from)
    return {fmt::format("（{}起）", core::FormatDateZh(*from)),
            fmt::format("_{}起", Compact(*from))};
  if (to)
    return {fmt::format("（截至{}）", core::FormatDateZh(*to)),
            fmt::format("_截至{}", Compact(*to))};
  return {};
}

// Streams rows into an .xlsx (title, header, rows) or a CSV (header, rows).
class LedgerFileWriter {
 public:
  static core::Result<LedgerFileWriter> Open(exchange::FileFormat format, Ledger ledger,
                                             const std::string& title, bool several_townships) {
    LedgerFileWriter w;
    auto columns = exchange::ExportColumns(ledger, several_townships);
    if (format == exchange::FileFormat::kXlsx) {
      exchange::XlsxLayout layout;
      layout.sheet_name = std::string(exchange::LedgerFileStemZh(ledger));
      layout.title = title;
      for (const auto* c : columns) layout.columns.push_back({std::string(c->header), c->width});
      ASSIGN_OR_RETURN(w.xlsx_, exchange::XlsxWriter::Open(layout));
    } else {
      w.csv_ = std::make_unique<exchange::CsvWriter>();
      std::vector<std::string> header;
      for (const auto* c : columns) header.emplace_back(c->header);
      w.csv_->AddRow(header);
    }
    return w;
  }

  core::Status AddRow(const std::vector<Cell>& cells) {
    if (xlsx_) return xlsx_->AddRow(cells);
    csv_->AddRow(cells);
    return core::Ok();
  }

  core::Result<std::string> Finish() {
    if (xlsx_) return xlsx_->Finish();
    return csv_->Take();
  }

 private:
  std::unique_ptr<exchange::XlsxWriter> xlsx_;
  std::unique_ptr<exchange::CsvWriter> csv_;
};

core::Status CheckPageSize(int page_size) {
  if (page_size >= 1 && page_size <= 1000) return core::Ok();
  return core::Fail(core::InvalidArgument("pageSize", "每次读取的行数须在 1 到 1000 之间",
                                          "pageSize must be between 1 and 1000"));
}

// Reads every page of a list query and writes each record.
template <class Record, class List, class Row>
core::Status ExportPages(ServiceContext& ctx, int page_size, List list, Row row,
                         LedgerFileWriter& writer, const ExportOptions& options,
                         std::int64_t& written) {
  return ctx.db->InTransaction([&]() -> core::Status {
    for (int page = 1;; ++page) {
      ASSIGN_OR_RETURN(store::Page<Record> items, list(page, page_size));
      for (const Record& r : items.items) {
        ++written;
        RETURN_IF_ERROR(writer.AddRow(row(r, written)));
      }
      if (options.progress) options.progress(written, items.total);
      if (static_cast<int>(items.items.size()) < page_size) break;
    }
    return core::Ok();
  });
}

std::string FileName(Ledger ledger, const UnitDescription& unit, const Period& period,
                     exchange::FileFormat format) {
  return fmt::format("{}_{}{}.{}", exchange::LedgerFileStemZh(ledger), unit.file_unit, period.file,
                     exchange::FileFormatCode(format));
}

core::Result<std::unordered_map<std::int64_t, std::string>> TownshipNames(ServiceContext& ctx,
                                                                          const store::Scope& scope,
                                                                          bool needed) {
  std::unordered_map<std::int64_t, std::string> names;
  if (!needed) return names;
  store::OrgRepository org(*ctx.db);
  ASSIGN_OR_RETURN(auto townships, org.ListByLevel(scope, domain::RegionLevel::kTownship));
  for (auto& t : townships) names.emplace(t.id, std::move(t.name));
  return names;
}

// The export of a ledger whose rows need only the township's name: the file's title and name,
// every page of `repo.List(scope, filter)` in `filter`'s order (default `default_sort`), each
// record turned into cells by `row(record, seq, township name, options)`.
template <class Record, class Repo, class Filter, class Row>
core::Result<ExportedFile> ExportWithTownshipNames(ServiceContext& ctx, const store::Scope& scope, Ledger ledger,
                                                   Repo& repo, Filter filter, const Period& period,
                                                   std::string_view default_sort, Row row,
                                                   const ExportOptions& options) {
  RETURN_IF_ERROR(CheckPageSize(options.page_size));
  ASSIGN_OR_RETURN(UnitDescription unit, DescribeUnit(ctx, scope, filter.township_id));
  ExportedFile file;
  file.title = unit.title_prefix + std::string(exchange::LedgerTitleZh(ledger)) + period.title;
  file.file_name = FileName(ledger, unit, period, options.format);
  file.content_type = std::string(exchange::FileFormatContentType(options.format));
  ASSIGN_OR_RETURN(auto township_names, TownshipNames(ctx, scope, unit.several_townships));
  ASSIGN_OR_RETURN(LedgerFileWriter writer,
                   LedgerFileWriter::Open(options.format, ledger, file.title, unit.several_townships));
  if (filter.page.sort.empty()) filter.page.sort = std::string(default_sort);
  const exchange::ExportRowOptions row_options{options.unmasked, unit.several_townships};
  RETURN_IF_ERROR(ExportPages<Record>(
      ctx, options.page_size,
      [&](int page, int size) {
        filter.page.page = page;
        filter.page.page_size = size;
        return repo.List(scope, filter);
      },
      [&](const Record& r, std::int64_t seq) {
        auto it = township_names.find(r.township_id);
        std::string_view township = it == township_names.end() ? std::string_view() : it->second;
        return row(r, seq, township, row_options);
      },
      writer, options, file.rows));
  ASSIGN_OR_RETURN(file.bytes, writer.Finish());
  return file;
}

// The officer list as a repository: ListOfficers with the certificate-standing filter.
struct OfficerLister {
  ServiceContext& ctx;
  std::optional<domain::CertificateStanding> certificate;
  core::Result<store::Page<domain::EnforcementOfficer>> List(const store::Scope& scope,
                                                             const store::OfficerFilter& filter) {
    return ListOfficers(ctx, scope, OfficerQuery{filter, certificate});
  }
};

}  // namespace

core::Result<ExportedFile> ExportMediationCases(ServiceContext& ctx, const store::Scope& scope,
                                                store::CaseFilter filter,
                                                const ExportOptions& options) {
  RETURN_IF_ERROR(CheckPageSize(options.page_size));
  const Ledger ledger = Ledger::kMediation;
  ASSIGN_OR_RETURN(UnitDescription unit, DescribeUnit(ctx, scope, filter.township_id));
  Period period = DescribePeriod(filter.accepted_from, filter.accepted_to);
  ExportedFile file;
  file.title = unit.title_prefix + std::string(exchange::LedgerTitleZh(ledger)) + period.title;
  file.file_name = FileName(ledger, unit, period, options.format);
  file.content_type = std::string(exchange::FileFormatContentType(options.format));

  store::MediationRepository repo(*ctx.db);
  ASSIGN_OR_RETURN(auto committees, repo.ListCommittees(scope, filter.township_id));
  ASSIGN_OR_RETURN(auto mediators, repo.ListMediators(scope, filter.township_id));
  std::unordered_map<std::int64_t, std::string> committee_names, mediator_names;
  for (auto& c : committees) committee_names.emplace(c.id, std::move(c.name));
  for (auto& m : mediators) mediator_names.emplace(m.id, std::move(m.name));
  ASSIGN_OR_RETURN(auto township_names, TownshipNames(ctx, scope, unit.several_townships));

  ASSIGN_OR_RETURN(
      LedgerFileWriter writer,
      LedgerFileWriter::Open(options.format, ledger, file.title, unit.several_townships));
  if (filter.page.sort.empty()) filter.page.sort = "acceptedOn";
  const exchange::ExportRowOptions row_options{options.unmasked, unit.several_townships};
  auto lookup = [](const std::unordered_map<std::int64_t, std::string>& names,
                   std::optional<std::int64_t> id) -> std::string_view {
    if (!id) return {};
    auto it = names.find(*id);
    return it == names.end() ? std::string_view() : std::string_view(it->second);
  };
  RETURN_IF_ERROR(ExportPages<domain::MediationCase>(
      ctx, options.page_size,
      [&](int page, int size) {
        filter.page.page = page;
        filter.page.page_size = size;
        return repo.ListCases(scope, filter);
      },
      [&](const domain::MediationCase& c, std::int64_t seq) {
        exchange::MediationNames names{lookup(township_names, c.township_id),
                                       lookup(committee_names, c.committee_id),
                                       lookup(mediator_names, c.mediator_id)};
        return exchange::MediationExportRow(c, seq, names, row_options);
      },
      writer, options, file.rows));
  ASSIGN_OR_RETURN(file.bytes, writer.Finish());
  return file;
}

core::Result<ExportedFile> ExportPetitions(ServiceContext& ctx, const store::Scope& scope,
                                           store::PetitionFilter filter,
                                           const ExportOptions& options) {
  const Period period = DescribePeriod(filter.received_from, filter.received_to);
  store::PetitionRepository repo(*ctx.db);
  return ExportWithTownshipNames<domain::Petition>(ctx, scope, Ledger::kPetition, repo, std::move(filter),
                                                   period,
                                                   "receivedOn", exchange::PetitionExportRow, options);
}

core::Result<ExportedFile> ExportPenaltyCases(ServiceContext& ctx, const store::Scope& scope,
                                              store::PenaltyCaseFilter filter,
                                              const ExportOptions& options) {
  const Period period = DescribePeriod(filter.received_from, filter.received_to);
  store::PenaltyCaseRepository repo(*ctx.db);
  return ExportWithTownshipNames<domain::PenaltyCase>(ctx, scope, Ledger::kPenalty, repo, std::move(filter),
                                                      period,
                                                      "leadReceivedOn", exchange::PenaltyExportRow, options);
}

core::Result<ExportedFile> ExportNormativeDocuments(ServiceContext& ctx, const store::Scope& scope, store::NormativeFilter filter,
                                     const ExportOptions& options) {
  const Period period = DescribePeriod(filter.published_from, filter.published_to);
  store::NormativeRepository repo(*ctx.db);
  return ExportWithTownshipNames<domain::NormativeDocument>(ctx, scope, Ledger::kNormative, repo, std::move(filter),
                                                           period,
                                                           "draftedOn", exchange::NormativeExportRow, options);
}

core::Result<ExportedFile> ExportMajorDecisions(ServiceContext& ctx, const store::Scope& scope, store::DecisionFilter filter,
                                     const ExportOptions& options) {
  store::DecisionRepository repo(*ctx.db);
  return ExportWithTownshipNames<domain::MajorDecision>(ctx, scope, Ledger::kDecision, repo, std::move(filter),
                                                        Period{}, "proposedOn", exchange::DecisionExportRow, options);
}

core::Result<ExportedFile> ExportOfficers(ServiceContext& ctx, const store::Scope& scope, OfficerQuery query,
                                          const ExportOptions& options) {
  OfficerLister lister{ctx, query.certificate};
  return ExportWithTownshipNames<domain::EnforcementOfficer>(ctx, scope, Ledger::kOfficer, lister,
                                                             std::move(query.filter), Period{}, "name",
                                                             exchange::OfficerExportRow, options);
}

core::Result<ExportedFile> ExportDecisionCatalogue(ServiceContext& ctx, const store::Scope& scope,
                                                   store::DecisionCatalogueFilter filter, const ExportOptions& options) {
  Period period;
  if (filter.year) {
    period = DescribePeriod(core::MakeDate(*filter.year, 1, 1), core::MakeDate(*filter.year, 12, 31));
  }
  store::DecisionCatalogueRepository repo(*ctx.db);
  return ExportWithTownshipNames<domain::DecisionCatalogueItem>(ctx, scope, Ledger::kDecisionCatalogue, repo,
                                                                std::move(filter), period, "year",
                                                                exchange::DecisionCatalogueExportRow, options);
}

core::Result<ExportedFile> ExportPowers(ServiceContext& ctx, const store::Scope& scope, store::PowerFilter filter,
                                        const ExportOptions& options) {
  store::PowerRepository repo(*ctx.db);
  return ExportWithTownshipNames<domain::PowerItem>(ctx, scope, Ledger::kPower, repo, std::move(filter), Period{},
                                                    "code", exchange::PowerExportRow, options);
}

}  // namespace fazhi::service
