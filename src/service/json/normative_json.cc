// service/json/normative_json.cc — see normative_json.h.
#include "service/json/normative_json.h"

#include <string>

#include "service/json/common_json.h"
#include "service/json/json_reader.h"

namespace fazhi::service::json {
namespace {

using nlohmann::json;

constexpr EnumCodec<domain::NormExclusion> kNormExclusion{[](std::string_view s) { return domain::ParseNormExclusion(s); }, &domain::NormExclusionCode};
constexpr EnumCodec<domain::NormReviewOutcome> kNormReviewOutcome{[](std::string_view s) { return domain::ParseNormReviewOutcome(s); }, &domain::NormReviewOutcomeCode};
constexpr EnumCodec<domain::NormReviewer> kNormReviewer{[](std::string_view s) { return domain::ParseNormReviewer(s); }, &domain::NormReviewerCode};
constexpr EnumCodec<domain::NormStanding> kNormStanding{[](std::string_view s) { return domain::ParseNormStanding(s); }, &domain::NormStandingCode};
constexpr EnumCodec<domain::NormTrial> kNormTrial{[](std::string_view s) { return domain::ParseNormTrial(s); }, &domain::NormTrialCode};

std::string S(std::string_view v) { return std::string(v); }

json DeadlineOrNull(const std::optional<domain::DeadlineResult>& d) {
  if (!d) return nullptr;
  return ToJson(*d);
}

core::Result<domain::NormativeDocument> ReadDocument(const JsonReader& r) {
  domain::NormativeDocument d;
  ASSIGN_OR_RETURN(d.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(d.township_id, r.IdOrZero("townshipId"));
  ASSIGN_OR_RETURN(d.title, r.RequiredString("title", kNameMaxChars));
  ASSIGN_OR_RETURN(d.number, r.OptionalString("number", kNameMaxChars));
  ASSIGN_OR_RETURN(d.drafting_unit, r.RequiredString("draftingUnit", kNameMaxChars));
  ASSIGN_OR_RETURN(d.trial, r.EnumOr("trial", kNormTrial, d.trial));
  ASSIGN_OR_RETURN(d.affects_rights, r.OptionalOr<bool>("affectsRights", true));
  ASSIGN_OR_RETURN(d.binds_generally, r.OptionalOr<bool>("bindsGenerally", true));
  ASSIGN_OR_RETURN(d.applies_repeatedly, r.OptionalOr<bool>("appliesRepeatedly", true));
  ASSIGN_OR_RETURN(d.exclusion, r.EnumOr("exclusion", kNormExclusion, d.exclusion));
  ASSIGN_OR_RETURN(d.drafted_on, r.Required<core::Date>("draftedOn"));
  ASSIGN_OR_RETURN(d.opinions_from, r.Optional<core::Date>("opinionsFrom"));
  ASSIGN_OR_RETURN(d.opinions_to, r.Optional<core::Date>("opinionsTo"));
  ASSIGN_OR_RETURN(d.review_submitted_on, r.Optional<core::Date>("reviewSubmittedOn"));
  ASSIGN_OR_RETURN(d.reviewed_on, r.Optional<core::Date>("reviewedOn"));
  ASSIGN_OR_RETURN(d.reviewer_role, r.EnumOr("reviewerRole", kNormReviewer, d.reviewer_role));
  ASSIGN_OR_RETURN(d.reviewer, r.OptionalString("reviewer", kNameMaxChars));
  ASSIGN_OR_RETURN(d.review_outcome, r.EnumOr("reviewOutcome", kNormReviewOutcome, d.review_outcome));
  ASSIGN_OR_RETURN(d.review_opinion, r.OptionalString("reviewOpinion", kTextMaxChars));
  ASSIGN_OR_RETURN(d.creates_licence, r.OptionalOr<bool>("createsLicence", false));
  ASSIGN_OR_RETURN(d.creates_penalty, r.OptionalOr<bool>("createsPenalty", false));
  ASSIGN_OR_RETURN(d.creates_coercion, r.OptionalOr<bool>("createsCoercion", false));
  ASSIGN_OR_RETURN(d.creates_fee, r.OptionalOr<bool>("createsFee", false));
  ASSIGN_OR_RETURN(d.reduces_rights, r.OptionalOr<bool>("reducesRights", false));
  ASSIGN_OR_RETURN(d.deliberated_on, r.Optional<core::Date>("deliberatedOn"));
  ASSIGN_OR_RETURN(d.deliberation_meeting, r.OptionalString("deliberationMeeting", kNameMaxChars));
  ASSIGN_OR_RETURN(d.signed_on, r.Optional<core::Date>("signedOn"));
  ASSIGN_OR_RETURN(d.signer, r.OptionalString("signer", kNameMaxChars));
  ASSIGN_OR_RETURN(d.published_on, r.Optional<core::Date>("publishedOn"));
  ASSIGN_OR_RETURN(d.publication_channel, r.OptionalString("publicationChannel", kNameMaxChars));
  ASSIGN_OR_RETURN(d.effective_on, r.Optional<core::Date>("effectiveOn"));
  ASSIGN_OR_RETURN(d.urgent, r.OptionalOr<bool>("urgent", false));
  ASSIGN_OR_RETURN(d.urgent_reason, r.OptionalString("urgentReason", kTextMaxChars));
  ASSIGN_OR_RETURN(d.valid_until, r.Optional<core::Date>("validUntil"));
  ASSIGN_OR_RETURN(d.filed_on, r.Optional<core::Date>("filedOn"));
  ASSIGN_OR_RETURN(d.filing_number, r.OptionalString("filingNumber", kNameMaxChars));
  ASSIGN_OR_RETURN(d.filed_text, r.OptionalOr<bool>("filedText", false));
  ASSIGN_OR_RETURN(d.filed_explanation, r.OptionalOr<bool>("filedExplanation", false));
  ASSIGN_OR_RETURN(d.filed_basis, r.OptionalOr<bool>("filedBasis", false));
  ASSIGN_OR_RETURN(d.filed_review_opinion, r.OptionalOr<bool>("filedReviewOpinion", false));
  ASSIGN_OR_RETURN(d.returned_on, r.Optional<core::Date>("returnedOn"));
  ASSIGN_OR_RETURN(d.return_reason, r.OptionalString("returnReason", kTextMaxChars));
  ASSIGN_OR_RETURN(d.corrected_on, r.Optional<core::Date>("correctedOn"));
  ASSIGN_OR_RETURN(d.standing, r.EnumOr("standing", kNormStanding, d.standing));
  ASSIGN_OR_RETURN(d.cleaned_on, r.Optional<core::Date>("cleanedOn"));
  ASSIGN_OR_RETURN(d.cleanup_note, r.OptionalString("cleanupNote", kTextMaxChars));
  return d;
}

}  // namespace

json ToJson(const domain::NormativeDocument& d, const Masking&) {
  return {{"id", d.id},
          {"townshipId", d.township_id},
          {"title", d.title},
          {"number", d.number},
          {"draftingUnit", d.drafting_unit},
          {"trial", S(domain::NormTrialCode(d.trial))},
          {"trialLabel", S(domain::NormTrialLabelZh(d.trial))},
          {"affectsRights", d.affects_rights},
          {"bindsGenerally", d.binds_generally},
          {"appliesRepeatedly", d.applies_repeatedly},
          {"exclusion", S(domain::NormExclusionCode(d.exclusion))},
          {"exclusionLabel", S(domain::NormExclusionLabelZh(d.exclusion))},
          {"draftedOn", DateToJson(d.drafted_on)},
          {"opinionsFrom", DateToJson(d.opinions_from)},
          {"opinionsTo", DateToJson(d.opinions_to)},
          {"reviewSubmittedOn", DateToJson(d.review_submitted_on)},
          {"reviewedOn", DateToJson(d.reviewed_on)},
          {"reviewerRole", S(domain::NormReviewerCode(d.reviewer_role))},
          {"reviewerRoleLabel", S(domain::NormReviewerLabelZh(d.reviewer_role))},
          {"reviewer", d.reviewer},
          {"reviewOutcome", S(domain::NormReviewOutcomeCode(d.review_outcome))},
          {"reviewOutcomeLabel", S(domain::NormReviewOutcomeLabelZh(d.review_outcome))},
          {"reviewOpinion", d.review_opinion},
          {"createsLicence", d.creates_licence},
          {"createsPenalty", d.creates_penalty},
          {"createsCoercion", d.creates_coercion},
          {"createsFee", d.creates_fee},
          {"reducesRights", d.reduces_rights},
          {"deliberatedOn", DateToJson(d.deliberated_on)},
          {"deliberationMeeting", d.deliberation_meeting},
          {"signedOn", DateToJson(d.signed_on)},
          {"signer", d.signer},
          {"publishedOn", DateToJson(d.published_on)},
          {"publicationChannel", d.publication_channel},
          {"effectiveOn", DateToJson(d.effective_on)},
          {"urgent", d.urgent},
          {"urgentReason", d.urgent_reason},
          {"validUntil", DateToJson(d.valid_until)},
          {"filedOn", DateToJson(d.filed_on)},
          {"filingNumber", d.filing_number},
          {"filedText", d.filed_text},
          {"filedExplanation", d.filed_explanation},
          {"filedBasis", d.filed_basis},
          {"filedReviewOpinion", d.filed_review_opinion},
          {"returnedOn", DateToJson(d.returned_on)},
          {"returnReason", d.return_reason},
          {"correctedOn", DateToJson(d.corrected_on)},
          {"standing", S(domain::NormStandingCode(d.standing))},
          {"standingLabel", S(domain::NormStandingLabelZh(d.standing))},
          {"cleanedOn", DateToJson(d.cleaned_on)},
          {"cleanupNote", d.cleanup_note},
          {"isNormative", domain::IsNormativeDocument(d)}};
}

json ToJson(const domain::NormDeadlines& d) {
  return {{"review", DeadlineOrNull(d.review)},
          {"publication", DeadlineOrNull(d.publication)},
          {"filing", DeadlineOrNull(d.filing)},
          {"evaluationFrom", DateToJson(d.evaluation_from)}};
}

core::Result<domain::NormativeDocument> NormativeDocumentFromJson(const json& j) {
  return DecodeDocument(j, ReadDocument);
}

}  // namespace fazhi::service::json
