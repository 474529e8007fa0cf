// service/enforcement_statistics_service.cc — see enforcement_statistics_service.h.
#include "service/enforcement_statistics_service.h"

#include <fmt/format.h>

#include <string>

#include "exchange/csv.h"
#include "exchange/xlsx_writer.h"
#include "service/unit_service.h"
#include "store/org_repository.h"
#include "store/penalty_repository.h"

namespace fazhi::service {
namespace {

using exchange::Cell;
using K = domain::PenaltyKind;

std::int64_t Kinds(const domain::EnforcementStatisticsRow& r, std::initializer_list<K> kinds) {
  std::int64_t n = 0;
  for (K k : kinds) n += r.by_kind[static_cast<std::size_t>(k)];
  return n;
}

struct Column {
  const char* header;
  double width;
};

constexpr Column kColumns[] = {
    {"执法类别", 12},      {"立案（受理）件数", 10}, {"作出决定件数", 10},   {"给予行政处罚", 10},
    {"不予行政处罚", 10},  {"移送司法机关", 10},     {"其中：简易程序", 10}, {"警告", 8},
    {"通报批评", 8},       {"罚款", 8},             {"没收违法所得、非法财物", 12},
    {"暂扣、吊销许可证件，降低资质等级", 14},        {"限制生产经营、责令停产停业、责令关闭、限制从业", 16},
    {"行政拘留及其他", 10}, {"组织听证次数", 10},     {"法制审核件数", 10},   {"罚没金额（元）", 14},
    {"已缴罚没款（元）", 14}};

std::vector<Cell> RowCells(const domain::EnforcementStatisticsRow& r) {
  return {Cell::Text(r.category ? std::string(domain::ActionCategoryLabelZh(*r.category)) : "合计"),
          Cell::Integer(r.filed),
          Cell::Integer(r.decided),
          Cell::Integer(r.penalised),
          Cell::Integer(r.not_penalised),
          Cell::Integer(r.transferred),
          Cell::Integer(r.summary),
          Cell::Integer(Kinds(r, {K::kWarning})),
          Cell::Integer(Kinds(r, {K::kCriticism})),
          Cell::Integer(Kinds(r, {K::kFine})),
          Cell::Integer(Kinds(r, {K::kConfiscateGains, K::kConfiscateProperty})),
          Cell::Integer(Kinds(r, {K::kSuspendLicence, K::kRevokeLicence, K::kLowerQualification})),
          Cell::Integer(Kinds(r, {K::kRestrictProduction, K::kSuspendBusiness, K::kOrderClosure,
                                  K::kRestrictPractice})),
          Cell::Integer(Kinds(r, {K::kDetention, K::kOther})),
          Cell::Integer(r.hearings),
          Cell::Integer(r.legal_reviews),
          Cell::Money(r.fines_fen + r.confiscation_fen),
          Cell::Money(r.paid_fen)};
}

}  // namespace

core::Result<EnforcementStatisticsReport> ComputeEnforcementStatistics(ServiceContext& ctx,
                                                                      const store::Scope& scope,
                                                                      std::string_view unit_code, int year) {
  if (year < 2000 || year > 2100) {
    return core::Fail(core::InvalidArgument("year", fmt::format("年度 {} 无效，应在 2000 至 2100 之间", year),
                                            fmt::format("year {} is invalid; use 2000 to 2100", year)));
  }
  ASSIGN_OR_RETURN(auto unit, ResolveUnit(ctx, scope, unit_code));
  if (unit.IsCounty() && scope.kind() == store::Scope::Kind::kTownship) {
    // A township sees its county's name, never the county's figures.
    return core::Fail(core::NotFound(fmt::format("找不到区划代码为 {} 的单位", unit_code),
                                     fmt::format("no unit with code {}", unit_code)));
  }
  store::PenaltyCaseRepository repo(*ctx.db);
  std::vector<domain::PenaltyCase> cases;
  for (const auto& township : unit.townships) {
    ASSIGN_OR_RETURN(auto some, repo.LoadTownshipRange(scope, township.id, core::MakeDate(year, 1, 1),
                                                       core::MakeDate(year, 12, 31)));
    for (auto& c : some) cases.push_back(std::move(c));
  }
  return EnforcementStatisticsReport{unit.unit, year, domain::EnforcementStatistics(cases, year)};
}

core::Result<ExportedFile> ExportEnforcementStatistics(ServiceContext& ctx, const store::Scope& scope,
                                                       std::string_view unit_code, int year,
                                                       exchange::FileFormat format) {
  ASSIGN_OR_RETURN(auto report, ComputeEnforcementStatistics(ctx, scope, unit_code, year));
  std::string prefix;
  if (report.unit.level == domain::RegionLevel::kTownship && report.unit.parent_id) {
    auto county = store::OrgRepository(*ctx.db).GetRegion(store::Scope::System(), *report.unit.parent_id);
    if (county) prefix = county->name;
  }
  ExportedFile file;
  file.title = fmt::format("{}{}{}年度行政执法数据统计表", prefix, report.unit.name, year);
  file.file_name = fmt::format("行政执法数据统计表_{}_{}.{}", report.unit.name, year, exchange::FileFormatCode(format));
  file.content_type = std::string(exchange::FileFormatContentType(format));
  std::vector<std::vector<Cell>> rows;
  for (const auto& r : report.rows) rows.push_back(RowCells(r));
  file.rows = static_cast<std::int64_t>(rows.size());
  if (format == exchange::FileFormat::kXlsx) {
    exchange::XlsxLayout layout;
    layout.sheet_name = "行政执法数据统计表";
    layout.title = file.title;
    for (const auto& c : kColumns) layout.columns.push_back({c.header, c.width});
    ASSIGN_OR_RETURN(file.bytes, exchange::WriteXlsx(layout, rows));
  } else {
    exchange::CsvWriter csv;
    std::vector<std::string> header;
    for (const auto& c : kColumns) header.emplace_back(c.header);
    csv.AddRow(header);
    for (const auto& r : rows) csv.AddRow(r);
    file.bytes = csv.Take();
  }
  return file;
}

}  // namespace fazhi::service
