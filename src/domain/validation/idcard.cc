// domain/validation/idcard.cc — see idcard.h.
#include "domain/validation/idcard.h"

#include <fmt/format.h>

#include <array>
#include <cstddef>

#include "domain/validation/input_text.h"

namespace fazhi::domain {
namespace {

constexpr std::string_view kRuleId = "VAL-01";
constexpr std::string_view kBasisId = "GB 11643-1999《公民身份号码》";
constexpr std::string_view kBasisAge = "《中华人民共和国行政处罚法》（2021年修订）第30条";

// Weights 2^(17-i) mod 11 for positions 1..17.
constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
// (12 - S mod 11) mod 11, indexed by S mod 11; 10 is written X.
constexpr std::string_view kCheckChars = "10X98765432";

// Province-level prefixes of GB/T 2260 (81/82/83: 港澳台居民居住证 numbers).
constexpr std::array<std::string_view, 35> kProvinces = {
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
    "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52",
    "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83"};

core::Error IdError(std::string_view field, std::string zh, std::string en) {
  return core::InvalidArgument(std::string(field), std::move(zh), std::move(en));
}

int Digit(char c) { return c - '0'; }

bool IsKnownProvince(std::string_view two) {
  for (std::string_view p : kProvinces) {
    if (p == two) return true;
  }
  return false;
}

}  // namespace

char IdCardCheckChar(std::string_view first17) {
  int sum = 0;
  for (std::size_t i = 0; i < kWeights.size() && i < first17.size(); ++i) {
    sum += Digit(first17[i]) * kWeights[i];
  }
  return kCheckChars[static_cast<std::size_t>(sum % 11)];
}

core::Result<IdCardInfo> ValidateIdCard(std::string_view input, core::Date today,
                                        std::string_view field) {
  std::vector<std::string> chars = SplitInputChars(input);
  if (chars.empty()) {
    return core::Fail(IdError(field, "身份证号不能为空", "ID number is empty"));
  }
  // Characters other than digits and X are wrong wherever they are.
  for (std::size_t i = 0; i < chars.size(); ++i) {
    const std::string& c = chars[i];
    if (!IsDigitChar(c) && c != "X" && c != "x") {
      return core::Fail(IdError(
          field, fmt::format("身份证号第 {} 位“{}”不是数字（只有第 18 位可以是 X）", i + 1, c),
          fmt::format("ID number character {} ('{}') is not a digit (only character 18 may be "
                      "X)",
                      i + 1, c)));
    }
  }
  const std::size_t n = chars.size();
  if (n != 18 && n != 15) {
    return core::Fail(IdError(
        field, fmt::format("身份证号应为 18 位（旧版为 15 位），实际为 {} 位", n),
        fmt::format("ID number must have 18 characters (15 for the old format); got {}", n)));
  }
  // X is only allowed as the 18th character.
  for (std::size_t i = 0; i < n; ++i) {
    if (!IsDigitChar(chars[i]) && !(n == 18 && i == 17)) {
      return core::Fail(IdError(
          field,
          fmt::format("身份证号第 {} 位“{}”不是数字（只有 18 位号码的第 18 位可以是 X）", i + 1,
                      chars[i]),
          fmt::format("ID number character {} ('{}') is not a digit (only character 18 of an "
                      "18-character number may be X)",
                      i + 1, chars[i])));
    }
  }

  std::string text;
  for (const std::string& c : chars) text += c;

  IdCardInfo info;
  info.converted_from_15 = (n == 15);
  std::string birth_text = info.converted_from_15 ? "19" + text.substr(6, 6) : text.substr(6, 8);
  const int birth_last_pos = info.converted_from_15 ? 12 : 14;
  int y = std::stoi(birth_text.substr(0, 4));
  int m = std::stoi(birth_text.substr(4, 2));
  int d = std::stoi(birth_text.substr(6, 2));
  core::Date birth = core::MakeDate(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  if (!birth.ok()) {
    return core::Fail(
        IdError(field,
                fmt::format("身份证号中的出生日期 {}（第 7 至 {} 位）不是真实存在的日期",
                            birth_text, birth_last_pos),
                fmt::format("ID number birth date {} (characters 7-{}) is not a real calendar date",
                            birth_text, birth_last_pos)));
  }
  if (birth > today) {
    return core::Fail(IdError(field,
                              fmt::format("身份证号中的出生日期 {} 晚于今天（{}）",
                                          core::FormatDate(birth), core::FormatDate(today)),
                              fmt::format("ID number birth date {} is after today ({})",
                                          core::FormatDate(birth), core::FormatDate(today))));
  }

  if (info.converted_from_15) {
    std::string first17 = text.substr(0, 6) + "19" + text.substr(6, 9);
    info.normalized18 = first17 + IdCardCheckChar(first17);
    info.warnings.push_back(
        RuleFinding{std::string(kRuleId), Severity::kInfo, std::string(field),
                    fmt::format("旧版 15 位身份证号已转换为 18 位：{}", info.normalized18),
                    fmt::format("The old 15-digit ID number was converted to 18 characters: {}",
                                info.normalized18),
                    std::string(kBasisId)});
  } else {
    char actual = text[17] == 'x' ? 'X' : text[17];
    char expected = IdCardCheckChar(std::string_view(text).substr(0, 17));
    if (actual != expected) {
      return core::Fail(
          IdError(field, fmt::format("身份证号校验位错误：应为 {}，实际为 {}", expected, actual),
                  fmt::format("ID number check character is wrong: expected {}, got {}", expected,
                              actual)));
    }
    info.normalized18 = text.substr(0, 17) + actual;
  }

  info.birth_date = birth;
  info.gender = Digit(info.normalized18[16]) % 2 == 1 ? Gender::kMale : Gender::kFemale;
  info.region_prefix = info.normalized18.substr(0, 6);
  std::string province = info.normalized18.substr(0, 2);
  if (!IsKnownProvince(province)) {
    info.warnings.push_back(RuleFinding{
        std::string(kRuleId), Severity::kWarning, std::string(field),
        fmt::format("身份证号前两位 {} 不是已知的省级行政区划代码，请核对（外国人永久居留身份证"
                    "以 9 开头，可忽略此提示）",
                    province),
        fmt::format("ID number: the first two digits {} are not a known province code; please "
                    "check (ignore this for a foreigner's permanent residence ID starting "
                    "with 9)",
                    province),
        "GB/T 2260《中华人民共和国行政区划代码》"});
  }
  return info;
}

int AgeOn(core::Date birth, core::Date on) {
  int years = static_cast<int>(on.year()) - static_cast<int>(birth.year());
  core::Date anniversary{on.year(), birth.month(), birth.day()};
  if (!anniversary.ok()) {  // 29 February in a common year
    anniversary = core::Date{on.year(), std::chrono::February, std::chrono::day{28}};
  }
  if (on < anniversary) --years;
  return years;
}

int LiabilityAgeOn(core::Date birth, core::Date on) { return AgeOn(birth, core::AddDays(on, -1)); }

std::vector<RuleFinding> PartyAgeFindings(core::Date birth, core::Date act_date,
                                          std::string_view field) {
  std::vector<RuleFinding> findings;
  const std::string birth_text = core::FormatDate(birth);
  const std::string act_text = core::FormatDate(act_date);
  if (act_date < birth) {
    findings.push_back(
        RuleFinding{"VAL-03", Severity::kError, std::string(field),
                    fmt::format("行为日期 {} 早于当事人出生日期 {}，请核对", act_text, birth_text),
                    fmt::format("The act date {} is before the party's birth date {}; please check",
                                act_text, birth_text),
                    std::string(kBasisAge)});
    return findings;
  }
  int age = LiabilityAgeOn(birth, act_date);
  if (age < 14) {
    findings.push_back(RuleFinding{
        "VAL-03", Severity::kWarning, std::string(field),
        fmt::format("当事人于 {} 行为时不满十四周岁（出生于 {}，周岁从生日次日起算），"
                    "不予行政处罚，应责令监护人加以管教",
                    act_text, birth_text),
        fmt::format("The party was under 14 on {} (born {}; a year of age completes the day "
                    "after the birthday): no administrative penalty; the guardian is to be "
                    "ordered to discipline them",
                    act_text, birth_text),
        std::string(kBasisAge)});
  } else if (age < 18) {
    findings.push_back(RuleFinding{
        "VAL-03", Severity::kWarning, std::string(field),
        fmt::format("当事人于 {} 行为时已满十四周岁不满十八周岁（出生于 {}，周岁从生日次日"
                    "起算），应当从轻或者减轻行政处罚",
                    act_text, birth_text),
        fmt::format("The party was 14 or older but under 18 on {} (born {}; a year of age "
                    "completes the day after the birthday): the penalty must be lighter or "
                    "mitigated",
                    act_text, birth_text),
        std::string(kBasisAge)});
  }
  return findings;
}

std::string MaskIdCard(std::string_view id_number) {
  std::vector<std::string> chars = SplitInputChars(id_number);
  const std::size_t n = chars.size();
  std::size_t keep_head = 0;
  std::size_t keep_tail = 0;
  if (n == 18 || n == 15) {
    keep_head = 6;
    keep_tail = 4;
  } else if (n > 8) {
    keep_tail = 4;
  }
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    bool keep = i < keep_head || i + keep_tail >= n;
    if (!keep) {
      out += '*';
    } else if (chars[i] == "x") {
      out += 'X';
    } else {
      out += chars[i];
    }
  }
  return out;
}

}  // namespace fazhi::domain
