// exchange/csv.h — CSV files in and out (RFC 4180, comma-separated, UTF-8).
//
// Contract, reading (ReadCsv):
//  * Accepts UTF-8 with or without a BOM, CRLF, LF or CR line ends, quoted fields containing
//    commas, line breaks (kept as "\n") and doubled quotes. Lenient where Excel is: a quote
//    inside an unquoted field is kept as text, text after a closing quote is appended.
//  * Bytes that are not UTF-8 (Excel on Chinese Windows saves "CSV" in GBK/GB18030) are
//    refused, never imported as garbage: kInvalidArgument, field "file", naming the row and
//    telling the user to save as "CSV UTF-8". A UTF-16 file (Excel's "Unicode text") is
//    refused the same way. An unterminated quote names the row where it opened.
//  * Rows are numbered as Excel numbers them (one per record; a blank line is a row too,
//    but is not returned). Bounds: ReadLimits (file size, rows, columns) → kInvalidArgument
//    "file".
//  * The writer's formula guard is undone: a cell "'=…", "'+…", "'-…", "'@…" reads as "=…".
//
// Contract, writing (CsvWriter):
//  * UTF-8 with a BOM (so Excel shows Chinese correctly), CRLF line ends, a field quoted when
//    it contains a comma, quote, CR or LF or starts/ends with a space.
//  * CSV injection guard (OWASP): a cell starting with = + - @ TAB or CR is written with a
//    leading apostrophe, so a spreadsheet never runs it as a formula.
// Pure functions / a plain builder; thread-compatible.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "exchange/sheet.h"

namespace fazhi::exchange {

core::Result<Sheet> ReadCsv(std::string_view bytes, const ReadLimits& limits = {});

// One field as written: formula guard, then quoting when needed.
std::string CsvField(std::string_view cell);

class CsvWriter {
 public:
  // Starts the output with the UTF-8 BOM unless with_bom is false.
  explicit CsvWriter(bool with_bom = true);
  void AddRow(const std::vector<std::string>& cells);
  void AddRow(const std::vector<Cell>& cells);  // Cell::ToText() of each
  std::int64_t rows() const { return rows_; }
  // The bytes written so far; the writer is empty afterwards.
  std::string Take();

 private:
  std::string out_;
  std::int64_t rows_ = 0;
};

// Offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF), or npos when all of `text` is UTF-8.
std::size_t FirstInvalidUtf8(std::string_view text);

}  // namespace fazhi::exchange
