// service/json/common_json.cc — see common_json.h.
#include "service/json/common_json.h"

#include "service/json/masking.h"

#include <string>

namespace fazhi::service::json {
namespace {

using nlohmann::json;

constexpr EnumCodec<domain::Severity> kSeverity{
    [](std::string_view s) { return domain::ParseSeverity(s); }, &domain::SeverityCode};

json DeadlineExtensionJson(const domain::Extension& e) {
  return {{"amount", e.amount},
          {"unit", std::string(domain::PeriodUnitName(e.unit))},
          {"approver", e.approver},
          {"reason", e.reason}};
}

}  // namespace

json DateToJson(core::Date date) {
  if (!date.ok()) return nullptr;
  return core::FormatDate(date);
}

json DateToJson(const std::optional<core::Date>& date) {
  if (!date) return nullptr;
  return DateToJson(*date);
}

json IdToJson(const std::optional<std::int64_t>& id) {
  if (!id) return nullptr;
  return *id;
}

json ToJson(const domain::RuleFinding& f) {
  return {{"rule", f.rule},
          {"severity", std::string(domain::SeverityCode(f.severity))},
          {"field", f.field},
          {"message", f.message},
          {"messageEn", f.message_en},
          {"basis", f.basis}};
}

json ToJson(const std::vector<domain::RuleFinding>& findings) {
  json out = json::array();
  for (const auto& f : findings) out.push_back(ToJson(f));
  return out;
}

json ToJson(const domain::LegalBasis& b) {
  return {{"law", b.law}, {"version", b.version}, {"article", b.article}, {"display", b.Display()}};
}

json ToJson(const domain::ExcludedInterval& x) {
  return {{"from", DateToJson(x.from)}, {"to", DateToJson(x.to)}, {"reason", x.reason}};
}

json ToJson(const std::vector<domain::ExcludedInterval>& intervals) {
  json out = json::array();
  for (const auto& x : intervals) out.push_back(ToJson(x));
  return out;
}

json ToJson(const domain::DeadlineResult& r) {
  json extensions = json::array();
  for (const auto& e : r.extensions) extensions.push_back(DeadlineExtensionJson(e));
  return {{"rule", r.rule_code},
          {"ruleName", r.rule_name},
          {"start", DateToJson(r.start)},
          {"amount", r.amount},
          {"unit", std::string(domain::PeriodUnitName(r.unit))},
          {"rawDue", DateToJson(r.raw_due)},
          {"due", DateToJson(r.due)},
          {"rolledForward", r.rolled},
          {"extensions", extensions},
          {"excluded", ToJson(r.excluded)},
          {"excludedDays", r.excluded_days},
          {"basis", ToJson(r.basis)},
          {"calendarVersions", r.calendar_versions},
          {"provisional", r.provisional},
          {"warnings", r.warnings}};
}

core::Result<domain::RuleFinding> ReadRuleFinding(const JsonReader& r) {
  domain::RuleFinding f;
  ASSIGN_OR_RETURN(f.rule, r.RequiredString("rule", kNameMaxChars));
  ASSIGN_OR_RETURN(f.severity, r.RequiredEnum("severity", kSeverity));
  ASSIGN_OR_RETURN(f.field, r.OptionalString("field", kNameMaxChars));
  ASSIGN_OR_RETURN(f.message, r.RequiredString("message", kTextMaxChars));
  ASSIGN_OR_RETURN(f.message_en, r.OptionalString("messageEn", kTextMaxChars));
  ASSIGN_OR_RETURN(f.basis, r.OptionalString("basis", kNameMaxChars));
  return f;
}

core::Result<domain::LegalBasis> ReadLegalBasis(const JsonReader& r) {
  domain::LegalBasis b;
  ASSIGN_OR_RETURN(b.law, r.RequiredString("law", kNameMaxChars));
  ASSIGN_OR_RETURN(b.version, r.OptionalString("version", kNameMaxChars));
  ASSIGN_OR_RETURN(b.article, r.OptionalString("article", kNameMaxChars));
  return b;
}

core::Result<domain::ExcludedInterval> ReadExcludedInterval(const JsonReader& r) {
  domain::ExcludedInterval x;
  ASSIGN_OR_RETURN(x.from, r.Required<core::Date>("from"));
  ASSIGN_OR_RETURN(x.to, r.Required<core::Date>("to"));
  ASSIGN_OR_RETURN(x.reason, r.OptionalString("reason", kTextMaxChars));
  return x;
}

core::Result<domain::RuleFinding> RuleFindingFromJson(const json& j) {
  return DecodeDocument(j, ReadRuleFinding);
}

core::Result<domain::LegalBasis> LegalBasisFromJson(const json& j) {
  return DecodeDocument(j, ReadLegalBasis);
}

core::Result<domain::ExcludedInterval> ExcludedIntervalFromJson(const json& j) {
  return DecodeDocument(j, ReadExcludedInterval);
}

core::Result<std::string> ReadPersonal(const JsonReader& r, std::string_view key) {
  ASSIGN_OR_RETURN(std::string value, r.OptionalString(key, kNameMaxChars));
  RETURN_IF_ERROR(CheckNotMasked(value, r.PathOf(key)));
  return value;
}

}  // namespace fazhi::service::json
