// service/json/penalty_json.cc — see penalty_json.h.
#include "service/json/penalty_json.h"

#include <fmt/format.h>

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/common.h"
#include "service/json/common_json.h"
#include "service/json/json_reader.h"

namespace fazhi::service::json {
namespace {

using nlohmann::json;

constexpr EnumCodec<domain::ActionCategory> kCategory{
    [](std::string_view s) { return domain::ParseActionCategory(s); }, &domain::ActionCategoryCode};
constexpr EnumCodec<domain::PenaltyProcedure> kProcedure{
    [](std::string_view s) { return domain::ParsePenaltyProcedure(s); },
    &domain::PenaltyProcedureCode};
constexpr EnumCodec<domain::PenaltyKind> kPenaltyKind{
    [](std::string_view s) { return domain::ParsePenaltyKind(s); }, &domain::PenaltyKindCode};
constexpr EnumCodec<domain::CaseStage> kStage{
    [](std::string_view s) { return domain::ParseCaseStage(s); }, &domain::CaseStageCode};
constexpr EnumCodec<domain::DecisionOutcome> kOutcome{
    [](std::string_view s) { return domain::ParseDecisionOutcome(s); },
    &domain::DecisionOutcomeCode};
constexpr EnumCodec<domain::ReviewOutcome> kReviewOutcome{
    [](std::string_view s) { return domain::ParseReviewOutcome(s); }, &domain::ReviewOutcomeCode};
constexpr EnumCodec<domain::ServiceMethod> kServiceMethod{
    [](std::string_view s) { return domain::ParseServiceMethod(s); }, &domain::ServiceMethodCode};
constexpr EnumCodec<domain::EvidenceType> kEvidenceType{
    [](std::string_view s) { return domain::ParseEvidenceType(s); }, &domain::EvidenceTypeCode};
constexpr EnumCodec<domain::PartyKind> kPartyKind{
    [](std::string_view s) { return domain::ParsePartyKind(s); }, &domain::PartyKindCode};
constexpr EnumCodec<domain::PeriodUnit> kUnit{
    [](std::string_view s) -> core::Result<domain::PeriodUnit> {
      // Only the codes; ParsePeriodUnit also accepts Chinese words.
      if (s != "workday" && s != "calendar" && s != "month") {
        return core::Fail(core::InvalidArgument("unit", "期限单位应为 workday、calendar 或 month",
                                                "unit must be workday, calendar or month"));
      }
      return domain::ParsePeriodUnit(s);
    },
    &domain::PeriodUnitName};

std::string S(std::string_view v) { return std::string(v); }

// ---- encoders ----

json TermsJson(const domain::PenaltyTerms& t) {
  json kinds = json::array();
  json labels = json::array();
  for (auto k : t.kinds) {
    kinds.push_back(S(domain::PenaltyKindCode(k)));
    labels.push_back(S(domain::PenaltyKindLabelZh(k)));
  }
  return {{"kinds", std::move(kinds)},
          {"kindLabels", std::move(labels)},
          {"fineFen", t.fine_fen},
          {"confiscationFen", t.confiscation_fen},
          {"description", t.description}};
}

json HearingJson(const std::optional<domain::CaseHearing>& h) {
  if (!h) return nullptr;
  return {{"requestedOn", DateToJson(h->requested_on)},
          {"notifiedOn", DateToJson(h->notified_on)},
          {"heldOn", DateToJson(h->held_on)},
          {"host", h->host},
          {"hostInvestigated", h->host_investigated},
          {"partyAbsent", h->party_absent}};
}

json ReviewJson(const std::optional<domain::LegalReview>& r) {
  if (!r) return nullptr;
  json checklist = json::array();
  for (bool b : r->checklist) checklist.push_back(b);
  return {{"submittedOn", DateToJson(r->submitted_on)},
          {"reviewedOn", DateToJson(r->reviewed_on)},
          {"reviewer", r->reviewer},
          {"reviewerFirstTime", r->reviewer_first_time},
          {"reviewerQualified", r->reviewer_qualified},
          {"outcome", S(domain::ReviewOutcomeCode(r->outcome))},
          {"outcomeLabel", S(domain::ReviewOutcomeLabelZh(r->outcome))},
          {"opinion", r->opinion},
          {"checklist", std::move(checklist)}};
}

json CollectiveJson(const std::optional<domain::CollectiveDiscussion>& c) {
  if (!c) return nullptr;
  return {{"heldOn", DateToJson(c->held_on)},
          {"participants", c->participants},
          {"conclusion", c->conclusion}};
}

json PartyJson(const domain::CaseParty& p, const Masking& masking) {
  return {{"id", p.id},
          {"caseId", p.case_id},
          {"kind", S(domain::PartyKindCode(p.kind))},
          {"kindLabel", S(domain::PartyKindLabelZh(p.kind))},
          {"name", p.name},
          {"idNumber", masking.IdNumber(p.id_number)},
          {"uscc", p.uscc},
          {"phone", masking.Phone(p.phone)},
          {"address", p.address}};
}

json DocumentJson(const domain::CaseDocument& d) {
  return {{"id", d.id},
          {"caseId", d.case_id},
          {"stage", S(domain::CaseStageCode(d.stage))},
          {"stageLabel", S(domain::CaseStageLabelZh(d.stage))},
          {"evidenceType", S(domain::EvidenceTypeCode(d.evidence_type))},
          {"evidenceTypeLabel", S(domain::EvidenceTypeLabelZh(d.evidence_type))},
          {"recordedOn", DateToJson(d.recorded_on)},
          {"title", d.title},
          {"fileName", d.file_name},
          {"mediaType", d.media_type},
          {"sizeBytes", d.size_bytes},
          {"sha256", d.sha256}};
}

json ExtensionJson(const domain::Extension& e) {
  return {{"amount", e.amount},
          {"unit", S(domain::PeriodUnitName(e.unit))},
          {"approver", e.approver},
          {"approvedOn", DateToJson(e.approved_on)},
          {"reason", e.reason},
          {"partyNotified", e.party_notified}};
}

// ---- decoders ----

core::Error ArrayExpected(const std::string& path) {
  return core::InvalidArgument(path, fmt::format("字段 {} 应为数组", path),
                               fmt::format("field {} must be an array", path));
}

core::Result<std::vector<domain::PenaltyKind>> ReadKinds(const JsonReader& r, std::string_view key) {
  std::vector<domain::PenaltyKind> out;
  if (!r.Has(key) || r.value()[std::string(key)].is_null()) return out;
  const json& list = r.value()[std::string(key)];
  const std::string path = r.PathOf(key);
  if (!list.is_array()) return core::Fail(ArrayExpected(path));
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = fmt::format("{}[{}]", path, i);
    const json& v = list[i];
    if (!v.is_string()) {
      return core::Fail(core::InvalidArgument(
          at, fmt::format("字段 {} 应为处罚种类代码（如 fine、warning）", at),
          fmt::format("field {} must be a penalty kind code (fine, warning…)", at)));
    }
    const std::string text = v.get<std::string>();
    ASSIGN_OR_RETURN(domain::PenaltyKind kind, domain::ParsePenaltyKind(text, at));
    if (domain::PenaltyKindCode(kind) != text) {
      return core::Fail(core::InvalidArgument(
          at, fmt::format("字段 {} 应为处罚种类代码“{}”", at, domain::PenaltyKindCode(kind)),
          fmt::format("field {} must be the code \"{}\"", at, domain::PenaltyKindCode(kind))));
    }
    out.push_back(kind);
  }
  return out;
}

// Money in 分: at most 1,000亿元.
constexpr std::int64_t kMaxFen = 10'000'000'000'000LL;

core::Result<std::int64_t> ReadFen(const JsonReader& r, std::string_view key) {
  ASSIGN_OR_RETURN(std::optional<std::int64_t> v, r.OptionalInt(key, 0, kMaxFen));
  return v.value_or(0);
}

core::Result<domain::PenaltyTerms> ReadTerms(const JsonReader& r) {
  domain::PenaltyTerms t;
  ASSIGN_OR_RETURN(t.kinds, ReadKinds(r, "kinds"));
  ASSIGN_OR_RETURN(t.fine_fen, ReadFen(r, "fineFen"));
  ASSIGN_OR_RETURN(t.confiscation_fen, ReadFen(r, "confiscationFen"));
  ASSIGN_OR_RETURN(t.description, r.OptionalString("description", kTextMaxChars));
  return t;
}

core::Result<domain::PenaltyTerms> ReadOptionalTerms(const JsonReader& r, std::string_view key) {
  ASSIGN_OR_RETURN(std::optional<JsonReader> child, r.OptionalObject(key));
  if (!child) return domain::PenaltyTerms{};
  return ReadTerms(*child);
}

template <class T, class Read>
core::Result<std::optional<T>> ReadOptionalChild(const JsonReader& r, std::string_view key,
                                                 Read&& read) {
  ASSIGN_OR_RETURN(std::optional<JsonReader> child, r.OptionalObject(key));
  if (!child) return std::optional<T>();
  ASSIGN_OR_RETURN(T value, read(*child));
  return std::optional<T>(std::move(value));
}

core::Result<domain::CaseHearing> ReadHearing(const JsonReader& r) {
  domain::CaseHearing h;
  ASSIGN_OR_RETURN(h.requested_on, r.Required<core::Date>("requestedOn"));
  ASSIGN_OR_RETURN(h.notified_on, r.Optional<core::Date>("notifiedOn"));
  ASSIGN_OR_RETURN(h.held_on, r.Optional<core::Date>("heldOn"));
  ASSIGN_OR_RETURN(h.host, r.OptionalString("host", kNameMaxChars));
  ASSIGN_OR_RETURN(h.host_investigated, r.OptionalOr<bool>("hostInvestigated", false));
  ASSIGN_OR_RETURN(h.party_absent, r.OptionalOr<bool>("partyAbsent", false));
  return h;
}

core::Result<std::array<bool, domain::kReviewChecklistSize>> ReadChecklist(const JsonReader& r) {
  std::array<bool, domain::kReviewChecklistSize> out{};
  if (!r.Has("checklist") || r.value()["checklist"].is_null()) return out;
  const json& list = r.value()["checklist"];
  const std::string path = r.PathOf("checklist");
  if (!list.is_array() || list.size() != out.size()) {
    return core::Fail(core::InvalidArgument(
        path, fmt::format("字段 {} 应为 {} 个 true/false 组成的数组（法制审核的七项内容）", path, out.size()),
        fmt::format("field {} must be an array of {} booleans (the 7 review items)", path, out.size())));
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (!list[i].is_boolean()) {
      const std::string at = fmt::format("{}[{}]", path, i);
      return core::Fail(core::InvalidArgument(at, fmt::format("字段 {} 应为 true 或 false", at),
                                              fmt::format("field {} must be true or false", at)));
    }
    out[i] = list[i].get<bool>();
  }
  return out;
}

core::Result<domain::LegalReview> ReadReview(const JsonReader& r) {
  domain::LegalReview v;
  ASSIGN_OR_RETURN(v.submitted_on, r.Required<core::Date>("submittedOn"));
  ASSIGN_OR_RETURN(v.reviewed_on, r.Optional<core::Date>("reviewedOn"));
  ASSIGN_OR_RETURN(v.reviewer, r.OptionalString("reviewer", kNameMaxChars));
  ASSIGN_OR_RETURN(v.reviewer_first_time, r.OptionalOr<bool>("reviewerFirstTime", false));
  ASSIGN_OR_RETURN(v.reviewer_qualified, r.OptionalOr<bool>("reviewerQualified", false));
  ASSIGN_OR_RETURN(v.outcome, r.EnumOr("outcome", kReviewOutcome, v.outcome));
  ASSIGN_OR_RETURN(v.opinion, r.OptionalString("opinion", kTextMaxChars));
  ASSIGN_OR_RETURN(v.checklist, ReadChecklist(r));
  return v;
}

core::Result<domain::CollectiveDiscussion> ReadCollective(const JsonReader& r) {
  domain::CollectiveDiscussion c;
  ASSIGN_OR_RETURN(c.held_on, r.Required<core::Date>("heldOn"));
  ASSIGN_OR_RETURN(c.participants, r.OptionalString("participants", kTextMaxChars));
  ASSIGN_OR_RETURN(c.conclusion, r.OptionalString("conclusion", kTextMaxChars));
  return c;
}

core::Result<domain::CaseParty> ReadParty(const JsonReader& r) {
  domain::CaseParty p;
  ASSIGN_OR_RETURN(p.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(p.case_id, r.IdOrZero("caseId"));
  ASSIGN_OR_RETURN(p.kind, r.EnumOr("kind", kPartyKind, p.kind));
  ASSIGN_OR_RETURN(p.name, r.RequiredString("name", kNameMaxChars));
  ASSIGN_OR_RETURN(p.id_number, ReadPersonal(r, "idNumber"));
  ASSIGN_OR_RETURN(p.uscc, r.OptionalString("uscc", kNameMaxChars));
  ASSIGN_OR_RETURN(p.phone, ReadPersonal(r, "phone"));
  ASSIGN_OR_RETURN(p.address, r.OptionalString("address", kNameMaxChars));
  return p;
}

core::Result<domain::CaseOfficer> ReadOfficer(const JsonReader& r) {
  domain::CaseOfficer o;
  ASSIGN_OR_RETURN(o.officer_id, r.RequiredId("officerId"));
  ASSIGN_OR_RETURN(o.name, r.OptionalString("name", kNameMaxChars));
  ASSIGN_OR_RETURN(o.certificate_number, r.OptionalString("certificateNumber", kNameMaxChars));
  return o;
}

core::Result<domain::Extension> ReadExtension(const JsonReader& r) {
  domain::Extension e;
  ASSIGN_OR_RETURN(std::int64_t amount, r.RequiredInt("amount", 1, 3650));
  e.amount = static_cast<int>(amount);
  ASSIGN_OR_RETURN(e.unit, r.EnumOr("unit", kUnit, domain::PeriodUnit::kCalendarDays));
  ASSIGN_OR_RETURN(e.approver, r.OptionalString("approver", kNameMaxChars));
  ASSIGN_OR_RETURN(e.approved_on, r.Optional<core::Date>("approvedOn"));
  ASSIGN_OR_RETURN(e.reason, r.OptionalString("reason", kTextMaxChars));
  ASSIGN_OR_RETURN(e.party_notified, r.OptionalOr<bool>("partyNotified", false));
  return e;
}

core::Result<domain::CaseDocument> ReadDocument(const JsonReader& r) {
  domain::CaseDocument d;
  ASSIGN_OR_RETURN(d.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(d.case_id, r.IdOrZero("caseId"));
  ASSIGN_OR_RETURN(d.stage, r.RequiredEnum("stage", kStage));
  ASSIGN_OR_RETURN(d.evidence_type, r.EnumOr("evidenceType", kEvidenceType, d.evidence_type));
  ASSIGN_OR_RETURN(d.recorded_on, r.Required<core::Date>("recordedOn"));
  ASSIGN_OR_RETURN(d.title, r.RequiredString("title", kNameMaxChars));
  ASSIGN_OR_RETURN(d.file_name, r.OptionalString("fileName", kNameMaxChars));
  ASSIGN_OR_RETURN(d.media_type, r.OptionalString("mediaType", kNameMaxChars));
  ASSIGN_OR_RETURN(std::optional<std::int64_t> size, r.OptionalInt("sizeBytes", 0, 1LL << 40));
  d.size_bytes = size.value_or(0);
  ASSIGN_OR_RETURN(d.sha256, r.OptionalString("sha256", 64));
  return d;
}

core::Result<domain::PenaltyCase> ReadCase(const JsonReader& r) {
  domain::PenaltyCase c;
  ASSIGN_OR_RETURN(c.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(c.township_id, r.IdOrZero("townshipId"));
  ASSIGN_OR_RETURN(c.number, r.RequiredString("number", kNameMaxChars));
  ASSIGN_OR_RETURN(c.cause, r.RequiredString("cause", kNameMaxChars));
  ASSIGN_OR_RETURN(c.matter_type, r.OptionalString("matterType", kNameMaxChars));
  ASSIGN_OR_RETURN(c.power_basis, r.OptionalString("powerBasis", kNameMaxChars));
  ASSIGN_OR_RETURN(c.category, r.EnumOr("category", kCategory, c.category));
  ASSIGN_OR_RETURN(c.procedure, r.EnumOr("procedure", kProcedure, c.procedure));
  ASSIGN_OR_RETURN(c.stage, r.EnumOr("stage", kStage, c.stage));
  ASSIGN_OR_RETURN(c.lead_received_on, r.Required<core::Date>("leadReceivedOn"));
  ASSIGN_OR_RETURN(c.filed_on, r.Optional<core::Date>("filedOn"));
  ASSIGN_OR_RETURN(c.act_on, r.Optional<core::Date>("actOn"));
  ASSIGN_OR_RETURN(c.grave_harm, r.OptionalOr<bool>("graveHarm", false));
  ASSIGN_OR_RETURN(c.parties, r.ObjectArray("parties", ReadParty));
  ASSIGN_OR_RETURN(c.officers, r.ObjectArray("officers", ReadOfficer));
  ASSIGN_OR_RETURN(c.major_public_interest, r.OptionalOr<bool>("majorPublicInterest", false));
  ASSIGN_OR_RETURN(c.complex_case, r.OptionalOr<bool>("complexCase", false));
  ASSIGN_OR_RETURN(c.serious_violation, r.OptionalOr<bool>("seriousViolation", false));
  ASSIGN_OR_RETURN(c.review_required_by_law, r.OptionalOr<bool>("reviewRequiredByLaw", false));
  ASSIGN_OR_RETURN(c.investigated_on, r.Optional<core::Date>("investigatedOn"));
  ASSIGN_OR_RETURN(c.notice_served_on, r.Optional<core::Date>("noticeServedOn"));
  ASSIGN_OR_RETURN(c.proposed, ReadOptionalTerms(r, "proposed"));
  ASSIGN_OR_RETURN(c.hearing_right_notified, r.OptionalOr<bool>("hearingRightNotified", false));
  ASSIGN_OR_RETURN(c.rights_waived_on, r.Optional<core::Date>("rightsWaivedOn"));
  ASSIGN_OR_RETURN(c.statement_summary, r.OptionalString("statementSummary", kTextMaxChars));
  ASSIGN_OR_RETURN(c.hearing, ReadOptionalChild<domain::CaseHearing>(r, "hearing", ReadHearing));
  ASSIGN_OR_RETURN(c.legal_review,
                   ReadOptionalChild<domain::LegalReview>(r, "legalReview", ReadReview));
  ASSIGN_OR_RETURN(c.collective, ReadOptionalChild<domain::CollectiveDiscussion>(
                                     r, "collective", ReadCollective));
  ASSIGN_OR_RETURN(c.decided_on, r.Optional<core::Date>("decidedOn"));
  ASSIGN_OR_RETURN(c.outcome, r.EnumOr("outcome", kOutcome, c.outcome));
  ASSIGN_OR_RETURN(c.decided, ReadOptionalTerms(r, "decided"));
  ASSIGN_OR_RETURN(c.decision_number, r.OptionalString("decisionNumber", kNameMaxChars));
  ASSIGN_OR_RETURN(c.served_on, r.Optional<core::Date>("servedOn"));
  ASSIGN_OR_RETURN(c.service_method, r.EnumOr("serviceMethod", kServiceMethod, c.service_method));
  ASSIGN_OR_RETURN(c.electronic_consent, r.OptionalOr<bool>("electronicConsent", false));
  ASSIGN_OR_RETURN(c.executed_on, r.Optional<core::Date>("executedOn"));
  ASSIGN_OR_RETURN(c.paid_fen, ReadFen(r, "paidFen"));
  ASSIGN_OR_RETURN(c.closed_on, r.Optional<core::Date>("closedOn"));
  ASSIGN_OR_RETURN(c.extensions, r.ObjectArray("extensions", ReadExtension));
  ASSIGN_OR_RETURN(c.excluded, r.ObjectArray("excluded", ReadExcludedInterval));
  ASSIGN_OR_RETURN(c.publication_required, r.OptionalOr<bool>("publicationRequired", true));
  ASSIGN_OR_RETURN(c.published_on, r.Optional<core::Date>("publishedOn"));
  ASSIGN_OR_RETURN(c.publication_url, r.OptionalString("publicationUrl", kNameMaxChars));
  ASSIGN_OR_RETURN(c.documents, r.ObjectArray("documents", ReadDocument));
  return c;
}

json DeadlineOrNull(const std::optional<domain::DeadlineResult>& d) {
  if (!d) return nullptr;
  return ToJson(*d);
}

}  // namespace

json ToJson(const domain::PenaltyCase& c, const Masking& masking) {
  json parties = json::array();
  for (const auto& p : c.parties) parties.push_back(PartyJson(p, masking));
  json officers = json::array();
  for (const auto& o : c.officers) {
    officers.push_back({{"officerId", o.officer_id},
                        {"name", o.name},
                        {"certificateNumber", o.certificate_number}});
  }
  json extensions = json::array();
  for (const auto& e : c.extensions) extensions.push_back(ExtensionJson(e));
  json documents = json::array();
  for (const auto& d : c.documents) documents.push_back(DocumentJson(d));
  return {{"id", c.id},
          {"townshipId", c.township_id},
          {"number", c.number},
          {"cause", c.cause},
          {"matterType", c.matter_type},
          {"powerBasis", c.power_basis},
          {"category", S(domain::ActionCategoryCode(c.category))},
          {"categoryLabel", S(domain::ActionCategoryLabelZh(c.category))},
          {"procedure", S(domain::PenaltyProcedureCode(c.procedure))},
          {"procedureLabel", S(domain::PenaltyProcedureLabelZh(c.procedure))},
          {"stage", S(domain::CaseStageCode(c.stage))},
          {"stageLabel", S(domain::CaseStageLabelZh(c.stage))},
          {"leadReceivedOn", DateToJson(c.lead_received_on)},
          {"filedOn", DateToJson(c.filed_on)},
          {"actOn", DateToJson(c.act_on)},
          {"graveHarm", c.grave_harm},
          {"parties", std::move(parties)},
          {"officers", std::move(officers)},
          {"majorPublicInterest", c.major_public_interest},
          {"complexCase", c.complex_case},
          {"seriousViolation", c.serious_violation},
          {"reviewRequiredByLaw", c.review_required_by_law},
          {"investigatedOn", DateToJson(c.investigated_on)},
          {"noticeServedOn", DateToJson(c.notice_served_on)},
          {"proposed", TermsJson(c.proposed)},
          {"hearingRightNotified", c.hearing_right_notified},
          {"rightsWaivedOn", DateToJson(c.rights_waived_on)},
          {"statementSummary", c.statement_summary},
          {"hearing", HearingJson(c.hearing)},
          {"legalReview", ReviewJson(c.legal_review)},
          {"collective", CollectiveJson(c.collective)},
          {"decidedOn", DateToJson(c.decided_on)},
          {"outcome", S(domain::DecisionOutcomeCode(c.outcome))},
          {"outcomeLabel", S(domain::DecisionOutcomeLabelZh(c.outcome))},
          {"decided", TermsJson(c.decided)},
          {"decisionNumber", c.decision_number},
          {"servedOn", DateToJson(c.served_on)},
          {"serviceMethod", S(domain::ServiceMethodCode(c.service_method))},
          {"serviceMethodLabel", S(domain::ServiceMethodLabelZh(c.service_method))},
          {"electronicConsent", c.electronic_consent},
          {"executedOn", DateToJson(c.executed_on)},
          {"paidFen", c.paid_fen},
          {"closedOn", DateToJson(c.closed_on)},
          {"extensions", std::move(extensions)},
          {"excluded", ToJson(c.excluded)},
          {"publicationRequired", c.publication_required},
          {"publishedOn", DateToJson(c.published_on)},
          {"publicationUrl", c.publication_url},
          {"documents", std::move(documents)}};
}

json ToJson(const domain::PenaltyDeadlines& d) {
  return {{"decision", DeadlineOrNull(d.decision)},
          {"hearingRequest", DeadlineOrNull(d.hearing_request)},
          {"service", DeadlineOrNull(d.service)},
          {"publication", DeadlineOrNull(d.publication)},
          {"paymentDue", DateToJson(d.payment_due)},
          {"limitationEnds", DateToJson(d.limitation_ends)}};
}

json ToJson(const domain::PublicDecision& d) {
  json kinds = json::array();
  json labels = json::array();
  for (auto k : d.kinds) {
    kinds.push_back(S(domain::PenaltyKindCode(k)));
    labels.push_back(S(domain::PenaltyKindLabelZh(k)));
  }
  return {{"township", d.township},
          {"decisionNumber", d.decision_number},
          {"cause", d.cause},
          {"matterType", d.matter_type},
          {"category", S(domain::ActionCategoryCode(d.category))},
          {"categoryLabel", S(domain::ActionCategoryLabelZh(d.category))},
          {"parties", d.parties},
          {"decidedOn", DateToJson(d.decided_on)},
          {"outcome", S(domain::DecisionOutcomeCode(d.outcome))},
          {"outcomeLabel", S(domain::DecisionOutcomeLabelZh(d.outcome))},
          {"kinds", std::move(kinds)},
          {"kindLabels", std::move(labels)},
          {"fineFen", d.fine_fen},
          {"confiscationFen", d.confiscation_fen},
          {"description", d.description},
          {"publishedOn", DateToJson(d.published_on)},
          {"publicationUrl", d.publication_url}};
}

core::Result<domain::ReviewCatalogueEntry> ReadReviewEntry(const JsonReader& r) {
  domain::ReviewCatalogueEntry e;
  ASSIGN_OR_RETURN(e.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(e.township_id, r.IdOrZero("townshipId"));
  ASSIGN_OR_RETURN(e.matter_type, r.OptionalString("matterType", kNameMaxChars));
  ASSIGN_OR_RETURN(e.kind, r.RequiredEnum("kind", kPenaltyKind));
  ASSIGN_OR_RETURN(e.min_person_fen, ReadFen(r, "minPersonFen"));
  ASSIGN_OR_RETURN(e.min_org_fen, ReadFen(r, "minOrgFen"));
  ASSIGN_OR_RETURN(e.description, r.RequiredString("description", kNameMaxChars));
  ASSIGN_OR_RETURN(e.basis, r.OptionalString("basis", kTextMaxChars));
  ASSIGN_OR_RETURN(e.active, r.OptionalOr<bool>("active", true));
  return e;
}

json ToJson(const domain::ReviewCatalogueEntry& e, const Masking&) {
  return {{"id", e.id},
          {"townshipId", e.township_id},
          {"matterType", e.matter_type},
          {"kind", S(domain::PenaltyKindCode(e.kind))},
          {"kindLabel", S(domain::PenaltyKindLabelZh(e.kind))},
          {"minPersonFen", e.min_person_fen},
          {"minOrgFen", e.min_org_fen},
          {"description", e.description},
          {"basis", e.basis},
          {"active", e.active}};
}

core::Result<domain::ReviewCatalogueEntry> ReviewCatalogueEntryFromJson(const json& j) {
  return DecodeDocument(j, ReadReviewEntry);
}

core::Result<domain::PenaltyCase> PenaltyCaseFromJson(const json& j) {
  return DecodeDocument(j, ReadCase);
}

}  // namespace fazhi::service::json
