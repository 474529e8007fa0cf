// domain/org/org.cc — see org.h.
#include "domain/org/org.h"

#include <fmt/format.h>

#include <array>
#include <cstddef>

#include "domain/common.h"

namespace fazhi::domain {
namespace {

constexpr std::array<CodeChoice, 3> kRegionLevels = {{
    {"county", "县"},
    {"township", "乡镇"},
    {"village", "村（社区）"},
}};

constexpr std::array<CodeChoice, 6> kRoles = {{
    {"clerk", "业务人员"},
    {"leader", "领导"},
    {"county_reviewer", "县级审核"},
    {"sysadmin", "系统管理员"},
    {"secadmin", "安全管理员"},
    {"auditor", "审计员"},
}};

constexpr std::size_t kRegionCodeLength = 12;

bool AllZero(std::string_view s) { return s.find_first_not_of('0') == std::string_view::npos; }

// Number of significant leading digits of a code of this level (its prefix for children).
std::size_t SignificantDigits(RegionLevel level) {
  switch (level) {
    case RegionLevel::kCounty:
      return 6;
    case RegionLevel::kTownship:
      return 9;
    case RegionLevel::kVillage:
      return 12;
  }
  return 12;
}

int Depth(RegionLevel level) { return static_cast<int>(level); }

// UTF-8 code points in `s` (invalid bytes count one each).
std::size_t CountChars(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++n;
  }
  return n;
}

// The whole UTF-8 character starting at byte i, and its 1-based character position.
std::string CharAt(std::string_view s, std::size_t i, std::size_t& position) {
  position = CountChars(s.substr(0, i)) + 1;
  std::size_t len = 1;
  while (i + len < s.size() && (static_cast<unsigned char>(s[i + len]) & 0xC0U) == 0x80U) {
    ++len;
  }
  return std::string(s.substr(i, len));
}

core::Error RegionError(std::string_view field, std::string zh, std::string en) {
  return core::InvalidArgument(std::string(field), fmt::format("区划代码（{}）{}", field, zh),
                               fmt::format("Region code ({}): {}", field, en));
}

}  // namespace

std::string_view RegionLevelCode(RegionLevel level) {
  return kRegionLevels[static_cast<std::size_t>(level)].code;
}
std::string_view RegionLevelLabelZh(RegionLevel level) {
  return kRegionLevels[static_cast<std::size_t>(level)].label_zh;
}
core::Result<RegionLevel> ParseRegionLevel(std::string_view code) {
  ASSIGN_OR_RETURN(std::size_t i, ParseCodeIndex(code, "level", kRegionLevels, true));
  return static_cast<RegionLevel>(i);
}

core::Result<RegionLevel> RegionLevelOfCode(std::string_view code, std::string_view field) {
  if (code.empty()) {
    return core::Fail(RegionError(field, "不能为空，应为 12 位统计用区划代码",
                                  "is empty; expected the 12-digit statistical division code"));
  }
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (code[i] < '0' || code[i] > '9') {
      std::size_t pos = 0;
      std::string ch = CharAt(code, i, pos);
      return core::Fail(RegionError(
          field, fmt::format("第 {} 位“{}”不是数字，区划代码只能由 12 位数字组成", pos, ch),
          fmt::format("character {} ('{}') is not a digit; the code must be 12 digits", pos, ch)));
    }
  }
  if (code.size() != kRegionCodeLength) {
    return core::Fail(RegionError(field, fmt::format("应为 12 位数字，实际为 {} 位", code.size()),
                                  fmt::format("must have 12 digits, got {}", code.size())));
  }
  if (code.substr(0, 2) == "00") {
    return core::Fail(RegionError(field, fmt::format("“{}”的省级代码不能为 00", code),
                                  fmt::format("\"{}\" has province digits 00", code)));
  }
  if (AllZero(code.substr(6))) {
    if (code.substr(4, 2) == "00") {
      return core::Fail(RegionError(
          field, fmt::format("“{}”是省级或地市级代码，不是县级、乡镇级或村级代码", code),
          fmt::format("\"{}\" is a province or city code, not a county, township or village "
                      "code",
                      code)));
    }
    return RegionLevel::kCounty;
  }
  if (AllZero(code.substr(9))) return RegionLevel::kTownship;
  if (AllZero(code.substr(6, 3))) {
    return core::Fail(RegionError(
        field, fmt::format("“{}”的乡镇段（第 7–9 位）为 000，不能作为村级代码", code),
        fmt::format("\"{}\" has township digits 7-9 equal to 000, so it cannot be a village "
                    "code",
                    code)));
  }
  return RegionLevel::kVillage;
}

