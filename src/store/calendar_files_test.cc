// Tests for store/calendar_files.h: parsing and validating one file (good files and each kind
// of bad file), loading a directory, installing a new year, finding the default directory.
#include "store/calendar_files.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <stdlib.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/crypto.h"
#include "support/matchers.h"

namespace fazhi::store {
namespace {

namespace fs = std::filesystem;
using fazhi::testing::HasError;
using fazhi::testing::HasErrorField;
using fazhi::testing::IsOk;
using ::testing::HasSubstr;

// A made-up 2027 table, in the shape of the real ones.
constexpr std::string_view kGood2027 = R"(# 测试用
year = 2027

[notice]
title = "国务院办公厅关于2027年部分节假日安排的通知"
number = "国办发明电〔2026〕99号"
issued_on = "2026-11-01"
url = "https://www.gov.cn/zhengce/content/202611/content_0000000.htm"

[[holiday]]
name = "元旦"
off = ["2026-12-31..2027-01-02"]
makeup_workdays = ["2026-12-27"]

[[holiday]]
name = "国庆节"
off = ["2027-10-01..2027-10-07", "2027-10-08"]
makeup_workdays = ["2027-09-26", "2027-10-09"]
note = "测试备注"
)";

std::string Replace(std::string_view text, std::string_view from, std::string_view to) {
  std::string out(text);
  const size_t pos = out.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  if (pos != std::string::npos) out.replace(pos, from.size(), to);
  return out;
}

// Expects a validation error naming `field`, with the file name in both messages.
void ExpectInvalid(const std::string& text, std::string_view field,
                   std::string_view zh_fragment = {}) {
  auto result = ParseCalendarToml(text, "2027.toml");
  ASSERT_FALSE(result.has_value()) << "accepted:\n" << text;
  const core::Error& e = result.error();
  EXPECT_EQ(e.code, core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(e.field, field) << e.message;
  EXPECT_THAT(e.message, HasSubstr("2027.toml"));
  EXPECT_THAT(e.message_en, HasSubstr("2027.toml"));
  EXPECT_THAT(e.message, HasSubstr(std::string(field)));
  EXPECT_THAT(e.message_en, HasSubstr(std::string(field)));
  if (!zh_fragment.empty()) {
    EXPECT_THAT(e.message, HasSubstr(std::string(zh_fragment)));
  }
}

class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "fazhi-calendar-XXXXXX").string();
    char* made = ::mkdtemp(pattern.data());
    EXPECT_NE(made, nullptr);
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const fs::path& path() const { return path_; }
  fs::path Write(const std::string& name, std::string_view text) const {
    fs::path p = path_ / name;
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }

