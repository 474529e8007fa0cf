// exchange/xlsx_reader.cc — see xlsx_reader.h.
//
// The worksheet and shared-string parts of a 100,000-row ledger are ~100 MB of XML; a DOM of
// that would take several times as much memory. So the big parts are scanned for their
// <row> / <si> elements and each element is parsed on its own with pugixml; only the small
// parts (workbook, relationships, styles) are parsed whole.
#include "exchange/xlsx_reader.h"

#include <fmt/format.h>
#include <zip.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <pugixml.hpp>

namespace fazhi::exchange {
namespace {

constexpr int kMaxExcelColumns = 16384;  // XFD
constexpr unsigned kParseFlags = pugi::parse_default | pugi::parse_ws_pcdata;

core::Error FileError(std::string zh, std::string en) {
  return core::InvalidArgument("file", std::move(zh), std::move(en));
}

core::Error NotWorkbook(std::string_view why_en) {
  core::Error e = FileError(
      "文件不是有效的 .xlsx 工作簿（可能已损坏，或是其他格式改了扩展名），请在 Excel "
      "中另存为“Excel 工作簿（.xlsx）”后再导入",
      "The file is not a valid .xlsx workbook (damaged, or another format renamed): save it "
      "from Excel as an Excel workbook (.xlsx) and import that");
  e.detail = std::string(why_en);
  return e;
}

core::Error BrokenXml(std::string_view part, const pugi::xml_parse_result& r) {
  core::Error e = FileError(
      fmt::format("工作簿内容已损坏（{} 的 XML 格式错误），请在 Excel 中重新另存后再导入", part),
      fmt::format("The workbook is damaged (bad XML in {}): save it again from Excel", part));
  e.detail = fmt::format("{} at offset {}", r.description(), r.offset);
  return e;
}

std::string_view LocalName(const char* qualified) {
  std::string_view name(qualified);
  auto colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node Child(pugi::xml_node node, std::string_view local) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element && LocalName(c.name()) == local) return c;
  }
  return {};
}

const char* Attr(pugi::xml_node node, std::string_view local) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    if (LocalName(a.name()) == local) return a.value();
  }
  return "";
}

