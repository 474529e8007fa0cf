// service/json/validation_json.cc — see validation_json.h.
#include "service/json/validation_json.h"

namespace fazhi::service::json {
namespace {

nlohmann::json Findings(const std::vector<domain::RuleFinding>& findings) {
  nlohmann::json arr = nlohmann::json::array();
  for (const auto& f : findings) {
    arr.push_back({{"rule", f.rule}, {"severity", std::string(domain::SeverityCode(f.severity))},
                   {"message", f.message}, {"messageEn", f.message_en}});
  }
  return arr;
}

}  // namespace

nlohmann::json IdCardToJson(const domain::IdCardInfo& info, core::Date today) {
  return {{"valid", true},
          {"normalized", info.normalized18},
          {"birthDate", core::FormatDate(info.birth_date)},
          {"gender", info.gender == domain::Gender::kMale ? "male" : "female"},
          {"age", domain::AgeOn(info.birth_date, today)},
          {"convertedFrom15", info.converted_from_15},
          {"regionPrefix", info.region_prefix},
          {"masked", domain::MaskIdCard(info.normalized18)},
          {"warnings", Findings(info.warnings)}};
}

nlohmann::json UsccToJson(const domain::UsccInfo& info) {
  return {{"valid", true},
          {"normalized", info.normalized},
          {"authority", std::string(info.authority_label_zh)},
          {"type", std::string(info.type_label_zh)},
          {"regionCode", info.region_code},
          {"orgCode", info.org_code},
          {"warnings", Findings(info.warnings)}};
}

nlohmann::json PhoneToJson(const domain::PhoneNumber& phone) {
  return {{"valid", true},
          {"normalized", phone.normalized},
          {"kind", phone.kind == domain::PhoneKind::kMobile ? "mobile" : "landline"},
          {"masked", domain::MaskPhone(phone.normalized)}};
}

}  // namespace fazhi::service::json
