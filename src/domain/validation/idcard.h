// domain/validation/idcard.h — 居民身份证号码 (GB 11643-1999, domain-rules VAL-01) and the
// age rules that follow from it (VAL-03, 行政处罚法 第30条).
//
// Contract:
//  * ValidateIdCard reads what a user typed: surrounding white space is trimmed, full-width
//    digits are folded to ASCII, a lower-case 'x' check character becomes 'X', and a legacy
//    15-digit number is converted to 18 digits (insert "19" after the 6th digit, append the
//    computed check character). Any other character is an error naming its position.
//  * On failure it returns core::ErrorCode::kInvalidArgument with `field` set and a message
//    in Chinese and English that says exactly what is wrong: empty, illegal character
//    (position), wrong length, birth date not a real date, birth date after `today`, wrong
//    check character (expected and actual).
//  * Advisory problems (an unknown province prefix of the address code; the address code
//    list GB/T 2260 changes) are RuleFinding warnings in IdCardInfo::warnings, never errors.
//  * `today` is passed in (the injected clock), so results are reproducible.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/common.h"

namespace fazhi::domain {

struct IdCardInfo {
  std::string normalized18;  // 18 characters, check character upper case
  core::Date birth_date{};
  Gender gender = Gender::kUnknown;  // odd sequence digit: male; even: female
  bool converted_from_15 = false;
  std::string region_prefix;          // the 6-digit address code (GB/T 2260), positions 1–6
  std::vector<RuleFinding> warnings;  // VAL-01 advisories (kWarning) and notes (kInfo)
};

core::Result<IdCardInfo> ValidateIdCard(std::string_view input, core::Date today,
                                        std::string_view field = "idNumber");

// The ISO 7064 MOD 11-2 check character ('0'–'9' or 'X') of the first 17 digits.
// REQUIRES: first17 is exactly 17 ASCII digits.
char IdCardCheckChar(std::string_view first17);

// Age in whole years on `on`: it goes up on the birthday (a 29 February birthday counts as
// 28 February in common years). Negative when `on` precedes `birth`.
int AgeOn(core::Date birth, core::Date on);

// Age in completed years as the law counts it for liability: a year of age is complete
// only from the day after the birthday (最高人民法院 法释〔2006〕1号 第2条: 周岁从周岁生日的
// 第二天起算; applied by analogy to 行政处罚法 第30条). On the 14th birthday this is 13.
int LiabilityAgeOn(core::Date birth, core::Date on);

// VAL-03: warnings for a natural person's age on the date of the act (行政处罚法 第30条):
//  * under 14 completed years: no administrative penalty, the guardian is ordered to discipline;
//  * 14 to under 18: the penalty must be lighter or mitigated (从轻或者减轻);
//  * act date before the birth date: an error finding (the dates are inconsistent).
// Empty when the person was 18 or older. Findings carry rule "VAL-03" and `field`.
std::vector<RuleFinding> PartyAgeFindings(core::Date birth, core::Date act_date,
                                          std::string_view field = "idNumber");

// "11010519491231002X" → "110105********002X": keeps the first 6 and the last 4 characters
// (15 digits: "110105*****1002"). Input of another length keeps only its last 4 characters
// when it has more than 8, else it is fully masked. Works on characters, not bytes.
std::string MaskIdCard(std::string_view id_number);

}  // namespace fazhi::domain
