// exchange/normative_rows.cc — see normative_rows.h. As ledger_rows.cc: each column of the layout has,
// by key, a setter (cell text → draft) and a getter (record → cell).
#include "exchange/normative_rows.h"

#include <functional>
#include <map>
#include <string>

#include "exchange/cell_values.h"
#include "exchange/row_support.h"

namespace fazhi::exchange {
namespace {

using core::Date;
using R = domain::NormativeDocument;
using namespace row_support;  // NOLINT(google-build-using-namespace): the shared row helpers

const Choice<domain::NormExclusion>& NormExclusionChoice() {
  static const Choice<domain::NormExclusion> c = [] {
    Choice<domain::NormExclusion> x;
    x.what_zh = "取值";
    x.what_en = "value";
    for (int i = 0; i < 8; ++i) x.values.push_back(static_cast<domain::NormExclusion>(i));
    x.label = domain::NormExclusionLabelZh;
    x.code = domain::NormExclusionCode;
    x.parse = [](std::string_view t) { return domain::ParseNormExclusion(t); };
    return x;
  }();
  return c;
}

const Choice<domain::NormReviewOutcome>& NormReviewOutcomeChoice() {
  static const Choice<domain::NormReviewOutcome> c = [] {
    Choice<domain::NormReviewOutcome> x;
    x.what_zh = "取值";
    x.what_en = "value";
    for (int i = 0; i < 3; ++i) x.values.push_back(static_cast<domain::NormReviewOutcome>(i));
    x.label = domain::NormReviewOutcomeLabelZh;
    x.code = domain::NormReviewOutcomeCode;
    x.parse = [](std::string_view t) { return domain::ParseNormReviewOutcome(t); };
    return x;
  }();
  return c;
}

const Choice<domain::NormReviewer>& NormReviewerChoice() {
  static const Choice<domain::NormReviewer> c = [] {
    Choice<domain::NormReviewer> x;
    x.what_zh = "取值";
    x.what_en = "value";
    for (int i = 0; i < 3; ++i) x.values.push_back(static_cast<domain::NormReviewer>(i));
    x.label = domain::NormReviewerLabelZh;
    x.code = domain::NormReviewerCode;
    x.parse = [](std::string_view t) { return domain::ParseNormReviewer(t); };
    return x;
  }();
  return c;
}

const Choice<domain::NormStanding>& NormStandingChoice() {
  static const Choice<domain::NormStanding> c = [] {
    Choice<domain::NormStanding> x;
    x.what_zh = "取值";
    x.what_en = "value";
    for (int i = 0; i < 4; ++i) x.values.push_back(static_cast<domain::NormStanding>(i));
    x.label = domain::NormStandingLabelZh;
    x.code = domain::NormStandingCode;
    x.parse = [](std::string_view t) { return domain::ParseNormStanding(t); };
    return x;
  }();
  return c;
}

const Choice<domain::NormTrial>& NormTrialChoice() {
  static const Choice<domain::NormTrial> c = [] {
    Choice<domain::NormTrial> x;
    x.what_zh = "取值";
    x.what_en = "value";
    for (int i = 0; i < 3; ++i) x.values.push_back(static_cast<domain::NormTrial>(i));
    x.label = domain::NormTrialLabelZh;
    x.code = domain::NormTrialCode;
    x.parse = [](std::string_view t) { return domain::ParseNormTrial(t); };
    return x;
  }();
  return c;
}

struct Draft {
  NormativeImportRow out;
};

using Setter = std::function<core::Status(Draft&, const std::string&)>;
using Getter = std::function<Cell(const R&, std::int64_t, std::string_view, bool)>;
struct Column {
  Setter set;
  Getter get;
};

std::vector<Column> BuildColumns() {
  using D = Draft;
  std::map<std::string_view, Column> by_key;
  auto text = [](std::string R::*field) {
    return Column{[field](D& d, const std::string& v) {
                    d.out.record.*field = v;
                    return core::Ok();
                  },
                  [field](const R& r, std::int64_t, std::string_view, bool) { return Cell::Text(r.*field); }};
  };
  auto date = [](std::optional<Date> R::*field) {
    return Column{[field](D& d, const std::string& v) { return Assign(d.out.record.*field, ParseCellDate(v)); },
                  [field](const R& r, std::int64_t, std::string_view, bool) { return Cell::OptionalDate(r.*field); }};
  };
  (void)date;
  by_key["seq"] = {{}, [](const R&, std::int64_t seq, std::string_view, bool) { return Cell::Integer(seq); }};
  by_key["township"] = {[](D& d, const std::string& v) {
                          d.out.township = v;
                          return core::Ok();
                        },
                        [](const R&, std::int64_t, std::string_view township, bool) {
                          return Cell::Text(std::string(township));
                        }};
  by_key["title"] = text(&R::title);
  by_key["number"] = text(&R::number);
  by_key["draftingUnit"] = text(&R::drafting_unit);
  by_key["trial"] = {[](D& d, const std::string& v) { return Assign(d.out.record.trial, ParseChoice(NormTrialChoice(), v)); },
                       [](const R& r, std::int64_t, std::string_view, bool) { return Label(domain::NormTrialLabelZh(r.trial)); }};
  by_key["exclusion"] = {[](D& d, const std::string& v) { return Assign(d.out.record.exclusion, ParseChoice(NormExclusionChoice(), v)); },
                       [](const R& r, std::int64_t, std::string_view, bool) { return Label(domain::NormExclusionLabelZh(r.exclusion)); }};
  by_key["draftedOn"] = {[](D& d, const std::string& v) { return Assign(d.out.record.drafted_on, ParseCellDate(v)); },
                       [](const R& r, std::int64_t, std::string_view, bool) { return Cell::DateValue(r.drafted_on); }};
  by_key["opinionsFrom"] = date(&R::opinions_from);
  by_key["opinionsTo"] = date(&R::opinions_to);
  by_key["reviewSubmittedOn"] = date(&R::review_submitted_on);
  by_key["reviewedOn"] = date(&R::reviewed_on);
  by_key["reviewerRole"] = {[](D& d, const std::string& v) { return Assign(d.out.record.reviewer_role, ParseChoice(NormReviewerChoice(), v)); },
                       [](const R& r, std::int64_t, std::string_view, bool) { return Label(domain::NormReviewerLabelZh(r.reviewer_role)); }};
  by_key["reviewer"] = text(&R::reviewer);
  by_key["reviewOutcome"] = {[](D& d, const std::string& v) { return Assign(d.out.record.review_outcome, ParseChoice(NormReviewOutcomeChoice(), v)); },
                       [](const R& r, std::int64_t, std::string_view, bool) { return Label(domain::NormReviewOutcomeLabelZh(r.review_outcome)); }};
  by_key["reviewOpinion"] = text(&R::review_opinion);
  by_key["deliberatedOn"] = date(&R::deliberated_on);
  by_key["deliberationMeeting"] = text(&R::deliberation_meeting);
  by_key["signedOn"] = date(&R::signed_on);
  by_key["signer"] = text(&R::signer);
  by_key["publishedOn"] = date(&R::published_on);
  by_key["publicationChannel"] = text(&R::publication_channel);
  by_key["effectiveOn"] = date(&R::effective_on);
  by_key["urgent"] = {[](D& d, const std::string& v) { return Assign(d.out.record.urgent, ParseYesNo(v)); },
                       [](const R& r, std::int64_t, std::string_view, bool) { return YesNo(r.urgent); }};
  by_key["urgentReason"] = text(&R::urgent_reason);
  by_key["validUntil"] = date(&R::valid_until);
  by_key["filedOn"] = date(&R::filed_on);
  by_key["filingNumber"] = text(&R::filing_number);
  by_key["returnedOn"] = date(&R::returned_on);
  by_key["returnReason"] = text(&R::return_reason);
  by_key["correctedOn"] = date(&R::corrected_on);
  by_key["standing"] = {[](D& d, const std::string& v) { return Assign(d.out.record.standing, ParseChoice(NormStandingChoice(), v)); },
                       [](const R& r, std::int64_t, std::string_view, bool) { return Label(domain::NormStandingLabelZh(r.standing)); }};
  by_key["cleanedOn"] = date(&R::cleaned_on);
  std::vector<Column> out;
  for (const ColumnSpec& spec : LedgerColumns(Ledger::kNormative)) {
    auto it = by_key.find(spec.key);
    if (it == by_key.end()) {
      out.push_back({{}, [](const R&, std::int64_t, std::string_view, bool) { return Cell(); }});
      continue;
    }
    out.push_back(it->second);
  }
  return out;
}

const std::vector<Column>& Columns() {
  static const std::vector<Column> kColumns = BuildColumns();
  return kColumns;
}

std::optional<NormativeImportRow> ParseRow(const SheetRow& row, const HeaderMapping& mapping,
                                       std::vector<RowProblem>& problems) {
  Draft d;
  d.out.row = row.number;
  const bool ok = FillDraft(Ledger::kNormative, row, mapping, Columns(), d, problems);
  if (!ok) return std::nullopt;
  return std::move(d.out);
}

}  // namespace

core::Result<ParsedLedger<NormativeImportRow>> ParseNormativeSheet(const Sheet& sheet) {
  return Walk<NormativeImportRow>(Ledger::kNormative, sheet, ParseRow);
}

std::vector<Cell> NormativeExportRow(const R& r, std::int64_t seq, std::string_view township,
                                const ExportRowOptions& options) {
  const auto& columns = LedgerColumns(Ledger::kNormative);
  const auto& conversions = Columns();
  std::vector<Cell> cells;
  cells.reserve(columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].multi_township && !options.several_townships) continue;
    cells.push_back(conversions[i].get(r, seq, township, options.unmasked));
  }
  return cells;
}

}  // namespace fazhi::exchange
