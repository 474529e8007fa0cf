// exchange/xlsx_writer.cc — see xlsx_writer.h.
#include "exchange/xlsx_writer.h"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

namespace fazhi::exchange {

namespace {

constexpr std::size_t kMaxCellChars = 32767;
constexpr std::int64_t kMaxExcelRows = 1048576;

core::Error LibraryError(std::string_view what, lxw_error err) {
  core::Error e = core::Internal(fmt::format("libxlsxwriter {}: {}", what, lxw_strerror(err)));
  e.message = "生成 Excel 文件失败";
  e.message_en = "Could not write the Excel file";
  return e;
}

// A fresh private directory under the system temporary directory (honours TMPDIR).
core::Result<std::filesystem::path> MakeTempDir() {
  std::error_code ec;
  std::filesystem::path base = std::filesystem::temp_directory_path(ec);
  if (ec) return core::Fail(core::Internal("no temporary directory: " + ec.message()));
  std::string pattern = (base / "fazhi-xlsx-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    return core::Fail(core::Internal("mkdtemp failed in " + base.string()));
  }
  return std::filesystem::path(pattern);
}

std::size_t Utf8Length(std::string_view s) {
  std::size_t n = 0;
  for (char ch : s) {
    if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace

struct XlsxWriter::Impl {
  lxw_workbook* workbook = nullptr;
  lxw_worksheet* sheet = nullptr;
  lxw_format* text = nullptr;
  lxw_format* date = nullptr;
  lxw_format* money = nullptr;
  lxw_format* integer = nullptr;
  std::filesystem::path temp_dir;  // libxlsxwriter's scratch files (and the file in memory mode)
  std::string path;
  bool to_memory = false;
  std::string tmpdir_option;  // must outlive the workbook
  std::size_t columns = 0;
  lxw_row_t first_data_row = 0;
  lxw_row_t next_row = 0;
  std::int64_t rows = 0;
  bool finished = false;

  ~Impl() {
    if (workbook != nullptr) {
      // Never finished: close to release libxlsxwriter's memory and scratch files, and
      // remove the half-written output.
      workbook_close(workbook);
      workbook = nullptr;
      std::error_code ec;
      std::filesystem::remove(path, ec);
    }
    if (!temp_dir.empty()) {
      std::error_code ec;
      std::filesystem::remove_all(temp_dir, ec);
    }
  }
};

XlsxWriter::XlsxWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
XlsxWriter::~XlsxWriter() = default;

std::int64_t XlsxWriter::rows() const { return impl_->rows; }

core::Result<std::unique_ptr<XlsxWriter>> XlsxWriter::Open(const XlsxLayout& layout,
                                                           std::string path) {
  if (layout.columns.empty()) {
    return core::Fail(
        core::InvalidArgument("columns", "表格至少需要一列", "A sheet needs at least one column"));
  }
  auto impl = std::make_unique<Impl>();
  if (path.empty()) {
    ASSIGN_OR_RETURN(impl->temp_dir, MakeTempDir());
    impl->path = (impl->temp_dir / "ledger.xlsx").string();
    impl->tmpdir_option = impl->temp_dir.string();
    impl->to_memory = true;
  } else {
    impl->path = std::move(path);
    std::error_code ec;
    auto dir = std::filesystem::path(impl->path).parent_path();
    if (!dir.empty() && !std::filesystem::is_directory(dir, ec)) {
      return core::Fail(core::InvalidArgument(
          "output", fmt::format("输出目录不存在：{}", dir.string()),
          fmt::format("The output directory does not exist: {}", dir.string())));
    }
    ASSIGN_OR_RETURN(impl->temp_dir, MakeTempDir());  // libxlsxwriter's scratch files only
    impl->tmpdir_option = impl->temp_dir.string();
  }
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = impl->tmpdir_option.data();
  options.use_zip64 = LXW_TRUE;
  impl->workbook = workbook_new_opt(impl->path.c_str(), &options);
  if (impl->workbook == nullptr) {
    return core::Fail(core::Internal("workbook_new_opt failed for " + impl->path));
  }
  std::string sheet_name = layout.sheet_name.empty() ? "Sheet1" : layout.sheet_name;
  impl->sheet = workbook_add_worksheet(impl->workbook, sheet_name.c_str());
  if (impl->sheet == nullptr) {
    return core::Fail(core::InvalidArgument(
        "sheetName",
        fmt::format("工作表名称“{}”无效（最多 31 个字符，不能含 []:*?/\\）", sheet_name),
        fmt::format("Invalid sheet name \"{}\" (at most 31 characters, none of []:*?/\\)",
                    sheet_name)));
  }
  lxw_workbook* wb = impl->workbook;
  lxw_worksheet* ws = impl->sheet;
  impl->columns = layout.columns.size();
  const auto last_col = static_cast<lxw_col_t>(layout.columns.size() - 1);

  lxw_format* title = workbook_add_format(wb);
  format_set_bold(title);
  format_set_font_size(title, 16);
  format_set_align(title, LXW_ALIGN_CENTER);
  format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
  lxw_format* header = workbook_add_format(wb);
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_CENTER);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_pattern(header, LXW_PATTERN_SOLID);
  format_set_bg_color(header, 0xDDEBF7);
  impl->text = workbook_add_format(wb);
  format_set_num_format(impl->text, "@");  // typed-in numbers stay text (身份证号)
  format_set_align(impl->text, LXW_ALIGN_VERTICAL_CENTER);
  impl->date = workbook_add_format(wb);
  format_set_num_format(impl->date, "yyyy-mm-dd");
  format_set_align(impl->date, LXW_ALIGN_VERTICAL_CENTER);
  impl->money = workbook_add_format(wb);
  format_set_num_format(impl->money, "#,##0.00");
  format_set_align(impl->money, LXW_ALIGN_VERTICAL_CENTER);
  impl->integer = workbook_add_format(wb);
  format_set_num_format(impl->integer, "0");
  format_set_align(impl->integer, LXW_ALIGN_VERTICAL_CENTER);

  for (std::size_t i = 0; i < layout.columns.size(); ++i) {
    auto col = static_cast<lxw_col_t>(i);
    lxw_error err = worksheet_set_column(ws, col, col, layout.columns[i].width, nullptr);
    if (err != LXW_NO_ERROR) return core::Fail(LibraryError("set_column", err));
  }
  lxw_row_t row = 0;
  if (!layout.title.empty()) {
    worksheet_set_row(ws, row, 32, nullptr);
    lxw_error err = last_col == 0 ? worksheet_write_string(ws, row, 0, layout.title.c_str(), title)
                                  : worksheet_merge_range(ws, row, 0, row, last_col,
                                                          layout.title.c_str(), title);
    if (err != LXW_NO_ERROR) return core::Fail(LibraryError("title", err));
    ++row;
  }
  worksheet_set_row(ws, row, 36, nullptr);
  for (std::size_t i = 0; i < layout.columns.size(); ++i) {
    lxw_error err = worksheet_write_string(ws, row, static_cast<lxw_col_t>(i),
                                           layout.columns[i].header.c_str(), header);
    if (err != LXW_NO_ERROR) return core::Fail(LibraryError("header", err));
  }
  ++row;
  worksheet_freeze_panes(ws, row, 0);
  impl->first_data_row = row;
  impl->next_row = row;
  return std::unique_ptr<XlsxWriter>(new XlsxWriter(std::move(impl)));
}

core::Status XlsxWriter::AddRow(const std::vector<Cell>& cells) {
  Impl& m = *impl_;
  if (m.finished) return core::Fail(core::Internal("XlsxWriter::AddRow after Finish"));
  if (cells.size() > m.columns) {
    return core::Fail(
        core::Internal(fmt::format("row has {} cells for {} columns", cells.size(), m.columns)));
  }
  if (static_cast<std::int64_t>(m.next_row) >= kMaxExcelRows) {
    return core::Fail(core::InvalidArgument(
        "rows", fmt::format("超过 Excel 的最大行数 {}，请缩小导出范围", kMaxExcelRows),
        fmt::format("More than Excel's {} rows: narrow the export", kMaxExcelRows)));
  }
  const lxw_row_t row = m.next_row;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const Cell& c = cells[i];
    const auto col = static_cast<lxw_col_t>(i);
    lxw_error err = LXW_NO_ERROR;
    switch (c.kind()) {
      case Cell::Kind::kEmpty:
        break;
      case Cell::Kind::kText:
        if (Utf8Length(c.text()) > kMaxCellChars) {
          return core::Fail(core::InvalidArgument(
              "rows",
              fmt::format("第 {} 行第 {} 列超过 Excel 单元格的 {} 字上限", row + 1, i + 1,
                          kMaxCellChars),
              fmt::format("Row {}, column {} exceeds Excel's {} characters per cell", row + 1,
                          i + 1, kMaxCellChars)));
        }
        err = worksheet_write_string(m.sheet, row, col, c.text().c_str(), m.text);
        break;
      case Cell::Kind::kDate: {
        lxw_datetime dt{};
        dt.year = static_cast<int>(c.date().year());
        dt.month = static_cast<int>(static_cast<unsigned>(c.date().month()));
        dt.day = static_cast<int>(static_cast<unsigned>(c.date().day()));
        err = worksheet_write_datetime(m.sheet, row, col, &dt, m.date);
        break;
      }
      case Cell::Kind::kMoney:
        err = worksheet_write_number(m.sheet, row, col, static_cast<double>(c.number()) / 100.0,
                                     m.money);
        break;
      case Cell::Kind::kInteger:
        err = worksheet_write_number(m.sheet, row, col, static_cast<double>(c.number()), m.integer);
        break;
    }
    if (err != LXW_NO_ERROR) return core::Fail(LibraryError("write", err));
  }
  ++m.next_row;
  ++m.rows;
  return core::Ok();
}

core::Result<std::string> XlsxWriter::Finish() {
  Impl& m = *impl_;
  if (m.finished) return core::Fail(core::Internal("XlsxWriter::Finish called twice"));
  m.finished = true;
  const auto last_col = static_cast<lxw_col_t>(m.columns - 1);
  const lxw_row_t header_row = m.first_data_row - 1;
  const lxw_row_t last_row = m.next_row > m.first_data_row ? m.next_row - 1 : header_row;
  worksheet_autofilter(m.sheet, header_row, 0, last_row, last_col);
  lxw_error err = workbook_close(m.workbook);
  m.workbook = nullptr;
  if (err != LXW_NO_ERROR) {
    if (err == LXW_ERROR_CREATING_XLSX_FILE) {
      return core::Fail(core::InvalidArgument("output", fmt::format("无法写入文件：{}", m.path),
                                              fmt::format("Cannot write the file: {}", m.path)));
    }
    return core::Fail(LibraryError("close", err));
  }
  if (!m.to_memory) return std::string();
  std::ifstream in(m.path, std::ios::binary);
  if (!in) return core::Fail(core::Internal("cannot read back " + m.path));
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return bytes;
}

core::Result<std::string> WriteXlsx(const XlsxLayout& layout,
                                    const std::vector<std::vector<Cell>>& rows) {
  ASSIGN_OR_RETURN(auto writer, XlsxWriter::Open(layout));
  for (const auto& row : rows) RETURN_IF_ERROR(writer->AddRow(row));
  return writer->Finish();
}

}  // namespace fazhi::exchange
