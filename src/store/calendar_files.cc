// store/calendar_files.cc — see calendar_files.h.
#include "store/calendar_files.h"

#include <fmt/format.h>
#include <toml++/toml.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "core/crypto.h"
#include "core/date.h"

namespace fazhi::store {
namespace {

namespace fs = std::filesystem;
using domain::HolidayPeriod;
using domain::HolidayYear;
using domain::NoticeRef;

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 9999;
constexpr std::int64_t kMaxRangeDays = 31;  // one off range, both ends included
constexpr size_t kVersionHexChars = 12;

std::string LineSuffixZh(const toml::node* node) {
  if (node == nullptr || node->source().begin.line == 0) return {};
  return fmt::format("（第{}行）", node->source().begin.line);
}

std::string LineSuffixEn(const toml::node* node) {
  if (node == nullptr || node->source().begin.line == 0) return {};
  return fmt::format(" (line {})", node->source().begin.line);
}

// Reads a whole file as bytes. nullopt if it cannot be opened or read.
std::optional<std::string> ReadBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return buffer.str();
}

// "YYYY-MM-DD" exactly.
bool IsStrictIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i == 4 || i == 7) continue;
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return true;
}

// Validates one calendar file and builds its HolidayYear.
class FileParser {
 public:
  explicit FileParser(std::string_view source) : source_(source) {}

  core::Result<HolidayYear> Parse(const toml::table& root) {
    RETURN_IF_ERROR(CheckKeys(root, {"year", "notice", "amendment", "holiday"}, ""));
    HolidayYear table;
    ASSIGN_OR_RETURN(table.year, ParseYear(root));
    year_ = table.year;

    const toml::node* notice_node = root.get("notice");
    if (notice_node == nullptr || !notice_node->is_table()) {
      return core::Fail(
          Err("notice", notice_node, "缺少 [notice] 表（放假安排通知的标题、文号、日期、网址）",
              "missing the [notice] table (title, number, date and URL of the notice)"));
    }
    ASSIGN_OR_RETURN(NoticeRef notice, ParseNotice(*notice_node->as_table(), "notice", false));
    table.notice_title = std::move(notice.title);
    table.notice_number = std::move(notice.number);
    table.issued_on = std::move(notice.issued_on);
    table.published_on = std::move(notice.published_on);
    table.url = std::move(notice.url);

    if (const toml::node* amendments = root.get("amendment")) {
      const toml::array* list = amendments->as_array();
      if (list == nullptr || !list->is_array_of_tables()) {
        return core::Fail(Err("amendment", amendments, "amendment 必须写成 [[amendment]] 表数组",
                              "amendment must be an array of tables ([[amendment]])"));
      }
      for (size_t i = 0; i < list->size(); ++i) {
        ASSIGN_OR_RETURN(NoticeRef amendment, ParseNotice(*list->get(i)->as_table(),
                                                          fmt::format("amendment[{}]", i), true));
        table.amendments.push_back(std::move(amendment));
      }
    }

    const toml::node* holidays = root.get("holiday");
    const toml::array* list = holidays == nullptr ? nullptr : holidays->as_array();
    if (list == nullptr || list->empty() || !list->is_array_of_tables()) {
      return core::Fail(Err("holiday", holidays, "缺少 [[holiday]] 表数组（至少一个节日）",
                            "missing the [[holiday]] array of tables (at least one holiday)"));
    }
    for (size_t i = 0; i < list->size(); ++i) {
      ASSIGN_OR_RETURN(HolidayPeriod period,
                       ParseHoliday(*list->get(i)->as_table(), i, table.amendments));
      table.holidays.push_back(std::move(period));
    }
    return table;
  }

 private:
  core::Error Err(const std::string& field, const toml::node* node, const std::string& zh,
                  const std::string& en) const {
    const std::string key = field.empty() ? std::string() : field + "：";
    const std::string key_en = field.empty() ? std::string() : field + ": ";
    return core::InvalidArgument(
        field, fmt::format("日历文件 {}：{}{}{}", source_, key, zh, LineSuffixZh(node)),
        fmt::format("Calendar file {}: {}{}{}", source_, key_en, en, LineSuffixEn(node)));
  }

