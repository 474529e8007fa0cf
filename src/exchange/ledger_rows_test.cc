// Unit tests of the ledger layouts and rows: the column tables, header matching (titles
// above, aliases, spacing, full-width brackets, unknown and missing columns), each row's
// problems with Excel row numbers and column names, the import defaults, masking, and
// export → import giving the same records through CSV and through .xlsx.
#include "exchange/ledger_rows.h"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <map>
#include <set>

#include "exchange/csv.h"
#include "exchange/decision_catalogue_rows.h"
#include "exchange/decision_rows.h"
#include "exchange/normative_rows.h"
#include "exchange/officer_rows.h"
#include "exchange/penalty_rows.h"
#include "exchange/power_rows.h"
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
using ::testing::IsEmpty;

Sheet SheetOf(const std::vector<std::vector<std::string>>& rows, std::int64_t first = 1) {
  Sheet s;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    s.rows.push_back({first + static_cast<std::int64_t>(i), rows[i]});
  }
  return s;
}

std::string Problems(const std::vector<RowProblem>& problems) {
  std::string out;
  for (const auto& p : problems) out += fmt::format("[{} {} {}] ", p.row, p.column, p.reason);
  return out;
}

domain::MediationCase FullMediation() {
  domain::MediationCase c;
  c.case_no = "许调〔2023〕15号";
  c.category = "neighbor";
  c.start_mode = domain::MediationStartMode::kReferral;
  c.referred_by = "许明寺派出所";
  c.accepted_on = MakeDate(2023, 4, 3);
  c.summary = "邻里因排水沟堵塞引发纠纷，要求赔偿损失";
  c.outcome = domain::MediationOutcome::kSuccess;
  c.concluded_on = MakeDate(2023, 4, 28);
  c.parties_agreed_to_continue = true;
  c.amount_fen = 5000200000;
  c.prevented_criminal = true;
  domain::MediationParty a;
  a.name = "王大明";
  a.id_number = "11010519491231002X";
  a.phone = "13912345678";
  a.address = "许明寺镇新华村3组";
  domain::MediationParty b;
  b.kind = domain::PartyKind::kOrganisation;
  b.name = "重庆某建筑有限公司";
  b.uscc = "91350100M000100Y43";
  b.phone = "023-62345678";
  b.address = "重庆市某区某路1号";
  domain::MediationParty d;
  d.name = "李桂兰";
  c.parties = {a, b, d};
  domain::MediationAgreement ag;
  ag.form = domain::AgreementForm::kWritten;
  ag.effective_on = MakeDate(2023, 4, 28);
  ag.terms = "乙方于5月31日前一次性赔偿甲方5000元";
  ag.amount_fen = 500000;
  ag.performance = domain::PerformanceStatus::kPerformed;
  ag.performance_due = MakeDate(2023, 5, 31);
  ag.performed_on = MakeDate(2023, 5, 30);
  ag.last_followup_on = MakeDate(2023, 6, 15);
  ag.confirmation_applied_on = MakeDate(2023, 5, 2);
  ag.confirmation_court = "某县人民法院";
  ag.confirmation_result = domain::ConfirmationResult::kConfirmed;
  ag.confirmation_decided_on = MakeDate(2023, 5, 10);
  c.agreement = ag;
  return c;
}

domain::Petition FullPetitionRecord() {
  domain::Petition p;
  p.reg_no = "许信〔2023〕3号";
  p.channel = domain::PetitionChannel::kLetter;
  p.source = domain::PetitionSource::kAssigned;
  p.assigned_by = "县信访局";
  p.received_on = MakeDate(2023, 2, 6);
  p.petitioner_name = "赵铁柱";
  p.id_number = "11010519491231002X";
  p.phone = "13700000000";
  p.address = "许明寺镇白鹤村";
  p.group_size = 7;
  p.representatives = 3;
  p.category = domain::PetitionCategory::kClaim;
  p.request = "要求解决村道损毁问题，\"尽快\"修复";
  p.facts = "暴雨后村道塌方\n影响出行";
  p.reasons = "=影响群众出行";
  p.urgent = true;
  p.acknowledged_on = MakeDate(2023, 2, 10);
  p.accepted_on = MakeDate(2023, 2, 8);
  p.extension = domain::PetitionExtension{30, "镇长王某", MakeDate(2023, 4, 1), "案情复杂", true};
  p.closed_on = MakeDate(2023, 5, 4);
  p.outcome = domain::PetitionOutcome::kExplain;
  p.reply_served_on = MakeDate(2023, 5, 6);
  p.satisfaction = domain::Satisfaction::kBasicallySatisfied;
  p.rated_on = MakeDate(2023, 5, 8);
  p.lead_leader = "党委书记刘某";
  p.lead_assigned_on = MakeDate(2023, 2, 7);
  domain::PetitionReview review;
  review.requested_on = MakeDate(2023, 5, 20);
  review.organ = "县人民政府";
  review.replied_on = MakeDate(2023, 6, 18);
  review.result = "维持";
  p.review = review;
  domain::PetitionReview re_review;
  re_review.requested_on = MakeDate(2023, 7, 1);
  re_review.organ = "市人民政府";
  p.re_review = re_review;
  return p;
}

std::vector<std::string> Headers(Ledger ledger, bool several) {
  std::vector<std::string> out;
  for (const ColumnSpec* c : ExportColumns(ledger, several)) out.emplace_back(c->header);
  return out;
}

std::vector<std::string> Texts(const std::vector<Cell>& cells) {
  std::vector<std::string> out;
  for (const Cell& c : cells) out.push_back(c.ToText());
  return out;
}

// CSV bytes of a ledger export.
std::string CsvOf(Ledger ledger, bool several, const std::vector<std::vector<Cell>>& rows) {
  CsvWriter w;
  w.AddRow(Headers(ledger, several));
  for (const auto& r : rows) w.AddRow(r);
  return w.Take();
}

// .xlsx bytes of a ledger export, with a title row.
std::string XlsxOf(Ledger ledger, bool several, const std::vector<std::vector<Cell>>& rows) {
  XlsxLayout layout{"台账", "云岭县许明寺镇台账（2023年）", {}};
  for (const ColumnSpec* c : ExportColumns(ledger, several))
    layout.columns.push_back({std::string(c->header), c->width});
  auto bytes = WriteXlsx(layout, rows);
  EXPECT_THAT(bytes, IsOk());
  return bytes.value_or("");
}

