// service/json/import_json.cc — see import_json.h.
#include "service/json/import_json.h"

#include <string>

namespace fazhi::service::json {

nlohmann::json ImportResultToJson(const ImportResult& r) {
  nlohmann::json errors = nlohmann::json::array();
  for (const auto& e : r.errors) {
    errors.push_back({{"row", e.row},
                      {"column", e.column},
                      {"field", e.field},
                      {"reason", e.reason},
                      {"reasonEn", e.reason_en}});
  }
  nlohmann::json warnings = nlohmann::json::array();
  for (const auto& w : r.warnings) {
    warnings.push_back({{"row", w.row},
                        {"column", w.column},
                        {"rule", w.rule},
                        {"message", w.message},
                        {"messageEn", w.message_en}});
  }
  return {{"ledger", std::string(exchange::LedgerCode(r.ledger))},
          {"format", std::string(exchange::FileFormatCode(r.format))},
          {"mode", std::string(ImportModeCode(r.mode))},
          {"dryRun", r.dry_run},
          {"townshipId", r.township_id},
          {"headerRow", r.header_row},
          {"total", r.total},
          {"valid", r.valid},
          {"imported", r.imported},
          {"rejected", r.rejected},
          {"errors", std::move(errors)},
          {"warnings", std::move(warnings)},
          {"createdIds", r.created_ids},
          {"ignoredColumns", r.ignored_columns}};
}

}  // namespace fazhi::service::json