  static std::string Join(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : fmt::format("{}.{}", path, key);
  }

  core::Status CheckKeys(const toml::table& table, std::initializer_list<std::string_view> allowed,
                         const std::string& path) const {
    for (auto&& [key, value] : table) {
      const std::string_view name = key.str();
      if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
        std::string list;
        for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        return core::Fail(Err(Join(path, name), &value,
                              fmt::format("未知的键（允许的键：{}）", list),
                              fmt::format("unknown key (allowed: {})", list)));
      }
    }
    return core::Ok();
  }

  core::Result<int> ParseYear(const toml::table& root) const {
    const toml::node* node = root.get("year");
    if (node == nullptr || !node->is_integer()) {
      return core::Fail(Err("year", node, "缺少整数 year（如 year = 2027）",
                            "missing the integer key year (e.g. year = 2027)"));
    }
    const std::int64_t year = node->as_integer()->get();
    if (year < kMinYear || year > kMaxYear) {
      return core::Fail(Err("year", node,
                            fmt::format("年份 {} 不在 {}–{} 之内", year, kMinYear, kMaxYear),
                            fmt::format("year {} is outside {}–{}", year, kMinYear, kMaxYear)));
    }
    return static_cast<int>(year);
  }

  core::Result<std::string> String(const toml::table& table, std::string_view key,
                                   const std::string& path, bool required) const {
    const std::string field = Join(path, key);
    const toml::node* node = table.get(key);
    if (node == nullptr) {
      if (!required) return std::string();
      return core::Fail(Err(field, &table, "缺少此键", "missing key"));
    }
    if (!node->is_string()) {
      return core::Fail(Err(field, node, "应为字符串", "must be a string"));
    }
    std::string value = node->as_string()->get();
    if (required && value.empty()) {
      return core::Fail(Err(field, node, "不能为空", "must not be empty"));
    }
    return value;
  }

  // A single date: "YYYY-MM-DD" or a TOML local date. Not checked against the year.
  core::Result<core::Date> DateOf(const toml::node& node, const std::string& field) const {
    if (const auto* d = node.as_date()) {
      const toml::date v = d->get();
      core::Date date = core::MakeDate(static_cast<int>(v.year), v.month, v.day);
      if (!date.ok()) {
        return core::Fail(Err(field, &node, "日期无效", "not a valid date"));
      }
      return date;
    }
    if (!node.is_string()) {
      return core::Fail(Err(field, &node, "应为日期字符串 \"YYYY-MM-DD\"",
                            "must be a date string \"YYYY-MM-DD\""));
    }
    return DateText(node.as_string()->get(), node, field);
  }

  core::Result<core::Date> DateText(std::string_view text, const toml::node& node,
                                    const std::string& field) const {
    if (!IsStrictIsoDate(text)) {
      return core::Fail(Err(field, &node,
                            fmt::format("日期格式不正确：“{}”，应为 YYYY-MM-DD", text),
                            fmt::format("\"{}\" is not a date in the form YYYY-MM-DD", text)));
    }
    auto date = core::ParseDate(text, field);
    if (!date) {
      return core::Fail(Err(field, &node, fmt::format("日期不存在：“{}”", text),
                            fmt::format("\"{}\" is not a real calendar date", text)));
    }
    return *date;
  }

  // The date of a [notice]/[[amendment]] field, kept as ISO text.
  core::Result<std::string> NoticeDate(const toml::table& table, std::string_view key,
                                       const std::string& path, bool required) const {
    const toml::node* node = table.get(key);
    const std::string field = Join(path, key);
    if (node == nullptr) {
      if (!required) return std::string();
      return core::Fail(Err(field, &table, "缺少此键（通知日期，YYYY-MM-DD）",
                            "missing key (the notice date, YYYY-MM-DD)"));
    }
    ASSIGN_OR_RETURN(core::Date date, DateOf(*node, field));
    return core::FormatDate(date);
  }

  core::Result<NoticeRef> ParseNotice(const toml::table& table, const std::string& path,
                                      bool amendment) const {
    if (amendment) {
      RETURN_IF_ERROR(CheckKeys(
          table, {"title", "number", "issued_on", "published_on", "url", "summary"}, path));
    } else {
      RETURN_IF_ERROR(
          CheckKeys(table, {"title", "number", "issued_on", "published_on", "url"}, path));
    }
    NoticeRef notice;
    ASSIGN_OR_RETURN(notice.title, String(table, "title", path, true));
    ASSIGN_OR_RETURN(notice.number, String(table, "number", path, true));
    ASSIGN_OR_RETURN(notice.issued_on, NoticeDate(table, "issued_on", path, true));
    ASSIGN_OR_RETURN(notice.published_on, NoticeDate(table, "published_on", path, false));
    ASSIGN_OR_RETURN(notice.url, String(table, "url", path, true));
    if (notice.url.rfind("https://", 0) != 0 && notice.url.rfind("http://", 0) != 0) {
      return core::Fail(Err(Join(path, "url"), table.get("url"),
                            "网址应以 http:// 或 https:// 开头",
                            "the URL must start with http:// or https://"));
    }
    if (amendment) {
      ASSIGN_OR_RETURN(notice.summary, String(table, "summary", path, true));
    }
    return notice;
  }

  // Appends the dates of one list entry (a date or a range) to `out`.
  core::Status Dates(const toml::node& node, const std::string& field, bool allow_range,
                     std::vector<core::Date>* out) const {
    if (allow_range && node.is_string()) {
      const std::string text = node.as_string()->get();
      const size_t sep = text.find("..");
      if (sep != std::string::npos) {
        const std::string_view whole = text;
        const std::string_view first = whole.substr(0, sep);
        const std::string_view last = whole.substr(sep + 2);
        if (!IsStrictIsoDate(first) || !IsStrictIsoDate(last)) {
          return core::Fail(
              Err(field, &node,
                  fmt::format("日期区间格式不正确：“{}”，应为 YYYY-MM-DD..YYYY-MM-DD", text),
                  fmt::format("\"{}\" is not a range YYYY-MM-DD..YYYY-MM-DD", text)));
        }
        ASSIGN_OR_RETURN(core::Date from, DateText(first, node, field));
        ASSIGN_OR_RETURN(core::Date to, DateText(last, node, field));
        const std::int64_t span = core::DaysBetween(from, to);
        if (span < 0) {
          return core::Fail(Err(field, &node, fmt::format("日期区间“{}”的起日晚于止日", text),
                                fmt::format("range \"{}\" ends before it starts", text)));
        }
        if (span >= kMaxRangeDays) {
          return core::Fail(
              Err(field, &node, fmt::format("日期区间“{}”超过{}天，请检查", text, kMaxRangeDays),
                  fmt::format("range \"{}\" is longer than {} days", text, kMaxRangeDays)));
        }
        for (std::int64_t i = 0; i <= span; ++i) out->push_back(core::AddDays(from, i));
        return core::Ok();
      }
    }
    ASSIGN_OR_RETURN(core::Date date, DateOf(node, field));
    out->push_back(date);
    return core::Ok();
  }

  bool InYear(core::Date d) const {
    const int y = core::YearOf(d);
    return y == year_ || (y == year_ - 1 && d.month() == std::chrono::December);
  }

  // Checks and records one listed day; `off` tells the list it came from.
  core::Status Record(core::Date d, bool off, const std::string& field, const toml::node& node,
                      const std::string& holiday_name) {
    const std::string date_text = core::FormatDate(d);
    if (!InYear(d)) {
      return core::Fail(
          Err(field, &node,
              fmt::format("“{}”的日期 {} 不在{}年内（只允许{}年12月的元旦调休）", holiday_name,
                          date_text, year_, year_ - 1),
              fmt::format("{} date {} is outside {} (only December {} is allowed, for New Year)",
                          holiday_name, date_text, year_, year_ - 1)));
    }
    if (!off && !core::IsWeekend(d)) {
      return core::Fail(
          Err(field, &node, fmt::format("调休上班日 {} 不是星期六或星期日", date_text),
              fmt::format("make-up working day {} is not a Saturday or Sunday", date_text)));
    }
    auto [it, inserted] = seen_.emplace(core::DayNumber(d), Seen{off, field});
    if (!inserted) {
      if (it->second.off != off) {
        return core::Fail(
            Err(field, &node,
                fmt::format("{} 既是放假日又是调休上班日（另见 {}）", date_text, it->second.field),
                fmt::format("{} is both a day off and a make-up working day (see also {})",
                            date_text, it->second.field)));
      }
      return core::Fail(
          Err(field, &node, fmt::format("{} 重复列出（另见 {}）", date_text, it->second.field),
              fmt::format("{} is listed twice (see also {})", date_text, it->second.field)));
    }
    return core::Ok();
  }

  core::Status DateList(const toml::table& table, std::string_view key, const std::string& path,
                        bool off, bool required, const std::string& holiday_name,
                        std::vector<core::Date>* out) {
    const std::string field = Join(path, key);
    const toml::node* node = table.get(key);
    if (node == nullptr) {
      if (!required) return core::Ok();
      return core::Fail(Err(field, &table, "缺少此键（放假日期或区间的数组）",
                            "missing key (an array of dates or ranges)"));
    }
    const toml::array* list = node->as_array();
    if (list == nullptr) {
      return core::Fail(Err(field, node, "应为数组，如 [\"2027-10-01..2027-10-07\"]",
                            "must be an array, e.g. [\"2027-10-01..2027-10-07\"]"));
    }
    if (required && list->empty()) {
      return core::Fail(Err(field, node, "不能为空数组", "must not be empty"));
    }
    for (size_t i = 0; i < list->size(); ++i) {
      const std::string item_field = fmt::format("{}[{}]", field, i);
      const toml::node& item = *list->get(i);
      std::vector<core::Date> dates;
      RETURN_IF_ERROR(Dates(item, item_field, /*allow_range=*/off, &dates));
      for (core::Date d : dates) {
        RETURN_IF_ERROR(Record(d, off, item_field, item, holiday_name));
        out->push_back(d);
      }
    }
    return core::Ok();
  }

  core::Result<HolidayPeriod> ParseHoliday(const toml::table& table, size_t index,
                                           const std::vector<NoticeRef>& amendments) {
    const std::string path = fmt::format("holiday[{}]", index);
    RETURN_IF_ERROR(
        CheckKeys(table, {"name", "off", "makeup_workdays", "note", "amended_by"}, path));
    HolidayPeriod period;
    ASSIGN_OR_RETURN(period.name, String(table, "name", path, true));
    RETURN_IF_ERROR(DateList(table, "off", path, /*off=*/true, /*required=*/true, period.name,
                             &period.off_days));
    RETURN_IF_ERROR(DateList(table, "makeup_workdays", path, /*off=*/false, /*required=*/false,
                             period.name, &period.makeup_workdays));
    ASSIGN_OR_RETURN(period.note, String(table, "note", path, false));
    ASSIGN_OR_RETURN(period.amended_by, String(table, "amended_by", path, false));
    if (!period.amended_by.empty()) {
      const bool known = std::any_of(amendments.begin(), amendments.end(),
                                     [&](const auto& a) { return a.number == period.amended_by; });
      if (!known) {
        return core::Fail(
            Err(Join(path, "amended_by"), table.get("amended_by"),
                fmt::format("文号“{}”未在 [[amendment]] 中列出", period.amended_by),
                fmt::format("\"{}\" is not the number of any [[amendment]]", period.amended_by)));
      }
    }
    return period;
  }

  struct Seen {
    bool off = true;
    std::string field;
  };

  std::string source_;
  int year_ = 0;
  std::map<std::int64_t, Seen> seen_;
};

