// Unit tests of the .xlsx writer and reader: a written ledger reads back cell for cell (title,
// header, dates, money, text that looks like a formula or a long number); hand-made
// workbooks as Excel and WPS save them (shared strings with rich text, inline strings,
// booleans, date styles built-in and custom, the 1904 system, merged cells, cells without
// references, a second sheet); bounds and zip bombs; Excel serial dates.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <zip.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "exchange/xlsx_reader.h"
#include "exchange/xlsx_writer.h"
#include "support/matchers.h"

namespace fazhi::exchange {
namespace {

using core::MakeDate;
using fazhi::testing::HasErrorField;
using fazhi::testing::IsOk;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// Builds a zip (an .xlsx when given the parts) in memory, through a temporary file.
std::string MakeZip(const std::map<std::string, std::string>& parts, bool store = false) {
  auto path =
      std::filesystem::temp_directory_path() /
      ("fazhi-xlsx-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
       "-" + std::to_string(reinterpret_cast<std::uintptr_t>(&parts)) + ".zip");
  int err = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  EXPECT_NE(zip, nullptr);
  for (const auto& [name, data] : parts) {
    zip_source_t* src = zip_source_buffer(zip, data.data(), data.size(), 0);
    zip_int64_t index = zip_file_add(zip, name.c_str(), src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    EXPECT_GE(index, 0);
    if (store) zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  EXPECT_EQ(zip_close(zip), 0);
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::filesystem::remove(path);
  return bytes;
}

constexpr const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)";
constexpr const char* kRootRels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";

std::string Workbook(bool date1904, const std::vector<std::string>& sheet_names) {
  std::string sheets;
  for (std::size_t i = 0; i < sheet_names.size(); ++i) {
    sheets += "<sheet name=\"" + sheet_names[i] + "\" sheetId=\"" + std::to_string(i + 1) +
              "\" r:id=\"rId" + std::to_string(i + 1) + "\"/>";
  }
  return std::string(
             R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)") +
         (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>" + sheets +
         "</sheets></workbook>";
}

std::string WorkbookRels(std::size_t sheets) {
  std::string rels =
      R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
  for (std::size_t i = 0; i < sheets; ++i) {
    rels +=
        "<Relationship Id=\"rId" + std::to_string(i + 1) +
        "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/sheet" +
        std::to_string(i + 1) + ".xml\"/>";
  }
  rels +=
      R"(<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)";
  rels +=
      R"(<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/>)";
  return rels + "</Relationships>";
}

// Styles: 0 general, 1 built-in date (14), 2 custom yyyy"年"m"月"d"日", 3 time only (20),
// 4 custom "0.00", 5 custom [Red]0 with a quoted "d".
constexpr const char* kStyles =
    R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="0.00"/><numFmt numFmtId="178" formatCode="[Red]0&quot; d&quot;"/></numFmts><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="20"/><xf numFmtId="177"/><xf numFmtId="178"/></cellXfs></styleSheet>)";

std::string SheetXml(const std::string& rows, const std::string& tail = "") {
  return std::string(
             R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)") +
         rows + "</sheetData>" + tail + "</worksheet>";
}

std::string HandMadeWorkbook(const std::string& sheet1, const std::string& shared,
                             bool date1904 = false, const std::string& sheet2 = "") {
  std::map<std::string, std::string> parts = {
      {"[Content_Types].xml", kContentTypes},
      {"_rels/.rels", kRootRels},
      {"xl/workbook.xml",
       Workbook(date1904, sheet2.empty() ? std::vector<std::string>{"台账"}
                                         : std::vector<std::string>{"台账", "说明"})},
      {"xl/_rels/workbook.xml.rels", WorkbookRels(sheet2.empty() ? 1 : 2)},
      {"xl/styles.xml", kStyles},
      {"xl/sharedStrings.xml",
       R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" +
           shared + "</sst>"},
      {"xl/worksheets/sheet1.xml", sheet1}};
  if (!sheet2.empty()) parts["xl/worksheets/sheet2.xml"] = sheet2;
  return MakeZip(parts);
}

TEST(XlsxRoundTrip, WhatTheWriterWritesTheReaderReadsBack) {
  XlsxLayout layout{
      "人民调解台账",
      "云岭县许明寺镇人民调解案件登记台账（2025年）",
      {{"序号", 6}, {"案件编号", 20}, {"受理日期", 12}, {"协议金额（元）", 12}, {"备注", 20}}};
  std::vector<std::vector<Cell>> rows = {
      {Cell::Integer(1), Cell::Text("许调〔2025〕1号"), Cell::DateValue(MakeDate(2025, 1, 5)),
       Cell::Money(120050), Cell::Text("=1+2 不是公式")},
      {Cell::Integer(2), Cell::Text("360426199101010071"), Cell::DateValue(MakeDate(1900, 3, 1)),
       Cell::Money(0), Cell()},
      {Cell::Integer(3), Cell::Text("换行\n文字 & <标签> \"引号\""), Cell(), Cell::Money(99),
       Cell::Text("x")}};
  auto bytes = WriteXlsx(layout, rows);
  ASSERT_THAT(bytes, IsOk());
  EXPECT_EQ(bytes->substr(0, 2), "PK");
  auto sheet = ReadXlsx(*bytes);
  ASSERT_THAT(sheet, IsOk());
  EXPECT_EQ(sheet->name, "人民调解台账");
  ASSERT_EQ(sheet->rows.size(), 5u);
  // The merged title fills the whole first row.
  EXPECT_EQ(sheet->rows[0].number, 1);
  EXPECT_EQ(sheet->rows[0].cells.size(), 5u);
  EXPECT_EQ(sheet->rows[0].cells[4], "云岭县许明寺镇人民调解案件登记台账（2025年）");
  EXPECT_THAT(sheet->rows[1].cells,
              ElementsAre("序号", "案件编号", "受理日期", "协议金额（元）", "备注"));
  EXPECT_EQ(sheet->rows[2].number, 3);
  EXPECT_THAT(sheet->rows[2].cells,
              ElementsAre("1", "许调〔2025〕1号", "2025-01-05", "1200.5", "=1+2 不是公式"));
  EXPECT_THAT(sheet->rows[3].cells, ElementsAre("2", "360426199101010071", "1900-03-01", "0"));
  EXPECT_THAT(sheet->rows[4].cells,
              ElementsAre("3", "换行\n文字 & <标签> \"引号\"", "", "0.99", "x"));
}

TEST(XlsxWriter, WritesToAPathAndLeavesNoHalfFile) {
  auto dir = std::filesystem::temp_directory_path() / "fazhi-xlsx-writer-test";
  std::filesystem::create_directories(dir);
  auto path = (dir / "台账.xlsx").string();
  {
    auto writer = XlsxWriter::Open({"S", "", {{"a", 8}}}, path);
    ASSERT_THAT(writer, IsOk());
    ASSERT_THAT((*writer)->AddRow({Cell::Text("x")}), IsOk());
    auto done = (*writer)->Finish();
    ASSERT_THAT(done, IsOk());
    EXPECT_TRUE(done->empty());
  }
  ASSERT_TRUE(std::filesystem::exists(path));
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto sheet = ReadXlsx(bytes);
  ASSERT_THAT(sheet, IsOk());
  ASSERT_EQ(sheet->rows.size(), 2u);  // no title: header, then the row
  EXPECT_THAT(sheet->rows[1].cells, ElementsAre("x"));
  std::filesystem::remove(path);
  {
    auto writer = XlsxWriter::Open({"S", "", {{"a", 8}}}, path);
    ASSERT_THAT(writer, IsOk());
  }  // destroyed without Finish
  EXPECT_FALSE(std::filesystem::exists(path));
  EXPECT_THAT(XlsxWriter::Open({"S", "", {{"a", 8}}}, "/no/such/dir/x.xlsx"),
              HasErrorField("output"));
  std::filesystem::remove_all(dir);
}

TEST(XlsxReader, ReadsWorkbooksAsExcelAndWpsSaveThem) {
  std::string shared =
      R"(<si><t>案件编号</t></si><si><t xml:space="preserve"> 受理日期 </t></si>)"
      R"(<si><r><rPr><b/></rPr><t>许调</t></r><r><t>〔2025〕1号</t></r><rPh><t>ふりがな</t></rPh></si>)"
      R"(<si><t>张三_x000D_
李四</t></si><si><t>&lt;合计&gt; &amp; 备注</t></si>)";
  std::string rows =
      R"(<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="D2" t="inlineStr"><is><t>内联</t></is></c></row>)"
      R"(<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" s="1"><v>44931</v></c><c r="C3" s="2"><v>45292.5</v></c><c r="D3" s="3"><v>0.5</v></c><c r="E3" s="4"><v>1200.5</v></c><c r="F3" s="5"><v>7</v></c></row>)"
      R"(<row r="5"><c t="s"><v>3</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c t="str"><f>A1</f><v>公式结果</v></c><c r="G5" t="s"><v>4</v></c></row>)"
      R"(<row r="6" spans="1:3"><c r="A6"/><c r="B6" s="1"/></row>)";
  auto bytes = HandMadeWorkbook(SheetXml(rows), shared);
  auto sheet = ReadXlsx(bytes);
  ASSERT_THAT(sheet, IsOk());
  ASSERT_EQ(sheet->rows.size(), 3u);  // row 6 has no values
  EXPECT_EQ(sheet->rows[0].number, 2);
  EXPECT_THAT(sheet->rows[0].cells, ElementsAre("案件编号", " 受理日期 ", "", "内联"));
  EXPECT_EQ(sheet->rows[1].number, 3);
  EXPECT_THAT(sheet->rows[1].cells,
              ElementsAre("许调〔2025〕1号", "2023-01-05", "2024-01-01", "0.5", "1200.5", "7"));
  EXPECT_EQ(sheet->rows[2].number, 5);
  EXPECT_THAT(sheet->rows[2].cells,
              ElementsAre("张三\r\n李四", "TRUE", "#N/A", "公式结果", "", "", "<合计> & 备注"));
}

TEST(XlsxReader, FillsMergedRangesIntoExistingRows) {
  std::string rows =
      R"(<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row>)"
      R"(<row r="2"><c r="A2" t="inlineStr"><is><t>调解员</t></is></c><c r="B2" t="inlineStr"><is><t>当事人</t></is></c></row>)"
      R"(<row r="3"><c r="A3" t="inlineStr"><is><t>王国华</t></is></c><c r="B3" t="inlineStr"><is><t>甲</t></is></c></row>)"
      R"(<row r="4"><c r="B4" t="inlineStr"><is><t>乙</t></is></c></row>)";
  auto bytes = HandMadeWorkbook(
      SheetXml(
          rows,
          R"(<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="A3:A9"/></mergeCells>)"),
      "");
  auto sheet = ReadXlsx(bytes);
  ASSERT_THAT(sheet, IsOk());
  ASSERT_EQ(sheet->rows.size(), 4u);
  EXPECT_THAT(sheet->rows[0].cells, ElementsAre("标题", "标题", "标题"));
  EXPECT_THAT(sheet->rows[3].cells, ElementsAre("王国华", "乙"));
}

TEST(XlsxReader, PicksASheetByNameAndHonoursThe1904System) {
  std::string first = SheetXml(R"(<row r="1"><c r="A1" s="1"><v>0</v></c></row>)");
  std::string second =
      SheetXml(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>第二页</t></is></c></row>)");
  auto bytes = HandMadeWorkbook(first, "", true, second);
  auto sheet = ReadXlsx(bytes);
  ASSERT_THAT(sheet, IsOk());
  EXPECT_EQ(sheet->name, "台账");
  EXPECT_EQ(sheet->rows.at(0).cells.at(0), "1904-01-01");
  XlsxReadOptions by_name;
  by_name.sheet_name = "说明";
  auto named = ReadXlsx(bytes, by_name);
  ASSERT_THAT(named, IsOk());
  EXPECT_EQ(named->rows.at(0).cells.at(0), "第二页");
  by_name.sheet_name = "没有";
  auto missing = ReadXlsx(bytes, by_name);
  ASSERT_THAT(missing, HasErrorField("sheet"));
  EXPECT_THAT(missing.error().message, HasSubstr("台账、说明"));
  EXPECT_THAT(XlsxSheetNames(bytes).value(), ElementsAre("台账", "说明"));
}

TEST(XlsxReader, RefusesWhatIsNotAWorkbook) {
  auto not_zip = ReadXlsx("PK\x03\x04 but not really a zip");
  ASSERT_THAT(not_zip, HasErrorField("file"));
  EXPECT_THAT(not_zip.error().message, HasSubstr("不是有效的 .xlsx"));
  auto no_workbook = ReadXlsx(MakeZip({{"hello.txt", "hi"}}));
  ASSERT_THAT(no_workbook, HasErrorField("file"));
  auto broken = HandMadeWorkbook(SheetXml(R"(<row r="1"><c r="A1"><v>1</v></c>)"), "");
  EXPECT_THAT(ReadXlsx(broken), HasErrorField("file"));
}

TEST(XlsxReader, EnforcesBoundsAndRefusesZipBombs) {
  std::string rows;
  for (int r = 1; r <= 5; ++r) {
    rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) + "\"><v>" +
            std::to_string(r) + "</v></c></row>";
  }
  auto bytes = HandMadeWorkbook(SheetXml(rows), "");
  ReadLimits limits;
  limits.max_rows = 4;
  auto too_many = ReadXlsx(bytes, {}, limits);
  ASSERT_THAT(too_many, HasErrorField("file"));
  EXPECT_THAT(too_many.error().message, HasSubstr("超过 4 行"));
  limits = ReadLimits{};
  limits.max_columns = 2;
  auto wide = ReadXlsx(HandMadeWorkbook(SheetXml(R"(<row r="1"><c r="C1"><v>1</v></c></row>)"), ""),
                       {}, limits);
  ASSERT_THAT(wide, HasErrorField("file"));
  EXPECT_THAT(wide.error().message, HasSubstr("C列"));
  limits = ReadLimits{};
  limits.max_file_bytes = 100;
  EXPECT_THAT(ReadXlsx(bytes, {}, limits).error().message, HasSubstr("文件过大"));

