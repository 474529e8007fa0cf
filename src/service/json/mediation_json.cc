// service/json/mediation_json.cc — see mediation_json.h.
#include "service/json/mediation_json.h"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "domain/common.h"
#include "service/json/common_json.h"

namespace fazhi::service::json {
namespace {

using nlohmann::json;

constexpr EnumCodec<domain::Gender> kGender{
    [](std::string_view s) { return domain::ParseGender(s); }, &domain::GenderCode};
constexpr EnumCodec<domain::PartyKind> kPartyKind{
    [](std::string_view s) { return domain::ParsePartyKind(s); }, &domain::PartyKindCode};
constexpr EnumCodec<domain::CommitteeLevel> kCommitteeLevel{&domain::ParseCommitteeLevel,
                                                            &domain::CommitteeLevelCode};
constexpr EnumCodec<domain::CommitteeRole> kCommitteeRole{&domain::ParseCommitteeRole,
                                                          &domain::CommitteeRoleCode};
constexpr EnumCodec<domain::ScreenedDisputeStatus> kDisputeStatus{
    &domain::ParseScreenedDisputeStatus, &domain::ScreenedDisputeStatusCode};
constexpr EnumCodec<domain::ResolutionRoute> kRoute{&domain::ParseResolutionRoute,
                                                    &domain::ResolutionRouteCode};
constexpr EnumCodec<domain::MediationStartMode> kStartMode{&domain::ParseMediationStartMode,
                                                           &domain::MediationStartModeCode};
constexpr EnumCodec<domain::MediationOutcome> kOutcome{&domain::ParseMediationOutcome,
                                                       &domain::MediationOutcomeCode};
constexpr EnumCodec<domain::AgreementForm> kForm{&domain::ParseAgreementForm,
                                                 &domain::AgreementFormCode};
constexpr EnumCodec<domain::PerformanceStatus> kPerformance{&domain::ParsePerformanceStatus,
                                                            &domain::PerformanceStatusCode};
constexpr EnumCodec<domain::ConfirmationResult> kConfirmation{&domain::ParseConfirmationResult,
                                                              &domain::ConfirmationResultCode};

template <class E>
std::string Code(E e, std::string_view (*code)(E)) {
  return std::string(code(e));
}

json CategoryLabel(const std::string& code) {
  const domain::DisputeCategory* c = domain::FindDisputeCategory(code);
  if (c == nullptr) return nullptr;
  return std::string(c->label_zh);
}

// A MED-11 category code, exactly.
core::Result<std::string> ReadCategory(const JsonReader& r, std::string_view key) {
  ASSIGN_OR_RETURN(std::string text, r.RequiredString(key, kNameMaxChars));
  std::string path = r.PathOf(key);
  const domain::DisputeCategory* c = domain::FindDisputeCategory(text);
  if (c != nullptr && c->code == text) return text;
  if (c != nullptr) {
    return core::Fail(core::InvalidArgument(
        path, fmt::format("字段 {} 应使用代码“{}”，而不是“{}”", path, c->code, text),
        fmt::format("field {} must use the code \"{}\", not \"{}\"", path, c->code, text)));
  }
  std::vector<domain::CodeChoice> choices;
  for (const auto& category : domain::DisputeCategories()) {
    choices.push_back({category.code, category.label_zh});
  }
  return core::Fail(domain::UnknownCodeError(path, text, choices));
}

}  // namespace

// ---- encoders ----

json ToJson(const domain::CommitteeMember& m) {
  return {{"id", m.id},
          {"committeeId", m.committee_id},
          {"name", m.name},
          {"gender", Code(m.gender, &domain::GenderCode)},
          {"genderLabel", std::string(domain::GenderLabelZh(m.gender))},
          {"ethnicity", m.ethnicity},
          {"role", Code(m.role, &domain::CommitteeRoleCode)},
          {"termStart", DateToJson(m.term_start)},
          {"termEnd", DateToJson(m.term_end)}};
}

json ToJson(const domain::MediationCommittee& c, const Masking&) {
  json members = json::array();
  for (const auto& m : c.members) members.push_back(ToJson(m));
  return {{"id", c.id},
          {"townshipId", c.township_id},
          {"villageId", IdToJson(c.village_id)},
          {"name", c.name},
          {"level", Code(c.level, &domain::CommitteeLevelCode)},
          {"establishedOn", DateToJson(c.established_on)},
          {"termStart", DateToJson(c.term_start)},
          {"termEnd", DateToJson(c.term_end)},
          {"multiEthnicArea", c.multi_ethnic_area},
          {"members", std::move(members)}};
}

json ToJson(const domain::Mediator& m, const Masking& masking) {
  return {{"id", m.id},
          {"townshipId", m.township_id},
          {"committeeId", m.committee_id},
          {"name", m.name},
          {"gender", Code(m.gender, &domain::GenderCode)},
          {"genderLabel", std::string(domain::GenderLabelZh(m.gender))},
          {"idNumber", masking.IdNumber(m.id_number)},
          {"phone", masking.Phone(m.phone)},
          {"isCommitteeMember", m.is_committee_member},
          {"appointedOn", DateToJson(m.appointed_on)},
          {"dismissedOn", DateToJson(m.dismissed_on)},
          {"trainingHours", m.training_hours}};
}

json ToJson(const domain::ScreeningRound& r, const Masking&) {
  return {{"id", r.id},
          {"townshipId", r.township_id},
          {"villageId", IdToJson(r.village_id)},
          {"heldOn", DateToJson(r.held_on)},
          {"organiser", r.organiser},
          {"scope", r.scope},
          {"notes", r.notes}};
}

json ToJson(const domain::ScreenedDispute& d, const Masking&) {
  return {{"id", d.id},
          {"roundId", d.round_id},
          {"townshipId", d.township_id},
          {"villageId", IdToJson(d.village_id)},
          {"foundOn", DateToJson(d.found_on)},
          {"category", d.category},
          {"categoryLabel", CategoryLabel(d.category)},
          {"summary", d.summary},
          {"partiesCount", d.parties_count},
          {"status", Code(d.status, &domain::ScreenedDisputeStatusCode)},
          {"route", d.route ? json(Code(*d.route, &domain::ResolutionRouteCode)) : json(nullptr)},
          {"resolvedOn", DateToJson(d.resolved_on)},
          {"transferredTo", d.transferred_to},
          {"mediationCaseId", IdToJson(d.mediation_case_id)}};
}

json ToJson(const domain::MediationParty& p, const Masking& masking) {
  return {{"id", p.id},
          {"caseId", p.case_id},
          {"kind", Code(p.kind, &domain::PartyKindCode)},
          {"kindLabel", std::string(domain::PartyKindLabelZh(p.kind))},
          {"name", p.name},
          {"idNumber", masking.IdNumber(p.id_number)},
          {"uscc", p.uscc},
          {"phone", masking.Phone(p.phone)},
          {"address", p.address}};
}

json ToJson(const domain::MediationAgreement& a) {
  return {{"id", a.id},
          {"caseId", a.case_id},
          {"form", Code(a.form, &domain::AgreementFormCode)},
          {"formLabel", std::string(domain::AgreementFormLabelZh(a.form))},
          {"effectiveOn", DateToJson(a.effective_on)},
          {"terms", a.terms},
          {"amountFen", a.amount_fen},
          {"performance", Code(a.performance, &domain::PerformanceStatusCode)},
          {"performanceLabel", std::string(domain::PerformanceStatusLabelZh(a.performance))},
          {"performanceDue", DateToJson(a.performance_due)},
          {"performedOn", DateToJson(a.performed_on)},
          {"lastFollowupOn", DateToJson(a.last_followup_on)},
          {"confirmationAppliedOn", DateToJson(a.confirmation_applied_on)},
          {"confirmationCourt", a.confirmation_court},
          {"confirmationResult", Code(a.confirmation_result, &domain::ConfirmationResultCode)},
          {"confirmationResultLabel",
           std::string(domain::ConfirmationResultLabelZh(a.confirmation_result))},
          {"confirmationDecidedOn", DateToJson(a.confirmation_decided_on)}};
}

json ToJson(const domain::MediationCase& c, const Masking& masking) {
  json parties = json::array();
  for (const auto& p : c.parties) parties.push_back(ToJson(p, masking));
  return {{"id", c.id},
          {"townshipId", c.township_id},
          {"committeeId", c.committee_id},
          {"mediatorId", IdToJson(c.mediator_id)},
          {"caseNo", c.case_no},
          {"category", c.category},
          {"categoryLabel", CategoryLabel(c.category)},
          {"startMode", Code(c.start_mode, &domain::MediationStartModeCode)},
          {"startModeLabel", std::string(domain::MediationStartModeLabelZh(c.start_mode))},
          {"referredBy", c.referred_by},
          {"acceptedOn", DateToJson(c.accepted_on)},
          {"summary", c.summary},
          {"outcome", Code(c.outcome, &domain::MediationOutcomeCode)},
          {"outcomeLabel", std::string(domain::MediationOutcomeLabelZh(c.outcome))},
          {"concludedOn", DateToJson(c.concluded_on)},
          {"terminationReason", c.termination_reason},
          {"partiesAgreedToContinue", c.parties_agreed_to_continue},
          {"amountFen", c.amount_fen},
          {"preventedCriminal", c.prevented_criminal},
          {"preventedGroupPetition", c.prevented_group_petition},
          {"parties", std::move(parties)},
          {"agreement", c.agreement ? ToJson(*c.agreement) : json(nullptr)}};
}

json ToJson(const domain::DisputeCategory& c) {
  return {{"code", c.code}, {"label", c.label_zh}, {"labelEn", c.label_en}};
}

json DisputeCategoriesToJson() {
  json items = json::array();
  for (const auto& c : domain::DisputeCategories()) items.push_back(ToJson(c));
  std::size_t total = items.size();
  return {{"items", std::move(items)}, {"total", total}};
}

// ---- decoders ----

core::Result<domain::CommitteeMember> ReadCommitteeMember(const JsonReader& r) {
  domain::CommitteeMember m;
  ASSIGN_OR_RETURN(m.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(m.committee_id, r.IdOrZero("committeeId"));
  ASSIGN_OR_RETURN(m.name, r.RequiredString("name", kNameMaxChars));
  ASSIGN_OR_RETURN(m.gender, r.EnumOr("gender", kGender, m.gender));
  ASSIGN_OR_RETURN(m.ethnicity, r.OptionalOr<std::string>("ethnicity", m.ethnicity));
  ASSIGN_OR_RETURN(m.role, r.EnumOr("role", kCommitteeRole, m.role));
  ASSIGN_OR_RETURN(m.term_start, r.Required<core::Date>("termStart"));
  ASSIGN_OR_RETURN(m.term_end, r.Required<core::Date>("termEnd"));
  return m;
}

core::Result<domain::MediationCommittee> ReadMediationCommittee(const JsonReader& r) {
  domain::MediationCommittee c;
  ASSIGN_OR_RETURN(c.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(c.township_id, r.IdOrZero("townshipId"));
  ASSIGN_OR_RETURN(c.village_id, r.OptionalId("villageId"));
  ASSIGN_OR_RETURN(c.name, r.RequiredString("name", kNameMaxChars));
  ASSIGN_OR_RETURN(c.level, r.EnumOr("level", kCommitteeLevel, c.level));
  ASSIGN_OR_RETURN(c.established_on, r.Required<core::Date>("establishedOn"));
  ASSIGN_OR_RETURN(c.term_start, r.Required<core::Date>("termStart"));
  ASSIGN_OR_RETURN(c.term_end, r.Required<core::Date>("termEnd"));
  ASSIGN_OR_RETURN(c.multi_ethnic_area, r.OptionalOr<bool>("multiEthnicArea", false));
  ASSIGN_OR_RETURN(c.members, r.ObjectArray("members", ReadCommitteeMember));
  return c;
}

core::Result<domain::Mediator> ReadMediator(const JsonReader& r) {
  domain::Mediator m;
  ASSIGN_OR_RETURN(m.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(m.township_id, r.IdOrZero("townshipId"));
  ASSIGN_OR_RETURN(m.committee_id, r.RequiredId("committeeId"));
  ASSIGN_OR_RETURN(m.name, r.RequiredString("name", kNameMaxChars));
  ASSIGN_OR_RETURN(m.gender, r.EnumOr("gender", kGender, m.gender));
  ASSIGN_OR_RETURN(m.id_number, ReadPersonal(r, "idNumber"));
  ASSIGN_OR_RETURN(m.phone, ReadPersonal(r, "phone"));
  ASSIGN_OR_RETURN(m.is_committee_member, r.OptionalOr<bool>("isCommitteeMember", true));
  ASSIGN_OR_RETURN(m.appointed_on, r.Required<core::Date>("appointedOn"));
  ASSIGN_OR_RETURN(m.dismissed_on, r.Optional<core::Date>("dismissedOn"));
  ASSIGN_OR_RETURN(m.training_hours, r.OptionalOr<int>("trainingHours", 0));
  return m;
}

core::Result<domain::ScreeningRound> ReadScreeningRound(const JsonReader& r) {
  domain::ScreeningRound s;
  ASSIGN_OR_RETURN(s.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(s.township_id, r.IdOrZero("townshipId"));
  ASSIGN_OR_RETURN(s.village_id, r.OptionalId("villageId"));
  ASSIGN_OR_RETURN(s.held_on, r.Required<core::Date>("heldOn"));
  ASSIGN_OR_RETURN(s.organiser, r.OptionalString("organiser", kNameMaxChars));
  ASSIGN_OR_RETURN(s.scope, r.OptionalString("scope", kNameMaxChars));
  ASSIGN_OR_RETURN(s.notes, r.OptionalString("notes", kTextMaxChars));
  return s;
}

core::Result<domain::ScreenedDispute> ReadScreenedDispute(const JsonReader& r) {
  domain::ScreenedDispute d;
  ASSIGN_OR_RETURN(d.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(d.round_id, r.RequiredId("roundId"));
  ASSIGN_OR_RETURN(d.township_id, r.IdOrZero("townshipId"));
  ASSIGN_OR_RETURN(d.village_id, r.OptionalId("villageId"));
  ASSIGN_OR_RETURN(d.found_on, r.Required<core::Date>("foundOn"));
  ASSIGN_OR_RETURN(d.category, ReadCategory(r, "category"));
  ASSIGN_OR_RETURN(d.summary, r.OptionalString("summary", kTextMaxChars));
  ASSIGN_OR_RETURN(d.parties_count, r.OptionalOr<int>("partiesCount", d.parties_count));
  ASSIGN_OR_RETURN(d.status, r.EnumOr("status", kDisputeStatus, d.status));
  ASSIGN_OR_RETURN(d.route, r.OptionalEnum("route", kRoute));
  ASSIGN_OR_RETURN(d.resolved_on, r.Optional<core::Date>("resolvedOn"));
  ASSIGN_OR_RETURN(d.transferred_to, r.OptionalString("transferredTo", kNameMaxChars));
  ASSIGN_OR_RETURN(d.mediation_case_id, r.OptionalId("mediationCaseId"));
  return d;
}

core::Result<domain::MediationParty> ReadMediationParty(const JsonReader& r) {
  domain::MediationParty p;
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

core::Result<domain::MediationAgreement> ReadMediationAgreement(const JsonReader& r) {
  domain::MediationAgreement a;
  ASSIGN_OR_RETURN(a.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(a.case_id, r.IdOrZero("caseId"));
  ASSIGN_OR_RETURN(a.form, r.RequiredEnum("form", kForm));
  ASSIGN_OR_RETURN(a.effective_on, r.Required<core::Date>("effectiveOn"));
  ASSIGN_OR_RETURN(a.terms, r.OptionalString("terms", kTextMaxChars));
  ASSIGN_OR_RETURN(a.amount_fen, r.OptionalOr<std::int64_t>("amountFen", 0));
  ASSIGN_OR_RETURN(a.performance, r.EnumOr("performance", kPerformance, a.performance));
  ASSIGN_OR_RETURN(a.performance_due, r.Optional<core::Date>("performanceDue"));
  ASSIGN_OR_RETURN(a.performed_on, r.Optional<core::Date>("performedOn"));
  ASSIGN_OR_RETURN(a.last_followup_on, r.Optional<core::Date>("lastFollowupOn"));
  ASSIGN_OR_RETURN(a.confirmation_applied_on, r.Optional<core::Date>("confirmationAppliedOn"));
  ASSIGN_OR_RETURN(a.confirmation_court, r.OptionalString("confirmationCourt", kNameMaxChars));
  ASSIGN_OR_RETURN(a.confirmation_result,
                   r.EnumOr("confirmationResult", kConfirmation, a.confirmation_result));
  ASSIGN_OR_RETURN(a.confirmation_decided_on, r.Optional<core::Date>("confirmationDecidedOn"));
  return a;
}

core::Result<domain::MediationCase> ReadMediationCase(const JsonReader& r) {
  domain::MediationCase c;
  ASSIGN_OR_RETURN(c.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(c.township_id, r.IdOrZero("townshipId"));
  ASSIGN_OR_RETURN(c.committee_id, r.RequiredId("committeeId"));
  ASSIGN_OR_RETURN(c.mediator_id, r.OptionalId("mediatorId"));
  ASSIGN_OR_RETURN(c.case_no, r.RequiredString("caseNo", kNameMaxChars));
  ASSIGN_OR_RETURN(c.category, ReadCategory(r, "category"));
  ASSIGN_OR_RETURN(c.start_mode, r.EnumOr("startMode", kStartMode, c.start_mode));
  ASSIGN_OR_RETURN(c.referred_by, r.OptionalString("referredBy", kNameMaxChars));
  ASSIGN_OR_RETURN(c.accepted_on, r.Required<core::Date>("acceptedOn"));
  ASSIGN_OR_RETURN(c.summary, r.OptionalString("summary", kTextMaxChars));
  ASSIGN_OR_RETURN(c.outcome, r.EnumOr("outcome", kOutcome, c.outcome));
  ASSIGN_OR_RETURN(c.concluded_on, r.Optional<core::Date>("concludedOn"));
  ASSIGN_OR_RETURN(c.termination_reason, r.OptionalString("terminationReason", kTextMaxChars));
  ASSIGN_OR_RETURN(c.parties_agreed_to_continue,
                   r.OptionalOr<bool>("partiesAgreedToContinue", false));
  ASSIGN_OR_RETURN(c.amount_fen, r.OptionalOr<std::int64_t>("amountFen", 0));
  ASSIGN_OR_RETURN(c.prevented_criminal, r.OptionalOr<bool>("preventedCriminal", false));
  ASSIGN_OR_RETURN(c.prevented_group_petition, r.OptionalOr<bool>("preventedGroupPetition", false));
  ASSIGN_OR_RETURN(c.parties, r.ObjectArray("parties", ReadMediationParty));
  ASSIGN_OR_RETURN(std::optional<JsonReader> agreement, r.OptionalObject("agreement"));
  if (agreement) {
    ASSIGN_OR_RETURN(domain::MediationAgreement a, ReadMediationAgreement(*agreement));
    c.agreement = std::move(a);
  }
  return c;
}

core::Result<domain::MediationCommittee> MediationCommitteeFromJson(const json& j) {
  return DecodeDocument(j, ReadMediationCommittee);
}
core::Result<domain::Mediator> MediatorFromJson(const json& j) {
  return DecodeDocument(j, ReadMediator);
}
core::Result<domain::ScreeningRound> ScreeningRoundFromJson(const json& j) {
  return DecodeDocument(j, ReadScreeningRound);
}
core::Result<domain::ScreenedDispute> ScreenedDisputeFromJson(const json& j) {
  return DecodeDocument(j, ReadScreenedDispute);
}
core::Result<domain::MediationCase> MediationCaseFromJson(const json& j) {
  return DecodeDocument(j, ReadMediationCase);
}

}  // namespace fazhi::service::json