// Every "*.toml" of `dir` except hidden files, sorted by name.
core::Result<std::vector<fs::path>> CalendarFiles(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return core::Fail(
        core::NotFound(fmt::format("节假日数据目录不存在：{}", dir.string()),
                       fmt::format("Calendar directory does not exist: {}", dir.string())));
  }
  std::vector<fs::path> files;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    return core::Fail(core::Unavailable(
        fmt::format("无法读取节假日数据目录：{}", dir.string()),
        fmt::format("Cannot read the calendar directory: {}", dir.string()), ec.message()));
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const fs::path& p = it->path();
    const std::string name = p.filename().string();
    if (name.empty() || name[0] == '.' || p.extension() != ".toml") continue;
    std::error_code file_ec;
    if (!it->is_regular_file(file_ec)) continue;
    files.push_back(p);
  }
  if (ec) {
    return core::Fail(core::Unavailable(
        fmt::format("无法读取节假日数据目录：{}", dir.string()),
        fmt::format("Cannot read the calendar directory: {}", dir.string()), ec.message()));
  }
  std::sort(files.begin(), files.end());
  return files;
}

core::Status AddToCalendar(domain::WorkingCalendar& calendar, HolidayYear table,
                           const std::string& source) {
  const int year = table.year;
  std::string problem;
  if (!calendar.AddYear(std::move(table), &problem)) {
    return core::Fail(core::InvalidArgument(
        "holiday", fmt::format("日历文件 {}：{}年表不能加入日历：{}", source, year, problem),
        fmt::format("Calendar file {}: the {} table conflicts with the calendar: {}", source, year,
                    problem)));
  }
  return core::Ok();
}

