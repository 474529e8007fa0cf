// exchange/normative_rows.cc — see normative_rows.h: the 行政规范性文件登记台账's columns, by key, over the
// flat-ledger converter (flat_rows.h).
#include "exchange/normative_rows.h"

#include <string>

#include "exchange/flat_rows.h"

namespace fazhi::exchange {
namespace {

using R = domain::NormativeDocument;
using Row = NormativeImportRow;

const row_support::Choice<domain::NormExclusion>& NormExclusionChoice() {
  static const auto c = flat_rows::EnumChoice<domain::NormExclusion>(8, domain::NormExclusionLabelZh, domain::NormExclusionCode, domain::ParseNormExclusion);
  return c;
}

const row_support::Choice<domain::NormReviewOutcome>& NormReviewOutcomeChoice() {
  static const auto c = flat_rows::EnumChoice<domain::NormReviewOutcome>(3, domain::NormReviewOutcomeLabelZh, domain::NormReviewOutcomeCode, domain::ParseNormReviewOutcome);
  return c;
}

const row_support::Choice<domain::NormReviewer>& NormReviewerChoice() {
  static const auto c = flat_rows::EnumChoice<domain::NormReviewer>(3, domain::NormReviewerLabelZh, domain::NormReviewerCode, domain::ParseNormReviewer);
  return c;
}

const row_support::Choice<domain::NormStanding>& NormStandingChoice() {
  static const auto c = flat_rows::EnumChoice<domain::NormStanding>(4, domain::NormStandingLabelZh, domain::NormStandingCode, domain::ParseNormStanding);
  return c;
}

const row_support::Choice<domain::NormTrial>& NormTrialChoice() {
  static const auto c = flat_rows::EnumChoice<domain::NormTrial>(3, domain::NormTrialLabelZh, domain::NormTrialCode, domain::ParseNormTrial);
  return c;
}

std::vector<flat_rows::Column<Row>> BuildColumns() {
  flat_rows::Columns<Row> by_key;
  by_key["title"] = flat_rows::Text<Row>(&R::title);
  by_key["number"] = flat_rows::Text<Row>(&R::number);
  by_key["draftingUnit"] = flat_rows::Text<Row>(&R::drafting_unit);
  by_key["trial"] = flat_rows::Choice<Row>(&R::trial, NormTrialChoice(), domain::NormTrialLabelZh);
  by_key["exclusion"] = flat_rows::Choice<Row>(&R::exclusion, NormExclusionChoice(), domain::NormExclusionLabelZh);
  by_key["draftedOn"] = flat_rows::RequiredDate<Row>(&R::drafted_on);
  by_key["opinionsFrom"] = flat_rows::OptionalDate<Row>(&R::opinions_from);
  by_key["opinionsTo"] = flat_rows::OptionalDate<Row>(&R::opinions_to);
  by_key["reviewSubmittedOn"] = flat_rows::OptionalDate<Row>(&R::review_submitted_on);
  by_key["reviewedOn"] = flat_rows::OptionalDate<Row>(&R::reviewed_on);
  by_key["reviewerRole"] = flat_rows::Choice<Row>(&R::reviewer_role, NormReviewerChoice(), domain::NormReviewerLabelZh);
  by_key["reviewer"] = flat_rows::Text<Row>(&R::reviewer);
  by_key["reviewOutcome"] = flat_rows::Choice<Row>(&R::review_outcome, NormReviewOutcomeChoice(), domain::NormReviewOutcomeLabelZh);
  by_key["reviewOpinion"] = flat_rows::Text<Row>(&R::review_opinion);
  by_key["deliberatedOn"] = flat_rows::OptionalDate<Row>(&R::deliberated_on);
  by_key["deliberationMeeting"] = flat_rows::Text<Row>(&R::deliberation_meeting);
  by_key["signedOn"] = flat_rows::OptionalDate<Row>(&R::signed_on);
  by_key["signer"] = flat_rows::Text<Row>(&R::signer);
  by_key["publishedOn"] = flat_rows::OptionalDate<Row>(&R::published_on);
  by_key["publicationChannel"] = flat_rows::Text<Row>(&R::publication_channel);
  by_key["effectiveOn"] = flat_rows::OptionalDate<Row>(&R::effective_on);
  by_key["urgent"] = flat_rows::YesNo<Row>(&R::urgent);
  by_key["urgentReason"] = flat_rows::Text<Row>(&R::urgent_reason);
  by_key["validUntil"] = flat_rows::OptionalDate<Row>(&R::valid_until);
  by_key["filedOn"] = flat_rows::OptionalDate<Row>(&R::filed_on);
  by_key["filingNumber"] = flat_rows::Text<Row>(&R::filing_number);
  by_key["returnedOn"] = flat_rows::OptionalDate<Row>(&R::returned_on);
  by_key["returnReason"] = flat_rows::Text<Row>(&R::return_reason);
  by_key["correctedOn"] = flat_rows::OptionalDate<Row>(&R::corrected_on);
  by_key["standing"] = flat_rows::Choice<Row>(&R::standing, NormStandingChoice(), domain::NormStandingLabelZh);
  by_key["cleanedOn"] = flat_rows::OptionalDate<Row>(&R::cleaned_on);
  return flat_rows::InLayoutOrder<Row>(Ledger::kNormative, std::move(by_key));
}

const std::vector<flat_rows::Column<Row>>& Columns() {
  static const std::vector<flat_rows::Column<Row>> kColumns = BuildColumns();
  return kColumns;
}

}  // namespace

core::Result<ParsedLedger<Row>> ParseNormativeSheet(const Sheet& sheet) {
  return flat_rows::ParseSheet<Row>(Ledger::kNormative, sheet, Columns());
}

std::vector<Cell> NormativeExportRow(const R& r, std::int64_t seq, std::string_view township,
                                const ExportRowOptions& options) {
  return flat_rows::ExportRow<Row>(Ledger::kNormative, Columns(), r, seq, township, options);
}

}  // namespace fazhi::exchange