 private:
  fs::path path_;
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// ---- good files ----

TEST(CalendarFile, ParsesAGoodFile) {
  auto table = ParseCalendarToml(kGood2027, "2027.toml");
  ASSERT_THAT(table, IsOk());
  EXPECT_EQ(table->year, 2027);
  EXPECT_EQ(table->notice_title, "国务院办公厅关于2027年部分节假日安排的通知");
  EXPECT_EQ(table->notice_number, "国办发明电〔2026〕99号");
  EXPECT_EQ(table->issued_on, "2026-11-01");
  EXPECT_TRUE(table->published_on.empty());
  EXPECT_EQ(table->url, "https://www.gov.cn/zhengce/content/202611/content_0000000.htm");
  ASSERT_EQ(table->holidays.size(), 2u);
  EXPECT_EQ(table->holidays[0].name, "元旦");
  ASSERT_EQ(table->holidays[0].off_days.size(), 3u);  // the range is expanded
  EXPECT_EQ(core::FormatDate(table->holidays[0].off_days[0]), "2026-12-31");
  EXPECT_EQ(core::FormatDate(table->holidays[0].off_days[2]), "2027-01-02");
  EXPECT_EQ(table->holidays[1].off_days.size(), 8u);  // a range plus a single day
  EXPECT_EQ(table->holidays[1].makeup_workdays.size(), 2u);
  EXPECT_EQ(table->holidays[1].note, "测试备注");
}

TEST(CalendarFile, VersionIsYearAndSha256PrefixOfTheBytes) {
  ASSERT_THAT(core::InitCrypto(), IsOk());
  auto table = ParseCalendarToml(kGood2027, "2027.toml");
  ASSERT_THAT(table, IsOk());
  EXPECT_EQ(table->version, "2027@" + core::Sha256Hex(kGood2027).substr(0, 12));
  // Any byte changes the version, even a comment.
  auto changed = ParseCalendarToml(std::string(kGood2027) + "# 再加一行注释\n", "2027.toml");
  ASSERT_THAT(changed, IsOk());
  EXPECT_NE(changed->version, table->version);
}

TEST(CalendarFile, AcceptsNativeTomlDates) {
  std::string text = Replace(kGood2027, R"(issued_on = "2026-11-01")", "issued_on = 2026-11-01");
  text = Replace(text, R"(makeup_workdays = ["2026-12-27"])", "makeup_workdays = [2026-12-27]");
  auto table = ParseCalendarToml(text, "2027.toml");
  ASSERT_THAT(table, IsOk());
  EXPECT_EQ(table->issued_on, "2026-11-01");
  EXPECT_EQ(core::FormatDate(table->holidays[0].makeup_workdays[0]), "2026-12-27");
}

TEST(CalendarFile, ReadsAmendments) {
  std::string text =
      Replace(kGood2027, "[[holiday]]\nname = \"国庆节\"",
              "[[amendment]]\n"
              "title = \"国务院办公厅关于调整2027年国庆节假期安排的通知\"\n"
              "number = \"国办发明电〔2027〕1号\"\n"
              "issued_on = \"2027-03-01\"\n"
              "published_on = \"2027-03-02\"\n"
              "url = \"https://www.gov.cn/x.htm\"\n"
              "summary = \"国庆节增加一天\"\n\n"
              "[[holiday]]\nname = \"国庆节\"\namended_by = \"国办发明电〔2027〕1号\"");
  auto table = ParseCalendarToml(text, "2027.toml");
  ASSERT_THAT(table, IsOk());
  ASSERT_EQ(table->amendments.size(), 1u);
  EXPECT_EQ(table->amendments[0].number, "国办发明电〔2027〕1号");
  EXPECT_EQ(table->amendments[0].published_on, "2027-03-02");
  EXPECT_EQ(table->amendments[0].summary, "国庆节增加一天");
  EXPECT_EQ(table->holidays[1].amended_by, "国办发明电〔2027〕1号");
}

// ---- bad files, one kind each ----

TEST(CalendarFile, RejectsTomlSyntaxErrorNamingFileAndLine) {
  auto result = ParseCalendarToml("year = 2027\n[notice\n", "2027.toml");
  ASSERT_THAT(result, HasError(core::ErrorCode::kInvalidArgument));
  EXPECT_EQ(result.error().field, "2027.toml");
  EXPECT_THAT(result.error().message, HasSubstr("第2行"));
  EXPECT_THAT(result.error().message_en, HasSubstr("line 2"));
}

TEST(CalendarFile, RejectsMissingOrBadYear) {
  ExpectInvalid(Replace(kGood2027, "year = 2027\n", ""), "year");
  ExpectInvalid(Replace(kGood2027, "year = 2027", "year = \"2027\""), "year");
  ExpectInvalid(Replace(kGood2027, "year = 2027", "year = 27"), "year");
}

TEST(CalendarFile, RejectsMissingNoticeOrNoticeFields) {
  ExpectInvalid(std::string("year = 2027\n[[holiday]]\nname = \"元旦\"\noff = [\"2027-01-01\"]\n"),
                "notice");
  ExpectInvalid(Replace(kGood2027, "number = \"国办发明电〔2026〕99号\"\n", ""), "notice.number",
                "缺少此键");
  ExpectInvalid(
      Replace(kGood2027, "title = \"国务院办公厅关于2027年部分节假日安排的通知\"", "title = \"\""),
      "notice.title", "不能为空");
  ExpectInvalid(Replace(kGood2027, "https://www.gov.cn/zhengce/content/202611/content_0000000.htm",
                        "www.gov.cn/x"),
                "notice.url");
  ExpectInvalid(Replace(kGood2027, R"(issued_on = "2026-11-01")", R"(issued_on = "2026-11-31")"),
                "notice.issued_on");
}

TEST(CalendarFile, RejectsUnknownKeysSoTyposCannotDropData) {
  ExpectInvalid(
      Replace(kGood2027, "makeup_workdays = [\"2026-12-27\"]", "makeup_workday = [\"2026-12-27\"]"),
      "holiday[0].makeup_workday", "未知的键");
  ExpectInvalid(Replace(kGood2027, "year = 2027", "year = 2027\nyaer = 2027"), "yaer");
  ExpectInvalid(Replace(kGood2027, "issued_on = \"2026-11-01\"",
                        "issued_on = \"2026-11-01\"\nissued = \"x\""),
                "notice.issued");
}

TEST(CalendarFile, RejectsMissingOrEmptyHolidays) {
  ExpectInvalid(std::string(kGood2027.substr(0, kGood2027.find("[[holiday]]"))), "holiday");
  ExpectInvalid(Replace(kGood2027, R"(off = ["2026-12-31..2027-01-02"])", "off = []"),
                "holiday[0].off", "不能为空");
  ExpectInvalid(Replace(kGood2027, R"(off = ["2026-12-31..2027-01-02"])", ""), "holiday[0].off");
  ExpectInvalid(Replace(kGood2027, R"(off = ["2026-12-31..2027-01-02"])",
                        R"(off = "2026-12-31..2027-01-02")"),
                "holiday[0].off", "应为数组");
  ExpectInvalid(Replace(kGood2027, "name = \"元旦\"", "name = \"\""), "holiday[0].name");
}

TEST(CalendarFile, RejectsDateOutsideTheYear) {
  ExpectInvalid(Replace(kGood2027, R"("2027-10-08")", R"("2028-01-01")"), "holiday[1].off[1]",
                "不在2027年内");
  // November of the previous year is not a 元旦 spill-over.
  ExpectInvalid(Replace(kGood2027, R"(["2026-12-27"])", R"(["2026-11-28"])"),
                "holiday[0].makeup_workdays[0]", "不在2027年内");
}

TEST(CalendarFile, RejectsDateBothOffAndMakeup) {
  ExpectInvalid(
      Replace(kGood2027, R"(["2027-09-26", "2027-10-09"])", R"(["2027-09-26", "2027-10-02"])"),
      "holiday[1].makeup_workdays[1]", "既是放假日又是调休上班日");
}

TEST(CalendarFile, RejectsDateListedTwice) {
  ExpectInvalid(Replace(kGood2027, R"("2027-10-08")", R"("2027-10-07")"), "holiday[1].off[1]",
                "重复列出");
}

TEST(CalendarFile, RejectsMalformedRanges) {
  ExpectInvalid(Replace(kGood2027, "2027-10-01..2027-10-07", "2027-10-01..2027-10"),
                "holiday[1].off[0]", "日期区间格式不正确");
  ExpectInvalid(Replace(kGood2027, "2027-10-01..2027-10-07", "2027-10-07..2027-10-01"),
                "holiday[1].off[0]", "起日晚于止日");
  ExpectInvalid(Replace(kGood2027, "2027-10-01..2027-10-07", "2027-10-01...2027-10-07"),
                "holiday[1].off[0]");
  ExpectInvalid(Replace(kGood2027, "2027-10-01..2027-10-07", "2027-08-01..2027-09-30"),
                "holiday[1].off[0]", "超过31天");
  ExpectInvalid(Replace(kGood2027, "2027-10-01..2027-10-07", "2027-10-01..2027-10-32"),
                "holiday[1].off[0]", "日期不存在");
}

TEST(CalendarFile, RejectsMalformedSingleDates) {
  ExpectInvalid(Replace(kGood2027, R"("2027-10-08")", R"("2027/10/08")"), "holiday[1].off[1]",
                "YYYY-MM-DD");
  ExpectInvalid(Replace(kGood2027, R"("2027-10-08")", R"("2027-02-29")"), "holiday[1].off[1]",
                "日期不存在");
  ExpectInvalid(Replace(kGood2027, R"("2027-10-08")", "20271008"), "holiday[1].off[1]");
  // A range is not allowed among make-up days.
  ExpectInvalid(Replace(kGood2027, R"(["2026-12-27"])", R"(["2026-12-26..2026-12-27"])"),
                "holiday[0].makeup_workdays[0]");
}

TEST(CalendarFile, RejectsMakeupDayOnAWeekday) {
  ExpectInvalid(Replace(kGood2027, R"("2027-10-09")", R"("2027-10-11")"),
                "holiday[1].makeup_workdays[1]", "不是星期六或星期日");
}

TEST(CalendarFile, RejectsAmendedByWithoutAmendment) {
  ExpectInvalid(Replace(kGood2027, "note = \"测试备注\"", "amended_by = \"国办发明电〔2027〕1号\""),
                "holiday[1].amended_by");
}

TEST(CalendarFile, MissingFileIsNotFound) {
  EXPECT_THAT(ReadCalendarFile("/nonexistent/fazhi/2027.toml"),
              HasError(core::ErrorCode::kNotFound));
}

// ---- directories ----

TEST(CalendarDir, LoadsEveryTomlFileAndSkipsOthers) {
  TempDir dir;
  dir.Write("2027.toml", kGood2027);
  dir.Write("README.md", "not a table");
  dir.Write(".2028.toml", "this hidden file is ignored = [");
  auto calendar = LoadCalendarDir(dir.path());
  ASSERT_THAT(calendar, IsOk());
  EXPECT_EQ(calendar->Years(), (std::vector<int>{2027}));
  EXPECT_FALSE(calendar->IsWorkingDay(core::MakeDate(2027, 10, 8)));
  EXPECT_TRUE(calendar->IsWorkingDay(core::MakeDate(2027, 10, 9)));    // Saturday, worked
  EXPECT_FALSE(calendar->IsWorkingDay(core::MakeDate(2026, 12, 31)));  // spill-over day
  EXPECT_THAT(calendar->Year(2027)->version, HasSubstr("2027@"));
}

TEST(CalendarDir, PassesOptionsToTheCalendar) {
  TempDir dir;
  dir.Write("2027.toml", kGood2027);
  auto calendar = LoadCalendarDir(dir.path(), domain::CalendarOptions{false});
  ASSERT_THAT(calendar, IsOk());
  EXPECT_FALSE(calendar->IsWorkingDay(core::MakeDate(2027, 10, 9)));
}

TEST(CalendarDir, FileNameMustMatchTheYear) {
  TempDir dir;
  dir.Write("2026.toml", kGood2027);
  auto calendar = LoadCalendarDir(dir.path());
  ASSERT_THAT(calendar, HasErrorField("year"));
  EXPECT_THAT(calendar.error().message, HasSubstr("2026.toml"));
  EXPECT_THAT(calendar.error().message, HasSubstr("2027.toml"));
}

TEST(CalendarDir, InvalidFileFailsTheLoadNamingIt) {
  TempDir dir;
  dir.Write("2027.toml", kGood2027);
  dir.Write("2028.toml", "year = 2028\n");
  auto calendar = LoadCalendarDir(dir.path());
  ASSERT_THAT(calendar, HasErrorField("notice"));
  EXPECT_THAT(calendar.error().message, HasSubstr("2028.toml"));
}

TEST(CalendarDir, ConflictBetweenYearsFailsTheLoad) {
  TempDir dir;
  dir.Write("2027.toml", kGood2027);
  // The 2026 table lists Sunday 2026-12-27 as a day off; the 2027 table makes it a make-up
  // working day.
  dir.Write("2026.toml",
            "year = 2026\n[notice]\ntitle = \"t\"\nnumber = \"n\"\nissued_on = \"2025-11-04\"\n"
            "url = \"https://www.gov.cn/x\"\n[[holiday]]\nname = \"测试\"\n"
            "off = [\"2026-12-27\"]\n");
  auto calendar = LoadCalendarDir(dir.path());
  ASSERT_THAT(calendar, HasError(core::ErrorCode::kInvalidArgument));
  EXPECT_THAT(calendar.error().message, HasSubstr("2026-12-27"));
}

TEST(CalendarDir, MissingDirectoryIsNotFound) {
  EXPECT_THAT(LoadCalendarDir("/nonexistent/fazhi/calendar"), HasError(core::ErrorCode::kNotFound));
}

// ---- installing a year ----

TEST(InstallCalendarFile, CopiesAValidFileUnderItsYear) {
  TempDir source;
  TempDir dir;
  const fs::path file = source.Write("新的2027年安排.toml", kGood2027);
  ASSERT_THAT(InstallCalendarFile(file, dir.path()), IsOk());
  EXPECT_EQ(Slurp(dir.path() / "2027.toml"), std::string(kGood2027));
  auto calendar = LoadCalendarDir(dir.path());
  ASSERT_THAT(calendar, IsOk());
  EXPECT_TRUE(calendar->HasYear(2027));
  // The installed copy has the version ReadCalendarFile reports for the source.
  EXPECT_EQ(calendar->Year(2027)->version, ReadCalendarFile(file)->version);
  // No temporary file is left behind.
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir.path())) ++entries;
  EXPECT_EQ(entries, 1);
}

