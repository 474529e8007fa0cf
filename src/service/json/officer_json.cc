// service/json/officer_json.cc — see officer_json.h.
#include "service/json/officer_json.h"

#include <string>

#include "domain/common.h"
#include "service/json/common_json.h"
#include "service/json/json_reader.h"

namespace fazhi::service::json {
namespace {

using nlohmann::json;

constexpr EnumCodec<domain::Gender> kGender{
    [](std::string_view s) { return domain::ParseGender(s); }, &domain::GenderCode};
constexpr EnumCodec<domain::CertificateStatus> kStatus{
    [](std::string_view s) { return domain::ParseCertificateStatus(s); },
    &domain::CertificateStatusCode};
constexpr EnumCodec<domain::ExamPart> kPart{[](std::string_view s) { return domain::ParseExamPart(s); },
                                            &domain::ExamPartCode};

json CertificateJson(const domain::OfficerCertificate& c) {
  return {{"id", c.id},
          {"officerId", c.officer_id},
          {"number", c.number},
          {"field", c.field},
          {"issuingAuthority", c.issuing_authority},
          {"issuedOn", DateToJson(c.issued_on)},
          {"expiresOn", DateToJson(c.expires_on)},
          {"status", std::string(domain::CertificateStatusCode(c.status))},
          {"statusLabel", std::string(domain::CertificateStatusLabelZh(c.status))},
          {"statusChangedOn", DateToJson(c.status_changed_on)},
          {"statusReason", c.status_reason}};
}

core::Result<domain::OfficerCertificate> ReadCertificate(const JsonReader& r) {
  domain::OfficerCertificate c;
  ASSIGN_OR_RETURN(c.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(c.number, r.RequiredString("number", kNameMaxChars));
  ASSIGN_OR_RETURN(c.field, r.RequiredString("field", kNameMaxChars));
  ASSIGN_OR_RETURN(c.issuing_authority, r.RequiredString("issuingAuthority", kNameMaxChars));
  ASSIGN_OR_RETURN(c.issued_on, r.Required<core::Date>("issuedOn"));
  ASSIGN_OR_RETURN(c.expires_on, r.Required<core::Date>("expiresOn"));
  ASSIGN_OR_RETURN(c.status, r.EnumOr("status", kStatus, c.status));
  ASSIGN_OR_RETURN(c.status_changed_on, r.Optional<core::Date>("statusChangedOn"));
  ASSIGN_OR_RETURN(c.status_reason, r.OptionalString("statusReason", kTextMaxChars));
  return c;
}

core::Result<domain::OfficerExam> ReadExam(const JsonReader& r) {
  domain::OfficerExam e;
  ASSIGN_OR_RETURN(e.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(e.taken_on, r.Required<core::Date>("takenOn"));
  ASSIGN_OR_RETURN(e.part, r.RequiredEnum("part", kPart));
  ASSIGN_OR_RETURN(std::int64_t score, r.RequiredInt("score", 0, 100));
  e.score = static_cast<int>(score);
  return e;
}

core::Result<domain::OfficerTraining> ReadTraining(const JsonReader& r) {
  domain::OfficerTraining t;
  ASSIGN_OR_RETURN(t.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(t.held_on, r.Required<core::Date>("heldOn"));
  ASSIGN_OR_RETURN(t.topic, r.RequiredString("topic", kNameMaxChars));
  ASSIGN_OR_RETURN(std::int64_t hours, r.RequiredInt("hours", 1, 200));
  t.hours = static_cast<int>(hours);
  ASSIGN_OR_RETURN(t.organiser, r.OptionalString("organiser", kNameMaxChars));
  return t;
}

core::Result<domain::EnforcementOfficer> ReadOfficer(const JsonReader& r) {
  domain::EnforcementOfficer o;
  ASSIGN_OR_RETURN(o.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(o.township_id, r.IdOrZero("townshipId"));
  ASSIGN_OR_RETURN(o.name, r.RequiredString("name", kNameMaxChars));
  ASSIGN_OR_RETURN(o.gender, r.EnumOr("gender", kGender, o.gender));
  ASSIGN_OR_RETURN(o.id_number, ReadPersonal(r, "idNumber"));
  ASSIGN_OR_RETURN(o.phone, ReadPersonal(r, "phone"));
  ASSIGN_OR_RETURN(o.agency, r.RequiredString("agency", kNameMaxChars));
  ASSIGN_OR_RETURN(o.post, r.OptionalString("post", kNameMaxChars));
  ASSIGN_OR_RETURN(o.education, r.OptionalString("education", kNameMaxChars));
  ASSIGN_OR_RETURN(o.established_post, r.OptionalOr<bool>("establishedPost", true));
  ASSIGN_OR_RETURN(o.in_post_from, r.Required<core::Date>("inPostFrom"));
  ASSIGN_OR_RETURN(o.left_post_on, r.Optional<core::Date>("leftPostOn"));
  ASSIGN_OR_RETURN(o.legal_reviewer, r.OptionalOr<bool>("legalReviewer", false));
  ASSIGN_OR_RETURN(o.legal_qualification, r.OptionalOr<bool>("legalQualification", false));
  ASSIGN_OR_RETURN(o.certificates, r.ObjectArray("certificates", ReadCertificate));
  ASSIGN_OR_RETURN(o.exams, r.ObjectArray("exams", ReadExam));
  ASSIGN_OR_RETURN(o.trainings, r.ObjectArray("trainings", ReadTraining));
  return o;
}

}  // namespace

json ToJson(const domain::EnforcementOfficer& o, const Masking& masking, int exam_pass_score) {
  json certificates = json::array();
  for (const auto& c : o.certificates) certificates.push_back(CertificateJson(c));
  json exams = json::array();
  for (const auto& e : o.exams) {
    exams.push_back({{"id", e.id},
                     {"officerId", e.officer_id},
                     {"takenOn", DateToJson(e.taken_on)},
                     {"part", std::string(domain::ExamPartCode(e.part))},
                     {"partLabel", std::string(domain::ExamPartLabelZh(e.part))},
                     {"score", e.score},
                     {"passed", e.score >= exam_pass_score}});
  }
  json trainings = json::array();
  for (const auto& t : o.trainings) {
    trainings.push_back({{"id", t.id},
                         {"officerId", t.officer_id},
                         {"heldOn", DateToJson(t.held_on)},
                         {"topic", t.topic},
                         {"hours", t.hours},
                         {"organiser", t.organiser}});
  }
  return {{"id", o.id},
          {"townshipId", o.township_id},
          {"name", o.name},
          {"gender", std::string(domain::GenderCode(o.gender))},
          {"genderLabel", std::string(domain::GenderLabelZh(o.gender))},
          {"idNumber", masking.IdNumber(o.id_number)},
          {"phone", masking.Phone(o.phone)},
          {"agency", o.agency},
          {"post", o.post},
          {"education", o.education},
          {"establishedPost", o.established_post},
          {"inPostFrom", DateToJson(o.in_post_from)},
          {"leftPostOn", DateToJson(o.left_post_on)},
          {"legalReviewer", o.legal_reviewer},
          {"legalQualification", o.legal_qualification},
          {"certificates", std::move(certificates)},
          {"exams", std::move(exams)},
          {"trainings", std::move(trainings)}};
}

json ToJson(const domain::OfficerStanding& s) {
  return {{"inPost", s.in_post},
          {"certificate", std::string(domain::CertificateStandingCode(s.certificate))},
          {"certificateLabel", std::string(domain::CertificateStandingLabelZh(s.certificate))},
          {"certificateNumber", s.shown != nullptr ? s.shown->number : std::string()},
          {"validUntil", s.shown != nullptr ? DateToJson(s.shown->expires_on) : json(nullptr)},
          {"daysLeft", s.days_left ? json(*s.days_left) : json(nullptr)},
          {"trainingHoursThisYear", s.training_hours_this_year},
          {"trainingHoursTarget", s.training_hours_target}};
}

core::Result<domain::EnforcementOfficer> OfficerFromJson(const json& j) {
  return DecodeDocument(j, ReadOfficer);
}

}  // namespace fazhi::service::json
