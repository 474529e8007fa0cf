// Service tests on both databases of Excel in and out: the sample files (one bad row each),
// mode all writes nothing when a row is bad, mode valid writes the good rows, dry runs,
// duplicate numbers in the file and in the database, committees and mediators resolved by
// name, rule problems named by column, export → import giving the same records (.xlsx and
// .csv), masking, filters across all pages, scope; the 行政执法人员 register (certificate numbers
// repeated in the file or the register, ValidateOfficer problems in their column, export → import).
//
// FAZHI_WRITE_SAMPLE_XLSX=PATH regenerates tests/data/mediation_import_sample.xlsx (the CSV
// sample as a county's .xlsx: title row, real dates and numbers).
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <tuple>

#include "core/clock.h"
#include "exchange/cell_values.h"
#include "exchange/csv.h"
#include "exchange/ledger_layouts.h"
#include "exchange/xlsx_writer.h"
#include "service/decision_service.h"
#include "service/export_service.h"
#include "service/import_service.h"
#include "service/ledger_service.h"
#include "service/officer_service.h"
#include "store/mediation_repository.h"
#include "store/officer_repository.h"
#include "store/petition_repository.h"
#include "support/matchers.h"
#include "support/test_database.h"

namespace fazhi::service {
namespace {

using core::MakeDate;
using exchange::Ledger;
using fazhi::testing::HasError;
using fazhi::testing::IsOk;
using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << path;
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string DataFile(const std::string& name) {
  return ReadFile(std::string(FAZHI_SOURCE_DIR) + "/tests/data/" + name);
}

std::string Report(const ImportResult& r) {
  std::string out = fmt::format("total={} valid={} imported={} rejected={}\n", r.total, r.valid,
                                r.imported, r.rejected);
  for (const auto& e : r.errors)
    out += fmt::format("  row {} [{}] {}\n", e.row, e.column, e.reason);
  return out;
}

// A CSV ledger as a county's .xlsx: a title row, dates as dates, amounts and counts as numbers.
std::string CsvAsXlsx(const std::string& csv, const std::string& title) {
  auto sheet = exchange::ReadCsv(csv);
  EXPECT_THAT(sheet, IsOk());
  const auto& header = sheet->rows.at(0).cells;
  std::vector<exchange::ColumnKind> kinds;
  exchange::XlsxLayout layout{"台账", title, {}};
  for (const auto& h : header) {
    exchange::ColumnKind kind = exchange::ColumnKind::kText;
    double width = 12;
    for (const auto& c : exchange::LedgerColumns(Ledger::kMediation)) {
      if (exchange::NormalizeHeader(c.header) == exchange::NormalizeHeader(h)) {
        kind = c.kind;
        width = c.width;
      }
    }
    kinds.push_back(kind);
    layout.columns.push_back({h, width});
  }
  auto writer = exchange::XlsxWriter::Open(layout);
  EXPECT_THAT(writer, IsOk());
  for (std::size_t r = 1; r < sheet->rows.size(); ++r) {
    std::vector<exchange::Cell> cells;
    for (std::size_t i = 0; i < sheet->rows[r].cells.size(); ++i) {
      const std::string& text = sheet->rows[r].cells[i];
      exchange::Cell cell = exchange::Cell::Text(text);
      if (kinds[i] == exchange::ColumnKind::kDate && !text.empty()) {
        if (auto d = exchange::ParseCellDate(text)) cell = exchange::Cell::DateValue(*d);
      } else if (kinds[i] == exchange::ColumnKind::kMoney && !text.empty()) {
        if (auto fen = exchange::ParseYuanToFen(text)) cell = exchange::Cell::Money(*fen);
      } else if (kinds[i] == exchange::ColumnKind::kSequence && !text.empty()) {
        cell = exchange::Cell::Integer(std::atoll(text.c_str()));
      }
      cells.push_back(cell);
    }
    EXPECT_THAT((*writer)->AddRow(cells), IsOk());
  }
  auto bytes = (*writer)->Finish();
  EXPECT_THAT(bytes, IsOk());
  return bytes.value_or("");
}

class ImportExportTest : public fazhi::testing::SeededDatabaseTest {
 protected:
  void SetUp() override {
    SeededDatabaseTest::SetUp();
    if (::testing::Test::IsSkipped() || HasFatalFailure()) return;
    auto opened = OpenServiceContext(
        {test_db().url(), std::string(FAZHI_SOURCE_DIR) + "/data/calendar", true}, clock_);
    ASSERT_THAT(opened, IsOk());
    ctx_ = std::make_unique<ServiceContext>(std::move(*opened));
    auto a1 = Committee(org().township_a1.id, "许明寺镇人民调解委员会", std::nullopt);
    ASSERT_THAT(a1, IsOk());
    committee_a1_ = *a1;
    auto village = Committee(org().township_a1.id, "新春村人民调解委员会", org().village_a1.id);
    ASSERT_THAT(village, IsOk());
    village_committee_ = *village;
    auto a2 = Committee(org().township_a2.id, "许明寺镇人民调解委员会", std::nullopt);
    ASSERT_THAT(a2, IsOk());
    committee_a2_ = *a2;
    ASSERT_THAT(Mediator(org().township_a1.id, committee_a1_, "陈德明"), IsOk());
    ASSERT_THAT(Mediator(org().township_a1.id, village_committee_, "刘秀英"), IsOk());
    ASSERT_THAT(Mediator(org().township_a2.id, committee_a2_, "陈德明"), IsOk());
    ASSERT_THAT(Mediator(org().township_a2.id, committee_a2_, "王国华"), IsOk());
    mediator_a1_ = *Mediator(org().township_a1.id, committee_a1_, "王国华");
  }