TEST(InstallCalendarFile, ReinstallingTheSameBytesIsANoOp) {
  TempDir source;
  TempDir dir;
  const fs::path file = source.Write("incoming.toml", kGood2027);
  ASSERT_THAT(InstallCalendarFile(file, dir.path()), IsOk());
  EXPECT_THAT(InstallCalendarFile(file, dir.path()), IsOk());
}

TEST(InstallCalendarFile, ReplacingADifferentTableNeedsTheOption) {
  TempDir source;
  TempDir dir;
  ASSERT_THAT(InstallCalendarFile(source.Write("a.toml", kGood2027), dir.path()), IsOk());
  const std::string changed = Replace(kGood2027, "note = \"测试备注\"", "note = \"更正\"");
  const fs::path file = source.Write("b.toml", changed);
  EXPECT_THAT(InstallCalendarFile(file, dir.path()), HasError(core::ErrorCode::kConflict));
  EXPECT_EQ(Slurp(dir.path() / "2027.toml"), std::string(kGood2027));
  EXPECT_THAT(InstallCalendarFile(file, dir.path(), InstallOptions{true}), IsOk());
  EXPECT_EQ(Slurp(dir.path() / "2027.toml"), changed);
}

TEST(InstallCalendarFile, InvalidFileIsRejectedAndNothingIsWritten) {
  TempDir source;
  TempDir dir;
  const fs::path file =
      source.Write("bad.toml", Replace(kGood2027, R"("2027-10-09")", R"("2027-10-11")"));
  auto status = InstallCalendarFile(file, dir.path());
  ASSERT_THAT(status, HasErrorField("holiday[1].makeup_workdays[1]"));
  EXPECT_THAT(status.error().message, HasSubstr("bad.toml"));
  EXPECT_FALSE(fs::exists(dir.path() / "2027.toml"));
}