core::Status ValidateRegionCode(std::string_view code, RegionLevel expected,
                                std::optional<std::string_view> parent_code,
                                std::string_view field) {
  ASSIGN_OR_RETURN(RegionLevel level, RegionLevelOfCode(code, field));
  if (level != expected) {
    return core::Fail(
        RegionError(field,
                    fmt::format("“{}”是{}级代码，此处应为{}级代码", code, RegionLevelLabelZh(level),
                                RegionLevelLabelZh(expected)),
                    fmt::format("\"{}\" is a {} code; a {} code is expected here", code,
                                RegionLevelCode(level), RegionLevelCode(expected))));
  }
  if (!parent_code) return core::Ok();
  auto parent_level = RegionLevelOfCode(*parent_code, field);
  if (!parent_level) {
    return core::Fail(RegionError(
        field, fmt::format("的上级代码“{}”无效：{}", *parent_code, parent_level.error().message),
        fmt::format("its parent code \"{}\" is invalid: {}", *parent_code,
                    parent_level.error().message_en)));
  }
  if (Depth(*parent_level) >= Depth(level)) {
    return core::Fail(RegionError(
        field,
        fmt::format("“{}”是{}级代码，不能作为{}级代码“{}”的上级", *parent_code,
                    RegionLevelLabelZh(*parent_level), RegionLevelLabelZh(level), code),
        fmt::format("\"{}\" is a {} code and cannot be the parent of the {} code \"{}\"",
                    *parent_code, RegionLevelCode(*parent_level), RegionLevelCode(level), code)));
  }
  std::string_view prefix = parent_code->substr(0, SignificantDigits(*parent_level));
  if (!code.starts_with(prefix)) {
    return core::Fail(RegionError(
        field, fmt::format("“{}”不在上级“{}”之下：应以 {} 开头", code, *parent_code, prefix),
        fmt::format("\"{}\" is not under its parent \"{}\": it must start with {}", code,
                    *parent_code, prefix)));
  }
  return core::Ok();
}

std::string_view RoleCode(Role role) { return kRoles[static_cast<std::size_t>(role)].code; }
std::string_view RoleLabelZh(Role role) { return kRoles[static_cast<std::size_t>(role)].label_zh; }
core::Result<Role> ParseRole(std::string_view code) {
  ASSIGN_OR_RETURN(std::size_t i, ParseCodeIndex(code, "role", kRoles, true));
  return static_cast<Role>(i);
}

core::Status ValidatePasswordPolicy(std::string_view password, std::string_view username) {
  constexpr std::size_t kMinChars = 10;
  std::size_t chars = CountChars(password);
  if (chars < kMinChars) {
    return core::Fail(core::InvalidArgument(
        "password", fmt::format("密码（password）至少 {} 个字符，当前只有 {} 个", kMinChars, chars),
        fmt::format("Password must have at least {} characters; it has {}", kMinChars, chars)));
  }
  bool lower = false, upper = false, digit = false, symbol = false;
  for (char ch : password) {
    if (ch >= 'a' && ch <= 'z') {
      lower = true;
    } else if (ch >= 'A' && ch <= 'Z') {
      upper = true;
    } else if (ch >= '0' && ch <= '9') {
      digit = true;
    } else {
      symbol = true;  // punctuation, spaces and any non-ASCII character
    }
  }
  int classes = int{lower} + int{upper} + int{digit} + int{symbol};
  if (classes < 3) {
    return core::Fail(core::InvalidArgument(
        "password",
        fmt::format(
            "密码（password）须包含小写字母、大写字母、数字、符号中的至少三类，当前只有 {} 类",
            classes),
        fmt::format("Password must contain at least three of: lower-case letters, upper-case "
                    "letters, digits, symbols; it has {}",
                    classes)));
  }
  if (!username.empty() && EqualsIgnoreAsciiCase(password, username)) {
    return core::Fail(core::InvalidArgument("password", "密码（password）不能与用户名相同",
                                            "Password must not be the same as the username"));
  }
  return core::Ok();
}

core::Status ValidateUsername(std::string_view username) {
  constexpr std::size_t kMin = 3;
  constexpr std::size_t kMax = 32;
  if (username.empty()) {
    return core::Fail(
        core::InvalidArgument("username", "用户名（username）不能为空", "Username is empty"));
  }
  char first = username.front();
  if (first < 'a' || first > 'z') {
    return core::Fail(core::InvalidArgument("username", "用户名（username）必须以小写字母 a–z 开头",
                                            "Username must start with a lower-case letter a-z"));
  }
  for (std::size_t i = 0; i < username.size(); ++i) {
    char c = username[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    if (!ok) {
      std::size_t pos = 0;
      std::string ch = CharAt(username, i, pos);
      return core::Fail(core::InvalidArgument(
          "username",
          fmt::format("用户名（username）第 {} 个字符“{}”不允许，只能使用小写字母、数字和 _ . -",
                      pos, ch),
          fmt::format("Username character {} ('{}') is not allowed; use only a-z, 0-9, _ . -", pos,
                      ch)));
    }
  }
  if (username.size() < kMin || username.size() > kMax) {
    return core::Fail(
        core::InvalidArgument("username",
                              fmt::format("用户名（username）长度应为 {}–{} 个字符，当前为 {} 个",
                                          kMin, kMax, username.size()),
                              fmt::format("Username must have {}-{} characters; it has {}", kMin,
                                          kMax, username.size())));
  }
  return core::Ok();
}

}  // namespace fazhi::domain