// "_x000D_" → CR etc. (ECMA-376 escapes of characters XML cannot hold); "_x005F_" is '_'.
std::string DecodeOoxmlEscapes(std::string text) {
  if (text.find("_x") == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
      bool hex = true;
      unsigned value = 0;
      for (std::size_t k = i + 2; k < i + 6; ++k) {
        char ch = text[k];
        unsigned digit = 0;
        if (ch >= '0' && ch <= '9') {
          digit = static_cast<unsigned>(ch - '0');
        } else if (ch >= 'a' && ch <= 'f') {
          digit = static_cast<unsigned>(ch - 'a' + 10);
        } else if (ch >= 'A' && ch <= 'F') {
          digit = static_cast<unsigned>(ch - 'A' + 10);
        } else {
          hex = false;
          break;
        }
        value = value * 16 + digit;
      }
      if (hex && value < 0x80) {
        out.push_back(static_cast<char>(value));
        i += 6;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

// The text of a <si> or <is>: its <t>, or the <t> of each rich-text run <r>; not <rPh>.
std::string StringItemText(pugi::xml_node item) {
  std::string text;
  for (pugi::xml_node c = item.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view name = LocalName(c.name());
    if (name == "t") {
      text += c.text().get();
    } else if (name == "r") {
      if (pugi::xml_node t = Child(c, "t")) text += t.text().get();
    }
  }
  return DecodeOoxmlEscapes(std::move(text));
}

// Calls fn(fragment) for every element <[prefix:]name …>…</[prefix:]name> or <[prefix:]name …/>
// in `xml` (elements of that name must not nest, true of <row>, <si> and <mergeCell>).
template <class Fn>
core::Status ForEachElement(std::string_view xml, std::string_view part, std::string_view name,
                            Fn&& fn) {
  const std::size_t n = xml.size();
  std::size_t pos = 0;
  std::string close;
  while (true) {
    std::size_t lt = xml.find('<', pos);
    if (lt == std::string_view::npos) return core::Ok();
    std::size_t p = lt + 1;
    if (p >= n) return core::Ok();
    if (xml[p] == '/' || xml[p] == '?' || xml[p] == '!') {
      pos = p;
      continue;
    }
    std::size_t name_end = p;
    while (name_end < n && xml[name_end] != ' ' && xml[name_end] != '>' && xml[name_end] != '/' &&
           xml[name_end] != '\t' && xml[name_end] != '\n' && xml[name_end] != '\r') {
      ++name_end;
    }
    std::string_view qname = xml.substr(p, name_end - p);
    std::string_view local = qname;
    if (auto colon = qname.rfind(':'); colon != std::string_view::npos)
      local = qname.substr(colon + 1);
    if (local != name) {
      pos = name_end;
      continue;
    }
    std::size_t q = name_end;
    char quote = 0;
    for (; q < n; ++q) {
      char ch = xml[q];
      if (quote != 0) {
        if (ch == quote) quote = 0;
      } else if (ch == '"' || ch == '\'') {
        quote = ch;
      } else if (ch == '>') {
        break;
      }
    }
    if (q >= n) return core::Fail(BrokenXml(part, pugi::xml_parse_result()));
    std::size_t end = 0;
    if (xml[q - 1] == '/') {
      end = q + 1;
    } else {
      close.assign("</").append(qname).append(">");
      std::size_t c = xml.find(close, q);
      if (c == std::string_view::npos) return core::Fail(BrokenXml(part, pugi::xml_parse_result()));
      end = c + close.size();
    }
    RETURN_IF_ERROR(fn(xml.substr(lt, end - lt)));
    pos = end;
  }
}

// "xl/worksheets/../sharedStrings.xml" → "xl/sharedStrings.xml".
std::string NormalizePath(std::string_view path) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    std::string_view part = path.substr(start, slash - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.emplace_back(part);
    }
    start = slash + 1;
  }
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out.push_back('/');
    out += part;
  }
  return out;
}

// A relationship target relative to the part in `base_dir` ("xl"), or absolute ("/xl/…").
std::string ResolveTarget(std::string_view base_dir, std::string_view target) {
  if (!target.empty() && target.front() == '/') return NormalizePath(target.substr(1));
  return NormalizePath(std::string(base_dir) + "/" + std::string(target));
}

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

class Package {
 public:
  Package(std::unique_ptr<zip_t, ZipCloser> zip, const ReadLimits& limits)
      : zip_(std::move(zip)), limits_(limits) {}