TEST(LedgerLayouts, EveryHeaderAndAliasNamesOneColumn) {
  for (Ledger ledger : {Ledger::kMediation, Ledger::kPetition, Ledger::kPenalty, Ledger::kNormative,
                        Ledger::kDecision, Ledger::kOfficer, Ledger::kDecisionCatalogue, Ledger::kPower}) {
    std::map<std::string, std::string> owner;
    for (const ColumnSpec& c : LedgerColumns(ledger)) {
      std::vector<std::string_view> names = {c.header, c.header_en, c.key};
      names.insert(names.end(), c.aliases.begin(), c.aliases.end());
      for (std::string_view name : names) {
        std::string n = NormalizeHeader(name);
        auto [it, inserted] = owner.emplace(n, std::string(c.key));
        EXPECT_TRUE(inserted || it->second == c.key)
            << LedgerCode(ledger) << ": \"" << name << "\" names both " << it->second << " and "
            << c.key;
      }
    }
  }
}

// docs/import-export.md shows the clerks these tables: every column, in order, as the code has it.
TEST(LedgerLayouts, TheClerksDocumentMatchesTheTables) {
  std::ifstream in(std::string(FAZHI_SOURCE_DIR) + "/docs/import-export.md");
  ASSERT_TRUE(in.good());
  std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (Ledger ledger : {Ledger::kMediation, Ledger::kPetition, Ledger::kPenalty, Ledger::kNormative,
                        Ledger::kDecision, Ledger::kOfficer, Ledger::kDecisionCatalogue, Ledger::kPower}) {
    auto at = doc.find(fmt::format("## 列：{}", LedgerTitleZh(ledger)));
    ASSERT_NE(at, std::string::npos) << LedgerTitleZh(ledger);
    for (const ColumnSpec& c : LedgerColumns(ledger)) {
      std::string aliases;
      for (std::string_view a : c.aliases)
        aliases += (aliases.empty() ? "" : "、") + std::string(a);
      std::string line =
          fmt::format("| {} | {} | {} | {} |", c.header,
                      c.required ? "是" : (c.importable ? "" : "（仅导出）"), c.how_zh, aliases);
      auto found = doc.find(line, at);
      EXPECT_NE(found, std::string::npos)
          << "docs/import-export.md lacks, after the previous column:\n"
          << line;
      if (found != std::string::npos) at = found;
    }
  }
}

TEST(LedgerLayouts, NormalisesHeaders) {
  EXPECT_EQ(NormalizeHeader(" 协议金额（元） "), "协议金额");
  EXPECT_EQ(NormalizeHeader("*案件\n编号"), "案件编号");
  EXPECT_EQ(NormalizeHeader("协议金额(元)"), "协议金额");
  EXPECT_EQ(NormalizeHeader("Case Number"), "casenumber");
  EXPECT_EQ(NormalizeHeader("乡镇（街道"), "乡镇(街道");
}

TEST(LedgerLayouts, MapsErrorFieldsToColumns) {
  EXPECT_EQ(ColumnForField(Ledger::kMediation, "parties[1].uscc"), "当事人证件号码");
  EXPECT_EQ(ColumnForField(Ledger::kMediation, "parties[0].idNumber"), "当事人证件号码");
  EXPECT_EQ(ColumnForField(Ledger::kMediation, "parties"), "当事人");
  EXPECT_EQ(ColumnForField(Ledger::kMediation, "agreement.terms"), "协议内容");
  EXPECT_EQ(ColumnForField(Ledger::kMediation, "agreement"), "协议形式");
  EXPECT_EQ(ColumnForField(Ledger::kMediation, "committeeId"), "调解组织");
  EXPECT_EQ(ColumnForField(Ledger::kMediation, "nothing", "x"), "x");
  EXPECT_EQ(ColumnForField(Ledger::kPetition, "extension.approver"), "延期批准人");
  EXPECT_EQ(ColumnForField(Ledger::kPetition, "extension"), "延期天数");
  EXPECT_EQ(ColumnForField(Ledger::kPetition, "reReview.repliedOn"), "复核答复日期");
  EXPECT_EQ(ColumnForField(Ledger::kPetition, "excluded[0]"), "受理日期");
}

TEST(LedgerLayouts, ParsesTheLedgerName) {
  EXPECT_EQ(ParseLedger("mediation").value(), Ledger::kMediation);
  EXPECT_EQ(ParseLedger("信访").value(), Ledger::kPetition);
  EXPECT_EQ(ParseLedger("行政执法案件").value(), Ledger::kPenalty);
  EXPECT_EQ(ParseLedger("penalty").value(), Ledger::kPenalty);
  EXPECT_THAT(ParseLedger("enforcement"), HasErrorField("ledger"));
}