  core::Result<std::int64_t> Committee(std::int64_t township_id, const std::string& name,
                                       std::optional<std::int64_t> village) {
    domain::MediationCommittee c;
    c.township_id = township_id;
    c.village_id = village;
    c.name = name;
    c.level = village ? domain::CommitteeLevel::kVillage : domain::CommitteeLevel::kTownship;
    c.established_on = MakeDate(2015, 3, 1);
    c.term_start = MakeDate(2024, 1, 1);
    c.term_end = MakeDate(2026, 12, 31);
    const char* names[] = {"甲", "乙", "丙"};
    for (int i = 0; i < 3; ++i) {
      domain::CommitteeMember m;
      m.name = names[i];
      m.gender = i == 1 ? domain::Gender::kFemale : domain::Gender::kMale;
      m.role = i == 0 ? domain::CommitteeRole::kChair : domain::CommitteeRole::kMember;
      m.term_start = c.term_start;
      m.term_end = c.term_end;
      c.members.push_back(m);
    }
    ASSIGN_OR_RETURN(auto recorded, RecordCommittee(*ctx_, store::Scope::System(), c));
    return recorded.record.id;
  }

  core::Result<std::int64_t> Mediator(std::int64_t township_id, std::int64_t committee_id,
                                      const std::string& name) {
    domain::Mediator m;
    m.township_id = township_id;
    m.committee_id = committee_id;
    m.name = name;
    m.appointed_on = MakeDate(2024, 1, 1);
    ASSIGN_OR_RETURN(auto recorded, RecordMediator(*ctx_, store::Scope::System(), m));
    return recorded.record.id;
  }

  store::Scope A1() const { return store::Scope::Township(org().township_a1.id); }

  core::Result<ImportResult> Import(Ledger ledger, std::int64_t township, const std::string& bytes,
                                    ImportMode mode = ImportMode::kAll, bool dry_run = false) {
    ImportOptions options;
    options.mode = mode;
    options.dry_run = dry_run;
    return ImportLedger(*ctx_, store::Scope::System(), ledger, township, bytes, options);
  }

  std::vector<domain::MediationCase> Cases(std::int64_t township) {
    store::MediationRepository repo(*ctx_->db);
    store::CaseFilter filter;
    filter.township_id = township;
    filter.page.page_size = 1000;
    filter.page.sort = "caseNo";
    auto page = repo.ListCases(store::Scope::System(), filter);
    EXPECT_THAT(page, IsOk());
    return page ? page->items : std::vector<domain::MediationCase>{};
  }

  std::vector<domain::Petition> Petitions(std::int64_t township) {
    store::PetitionRepository repo(*ctx_->db);
    store::PetitionFilter filter;
    filter.township_id = township;
    filter.page.page_size = 1000;
    filter.page.sort = "regNo";
    auto page = repo.List(store::Scope::System(), filter);
    EXPECT_THAT(page, IsOk());
    return page ? page->items : std::vector<domain::Petition>{};
  }

  // A record's content without its ids (and the references that differ between townships).
  static std::string Content(domain::MediationCase c) {
    c.id = 0;
    c.township_id = 0;
    c.committee_id = 0;
    c.mediator_id = c.mediator_id ? std::optional<std::int64_t>(1) : std::nullopt;
    for (auto& p : c.parties) p.id = p.case_id = 0;
    if (c.agreement) c.agreement->id = c.agreement->case_id = 0;
    return fazhi::testing::Dump(c);
  }
  static std::string Content(domain::Petition p) {
    p.id = 0;
    p.township_id = 0;
    p.duplicate_of.reset();
    return fazhi::testing::Dump(p);
  }

  domain::MediationCase SuccessCase(const std::string& case_no) const {
    domain::MediationCase c;
    c.township_id = org().township_a1.id;
    c.committee_id = committee_a1_;
    c.mediator_id = mediator_a1_;
    c.case_no = case_no;
    c.category = "contract";
    c.start_mode = domain::MediationStartMode::kReferral;
    c.referred_by = "县人民法院";
    c.accepted_on = MakeDate(2025, 4, 3);
    c.summary = "=拖欠货款引发纠纷，\"双方\"各执一词,争议";
    c.outcome = domain::MediationOutcome::kSuccess;
    c.concluded_on = MakeDate(2025, 4, 28);
    c.amount_fen = 1234567;
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
    c.parties = {a, b};
    domain::MediationAgreement ag;
    ag.effective_on = MakeDate(2025, 4, 28);
    ag.terms = "乙方于5月31日前一次性支付货款12345.67元";
    ag.amount_fen = 1234567;
    ag.performance = domain::PerformanceStatus::kPerformed;
    ag.performance_due = MakeDate(2025, 5, 31);
    ag.performed_on = MakeDate(2025, 5, 30);
    ag.last_followup_on = MakeDate(2025, 6, 15);
    ag.confirmation_applied_on = MakeDate(2025, 5, 2);
    ag.confirmation_court = "某县人民法院";
    ag.confirmation_result = domain::ConfirmationResult::kConfirmed;
    ag.confirmation_decided_on = MakeDate(2025, 5, 10);
    c.agreement = ag;
    return c;
  }

  domain::MediationCase FailedCase(const std::string& case_no, core::Date accepted) const {
    domain::MediationCase c;
    c.township_id = org().township_a1.id;
    c.committee_id = committee_a1_;
    c.case_no = case_no;
    c.category = "neighbor";
    c.accepted_on = accepted;
    c.summary = "邻里排水沟纠纷";
    c.outcome = domain::MediationOutcome::kFailed;
    c.concluded_on = core::AddDays(accepted, 5);
    c.termination_reason = "双方分歧较大，已告知可向人民法院起诉";
    domain::MediationParty a;
    a.name = "张三";
    domain::MediationParty b;
    b.name = "李四";
    b.address = "新春村";
    c.parties = {a, b};
    return c;
  }

