// exchange/xlsx_writer.h — writes one-sheet .xlsx ledgers (over libxlsxwriter) in the layout a
// county asks for: a title row merged across the columns ("云岭县许明寺镇人民调解案件登记台账
// （2025年）"), a bold, wrapped, bordered header row, frozen below the header with an
// autofilter, set column widths, then one row per record.
//
// Contract:
//  * Cells are typed (exchange::Cell): text is written as text (never a formula, so no
//    injection guard is needed and 18-digit 身份证号 keep every digit); dates are REAL Excel
//    dates shown as "yyyy-mm-dd" (they sort and filter as dates; xlsx_reader turns them back
//    into "YYYY-MM-DD"); money is a number in 元 shown as "#,##0.00"; integers are numbers.
//  * Rows are streamed (libxlsxwriter's constant-memory mode): memory does not grow with the
//    row count. A row with more cells than columns is kInvalidArgument; Excel's own limits
//    (1,048,576 rows, 32,767 characters per cell) are kInvalidArgument naming the row.
//  * Open(layout, path): writes to `path`; Open(layout) writes to a private temporary file
//    (libxlsxwriter 1.1 cannot write to memory) whose bytes Finish() returns and then
//    deletes. Finish() must be called once; a writer destroyed without Finish() leaves no
//    temporary file. I/O failures are kInternal (detail: libxlsxwriter's message) or
//    kInvalidArgument "output" when the path cannot be written.
// Not thread-safe (one writer per file).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "exchange/sheet.h"

namespace fazhi::exchange {

struct XlsxColumn {
  std::string header;
  double width = 12;  // Excel column width (≈ Latin characters; a Chinese character is ~2)
};

struct XlsxLayout {
  std::string sheet_name;  // at most 31 characters; none of []:*?/\ (default "Sheet1")
  std::string title;       // row 1, merged across the columns; empty: no title row
  std::vector<XlsxColumn> columns;
};

class XlsxWriter {
 public:
  static core::Result<std::unique_ptr<XlsxWriter>> Open(const XlsxLayout& layout,
                                                        std::string path = {});
  ~XlsxWriter();
  XlsxWriter(const XlsxWriter&) = delete;
  XlsxWriter& operator=(const XlsxWriter&) = delete;

  core::Status AddRow(const std::vector<Cell>& cells);
  std::int64_t rows() const;  // data rows added so far
  // Closes the workbook; the file's bytes when writing to memory, else an empty string.
  core::Result<std::string> Finish();

  struct Impl;

 private:
  explicit XlsxWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The whole sheet in one call: Open(layout) + AddRow for each row + Finish().
core::Result<std::string> WriteXlsx(const XlsxLayout& layout,
                                    const std::vector<std::vector<Cell>>& rows);

}  // namespace fazhi::exchange
