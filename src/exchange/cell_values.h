// exchange/cell_values.h — reading the values clerks type into ledger cells: dates in every
// form Chinese offices use, amounts in 元, yes/no, counts, lists of parties.
//
// Contract: every parser trims white space (ASCII, full-width U+3000, NBSP) first and, on
// failure, returns kInvalidArgument whose zh/en messages quote the value and say what is
// accepted — without a field name: the caller reports the column (ledger_rows.h). Field is
// left empty. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"

namespace fazhi::exchange {

// The cell without surrounding white space; "" when the cell only says "nothing here":
// "/", "-", "—", "——", "－", "无", "空", "暂无", "N/A", "#N/A".
std::string CleanCell(std::string_view text);

// 2023-01-05, 2023/1/5, 2023.1.5, 2023年1月5日, 20230105, an Excel serial (5 digits, e.g.
// 44931 = 2023-01-05, as CSV exports of date cells carry) and any of these followed by a
// time ("2023-01-05 00:00:00", "2023/1/5 9:30", "2023-01-05T00:00:00").
core::Result<core::Date> ParseCellDate(std::string_view text);

// Yuan → 分: "1200", "1,200.50", "1200元", "￥1200", "¥1,200", "1.2万", "1.2万元", Excel
// numbers with binary noise ("1200.4999999999998"). At most two decimals (after removing
// that noise); negative amounts and more than 1,000,000,000,000 元 are refused.
core::Result<std::int64_t> ParseYuanToFen(std::string_view text);

// 是/否, 有/无, Y/N, yes/no, true/false (Excel booleans), 1/0, √/×, ✓/✗; empty is false.
core::Result<bool> ParseYesNo(std::string_view text);

// A whole number ≥ 0: "3", "3人", "3.0" (an Excel number).
core::Result<std::int64_t> ParseCount(std::string_view text);

// One value per party: split on "；", ";" and line breaks and, when `loose` (names, kinds,
// numbers — not addresses, which may contain them), also on "、", "，" and ","; each part
// cleaned (CleanCell). Empty parts are kept (a party without a number), but a text with
// nothing in it gives no parts.
std::vector<std::string> SplitList(std::string_view text, bool loose);

// Full-width ASCII forms (U+FF01–U+FF5E, as Chinese input methods type them) folded to ASCII
// and U+3000 to a space.
std::string FoldFullWidth(std::string_view text);

}  // namespace fazhi::exchange
