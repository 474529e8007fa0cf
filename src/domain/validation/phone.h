// domain/validation/phone.h — contact phone numbers of parties and mediators (PRODUCT.md
// §3.4: validated, and masked in lists).
//
// Contract: ValidatePhone accepts
//  * a mainland mobile number, 11 digits matching 1[3-9]\d{9}, optionally prefixed by
//    +86 / 0086 / 86 and grouped with spaces or hyphens ("138 1234 5678"); normalised to
//    the 11 digits;
//  * a landline with its area code: 010 / 02X / a 4-digit 0[3-9]XX code, then a 7–8 digit
//    local number starting 2–9, optionally an extension of 1–6 digits; the parts are
//    separated by '-', spaces or parentheses ("(023)12345678", "023-12345678-801"), or the
//    number is written without separators ("02312345678"); the local number itself is not
//    split. Normalised to "023-12345678" or "023-12345678-801".
// Full-width digits are folded and surrounding white space trimmed. On failure it returns
// kInvalidArgument naming `field`, in Chinese and English, saying what is wrong (empty,
// illegal character and its position, mobile length/second digit, missing or bad area code,
// local number length). Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace fazhi::domain {

enum class PhoneKind { kMobile, kLandline };

struct PhoneNumber {
  std::string normalized;  // "13812345678" or "023-12345678[-ext]"
  PhoneKind kind = PhoneKind::kMobile;
};

core::Result<PhoneNumber> ValidatePhone(std::string_view input, std::string_view field = "phone");

// "13812345678" → "138****5678"; "023-12345678" → "023-****5678". Text that is not a valid
// phone number keeps only its last 4 digits ("12345" → "*2345"); other characters are kept.
std::string MaskPhone(std::string_view phone);

}  // namespace fazhi::domain
