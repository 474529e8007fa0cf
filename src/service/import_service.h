// service/import_service.h — importing a township's ledger (人民调解, 信访, 行政执法案件, 行政执法人员…) from an .xlsx or
// .csv file (docs/import-export.md): every row checked first, a report of each bad row, and
// nothing written unless the chosen mode allows it.
//
// Contract:
//  * The file is read within options.limits (exchange::ReadSheet: .xlsx by its bytes, else
//    CSV UTF-8) and matched to the ledger's layout (exchange/ledger_layouts.h). A file that
//    cannot be read at all, or has no header row, is an Error (kInvalidArgument "file"); so
//    is a township outside the scope (kPermissionDenied) or a region that is not a township
//    (kInvalidArgument "unit").
//  * EVERY data row is checked before anything is written, with the rules ledger_service
//    applies: the cells (exchange), the township column, the references (调解组织 and 调解员
//    resolved by name among the township's committees and mediators, loaded once), the case
//    / registration number / 案号 unique within the file and against the township's stored
//    ledger (loaded once), and the domain rules (ValidateMediationCase, NormalizePetition +
//    ValidatePetition; for enforcement cases the 承办人员 resolved in the township's officer
//    register, then ValidatePenaltyCase + CheckPenaltyRules; for the 行政执法人员 register
//    ValidateOfficer, each 执法证号 unique within the file and against the township's
//    register) with the context's clock as
//    "today". Each problem is reported as
//    {row (Excel's), column (header text), reason zh/en}; a row's cell problems are all
//    reported, then its first rule problem.
//  * dry_run: nothing is written. mode kAll: if any row has a problem nothing is written.
//    mode kValidOnly: the good rows are written, the bad ones reported.
//  * Writing is ONE transaction for the whole import (Database::InTransaction), each record
//    through ledger_service's Record* (so its rules, warnings and audit rows apply). A row the
//    write refuses (e.g. a case number taken meanwhile) is reported like any bad row: in kAll
//    the whole import is rolled back (imported 0); in kValidOnly only that row is undone (a
//    savepoint per row). Database failures are Errors and leave nothing written.
//  * Counts: total = data rows in the file; valid = rows without problems; imported = rows
//    written; rejected = rows with problems. created_ids are the new record ids, in file
//    order. warnings are the rules' non-blocking findings (severity warning) per row.
//  * options.progress(phase, done, total) is called while checking the rows (kCheck, over the
//    rows read) and while writing them (kWrite, over the rows to write): at most every 1% of
//    the rows and at the end of each phase.
// Not thread-safe (one ServiceContext).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "exchange/ledger_layouts.h"
#include "exchange/sheet.h"
#include "service/service_context.h"
#include "store/scope.h"

namespace fazhi::service {

enum class ImportMode { kAll, kValidOnly };
std::string_view ImportModeCode(ImportMode mode);  // "all" | "valid"
// "all" | "valid", else kInvalidArgument naming `field`.
core::Result<ImportMode> ParseImportMode(std::string_view text, std::string_view field = "mode");

enum class ImportPhase { kCheck, kWrite };

struct ImportOptions {
  ImportMode mode = ImportMode::kAll;
  bool dry_run = false;  // check only, write nothing
  exchange::ReadLimits limits;
  // May be empty.
  std::function<void(ImportPhase phase, std::int64_t done, std::int64_t total)> progress;
};

// A non-blocking finding on an imported row (it was written).
struct ImportWarning {
  std::int64_t row = 0;
  std::string column;
  std::string rule;  // "MED-10"
  std::string message;
  std::string message_en;
};

struct ImportResult {
  exchange::Ledger ledger = exchange::Ledger::kMediation;
  exchange::FileFormat format = exchange::FileFormat::kCsv;
  ImportMode mode = ImportMode::kAll;
  bool dry_run = false;
  std::int64_t township_id = 0;
  std::int64_t header_row = 0;  // Excel row of the header
  std::int64_t total = 0;
  std::int64_t valid = 0;
  std::int64_t imported = 0;
  std::int64_t rejected = 0;
  std::vector<exchange::RowProblem> errors;  // by row; header problems first
  std::vector<ImportWarning> warnings;
  std::vector<std::int64_t> created_ids;
  std::vector<std::string> ignored_columns;  // header cells no column matches
};

core::Result<ImportResult> ImportLedger(ServiceContext& ctx, const store::Scope& scope,
                                        exchange::Ledger ledger, std::int64_t township_id,
                                        std::string_view bytes, const ImportOptions& options);

}  // namespace fazhi::service