TEST(MediationSheet, FindsTheHeaderBelowTitlesAndToleratesAliases) {
  Sheet sheet = SheetOf({
      {"云岭县许明寺镇人民调解案件登记台账（2023年）"},
      {"填报单位：许明寺镇司法所", "", "", "填报日期：2024年1月5日"},
      {"序 号", "案件\n编号", "登记日期", "纠纷类别", "当事人姓名", "当事人身份证号", "联系电话",
       "简要案情", "调解结果", "结案时间", "协议主要内容", "涉及金额(元)", "备注"},
      {"1", "许调〔2023〕1号", "2023/1/5", "邻里纠纷", "张三；李四", "；", "13812345678；",
       "排水沟纠纷", "调解成功", "2023年1月9日", "共同疏通排水沟", "1,200元", "无"},
      {"2"},  // a template row numbered in advance
      {"合计", "", "", "", "", "", "", "", "", "", "", "1200"},
  });
  auto parsed = ParseMediationSheet(sheet);
  ASSERT_THAT(parsed, IsOk());
  EXPECT_EQ(parsed->header_row, 3);
  EXPECT_TRUE(parsed->header_ok);
  EXPECT_THAT(parsed->problems, IsEmpty()) << Problems(parsed->problems);
  EXPECT_THAT(parsed->ignored_headers, ElementsAre("备注"));
  EXPECT_EQ(parsed->data_rows, 1);
  ASSERT_EQ(parsed->rows.size(), 1u);
  const auto& row = parsed->rows[0];
  EXPECT_EQ(row.row, 4);
  const auto& c = row.record;
  EXPECT_EQ(c.case_no, "许调〔2023〕1号");
  EXPECT_EQ(c.accepted_on, MakeDate(2023, 1, 5));
  EXPECT_EQ(c.category, "neighbor");
  EXPECT_EQ(c.start_mode, domain::MediationStartMode::kApplication);  // default
  EXPECT_EQ(c.outcome, domain::MediationOutcome::kSuccess);
  EXPECT_EQ(c.concluded_on, MakeDate(2023, 1, 9));
  EXPECT_EQ(c.amount_fen, 120000);
  ASSERT_EQ(c.parties.size(), 2u);
  EXPECT_EQ(c.parties[0].name, "张三");
  EXPECT_EQ(c.parties[0].phone, "13812345678");
  EXPECT_EQ(c.parties[1].phone, "");
  ASSERT_TRUE(c.agreement.has_value());
  EXPECT_EQ(c.agreement->form, domain::AgreementForm::kWritten);             // default
  EXPECT_EQ(c.agreement->effective_on, MakeDate(2023, 1, 9));                // = 结案日期
  EXPECT_EQ(c.agreement->performance, domain::PerformanceStatus::kPending);  // default
  EXPECT_EQ(c.agreement->confirmation_result, domain::ConfirmationResult::kNone);
  EXPECT_EQ(c.agreement->terms, "共同疏通排水沟");
}

TEST(MediationSheet, ReportsEveryProblemOfARowWithRowAndColumn) {
  Sheet sheet = SheetOf(
      {
          {"案件编号", "受理日期", "纠纷类型", "当事人", "当事人证件号码", "纠纷简要情况",
           "调解结果", "结案日期", "协议金额（元）"},
          {"许调1", "2023-01-05", "邻里", "张三；李四", "", "纠纷", "", "", ""},
          {"许调2", "2023-02-30", "打架", "张三；李四", "110105********002X；", "纠纷", "好", "",
           "-5"},
          {"", "2023-01-05", "邻里", "张三；李四", "11010519491231002X", "", "", "2023-01-06", ""},
          {"许调4", "2023-01-05", "邻里", "张三", "3.60426199101010E+17", "纠纷", "", "", ""},
      },
      2);
  auto parsed = ParseMediationSheet(sheet);
  ASSERT_THAT(parsed, IsOk());
  EXPECT_EQ(parsed->data_rows, 4);
  ASSERT_EQ(parsed->rows.size(), 1u) << Problems(parsed->problems);
  EXPECT_EQ(parsed->rows[0].row, 3);
  EXPECT_EQ(parsed->rows[0].record.outcome, domain::MediationOutcome::kOpen);
  std::multimap<std::int64_t, std::string> by_row;
  for (const auto& p : parsed->problems) by_row.emplace(p.row, p.column + "：" + p.reason);
  auto at = [&](std::int64_t row) {
    std::vector<std::string> v;
    for (auto [it, end] = by_row.equal_range(row); it != end; ++it) v.push_back(it->second);
    return v;
  };
  EXPECT_THAT(
      at(4),
      ElementsAre(HasSubstr("受理日期：“2023-02-30”不是有效日期"),
                  HasSubstr("纠纷类型：“打架”不是有效的纠纷类型"),
                  HasSubstr("当事人证件号码：证件号码“110105********002X”是脱敏后的号码"),
                  HasSubstr("调解结果：“好”不是有效的调解结果，可填：调解中、成功、失败、终止"),
                  HasSubstr("协议金额（元）：金额不能为负数")))
      << Problems(parsed->problems);
  EXPECT_THAT(at(5), ElementsAre(HasSubstr("案件编号：请填写“案件编号”"),
                                 HasSubstr("纠纷简要情况：请填写“纠纷简要情况”"),
                                 HasSubstr("当事人证件号码：填写了 1 个证件号码，但有 2 个当事人"),
                                 HasSubstr("调解结果：已填写结案日期，请同时填写调解结果")))
      << Problems(parsed->problems);
  EXPECT_THAT(at(6), ElementsAre(HasSubstr("科学计数法")));
  EXPECT_EQ(parsed->problems[0].reason_en.empty(), false);
}

TEST(MediationSheet, MissingAndRepeatedColumnsStopTheImport) {
  Sheet sheet = SheetOf({{"案件编号", "登记日期", "受理日期", "当事人", "备注"},
                         {"许调1", "2023-01-05", "2023-01-05", "张三；李四", "x"}});
  auto parsed = ParseMediationSheet(sheet);
  ASSERT_THAT(parsed, IsOk());
  EXPECT_FALSE(parsed->header_ok);
  EXPECT_TRUE(parsed->rows.empty());
  EXPECT_EQ(parsed->data_rows, 1);
  std::vector<std::string> reasons;
  for (const auto& p : parsed->problems) {
    EXPECT_EQ(p.row, 1);
    reasons.push_back(p.column + "：" + p.reason);
  }
  EXPECT_THAT(reasons, ElementsAre(HasSubstr("受理日期：“受理日期”与第 2 列“登记日期”是同一列"),
                                   "纠纷类型：缺少必填列“纠纷类型”",
                                   "纠纷简要情况：缺少必填列“纠纷简要情况”"));
  auto none = ParseMediationSheet(SheetOf({{"姓名", "年龄"}, {"张三", "3"}}));
  ASSERT_THAT(none, HasErrorField("file"));
  EXPECT_THAT(none.error().message, HasSubstr("找不到人民调解案件登记台账的表头行"));
}

