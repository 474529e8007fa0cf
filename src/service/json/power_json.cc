// service/json/power_json.cc — see power_json.h.
#include "service/json/power_json.h"

#include <cstdint>
#include <optional>
#include <string>

#include "service/json/common_json.h"
#include "service/json/json_reader.h"

namespace fazhi::service::json {
namespace {

using nlohmann::json;

constexpr EnumCodec<domain::ActionCategory> kCategory{
    [](std::string_view s) { return domain::ParseActionCategory(s); }, &domain::ActionCategoryCode};

core::Result<domain::PowerItem> ReadPower(const JsonReader& r) {
  domain::PowerItem p;
  ASSIGN_OR_RETURN(p.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(p.township_id, r.IdOrZero("townshipId"));
  ASSIGN_OR_RETURN(p.code, r.RequiredString("code", 50));
  ASSIGN_OR_RETURN(std::optional<std::int64_t> version, r.OptionalInt("version", 1, 100000));
  p.version = static_cast<int>(version.value_or(1));
  ASSIGN_OR_RETURN(p.name, r.RequiredString("name", 100));
  ASSIGN_OR_RETURN(p.category, r.RequiredEnum("category", kCategory));
  ASSIGN_OR_RETURN(p.subject, r.RequiredString("subject", 100));
  ASSIGN_OR_RETURN(p.basis, r.RequiredString("basis", 2000));
  ASSIGN_OR_RETURN(p.procedure, r.RequiredString("procedure", 2000));
  ASSIGN_OR_RETURN(p.remedy, r.RequiredString("remedy", 2000));
  ASSIGN_OR_RETURN(p.note, r.OptionalString("note", 2000));
  ASSIGN_OR_RETURN(p.effective_from, r.Required<core::Date>("effectiveFrom"));
  ASSIGN_OR_RETURN(p.effective_to, r.Optional<core::Date>("effectiveTo"));
  return p;
}

}  // namespace

json ToJson(const domain::PowerItem& p, const Masking&) {
  return {{"id", p.id},
          {"townshipId", p.township_id},
          {"code", p.code},
          {"version", p.version},
          {"name", p.name},
          {"category", std::string(domain::ActionCategoryCode(p.category))},
          {"categoryLabel", std::string(domain::ActionCategoryLabelZh(p.category))},
          {"subject", p.subject},
          {"basis", p.basis},
          {"procedure", p.procedure},
          {"remedy", p.remedy},
          {"note", p.note},
          {"effectiveFrom", DateToJson(p.effective_from)},
          {"effectiveTo", DateToJson(p.effective_to)},
          {"latest", !p.effective_to.has_value()}};
}

core::Result<domain::PowerItem> PowerItemFromJson(const json& j) { return DecodeDocument(j, ReadPower); }

}  // namespace fazhi::service::json
