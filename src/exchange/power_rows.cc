// exchange/power_rows.cc — see power_rows.h: the 权力事项目录's columns, by key, over the
// flat-ledger converter (flat_rows.h).
#include "exchange/power_rows.h"

#include <string>

#include "exchange/flat_rows.h"

namespace fazhi::exchange {
namespace {

using R = domain::PowerItem;
using Row = PowerImportRow;

const row_support::Choice<domain::ActionCategory>& CategoryChoice() {
  static const auto c = flat_rows::EnumChoice<domain::ActionCategory>(6, domain::ActionCategoryLabelZh,
                                                                      domain::ActionCategoryCode,
                                                                      domain::ParseActionCategory);
  return c;
}

std::vector<flat_rows::Column<Row>> BuildColumns() {
  flat_rows::Columns<Row> by_key;
  by_key["code"] = flat_rows::Text<Row>(&R::code);
  by_key["name"] = flat_rows::Text<Row>(&R::name);
  by_key["category"] = flat_rows::Choice<Row>(&R::category, CategoryChoice(), domain::ActionCategoryLabelZh);
  by_key["subject"] = flat_rows::Text<Row>(&R::subject);
  by_key["basis"] = flat_rows::Text<Row>(&R::basis);
  by_key["procedure"] = flat_rows::Text<Row>(&R::procedure);
  by_key["remedy"] = flat_rows::Text<Row>(&R::remedy);
  by_key["effectiveFrom"] = flat_rows::RequiredDate<Row>(&R::effective_from);
  by_key["version"] = {{}, [](const R& r, std::int64_t, std::string_view, bool) { return Cell::Integer(r.version); }};
  by_key["effectiveTo"] = {{}, [](const R& r, std::int64_t, std::string_view, bool) {
                             return Cell::OptionalDate(r.effective_to);
                           }};
  by_key["note"] = flat_rows::Text<Row>(&R::note);
  return flat_rows::InLayoutOrder<Row>(Ledger::kPower, std::move(by_key));
}

const std::vector<flat_rows::Column<Row>>& Columns() {
  static const std::vector<flat_rows::Column<Row>> kColumns = BuildColumns();
  return kColumns;
}

}  // namespace

core::Result<ParsedLedger<Row>> ParsePowerSheet(const Sheet& sheet) {
  return flat_rows::ParseSheet<Row>(Ledger::kPower, sheet, Columns());
}

std::vector<Cell> PowerExportRow(const R& r, std::int64_t seq, std::string_view township,
                                 const ExportRowOptions& options) {
  return flat_rows::ExportRow<Row>(Ledger::kPower, Columns(), r, seq, township, options);
}

}  // namespace fazhi::exchange