TEST(MediationSheet, InfersPartyKindsWhenNotGiven) {
  EXPECT_EQ(InferPartyKind("张三", "11010519491231002X"), domain::PartyKind::kPerson);
  EXPECT_EQ(InferPartyKind("某某", "91350100M000100Y43"), domain::PartyKind::kOrganisation);
  EXPECT_EQ(InferPartyKind("某某", "91350100M000100Y44"), domain::PartyKind::kOrganisation);
  EXPECT_EQ(InferPartyKind("重庆某建筑有限公司", ""), domain::PartyKind::kOrganisation);
  EXPECT_EQ(InferPartyKind("新春村村民委员会", ""), domain::PartyKind::kOrganisation);
  EXPECT_EQ(InferPartyKind("王建社", ""), domain::PartyKind::kPerson);
  EXPECT_EQ(InferPartyKind("王建国", "110105194912310025"), domain::PartyKind::kPerson);
}

TEST(MediationExport, MasksUnlessAskedAndWritesLabels) {
  auto c = FullMediation();
  MediationNames names{"许明寺镇", "许明寺镇人民调解委员会", "陈德明"};
  auto masked = Texts(MediationExportRow(c, 7, names, {}));
  auto headers = Headers(Ledger::kMediation, false);
  ASSERT_EQ(masked.size(), headers.size());
  std::map<std::string, std::string> by_header;
  for (std::size_t i = 0; i < headers.size(); ++i) by_header[headers[i]] = masked[i];
  EXPECT_EQ(by_header["序号"], "7");
  EXPECT_EQ(by_header["当事人"], "王大明；重庆某建筑有限公司；李桂兰");
  EXPECT_EQ(by_header["当事人类别"], "自然人；法人或其他组织；自然人");
  EXPECT_EQ(by_header["当事人证件号码"], "110105********002X；91350100M000100Y43；");
  EXPECT_EQ(by_header["联系电话"], "139****5678；023-****5678；");
  EXPECT_EQ(by_header["纠纷类型"], "邻里");
  EXPECT_EQ(by_header["受理方式"], "委托移送");
  EXPECT_EQ(by_header["调解结果"], "成功");
  EXPECT_EQ(by_header["涉及金额（元）"], "50002000.00");
  EXPECT_EQ(by_header["协议形式"], "书面协议");
  EXPECT_EQ(by_header["履行情况"], "已履行");
  EXPECT_EQ(by_header["司法确认结果"], "确认有效");
  EXPECT_EQ(by_header["防止民转刑"], "是");
  EXPECT_EQ(by_header["防止群体性上访"], "否");
  EXPECT_EQ(by_header["调解组织"], "许明寺镇人民调解委员会");
  EXPECT_EQ(by_header.count("乡镇（街道）"), 0u);
  auto unmasked = Texts(MediationExportRow(c, 7, names, {true, true}));
  EXPECT_EQ(unmasked.size(), headers.size() + 1);
  EXPECT_EQ(unmasked[1], "许明寺镇");
  EXPECT_THAT(unmasked, ::testing::Contains("11010519491231002X；91350100M000100Y43；"));
}

// Export, import, export again: the same cells, so every column survives both ways.
template <class Record, class Export, class Parse>
void ExpectRoundTrip(Ledger ledger, const Record& record, Export export_row, Parse parse) {
  auto first = export_row(record);
  for (bool xlsx : {false, true}) {
    SCOPED_TRACE(xlsx ? "xlsx" : "csv");
    std::string bytes = xlsx ? XlsxOf(ledger, true, {first}) : CsvOf(ledger, true, {first});
    auto sheet = ReadSheet(bytes);
    ASSERT_THAT(sheet, IsOk());
    auto parsed = parse(*sheet);
    ASSERT_THAT(parsed, IsOk());
    EXPECT_THAT(parsed->problems, IsEmpty()) << Problems(parsed->problems);
    EXPECT_THAT(parsed->ignored_headers, IsEmpty());
    ASSERT_EQ(parsed->rows.size(), 1u);
    EXPECT_EQ(parsed->rows[0].row, xlsx ? 3 : 2);
    EXPECT_EQ(parsed->rows[0].township, "许明寺镇");
    EXPECT_EQ(Texts(export_row(parsed->rows[0].record)), Texts(first));
  }
}

TEST(LedgerRoundTrip, MediationCaseComesBackTheSame) {
  MediationNames names{"许明寺镇", "许明寺镇人民调解委员会", "陈德明"};
  auto export_row = [&](const domain::MediationCase& c) {
    return MediationExportRow(c, 1, names, {true, true});
  };
  ExpectRoundTrip(Ledger::kMediation, FullMediation(), export_row, ParseMediationSheet);
  auto open = FullMediation();
  open.outcome = domain::MediationOutcome::kOpen;
  open.concluded_on.reset();
  open.agreement.reset();
  open.start_mode = domain::MediationStartMode::kProactive;
  open.referred_by.clear();
  ExpectRoundTrip(Ledger::kMediation, open, export_row, ParseMediationSheet);
  auto failed = open;
  failed.outcome = domain::MediationOutcome::kFailed;
  failed.concluded_on = MakeDate(2023, 5, 1);
  failed.termination_reason = "双方分歧较大，已告知可向人民法院起诉";
  ExpectRoundTrip(Ledger::kMediation, failed, export_row, ParseMediationSheet);
}

TEST(LedgerRoundTrip, PetitionComesBackTheSame) {
  auto export_row = [](const domain::Petition& p) {
    return PetitionExportRow(p, 1, "许明寺镇", {true, true});
  };
  ExpectRoundTrip(Ledger::kPetition, FullPetitionRecord(), export_row, ParsePetitionSheet);
  domain::Petition plain;
  plain.reg_no = "许信〔2023〕9号";
  plain.channel = domain::PetitionChannel::kVisit;
  plain.received_on = MakeDate(2023, 3, 1);
  plain.petitioner_name = "钱某";
  plain.address = "某村";
  plain.request = "请求";
  plain.facts = "事实";
  plain.diversion = domain::DiversionChannel::kLitigation;
  plain.diverted_on = MakeDate(2023, 3, 2);
  ExpectRoundTrip(Ledger::kPetition, plain, export_row, ParsePetitionSheet);
}