  static core::Result<Package> Open(std::string_view bytes, const ReadLimits& limits) {
    if (bytes.size() > limits.max_file_bytes) {
      double mb = static_cast<double>(bytes.size()) / 1048576.0;
      return core::Fail(FileError(
          fmt::format("文件过大（{:.1f} MB），单次导入不能超过 {} MB，请分批导入", mb,
                      limits.max_file_bytes >> 20),
          fmt::format("The file is too large ({:.1f} MB); at most {} MB per import, split it", mb,
                      limits.max_file_bytes >> 20)));
    }
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) {
      std::string why = zip_error_strerror(&error);
      zip_error_fini(&error);
      return core::Fail(NotWorkbook(why));
    }
    zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (zip == nullptr) {
      std::string why = zip_error_strerror(&error);
      zip_source_free(source);
      zip_error_fini(&error);
      return core::Fail(NotWorkbook(why));
    }
    zip_error_fini(&error);
    return Package(std::unique_ptr<zip_t, ZipCloser>(zip), limits);
  }

  // The part's bytes; nullopt when the package has no such part.
  core::Result<std::optional<std::string>> Read(const std::string& path) {
    zip_int64_t index = zip_name_locate(zip_.get(), path.c_str(), ZIP_FL_NOCASE);
    if (index < 0) return std::optional<std::string>();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(index), 0, &st) != 0 ||
        (st.valid & ZIP_STAT_SIZE) == 0 || (st.valid & ZIP_STAT_COMP_SIZE) == 0) {
      return core::Fail(NotWorkbook("cannot stat " + path));
    }
    std::size_t remaining =
        limits_.max_uncompressed_bytes - std::min(total_, limits_.max_uncompressed_bytes);
    bool bomb = st.size > 1048576 && st.comp_size > 0 &&
                static_cast<double>(st.size) / static_cast<double>(st.comp_size) >
                    limits_.max_compression_ratio;
    if (st.size > remaining || bomb) return core::Fail(TooBig(path, st.size));
    std::unique_ptr<zip_file_t, ZipFileCloser> file(
        zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0));
    if (!file) return core::Fail(NotWorkbook("cannot open " + path));
    std::string data;
    data.resize(static_cast<std::size_t>(st.size) + 1);
    std::size_t got = 0;
    while (got < data.size()) {
      zip_int64_t r = zip_fread(file.get(), data.data() + got, data.size() - got);
      if (r < 0) return core::Fail(NotWorkbook("cannot inflate " + path));
      if (r == 0) break;
      got += static_cast<std::size_t>(r);
    }
    if (got > st.size) return core::Fail(TooBig(path, got));  // the header lied
    data.resize(got);
    total_ += got;
    return std::optional<std::string>(std::move(data));
  }

 private:
  static core::Error TooBig(const std::string& path, std::uint64_t size) {
    double mb = static_cast<double>(size) / 1048576.0;
    return FileError(
        fmt::format(
            "文件解压后过大（{} 约 {:.0f} MB），疑似压缩炸弹或超过单次导入的数据量上限，已拒绝",
            path, mb),
        fmt::format("The file expands too much ({} is about {:.0f} MB uncompressed): refused as "
                    "a possible zip bomb or more than one import may hold",
                    path, mb));
  }

  std::unique_ptr<zip_t, ZipCloser> zip_;
  ReadLimits limits_;
  std::size_t total_ = 0;
};

core::Result<pugi::xml_document> ParsePart(Package& pkg, const std::string& path, bool required) {
  ASSIGN_OR_RETURN(auto data, pkg.Read(path));
  pugi::xml_document doc;
  if (!data) {
    if (required) return core::Fail(NotWorkbook("missing part " + path));
    return doc;
  }
  pugi::xml_parse_result r =
      doc.load_buffer(data->data(), data->size(), kParseFlags, pugi::encoding_utf8);
  if (!r) return core::Fail(BrokenXml(path, r));
  return doc;
}

struct Relationship {
  std::string type;    // the last segment of the Type URI: "worksheet", "sharedStrings", …
  std::string target;  // resolved package path
};

// The relationships of the part `part_path` ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels").
core::Result<std::map<std::string, Relationship>> ReadRelationships(Package& pkg,
                                                                    const std::string& part_path) {
  std::string dir;
  std::string file = part_path;
  if (auto slash = part_path.rfind('/'); slash != std::string::npos) {
    dir = part_path.substr(0, slash);
    file = part_path.substr(slash + 1);
  }
  std::string rels_path = (dir.empty() ? "" : dir + "/") + "_rels/" + file + ".rels";
  ASSIGN_OR_RETURN(pugi::xml_document doc, ParsePart(pkg, rels_path, false));
  std::map<std::string, Relationship> rels;
  pugi::xml_node root = doc.document_element();
  for (pugi::xml_node r = root.first_child(); r; r = r.next_sibling()) {
    if (r.type() != pugi::node_element || LocalName(r.name()) != "Relationship") continue;
    std::string type = Attr(r, "Type");
    if (auto slash = type.rfind('/'); slash != std::string::npos) type = type.substr(slash + 1);
    if (std::string_view(Attr(r, "TargetMode")) == "External") continue;
    rels[Attr(r, "Id")] = {type, ResolveTarget(dir, Attr(r, "Target"))};
  }
  return rels;
}