TEST(InstallCalendarFile, RejectsATableThatContradictsAnotherYear) {
  TempDir source;
  TempDir dir;
  dir.Write("2026.toml",
            "year = 2026\n[notice]\ntitle = \"t\"\nnumber = \"n\"\nissued_on = \"2025-11-04\"\n"
            "url = \"https://www.gov.cn/x\"\n[[holiday]]\nname = \"测试\"\n"
            "off = [\"2026-12-27\"]\n");
  auto status = InstallCalendarFile(source.Write("2027.toml", kGood2027), dir.path());
  ASSERT_THAT(status, HasError(core::ErrorCode::kInvalidArgument));
  EXPECT_FALSE(fs::exists(dir.path() / "2027.toml"));
}

TEST(InstallCalendarFile, MissingFileOrDirectoryIsNotFound) {
  TempDir dir;
  EXPECT_THAT(InstallCalendarFile("/nonexistent/2027.toml", dir.path()),
              HasError(core::ErrorCode::kNotFound));
  const fs::path file = dir.Write("2027.toml", kGood2027);
  EXPECT_THAT(InstallCalendarFile(file, dir.path() / "missing"),
              HasError(core::ErrorCode::kNotFound));
}

// ---- the default directory ----

TEST(FindCalendarDir, EnvironmentVariableWins) {
  TempDir env;
  TempDir cwd;
  fs::create_directories(cwd.path() / "data" / "calendar");
  CalendarDirSearch search{env.path().string(), cwd.path(), {}};
  auto dir = FindCalendarDir(search);
  ASSERT_THAT(dir, IsOk());
  EXPECT_EQ(*dir, env.path());
}

