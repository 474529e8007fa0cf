// exchange/xlsx_reader.h — reads one worksheet of an .xlsx file (Office Open XML: a zip of XML
// parts, read with libzip and pugixml) into rows of cell text.
//
// Contract:
//  * The sheet is the first in the workbook's tab order, or the one named in options
//    (kInvalidArgument "sheet" listing the names when absent).
//  * Cell text: shared strings (rich-text runs joined, phonetic runs dropped), inline strings,
//    formula string results, booleans "TRUE"/"FALSE", error values as shown ("#N/A"), and
//    numbers as stored ("1200.5", "13812345678"). A number whose cell style is a DATE format
//    (built-in or custom, e.g. yyyy-mm-dd, yyyy"年"m"月"d"日") becomes "YYYY-MM-DD" (1900 or
//    1904 date system as the workbook says); a time-only or other number format keeps the
//    number. OOXML escapes (_x000D_) are decoded.
//  * Merged cells: every cell of a merged range reads as the range's top-left value (so a
//    vertically merged 调解员 applies to each row); rows that exist only inside a merge are
//    not created. Cells are placed by their reference ("C7"); missing cells are "".
//  * Row numbers are Excel's. Rows without any value are not returned.
//  * Bounds (ReadLimits): the file size, every part's uncompressed size and compression
//    ratio (zip bombs), the total uncompressed size, rows with values and the column of any
//    value are checked BEFORE or WHILE reading, never after: kInvalidArgument "file" with a
//    clear message. A file that is not a zip, or lacks the workbook parts, or has broken XML
//    is kInvalidArgument "file" ("文件不是有效的 .xlsx 工作簿…").
// Pure functions of the bytes; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "exchange/sheet.h"

namespace fazhi::exchange {

struct XlsxReadOptions {
  std::string sheet_name;  // empty: the first worksheet
};

core::Result<Sheet> ReadXlsx(std::string_view bytes, const XlsxReadOptions& options = {},
                             const ReadLimits& limits = {});

// The worksheet names of a workbook, in tab order.
core::Result<std::vector<std::string>> XlsxSheetNames(std::string_view bytes,
                                                      const ReadLimits& limits = {});

// Excel's serial day number → date (the fraction, a time of day, is dropped). 1900 system:
// 1 = 1900-01-01, with Excel's phantom 1900-02-29 (serial 60) mapped to 1900-02-28;
// 1904 system: 0 = 1904-01-01. nullopt outside 1900-01-01 … 9999-12-31 or for NaN.
std::optional<core::Date> ExcelSerialToDate(double serial, bool date1904 = false);
// The 1900-system serial of a date (≥ 1900-03-01 matches Excel exactly).
std::int64_t DateToExcelSerial(core::Date date);

// "A" → 0, "Z" → 25, "AA" → 26 (ASCII letters, either case); nullopt for anything else or
// beyond Excel's last column XFD.
std::optional<int> ColumnIndex(std::string_view letters);
// 0 → "A", 26 → "AA".
std::string ColumnLetters(int index);

// Whether a cell with number format `num_fmt_id` (and `format_code` for custom formats,
// id ≥ 164) shows a date: built-in date ids 14–17, 22, 27–31, 36, 50–54, 57, 58; a custom
// code with a year or day part outside quotes, escapes and [brackets].
bool IsDateNumberFormat(int num_fmt_id, std::string_view format_code);

}  // namespace fazhi::exchange
