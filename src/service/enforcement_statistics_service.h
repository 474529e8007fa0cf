// service/enforcement_statistics_service.h — the annual enforcement data of a county or
// township (LEP-05): counts by category, result and kind of sanction, as data or as the
// 行政执法数据统计表 (.xlsx / .csv).
//
// Contract: the unit is a 12-digit code inside the caller's scope (service/unit_service.h:
// kNotFound outside it, and for a township user the county too); year 2000…2100 (kInvalidArgument "year"). The cases of every
// township of the unit active in the year are counted by domain::EnforcementStatistics. The
// file has the title "{县}{乡镇}{year}年度行政执法数据统计表", one row per category and a 合计
// row; money in 元. Not thread-safe (one ServiceContext).
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/enforcement/statistics.h"
#include "domain/org/org.h"
#include "exchange/sheet.h"
#include "service/export_service.h"
#include "service/service_context.h"
#include "store/scope.h"

namespace fazhi::service {

struct EnforcementStatisticsReport {
  domain::Region unit;
  int year = 0;
  std::vector<domain::EnforcementStatisticsRow> rows;  // six categories, then the total
};

core::Result<EnforcementStatisticsReport> ComputeEnforcementStatistics(ServiceContext& ctx,
                                                                      const store::Scope& scope,
                                                                      std::string_view unit_code, int year);

core::Result<ExportedFile> ExportEnforcementStatistics(ServiceContext& ctx, const store::Scope& scope,
                                                       std::string_view unit_code, int year,
                                                       exchange::FileFormat format);

}  // namespace fazhi::service