TEST(PetitionSheet, DefaultsAndStatus) {
  Sheet sheet = SheetOf({{"编号", "来访日期", "信访方式", "姓名", "住址", "交办单位", "问题类别",
                          "反映问题", "事实", "状态"},
                         {"许信1", "2023.3.1", "走访", "钱某", "某村", "县信访局", "申诉求决",
                          "修路", "路坏了", "已办结"}});
  auto parsed = ParsePetitionSheet(sheet);
  ASSERT_THAT(parsed, IsOk());
  EXPECT_THAT(parsed->problems, IsEmpty()) << Problems(parsed->problems);
  ASSERT_EQ(parsed->rows.size(), 1u);
  const auto& p = parsed->rows[0].record;
  EXPECT_EQ(p.channel, domain::PetitionChannel::kVisit);
  EXPECT_EQ(p.source, domain::PetitionSource::kAssigned);  // 交办单位 given
  EXPECT_EQ(p.category, domain::PetitionCategory::kClaim);
  EXPECT_EQ(p.group_size, 1);
  EXPECT_EQ(p.received_on, MakeDate(2023, 3, 1));
  EXPECT_EQ(PetitionStatusZh(p), "待受理");
  auto full = FullPetitionRecord();
  EXPECT_EQ(PetitionStatusZh(full), "已办结");
  full.concluded_final = true;
  EXPECT_EQ(PetitionStatusZh(full), "已终结");
}

TEST(PetitionExport, MasksIdAndPhone) {
  auto cells = Texts(PetitionExportRow(FullPetitionRecord(), 1, "", {}));
  EXPECT_THAT(cells, ::testing::Contains("110105********002X"));
  EXPECT_THAT(cells, ::testing::Contains("137****0000"));
  EXPECT_THAT(cells, ::testing::Not(::testing::Contains("13700000000")));
  EXPECT_EQ(cells.size(), Headers(Ledger::kPetition, false).size());
}

// ---- 行政执法案件 ----

domain::PenaltyCase FullPenalty() {
  domain::PenaltyCase c;
  c.number = "树综执罚立〔2025〕3号";
  c.cause = "未按规定倾倒建筑垃圾";
  c.matter_type = "市容环境卫生";
  c.category = domain::ActionCategory::kPenalty;
  c.procedure = domain::PenaltyProcedure::kGeneral;
  c.stage = domain::CaseStage::kClosed;
  c.lead_received_on = MakeDate(2025, 3, 1);
  c.filed_on = MakeDate(2025, 3, 3);
  c.act_on = MakeDate(2025, 2, 27);
  domain::CaseParty a;
  a.name = "王大明";
  a.id_number = "11010519491231002X";
  a.phone = "13700000000";
  a.address = "树人镇新街12号";
  domain::CaseParty b;
  b.kind = domain::PartyKind::kOrganisation;
  b.name = "某建材有限公司";
  b.uscc = "91350100M000100Y43";
  b.address = "树人镇工业园";
  c.parties = {a, b};
  c.officers = {{0, "陈立新", "渝执2021000123"}, {0, "李明", "渝执2021000124"}};
  c.investigated_on = MakeDate(2025, 3, 5);
  c.notice_served_on = MakeDate(2025, 3, 10);
  c.proposed.kinds = {domain::PenaltyKind::kFine};
  c.proposed.fine_fen = 2000000;
  c.hearing_right_notified = true;
  c.hearing = domain::CaseHearing{MakeDate(2025, 3, 12), MakeDate(2025, 3, 13), MakeDate(2025, 3, 25),
                                  "司法所所长", false, false};
  domain::LegalReview r;
  r.submitted_on = MakeDate(2025, 3, 26);
  r.reviewed_on = MakeDate(2025, 3, 27);
  r.reviewer = "赵法审";
  r.outcome = domain::ReviewOutcome::kAgree;
  r.opinion = "事实清楚，证据确凿";
  r.checklist.fill(true);
  c.legal_review = r;
  c.collective = domain::CollectiveDiscussion{MakeDate(2025, 3, 28), "镇长、分管副镇长", "同意"};
  c.decided_on = MakeDate(2025, 3, 31);
  c.outcome = domain::DecisionOutcome::kPenalty;
  c.decided.kinds = {domain::PenaltyKind::kFine, domain::PenaltyKind::kConfiscateGains};
  c.decided.fine_fen = 1500000;
  c.decided.confiscation_fen = 35000;
  c.decided.description = "罚款人民币1.5万元，没收违法所得350元";
  c.decision_number = "树综执罚决〔2025〕3号";
  c.served_on = MakeDate(2025, 4, 1);
  c.service_method = domain::ServiceMethod::kPost;
  c.executed_on = MakeDate(2025, 4, 10);
  c.paid_fen = 1535000;
  c.closed_on = MakeDate(2025, 4, 12);
  c.published_on = MakeDate(2025, 4, 3);
  c.publication_url = "https://www.example.gov.cn/zfgs/3";
  return c;
}

TEST(LedgerRoundTrip, PenaltyCaseComesBackTheSame) {
  auto export_row = [](const domain::PenaltyCase& c) {
    return PenaltyExportRow(c, 1, "许明寺镇", {true, true});
  };
  ExpectRoundTrip(Ledger::kPenalty, FullPenalty(), export_row, ParsePenaltySheet);
  domain::PenaltyCase lead;
  lead.number = "线索1";
  lead.cause = "占道经营";
  lead.matter_type = "市容环境卫生";
  lead.lead_received_on = MakeDate(2025, 6, 1);
  lead.parties = {FullPenalty().parties[0]};
  ExpectRoundTrip(Ledger::kPenalty, lead, export_row, ParsePenaltySheet);
}

