// service/json/import_json.h — an import's result as JSON, the one shape shared by
// `fazhi import --json` and POST …/import (docs/import-export.md).
//
// Contract: {ledger, format, mode, dryRun, headerRow, total, valid, imported, rejected,
// errors:[{row, column, field, reason, reasonEn}], warnings:[{row, column, rule, message,
// messageEn}], createdIds, ignoredColumns}. Rows are Excel's row numbers. Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "service/import_service.h"

namespace fazhi::service::json {

nlohmann::json ImportResultToJson(const ImportResult& result);

}  // namespace fazhi::service::json
