// Unit tests of the CSV reader and writer: RFC 4180 quoting, BOM, line ends, Excel row
// numbers, GBK and UTF-16 refusal, bounds, and the formula-injection guard both ways.
#include "exchange/csv.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/matchers.h"

namespace fazhi::exchange {
namespace {

using fazhi::testing::HasErrorField;
using fazhi::testing::IsOk;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<std::string> Cells(const Sheet& s, std::size_t i) { return s.rows.at(i).cells; }

TEST(CsvReader, ReadsQuotedFieldsWithCommasQuotesAndLineBreaks) {
  auto sheet = ReadCsv(
      "案件编号,当事人,纠纷简要情况\r\n"
      "\"许调〔2025〕1号\",\"张三；李四\",\"因排水沟, 发生\"\"争执\"\"\r\n第二行\"\r\n");
  ASSERT_THAT(sheet, IsOk());
  ASSERT_EQ(sheet->rows.size(), 2u);
  EXPECT_THAT(Cells(*sheet, 1),
              ElementsAre("许调〔2025〕1号", "张三；李四", "因排水沟, 发生\"争执\"\n第二行"));
  EXPECT_EQ(sheet->rows[1].number, 2);  // one Excel row although it spans two lines
}

TEST(CsvReader, AcceptsBomLfAndCrAndNumbersRowsAsExcel) {
  auto sheet = ReadCsv(
      "\xEF\xBB\xBF"
      "a,b\n\n1,2\r3,4");
  ASSERT_THAT(sheet, IsOk());
  ASSERT_EQ(sheet->rows.size(), 3u);
  EXPECT_THAT(Cells(*sheet, 0), ElementsAre("a", "b"));
  EXPECT_EQ(sheet->rows[1].number, 3);  // the blank line is row 2
  EXPECT_THAT(Cells(*sheet, 1), ElementsAre("1", "2"));
  EXPECT_EQ(sheet->rows[2].number, 4);
  EXPECT_THAT(Cells(*sheet, 2), ElementsAre("3", "4"));
}

TEST(CsvReader, KeepsEmptyFieldsAndSkipsRowsOfOnlyCommas) {
  auto sheet = ReadCsv("a,,c,\n,,,\nx,\"\",z\n");
  ASSERT_THAT(sheet, IsOk());
  ASSERT_EQ(sheet->rows.size(), 2u);
  EXPECT_THAT(Cells(*sheet, 0), ElementsAre("a", "", "c", ""));
  EXPECT_EQ(sheet->rows[1].number, 3);
  EXPECT_THAT(Cells(*sheet, 1), ElementsAre("x", "", "z"));
}

TEST(CsvReader, IsLenientWithStrayQuotesLikeExcel) {
  auto sheet = ReadCsv("5\"寸,\"ab\"c\n");
  ASSERT_THAT(sheet, IsOk());
  EXPECT_THAT(Cells(*sheet, 0), ElementsAre("5\"寸", "abc"));
}

TEST(CsvReader, RefusesGbkWithAClearMessage) {
  // "调解" in GBK: B5 F7 BD E2.
  auto sheet = ReadCsv("a,b\n\xB5\xF7\xBD\xE2,1\n");
  ASSERT_THAT(sheet, HasErrorField("file"));
  EXPECT_THAT(sheet.error().message, HasSubstr("文件不是 UTF-8 编码"));
  EXPECT_THAT(sheet.error().message, HasSubstr("CSV UTF-8"));
  EXPECT_THAT(sheet.error().message, HasSubstr("第 2 行"));
  EXPECT_THAT(sheet.error().message_en, HasSubstr("not UTF-8"));
}

TEST(CsvReader, RefusesUtf16) {
  auto sheet =
      ReadCsv(std::string("\xFF\xFE"
                          "a\0,\0b\0",
                          8));
  ASSERT_THAT(sheet, HasErrorField("file"));
  EXPECT_THAT(sheet.error().message, HasSubstr("UTF-16"));
}

TEST(CsvReader, NamesTheRowOfAnUnclosedQuote) {
  auto sheet = ReadCsv("a,b\n1,2\n3,\"open\n4,5\n");
  ASSERT_THAT(sheet, HasErrorField("file"));
  EXPECT_THAT(sheet.error().message, HasSubstr("第 3 行"));
}

TEST(CsvReader, EnforcesItsBounds) {
  ReadLimits limits;
  limits.max_rows = 2;
  EXPECT_THAT(ReadCsv("a\nb\n", limits), IsOk());
  auto rows = ReadCsv("a\nb\nc\n", limits);
  ASSERT_THAT(rows, HasErrorField("file"));
  EXPECT_THAT(rows.error().message, HasSubstr("超过 2 行"));
  limits = ReadLimits{};
  limits.max_columns = 3;
  EXPECT_THAT(ReadCsv("a,b,c,d\n", limits), HasErrorField("file"));
  limits = ReadLimits{};
  limits.max_file_bytes = 4;
  auto big = ReadCsv("a,b,c\n", limits);
  ASSERT_THAT(big, HasErrorField("file"));
  EXPECT_THAT(big.error().message, HasSubstr("文件过大"));
}

TEST(CsvWriter, WritesBomCrlfAndQuotesOnlyWhenNeeded) {
  CsvWriter w;
  w.AddRow(std::vector<std::string>{"a", "b,c", "say \"hi\"", "two\nlines", " pad", ""});
  w.AddRow(std::vector<Cell>{Cell::DateValue(core::MakeDate(2025, 1, 5)), Cell::Money(120050),
                             Cell::Integer(3), Cell()});
  EXPECT_EQ(w.rows(), 2);
  EXPECT_EQ(w.Take(),
            "\xEF\xBB\xBF"
            "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\" pad\",\r\n"
            "2025-01-05,1200.50,3,\r\n");
  CsvWriter plain(false);
  plain.AddRow(std::vector<std::string>{"x"});
  EXPECT_EQ(plain.Take(), "x\r\n");
}

TEST(CsvWriter, GuardsFormulasAndTheReaderUndoesIt) {
  EXPECT_EQ(CsvField("=1+2"), "'=1+2");
  EXPECT_EQ(CsvField("+86"), "'+86");
  EXPECT_EQ(CsvField("-5"), "'-5");
  EXPECT_EQ(CsvField("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvField("=HYPERLINK(\"x\",\"y\")"), "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
  EXPECT_EQ(CsvField("许调〔2025〕1号"), "许调〔2025〕1号");
  CsvWriter w;
  w.AddRow(std::vector<std::string>{"=1+2", "-5", "=a,b", "'plain"});
  auto back = ReadCsv(w.Take());
  ASSERT_THAT(back, IsOk());
  EXPECT_THAT(Cells(*back, 0), ElementsAre("=1+2", "-5", "=a,b", "'plain"));
}

TEST(CsvRoundTrip, ArbitraryTextSurvives) {
  std::vector<std::vector<std::string>> rows = {
      {"序号", "当事人", "纠纷简要情况"},
      {"1", "张三；李四", "\"引号\", 逗号,\r\n换行 和 =公式"},
      {"2", "", "  前后空格  "}};
  CsvWriter w;
  for (const auto& r : rows) w.AddRow(r);
  auto back = ReadCsv(w.Take());
  ASSERT_THAT(back, IsOk());
  ASSERT_EQ(back->rows.size(), 3u);
  EXPECT_EQ(back->rows[1].cells[2], "\"引号\", 逗号,\n换行 和 =公式");  // CRLF inside → LF
  EXPECT_EQ(back->rows[2].cells[2], "  前后空格  ");
}

TEST(Utf8, FindsTheFirstBadByte) {
  EXPECT_EQ(FirstInvalidUtf8("abc调解"), std::string_view::npos);
  EXPECT_EQ(FirstInvalidUtf8("ab\xC0\xAF"), 2u);                            // overlong
  EXPECT_EQ(FirstInvalidUtf8("\xED\xA0\x80"), 0u);                          // surrogate
  EXPECT_EQ(FirstInvalidUtf8("x\xE8\xB0"), 1u);                             // truncated
  EXPECT_EQ(FirstInvalidUtf8("\xF0\x9F\x98\x80"), std::string_view::npos);  // emoji
}

TEST(FileFormat, DetectsXlsxCsvAndRefusesXls) {
  EXPECT_EQ(DetectFileFormat("PK\x03\x04rest").value(), FileFormat::kXlsx);
  EXPECT_EQ(DetectFileFormat("a,b\n").value(), FileFormat::kCsv);
  auto xls = DetectFileFormat(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
  ASSERT_THAT(xls, HasErrorField("file"));
  EXPECT_THAT(xls.error().message, HasSubstr(".xls"));
  EXPECT_EQ(ParseFileFormat(" XLSX ").value(), FileFormat::kXlsx);
  EXPECT_THAT(ParseFileFormat("pdf"), HasErrorField("format"));
}

}  // namespace
}  // namespace fazhi::exchange
