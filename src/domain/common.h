// domain/common.h — small shared vocabulary of the ledgers: gender, party kind, rule
// findings. Pure types.
//
// Also the helpers every *Code / Parse* family uses: a parse trims surrounding white space
// (ASCII and the full-width U+3000), compares codes ASCII-case-insensitively and zh labels
// exactly, and on failure returns core::InvalidArgument naming the field, quoting the value
// and listing the allowed codes (with their zh labels) in both languages.
// Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/result.h"

namespace fazhi::domain {

enum class Gender { kUnknown, kMale, kFemale };
std::string_view GenderCode(Gender g);     // "unknown" | "male" | "female"
std::string_view GenderLabelZh(Gender g);  // "未知" | "男" | "女"
// Accepts the code or the zh label ("男", "女", "未知").
core::Result<Gender> ParseGender(std::string_view code, std::string_view field = "gender");

enum class PartyKind { kPerson, kOrganisation };
std::string_view PartyKindCode(PartyKind k);     // "person" | "org"
std::string_view PartyKindLabelZh(PartyKind k);  // "自然人" | "法人或其他组织"
core::Result<PartyKind> ParsePartyKind(std::string_view code, std::string_view field = "kind");

enum class Severity { kInfo, kWarning, kError };
std::string_view SeverityCode(Severity s);  // "info" | "warning" | "error"
core::Result<Severity> ParseSeverity(std::string_view code, std::string_view field = "severity");

// A rule finding on a record: a roster check, a validation warning, a blocked move.
struct RuleFinding {
  std::string rule;  // "MED-01"
  Severity severity = Severity::kWarning;
  std::string field;       // the field at fault, if any
  std::string message;     // zh-CN
  std::string message_en;  // en-US
  std::string basis;       // "《人民调解法》第8条"
};

// ---- helpers for enum code tables ----

// One row of an enum's code table; row i describes the enumerator with value i.
struct CodeChoice {
  std::string_view code;      // stable text, e.g. "male"
  std::string_view label_zh;  // display label, e.g. "男"
};

// `s` without surrounding ASCII white space and full-width spaces (U+3000).
std::string_view TrimText(std::string_view s);
// True when `a` equals `b` ignoring ASCII case.
bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b);

// The kInvalidArgument error for a value that is none of `choices`, e.g.
//   "字段 gender 的取值“x”无效，可选值：unknown（未知）、male（男）、female（女）"
//   "Field gender: "x" is not a valid value; allowed: unknown, male, female"
core::Error UnknownCodeError(std::string_view field, std::string_view value,
                             std::span<const CodeChoice> choices);

// Index of the row whose code matches `text` (trimmed, ASCII-case-insensitive), or whose
// zh label matches exactly when accept_labels; otherwise UnknownCodeError.
core::Result<std::size_t> ParseCodeIndex(std::string_view text, std::string_view field,
                                         std::span<const CodeChoice> choices, bool accept_labels);

// The enumerator of E at the parsed row of `table` (codes and zh labels accepted).
template <class E>
core::Result<E> ParseCodeAs(std::string_view text, std::string_view field,
                            std::span<const CodeChoice> table) {
  ASSIGN_OR_RETURN(std::size_t i, ParseCodeIndex(text, field, table, true));
  return static_cast<E>(i);
}
// The code and the zh label of enumerator `e` in `table`.
template <class E>
std::string_view CodeOfRow(E e, std::span<const CodeChoice> table) {
  return table[static_cast<std::size_t>(e)].code;
}
template <class E>
std::string_view LabelOfRow(E e, std::span<const CodeChoice> table) {
  return table[static_cast<std::size_t>(e)].label_zh;
}

}  // namespace fazhi::domain
