// exchange/decision_rows.cc — see decision_rows.h. As ledger_rows.cc: each column of the layout has,
// by key, a setter (cell text → draft) and a getter (record → cell).
#include "exchange/decision_rows.h"

#include <functional>
#include <map>
#include <string>

#include "exchange/cell_values.h"
#include "exchange/row_support.h"

namespace fazhi::exchange {
namespace {

using core::Date;
using R = domain::MajorDecision;
using namespace row_support;  // NOLINT(google-build-using-namespace): the shared row helpers

const Choice<domain::DecisionScope>& DecisionScopeChoice() {
  static const Choice<domain::DecisionScope> c = [] {
    Choice<domain::DecisionScope> x;
    x.what_zh = "取值";
    x.what_en = "value";
    for (int i = 0; i < 5; ++i) x.values.push_back(static_cast<domain::DecisionScope>(i));
    x.label = domain::DecisionScopeLabelZh;
    x.code = domain::DecisionScopeCode;
    x.parse = [](std::string_view t) { return domain::ParseDecisionScope(t); };
    return x;
  }();
  return c;
}

const Choice<domain::MeetingResult>& MeetingResultChoice() {
  static const Choice<domain::MeetingResult> c = [] {
    Choice<domain::MeetingResult> x;
    x.what_zh = "取值";
    x.what_en = "value";
    for (int i = 0; i < 3; ++i) x.values.push_back(static_cast<domain::MeetingResult>(i));
    x.label = domain::MeetingResultLabelZh;
    x.code = domain::MeetingResultCode;
    x.parse = [](std::string_view t) { return domain::ParseMeetingResult(t); };
    return x;
  }();
  return c;
}

const Choice<domain::RiskLevel>& RiskLevelChoice() {
  static const Choice<domain::RiskLevel> c = [] {
    Choice<domain::RiskLevel> x;
    x.what_zh = "取值";
    x.what_en = "value";
    for (int i = 0; i < 3; ++i) x.values.push_back(static_cast<domain::RiskLevel>(i));
    x.label = domain::RiskLevelLabelZh;
    x.code = domain::RiskLevelCode;
    x.parse = [](std::string_view t) { return domain::ParseRiskLevel(t); };
    return x;
  }();
  return c;
}

struct Draft {
  DecisionImportRow out;
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
  by_key["scope"] = {[](D& d, const std::string& v) { return Assign(d.out.record.scope, ParseChoice(DecisionScopeChoice(), v)); },
                       [](const R& r, std::int64_t, std::string_view, bool) { return Label(domain::DecisionScopeLabelZh(r.scope)); }};
  by_key["draftingUnit"] = text(&R::drafting_unit);
  by_key["proposedOn"] = {[](D& d, const std::string& v) { return Assign(d.out.record.proposed_on, ParseCellDate(v)); },
                       [](const R& r, std::int64_t, std::string_view, bool) { return Cell::DateValue(r.proposed_on); }};
  by_key["catalogueItem"] = {[](D& d, const std::string& v) {
                         d.out.record.catalogue_item = v;
                         d.out.record.in_catalogue = true;
                         return core::Ok();
                       },
                       [](const R& r, std::int64_t, std::string_view, bool) { return Cell::Text(r.catalogue_item); }};
  by_key["catalogueYear"] = {[](D& d, const std::string& v) -> core::Status {
                         ASSIGN_OR_RETURN(std::int64_t n, ParseCount(v));
                         d.out.record.catalogue_year = static_cast<int>(n);
                         return core::Ok();
                       },
                       [](const R& r, std::int64_t, std::string_view, bool) {
                         return r.catalogue_year == 0 ? Cell() : Cell::Integer(r.catalogue_year);
                       }};
  by_key["commentFrom"] = date(&R::comment_from);
  by_key["commentTo"] = date(&R::comment_to);
  by_key["shortPeriodReason"] = text(&R::short_period_reason);
  by_key["participationException"] = text(&R::participation_exception);
  by_key["expertReviewedOn"] = date(&R::expert_reviewed_on);
  by_key["riskAssessedOn"] = date(&R::risk_assessed_on);
  by_key["riskLevel"] = {[](D& d, const std::string& v) { return Assign(d.out.record.risk_level, ParseChoice(RiskLevelChoice(), v)); },
                       [](const R& r, std::int64_t, std::string_view, bool) { return Label(domain::RiskLevelLabelZh(r.risk_level)); }};
  by_key["legalityReviewedOn"] = date(&R::legality_reviewed_on);
  by_key["legalityReviewer"] = text(&R::legality_reviewer);
  by_key["legalityOpinion"] = text(&R::legality_opinion);
  by_key["fairCompetitionReviewedOn"] = date(&R::fair_competition_reviewed_on);
  by_key["decidedOn"] = date(&R::decided_on);
  by_key["meeting"] = text(&R::meeting);
  by_key["meetingResult"] = {[](D& d, const std::string& v) { return Assign(d.out.record.meeting_result, ParseChoice(MeetingResultChoice(), v)); },
                       [](const R& r, std::int64_t, std::string_view, bool) { return Label(domain::MeetingResultLabelZh(r.meeting_result)); }};
  by_key["publishedOn"] = date(&R::published_on);
  by_key["publicationChannel"] = text(&R::publication_channel);
  by_key["executingUnit"] = text(&R::executing_unit);
  std::vector<Column> out;
  for (const ColumnSpec& spec : LedgerColumns(Ledger::kDecision)) {
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

std::optional<DecisionImportRow> ParseRow(const SheetRow& row, const HeaderMapping& mapping,
                                       std::vector<RowProblem>& problems) {
  Draft d;
  d.out.row = row.number;
  d.out.record.in_catalogue = false;  // 目录外 unless the item is given
  const bool ok = FillDraft(Ledger::kDecision, row, mapping, Columns(), d, problems);
  if (!ok) return std::nullopt;
  return std::move(d.out);
}

}  // namespace

core::Result<ParsedLedger<DecisionImportRow>> ParseDecisionSheet(const Sheet& sheet) {
  return Walk<DecisionImportRow>(Ledger::kDecision, sheet, ParseRow);
}

std::vector<Cell> DecisionExportRow(const R& r, std::int64_t seq, std::string_view township,
                                const ExportRowOptions& options) {
  const auto& columns = LedgerColumns(Ledger::kDecision);
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
