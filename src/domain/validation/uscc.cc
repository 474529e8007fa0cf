// domain/validation/uscc.cc — see uscc.h.
#include "domain/validation/uscc.h"

#include <fmt/format.h>

#include <array>
#include <cstddef>

#include "domain/validation/input_text.h"

namespace fazhi::domain {
namespace {

constexpr std::string_view kRuleId = "VAL-02";
constexpr std::string_view kBasis = "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》";
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
// 3^(i-1) mod 31 for positions 1..17.
constexpr std::array<int, 17> kWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                          29, 25, 13, 8,  24, 10, 30, 28};
constexpr std::array<int, 8> kOrgWeights = {3, 7, 9, 10, 5, 8, 4, 2};

struct TypeRow {
  char code;
  std::string_view label_zh;
};
struct AuthorityRow {
  char code;
  std::string_view label_zh;
  std::array<TypeRow, 6> types;  // unused rows have code 0
};

// Registration authorities and entity types (GB 32100-2015 and its published code table).
constexpr std::array<AuthorityRow, 12> kAuthorities = {{
    {'1',
     "机构编制",
     {{{'1', "机关"},
       {'2', "事业单位"},
       {'3', "中央编办直接管理机构编制的群众团体"},
       {'9', "其他"}}}},
    {'2', "外交", {{{'1', "外国常驻新闻机构"}, {'9', "其他"}}}},
    {'3',
     "司法行政",
     {{{'1', "律师执业机构"},
       {'2', "公证处"},
       {'3', "基层法律服务所"},
       {'4', "司法鉴定机构"},
       {'5', "仲裁委员会"},
       {'9', "其他"}}}},
    {'4', "文化", {{{'1', "外国在华文化中心"}, {'9', "其他"}}}},
    {'5', "民政", {{{'1', "社会团体"}, {'2', "民办非企业单位"}, {'3', "基金会"}, {'9', "其他"}}}},
    {'6',
     "旅游",
     {{{'1', "外国旅游部门常驻代表机构"},
       {'2', "港澳台地区旅游部门常驻内地（大陆）代表机构"},
       {'9', "其他"}}}},
    {'7', "宗教", {{{'1', "宗教活动场所"}, {'2', "宗教院校"}, {'9', "其他"}}}},
    {'8', "工会", {{{'1', "基层工会"}, {'9', "其他"}}}},
    {'9', "工商（市场监管）", {{{'1', "企业"}, {'2', "个体工商户"}, {'3', "农民专业合作社"}}}},
    {'A', "中央军委改革和编制办公室", {{{'1', "军队事业单位"}, {'9', "其他"}}}},
    {'N',
     "农业",
     {{{'1', "组级集体经济组织"},
       {'2', "村级集体经济组织"},
       {'3', "乡镇级集体经济组织"},
       {'9', "其他"}}}},
    {'Y', "其他", {{{'1', "其他"}}}},
}};

int AlphabetValue(char c) {
  std::size_t i = kAlphabet.find(c);
  return i == std::string_view::npos ? -1 : static_cast<int>(i);
}

int OrgValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return -1;
}

char ToUpperAscii(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

core::Error UsccError(std::string_view field, std::string zh, std::string en) {
  return core::InvalidArgument(std::string(field), std::move(zh), std::move(en));
}

RuleFinding Warning(std::string_view field, std::string zh, std::string en) {
  return RuleFinding{std::string(kRuleId), Severity::kWarning, std::string(field),
                     std::move(zh),        std::move(en),      std::string(kBasis)};
}

}  // namespace

char UsccCheckChar(std::string_view first17) {
  int sum = 0;
  for (std::size_t i = 0; i < kWeights.size() && i < first17.size(); ++i) {
    sum += AlphabetValue(first17[i]) * kWeights[i];
  }
  return kAlphabet[static_cast<std::size_t>((31 - sum % 31) % 31)];
}

char OrgCodeCheckChar(std::string_view first8) {
  int sum = 0;
  for (std::size_t i = 0; i < kOrgWeights.size() && i < first8.size(); ++i) {
    sum += OrgValue(first8[i]) * kOrgWeights[i];
  }
  int check = 11 - sum % 11;
  if (check == 10) return 'X';
  if (check == 11) return '0';
  return static_cast<char>('0' + check);
}

