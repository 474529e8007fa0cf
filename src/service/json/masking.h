// service/json/masking.h — how personal data (身份证号, phone numbers) leaves the server.
//
// Contract:
//  * Masking says what an encoder hides; the default hides both. Masking::None() is for a
//    caller holding the personal_data permission (docs/server.md "Masking").
//  * MaskIdNumber is the domain's rule (domain::MaskIdCard): an 18- or 15-character number
//    keeps its first 6 and last 4 characters ("500101199001011234" → "500101********1234",
//    "110105491231002" → "110105*****1002"); any other length over 8 characters keeps only
//    its last 4; 8 characters or fewer become all stars. "" stays "".
//  * MaskPhone is the domain's rule (domain::MaskPhone): a mobile keeps its first 3 and last
//    4 digits ("13812345678" → "138****5678"); a landline keeps its area code and the last 4
//    digits of the local number ("023-62345678" → "023-****5678"); other text keeps only its
//    last 4 digits. "" stays "".
//  * LooksMasked: the text holds a star ('*' or the full-width '＊'), which no valid 身份证号
//    or phone number does. A masked value sent back to the server is invalid input:
//    CheckNotMasked is the decoders' check (kInvalidArgument naming the field).
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace fazhi::service::json {

struct Masking {
  bool id_numbers = true;  // 身份证号 of parties, petitioners, mediators
  bool phones = true;      // phone numbers

  static Masking None() { return Masking{false, false}; }
  static Masking All() { return Masking{}; }

  std::string IdNumber(std::string_view id_number) const;  // masked when id_numbers
  std::string Phone(std::string_view phone) const;         // masked when phones
};

std::string MaskIdNumber(std::string_view id_number);
std::string MaskPhone(std::string_view phone);
bool LooksMasked(std::string_view text);

// Ok, or kInvalidArgument naming `field` when `value` looks masked:
// "字段 parties[0].idNumber 是脱敏后的显示值，请填写完整的号码".
core::Status CheckNotMasked(std::string_view value, const std::string& field);

}  // namespace fazhi::service::json