TEST(FindCalendarDir, BadEnvironmentVariableIsAnErrorNotAFallThrough) {
  TempDir cwd;
  fs::create_directories(cwd.path() / "data" / "calendar");
  CalendarDirSearch search{std::string("/nonexistent/fazhi"), cwd.path(), {}};
  auto dir = FindCalendarDir(search);
  ASSERT_THAT(dir, HasError(core::ErrorCode::kNotFound));
  EXPECT_THAT(dir.error().message, HasSubstr("FAZHI_CALENDAR_DIR"));
}

TEST(FindCalendarDir, ThenWorkingDirectoryThenBesideTheExecutable) {
  TempDir cwd;
  TempDir install;  // <install>/bin/fazhi and <install>/data/calendar
  fs::create_directories(install.path() / "bin");
  fs::create_directories(install.path() / "data" / "calendar");
  const fs::path exe = install.path() / "bin" / "fazhi";

  CalendarDirSearch search{std::string(), cwd.path(), exe};  // empty env counts as unset
  auto dir = FindCalendarDir(search);
  ASSERT_THAT(dir, IsOk());
  EXPECT_EQ(*dir, (install.path() / "data" / "calendar").lexically_normal());

  fs::create_directories(cwd.path() / "data" / "calendar");
  dir = FindCalendarDir(search);
  ASSERT_THAT(dir, IsOk());
  EXPECT_EQ(*dir, (cwd.path() / "data" / "calendar").lexically_normal());
}

TEST(FindCalendarDir, NothingFoundListsThePlacesTried) {
  TempDir cwd;
  CalendarDirSearch search{std::nullopt, cwd.path(), cwd.path() / "bin" / "fazhi"};
  auto dir = FindCalendarDir(search);
  ASSERT_THAT(dir, HasError(core::ErrorCode::kNotFound));
  EXPECT_THAT(dir.error().message, HasSubstr((cwd.path() / "data" / "calendar").string()));
  EXPECT_THAT(dir.error().message_en, HasSubstr("FAZHI_CALENDAR_DIR"));
}

TEST(FindCalendarDir, CurrentSearchReadsTheProcess) {
  CalendarDirSearch search = CurrentCalendarDirSearch();
  EXPECT_FALSE(search.working_dir.empty());
  EXPECT_FALSE(search.executable.empty());
}

}  // namespace
}  // namespace fazhi::store