  // 8 MB of one repeated row compresses about a thousand times: refused by the ratio before
  // it is inflated, and by the total size when the ratio is allowed.
  std::string bomb_rows;
  std::string row = R"(<row><c t="inlineStr"><is><t>x</t></is></c></row>)";
  while (bomb_rows.size() < (8u << 20)) bomb_rows += row;
  auto bomb = HandMadeWorkbook(SheetXml(bomb_rows), "");
  EXPECT_LT(bomb.size(), 200000u);
  auto refused = ReadXlsx(bomb);
  ASSERT_THAT(refused, HasErrorField("file"));
  EXPECT_THAT(refused.error().message, HasSubstr("压缩炸弹"));
  limits = ReadLimits{};
  limits.max_compression_ratio = 1e9;
  limits.max_uncompressed_bytes = 4u << 20;
  EXPECT_THAT(ReadXlsx(bomb, {}, limits).error().message, HasSubstr("压缩炸弹"));
}

TEST(ExcelSerial, ConvertsBothWaysIncludingThePhantomLeapDay) {
  EXPECT_EQ(ExcelSerialToDate(1).value(), MakeDate(1900, 1, 1));
  EXPECT_EQ(ExcelSerialToDate(59).value(), MakeDate(1900, 2, 28));
  EXPECT_EQ(ExcelSerialToDate(60).value(), MakeDate(1900, 2, 28));  // Excel's 1900-02-29
  EXPECT_EQ(ExcelSerialToDate(61).value(), MakeDate(1900, 3, 1));
  EXPECT_EQ(ExcelSerialToDate(44931).value(), MakeDate(2023, 1, 5));
  EXPECT_EQ(ExcelSerialToDate(45658.99).value(), MakeDate(2025, 1, 1));
  EXPECT_EQ(ExcelSerialToDate(0, true).value(), MakeDate(1904, 1, 1));
  EXPECT_FALSE(ExcelSerialToDate(0).has_value());
  EXPECT_FALSE(ExcelSerialToDate(-1).has_value());
  EXPECT_FALSE(ExcelSerialToDate(3e6).has_value());
  for (core::Date d : {MakeDate(1900, 3, 1), MakeDate(2023, 1, 5), MakeDate(2026, 12, 31)}) {
    EXPECT_EQ(ExcelSerialToDate(static_cast<double>(DateToExcelSerial(d))).value(), d);
  }
  EXPECT_EQ(DateToExcelSerial(MakeDate(2023, 1, 5)), 44931);
}