struct Workbook {
  std::string path;  // "xl/workbook.xml"
  bool date1904 = false;
  std::vector<std::pair<std::string, std::string>> sheets;  // name, part path
  std::string shared_strings_path;
  std::string styles_path;
};

core::Result<Workbook> ReadWorkbook(Package& pkg) {
  Workbook wb;
  ASSIGN_OR_RETURN(auto root_rels, ReadRelationships(pkg, ""));
  for (const auto& [id, rel] : root_rels) {
    if (rel.type == "officeDocument") wb.path = rel.target;
  }
  if (wb.path.empty()) wb.path = "xl/workbook.xml";
  ASSIGN_OR_RETURN(pugi::xml_document doc, ParsePart(pkg, wb.path, true));
  ASSIGN_OR_RETURN(auto rels, ReadRelationships(pkg, wb.path));
  pugi::xml_node root = doc.document_element();
  if (pugi::xml_node pr = Child(root, "workbookPr")) {
    std::string_view v = Attr(pr, "date1904");
    wb.date1904 = v == "1" || v == "true";
  }
  if (pugi::xml_node sheets = Child(root, "sheets")) {
    for (pugi::xml_node s = sheets.first_child(); s; s = s.next_sibling()) {
      if (s.type() != pugi::node_element || LocalName(s.name()) != "sheet") continue;
      auto rel = rels.find(Attr(s, "id"));
      if (rel == rels.end() || rel->second.type != "worksheet") continue;  // chartsheets etc.
      wb.sheets.emplace_back(Attr(s, "name"), rel->second.target);
    }
  }
  for (const auto& [id, rel] : rels) {
    if (rel.type == "sharedStrings") wb.shared_strings_path = rel.target;
    if (rel.type == "styles") wb.styles_path = rel.target;
  }
  if (wb.sheets.empty()) {
    return core::Fail(FileError("工作簿中没有工作表", "The workbook has no worksheet"));
  }
  return wb;
}

// Per cell style index (cellXfs order): whether it shows a date.
core::Result<std::vector<bool>> ReadDateStyles(Package& pkg, const std::string& path) {
  std::vector<bool> is_date;
  if (path.empty()) return is_date;
  ASSIGN_OR_RETURN(pugi::xml_document doc, ParsePart(pkg, path, false));
  pugi::xml_node root = doc.document_element();
  std::map<int, std::string> custom;
  if (pugi::xml_node fmts = Child(root, "numFmts")) {
    for (pugi::xml_node f = fmts.first_child(); f; f = f.next_sibling()) {
      if (f.type() != pugi::node_element) continue;
      custom[std::atoi(Attr(f, "numFmtId"))] = Attr(f, "formatCode");
    }
  }
  if (pugi::xml_node xfs = Child(root, "cellXfs")) {
    for (pugi::xml_node xf = xfs.first_child(); xf; xf = xf.next_sibling()) {
      if (xf.type() != pugi::node_element || LocalName(xf.name()) != "xf") continue;
      int id = std::atoi(Attr(xf, "numFmtId"));
      auto it = custom.find(id);
      is_date.push_back(IsDateNumberFormat(id, it == custom.end() ? "" : it->second));
    }
  }
  return is_date;
}

core::Result<std::vector<std::string>> ReadSharedStrings(Package& pkg, const std::string& path) {
  std::vector<std::string> strings;
  if (path.empty()) return strings;
  ASSIGN_OR_RETURN(auto data, pkg.Read(path));
  if (!data) return strings;
  pugi::xml_document doc;
  RETURN_IF_ERROR(ForEachElement(*data, path, "si", [&](std::string_view frag) -> core::Status {
    pugi::xml_parse_result r =
        doc.load_buffer(frag.data(), frag.size(), kParseFlags, pugi::encoding_utf8);
    if (!r) return core::Fail(BrokenXml(path, r));
    strings.push_back(StringItemText(doc.document_element()));
    return core::Ok();
  }));
  return strings;
}

