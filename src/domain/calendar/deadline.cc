// domain/calendar/deadline.cc — see deadline.h.
#include "domain/calendar/deadline.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <utility>

namespace fazhi::domain {
namespace {

// The excluded intervals as day-number ranges, both ends inclusive.
class Excluder {
 public:
  explicit Excluder(const std::vector<ExcludedInterval>& intervals) {
    ranges_.reserve(intervals.size());
    for (const ExcludedInterval& e : intervals) {
      ranges_.emplace_back(core::DayNumber(e.from), core::DayNumber(e.to));
    }
  }

  bool Contains(Date d) const {
    const std::int64_t n = core::DayNumber(d);
    return std::any_of(ranges_.begin(), ranges_.end(),
                       [n](const auto& r) { return r.first <= n && n <= r.second; });
  }

 private:
  std::vector<std::pair<std::int64_t, std::int64_t>> ranges_;
};

// N working days after `from` (from itself not counted), skipping excluded days.
Date StepWorkingDays(const WorkingCalendar& calendar, const Excluder& excluder, Date from, int n) {
  Date d = from;
  int counted = 0;
  while (counted < n) {
    d = core::AddDays(d, 1);
    if (calendar.IsWorkingDay(d) && !excluder.Contains(d)) ++counted;
  }
  return d;
}

// `base` pushed forward by one counted day for every excluded day in (from, base]; the added
// days themselves skip excluded days.
Date ExtendOverExcluded(const Excluder& excluder, Date from, Date base) {
  std::int64_t owed = 0;
  for (Date d = core::AddDays(from, 1); core::DayNumber(d) <= core::DayNumber(base);
       d = core::AddDays(d, 1)) {
    if (excluder.Contains(d)) ++owed;
  }
  Date d = base;
  while (owed > 0) {
    d = core::AddDays(d, 1);
    if (!excluder.Contains(d)) --owed;
  }
  return d;
}

// The first day on or after d that is a working day outside every excluded interval.
Date RollForward(const WorkingCalendar& calendar, const Excluder& excluder, Date d, bool* rolled) {
  *rolled = false;
  while (!calendar.IsWorkingDay(d) || excluder.Contains(d)) {
    d = core::AddDays(d, 1);
    *rolled = true;
  }
  return d;
}

struct Step {
  Date raw_due;
  Date due;
  bool rolled = false;
};

Step ApplyPeriod(const WorkingCalendar& calendar, const Excluder& excluder, Date from, int amount,
                 PeriodUnit unit) {
  Step step;
  switch (unit) {
    case PeriodUnit::kWorkingDays:
      step.raw_due = StepWorkingDays(calendar, excluder, from, amount);
      step.due = step.raw_due;
      return step;
    case PeriodUnit::kCalendarDays:
      step.raw_due = ExtendOverExcluded(excluder, from, core::AddDays(from, amount));
      break;
    case PeriodUnit::kMonths:
      step.raw_due = ExtendOverExcluded(excluder, from, core::AddMonthsClamped(from, amount));
      break;
  }
  step.due = RollForward(calendar, excluder, step.raw_due, &step.rolled);
  return step;
}

int MaxAmount(PeriodUnit unit) {
  switch (unit) {
    case PeriodUnit::kWorkingDays:
      return kMaxPeriodWorkingDays;
    case PeriodUnit::kCalendarDays:
      return kMaxPeriodDays;
    case PeriodUnit::kMonths:
      return kMaxPeriodMonths;
  }
  return kMaxPeriodDays;
}

core::Status ValidateAmount(int amount, PeriodUnit unit, const std::string& field) {
  if (amount < 0) {
    return core::Fail(core::InvalidArgument(
        field, fmt::format("字段 {} 的期限长度不能为负数：{}", field, amount),
        fmt::format("Field {}: a period length cannot be negative ({})", field, amount)));
  }
  const int max = MaxAmount(unit);
  if (amount > max) {
    return core::Fail(
        core::InvalidArgument(field,
                              fmt::format("字段 {} 的期限过长：{}{}，上限为{}{}", field, amount,
                                          PeriodUnitLabelZh(unit), max, PeriodUnitLabelZh(unit)),
                              fmt::format("Field {}: period of {} {} exceeds the limit of {}",
                                          field, amount, PeriodUnitName(unit), max)));
  }
  return core::Ok();
}

std::string Trimmed(std::string_view text) {
  auto is_space = [](unsigned char c) { return std::isspace(c) != 0; };
  size_t b = 0;
  size_t e = text.size();
  while (b < e && is_space(static_cast<unsigned char>(text[b]))) ++b;
  while (e > b && is_space(static_cast<unsigned char>(text[e - 1]))) --e;
  std::string out(text.substr(b, e - b));
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x80) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

}  // namespace

std::string_view PeriodUnitName(PeriodUnit unit) {
  switch (unit) {
    case PeriodUnit::kWorkingDays:
      return "workday";
    case PeriodUnit::kCalendarDays:
      return "calendar";
    case PeriodUnit::kMonths:
      return "month";
  }
  return "calendar";
}

std::string_view PeriodUnitLabelZh(PeriodUnit unit) {
  switch (unit) {
    case PeriodUnit::kWorkingDays:
      return "个工作日";
    case PeriodUnit::kCalendarDays:
      return "日";
    case PeriodUnit::kMonths:
      return "个月";
  }
  return "日";
}

core::Result<PeriodUnit> ParsePeriodUnit(std::string_view text) {
  const std::string t = Trimmed(text);
  if (t == "workday" || t == "workdays" || t == "working_days" || t == "working_day" ||
      t == "工作日" || t == "个工作日") {
    return PeriodUnit::kWorkingDays;
  }
  if (t == "calendar" || t == "days" || t == "day" || t == "calendar_days" || t == "日" ||
      t == "天" || t == "自然日") {
    return PeriodUnit::kCalendarDays;
  }
  if (t == "month" || t == "months" || t == "月" || t == "个月") return PeriodUnit::kMonths;
  return core::Fail(core::InvalidArgument(
      "unit",
      fmt::format("字段 unit 的期限单位无效：“{}”，应为 workday（工作日）、calendar（日）或 "
                  "month（月）",
                  text),
      fmt::format("Field unit: \"{}\" is not a period unit; expected workday, calendar or month",
                  text)));
}

std::string LegalBasis::Display() const {
  std::string out;
  if (!law.empty()) out += fmt::format("《{}》", law);
  if (!version.empty()) out += fmt::format("（{}）", version);
  out += article;
  return out;
}

core::Result<DeadlineResult> ComputeDeadline(const WorkingCalendar& calendar, Date start,
                                             const DeadlineRule& rule,
                                             const std::vector<Extension>& extensions,
                                             const std::vector<ExcludedInterval>& excluded) {
  if (!start.ok()) {
    return core::Fail(core::InvalidArgument("start", "字段 start 的起算日期无效",
                                            "Field start: the start date is not a valid date"));
  }
  RETURN_IF_ERROR(ValidateAmount(rule.amount, rule.unit, "amount"));
  for (size_t i = 0; i < extensions.size(); ++i) {
    RETURN_IF_ERROR(ValidateAmount(extensions[i].amount, extensions[i].unit,
                                   fmt::format("extensions[{}].amount", i)));
  }
  for (size_t i = 0; i < excluded.size(); ++i) {
    const ExcludedInterval& e = excluded[i];
    const std::string field = fmt::format("excluded[{}]", i);
    if (!e.from.ok() || !e.to.ok() || core::DayNumber(e.from) > core::DayNumber(e.to)) {
      return core::Fail(core::InvalidArgument(
          field, fmt::format("字段 {} 的不计入期间无效：起日须不晚于止日", field),
          fmt::format("Field {}: an excluded interval needs valid dates with from <= to", field)));
    }
    if (core::DaysBetween(e.from, e.to) >= kMaxExcludedIntervalDays) {
      return core::Fail(core::InvalidArgument(
          field,
          fmt::format("字段 {} 的不计入期间过长（上限{}日）", field, kMaxExcludedIntervalDays),
          fmt::format("Field {}: an excluded interval may span at most {} days", field,
                      kMaxExcludedIntervalDays)));
    }
  }

  const Excluder excluder(excluded);
  Step step = ApplyPeriod(calendar, excluder, start, rule.amount, rule.unit);
  for (const Extension& ext : extensions) {
    step = ApplyPeriod(calendar, excluder, step.due, ext.amount, ext.unit);
  }

  DeadlineResult result;
  result.rule_code = rule.code;
  result.rule_name = rule.name;
  result.start = start;
  result.raw_due = step.raw_due;
  result.due = step.due;
  result.rolled = step.rolled;
  result.amount = rule.amount;
  result.unit = rule.unit;
  result.basis = rule.basis;
  result.advisory = rule.advisory;
  result.extensions = extensions;
  result.excluded = excluded;

  // Provenance (CAL-09): every day from start to due.
  std::map<int, std::string> versions;
  std::set<int> missing_years;
  for (Date d = start; core::DayNumber(d) <= core::DayNumber(result.due); d = core::AddDays(d, 1)) {
    if (const HolidayYear* table = calendar.TableFor(d)) {
      versions.emplace(table->year,
                       table->version.empty() ? fmt::format("{}", table->year) : table->version);
    } else {
      missing_years.insert(core::YearOf(d));
    }
    if (core::DayNumber(d) > core::DayNumber(start) && excluder.Contains(d)) {
      ++result.excluded_days;
    }
  }
  for (auto& [year, version] : versions) result.calendar_versions.push_back(version);
  result.provisional = !missing_years.empty();
  for (int year : missing_years) {
    result.warnings.push_back(fmt::format(
        "{0}年节假日安排尚未录入，{0}年的日期暂按周一至周五为工作日推算，本期限为临时结果；"
        "国务院办公厅公布{0}年节假日安排并导入后请复核。",
        year));
  }
  return result;
}

std::string_view DeadlineStateName(DeadlineState s) {
  switch (s) {
    case DeadlineState::kPending:
      return "pending";
    case DeadlineState::kDueSoon:
      return "due_soon";
    case DeadlineState::kOverdue:
      return "overdue";
    case DeadlineState::kMetOnTime:
      return "met_on_time";
    case DeadlineState::kMetLate:
      return "met_late";
  }
  return "pending";
}

std::string_view DeadlineStateLabelZh(DeadlineState s) {
  switch (s) {
    case DeadlineState::kPending:
      return "未到期";
    case DeadlineState::kDueSoon:
      return "即将到期";
    case DeadlineState::kOverdue:
      return "已逾期";
    case DeadlineState::kMetOnTime:
      return "按期完成";
    case DeadlineState::kMetLate:
      return "逾期完成";
  }
  return "未到期";
}

DeadlineState EvaluateDeadline(const DeadlineResult& deadline, std::optional<Date> done_on,
                               Date today, int soon_days) {
  const std::int64_t due = core::DayNumber(deadline.due);
  if (done_on.has_value()) {
    return core::DayNumber(*done_on) <= due ? DeadlineState::kMetOnTime : DeadlineState::kMetLate;
  }
  const std::int64_t now = core::DayNumber(today);
  if (now > due) return DeadlineState::kOverdue;
  return due - now <= soon_days ? DeadlineState::kDueSoon : DeadlineState::kPending;
}

}  // namespace fazhi::domain
