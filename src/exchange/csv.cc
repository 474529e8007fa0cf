// exchange/csv.cc — see csv.h.
#include "exchange/csv.h"

#include <fmt/format.h>

#include <algorithm>

namespace fazhi::exchange {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

core::Error FileError(std::string zh, std::string en) {
  return core::InvalidArgument("file", std::move(zh), std::move(en));
}

bool IsFormulaTrigger(char ch) {
  return ch == '=' || ch == '+' || ch == '-' || ch == '@' || ch == '\t' || ch == '\r';
}

std::string UndoGuard(std::string cell) {
  if (cell.size() >= 2 && cell[0] == '\'' && IsFormulaTrigger(cell[1])) cell.erase(0, 1);
  return cell;
}

bool RowIsBlank(const std::vector<std::string>& cells) {
  return std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return c.empty(); });
}

}  // namespace

std::size_t FirstInvalidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned int min = 0;
    unsigned int cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2, min = 0x80, cp = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3, min = 0x800, cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4, min = 0x10000, cp = c & 0x07u;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      unsigned char cc = s[i + k];
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::string_view::npos;
}

core::Result<Sheet> ReadCsv(std::string_view bytes, const ReadLimits& limits) {
  if (bytes.size() > limits.max_file_bytes) {
    return core::Fail(FileError(
        fmt::format("文件过大（{:.1f} MB），单次导入不能超过 {} MB，请分批导入",
                    static_cast<double>(bytes.size()) / 1048576.0, limits.max_file_bytes >> 20),
        fmt::format("The file is too large ({:.1f} MB); at most {} MB per import, split it",
                    static_cast<double>(bytes.size()) / 1048576.0, limits.max_file_bytes >> 20)));
  }
  if (bytes.size() >= 2 &&
      ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    return core::Fail(FileError(
        "文件是 UTF-16（Unicode 文本）编码，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx "
        "后再导入",
        "The file is UTF-16 (Unicode text): save it as \"CSV UTF-8 (comma delimited)\" or .xlsx "
        "and import that"));
  }
  if (bytes.substr(0, kBom.size()) == kBom) bytes.remove_prefix(kBom.size());
  if (std::size_t bad = FirstInvalidUtf8(bytes); bad != std::string_view::npos) {
    auto line =
        1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(bad), '\n');
    return core::Fail(FileError(
        fmt::format("文件不是 UTF-8 编码（第 {} 行起），请在 Excel 中另存为“CSV UTF-8（逗号分隔）”"
                    "或 .xlsx 后再导入（Excel 默认的 CSV 为 GBK 编码，直接导入会成乱码）",
                    line),
        fmt::format("The file is not UTF-8 (from line {}): save it in Excel as \"CSV UTF-8 "
                    "(comma delimited)\" or .xlsx (Excel's default CSV on Chinese Windows is "
                    "GBK and would import as garbage)",
                    line)));
  }

  Sheet sheet;
  std::vector<std::string> cells;
  std::string field;
  std::int64_t row = 1;
  std::int64_t quote_row = 0;  // the row where an open quote started
  bool in_quotes = false;
  bool field_started_quoted = false;
  bool any_in_record = false;  // the record has a delimiter or a character

  auto end_field = [&]() -> core::Status {
    cells.push_back(UndoGuard(std::move(field)));
    field.clear();
    field_started_quoted = false;
    if (static_cast<int>(cells.size()) > limits.max_columns) {
      return core::Fail(FileError(
          fmt::format("第 {} 行的列数超过 {} 列，请检查文件是否为逗号分隔的台账", row,
                      limits.max_columns),
          fmt::format("Row {} has more than {} columns; is this a comma-separated ledger?", row,
                      limits.max_columns)));
    }
    return core::Ok();
  };
  auto end_record = [&]() -> core::Status {
    RETURN_IF_ERROR(end_field());
    if (!(cells.size() == 1 && cells[0].empty() && !any_in_record) && !RowIsBlank(cells)) {
      sheet.rows.push_back({row, std::move(cells)});
    }
    cells.clear();
    any_in_record = false;
    ++row;
    if (row - 1 > limits.max_rows) {
      return core::Fail(FileError(
          fmt::format("文件超过 {} 行，请分批导入", limits.max_rows),
          fmt::format("The file has more than {} rows; import it in parts", limits.max_rows)));
    }
    return core::Ok();
  };

  const std::size_t n = bytes.size();
  for (std::size_t i = 0; i < n; ++i) {
    char ch = bytes[i];
    if (in_quotes) {
      if (ch == '"') {
        if (i + 1 < n && bytes[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          in_quotes = false;
        }
      } else if (ch == '\r') {
        if (i + 1 < n && bytes[i + 1] == '\n') ++i;
        field.push_back('\n');
      } else {
        field.push_back(ch);
      }
      continue;
    }
    switch (ch) {
      case '"':
        if (field.empty() && !field_started_quoted) {
          in_quotes = true;
          field_started_quoted = true;
          quote_row = row;
        } else {
          field.push_back(ch);
        }
        any_in_record = true;
        break;
      case ',':
        any_in_record = true;
        RETURN_IF_ERROR(end_field());
        break;
      case '\r':
        if (i + 1 < n && bytes[i + 1] == '\n') ++i;
        RETURN_IF_ERROR(end_record());
        break;
      case '\n':
        RETURN_IF_ERROR(end_record());
        break;
      default:
        field.push_back(ch);
        any_in_record = true;
    }
  }
  if (in_quotes) {
    return core::Fail(FileError(
        fmt::format("第 {} 行的引号没有闭合（以英文双引号开始的内容须以双引号结束）", quote_row),
        fmt::format("Row {}: a quoted field is never closed", quote_row)));
  }
  if (any_in_record || !field.empty() || field_started_quoted) RETURN_IF_ERROR(end_record());
  return sheet;
}

std::string CsvField(std::string_view cell) {
  std::string text;
  if (!cell.empty() && IsFormulaTrigger(cell.front())) text.push_back('\'');
  text.append(cell);
  bool quote = text.find_first_of(",\"\r\n") != std::string::npos ||
               (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) return text;
  std::string out = "\"";
  for (char ch : text) {
    if (ch == '"') out.push_back('"');
    out.push_back(ch);
  }
  out.push_back('"');
  return out;
}

CsvWriter::CsvWriter(bool with_bom) {
  if (with_bom) out_.append(kBom);
}

void CsvWriter::AddRow(const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out_.push_back(',');
    out_.append(CsvField(cells[i]));
  }
  out_.append("\r\n");
  ++rows_;
}

void CsvWriter::AddRow(const std::vector<Cell>& cells) {
  std::vector<std::string> text;
  text.reserve(cells.size());
  for (const Cell& c : cells) text.push_back(c.ToText());
  AddRow(text);
}

std::string CsvWriter::Take() {
  std::string out = std::move(out_);
  out_.clear();
  return out;
}

}  // namespace fazhi::exchange