TEST(PenaltySheet, DefaultsFromTheDatesAndAFineAlone) {
  Sheet sheet = SheetOf({{"案号", "案由", "执法领域", "受理日期", "立案日期", "当事人", "执法人员",
                          "调查日期", "告知日期", "罚款数额", "处罚决定日期", "决定文号", "程序"},
                         {"立1", "占道经营", "市容环境卫生", "2025/5/6", "2025年5月7日", "张三；某商店",
                          "陈立新、李明", "2025-05-08", "2025-05-12", "500元", "2025-05-20", "决1", "简易"}});
  auto parsed = ParsePenaltySheet(sheet);
  ASSERT_THAT(parsed, IsOk());
  EXPECT_THAT(parsed->problems, IsEmpty()) << Problems(parsed->problems);
  ASSERT_EQ(parsed->rows.size(), 1u);
  const auto& c = parsed->rows[0].record;
  EXPECT_EQ(c.stage, domain::CaseStage::kDecision);  // the furthest date given
  EXPECT_EQ(c.procedure, domain::PenaltyProcedure::kSummary);
  EXPECT_THAT(c.decided.kinds, ElementsAre(domain::PenaltyKind::kFine));
  EXPECT_EQ(c.decided.fine_fen, 50000);
  ASSERT_EQ(c.parties.size(), 2u);
  EXPECT_EQ(c.parties[1].kind, domain::PartyKind::kOrganisation);  // 商店
  ASSERT_EQ(c.officers.size(), 2u);
  EXPECT_EQ(c.officers[1].name, "李明");
  EXPECT_EQ(c.officers[1].officer_id, 0);  // resolved by the import service
}

TEST(PenaltySheet, ReportsEveryProblemOfARow) {
  Sheet sheet = SheetOf({{"案号", "案由", "事项类别", "线索受理日期", "当事人", "承办人员", "执法证号",
                          "处罚种类", "听证举行日期", "当事人证件号码"},
                         {"立2", "占道经营", "市容环境卫生", "2025-13-01", "张三", "陈立新；李明", "渝执1",
                          "罚款；打板子", "2025-05-01", "500101********1234"}});
  auto parsed = ParsePenaltySheet(sheet);
  ASSERT_THAT(parsed, IsOk());
  EXPECT_TRUE(parsed->rows.empty());
  const std::string all = Problems(parsed->problems);
  EXPECT_THAT(all, HasSubstr("线索受理日期"));
  EXPECT_THAT(all, HasSubstr("执法证号"));
  EXPECT_THAT(all, HasSubstr("打板子"));
  EXPECT_THAT(all, HasSubstr("听证申请日期"));
  EXPECT_THAT(all, HasSubstr("脱敏"));
}

TEST(PenaltyExport, MasksIdAndPhoneButNotTheCreditCode) {
  auto cells = Texts(PenaltyExportRow(FullPenalty(), 1, "", {}));
  EXPECT_THAT(cells, ::testing::Contains("110105********002X；91350100M000100Y43"));
  EXPECT_THAT(cells, ::testing::Contains("137****0000；"));
  EXPECT_THAT(cells, ::testing::Contains("罚款；没收违法所得"));
  EXPECT_THAT(cells, ::testing::Contains("结案归档"));
  EXPECT_EQ(cells.size(), Headers(Ledger::kPenalty, false).size());
}

TEST(LedgerRoundTrip, NormativeDocumentAndMajorDecisionComeBackTheSame) {
  domain::NormativeDocument d;
  d.title = "农村人居环境整治管理办法";
  d.number = "许府规〔2025〕1号";
  d.drafting_unit = "党政办公室";
  d.trial = domain::NormTrial::kInterim;
  d.drafted_on = MakeDate(2025, 3, 3);
  d.review_submitted_on = MakeDate(2025, 4, 7);
  d.reviewed_on = MakeDate(2025, 4, 18);
  d.reviewer = "法律顾问";
  d.review_outcome = domain::NormReviewOutcome::kRevise;
  d.review_opinion = "修改后通过";
  d.published_on = MakeDate(2025, 4, 28);
  d.urgent = true;
  d.urgent_reason = "防汛";
  d.standing = domain::NormStanding::kRepealed;
  d.cleaned_on = MakeDate(2025, 11, 1);
  ExpectRoundTrip(Ledger::kNormative, d,
                  [](const domain::NormativeDocument& r) { return NormativeExportRow(r, 1, "许明寺镇", {true, true}); },
                  ParseNormativeSheet);
  domain::MajorDecision m;
  m.title = "老旧小区改造方案";
  m.scope = domain::DecisionScope::kConstruction;
  m.drafting_unit = "建设办";
  m.proposed_on = MakeDate(2025, 3, 1);
  m.catalogue_item = "老旧小区改造";
  m.catalogue_year = 2025;
  m.comment_from = MakeDate(2025, 3, 10);
  m.comment_to = MakeDate(2025, 4, 10);
  m.risk_level = domain::RiskLevel::kHigh;
  m.decided_on = MakeDate(2025, 5, 12);
  m.meeting = "常务会议";
  m.meeting_result = domain::MeetingResult::kDeferred;
  ExpectRoundTrip(Ledger::kDecision, m,
                  [](const domain::MajorDecision& r) { return DecisionExportRow(r, 1, "许明寺镇", {true, true}); },
                  ParseDecisionSheet);
}

TEST(LedgerRoundTrip, DecisionCatalogueItemComesBackTheSame) {
  domain::DecisionCatalogueItem k;
  k.year = 2025;
  k.title = "集镇农贸市场迁建项目";
  k.scope = domain::DecisionScope::kConstruction;
  k.drafting_unit = "建设环保办公室";
  k.planned_period = "2025年第三季度";
  k.listed_on = MakeDate(2024, 12, 20);
  k.party_consent_on = MakeDate(2024, 12, 26);
  k.published_on = MakeDate(2025, 1, 6);
  k.publication_channel = "镇政府门户网站";
  k.withdrawn_on = MakeDate(2025, 9, 1);
  k.withdrawal_reason = "项目选址调整，列入下一年度";
  k.note = "经镇党委会议研究";
  ExpectRoundTrip(Ledger::kDecisionCatalogue, k,
                  [](const domain::DecisionCatalogueItem& r) {
                    return DecisionCatalogueExportRow(r, 1, "许明寺镇", {true, true});
                  },
                  ParseDecisionCatalogueSheet);
  EXPECT_EQ(ParseLedger("决策目录").value(), Ledger::kDecisionCatalogue);
  EXPECT_EQ(ParseLedger("decision_catalogue").value(), Ledger::kDecisionCatalogue);
}

