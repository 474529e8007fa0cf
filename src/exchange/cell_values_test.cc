// Unit tests of reading ledger cells: dates in every office form and Excel serials, amounts
// in 元 to 分, yes/no, counts, party lists, placeholders.
#include "exchange/cell_values.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/matchers.h"

namespace fazhi::exchange {
namespace {

using core::MakeDate;
using fazhi::testing::HasError;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(CellDate, AcceptsEveryOfficeFormAndSerials) {
  const core::Date want = MakeDate(2023, 1, 5);
  for (const char* text :
       {"2023-01-05", "2023/1/5", "2023.1.5", "2023年1月5日", "2023-1-5", " 2023-01-05 ",
        "20230105", "44931", "44931.0", "44931.75", "2023-01-05 00:00:00", "2023/1/5 9:30",
        "2023-01-05T08:00:00", "２０２３／１／５", "2023年1月5日 上午"}) {
    auto d = ParseCellDate(text);
    ASSERT_TRUE(d.has_value()) << text << ": " << d.error().message;
    EXPECT_EQ(*d, want) << text;
  }
}

TEST(CellDate, RefusesNonDatesWithTheAcceptedForms) {
  for (const char* text : {"2023-02-30", "23.1.5", "明天", "2023-13-01", "123", "20231305"}) {
    auto d = ParseCellDate(text);
    ASSERT_THAT(d, HasError(core::ErrorCode::kInvalidArgument)) << text;
    EXPECT_THAT(d.error().message, HasSubstr("不是有效日期")) << text;
    EXPECT_THAT(d.error().message, HasSubstr("2023年1月5日"));
  }
}

TEST(CellMoney, ReadsYuanToFen) {
  struct Case {
    const char* text;
    std::int64_t fen;
  };
  for (const Case& c :
       {Case{"1200", 120000}, Case{"1,200.50", 120050}, Case{"1200元", 120000},
        Case{"￥1,200", 120000}, Case{"¥ 0.5", 50}, Case{"1.2万", 1200000},
        Case{"1.2万元", 1200000}, Case{"0", 0}, Case{"1200.4999999999998", 120050},
        Case{"0.30000000000000004", 30}, Case{"1.5E3", 150000}, Case{"１２００", 120000}}) {
    auto fen = ParseYuanToFen(c.text);
    ASSERT_TRUE(fen.has_value()) << c.text << ": " << fen.error().message;
    EXPECT_EQ(*fen, c.fen) << c.text;
  }
  EXPECT_THAT(ParseYuanToFen("1200.555").error().message, HasSubstr("两位小数"));
  EXPECT_THAT(ParseYuanToFen("-5").error().message, HasSubstr("负数"));
  EXPECT_THAT(ParseYuanToFen("一千").error().message, HasSubstr("不是有效金额"));
  EXPECT_THAT(ParseYuanToFen("1e20").error().message, HasSubstr("过大"));
}

TEST(CellYesNo, ReadsTheUsualWords) {
  for (const char* yes : {"是", "有", "Y", "yes", "TRUE", "1", "√"})
    EXPECT_TRUE(ParseYesNo(yes).value()) << yes;
  for (const char* no : {"否", "无", "N", "no", "FALSE", "0", "×", ""})
    EXPECT_FALSE(ParseYesNo(no).value()) << no;
  EXPECT_THAT(ParseYesNo("也许").error().message, HasSubstr("“是”或“否”"));
}

TEST(CellCount, ReadsWholeNumbers) {
  EXPECT_EQ(ParseCount("3").value(), 3);
  EXPECT_EQ(ParseCount("12人").value(), 12);
  EXPECT_EQ(ParseCount("7.0").value(), 7);
  EXPECT_THAT(ParseCount("2.5"), HasError(core::ErrorCode::kInvalidArgument));
  EXPECT_THAT(ParseCount("-1"), HasError(core::ErrorCode::kInvalidArgument));
}

TEST(CellList, SplitsPartiesKeepingBlankPlaces) {
  EXPECT_THAT(SplitList("张三；李四", true), ElementsAre("张三", "李四"));
  EXPECT_THAT(SplitList("张三、李四;王五\n赵六", true),
              ElementsAre("张三", "李四", "王五", "赵六"));
  EXPECT_THAT(SplitList("；91350100M000100Y43", true), ElementsAre("", "91350100M000100Y43"));
  EXPECT_THAT(SplitList("新春村3组、4组；场镇", false), ElementsAre("新春村3组、4组", "场镇"));
  EXPECT_TRUE(SplitList("；；", true).empty());
  EXPECT_TRUE(SplitList("", true).empty());
}

TEST(CellClean, PlaceholdersMeanEmpty) {
  for (const char* nothing : {"/", "-", "—", "——", "无", " 无 ", "\u3000/\u3000", "#N/A"}) {
    EXPECT_EQ(CleanCell(nothing), "") << nothing;
  }
  EXPECT_EQ(CleanCell(" 无锡 "), "无锡");
  EXPECT_EQ(FoldFullWidth("ＡＢ１２（）"), "AB12()");
}

}  // namespace
}  // namespace fazhi::exchange
