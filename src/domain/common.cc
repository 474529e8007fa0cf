// domain/common.cc — see common.h.
#include "domain/common.h"

#include <fmt/format.h>

#include <array>

namespace fazhi::domain {
namespace {

constexpr std::array<CodeChoice, 3> kGenders = {{
    {"unknown", "未知"},
    {"male", "男"},
    {"female", "女"},
}};
constexpr std::array<CodeChoice, 2> kPartyKinds = {{
    {"person", "自然人"},
    {"org", "法人或其他组织"},
}};
constexpr std::array<CodeChoice, 3> kSeverities = {{
    {"info", "提示"},
    {"warning", "警告"},
    {"error", "错误"},
}};

constexpr std::string_view kFullWidthSpace = "\u3000";

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::string_view GenderCode(Gender g) { return kGenders[static_cast<std::size_t>(g)].code; }
std::string_view GenderLabelZh(Gender g) { return kGenders[static_cast<std::size_t>(g)].label_zh; }
core::Result<Gender> ParseGender(std::string_view code, std::string_view field) {
  ASSIGN_OR_RETURN(std::size_t i, ParseCodeIndex(code, field, kGenders, true));
  return static_cast<Gender>(i);
}

std::string_view PartyKindCode(PartyKind k) {
  return kPartyKinds[static_cast<std::size_t>(k)].code;
}
std::string_view PartyKindLabelZh(PartyKind k) {
  return kPartyKinds[static_cast<std::size_t>(k)].label_zh;
}
core::Result<PartyKind> ParsePartyKind(std::string_view code, std::string_view field) {
  ASSIGN_OR_RETURN(std::size_t i, ParseCodeIndex(code, field, kPartyKinds, true));
  return static_cast<PartyKind>(i);
}

std::string_view SeverityCode(Severity s) { return kSeverities[static_cast<std::size_t>(s)].code; }
core::Result<Severity> ParseSeverity(std::string_view code, std::string_view field) {
  ASSIGN_OR_RETURN(std::size_t i, ParseCodeIndex(code, field, kSeverities, false));
  return static_cast<Severity>(i);
}

std::string_view TrimText(std::string_view s) {
  for (;;) {
    if (!s.empty() && IsAsciiSpace(s.front())) {
      s.remove_prefix(1);
    } else if (s.starts_with(kFullWidthSpace)) {
      s.remove_prefix(kFullWidthSpace.size());
    } else {
      break;
    }
  }
  for (;;) {
    if (!s.empty() && IsAsciiSpace(s.back())) {
      s.remove_suffix(1);
    } else if (s.ends_with(kFullWidthSpace)) {
      s.remove_suffix(kFullWidthSpace.size());
    } else {
      break;
    }
  }
  return s;
}

bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}

core::Error UnknownCodeError(std::string_view field, std::string_view value,
                             std::span<const CodeChoice> choices) {
  std::string zh;
  std::string en;
  for (const CodeChoice& c : choices) {
    if (!zh.empty()) {
      zh += "、";
      en += ", ";
    }
    zh += fmt::format("{}（{}）", c.code, c.label_zh);
    en += c.code;
  }
  if (TrimText(value).empty()) {
    return core::InvalidArgument(std::string(field),
                                 fmt::format("字段 {} 不能为空，可选值：{}", field, zh),
                                 fmt::format("Field {} is empty; allowed: {}", field, en));
  }
  return core::InvalidArgument(
      std::string(field), fmt::format("字段 {} 的取值“{}”无效，可选值：{}", field, value, zh),
      fmt::format("Field {}: \"{}\" is not a valid value; allowed: {}", field, value, en));
}

core::Result<std::size_t> ParseCodeIndex(std::string_view text, std::string_view field,
                                         std::span<const CodeChoice> choices, bool accept_labels) {
  std::string_view t = TrimText(text);
  if (!t.empty()) {
    for (std::size_t i = 0; i < choices.size(); ++i) {
      if (EqualsIgnoreAsciiCase(t, choices[i].code)) return i;
    }
    if (accept_labels) {
      for (std::size_t i = 0; i < choices.size(); ++i) {
        if (t == choices[i].label_zh) return i;
      }
    }
  }
  return core::Fail(UnknownCodeError(field, text, choices));
}

}  // namespace fazhi::domain
