// domain/validation/phone.cc — see phone.h.
#include "domain/validation/phone.h"

#include <fmt/format.h>

#include <cstddef>
#include <vector>

#include "domain/validation/input_text.h"

namespace fazhi::domain {
namespace {

bool IsSeparator(const std::string& c) { return c == "-" || c == " " || c == "(" || c == ")"; }

core::Error PhoneError(std::string_view field, std::string zh, std::string en) {
  return core::InvalidArgument(std::string(field), fmt::format("联系电话（{}）{}", field, zh),
                               fmt::format("Phone number ({}): {}", field, en));
}

struct ParsedPhone {
  PhoneKind kind = PhoneKind::kMobile;
  std::string mobile;  // 11 digits
  std::string area, local, ext;
};

core::Result<ParsedPhone> Parse(std::string_view input, std::string_view field) {
  std::vector<std::string> chars = SplitInputChars(input);
  if (chars.empty()) return core::Fail(PhoneError(field, "不能为空", "is empty"));
  std::size_t start = 0;
  if (chars[0] == "+") {
    if (chars.size() < 3 || chars[1] != "8" || chars[2] != "6") {
      return core::Fail(PhoneError(field, "只支持中国大陆号码，国际区号应为 +86",
                                   "only mainland China numbers are accepted; the country "
                                   "code must be +86"));
    }
    start = 3;
  }
  std::vector<std::string> groups;
  bool in_group = false;
  for (std::size_t i = start; i < chars.size(); ++i) {
    const std::string& c = chars[i];
    if (IsDigitChar(c)) {
      if (!in_group) groups.emplace_back();
      groups.back() += c;
      in_group = true;
    } else if (IsSeparator(c)) {
      in_group = false;
    } else {
      return core::Fail(PhoneError(
          field, fmt::format("第 {} 个字符“{}”不允许，只能使用数字、空格、- 和括号", i + 1, c),
          fmt::format("character {} ('{}') is not allowed; use digits, spaces, '-' and "
                      "parentheses",
                      i + 1, c)));
    }
  }
  std::string all;
  for (const std::string& g : groups) all += g;
  if (all.empty()) return core::Fail(PhoneError(field, "没有数字", "contains no digits"));
  // Country code written without '+'.
  if (start == 0 && all.size() == 15 && all.starts_with("00861")) {
    all = all.substr(4);
    groups = {all};
  } else if (start == 0 && all.size() == 13 && all.starts_with("861")) {
    all = all.substr(2);
    groups = {all};
  }

  ParsedPhone p;
  if (all[0] == '1') {
    p.kind = PhoneKind::kMobile;
    if (all.size() != 11) {
      return core::Fail(
          PhoneError(field, fmt::format("手机号应为 11 位数字，实际为 {} 位", all.size()),
                     fmt::format("a mobile number must have 11 digits; got {}", all.size())));
    }
    if (all[1] < '3') {
      return core::Fail(PhoneError(
          field, fmt::format("手机号第 2 位应为 3–9，实际为 {}", all[1]),
          fmt::format("the second digit of a mobile number must be 3-9; got {}", all[1])));
    }
    p.mobile = all;
    return p;
  }
  if (all[0] != '0') {
    return core::Fail(PhoneError(
        field, "固定电话须带区号（如 023-12345678），手机号须以 1 开头",
        "a landline needs its area code (e.g. 023-12345678); a mobile number starts with 1"));
  }
  p.kind = PhoneKind::kLandline;
  if (groups.size() == 1) {
    const std::string& g = groups[0];
    std::size_t area_len = (g.starts_with("01") || g.starts_with("02")) ? 3 : 4;
    if (g.size() <= area_len) {
      return core::Fail(PhoneError(field, "缺少区号后的本地号码",
                                   "the local number after the area code is missing"));
    }
    p.area = g.substr(0, area_len);
    p.local = g.substr(area_len);
  } else if (groups.size() <= 3) {
    p.area = groups[0];
    p.local = groups[1];
    if (groups.size() == 3) p.ext = groups[2];
  } else {
    return core::Fail(PhoneError(field, "格式不正确，应为“区号-号码”或“区号-号码-分机”",
                                 "bad layout; expected AREA-NUMBER or AREA-NUMBER-EXTENSION"));
  }
  bool area_ok = (p.area.size() == 3 && (p.area == "010" || p.area[1] == '2')) ||
                 (p.area.size() == 4 && p.area[1] >= '3');
  if (!area_ok) {
    return core::Fail(PhoneError(
        field, fmt::format("区号“{}”无效：应为 010、02X 或 0 开头的 4 位区号（如 0851）", p.area),
        fmt::format("area code \"{}\" is not valid; expected 010, 02X or a 4-digit code "
                    "starting with 0 (e.g. 0851)",
                    p.area)));
  }
  if (p.local.size() < 7 || p.local.size() > 8) {
    return core::Fail(
        PhoneError(field, fmt::format("区号后的本地号码应为 7–8 位，实际为 {} 位", p.local.size()),
                   fmt::format("the local number after the area code must have 7-8 digits; got {}",
                               p.local.size())));
  }
  if (p.local[0] < '2') {
    return core::Fail(PhoneError(field, fmt::format("本地号码不能以 {} 开头", p.local[0]),
                                 fmt::format("the local number cannot start with {}", p.local[0])));
  }
  if (p.ext.size() > 6) {
    return core::Fail(
        PhoneError(field, fmt::format("分机号最多 6 位，实际为 {} 位", p.ext.size()),
                   fmt::format("the extension has at most 6 digits; got {}", p.ext.size())));
  }
  return p;
}

}  // namespace

core::Result<PhoneNumber> ValidatePhone(std::string_view input, std::string_view field) {
  ASSIGN_OR_RETURN(ParsedPhone p, Parse(input, field));
  PhoneNumber out;
  out.kind = p.kind;
  if (p.kind == PhoneKind::kMobile) {
    out.normalized = p.mobile;
  } else {
    out.normalized = p.area + "-" + p.local;
    if (!p.ext.empty()) out.normalized += "-" + p.ext;
  }
  return out;
}

std::string MaskPhone(std::string_view phone) {
  auto parsed = Parse(phone, "phone");
  if (parsed) {
    if (parsed->kind == PhoneKind::kMobile) {
      return parsed->mobile.substr(0, 3) + "****" + parsed->mobile.substr(7);
    }
    const std::string& local = parsed->local;
    std::string out =
        parsed->area + "-" + std::string(local.size() - 4, '*') + local.substr(local.size() - 4);
    if (!parsed->ext.empty()) out += "-" + parsed->ext;
    return out;
  }
  std::vector<std::string> chars = SplitInputChars(phone);
  std::size_t digits = 0;
  for (const std::string& c : chars) digits += IsDigitChar(c) ? 1 : 0;
  std::string out;
  std::size_t seen = 0;
  for (const std::string& c : chars) {
    if (IsDigitChar(c)) {
      ++seen;
      out += (digits - seen < 4) ? c : std::string("*");
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace fazhi::domain