  core::FixedClock clock_{MakeDate(2025, 12, 31)};
  std::unique_ptr<ServiceContext> ctx_;
  std::int64_t committee_a1_ = 0;
  std::int64_t village_committee_ = 0;
  std::int64_t committee_a2_ = 0;
  std::int64_t mediator_a1_ = 0;
};

TEST_P(ImportExportTest, SampleWithOneBadRowWritesNothingInModeAll) {
  auto result =
      Import(Ledger::kMediation, org().township_a1.id, DataFile("mediation_import_sample.csv"));
  ASSERT_THAT(result, IsOk());
  EXPECT_EQ(result->total, 6) << Report(*result);
  EXPECT_EQ(result->valid, 5);
  EXPECT_EQ(result->rejected, 1);
  EXPECT_EQ(result->imported, 0);
  EXPECT_EQ(result->format, exchange::FileFormat::kCsv);
  EXPECT_THAT(result->created_ids, IsEmpty());
  ASSERT_EQ(result->errors.size(), 1u) << Report(*result);
  EXPECT_EQ(result->errors[0].row, 5);
  EXPECT_EQ(result->errors[0].column, "受理日期");
  EXPECT_THAT(result->errors[0].reason, HasSubstr("“2025-02-30”不是有效日期"));
  EXPECT_THAT(result->errors[0].reason_en, HasSubstr("not a date"));
  EXPECT_THAT(Cases(org().township_a1.id), IsEmpty());
}

TEST_P(ImportExportTest, ModeValidWritesTheGoodRows) {
  std::vector<std::tuple<ImportPhase, std::int64_t, std::int64_t>> progress;
  ImportOptions options;
  options.mode = ImportMode::kValidOnly;
  options.progress = [&](ImportPhase phase, std::int64_t done, std::int64_t total) {
    progress.emplace_back(phase, done, total);
  };
  auto result = ImportLedger(*ctx_, A1(), Ledger::kMediation, org().township_a1.id,
                             DataFile("mediation_import_sample.csv"), options);
  ASSERT_THAT(result, IsOk());
  EXPECT_EQ(result->imported, 5) << Report(*result);
  EXPECT_EQ(result->rejected, 1);
  ASSERT_EQ(result->created_ids.size(), 5u);
  ASSERT_FALSE(progress.empty());
  EXPECT_EQ(progress.front(),
            std::make_tuple(ImportPhase::kCheck, std::int64_t{1}, std::int64_t{5}));
  EXPECT_EQ(progress.back(),
            std::make_tuple(ImportPhase::kWrite, std::int64_t{5}, std::int64_t{5}));
  auto cases = Cases(org().township_a1.id);
  ASSERT_EQ(cases.size(), 5u);
  const auto& c3 = cases[2];  // sorted by case number: 1, 2, 3, 5, 6
  EXPECT_EQ(c3.case_no, "导入〔2025〕3号");
  EXPECT_EQ(c3.committee_id, committee_a1_);  // no committee named: the township's
  EXPECT_EQ(c3.start_mode, domain::MediationStartMode::kReferral);
  EXPECT_EQ(c3.accepted_on, MakeDate(2025, 5, 6));
  EXPECT_EQ(c3.amount_fen, 1200000);
  ASSERT_EQ(c3.parties.size(), 2u);
  EXPECT_EQ(c3.parties[1].kind, domain::PartyKind::kOrganisation);
  EXPECT_EQ(c3.parties[1].uscc, "91350100M000100Y43");
  EXPECT_EQ(c3.parties[1].phone, "023-62345678");
  ASSERT_TRUE(c3.agreement.has_value());
  EXPECT_EQ(c3.agreement->performance, domain::PerformanceStatus::kPartial);
  EXPECT_EQ(c3.agreement->confirmation_result, domain::ConfirmationResult::kConfirmed);
  EXPECT_EQ(cases[0].parties[0].id_number, "360426199101010071");
  EXPECT_EQ(cases[0].parties[1].address, "新春村3组");  // one address for both
}

TEST_P(ImportExportTest, TheXlsxSampleGivesTheSameReport) {
  std::string csv = DataFile("mediation_import_sample.csv");
  std::string xlsx = CsvAsXlsx(csv, "云岭县许明寺镇人民调解案件登记台账（2025年）");
  if (const char* path = std::getenv("FAZHI_WRITE_SAMPLE_XLSX")) {
    std::ofstream(path, std::ios::binary) << xlsx;
  }
  for (const std::string& bytes : {xlsx, DataFile("mediation_import_sample.xlsx")}) {
    auto result = Import(Ledger::kMediation, org().township_a1.id, bytes, ImportMode::kAll, true);
    ASSERT_THAT(result, IsOk());
    EXPECT_EQ(result->format, exchange::FileFormat::kXlsx);
    EXPECT_EQ(result->header_row, 2);
    EXPECT_EQ(result->total, 6);
    EXPECT_EQ(result->valid, 5);
    ASSERT_EQ(result->errors.size(), 1u) << Report(*result);
    EXPECT_EQ(result->errors[0].row, 6);  // one row lower: the title
    EXPECT_EQ(result->errors[0].column, "受理日期");
  }
}

TEST_P(ImportExportTest, DryRunChecksAndWritesNothing) {
  auto result = Import(Ledger::kMediation, org().township_a1.id,
                       DataFile("mediation_import_sample.csv"), ImportMode::kValidOnly, true);
  ASSERT_THAT(result, IsOk());
  EXPECT_TRUE(result->dry_run);
  EXPECT_EQ(result->valid, 5);
  EXPECT_EQ(result->imported, 0);
  EXPECT_THAT(Cases(org().township_a1.id), IsEmpty());
}

TEST_P(ImportExportTest, DuplicateCaseNumbersInTheFileAndTheDatabase) {
  ASSERT_THAT(RecordMediationCase(*ctx_, A1(), FailedCase("许调〔2025〕1号", MakeDate(2025, 3, 1))),
              IsOk());
  std::string csv =
      "案件编号,受理日期,纠纷类型,当事人,纠纷简要情况\n"
      "许调〔2025〕1号,2025-05-01,邻里,张三；李四,纠纷\n"
      "许调〔2025〕2号,2025-05-01,邻里,张三；李四,纠纷\n"
      "许调〔2025〕2号,2025-05-02,邻里,王五；赵六,纠纷\n";
  auto result = Import(Ledger::kMediation, org().township_a1.id, csv, ImportMode::kValidOnly);
  ASSERT_THAT(result, IsOk());
  EXPECT_EQ(result->imported, 1) << Report(*result);
  EXPECT_EQ(result->rejected, 2);
  ASSERT_EQ(result->errors.size(), 2u);
  EXPECT_EQ(result->errors[0].row, 2);
  EXPECT_EQ(result->errors[0].column, "案件编号");
  EXPECT_THAT(result->errors[0].reason, HasSubstr("已存在"));
  EXPECT_EQ(result->errors[1].row, 4);
  EXPECT_THAT(result->errors[1].reason, HasSubstr("与第 3 行重复"));
  EXPECT_EQ(Cases(org().township_a1.id).size(), 2u);
}

TEST_P(ImportExportTest, CommitteesAndMediatorsAreFoundByName) {
  std::string csv =
      "乡镇（街道）,案件编号,受理日期,纠纷类型,调解组织,调解员,当事人,纠纷简要情况\n"
      ",A1,2025-05-01,邻里,新春村调委会,刘秀英,张三；李四,纠纷\n"
      "许明寺镇,A2,2025-05-01,邻里,,陈德明,张三；李四,纠纷\n"
      ",A3,2025-05-01,邻里,,刘秀英,张三；李四,纠纷\n"
      ",A4,2025-05-01,邻里,白鹤村调委会,,张三；李四,纠纷\n"
      ",A5,2025-05-01,邻里,,王五,张三；李四,纠纷\n"
      "别的镇,A6,2025-05-01,邻里,,,张三；李四,纠纷\n";
  // township_a1 is named after the test org; rename the row-3 township cell to it.
  std::string name = org().township_a1.name;
  std::string bytes = csv;
  bytes.replace(bytes.find("许明寺镇,A2"), std::string("许明寺镇").size(), name);
  auto result = Import(Ledger::kMediation, org().township_a1.id, bytes, ImportMode::kValidOnly);
  ASSERT_THAT(result, IsOk());
  EXPECT_EQ(result->imported, 3) << Report(*result);
  ASSERT_EQ(result->errors.size(), 3u) << Report(*result);
  EXPECT_EQ(result->errors[0].row, 5);
  EXPECT_EQ(result->errors[0].column, "调解组织");
  EXPECT_THAT(result->errors[0].reason,
              HasSubstr("已登记：许明寺镇人民调解委员会、新春村人民调解委员会"));
  EXPECT_EQ(result->errors[1].row, 6);
  EXPECT_EQ(result->errors[1].column, "调解员");
  EXPECT_THAT(result->errors[1].reason, HasSubstr("调解员“王五”不在本乡镇（街道）的调解员名册中"));
  EXPECT_EQ(result->errors[2].row, 7);
  EXPECT_EQ(result->errors[2].column, "乡镇（街道）");
  auto cases = Cases(org().township_a1.id);
  ASSERT_EQ(cases.size(), 3u);
  EXPECT_EQ(cases[0].committee_id, village_committee_);  // 新春村调委会 = 新春村人民调解委员会
  EXPECT_TRUE(cases[0].mediator_id.has_value());
  EXPECT_EQ(cases[1].committee_id, committee_a1_);
  EXPECT_EQ(cases[2].committee_id, village_committee_);  // the mediator's committee
}

TEST_P(ImportExportTest, RuleProblemsAreReportedInTheirColumn) {
  std::string csv =
      "案件编号,受理日期,纠纷类型,当事人,当事人证件号码,纠纷简要情况,调解结果,结案日期,协议内容\n"
      "B1,2025-05-01,邻里,张三；李四,110105194912310025；,纠纷,调解中,,\n"
      "B2,2025-05-01,邻里,张三；李四,,纠纷,成功,2025-05-03,\n"
      "B3,2025-05-01,邻里,张三,,纠纷,调解中,,\n"
      "B4,2026-05-01,邻里,张三；李四,,纠纷,调解中,,\n";
  auto result = Import(Ledger::kMediation, org().township_a1.id, csv);
  ASSERT_THAT(result, IsOk());
  ASSERT_EQ(result->errors.size(), 4u) << Report(*result);
  EXPECT_THAT(result->errors[0], AllOf(Field(&exchange::RowProblem::row, 2),
                                       Field(&exchange::RowProblem::column, "当事人证件号码"),
                                       Field(&exchange::RowProblem::reason, HasSubstr("校验"))));
  EXPECT_THAT(result->errors[1], AllOf(Field(&exchange::RowProblem::row, 3),
                                       Field(&exchange::RowProblem::column, "协议内容")));
  EXPECT_THAT(result->errors[2], AllOf(Field(&exchange::RowProblem::row, 4),
                                       Field(&exchange::RowProblem::column, "当事人")));
  EXPECT_THAT(result->errors[3], AllOf(Field(&exchange::RowProblem::row, 5),
                                       Field(&exchange::RowProblem::column, "受理日期")));
  EXPECT_THAT(Cases(org().township_a1.id), IsEmpty());
}

TEST_P(ImportExportTest, MissingColumnsRejectEveryRow) {
  auto result =
      Import(Ledger::kMediation, org().township_a1.id,
             "案件编号,受理日期,当事人\nC1,2025-05-01,张三；李四\nC2,2025-05-01,张三；李四\n",
             ImportMode::kValidOnly);
  ASSERT_THAT(result, IsOk());
  EXPECT_EQ(result->total, 2);
  EXPECT_EQ(result->rejected, 2);
  EXPECT_EQ(result->imported, 0);
  std::vector<std::string> columns;
  for (const auto& e : result->errors) columns.push_back(e.column);
  EXPECT_THAT(columns, ElementsAre("纠纷类型", "纠纷简要情况"));
  EXPECT_EQ(result->errors[0].row, 1);
  auto unreadable = Import(Ledger::kMediation, org().township_a1.id, "\xB5\xF7\xBD\xE2,x\n");
  EXPECT_THAT(unreadable, HasError(core::ErrorCode::kInvalidArgument));
}

TEST_P(ImportExportTest, ExportThenImportGivesTheSameRecords) {
  std::vector<domain::MediationCase> originals;
  originals.push_back(SuccessCase("许调〔2025〕1号"));
  originals.push_back(FailedCase("许调〔2025〕2号", MakeDate(2025, 6, 1)));
  auto open = FailedCase("许调〔2025〕3号", MakeDate(2025, 12, 20));
  open.outcome = domain::MediationOutcome::kOpen;
  open.concluded_on.reset();
  open.termination_reason.clear();
  open.start_mode = domain::MediationStartMode::kProactive;
  open.prevented_group_petition = true;
  originals.push_back(open);
  for (const auto& c : originals) ASSERT_THAT(RecordMediationCase(*ctx_, A1(), c), IsOk());

  ExportOptions options;
  options.unmasked = true;
  store::CaseFilter filter;
  filter.township_id = org().township_a1.id;
  filter.accepted_from = MakeDate(2025, 1, 1);
  filter.accepted_to = MakeDate(2025, 12, 31);
  auto xlsx = ExportMediationCases(*ctx_, store::Scope::County(org().county_a.id), filter, options);
  ASSERT_THAT(xlsx, IsOk());
  EXPECT_EQ(xlsx->rows, 3);
  EXPECT_EQ(xlsx->file_name, fmt::format("人民调解台账_{}_2025.xlsx", org().township_a1.name));
  EXPECT_EQ(xlsx->title, fmt::format("{}{}人民调解案件登记台账（2025年）", org().county_a.name,
                                     org().township_a1.name));
  EXPECT_EQ(xlsx->content_type,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  options.format = exchange::FileFormat::kCsv;
  auto csv = ExportMediationCases(*ctx_, A1(), filter, options);
  ASSERT_THAT(csv, IsOk());
  EXPECT_EQ(csv->content_type, "text/csv; charset=utf-8");
  EXPECT_EQ(csv->bytes.substr(0, 3), "\xEF\xBB\xBF");

  auto imported = Import(Ledger::kMediation, org().township_a2.id, xlsx->bytes);
  ASSERT_THAT(imported, IsOk());
  EXPECT_EQ(imported->imported, 3) << Report(*imported);
  auto before = Cases(org().township_a1.id);
  auto after = Cases(org().township_a2.id);
  ASSERT_EQ(after.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(Content(after[i]), Content(before[i]));
    EXPECT_EQ(after[i].committee_id, committee_a2_);
  }
  // The same rows again, as CSV: every case number is taken now — nothing is written.
  auto again = Import(Ledger::kMediation, org().township_a2.id, csv->bytes);
  ASSERT_THAT(again, IsOk());
  EXPECT_EQ(again->rejected, 3) << Report(*again);
  EXPECT_EQ(again->imported, 0);
  for (const auto& e : again->errors) EXPECT_THAT(e.reason, HasSubstr("已存在"));
  EXPECT_EQ(Cases(org().township_a2.id).size(), 3u);
}

TEST_P(ImportExportTest, ExportMasksPersonalDataUnlessAllowed) {
  ASSERT_THAT(RecordMediationCase(*ctx_, A1(), SuccessCase("许调〔2025〕1号")), IsOk());
  ExportOptions options;
  options.format = exchange::FileFormat::kCsv;
  store::CaseFilter filter;
  auto masked = ExportMediationCases(*ctx_, A1(), filter, options);
  ASSERT_THAT(masked, IsOk());
  EXPECT_THAT(masked->bytes, HasSubstr("110105********002X"));
  EXPECT_THAT(masked->bytes, HasSubstr("139****5678"));
  EXPECT_THAT(masked->bytes, ::testing::Not(HasSubstr("11010519491231002X")));
  EXPECT_THAT(masked->bytes, ::testing::Not(HasSubstr("13912345678")));
  EXPECT_THAT(masked->bytes, HasSubstr("\"'=拖欠货款"));  // the CSV formula guard
  // A masked file cannot come back in.
  auto back = Import(Ledger::kMediation, org().township_a2.id, masked->bytes);
  ASSERT_THAT(back, IsOk());
  ASSERT_EQ(back->rejected, 1);
  EXPECT_THAT(back->errors[0].reason, HasSubstr("脱敏"));
  options.unmasked = true;
  auto full = ExportMediationCases(*ctx_, A1(), filter, options);
  ASSERT_THAT(full, IsOk());
  EXPECT_THAT(full->bytes, HasSubstr("11010519491231002X"));
}

TEST_P(ImportExportTest, ExportFollowsTheFiltersAcrossAllPages) {
  for (int i = 1; i <= 5; ++i) {
    auto c = i <= 2 ? FailedCase(fmt::format("许调〔2025〕{}号", i), MakeDate(2025, 3, i))
                    : SuccessCase(fmt::format("许调〔2025〕{}号", i));
    ASSERT_THAT(RecordMediationCase(*ctx_, A1(), c), IsOk());
  }
  ExportOptions options;
  options.format = exchange::FileFormat::kCsv;
  options.page_size = 2;
  std::int64_t last_progress = 0;
  options.progress = [&](std::int64_t done, std::int64_t) { last_progress = done; };
  store::CaseFilter filter;
  filter.township_id = org().township_a1.id;
  auto all = ExportMediationCases(*ctx_, store::Scope::System(), filter, options);
  ASSERT_THAT(all, IsOk());
  EXPECT_EQ(all->rows, 5);
  EXPECT_EQ(last_progress, 5);
  filter.outcome = domain::MediationOutcome::kFailed;
  auto failed = ExportMediationCases(*ctx_, store::Scope::System(), filter, options);
  ASSERT_THAT(failed, IsOk());
  EXPECT_EQ(failed->rows, 2);
  auto sheet = exchange::ReadCsv(failed->bytes);
  ASSERT_THAT(sheet, IsOk());
  ASSERT_EQ(sheet->rows.size(), 3u);
  EXPECT_EQ(sheet->rows[1].cells[1], "许调〔2025〕1号");  // 受理日期 order
  // A county export spans townships: it has the 乡镇（街道） column and the county's name.
  auto county = ExportMediationCases(*ctx_, store::Scope::County(org().county_a.id), {}, options);
  ASSERT_THAT(county, IsOk());
  EXPECT_EQ(county->rows, 5);
  EXPECT_EQ(county->file_name, fmt::format("人民调解台账_{}.csv", org().county_a.name));
  auto county_sheet = exchange::ReadCsv(county->bytes);
  ASSERT_THAT(county_sheet, IsOk());
  EXPECT_EQ(county_sheet->rows[0].cells[1], "乡镇（街道）");
  EXPECT_EQ(county_sheet->rows[1].cells[1], org().township_a1.name);
}

TEST_P(ImportExportTest, PetitionsComeBackTheSameAndTheSampleHasOneBadRow) {
  auto sample =
      Import(Ledger::kPetition, org().township_a1.id, DataFile("petition_import_sample.csv"));
  ASSERT_THAT(sample, IsOk());
  EXPECT_EQ(sample->total, 3);
  ASSERT_EQ(sample->errors.size(), 1u) << Report(*sample);
  EXPECT_EQ(sample->errors[0].row, 4);
  EXPECT_EQ(sample->errors[0].column, "收到日期");
  EXPECT_THAT(Petitions(org().township_a1.id), IsEmpty());
  auto valid = Import(Ledger::kPetition, org().township_a1.id,
                      DataFile("petition_import_sample.csv"), ImportMode::kValidOnly);
  ASSERT_THAT(valid, IsOk());
  EXPECT_EQ(valid->imported, 2) << Report(*valid);

  ExportOptions options;
  options.unmasked = true;
  store::PetitionFilter filter;
  filter.township_id = org().township_a1.id;
  auto file = ExportPetitions(*ctx_, store::Scope::System(), filter, options);
  ASSERT_THAT(file, IsOk());
  EXPECT_EQ(file->rows, 2);
  EXPECT_EQ(file->file_name, fmt::format("信访事项台账_{}.xlsx", org().township_a1.name));
  auto back = Import(Ledger::kPetition, org().township_a2.id, file->bytes);
  ASSERT_THAT(back, IsOk());
  EXPECT_EQ(back->imported, 2) << Report(*back);
  auto before = Petitions(org().township_a1.id);
  auto after = Petitions(org().township_a2.id);
  ASSERT_EQ(after.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) EXPECT_EQ(Content(after[i]), Content(before[i]));
  options.unmasked = false;
  options.format = exchange::FileFormat::kCsv;
  auto masked = ExportPetitions(*ctx_, store::Scope::System(), filter, options);
  ASSERT_THAT(masked, IsOk());
  EXPECT_THAT(masked->bytes, HasSubstr("360426********0071"));
  EXPECT_THAT(masked->bytes, HasSubstr("138****5678"));
}

TEST_P(ImportExportTest, ScopeIsEnforced) {
  auto import =
      ImportLedger(*ctx_, store::Scope::Township(org().township_a2.id), Ledger::kMediation,
                   org().township_a1.id, DataFile("mediation_import_sample.csv"), {});
  EXPECT_THAT(import, HasError(core::ErrorCode::kPermissionDenied));
  auto county = ImportLedger(*ctx_, store::Scope::System(), Ledger::kMediation, org().county_a.id,
                             DataFile("mediation_import_sample.csv"), {});
  EXPECT_THAT(county, HasError(core::ErrorCode::kInvalidArgument));
  store::CaseFilter filter;
  filter.township_id = org().township_a2.id;
  EXPECT_THAT(ExportMediationCases(*ctx_, A1(), filter, {}),
              HasError(core::ErrorCode::kPermissionDenied));
  EXPECT_THAT(ParseImportMode("some"), fazhi::testing::HasErrorField("mode"));
}

domain::EnforcementOfficer RegisteredOfficer(std::int64_t township, const std::string& number) {
  domain::EnforcementOfficer o;
  o.township_id = township;
  o.name = "陈立新";
  o.gender = domain::Gender::kMale;
  o.id_number = "11010519491231002X";
  o.phone = "13912345678";
  o.agency = "综合行政执法办公室";
  o.post = "队长";
  o.in_post_from = MakeDate(2015, 3, 1);
  domain::OfficerCertificate old_one;
  old_one.number = number + "-1";
  old_one.field = "综合行政执法";
  old_one.issuing_authority = "重庆市人民政府";
  old_one.issued_on = MakeDate(2016, 5, 1);
  old_one.expires_on = MakeDate(2021, 4, 30);
  old_one.status = domain::CertificateStatus::kCancelled;
  old_one.status_changed_on = MakeDate(2021, 4, 30);
  old_one.status_reason = "换发新证";
  domain::OfficerCertificate current;
  current.number = number;
  current.field = "市场监管";
  current.issuing_authority = "重庆市人民政府";
  current.issued_on = MakeDate(2021, 5, 6);
  current.expires_on = MakeDate(2026, 5, 5);
  o.certificates = {old_one, current};
  o.exams = {{0, 0, MakeDate(2015, 11, 20), domain::ExamPart::kGeneral, 86}};
  o.trainings = {{0, 0, MakeDate(2025, 3, 1), "《行政处罚法》专题培训", 8, "县司法局"}};
  return o;
}

TEST_P(ImportExportTest, OfficerRegisterChecksEveryRowLikeTheApi) {
  ASSERT_THAT(RecordOfficer(*ctx_, A1(), RegisteredOfficer(org().township_a1.id, "渝执001")), IsOk());
  std::string csv =
      "姓名,身份证号,执法机构,从事执法工作日期,执法证号,执法领域,发证机关,发证日期,有效期至,考试成绩,培训记录\n"
      // 2: good
      "李明,,执法办,2020-01-01,渝执002,市场监管,重庆市人民政府,2020-06-01,2025-05-31,2020-04-10 通用法律知识 75,"
      "2025-04-01 执法文书培训 12学时 县司法局\n"
      // 3: the number is already in the register
      "王芳,,执法办,2020-01-01,渝执001,市场监管,重庆市人民政府,2020-06-01,2025-05-31,,\n"
      // 4: the number repeats row 2
      "赵六,,执法办,2020-01-01,渝执002,农业,重庆市人民政府,2020-06-01,2025-05-31,,\n"
      // 5: ValidateOfficer: the certificate expires before it was issued
      "钱七,,执法办,2020-01-01,渝执003,农业,重庆市人民政府,2020-06-01,2019-05-31,,\n"
      // 6: ValidateOfficer: an exam score above 100
      "孙八,,执法办,2020-01-01,渝执004,农业,重庆市人民政府,2020-06-01,2025-05-31,2020-04-10 专门法律知识 120,\n";
  auto all = Import(Ledger::kOfficer, org().township_a1.id, csv);
  ASSERT_THAT(all, IsOk());
  EXPECT_EQ(all->total, 5) << Report(*all);
  EXPECT_EQ(all->valid, 1);
  EXPECT_EQ(all->rejected, 4);
  EXPECT_EQ(all->imported, 0);
  ASSERT_EQ(all->errors.size(), 4u) << Report(*all);
  EXPECT_EQ(all->errors[0].row, 3);
  EXPECT_EQ(all->errors[0].column, "执法证号");
  EXPECT_THAT(all->errors[0].reason, HasSubstr("已存在"));
  EXPECT_EQ(all->errors[1].row, 4);
  EXPECT_EQ(all->errors[1].column, "执法证号");
  EXPECT_THAT(all->errors[1].reason, HasSubstr("与第 2 行重复"));
  EXPECT_EQ(all->errors[2].row, 5);
  EXPECT_EQ(all->errors[2].column, "有效期至");
  EXPECT_EQ(all->errors[3].row, 6);
  EXPECT_EQ(all->errors[3].column, "考试成绩");
  auto count = [&] {
    store::OfficerRepository repo(*ctx_->db);
    auto officers = repo.LoadTownship(store::Scope::System(), org().township_a1.id);
    EXPECT_THAT(officers, IsOk());
    return officers ? officers->size() : 0u;
  };
  EXPECT_EQ(count(), 1u);  // mode all: nothing written

  auto valid = Import(Ledger::kOfficer, org().township_a1.id, csv, ImportMode::kValidOnly);
  ASSERT_THAT(valid, IsOk());
  EXPECT_EQ(valid->imported, 1) << Report(*valid);
  ASSERT_EQ(valid->created_ids.size(), 1u);
  auto li = GetOfficer(*ctx_, A1(), valid->created_ids[0]);
  ASSERT_THAT(li, IsOk());
  EXPECT_EQ(li->name, "李明");
  ASSERT_EQ(li->certificates.size(), 1u);
  EXPECT_EQ(li->certificates[0].number, "渝执002");
  ASSERT_EQ(li->exams.size(), 1u);
  EXPECT_EQ(li->exams[0].score, 75);
  ASSERT_EQ(li->trainings.size(), 1u);
  EXPECT_EQ(li->trainings[0].hours, 12);
  // CERT-01: its certificate expired before today — written, with the rule's warning.
  EXPECT_THAT(valid->warnings, ::testing::Contains(Field(&ImportWarning::rule, "CERT-01")));
  EXPECT_EQ(count(), 2u);
}

TEST_P(ImportExportTest, OfficerRegisterExportThenImportGivesTheSameOfficers) {
  ASSERT_THAT(RecordOfficer(*ctx_, A1(), RegisteredOfficer(org().township_a1.id, "渝执001")), IsOk());
  auto expired = RegisteredOfficer(org().township_a1.id, "渝执009");
  expired.name = "王芳";
  expired.certificates[1].expires_on = MakeDate(2025, 6, 30);
  ASSERT_THAT(RecordOfficer(*ctx_, A1(), expired), IsOk());

  // Without the personal_data permission the numbers are masked; a masked file cannot come back.
  ExportOptions options;
  options.format = exchange::FileFormat::kCsv;
  OfficerQuery query;
  query.filter.township_id = org().township_a1.id;
  auto masked = ExportOfficers(*ctx_, A1(), query, options);
  ASSERT_THAT(masked, IsOk());
  EXPECT_EQ(masked->rows, 2);
  EXPECT_EQ(masked->file_name, fmt::format("行政执法人员台账_{}.csv", org().township_a1.name));
  EXPECT_THAT(masked->bytes, HasSubstr("110105********002X"));
  EXPECT_THAT(masked->bytes, HasSubstr("139****5678"));
  EXPECT_THAT(masked->bytes, ::testing::Not(HasSubstr("11010519491231002X")));
  auto refused = Import(Ledger::kOfficer, org().township_a2.id, masked->bytes);
  ASSERT_THAT(refused, IsOk());
  EXPECT_EQ(refused->rejected, 2);
  EXPECT_THAT(refused->errors[0].reason, HasSubstr("脱敏"));

  // The list's filters: only the officer whose certificate has expired by today.
  query.certificate = domain::CertificateStanding::kExpired;
  auto only_expired = ExportOfficers(*ctx_, A1(), query, options);
  ASSERT_THAT(only_expired, IsOk());
  EXPECT_EQ(only_expired->rows, 1);
  EXPECT_THAT(only_expired->bytes, HasSubstr("王芳"));
  EXPECT_THAT(only_expired->bytes, ::testing::Not(HasSubstr("陈立新")));
  query.certificate.reset();

  options.unmasked = true;
  for (auto format : {exchange::FileFormat::kXlsx, exchange::FileFormat::kCsv}) {
    options.format = format;
    auto file = ExportOfficers(*ctx_, A1(), query, options);
    ASSERT_THAT(file, IsOk());
    const std::int64_t into = format == exchange::FileFormat::kXlsx ? org().township_a2.id : org().township_b1.id;
    auto back = Import(Ledger::kOfficer, into, file->bytes);
    ASSERT_THAT(back, IsOk());
    EXPECT_EQ(back->imported, 2) << Report(*back);
    // The same officers: the two townships' exports are the same rows.
    options.format = exchange::FileFormat::kCsv;
    auto source = ExportOfficers(*ctx_, A1(), query, options);
    OfficerQuery there;
    there.filter.township_id = into;
    auto copy = ExportOfficers(*ctx_, store::Scope::System(), there, options);
    ASSERT_THAT(source, IsOk());
    ASSERT_THAT(copy, IsOk());
    auto a = exchange::ReadCsv(source->bytes);
    auto b = exchange::ReadCsv(copy->bytes);
    ASSERT_THAT(a, IsOk());
    ASSERT_THAT(b, IsOk());
    ASSERT_EQ(a->rows.size(), b->rows.size());
    for (std::size_t i = 0; i < a->rows.size(); ++i) EXPECT_EQ(a->rows[i].cells, b->rows[i].cells);
    // Again: every certificate number is in that register now.
    auto again = Import(Ledger::kOfficer, into, file->bytes);
    ASSERT_THAT(again, IsOk());
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(again->rejected, 2) << Report(*again);
    for (const auto& e : again->errors) EXPECT_THAT(e.reason, HasSubstr("已存在"));
  }
}

// The 决策目录: every row checked like the API (ValidateCatalogueItem), a matter once per year
// in the file and in the catalogue; export by year and back into another township.
TEST_P(ImportExportTest, DecisionCatalogueChecksEveryRowAndComesBack) {
  std::string csv =
      "目录年度,决策事项,事项类别,承办单位,列入目录日期,党委同意日期,公布日期,公布载体,调整移出日期,调整移出理由\n"
      // 2, 3: good (another year may repeat a matter)
      "2025,集镇农贸市场迁建项目,重大公共建设项目,建设办,2024-12-20,2024-12-26,2025-01-06,镇政府网站,,\n"
      "2024,集镇农贸市场迁建项目,重大公共建设项目,建设办,2024-01-10,2024-01-12,2024-01-20,镇政府网站,,\n"
      // 4: the matter repeats row 2 (blanks ignored)
      "2025,集镇农贸市场 迁建项目,,建设办,2024-12-20,,,,,\n"
      // 5: published before the Party consent
      "2025,老旧小区改造,,建设办,2024-12-20,2025-01-10,2025-01-06,镇政府网站,,\n"
      // 6: withdrawn without a reason
      "2025,垃圾收运体系建设,,建设办,2024-12-20,,,,2025-06-01,\n";
  auto all = Import(Ledger::kDecisionCatalogue, org().township_a1.id, csv);
  ASSERT_THAT(all, IsOk());
  EXPECT_EQ(all->total, 5) << Report(*all);
  EXPECT_EQ(all->imported, 0);
  ASSERT_EQ(all->errors.size(), 3u) << Report(*all);
  EXPECT_EQ(all->errors[0].row, 4);
  EXPECT_EQ(all->errors[0].column, "决策事项");
  EXPECT_THAT(all->errors[0].reason, HasSubstr("与第 2 行重复"));
  EXPECT_EQ(all->errors[1].row, 5);
  EXPECT_EQ(all->errors[1].column, "公布日期");
  EXPECT_EQ(all->errors[2].row, 6);
  EXPECT_EQ(all->errors[2].column, "调整移出理由");

  auto valid = Import(Ledger::kDecisionCatalogue, org().township_a1.id, csv, ImportMode::kValidOnly);
  ASSERT_THAT(valid, IsOk());
  EXPECT_EQ(valid->imported, 2) << Report(*valid);
  // Again: both matters are in the catalogue now.
  auto again = Import(Ledger::kDecisionCatalogue, org().township_a1.id, csv, ImportMode::kValidOnly);
  ASSERT_THAT(again, IsOk());
  EXPECT_EQ(again->imported, 0);
  EXPECT_THAT(again->errors[0].reason, HasSubstr("已存在"));

  // A decision of 2025 must now name a matter of the 2025 catalogue.
  domain::MajorDecision d;
  d.township_id = org().township_a1.id;
  d.title = "农贸市场迁建";
  d.drafting_unit = "建设办";
  d.proposed_on = MakeDate(2025, 3, 1);
  d.catalogue_year = 2025;
  d.catalogue_item = "老旧小区改造";
  auto refused = RecordMajorDecision(*ctx_, A1(), d);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().field, "catalogueItem");
  d.catalogue_item = "集镇农贸市场迁建项目";
  EXPECT_THAT(RecordMajorDecision(*ctx_, A1(), d), IsOk());

  ExportOptions options;
  options.format = exchange::FileFormat::kCsv;
  store::DecisionCatalogueFilter filter;
  filter.township_id = org().township_a1.id;
  filter.year = 2025;
  auto file = ExportDecisionCatalogue(*ctx_, A1(), filter, options);
  ASSERT_THAT(file, IsOk());
  EXPECT_EQ(file->rows, 1);
  EXPECT_EQ(file->file_name, fmt::format("重大行政决策目录_{}_2025.csv", org().township_a1.name));
  EXPECT_THAT(file->title, HasSubstr("重大行政决策目录（2025年）"));
  auto back = Import(Ledger::kDecisionCatalogue, org().township_a2.id, file->bytes);
  ASSERT_THAT(back, IsOk());
  EXPECT_EQ(back->imported, 1) << Report(*back);
  filter.township_id = org().township_a2.id;
  auto copy = ExportDecisionCatalogue(*ctx_, store::Scope::System(), filter, options);
  ASSERT_THAT(copy, IsOk());
  auto a = exchange::ReadCsv(file->bytes);
  auto b = exchange::ReadCsv(copy->bytes);
  ASSERT_THAT(a, IsOk());
  ASSERT_THAT(b, IsOk());
  ASSERT_EQ(a->rows.size(), b->rows.size());
  for (std::size_t i = 0; i < a->rows.size(); ++i) EXPECT_EQ(a->rows[i].cells, b->rows[i].cells);
}

FAZHI_INSTANTIATE_BACKENDS(ImportExportTest);

}  // namespace
}  // namespace fazhi::service