// "C7" → {row 7, column 2}; nullopt when malformed.
struct CellRef {
  std::int64_t row = 0;
  int column = 0;
};
std::optional<CellRef> ParseCellRef(std::string_view ref) {
  std::size_t i = 0;
  while (i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z')))
    ++i;
  auto column = ColumnIndex(ref.substr(0, i));
  if (!column || i == ref.size()) return std::nullopt;
  std::int64_t row = 0;
  for (std::size_t k = i; k < ref.size(); ++k) {
    if (ref[k] < '0' || ref[k] > '9' || row > 100000000) return std::nullopt;
    row = row * 10 + (ref[k] - '0');
  }
  if (row < 1) return std::nullopt;
  return CellRef{row, *column};
}

std::string NumberCellText(std::string_view raw, bool date_style, bool date1904) {
  if (!date_style || raw.empty()) return std::string(raw);
  std::string copy(raw);
  char* end = nullptr;
  double serial = std::strtod(copy.c_str(), &end);
  if (end == copy.c_str() || *end != '\0') return copy;
  auto date = ExcelSerialToDate(serial, date1904);
  return date ? core::FormatDate(*date) : copy;
}

core::Error TooManyRows(const ReadLimits& limits) {
  return FileError(
      fmt::format("工作表超过 {} 行，请分批导入", limits.max_rows),
      fmt::format("The sheet has more than {} rows; import it in parts", limits.max_rows));
}

core::Result<Sheet> ReadWorksheet(Package& pkg, const Workbook& wb, const std::string& name,
                                  const std::string& path, const ReadLimits& limits) {
  ASSIGN_OR_RETURN(std::vector<bool> date_styles, ReadDateStyles(pkg, wb.styles_path));
  ASSIGN_OR_RETURN(std::vector<std::string> shared, ReadSharedStrings(pkg, wb.shared_strings_path));
  ASSIGN_OR_RETURN(auto data, pkg.Read(path));
  if (!data) return core::Fail(NotWorkbook("missing worksheet " + path));
  Sheet sheet;
  sheet.name = name;
  pugi::xml_document doc;
  std::int64_t previous_row = 0;
  bool sorted = true;
  RETURN_IF_ERROR(ForEachElement(*data, path, "row", [&](std::string_view frag) -> core::Status {
    pugi::xml_parse_result r =
        doc.load_buffer(frag.data(), frag.size(), kParseFlags, pugi::encoding_utf8);
    if (!r) return core::Fail(BrokenXml(path, r));
    pugi::xml_node row_node = doc.document_element();
    std::int64_t number = std::atoll(Attr(row_node, "r"));
    if (number <= 0) number = previous_row + 1;
    if (number <= previous_row) sorted = false;
    previous_row = number;
    SheetRow row;
    row.number = number;
    int column = -1;
    for (pugi::xml_node c = row_node.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element || LocalName(c.name()) != "c") continue;
      std::string_view ref = Attr(c, "r");
      if (auto parsed = ParseCellRef(ref)) {
        column = parsed->column;
      } else {
        ++column;
      }
      std::string_view type = Attr(c, "t");
      std::string value;
      if (type == "inlineStr") {
        value = StringItemText(Child(c, "is"));
      } else {
        std::string_view v = Child(c, "v").text().get();
        if (type == "s") {
          long index = std::atol(std::string(v).c_str());
          if (v.empty() || index < 0 || static_cast<std::size_t>(index) >= shared.size()) {
            return core::Fail(NotWorkbook(fmt::format("shared string {} out of range", v)));
          }
          value = shared[static_cast<std::size_t>(index)];
        } else if (type == "b") {
          value = v == "1" ? "TRUE" : (v.empty() ? "" : "FALSE");
        } else if (type == "str" || type == "e") {
          value = DecodeOoxmlEscapes(std::string(v));
        } else if (type == "d") {
          value = std::string(v.substr(0, std::min<std::size_t>(v.size(), 10)));
        } else {
          int style = std::atoi(Attr(c, "s"));
          bool date = style >= 0 && static_cast<std::size_t>(style) < date_styles.size() &&
                      date_styles[static_cast<std::size_t>(style)];
          value = NumberCellText(v, date, wb.date1904);
        }
      }
      if (value.empty()) continue;
      if (column >= limits.max_columns) {
        return core::Fail(FileError(
            fmt::format("工作表第 {} 行超过 {} 列（{}列有内容），请检查是否为台账表格", number,
                        limits.max_columns, ColumnLetters(column)),
            fmt::format("Row {} has data beyond {} columns (column {}); is this a ledger?", number,
                        limits.max_columns, ColumnLetters(column))));
      }
      if (static_cast<std::size_t>(column) >= row.cells.size()) {
        row.cells.resize(static_cast<std::size_t>(column) + 1);
      }
      row.cells[static_cast<std::size_t>(column)] = std::move(value);
    }
    if (row.cells.empty()) return core::Ok();
    if (static_cast<std::int64_t>(sheet.rows.size()) >= limits.max_rows) {
      return core::Fail(TooManyRows(limits));
    }
    sheet.rows.push_back(std::move(row));
    return core::Ok();
  }));
  if (!sorted) {
    std::stable_sort(sheet.rows.begin(), sheet.rows.end(),
                     [](const SheetRow& a, const SheetRow& b) { return a.number < b.number; });
  }

  // Merged ranges: the top-left value fills every existing row of the range.
  std::vector<std::pair<CellRef, CellRef>> merges;
  RETURN_IF_ERROR(
      ForEachElement(*data, path, "mergeCell", [&](std::string_view frag) -> core::Status {
        pugi::xml_parse_result r =
            doc.load_buffer(frag.data(), frag.size(), kParseFlags, pugi::encoding_utf8);
        if (!r) return core::Fail(BrokenXml(path, r));
        std::string_view ref = Attr(doc.document_element(), "ref");
        auto colon = ref.find(':');
        if (colon == std::string_view::npos) return core::Ok();
        auto a = ParseCellRef(ref.substr(0, colon));
        auto b = ParseCellRef(ref.substr(colon + 1));
        if (a && b) merges.emplace_back(*a, *b);
        return core::Ok();
      }));
  auto row_at = [&](std::int64_t number) {
    return std::lower_bound(sheet.rows.begin(), sheet.rows.end(), number,
                            [](const SheetRow& row, std::int64_t n) { return row.number < n; });
  };
  for (const auto& [from, to] : merges) {
    auto top = row_at(from.row);
    if (top == sheet.rows.end() || top->number != from.row) continue;
    if (static_cast<std::size_t>(from.column) >= top->cells.size()) continue;
    const std::string value = top->cells[static_cast<std::size_t>(from.column)];
    if (value.empty()) continue;
    int last_column = std::min(to.column, limits.max_columns - 1);
    for (auto it = top; it != sheet.rows.end() && it->number <= to.row; ++it) {
      for (int col = from.column; col <= last_column; ++col) {
        if (static_cast<std::size_t>(col) >= it->cells.size()) {
          it->cells.resize(static_cast<std::size_t>(col) + 1);
        }
        std::string& cell = it->cells[static_cast<std::size_t>(col)];
        if (cell.empty()) cell = value;
      }
    }
  }
  return sheet;
}

}  // namespace

