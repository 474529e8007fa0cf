// exchange/sheet.cc — see sheet.h.
#include "exchange/sheet.h"

#include <fmt/format.h>

#include "exchange/csv.h"
#include "exchange/xlsx_reader.h"

namespace fazhi::exchange {

std::string_view FileFormatCode(FileFormat f) { return f == FileFormat::kCsv ? "csv" : "xlsx"; }

core::Result<FileFormat> ParseFileFormat(std::string_view code, std::string_view field) {
  std::string lower;
  for (char ch : code) {
    if (ch == ' ' || ch == '\t') continue;
    lower.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
  }
  if (lower == "csv") return FileFormat::kCsv;
  if (lower == "xlsx") return FileFormat::kXlsx;
  return core::Fail(core::InvalidArgument(
      std::string(field), fmt::format("文件格式“{}”无效，可选值：xlsx、csv", code),
      fmt::format("File format \"{}\" is not valid; allowed: xlsx, csv", code)));
}

std::string_view FileFormatContentType(FileFormat f) {
  return f == FileFormat::kCsv
             ? "text/csv; charset=utf-8"
             : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

core::Result<FileFormat> DetectFileFormat(std::string_view bytes) {
  if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
    return FileFormat::kXlsx;
  }
  if (bytes.size() >= 8 &&
      bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
    return core::Fail(core::InvalidArgument(
        "file",
        "不支持 Excel 97-2003（.xls）格式，请在 Excel 中另存为“Excel 工作簿（.xlsx）”后再导入",
        "Excel 97-2003 (.xls) files are not supported: save the file as an Excel workbook "
        "(.xlsx) and import that"));
  }
  return FileFormat::kCsv;
}

core::Result<Sheet> ReadSheet(std::string_view bytes, const ReadLimits& limits) {
  ASSIGN_OR_RETURN(FileFormat format, DetectFileFormat(bytes));
  if (format == FileFormat::kXlsx) return ReadXlsx(bytes, {}, limits);
  return ReadCsv(bytes, limits);
}

Cell Cell::Text(std::string text) {
  Cell c;
  c.kind_ = text.empty() ? Kind::kEmpty : Kind::kText;
  c.text_ = std::move(text);
  return c;
}

Cell Cell::DateValue(core::Date date) {
  Cell c;
  if (!date.ok()) return c;
  c.kind_ = Kind::kDate;
  c.date_ = date;
  return c;
}

Cell Cell::Money(std::int64_t fen) {
  Cell c;
  c.kind_ = Kind::kMoney;
  c.number_ = fen;
  return c;
}

Cell Cell::Integer(std::int64_t value) {
  Cell c;
  c.kind_ = Kind::kInteger;
  c.number_ = value;
  return c;
}

Cell Cell::OptionalDate(const std::optional<core::Date>& date) {
  return date ? DateValue(*date) : Cell();
}

std::string Cell::ToText() const {
  switch (kind_) {
    case Kind::kEmpty:
      return {};
    case Kind::kText:
      return text_;
    case Kind::kDate:
      return core::FormatDate(date_);
    case Kind::kMoney:
      return FormatFenAsYuan(number_);
    case Kind::kInteger:
      return std::to_string(number_);
  }
  return {};
}

std::string FormatFenAsYuan(std::int64_t fen) {
  bool negative = fen < 0;
  // Work in unsigned so INT64_MIN does not overflow.
  std::uint64_t magnitude =
      negative ? static_cast<std::uint64_t>(-(fen + 1)) + 1u : static_cast<std::uint64_t>(fen);
  return fmt::format("{}{}.{:02}", negative ? "-" : "", magnitude / 100, magnitude % 100);
}

}  // namespace fazhi::exchange
