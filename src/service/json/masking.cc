// service/json/masking.cc — see masking.h.
#include "service/json/masking.h"

#include <fmt/format.h>

#include "domain/validation/idcard.h"
#include "domain/validation/phone.h"

namespace fazhi::service::json {

std::string Masking::IdNumber(std::string_view id_number) const {
  return id_numbers ? MaskIdNumber(id_number) : std::string(id_number);
}

std::string Masking::Phone(std::string_view phone) const {
  return phones ? MaskPhone(phone) : std::string(phone);
}

std::string MaskIdNumber(std::string_view id_number) {
  if (id_number.empty()) return {};
  return domain::MaskIdCard(id_number);
}

std::string MaskPhone(std::string_view phone) {
  if (phone.empty()) return {};
  return domain::MaskPhone(phone);
}

bool LooksMasked(std::string_view text) {
  return text.find('*') != std::string_view::npos ||
         text.find("\xEF\xBC\x8A") != std::string_view::npos;  // U+FF0A FULLWIDTH ASTERISK
}

core::Status CheckNotMasked(std::string_view value, const std::string& field) {
  if (!LooksMasked(value)) return core::Ok();
  return core::Fail(core::InvalidArgument(
      field, fmt::format("字段 {} 是脱敏后的显示值（含“*”），请填写完整的号码", field),
      fmt::format("field {} is a masked display value (contains '*'); send the full number",
                  field)));
}

}  // namespace fazhi::service::json