core::Result<Sheet> ReadXlsx(std::string_view bytes, const XlsxReadOptions& options,
                             const ReadLimits& limits) {
  ASSIGN_OR_RETURN(Package pkg, Package::Open(bytes, limits));
  ASSIGN_OR_RETURN(Workbook wb, ReadWorkbook(pkg));
  if (options.sheet_name.empty()) {
    return ReadWorksheet(pkg, wb, wb.sheets.front().first, wb.sheets.front().second, limits);
  }
  std::string names;
  for (const auto& [name, path] : wb.sheets) {
    if (name == options.sheet_name) return ReadWorksheet(pkg, wb, name, path, limits);
    names += (names.empty() ? "" : "、") + name;
  }
  return core::Fail(core::InvalidArgument(
      "sheet", fmt::format("工作簿中没有名为“{}”的工作表（现有：{}）", options.sheet_name, names),
      fmt::format("The workbook has no sheet named \"{}\" (sheets: {})", options.sheet_name,
                  names)));
}

core::Result<std::vector<std::string>> XlsxSheetNames(std::string_view bytes,
                                                      const ReadLimits& limits) {
  ASSIGN_OR_RETURN(Package pkg, Package::Open(bytes, limits));
  ASSIGN_OR_RETURN(Workbook wb, ReadWorkbook(pkg));
  std::vector<std::string> names;
  for (const auto& [name, path] : wb.sheets) names.push_back(name);
  return names;
}

