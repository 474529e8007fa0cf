// domain/calendar/deadline.h — the deadline engine (CAL-07…CAL-10).
//
// Contract (CAL-08):
//  * kWorkingDays: the start date is not counted; step forward counting only working days;
//    the deadline is the N-th counted day. Days inside an excluded interval are not counted.
//  * kCalendarDays: raw due = start + N (+ one day for every excluded day that falls within
//    the running period); if the raw due day is not a working day it rolls forward to the
//    next working day (rolled = true).
//  * kMonths: same day-number N months later, clamped to the month's last day (1-31 + 1
//    month → 2-28, or 2-29 in a leap year), plus one day for every excluded day within the
//    running period, then rolled forward like calendar days.
//  * A roll-forward also steps over excluded days: the due day is a working day outside
//    every excluded interval.
//  * Approved extensions are applied after the base period, in order, each in its own unit,
//    counting from the previous due date (after its roll-forward). raw_due and rolled
//    describe the last step.
//  * N = 0 gives due = start (working days) or start rolled forward (calendar days, months).
//  * Every result carries its legal basis, the calendar versions used (one per table that
//    fixed a day from start to due, in ascending year order), and provisional=true with a
//    zh-CN warning per year when a day from start to due lies in a year without a table.
// Pure functions of their inputs; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/calendar/working_calendar.h"

namespace fazhi::domain {

enum class PeriodUnit { kWorkingDays, kCalendarDays, kMonths };
std::string_view PeriodUnitName(PeriodUnit unit);     // "workday" | "calendar" | "month"
std::string_view PeriodUnitLabelZh(PeriodUnit unit);  // "个工作日" | "日" | "个月"
// Accepts the names above, "workdays", "working_days", "days", "calendar_days", "months",
// and the zh forms "工作日", "日", "天", "自然日", "月", "个月". Error names field "unit".
core::Result<PeriodUnit> ParsePeriodUnit(std::string_view text);

struct LegalBasis {
  std::string law;              // "信访工作条例"
  std::string version;          // "2022-05-01施行"
  std::string article;          // "第34条"
  std::string Display() const;  // "《信访工作条例》（2022-05-01施行）第34条"
};

struct Extension {
  int amount = 0;
  PeriodUnit unit = PeriodUnit::kCalendarDays;
  std::string approver;
  std::optional<Date> approved_on;
  std::string reason;
  bool party_notified = false;
};

// Both ends inclusive: [from, to].
struct ExcludedInterval {
  Date from{};
  Date to{};
  std::string reason;
};

struct DeadlineRule {
  std::string code;  // "PET-08"
  std::string name;  // "信访事项办理期限"
  int amount = 0;
  PeriodUnit unit = PeriodUnit::kCalendarDays;
  LegalBasis basis;
  // A guideline to warn about rather than a hard statutory limit (MED-10). Default: false.
  bool advisory = false;
};

struct DeadlineResult {
  std::string rule_code;
  std::string rule_name;
  Date start{};
  Date raw_due{};  // before the roll-forward
  Date due{};      // the last day on which the act is in time
  bool rolled = false;
  int amount = 0;
  PeriodUnit unit = PeriodUnit::kCalendarDays;
  LegalBasis basis;
  bool advisory = false;
  std::vector<Extension> extensions;
  std::vector<ExcludedInterval> excluded;
  std::int64_t excluded_days = 0;              // distinct excluded days in (start, due]
  std::vector<std::string> calendar_versions;  // versions of every year table touched
  bool provisional = false;
  std::vector<std::string> warnings;  // zh-CN, e.g. "2027年节假日安排尚未录入…"
};

// Upper bounds on one period or extension, to keep every computation bounded.
inline constexpr int kMaxPeriodDays = 3660;         // calendar days
inline constexpr int kMaxPeriodWorkingDays = 2600;  // working days
inline constexpr int kMaxPeriodMonths = 120;        // months
inline constexpr int kMaxExcludedIntervalDays = 3660;

// REQUIRES: rule.amount >= 0; extension amounts >= 0; each excluded interval has
// from <= to. Returns kInvalidArgument otherwise (field "amount", "extensions[i].amount",
// "excluded[i]"), and when an amount or interval exceeds the bounds above.
core::Result<DeadlineResult> ComputeDeadline(const WorkingCalendar& calendar, Date start,
                                             const DeadlineRule& rule,
                                             const std::vector<Extension>& extensions = {},
                                             const std::vector<ExcludedInterval>& excluded = {});

// Where an act stands against its deadline on a given day.
enum class DeadlineState {
  kPending,    // not done, due in more than `soon_days` days
  kDueSoon,    // not done, due within `soon_days` days (inclusive), not yet past
  kOverdue,    // not done and today > due
  kMetOnTime,  // done on or before due
  kMetLate,    // done after due
};
// "pending" | "due_soon" | "overdue" | "met_on_time" | "met_late"
std::string_view DeadlineStateName(DeadlineState s);
std::string_view DeadlineStateLabelZh(DeadlineState s);  // 未到期|即将到期|已逾期|按期完成|逾期完成
DeadlineState EvaluateDeadline(const DeadlineResult& deadline, std::optional<Date> done_on,
                               Date today, int soon_days);

}  // namespace fazhi::domain
