// exchange/decision_catalogue_rows.cc — see decision_catalogue_rows.h: the 重大行政决策目录's
// columns, by key, over the flat-ledger converter (flat_rows.h).
#include "exchange/decision_catalogue_rows.h"

#include <string>

#include "exchange/flat_rows.h"

namespace fazhi::exchange {
namespace {

using R = domain::DecisionCatalogueItem;
using Row = DecisionCatalogueImportRow;

const row_support::Choice<domain::DecisionScope>& ScopeChoice() {
  static const auto c = flat_rows::EnumChoice<domain::DecisionScope>(5, domain::DecisionScopeLabelZh,
                                                                     domain::DecisionScopeCode,
                                                                     domain::ParseDecisionScope);
  return c;
}

std::vector<flat_rows::Column<Row>> BuildColumns() {
  flat_rows::Columns<Row> by_key;
  by_key["year"] = flat_rows::Count<Row>(&R::year);
  by_key["title"] = flat_rows::Text<Row>(&R::title);
  by_key["scope"] = flat_rows::Choice<Row>(&R::scope, ScopeChoice(), domain::DecisionScopeLabelZh);
  by_key["draftingUnit"] = flat_rows::Text<Row>(&R::drafting_unit);
  by_key["plannedPeriod"] = flat_rows::Text<Row>(&R::planned_period);
  by_key["listedOn"] = flat_rows::RequiredDate<Row>(&R::listed_on);
  by_key["partyConsentOn"] = flat_rows::OptionalDate<Row>(&R::party_consent_on);
  by_key["publishedOn"] = flat_rows::OptionalDate<Row>(&R::published_on);
  by_key["publicationChannel"] = flat_rows::Text<Row>(&R::publication_channel);
  by_key["withdrawnOn"] = flat_rows::OptionalDate<Row>(&R::withdrawn_on);
  by_key["withdrawalReason"] = flat_rows::Text<Row>(&R::withdrawal_reason);
  by_key["note"] = flat_rows::Text<Row>(&R::note);
  return flat_rows::InLayoutOrder<Row>(Ledger::kDecisionCatalogue, std::move(by_key));
}

const std::vector<flat_rows::Column<Row>>& Columns() {
  static const std::vector<flat_rows::Column<Row>> kColumns = BuildColumns();
  return kColumns;
}

}  // namespace

core::Result<ParsedLedger<Row>> ParseDecisionCatalogueSheet(const Sheet& sheet) {
  return flat_rows::ParseSheet<Row>(Ledger::kDecisionCatalogue, sheet, Columns());
}

std::vector<Cell> DecisionCatalogueExportRow(const R& r, std::int64_t seq, std::string_view township,
                                             const ExportRowOptions& options) {
  return flat_rows::ExportRow<Row>(Ledger::kDecisionCatalogue, Columns(), r, seq, township, options);
}

}  // namespace fazhi::exchange
