// exchange/cell_values.cc — see cell_values.h.
#include "exchange/cell_values.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>

#include "exchange/xlsx_reader.h"

namespace fazhi::exchange {
namespace {

core::Error Bad(std::string zh, std::string en) {
  return core::InvalidArgument("", std::move(zh), std::move(en));
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}
bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view Trim(std::string_view s) {
  while (true) {
    if (!s.empty() &&
        (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) {
      s.remove_prefix(1);
    } else if (StartsWith(s, "\u3000")) {
      s.remove_prefix(3);
    } else if (StartsWith(s, "\u00A0")) {
      s.remove_prefix(2);
    } else {
      break;
    }
  }
  while (true) {
    if (!s.empty() &&
        (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
      s.remove_suffix(1);
    } else if (EndsWith(s, "\u3000")) {
      s.remove_suffix(3);
    } else if (EndsWith(s, "\u00A0")) {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char ch : s) {
    if (ch < '0' || ch > '9') return false;
  }
  return true;
}

core::Error NotADate(std::string_view text) {
  return Bad(fmt::format(
                 "“{}”不是有效日期（可写作 2023-01-05、2023/1/5、2023.1.5 或 2023年1月5日）", text),
             fmt::format("\"{}\" is not a date (write 2023-01-05, 2023/1/5, 2023.1.5 or "
                         "2023年1月5日)",
                         text));
}

}  // namespace

std::string FoldFullWidth(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    auto c0 = static_cast<unsigned char>(text[i]);
    if (c0 == 0xEF && i + 2 < text.size()) {
      // U+FF01–U+FF5E are EF BC 81 – EF BD 9E.
      auto c1 = static_cast<unsigned char>(text[i + 1]);
      auto c2 = static_cast<unsigned char>(text[i + 2]);
      unsigned cp = ((c0 & 0x0Fu) << 12) | ((c1 & 0x3Fu) << 6) | (c2 & 0x3Fu);
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        out.push_back(static_cast<char>(cp - 0xFF01 + 0x21));
        i += 3;
        continue;
      }
    }
    if (StartsWith(text.substr(i), "\u3000")) {
      out.push_back(' ');
      i += 3;
      continue;
    }
    out.push_back(text[i]);
    ++i;
  }
  return out;
}

std::string CleanCell(std::string_view text) {
  std::string_view t = Trim(text);
  static constexpr std::array<std::string_view, 11> kNothing = {
      "/", "-", "—", "——", "－", "无", "空", "暂无", "N/A", "#N/A", "／"};
  for (std::string_view n : kNothing) {
    if (t == n) return {};
  }
  return std::string(t);
}

core::Result<core::Date> ParseCellDate(std::string_view text) {
  std::string folded = FoldFullWidth(Trim(text));
  std::string_view t = folded;
  // Drop a time of day: "2023-01-05 00:00:00", "2023-01-05T08:00", "2023年1月5日 9时".
  if (auto cut = t.find_first_of(" T"); cut != std::string_view::npos && cut >= 6) {
    t = t.substr(0, cut);
  }
  if (AllDigits(t) && t.size() == 8) {
    int y = std::atoi(std::string(t.substr(0, 4)).c_str());
    auto m = static_cast<unsigned>(std::atoi(std::string(t.substr(4, 2)).c_str()));
    auto d = static_cast<unsigned>(std::atoi(std::string(t.substr(6, 2)).c_str()));
    core::Date date = core::MakeDate(y, m, d);
    if (!date.ok() || y < 1900) return core::Fail(NotADate(text));
    return date;
  }
  // An Excel serial day number (CSV saved from Excel, or a number cell without date format).
  std::string_view whole = t.substr(0, t.find('.'));
  if (AllDigits(whole) && whole.size() == 5 &&
      (whole.size() == t.size() || AllDigits(t.substr(whole.size() + 1)))) {
    auto date = ExcelSerialToDate(std::strtod(std::string(t).c_str(), nullptr));
    if (date) return *date;
  }
  auto date = core::ParseDate(t, "");
  if (!date) return core::Fail(NotADate(text));
  if (static_cast<int>(date->year()) < 1900 || static_cast<int>(date->year()) > 2999) {
    return core::Fail(NotADate(text));
  }
  return *date;
}

core::Result<std::int64_t> ParseYuanToFen(std::string_view text) {
  std::string folded = FoldFullWidth(Trim(text));
  std::string_view t = folded;
  auto strip_prefix = [&](std::string_view p) {
    if (StartsWith(t, p)) t.remove_prefix(p.size());
  };
  auto strip_suffix = [&](std::string_view s) {
    if (EndsWith(t, s)) t.remove_suffix(s.size());
  };
  strip_prefix("￥");
  strip_prefix("¥");
  strip_prefix("RMB");
  t = Trim(t);
  strip_suffix("元");
  strip_suffix("人民币");
  bool wan = false;
  if (EndsWith(t, "万")) {
    wan = true;
    t.remove_suffix(std::string_view("万").size());
  }
  t = Trim(t);
  std::string digits;
  for (char ch : t) {
    if (ch != ',') digits.push_back(ch);
  }
  auto bad = [&]() {
    return core::Fail(
        Bad(fmt::format("“{}”不是有效金额（以元为单位，如 1200、1,200.50、1200元、1.2万元）", text),
            fmt::format("\"{}\" is not an amount in yuan (e.g. 1200, 1,200.50, 1200元, 1.2万元)",
                        text)));
  };
  if (digits.empty()) return bad();
  if (digits.front() == '-') {
    return core::Fail(Bad(fmt::format("金额不能为负数：“{}”", text),
                          fmt::format("An amount must not be negative: \"{}\"", text)));
  }
  char* end = nullptr;
  double value = std::strtod(digits.c_str(), &end);
  if (end == digits.c_str() || *end != '\0' || !std::isfinite(value)) return bad();
  for (char ch : digits) {
    if (!((ch >= '0' && ch <= '9') || ch == '.' || ch == 'e' || ch == 'E' || ch == '+'))
      return bad();
  }
  if (wan) value *= 10000.0;
  if (value > 1e12) {
    return core::Fail(Bad(fmt::format("金额过大：“{}”", text),
                          fmt::format("The amount is too large: \"{}\"", text)));
  }
  double fen = value * 100.0;
  double rounded = std::round(fen);
  // More than two decimals, beyond the binary noise of a spreadsheet number.
  if (std::fabs(fen - rounded) > 1e-6 * std::max(1.0, std::fabs(fen))) {
    return core::Fail(Bad(fmt::format("金额最多保留两位小数（到分）：“{}”", text),
                          fmt::format("An amount has at most two decimals (fen): \"{}\"", text)));
  }
  return static_cast<std::int64_t>(rounded);
}

core::Result<bool> ParseYesNo(std::string_view text) {
  std::string t = FoldFullWidth(Trim(text));
  for (auto& ch : t) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  static constexpr std::array<std::string_view, 8> kYes = {"是",   "有", "y", "yes",
                                                           "true", "1",  "√", "✓"};
  static constexpr std::array<std::string_view, 9> kNo = {"",      "否", "无", "n", "no",
                                                          "false", "0",  "×",  "✗"};
  for (std::string_view y : kYes) {
    if (t == y) return true;
  }
  for (std::string_view n : kNo) {
    if (t == n) return false;
  }
  return core::Fail(Bad(fmt::format("“{}”应填“是”或“否”", text),
                        fmt::format("\"{}\": write 是 (yes) or 否 (no)", text)));
}

core::Result<std::int64_t> ParseCount(std::string_view text) {
  std::string folded = FoldFullWidth(Trim(text));
  std::string_view t = folded;
  for (std::string_view unit : {"人", "名", "个", "次", "天", "日"}) {
    if (EndsWith(t, unit)) {
      t.remove_suffix(unit.size());
      break;
    }
  }
  t = Trim(t);
  std::string_view whole = t.substr(0, t.find('.'));
  bool zero_fraction = whole.size() == t.size() ||
                       t.substr(whole.size() + 1).find_first_not_of('0') == std::string_view::npos;
  if (!AllDigits(whole) || !zero_fraction || whole.size() > 9) {
    return core::Fail(Bad(fmt::format("“{}”应为不小于 0 的整数", text),
                          fmt::format("\"{}\" must be a whole number ≥ 0", text)));
  }
  return std::strtoll(std::string(whole).c_str(), nullptr, 10);
}

std::vector<std::string> SplitList(std::string_view text, bool loose) {
  std::vector<std::string> parts;
  std::string current;
  bool any = false;
  auto flush = [&]() {
    std::string cleaned = CleanCell(current);
    if (!cleaned.empty()) any = true;
    parts.push_back(std::move(cleaned));
    current.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    std::string_view rest = text.substr(i);
    std::size_t sep = 0;
    if (StartsWith(rest, "；")) {
      sep = std::string_view("；").size();
    } else if (rest.front() == ';' || rest.front() == '\n') {
      sep = 1;
    } else if (loose && (StartsWith(rest, "、") || StartsWith(rest, "，"))) {
      sep = 3;
    } else if (loose && rest.front() == ',') {
      sep = 1;
    }
    if (sep > 0) {
      flush();
      i += sep;
      continue;
    }
    current.push_back(text[i]);
    ++i;
  }
  flush();
  if (!any) return {};
  return parts;
}

}  // namespace fazhi::exchange