// Loads one file of a directory and checks that its name matches its year.
core::Result<HolidayYear> ReadDirFile(const fs::path& path) {
  ASSIGN_OR_RETURN(HolidayYear table, ReadCalendarFile(path));
  const std::string name = path.filename().string();
  if (name != CalendarFileName(table.year)) {
    return core::Fail(core::InvalidArgument(
        "year",
        fmt::format("日历文件 {}：year = {} 与文件名不符，文件应命名为 {}", name, table.year,
                    CalendarFileName(table.year)),
        fmt::format("Calendar file {}: year = {} does not match the file name; name it {}", name,
                    table.year, CalendarFileName(table.year))));
  }
  return table;
}

}  // namespace

core::Result<HolidayYear> ParseCalendarToml(std::string_view text, std::string_view source_name) {
  toml::table root;
  try {
    root = toml::parse(text, source_name);
  } catch (const toml::parse_error& e) {
    const auto& begin = e.source().begin;
    return core::Fail(core::InvalidArgument(
        std::string(source_name),
        fmt::format("日历文件 {}：第{}行第{}列 TOML 语法错误：{}", source_name, begin.line,
                    begin.column, e.description()),
        fmt::format("Calendar file {}: TOML syntax error at line {}, column {}: {}", source_name,
                    begin.line, begin.column, e.description())));
  }
  FileParser parser(source_name);
  ASSIGN_OR_RETURN(HolidayYear table, parser.Parse(root));
  // The hash needs libsodium; initialising it is idempotent and cheap.
  RETURN_IF_ERROR(core::InitCrypto());
  table.version =
      fmt::format("{}@{}", table.year, core::Sha256Hex(text).substr(0, kVersionHexChars));
  return table;
}

