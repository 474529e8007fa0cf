// domain/validation/uscc.h — 统一社会信用代码 (GB 32100-2015, domain-rules VAL-02).
//
// Contract: ValidateUscc trims surrounding white space, folds full-width characters and
// upper-cases letters, then checks: only 0-9 and A-Y without I, O, Z, S, V (the position of
// the first illegal character is named); exactly 18 characters; positions 3–8 (the
// registering authority's division code) are digits; the check character (position 18,
// weights 3^(i−1) mod 31). Failures return kInvalidArgument naming `field`, in Chinese and
// English. Advisory checks are RuleFinding warnings in UsccInfo::warnings, never errors:
// positions 9–17 as a GB 11714 organisation code (its own check character), and whether the
// registration authority (position 1) and entity type (position 2) are in the known table.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/common.h"

namespace fazhi::domain {

struct UsccInfo {
  std::string normalized;               // 18 upper-case characters
  char authority_code = 0;              // position 1, e.g. '9'
  std::string_view authority_label_zh;  // "工商（市场监管）"; empty when unknown
  char type_code = 0;                   // position 2, e.g. '1'
  std::string_view type_label_zh;       // "企业"; empty when unknown
  std::string region_code;              // positions 3–8
  std::string org_code;                 // positions 9–17 (GB 11714 organisation code)
  std::vector<RuleFinding> warnings;    // VAL-02 advisories
};

core::Result<UsccInfo> ValidateUscc(std::string_view input, std::string_view field = "uscc");

// The GB 32100 check character of the first 17 characters.
// REQUIRES: first17 is 17 characters of 0123456789ABCDEFGHJKLMNPQRTUWXY.
char UsccCheckChar(std::string_view first17);

// The GB 11714 check character ('0'–'9' or 'X') of an 8-character organisation code body
// (0-9 valued 0–9, A-Z valued 10–35, weights 3 7 9 10 5 8 4 2). REQUIRES: 8 chars of 0-9A-Z.
char OrgCodeCheckChar(std::string_view first8);

}  // namespace fazhi::domain