TEST(ExcelColumns, LettersAndIndexes) {
  EXPECT_EQ(ColumnIndex("A").value(), 0);
  EXPECT_EQ(ColumnIndex("z").value(), 25);
  EXPECT_EQ(ColumnIndex("AA").value(), 26);
  EXPECT_EQ(ColumnIndex("XFD").value(), 16383);
  EXPECT_FALSE(ColumnIndex("XFE").has_value());
  EXPECT_FALSE(ColumnIndex("A1").has_value());
  EXPECT_EQ(ColumnLetters(0), "A");
  EXPECT_EQ(ColumnLetters(27), "AB");
  EXPECT_EQ(ColumnLetters(16383), "XFD");
}

TEST(ExcelNumberFormats, RecognisesDateFormats) {
  for (int id : {14, 15, 16, 17, 22, 27, 31, 36, 50, 57, 58})
    EXPECT_TRUE(IsDateNumberFormat(id, "")) << id;
  for (int id : {0, 1, 2, 4, 10, 18, 20, 21, 32, 45, 46, 49})
    EXPECT_FALSE(IsDateNumberFormat(id, "")) << id;
  EXPECT_TRUE(IsDateNumberFormat(164, "yyyy-mm-dd"));
  EXPECT_TRUE(IsDateNumberFormat(176, "yyyy\"年\"m\"月\"d\"日\""));
  EXPECT_TRUE(IsDateNumberFormat(180, "[$-804]yyyy/m/d;@"));
  EXPECT_TRUE(IsDateNumberFormat(181, "m/d/yy h:mm"));
  EXPECT_FALSE(IsDateNumberFormat(165, "#,##0.00"));
  EXPECT_FALSE(IsDateNumberFormat(166, "h:mm:ss"));
  EXPECT_FALSE(IsDateNumberFormat(167, "[Red]0\" d\""));
  EXPECT_FALSE(IsDateNumberFormat(168, "0\\d"));
  EXPECT_FALSE(IsDateNumberFormat(169, "General"));
}

}  // namespace
}  // namespace fazhi::exchange
