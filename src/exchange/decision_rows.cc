// exchange/decision_rows.cc — see decision_rows.h: the 重大行政决策登记台账's columns, by key, over the
// flat-ledger converter (flat_rows.h).
#include "exchange/decision_rows.h"

#include <string>

#include "exchange/flat_rows.h"

namespace fazhi::exchange {
namespace {

using R = domain::MajorDecision;
using Row = DecisionImportRow;

const row_support::Choice<domain::DecisionScope>& DecisionScopeChoice() {
  static const auto c = flat_rows::EnumChoice<domain::DecisionScope>(5, domain::DecisionScopeLabelZh, domain::DecisionScopeCode, domain::ParseDecisionScope);
  return c;
}

const row_support::Choice<domain::MeetingResult>& MeetingResultChoice() {
  static const auto c = flat_rows::EnumChoice<domain::MeetingResult>(3, domain::MeetingResultLabelZh, domain::MeetingResultCode, domain::ParseMeetingResult);
  return c;
}

const row_support::Choice<domain::RiskLevel>& RiskLevelChoice() {
  static const auto c = flat_rows::EnumChoice<domain::RiskLevel>(3, domain::RiskLevelLabelZh, domain::RiskLevelCode, domain::ParseRiskLevel);
  return c;
}

std::vector<flat_rows::Column<Row>> BuildColumns() {
  flat_rows::Columns<Row> by_key;
  by_key["title"] = flat_rows::Text<Row>(&R::title);
  by_key["scope"] = flat_rows::Choice<Row>(&R::scope, DecisionScopeChoice(), domain::DecisionScopeLabelZh);
  by_key["draftingUnit"] = flat_rows::Text<Row>(&R::drafting_unit);
  by_key["proposedOn"] = flat_rows::RequiredDate<Row>(&R::proposed_on);
  by_key["catalogueItem"] = {[](Row& r, const std::string& v) {
                         r.record.catalogue_item = v;
                         r.record.in_catalogue = true;
                         return core::Ok();
                       },
                       [](const R& r, std::int64_t, std::string_view, bool) { return Cell::Text(r.catalogue_item); }};
  by_key["catalogueYear"] = flat_rows::Count<Row>(&R::catalogue_year);
  by_key["commentFrom"] = flat_rows::OptionalDate<Row>(&R::comment_from);
  by_key["commentTo"] = flat_rows::OptionalDate<Row>(&R::comment_to);
  by_key["shortPeriodReason"] = flat_rows::Text<Row>(&R::short_period_reason);
  by_key["participationException"] = flat_rows::Text<Row>(&R::participation_exception);
  by_key["expertReviewedOn"] = flat_rows::OptionalDate<Row>(&R::expert_reviewed_on);
  by_key["riskAssessedOn"] = flat_rows::OptionalDate<Row>(&R::risk_assessed_on);
  by_key["riskLevel"] = flat_rows::Choice<Row>(&R::risk_level, RiskLevelChoice(), domain::RiskLevelLabelZh);
  by_key["legalityReviewedOn"] = flat_rows::OptionalDate<Row>(&R::legality_reviewed_on);
  by_key["legalityReviewer"] = flat_rows::Text<Row>(&R::legality_reviewer);
  by_key["legalityOpinion"] = flat_rows::Text<Row>(&R::legality_opinion);
  by_key["fairCompetitionReviewedOn"] = flat_rows::OptionalDate<Row>(&R::fair_competition_reviewed_on);
  by_key["decidedOn"] = flat_rows::OptionalDate<Row>(&R::decided_on);
  by_key["meeting"] = flat_rows::Text<Row>(&R::meeting);
  by_key["meetingResult"] = flat_rows::Choice<Row>(&R::meeting_result, MeetingResultChoice(), domain::MeetingResultLabelZh);
  by_key["publishedOn"] = flat_rows::OptionalDate<Row>(&R::published_on);
  by_key["publicationChannel"] = flat_rows::Text<Row>(&R::publication_channel);
  by_key["executingUnit"] = flat_rows::Text<Row>(&R::executing_unit);
  return flat_rows::InLayoutOrder<Row>(Ledger::kDecision, std::move(by_key));
}

const std::vector<flat_rows::Column<Row>>& Columns() {
  static const std::vector<flat_rows::Column<Row>> kColumns = BuildColumns();
  return kColumns;
}

}  // namespace

core::Result<ParsedLedger<Row>> ParseDecisionSheet(const Sheet& sheet) {
  auto start = [](Row& r) { r.record.in_catalogue = false; };  // 目录外 unless the item is given
  return flat_rows::ParseSheet<Row>(Ledger::kDecision, sheet, Columns(), start);
}

std::vector<Cell> DecisionExportRow(const R& r, std::int64_t seq, std::string_view township,
                                const ExportRowOptions& options) {
  return flat_rows::ExportRow<Row>(Ledger::kDecision, Columns(), r, seq, township, options);
}

}  // namespace fazhi::exchange
