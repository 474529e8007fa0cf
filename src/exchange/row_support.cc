// exchange/row_support.cc — see row_support.h.
#include "exchange/row_support.h"

#include "domain/validation/idcard.h"

namespace fazhi::exchange::row_support {

const Choice<domain::PartyKind>& PartyKindChoice() {
  using P = domain::PartyKind;
  static const Choice<P> c{"当事人类别",
                           "party kind",
                           {P::kPerson, P::kOrganisation},
                           domain::PartyKindLabelZh,
                           domain::PartyKindCode,
                           [](std::string_view t) { return domain::ParsePartyKind(t); },
                           {{"个人", P::kPerson},
                            {"公民", P::kPerson},
                            {"自然人", P::kPerson},
                            {"法人", P::kOrganisation},
                            {"单位", P::kOrganisation},
                            {"组织", P::kOrganisation},
                            {"企业", P::kOrganisation},
                            {"其他组织", P::kOrganisation},
                            {"法人或其他组织", P::kOrganisation},
                            {"非法人组织", P::kOrganisation}}};
  return c;
}

// ---- identifiers ----

core::Status CheckNotMasked(std::string_view value, std::string_view what_zh,
                            std::string_view what_en) {
  // '*' or the full-width '＊' (domain::MaskIdCard / MaskPhone write the former).
  if (value.find('*') == std::string_view::npos && value.find("＊") == std::string_view::npos) {
    return core::Ok();
  }
  return core::Fail(core::InvalidArgument(
      "",
      fmt::format("{}“{}”是脱敏后的号码（含 *），无法导入：请导出时选择“不脱敏”，或填写完整号码",
                  what_zh, value),
      fmt::format("The {} \"{}\" is masked (contains *) and cannot be imported: export "
                  "unmasked, or type the full number",
                  what_en, value)));
}

core::Status CheckNotScientific(std::string_view value) {
  bool numeric = !value.empty();
  bool exponent = false;
  for (char ch : value) {
    if (ch == 'E' || ch == 'e') {
      exponent = true;
    } else if (!((ch >= '0' && ch <= '9') || ch == '.' || ch == '+' || ch == '-')) {
      numeric = false;
    }
  }
  if (!numeric || !exponent) return core::Ok();
  return core::Fail(core::InvalidArgument(
      "",
      fmt::format("证件号码“{}”被 Excel "
                  "存成了数字（科学计数法），后几位已经丢失：请把该列设为“文本”格式后重新填写",
                  value),
      fmt::format("The ID number \"{}\" was stored by Excel as a number (scientific notation) "
                  "and its last digits are lost: format the column as text and type it again",
                  value)));
}

core::Status CheckIdentifier(std::string_view value, std::string_view what_zh,
                             std::string_view what_en) {
  RETURN_IF_ERROR(CheckNotMasked(value, what_zh, what_en));
  return CheckNotScientific(value);
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// ---- row helpers ----

std::string Join(const std::vector<std::string>& parts) {
  bool any = false;
  for (const auto& p : parts) any = any || !p.empty();
  if (!any) return {};
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += kListSeparator;
    out += parts[i];
  }
  return out;
}

Cell YesNo(bool v) { return Cell::Text(v ? "是" : "否"); }
Cell MoneyOrEmpty(std::int64_t fen) { return fen == 0 ? Cell() : Cell::Money(fen); }
Cell Label(std::string_view label) {
  return label == "—" ? Cell() : Cell::Text(std::string(label));
}

bool RowHasData(const SheetRow& row, const HeaderMapping& mapping,
                const std::vector<ColumnSpec>& columns) {
  for (std::size_t col = 0; col < columns.size(); ++col) {
    int cell = mapping.cell_of_column[col];
    if (!columns[col].importable || cell < 0) continue;
    if (static_cast<std::size_t>(cell) < row.cells.size() &&
        !CleanCell(row.cells[static_cast<std::size_t>(cell)]).empty()) {
      return true;
    }
  }
  return false;
}

bool IsTotalRow(const SheetRow& row) {
  for (const std::string& cell : row.cells) {
    std::string c = CleanCell(cell);
    if (c.empty()) continue;
    std::string folded;
    for (char ch : c) {
      if (ch != ' ') folded.push_back(ch);
    }
    return folded.rfind("合计", 0) == 0 || folded.rfind("总计", 0) == 0 ||
           folded.rfind("小计", 0) == 0;
  }
  return false;
}

core::Status ListCountProblem(std::size_t given, std::size_t parties, std::string_view what_zh,
                              std::string_view what_en) {
  return core::Fail(core::InvalidArgument(
      "",
      fmt::format("填写了 {} 个{}，但有 {} 个当事人：请按当事人顺序用“；”分隔，没有的留空", given,
                  what_zh, parties),
      fmt::format("{} {} given for {} parties: separate them with \"；\" in the parties' order, "
                  "leaving a blank for a party without one",
                  given, what_en, parties)));
}

}  // namespace fazhi::exchange::row_support
