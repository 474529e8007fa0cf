// service/json/decision_json.cc — see decision_json.h.
#include "service/json/decision_json.h"

#include <cstdint>
#include <optional>
#include <string>

#include "service/json/common_json.h"
#include "service/json/json_reader.h"

namespace fazhi::service::json {
namespace {

using nlohmann::json;

constexpr EnumCodec<domain::DecisionScope> kDecisionScope{[](std::string_view s) { return domain::ParseDecisionScope(s); }, &domain::DecisionScopeCode};
constexpr EnumCodec<domain::MeetingResult> kMeetingResult{[](std::string_view s) { return domain::ParseMeetingResult(s); }, &domain::MeetingResultCode};
constexpr EnumCodec<domain::RiskLevel> kRiskLevel{[](std::string_view s) { return domain::ParseRiskLevel(s); }, &domain::RiskLevelCode};

std::string S(std::string_view v) { return std::string(v); }

core::Result<domain::MajorDecision> ReadDecision(const JsonReader& r) {
  domain::MajorDecision d;
  ASSIGN_OR_RETURN(d.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(d.township_id, r.IdOrZero("townshipId"));
  ASSIGN_OR_RETURN(d.title, r.RequiredString("title", kNameMaxChars));
  ASSIGN_OR_RETURN(d.scope, r.EnumOr("scope", kDecisionScope, d.scope));
  ASSIGN_OR_RETURN(d.drafting_unit, r.RequiredString("draftingUnit", kNameMaxChars));
  ASSIGN_OR_RETURN(d.proposed_on, r.Required<core::Date>("proposedOn"));
  ASSIGN_OR_RETURN(d.in_catalogue, r.OptionalOr<bool>("inCatalogue", true));
  ASSIGN_OR_RETURN(std::optional<std::int64_t> catalogue_year, r.OptionalInt("catalogueYear", 0, 2100));
  d.catalogue_year = static_cast<int>(catalogue_year.value_or(0));
  ASSIGN_OR_RETURN(d.catalogue_item, r.OptionalString("catalogueItem", kNameMaxChars));
  ASSIGN_OR_RETURN(d.technical, r.OptionalOr<bool>("technical", false));
  ASSIGN_OR_RETURN(d.stability_risk, r.OptionalOr<bool>("stabilityRisk", false));
  ASSIGN_OR_RETURN(d.affects_market, r.OptionalOr<bool>("affectsMarket", false));
  ASSIGN_OR_RETURN(d.participation_methods, r.OptionalString("participationMethods", kNameMaxChars));
  ASSIGN_OR_RETURN(d.comment_from, r.Optional<core::Date>("commentFrom"));
  ASSIGN_OR_RETURN(d.comment_to, r.Optional<core::Date>("commentTo"));
  ASSIGN_OR_RETURN(d.short_period_reason, r.OptionalString("shortPeriodReason", kTextMaxChars));
  ASSIGN_OR_RETURN(d.participation_exception, r.OptionalString("participationException", kTextMaxChars));
  ASSIGN_OR_RETURN(std::optional<std::int64_t> comments_received, r.OptionalInt("commentsReceived", 0, 1000000));
  d.comments_received = static_cast<int>(comments_received.value_or(0));
  ASSIGN_OR_RETURN(d.comments_adoption, r.OptionalString("commentsAdoption", kTextMaxChars));
  ASSIGN_OR_RETURN(d.hearing_materials_sent_on, r.Optional<core::Date>("hearingMaterialsSentOn"));
  ASSIGN_OR_RETURN(d.hearing_held_on, r.Optional<core::Date>("hearingHeldOn"));
  ASSIGN_OR_RETURN(d.expert_reviewed_on, r.Optional<core::Date>("expertReviewedOn"));
  ASSIGN_OR_RETURN(d.expert_summary, r.OptionalString("expertSummary", kTextMaxChars));
  ASSIGN_OR_RETURN(d.risk_assessed_on, r.Optional<core::Date>("riskAssessedOn"));
  ASSIGN_OR_RETURN(d.risk_level, r.EnumOr("riskLevel", kRiskLevel, d.risk_level));
  ASSIGN_OR_RETURN(d.risk_controllable, r.OptionalOr<bool>("riskControllable", true));
  ASSIGN_OR_RETURN(d.risk_report, r.OptionalString("riskReport", kTextMaxChars));
  ASSIGN_OR_RETURN(d.legality_submitted_on, r.Optional<core::Date>("legalitySubmittedOn"));
  ASSIGN_OR_RETURN(d.legality_reviewed_on, r.Optional<core::Date>("legalityReviewedOn"));
  ASSIGN_OR_RETURN(d.legality_reviewer, r.OptionalString("legalityReviewer", kNameMaxChars));
  ASSIGN_OR_RETURN(d.legality_passed, r.OptionalOr<bool>("legalityPassed", true));
  ASSIGN_OR_RETURN(d.legality_opinion, r.OptionalString("legalityOpinion", kTextMaxChars));
  ASSIGN_OR_RETURN(d.exploratory_reform, r.OptionalOr<bool>("exploratoryReform", false));
  ASSIGN_OR_RETURN(d.legal_risk_statement, r.OptionalString("legalRiskStatement", kTextMaxChars));
  ASSIGN_OR_RETURN(d.fair_competition_reviewed_on, r.Optional<core::Date>("fairCompetitionReviewedOn"));
  ASSIGN_OR_RETURN(d.decided_on, r.Optional<core::Date>("decidedOn"));
  ASSIGN_OR_RETURN(d.meeting, r.OptionalString("meeting", kNameMaxChars));
  ASSIGN_OR_RETURN(d.meeting_result, r.EnumOr("meetingResult", kMeetingResult, d.meeting_result));
  ASSIGN_OR_RETURN(d.against_majority_reason, r.OptionalString("againstMajorityReason", kTextMaxChars));
  ASSIGN_OR_RETURN(d.dissent, r.OptionalString("dissent", kTextMaxChars));
  ASSIGN_OR_RETURN(d.party_reported_on, r.Optional<core::Date>("partyReportedOn"));
  ASSIGN_OR_RETURN(d.published_on, r.Optional<core::Date>("publishedOn"));
  ASSIGN_OR_RETURN(d.publication_channel, r.OptionalString("publicationChannel", kNameMaxChars));
  ASSIGN_OR_RETURN(d.executing_unit, r.OptionalString("executingUnit", kNameMaxChars));
  ASSIGN_OR_RETURN(d.post_evaluated_on, r.Optional<core::Date>("postEvaluatedOn"));
  ASSIGN_OR_RETURN(d.post_evaluation, r.OptionalString("postEvaluation", kTextMaxChars));
  return d;
}

core::Result<domain::DecisionCatalogueItem> ReadCatalogueItem(const JsonReader& r) {
  domain::DecisionCatalogueItem k;
  ASSIGN_OR_RETURN(k.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(k.township_id, r.IdOrZero("townshipId"));
  ASSIGN_OR_RETURN(std::int64_t year, r.RequiredInt("year", 2000, 2100));
  k.year = static_cast<int>(year);
  ASSIGN_OR_RETURN(k.title, r.RequiredString("title", 100));  // ValidateCatalogueItem's limit
  ASSIGN_OR_RETURN(k.scope, r.EnumOr("scope", kDecisionScope, k.scope));
  ASSIGN_OR_RETURN(k.drafting_unit, r.RequiredString("draftingUnit", kNameMaxChars));
  ASSIGN_OR_RETURN(k.planned_period, r.OptionalString("plannedPeriod", kNameMaxChars));
  ASSIGN_OR_RETURN(k.listed_on, r.Required<core::Date>("listedOn"));
  ASSIGN_OR_RETURN(k.party_consent_on, r.Optional<core::Date>("partyConsentOn"));
  ASSIGN_OR_RETURN(k.published_on, r.Optional<core::Date>("publishedOn"));
  ASSIGN_OR_RETURN(k.publication_channel, r.OptionalString("publicationChannel", kNameMaxChars));
  ASSIGN_OR_RETURN(k.withdrawn_on, r.Optional<core::Date>("withdrawnOn"));
  ASSIGN_OR_RETURN(k.withdrawal_reason, r.OptionalString("withdrawalReason", kTextMaxChars));
  ASSIGN_OR_RETURN(k.note, r.OptionalString("note", kTextMaxChars));
  return k;
}

}  // namespace

json ToJson(const domain::DecisionCatalogueItem& k, const Masking&) {
  return {{"id", k.id},
          {"townshipId", k.township_id},
          {"year", k.year},
          {"title", k.title},
          {"scope", S(domain::DecisionScopeCode(k.scope))},
          {"scopeLabel", S(domain::DecisionScopeLabelZh(k.scope))},
          {"draftingUnit", k.drafting_unit},
          {"plannedPeriod", k.planned_period},
          {"listedOn", DateToJson(k.listed_on)},
          {"partyConsentOn", DateToJson(k.party_consent_on)},
          {"publishedOn", DateToJson(k.published_on)},
          {"publicationChannel", k.publication_channel},
          {"withdrawnOn", DateToJson(k.withdrawn_on)},
          {"withdrawalReason", k.withdrawal_reason},
          {"note", k.note}};
}

core::Result<domain::DecisionCatalogueItem> DecisionCatalogueItemFromJson(const json& j) {
  return DecodeDocument(j, ReadCatalogueItem);
}

json ToJson(const domain::MajorDecision& d, const Masking&) {
  return {{"id", d.id},
          {"townshipId", d.township_id},
          {"title", d.title},
          {"scope", S(domain::DecisionScopeCode(d.scope))},
          {"scopeLabel", S(domain::DecisionScopeLabelZh(d.scope))},
          {"draftingUnit", d.drafting_unit},
          {"proposedOn", DateToJson(d.proposed_on)},
          {"inCatalogue", d.in_catalogue},
          {"catalogueYear", d.catalogue_year},
          {"catalogueItem", d.catalogue_item},
          {"technical", d.technical},
          {"stabilityRisk", d.stability_risk},
          {"affectsMarket", d.affects_market},
          {"participationMethods", d.participation_methods},
          {"commentFrom", DateToJson(d.comment_from)},
          {"commentTo", DateToJson(d.comment_to)},
          {"shortPeriodReason", d.short_period_reason},
          {"participationException", d.participation_exception},
          {"commentsReceived", d.comments_received},
          {"commentsAdoption", d.comments_adoption},
          {"hearingMaterialsSentOn", DateToJson(d.hearing_materials_sent_on)},
          {"hearingHeldOn", DateToJson(d.hearing_held_on)},
          {"expertReviewedOn", DateToJson(d.expert_reviewed_on)},
          {"expertSummary", d.expert_summary},
          {"riskAssessedOn", DateToJson(d.risk_assessed_on)},
          {"riskLevel", S(domain::RiskLevelCode(d.risk_level))},
          {"riskLevelLabel", S(domain::RiskLevelLabelZh(d.risk_level))},
          {"riskControllable", d.risk_controllable},
          {"riskReport", d.risk_report},
          {"legalitySubmittedOn", DateToJson(d.legality_submitted_on)},
          {"legalityReviewedOn", DateToJson(d.legality_reviewed_on)},
          {"legalityReviewer", d.legality_reviewer},
          {"legalityPassed", d.legality_passed},
          {"legalityOpinion", d.legality_opinion},
          {"exploratoryReform", d.exploratory_reform},
          {"legalRiskStatement", d.legal_risk_statement},
          {"fairCompetitionReviewedOn", DateToJson(d.fair_competition_reviewed_on)},
          {"decidedOn", DateToJson(d.decided_on)},
          {"meeting", d.meeting},
          {"meetingResult", S(domain::MeetingResultCode(d.meeting_result))},
          {"meetingResultLabel", S(domain::MeetingResultLabelZh(d.meeting_result))},
          {"againstMajorityReason", d.against_majority_reason},
          {"dissent", d.dissent},
          {"partyReportedOn", DateToJson(d.party_reported_on)},
          {"publishedOn", DateToJson(d.published_on)},
          {"publicationChannel", d.publication_channel},
          {"executingUnit", d.executing_unit},
          {"postEvaluatedOn", DateToJson(d.post_evaluated_on)},
          {"postEvaluation", d.post_evaluation}};
}

core::Result<domain::MajorDecision> MajorDecisionFromJson(const json& j) {
  return DecodeDocument(j, ReadDecision);
}

}  // namespace fazhi::service::json