std::optional<core::Date> ExcelSerialToDate(double serial, bool date1904) {
  if (std::isnan(serial) || serial < 0 || serial > 2958465.0) return std::nullopt;
  auto day = static_cast<std::int64_t>(std::floor(serial));
  core::Date base;
  if (date1904) {
    base = core::MakeDate(1904, 1, 1);
  } else {
    if (day < 1) return std::nullopt;
    // Excel counts 1900-02-29, which did not exist: serial 60 is that phantom day.
    if (day == 60) return core::MakeDate(1900, 2, 28);
    base = day < 60 ? core::MakeDate(1899, 12, 31) : core::MakeDate(1899, 12, 30);
  }
  core::Date d = core::AddDays(base, day);
  if (static_cast<int>(d.year()) > 9999) return std::nullopt;
  return d;
}

std::int64_t DateToExcelSerial(core::Date date) {
  std::int64_t days = core::DaysBetween(core::MakeDate(1899, 12, 30), date);
  return days < 61 ? days - 1 : days;
}

std::optional<int> ColumnIndex(std::string_view letters) {
  if (letters.empty() || letters.size() > 3) return std::nullopt;
  int index = 0;
  for (char ch : letters) {
    int v = 0;
    if (ch >= 'A' && ch <= 'Z') {
      v = ch - 'A' + 1;
    } else if (ch >= 'a' && ch <= 'z') {
      v = ch - 'a' + 1;
    } else {
      return std::nullopt;
    }
    index = index * 26 + v;
  }
  if (index > kMaxExcelColumns) return std::nullopt;
  return index - 1;
}

std::string ColumnLetters(int index) {
  std::string out;
  int n = index + 1;
  while (n > 0) {
    int rem = (n - 1) % 26;
    out.insert(out.begin(), static_cast<char>('A' + rem));
    n = (n - 1) / 26;
  }
  return out;
}

bool IsDateNumberFormat(int num_fmt_id, std::string_view format_code) {
  switch (num_fmt_id) {
    case 14:
    case 15:
    case 16:
    case 17:
    case 22:
    case 27:
    case 28:
    case 29:
    case 30:
    case 31:
    case 36:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 57:
    case 58:
      return true;
    default:
      break;
  }
  if (num_fmt_id < 164 || format_code.empty()) return false;
  // Only the first section (positive numbers) decides.
  bool quoted = false;
  int bracket = 0;
  for (std::size_t i = 0; i < format_code.size(); ++i) {
    char ch = format_code[i];
    if (quoted) {
      if (ch == '"') quoted = false;
      continue;
    }
    if (ch == '"') {
      quoted = true;
    } else if (ch == '\\' || ch == '_' || ch == '*') {
      ++i;  // the next character is literal (or padding)
    } else if (ch == '[') {
      ++bracket;
    } else if (ch == ']') {
      if (bracket > 0) --bracket;
    } else if (bracket == 0) {
      if (ch == ';') return false;
      if (ch == 'y' || ch == 'Y' || ch == 'd' || ch == 'D') return true;
    }
  }
  return false;
}

}  // namespace fazhi::exchange
