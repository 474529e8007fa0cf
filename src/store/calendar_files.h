// store/calendar_files.h — the holiday tables on disk: one TOML file per year in a calendar
// directory (data/calendar/2025.toml …), loaded into a domain::WorkingCalendar (CAL-04).
// The file format is documented in docs/calendar.md.
//
// Contract:
//  * ParseCalendarToml / ReadCalendarFile validate one file completely: TOML syntax, known
//    keys only, the [notice] citation, every date ("YYYY-MM-DD", a TOML date, or a range
//    "YYYY-MM-DD..YYYY-MM-DD" of at most 31 days), dates inside the year (December of the
//    year before is allowed for 元旦), no date listed twice or both off and make-up, make-up
//    days on a Saturday or Sunday, amended_by naming an [[amendment]]. On failure they
//    return kInvalidArgument whose zh-CN and English messages name the file and the key
//    (field = the key path, e.g. "holiday[3].off[0]"); a missing/unreadable file is
//    kNotFound. The table's version is "<year>@<first 12 hex of sha256 of the file bytes>".
//  * LoadCalendarDir loads every *.toml in the directory (file name must be "<year>.toml",
//    hidden files are skipped) and fails on the first invalid file, naming it.
//  * InstallCalendarFile validates a file, checks it against the other years of the
//    directory, and copies it atomically to "<dir>/<year>.toml" (how an admin adds a year
//    without a rebuild: `fazhi calendar import FILE`). Installing identical bytes again is a
//    no-op; replacing a different existing file needs replace_existing, else kConflict. To
//    learn the year and version, call ReadCalendarFile(file) first (the copy has the same
//    bytes, hence the same version).
//  * DefaultCalendarDir searches, in order: $FAZHI_CALENDAR_DIR (when set and non-empty it
//    must be a directory, otherwise that is the error — no fall-through); ./data/calendar
//    (relative to the working directory); <directory of the executable>/../data/calendar.
//    It returns kNotFound listing the places tried when none exists.
// Thread-safety: stateless functions; concurrent installs into one directory are not
// coordinated (the last rename wins).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/calendar/working_calendar.h"

namespace fazhi::store {

// `source_name` (usually the file name) is used in error messages.
core::Result<domain::HolidayYear> ParseCalendarToml(std::string_view text,
                                                    std::string_view source_name);
core::Result<domain::HolidayYear> ReadCalendarFile(const std::filesystem::path& path);

core::Result<domain::WorkingCalendar> LoadCalendarDir(const std::filesystem::path& dir,
                                                      domain::CalendarOptions options = {});

std::string CalendarFileName(int year);  // "2027.toml"

struct InstallOptions {
  // Replace an existing, different file for the same year. Default: false (kConflict).
  bool replace_existing = false;
};
core::Status InstallCalendarFile(const std::filesystem::path& file,
                                 const std::filesystem::path& dir,
                                 const InstallOptions& options = {});

// The inputs of the default-directory search, injectable for tests.
struct CalendarDirSearch {
  std::optional<std::string> env_dir;  // value of FAZHI_CALENDAR_DIR, if set
  std::filesystem::path working_dir;   // the current directory
  std::filesystem::path executable;    // the running binary (may be empty if unknown)
};
CalendarDirSearch CurrentCalendarDirSearch();  // from the environment, cwd, /proc/self/exe
core::Result<std::filesystem::path> FindCalendarDir(const CalendarDirSearch& search);
core::Result<std::filesystem::path> DefaultCalendarDir();  // FindCalendarDir(Current…())

}  // namespace fazhi::store