TEST(LedgerRoundTrip, PowerComesBackTheSame) {
  domain::PowerItem p;
  p.code = "XK-001";
  p.name = "乡村建设规划许可";
  p.category = domain::ActionCategory::kLicence;
  p.subject = "许明寺镇人民政府";
  p.basis = "《中华人民共和国城乡规划法》第41条";
  p.procedure = "申请—受理—审查—决定—送达";
  p.remedy = "60日内申请行政复议或6个月内提起行政诉讼";
  p.effective_from = MakeDate(2025, 1, 1);
  p.note = "县政府赋权事项";
  ExpectRoundTrip(Ledger::kPower, p,
                  [](const domain::PowerItem& r) { return PowerExportRow(r, 1, "许明寺镇", {true, true}); },
                  ParsePowerSheet);
  domain::PowerItem revised = p;
  revised.version = 2;
  revised.effective_to = MakeDate(2025, 12, 31);
  auto cells = Texts(PowerExportRow(revised, 1, "", {}));
  EXPECT_THAT(cells, ::testing::Contains("行政许可"));
  EXPECT_THAT(cells, ::testing::Contains("2"));
  EXPECT_EQ(ParseLedger("权责清单").value(), Ledger::kPower);
}

TEST(DecisionCatalogueSheet, ReportsEveryProblemOfARow) {
  Sheet sheet = SheetOf({{"年度", "事项名称", "类别", "承办部门", "列入日期", "党委同意日期"},
                         {"二〇二五", "", "拆迁", "建设办", "2025-02-30", "2024-12-26"},
                         {"2025", "集镇农贸市场迁建项目", "重大公共建设项目", "建设办", "2024-12-20", ""}});
  auto parsed = ParseDecisionCatalogueSheet(sheet);
  ASSERT_THAT(parsed, IsOk());
  ASSERT_EQ(parsed->rows.size(), 1u);
  EXPECT_EQ(parsed->rows[0].record.scope, domain::DecisionScope::kConstruction);
  EXPECT_EQ(parsed->rows[0].record.listed_on, MakeDate(2024, 12, 20));
  const std::string all = Problems(parsed->problems);
  // Each problem names the column as the file wrote it.
  EXPECT_THAT(all, HasSubstr("[2 年度 “二〇二五”"));
  EXPECT_THAT(all, HasSubstr("[2 事项名称 请填写"));
  EXPECT_THAT(all, HasSubstr("[2 类别 “拆迁”"));
  EXPECT_THAT(all, HasSubstr("[2 列入日期 “2025-02-30”"));
}

domain::EnforcementOfficer FullOfficer() {
  domain::EnforcementOfficer o;
  o.name = "陈立新";
  o.gender = domain::Gender::kMale;
  o.id_number = "11010519491231002X";
  o.phone = "13700000000";
  o.agency = "综合行政执法办公室";
  o.post = "队长";
  o.education = "本科";
  o.established_post = true;
  o.in_post_from = MakeDate(2015, 3, 1);
  o.legal_reviewer = true;
  o.legal_qualification = true;
  domain::OfficerCertificate first;
  first.number = "渝执500101001";
  first.field = "综合行政执法";
  first.issuing_authority = "重庆市人民政府";
  first.issued_on = MakeDate(2016, 5, 1);
  first.expires_on = MakeDate(2021, 4, 30);
  first.status = domain::CertificateStatus::kCancelled;
  first.status_changed_on = MakeDate(2021, 5, 6);
  first.status_reason = "换发新证，旧证收回";  // full-width punctuation kept as written
  domain::OfficerCertificate second;
  second.number = "渝执500101087";
  second.field = "市场监管";
  second.issuing_authority = "重庆市人民政府";
  second.issued_on = MakeDate(2021, 5, 6);
  second.expires_on = MakeDate(2026, 5, 5);
  o.certificates = {first, second};
  o.exams = {{0, 0, MakeDate(2015, 11, 20), domain::ExamPart::kGeneral, 86},
             {0, 0, MakeDate(2015, 11, 21), domain::ExamPart::kSpecial, 58}};
  o.trainings = {{0, 0, MakeDate(2025, 3, 1), "《行政处罚法》（2021年修订）专题培训", 8, "县司法局"},
                 {0, 0, MakeDate(2025, 6, 12), "执法文书 制作", 16, ""}};
  return o;
}

TEST(LedgerRoundTrip, OfficerWithCertificatesExamsAndTrainingsComesBackTheSame) {
  auto export_row = [](const domain::EnforcementOfficer& o) { return OfficerExportRow(o, 1, "许明寺镇", {true, true}); };
  ExpectRoundTrip(Ledger::kOfficer, FullOfficer(), export_row, ParseOfficerSheet);
  domain::EnforcementOfficer plain;
  plain.name = "李明";
  plain.agency = "综合行政执法办公室";
  plain.established_post = false;
  plain.in_post_from = MakeDate(2024, 1, 2);
  plain.left_post_on = MakeDate(2025, 7, 1);
  ExpectRoundTrip(Ledger::kOfficer, plain, export_row, ParseOfficerSheet);

  // The record itself, not only its cells.
  auto sheet = ReadSheet(CsvOf(Ledger::kOfficer, false, {OfficerExportRow(FullOfficer(), 1, "", {true, false})}));
  ASSERT_THAT(sheet, IsOk());
  auto parsed = ParseOfficerSheet(*sheet);
  ASSERT_THAT(parsed, IsOk());
  ASSERT_EQ(parsed->rows.size(), 1u) << Problems(parsed->problems);
  const auto& o = parsed->rows[0].record;
  EXPECT_EQ(o.id_number, "11010519491231002X");
  ASSERT_EQ(o.certificates.size(), 2u);
  EXPECT_EQ(o.certificates[0].status, domain::CertificateStatus::kCancelled);
  EXPECT_EQ(o.certificates[0].status_changed_on, MakeDate(2021, 5, 6));
  EXPECT_EQ(o.certificates[0].status_reason, "换发新证，旧证收回");
  EXPECT_EQ(o.certificates[1].number, "渝执500101087");
  EXPECT_EQ(o.certificates[1].field, "市场监管");
  EXPECT_EQ(o.certificates[1].expires_on, MakeDate(2026, 5, 5));
  EXPECT_EQ(o.certificates[1].status, domain::CertificateStatus::kValid);
  EXPECT_FALSE(o.certificates[1].status_changed_on.has_value());
  ASSERT_EQ(o.exams.size(), 2u);
  EXPECT_EQ(o.exams[1].part, domain::ExamPart::kSpecial);
  EXPECT_EQ(o.exams[1].score, 58);
  ASSERT_EQ(o.trainings.size(), 2u);
  EXPECT_EQ(o.trainings[0].organiser, "县司法局");
  EXPECT_EQ(o.trainings[0].topic, "《行政处罚法》（2021年修订）专题培训");
  EXPECT_EQ(o.trainings[1].topic, "执法文书 制作");
  EXPECT_EQ(o.trainings[1].hours, 16);
}

