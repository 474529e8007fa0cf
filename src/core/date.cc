// core/date.cc — see date.h.
#include "core/date.h"

#include <fmt/format.h>

#include <charconv>
#include <vector>

namespace fazhi::core {
namespace {

// Splits "2024-03-11" / "2024/3/11" / "2024.3.11" / "2024年3月11日" into three numbers.
bool SplitYmd(std::string_view text, int& y, int& m, int& d) {
  std::vector<int> parts;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= '0' && c <= '9') {
      size_t j = i;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') ++j;
      if (j - i > 4) return false;
      int v = 0;
      std::from_chars(text.data() + i, text.data() + j, v);
      parts.push_back(v);
      i = j;
    } else if (c == '-' || c == '/' || c == '.' || c == ' ') {
      ++i;
    } else if (text.substr(i, 3) == "年" || text.substr(i, 3) == "月" ||
               text.substr(i, 3) == "日") {
      i += 3;
    } else {
      return false;
    }
  }
  if (parts.size() != 3) return false;
  y = parts[0];
  m = parts[1];
  d = parts[2];
  return y >= 1000;
}

}  // namespace

Date MakeDate(int year, unsigned month, unsigned day) {
  return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

Result<Date> ParseDate(std::string_view text, std::string_view field) {
  int y = 0, m = 0, d = 0;
  if (!SplitYmd(text, y, m, d)) {
    return Fail(InvalidArgument(
        std::string(field),
        fmt::format("字段 {} 的日期格式不正确：“{}”，应为 YYYY-MM-DD", field, text),
        fmt::format("Field {}: \"{}\" is not a date; expected YYYY-MM-DD", field, text)));
  }
  Date date = MakeDate(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  if (!date.ok()) {
    return Fail(InvalidArgument(
        std::string(field), fmt::format("字段 {} 的日期不存在：“{}”", field, text),
        fmt::format("Field {}: \"{}\" is not a real calendar date", field, text)));
  }
  return date;
}

std::string FormatDate(Date d) {
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(d.year()),
                     static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

std::string FormatDateZh(Date d) {
  return fmt::format("{}年{}月{}日", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                     static_cast<unsigned>(d.day()));
}

Date AddDays(Date d, std::int64_t days) {
  return Date{std::chrono::sys_days(d) + std::chrono::days{days}};
}

std::int64_t DaysBetween(Date from, Date to) {
  return (std::chrono::sys_days(to) - std::chrono::sys_days(from)).count();
}

int IsoWeekday(Date d) {
  return static_cast<int>(std::chrono::weekday{std::chrono::sys_days(d)}.iso_encoding());
}

bool IsWeekend(Date d) { return IsoWeekday(d) >= 6; }

Date AddMonthsClamped(Date d, int months) {
  auto ym = std::chrono::year_month{d.year(), d.month()} + std::chrono::months{months};
  auto last = std::chrono::year_month_day_last{ym.year(), std::chrono::month_day_last{ym.month()}};
  auto day = d.day() > last.day() ? last.day() : d.day();
  return Date{ym.year(), ym.month(), day};
}

int YearOf(Date d) { return static_cast<int>(d.year()); }

}  // namespace fazhi::core