core::Result<HolidayYear> ReadCalendarFile(const fs::path& path) {
  std::optional<std::string> bytes = ReadBytes(path);
  if (!bytes) {
    return core::Fail(core::NotFound(
        fmt::format("日历文件不存在或无法读取：{}", path.string()),
        fmt::format("Calendar file does not exist or cannot be read: {}", path.string())));
  }
  return ParseCalendarToml(*bytes, path.filename().string());
}

core::Result<domain::WorkingCalendar> LoadCalendarDir(const fs::path& dir,
                                                      domain::CalendarOptions options) {
  ASSIGN_OR_RETURN(std::vector<fs::path> files, CalendarFiles(dir));
  domain::WorkingCalendar calendar(options);
  for (const fs::path& path : files) {
    ASSIGN_OR_RETURN(HolidayYear table, ReadDirFile(path));
    RETURN_IF_ERROR(AddToCalendar(calendar, std::move(table), path.filename().string()));
  }
  return calendar;
}

std::string CalendarFileName(int year) { return fmt::format("{}.toml", year); }

core::Status InstallCalendarFile(const fs::path& file, const fs::path& dir,
                                 const InstallOptions& options) {
  std::optional<std::string> bytes = ReadBytes(file);
  if (!bytes) {
    return core::Fail(core::NotFound(
        fmt::format("日历文件不存在或无法读取：{}", file.string()),
        fmt::format("Calendar file does not exist or cannot be read: {}", file.string())));
  }
  ASSIGN_OR_RETURN(HolidayYear table, ParseCalendarToml(*bytes, file.filename().string()));
  const std::string target_name = CalendarFileName(table.year);
  const fs::path target = dir / target_name;

  ASSIGN_OR_RETURN(std::vector<fs::path> existing_files, CalendarFiles(dir));
  std::error_code ec;
  if (fs::exists(target, ec)) {
    std::optional<std::string> current = ReadBytes(target);
    if (current && *current == *bytes) return core::Ok();  // already installed
    if (!options.replace_existing) {
      return core::Fail(core::Conflict(
          fmt::format("{}年的节假日表已存在（{}）且内容不同；确认要替换时请使用替换选项",
                      table.year, target.string()),
          fmt::format("A different {} table already exists ({}); use the replace option to "
                      "replace it",
                      table.year, target.string()),
          "file"));
    }
  }

  // The new table must agree with every other year of the directory.
  domain::WorkingCalendar calendar;
  for (const fs::path& path : existing_files) {
    if (path.filename() == target_name) continue;
    ASSIGN_OR_RETURN(HolidayYear other, ReadDirFile(path));
    RETURN_IF_ERROR(AddToCalendar(calendar, std::move(other), path.filename().string()));
  }
  RETURN_IF_ERROR(AddToCalendar(calendar, table, file.filename().string()));

  // Write a hidden temporary file beside the target, then rename it into place.
  const fs::path temp = dir / fmt::format(".{}.{}.tmp", target_name, static_cast<long>(::getpid()));
  auto write_failed = [&](const std::string& detail) {
    std::error_code ignored;
    fs::remove(temp, ignored);
    return core::Fail(core::Unavailable(
        fmt::format("无法写入节假日数据目录：{}", dir.string()),
        fmt::format("Cannot write to the calendar directory: {}", dir.string()), detail));
  };
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return write_failed("open " + temp.string());
    out.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
    out.flush();
    if (!out) return write_failed("write " + temp.string());
  }
  fs::rename(temp, target, ec);
  if (ec) return write_failed("rename: " + ec.message());
  return core::Ok();
}

