// exchange/sheet.h — what the file readers and writers of src/exchange share: a sheet read from
// a file (rows of cell text, each with the row number Excel shows), the limits every reader
// enforces, typed cells for writing, and which format a file's bytes are.
//
// Contract:
//  * A SheetRow's `number` is the 1-based row number the user sees in Excel (for CSV: the
//    record number, so a quoted field spanning lines still counts as one row). Rows that
//    are entirely empty may be missing; cells are the text of columns A, B, … (trailing
//    empty cells may be missing).
//  * DetectFileFormat looks at the bytes only (a zip is .xlsx; an OLE2 compound file is the
//    old .xls, which is refused with a clear error naming field "file"; anything else is
//    CSV). ReadSheet dispatches to ReadCsv or ReadXlsx (csv.h, xlsx_reader.h).
//  * Cell::Text() is the value as CSV writes it: dates "YYYY-MM-DD", money in 元 with two
//    decimals ("1200.50"), integers in decimal.
// Plain value types and pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"

namespace fazhi::exchange {

struct SheetRow {
  std::int64_t number = 0;         // Excel row number, 1-based
  std::vector<std::string> cells;  // column A first
};

struct Sheet {
  std::string name;  // worksheet name; empty for CSV
  std::vector<SheetRow> rows;
};

// Bounds on what an import may read. A file beyond them is refused before anything is
// parsed (kInvalidArgument, field "file"), never read half.
struct ReadLimits {
  // Size of the uploaded file. Default: 100 MiB (100,000 mediation rows with every column
  // filled are ~53 MiB of CSV, ~21 MiB of .xlsx as Fazhi writes it).
  std::size_t max_file_bytes = 100u << 20;
  // Sum of the uncompressed sizes of the .xlsx parts read. Default: 1 GiB.
  std::size_t max_uncompressed_bytes = 1u << 30;
  // Uncompressed / compressed size of one .xlsx part larger than 1 MiB. Default: 200
  // (spreadsheets compress 5–30 times; a zip bomb compresses thousands of times).
  double max_compression_ratio = 200.0;
  // Rows of the sheet, title and header rows included. Default: 200,000.
  std::int64_t max_rows = 200000;
  // Columns of the sheet. Default: 256.
  int max_columns = 256;
};

enum class FileFormat { kCsv, kXlsx };
std::string_view FileFormatCode(FileFormat f);  // "csv" | "xlsx"
// "csv" | "xlsx" (ASCII case-insensitive), else kInvalidArgument naming `field`.
core::Result<FileFormat> ParseFileFormat(std::string_view code, std::string_view field = "format");
// The MIME type of a download: "text/csv; charset=utf-8" or
// "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".
std::string_view FileFormatContentType(FileFormat f);

core::Result<FileFormat> DetectFileFormat(std::string_view bytes);

// Reads the first worksheet of an .xlsx, or a CSV file, within `limits`.
core::Result<Sheet> ReadSheet(std::string_view bytes, const ReadLimits& limits = {});

// A typed cell to write.
class Cell {
 public:
  enum class Kind { kEmpty, kText, kDate, kMoney, kInteger };

  Cell() = default;
  static Cell Text(std::string text);
  static Cell DateValue(core::Date date);
  static Cell Money(std::int64_t fen);  // shown in 元 with 2 decimals
  static Cell Integer(std::int64_t value);
  // Empty when the optional is empty.
  static Cell OptionalDate(const std::optional<core::Date>& date);

  Kind kind() const { return kind_; }
  const std::string& text() const { return text_; }  // kText
  core::Date date() const { return date_; }          // kDate
  std::int64_t number() const { return number_; }    // kMoney (分) or kInteger
  std::string ToText() const;                        // CSV form, see above

 private:
  Kind kind_ = Kind::kEmpty;
  std::string text_;
  core::Date date_{};
  std::int64_t number_ = 0;
};

// 分 → "1200.50" (always two decimals; negative amounts keep their sign).
std::string FormatFenAsYuan(std::int64_t fen);

}  // namespace fazhi::exchange