TEST(OfficerExport, MasksIdAndPhoneAndSumsTheTrainingHours) {
  auto cells = Texts(OfficerExportRow(FullOfficer(), 1, "", {}));
  EXPECT_EQ(cells.size(), Headers(Ledger::kOfficer, false).size());
  EXPECT_THAT(cells, ::testing::Contains("110105********002X"));
  EXPECT_THAT(cells, ::testing::Contains("137****0000"));
  EXPECT_THAT(cells, ::testing::Contains("渝执500101001；渝执500101087"));
  EXPECT_THAT(cells, ::testing::Contains("注销（2021-05-06：换发新证，旧证收回）；有效"));
  EXPECT_THAT(cells, ::testing::Contains("2015-11-20 通用法律知识 86；2015-11-21 专门法律知识 58"));
  EXPECT_THAT(cells, ::testing::Contains("24"));
}

TEST(OfficerSheet, ReadsALedgersWordsAndOneAuthorityForAll) {
  Sheet sheet = SheetOf({{"行政执法人员名册"},
                         {"序号", "姓名", "性别", "执法单位", "上岗日期", "执法证编号", "执法类别", "发证单位",
                          "发证时间", "有效期", "状态", "考试情况", "培训情况"},
                         {"1", "王芳", "女", "综合执法办", "2019/3/1", "渝执1；渝执2", "市场监管；农业", "重庆市人民政府",
                          "2019-06-01；2020.1.5", "2024年5月31日；2025-01-04", "；挂失(2024-09-01)",
                          "2019-04-10 通用法律知识 72分", "2025-03-01 培训 8 学时 县司法局"}});
  auto parsed = ParseOfficerSheet(sheet);
  ASSERT_THAT(parsed, IsOk());
  EXPECT_THAT(parsed->problems, IsEmpty()) << Problems(parsed->problems);
  ASSERT_EQ(parsed->rows.size(), 1u);
  const auto& o = parsed->rows[0].record;
  EXPECT_EQ(o.gender, domain::Gender::kFemale);
  EXPECT_TRUE(o.established_post);  // default
  ASSERT_EQ(o.certificates.size(), 2u);
  EXPECT_EQ(o.certificates[1].issuing_authority, "重庆市人民政府");
  EXPECT_EQ(o.certificates[0].status, domain::CertificateStatus::kValid);
  EXPECT_EQ(o.certificates[1].status, domain::CertificateStatus::kLost);
  EXPECT_EQ(o.certificates[1].status_changed_on, MakeDate(2024, 9, 1));
  ASSERT_EQ(o.exams.size(), 1u);
  EXPECT_EQ(o.exams[0].score, 72);
  ASSERT_EQ(o.trainings.size(), 1u);
  EXPECT_EQ(o.trainings[0].hours, 8);
  EXPECT_EQ(o.trainings[0].organiser, "县司法局");
}

TEST(OfficerSheet, ReportsEveryProblemOfARowWithItsColumn) {
  Sheet sheet = SheetOf({{"姓名", "身份证号", "执法机构", "从事执法工作日期", "执法证号", "执法领域", "有效期至",
                          "考试成绩", "培训记录"},
                         {"赵六", "110105********002X", "执法办", "2020-01-01", "渝执1；渝执2", "市场监管",
                          "2025-01-01；2026-13-01", "2024-05-10 通用法律知识", "培训八学时"}});
  auto parsed = ParseOfficerSheet(sheet);
  ASSERT_THAT(parsed, IsOk());
  EXPECT_TRUE(parsed->rows.empty());
  std::set<std::string> columns;
  for (const auto& p : parsed->problems) {
    EXPECT_EQ(p.row, 2);
    columns.insert(p.column);
  }
  EXPECT_THAT(columns, ::testing::Contains("身份证号"));  // masked
  EXPECT_THAT(columns, ::testing::Contains("有效期至"));  // 2026-13-01
  EXPECT_THAT(columns, ::testing::Contains("考试成绩"));  // no score
  EXPECT_THAT(columns, ::testing::Contains("培训记录"));  // no date, no hours
  // The list lengths are compared once every cell is understood.
  Sheet counts = SheetOf({{"姓名", "执法机构", "从事执法工作日期", "执法证号", "执法领域"},
                          {"赵六", "执法办", "2020-01-01", "渝执1；渝执2", "市场监管"}});
  auto short_list = ParseOfficerSheet(counts);
  ASSERT_THAT(short_list, IsOk());
  ASSERT_EQ(short_list->problems.size(), 1u);
  EXPECT_EQ(short_list->problems[0].column, "执法领域");
  EXPECT_THAT(short_list->problems[0].reason, HasSubstr("2个执法证"));
}

TEST(LedgerLayouts, OfficerErrorFieldsNameTheirColumns) {
  EXPECT_EQ(ParseLedger("officer").value(), Ledger::kOfficer);
  EXPECT_EQ(ParseLedger("执法人员").value(), Ledger::kOfficer);
  EXPECT_EQ(ColumnForField(Ledger::kOfficer, "certificates[1].expiresOn"), "有效期至");
  EXPECT_EQ(ColumnForField(Ledger::kOfficer, "certificates[0].statusChangedOn"), "证件状态");
  EXPECT_EQ(ColumnForField(Ledger::kOfficer, "exams[0].score"), "考试成绩");
  EXPECT_EQ(ColumnForField(Ledger::kOfficer, "trainings[2].hours"), "培训记录");
  EXPECT_EQ(ColumnForField(Ledger::kOfficer, "idNumber"), "身份证号");
}

}  // namespace
}  // namespace fazhi::exchange