CalendarDirSearch CurrentCalendarDirSearch() {
  CalendarDirSearch search;
  if (const char* env = std::getenv("FAZHI_CALENDAR_DIR")) search.env_dir = std::string(env);
  std::error_code ec;
  search.working_dir = fs::current_path(ec);
  if (ec) search.working_dir.clear();
  search.executable = fs::read_symlink("/proc/self/exe", ec);
  if (ec) search.executable.clear();
  return search;
}

core::Result<fs::path> FindCalendarDir(const CalendarDirSearch& search) {
  std::error_code ec;
  if (search.env_dir.has_value() && !search.env_dir->empty()) {
    const fs::path dir(*search.env_dir);
    if (fs::is_directory(dir, ec)) return dir;
    return core::Fail(core::NotFound(
        fmt::format("环境变量 FAZHI_CALENDAR_DIR 指向的节假日数据目录不存在：{}", dir.string()),
        fmt::format("FAZHI_CALENDAR_DIR points to a calendar directory that does not exist: {}",
                    dir.string())));
  }
  std::vector<fs::path> candidates;
  if (!search.working_dir.empty()) candidates.push_back(search.working_dir / "data" / "calendar");
  if (!search.executable.empty()) {
    candidates.push_back(search.executable.parent_path() / ".." / "data" / "calendar");
  }
  std::string tried;
  for (const fs::path& candidate : candidates) {
    if (fs::is_directory(candidate, ec)) return candidate.lexically_normal();
    tried += (tried.empty() ? "" : "; ") + candidate.lexically_normal().string();
  }
  return core::Fail(core::NotFound(
      fmt::format("找不到节假日数据目录（已查找：{}）；请设置环境变量 FAZHI_CALENDAR_DIR",
                  tried.empty() ? "无" : tried),
      fmt::format("No calendar directory found (tried: {}); set FAZHI_CALENDAR_DIR",
                  tried.empty() ? "nothing" : tried)));
}

core::Result<fs::path> DefaultCalendarDir() { return FindCalendarDir(CurrentCalendarDirSearch()); }

}  // namespace fazhi::store