core::Result<UsccInfo> ValidateUscc(std::string_view input, std::string_view field) {
  std::vector<std::string> chars = SplitInputChars(input);
  if (chars.empty()) {
    return core::Fail(
        UsccError(field, "统一社会信用代码不能为空", "Unified social credit code is empty"));
  }
  std::string text;
  for (std::size_t i = 0; i < chars.size(); ++i) {
    const std::string& c = chars[i];
    char up = c.size() == 1 ? ToUpperAscii(c[0]) : '\0';
    if (up == '\0' || AlphabetValue(up) < 0) {
      std::string shown = up == '\0' ? c : std::string(1, up);
      return core::Fail(UsccError(
          field,
          fmt::format("统一社会信用代码第 {} 位“{}”不允许：只能使用数字和大写字母"
                      "（不使用 I、O、Z、S、V）",
                      i + 1, shown),
          fmt::format("Unified social credit code character {} ('{}') is not allowed: use "
                      "digits and the letters A-Y except I, O, Z, S, V",
                      i + 1, shown)));
    }
    text += up;
  }
  if (text.size() != 18) {
    return core::Fail(UsccError(
        field, fmt::format("统一社会信用代码应为 18 位，实际为 {} 位", text.size()),
        fmt::format("Unified social credit code must have 18 characters; got {}", text.size())));
  }
  for (std::size_t i = 2; i < 8; ++i) {
    if (text[i] < '0' || text[i] > '9') {
      return core::Fail(
          UsccError(field,
                    fmt::format("统一社会信用代码第 {} 位“{}”应为数字（第 3 至 8 位是登记管理机关"
                                "行政区划码）",
                                i + 1, text[i]),
                    fmt::format("Unified social credit code character {} ('{}') must be a digit "
                                "(characters 3-8 are the registering authority's division code)",
                                i + 1, text[i])));
    }
  }
  char expected = UsccCheckChar(std::string_view(text).substr(0, 17));
  if (text[17] != expected) {
    return core::Fail(UsccError(
        field, fmt::format("统一社会信用代码校验位错误：应为 {}，实际为 {}", expected, text[17]),
        fmt::format("Unified social credit code check character is wrong: expected {}, got {}",
                    expected, text[17])));
  }

  UsccInfo info;
  info.normalized = text;
  info.authority_code = text[0];
  info.type_code = text[1];
  info.region_code = text.substr(2, 6);
  info.org_code = text.substr(8, 9);

  const AuthorityRow* authority = nullptr;
  for (const AuthorityRow& row : kAuthorities) {
    if (row.code == info.authority_code) authority = &row;
  }
  if (authority == nullptr) {
    info.warnings.push_back(
        Warning(field,
                fmt::format("统一社会信用代码第 1 位登记管理部门代码“{}”不在已知代码表中，请核对",
                            info.authority_code),
                fmt::format("Unified social credit code: registration authority code '{}' "
                            "(character 1) is not in the known table; please check",
                            info.authority_code)));
  } else {
    info.authority_label_zh = authority->label_zh;
    for (const TypeRow& t : authority->types) {
      if (t.code != 0 && t.code == info.type_code) info.type_label_zh = t.label_zh;
    }
    if (info.type_label_zh.empty()) {
      info.warnings.push_back(Warning(
          field,
          fmt::format("统一社会信用代码第 2 位机构类别代码“{}”不是登记管理部门“{}”的已知类别，"
                      "请核对",
                      info.type_code, authority->label_zh),
          fmt::format("Unified social credit code: entity type code '{}' (character 2) is not "
                      "a known type for registration authority '{}'; please check",
                      info.type_code, info.authority_code)));
    }
  }

  char org_expected = OrgCodeCheckChar(std::string_view(info.org_code).substr(0, 8));
  if (info.org_code[8] != org_expected) {
    info.warnings.push_back(Warning(
        field,
        fmt::format("统一社会信用代码第 9 至 17 位（组织机构代码 {}）的校验位按 GB 11714 应为 {}，"
                    "实际为 {}，请核对",
                    info.org_code, org_expected, info.org_code[8]),
        fmt::format("Unified social credit code characters 9-17 (organisation code {}): the "
                    "GB 11714 check character should be {}, got {}; please check",
                    info.org_code, org_expected, info.org_code[8])));
  }
  return info;
}

}  // namespace fazhi::domain
