// service/calendar_service.cc — see calendar_service.h.
#include "service/calendar_service.h"

#include <fmt/format.h>

#include <charconv>
#include <map>
#include <mutex>

#include "store/calendar_files.h"

namespace fazhi::service {
namespace {

core::Result<std::filesystem::path> ResolveDir(const std::string& calendar_dir) {
  if (!calendar_dir.empty()) return std::filesystem::path(calendar_dir);
  return store::DefaultCalendarDir();
}

core::Result<int> ParseAmount(std::string_view text, std::string_view field) {
  int value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || value < 0) {
    return core::Fail(core::InvalidArgument(
        std::string(field), fmt::format("{} 应为非负整数，实际为“{}”", field, text),
        fmt::format("{} must be a non-negative integer, got \"{}\"", field, text)));
  }
  return value;
}

core::Result<domain::Extension> ParseExtension(std::string_view text) {
  domain::Extension ext;
  ext.unit = domain::PeriodUnit::kCalendarDays;
  auto colon = text.find(':');
  std::string_view amount = text.substr(0, colon);
  ASSIGN_OR_RETURN(ext.amount, ParseAmount(amount, "extend"));
  if (colon != std::string_view::npos) {
    auto unit = domain::ParsePeriodUnit(text.substr(colon + 1));
    if (!unit) {
      return core::Fail(core::InvalidArgument(
          "extend", fmt::format("延长期限的单位无效：“{}”，应为 workday、calendar 或 month", text),
          fmt::format("extension unit in \"{}\" is invalid; use workday, calendar or month", text)));
    }
    ext.unit = *unit;
  }
  ext.approver = "";
  ext.reason = "";
  return ext;
}

core::Result<domain::ExcludedInterval> ParseInterval(std::string_view text) {
  auto sep = text.find("..");
  if (sep == std::string_view::npos) {
    return core::Fail(core::InvalidArgument(
        "exclude", fmt::format("不计入期间应写作 起始日..结束日，实际为“{}”", text),
        fmt::format("an excluded interval is FROM..TO, got \"{}\"", text)));
  }
  domain::ExcludedInterval interval;
  ASSIGN_OR_RETURN(interval.from, core::ParseDate(text.substr(0, sep), "exclude"));
  ASSIGN_OR_RETURN(interval.to, core::ParseDate(text.substr(sep + 2), "exclude"));
  if (interval.to < interval.from) {
    return core::Fail(core::InvalidArgument(
        "exclude", fmt::format("不计入期间的结束日早于起始日：“{}”", text),
        fmt::format("excluded interval ends before it starts: \"{}\"", text)));
  }
  interval.reason = "用户指定";
  return interval;
}

}  // namespace

core::Result<std::shared_ptr<const domain::WorkingCalendar>> LoadCalendar(
    const std::string& calendar_dir, domain::CalendarOptions options) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const domain::WorkingCalendar>> cache;
  ASSIGN_OR_RETURN(auto dir, ResolveDir(calendar_dir));
  std::lock_guard lock(mutex);
  std::string key = dir.string() + (options.count_makeup_weekends ? "|makeup" : "|no-makeup");
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  ASSIGN_OR_RETURN(auto calendar, store::LoadCalendarDir(dir, options));
  auto shared = std::make_shared<const domain::WorkingCalendar>(std::move(calendar));
  cache[key] = shared;
  return shared;
}

core::Result<domain::DeadlineResult> ComputeDeadlineFromText(const std::string& calendar_dir,
                                                             const DeadlineRequest& request) {
  ASSIGN_OR_RETURN(auto calendar, LoadCalendar(calendar_dir));
  return ComputeDeadlineOn(*calendar, request);
}

core::Result<domain::DeadlineResult> ComputeDeadlineOn(const domain::WorkingCalendar& calendar,
                                                       const DeadlineRequest& request) {
  ASSIGN_OR_RETURN(core::Date from, core::ParseDate(request.from, "from"));
  domain::DeadlineRule rule;
  if (!request.rule_code.empty()) {
    const domain::DeadlineRule* found = domain::FindStatutoryRule(request.rule_code);
    if (found == nullptr) {
      return core::Fail(core::InvalidArgument(
          "rule", fmt::format("未知的法定期限规则：“{}”（用 fazhi calendar rules 查看）", request.rule_code),
          fmt::format("unknown statutory rule \"{}\" (see fazhi calendar rules)", request.rule_code)));
    }
    rule = *found;
  } else {
    rule.code = "";
    rule.name = "自定义期限";
    rule.unit = domain::PeriodUnit::kWorkingDays;
  }
  if (request.amount >= 0) {
    rule.amount = request.amount;
  } else if (request.rule_code.empty()) {
    return core::Fail(core::InvalidArgument("days", "请给出期限长度 --days，或用 --rule 指定法定规则",
                                            "give --days, or a statutory rule with --rule"));
  }
  if (!request.unit.empty()) {
    auto unit = domain::ParsePeriodUnit(request.unit);
    if (!unit) {
      return core::Fail(core::InvalidArgument(
          "unit", fmt::format("期限单位无效：“{}”，应为 workday、calendar 或 month", request.unit),
          fmt::format("unit \"{}\" is invalid; use workday, calendar or month", request.unit)));
    }
    rule.unit = *unit;
  }
  std::vector<domain::Extension> extensions;
  for (const auto& text : request.extensions) {
    ASSIGN_OR_RETURN(auto ext, ParseExtension(text));
    extensions.push_back(ext);
  }
  std::vector<domain::ExcludedInterval> excluded;
  for (const auto& text : request.excluded) {
    ASSIGN_OR_RETURN(auto interval, ParseInterval(text));
    excluded.push_back(interval);
  }
  return domain::ComputeDeadline(calendar, from, rule, extensions, excluded);
}

core::Result<domain::DayInfo> DescribeDay(const std::string& calendar_dir,
                                          const std::string& date_text) {
  ASSIGN_OR_RETURN(core::Date date, core::ParseDate(date_text, "date"));
  ASSIGN_OR_RETURN(auto calendar, LoadCalendar(calendar_dir));
  return calendar->Describe(date);
}

core::Result<std::vector<domain::HolidayYear>> ListCalendarYears(const std::string& calendar_dir) {
  ASSIGN_OR_RETURN(auto calendar, LoadCalendar(calendar_dir));
  return CalendarYears(*calendar);
}

std::vector<domain::HolidayYear> CalendarYears(const domain::WorkingCalendar& calendar) {
  std::vector<domain::HolidayYear> years;
  for (int y : calendar.Years()) years.push_back(*calendar.Year(y));
  return years;
}

const std::vector<const domain::DeadlineRule*>& StatutoryRules() {
  return domain::AllStatutoryRules();
}

core::Result<InstalledCalendar> ImportCalendarFile(const std::string& calendar_dir,
                                                   const std::string& file) {
  ASSIGN_OR_RETURN(auto dir, ResolveDir(calendar_dir));
  ASSIGN_OR_RETURN(auto table, store::ReadCalendarFile(file));
  RETURN_IF_ERROR(store::InstallCalendarFile(file, dir));
  InstalledCalendar installed;
  installed.path = (dir / store::CalendarFileName(table.year)).string();
  installed.year = table.year;
  installed.version = table.version;
  return installed;
}

}  // namespace fazhi::service
