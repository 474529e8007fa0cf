// tests/support/test_database.cc — see test_database.h.
#include "support/test_database.h"

#include <postgresql/libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <utility>

#include "core/date.h"
#include "store/org_repository.h"
#include "store/scope.h"

namespace fazhi::testing {
namespace {

// Runs one statement on the admin connection (PostgreSQL schema set-up and removal).
core::Status PgExec(const std::string& url, const std::string& sql) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = PQerrorMessage(conn);
    PQfinish(conn);
    return core::Fail(
        core::Unavailable("测试数据库无法连接", "Cannot reach the test database", message));
  }
  // Quiet: "schema … does not exist, skipping" and CASCADE notices are expected here.
  PGresult* result = PQexec(conn, ("SET client_min_messages = warning; " + sql).c_str());
  const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
  std::string message = ok ? "" : PQresultErrorMessage(result);
  PQclear(result);
  PQfinish(conn);
  if (!ok) return core::Fail(core::Internal(sql + ": " + message));
  return core::Ok();
}

// SQLite test files live in memory-backed /dev/shm when it exists: every commit fsyncs
// (synchronous=FULL), which costs nothing there and ~10 ms on a busy disk. Override with
// $FAZHI_TEST_TMPDIR.
std::filesystem::path TestTempBase() {
  if (const char* dir = std::getenv("FAZHI_TEST_TMPDIR"); dir && *dir) return dir;
  std::error_code ec;
  if (std::filesystem::is_directory("/dev/shm", ec) && access("/dev/shm", W_OK) == 0) {
    return "/dev/shm";
  }
  return std::filesystem::temp_directory_path();
}

std::string MakeTempDir() {
  std::string pattern = (TestTempBase() / "fazhi-store-test-XXXXXX").string();
  char* made = mkdtemp(pattern.data());
  return made ? std::string(made) : std::string();
}

std::atomic<int> schema_counter{0};

}  // namespace

std::string TestBackendName(TestBackend backend) {
  return backend == TestBackend::kSqlite ? "sqlite" : "postgresql";
}

std::optional<std::string> PgTestUrl() {
  const char* url = std::getenv("FAZHI_TEST_PG_URL");
  if (!url || !*url) return std::nullopt;
  return std::string(url);
}

bool PgRequired() {
  const char* required = std::getenv("FAZHI_REQUIRE_PG");
  return required && std::string(required) == "1";
}

core::Result<std::unique_ptr<TestDatabase>> TestDatabase::Create(TestBackend backend,
                                                                 bool migrate) {
  std::unique_ptr<TestDatabase> t(new TestDatabase());
  t->backend_ = backend;
  if (backend == TestBackend::kSqlite) {
    t->temp_dir_ = MakeTempDir();
    if (t->temp_dir_.empty()) return core::Fail(core::Internal("mkdtemp failed"));
    t->url_ = "sqlite:" + t->temp_dir_ + "/test.db";
  } else {
    auto admin = PgTestUrl();
    if (!admin) {
      return core::Fail(
          core::Unavailable("未设置 FAZHI_TEST_PG_URL", "FAZHI_TEST_PG_URL is not set", ""));
    }
    t->admin_url_ = *admin;
    t->schema_ = "fazhi_t_" + std::to_string(getpid()) + "_" + std::to_string(++schema_counter);
    RETURN_IF_ERROR(PgExec(t->admin_url_, "DROP SCHEMA IF EXISTS " + t->schema_ + " CASCADE"));
    RETURN_IF_ERROR(PgExec(t->admin_url_, "CREATE SCHEMA " + t->schema_));
    const char separator = t->admin_url_.find('?') == std::string::npos ? '?' : '&';
    t->url_ = t->admin_url_ + separator + "options=-csearch_path%3D" + t->schema_;
  }
  ASSIGN_OR_RETURN(t->db_, store::Database::Open(t->url_));
  if (migrate) RETURN_IF_ERROR(t->db_->Migrate());
  return t;
}

TestDatabase::~TestDatabase() {
  db_.reset();
  if (!temp_dir_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(temp_dir_, ec);
  }
  if (!schema_.empty()) {
    (void)PgExec(admin_url_, "DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
  }
}

void DatabaseTest::SetUp() {
  if (GetParam() == TestBackend::kPostgresql && !PgTestUrl()) {
    if (PgRequired()) {
      GTEST_FAIL() << "FAZHI_REQUIRE_PG=1 but FAZHI_TEST_PG_URL is not set: run the suite "
                      "through scripts/with-postgres";
    }
    GTEST_SKIP() << "PostgreSQL not configured: set FAZHI_TEST_PG_URL or run "
                    "scripts/with-postgres (skipping is allowed only for hand runs)";
  }
  auto created = TestDatabase::Create(GetParam());
  ASSERT_TRUE(created.has_value()) << created.error().message_en << " " << created.error().detail;
  test_db_ = std::move(*created);
}

void DatabaseTest::TearDown() { test_db_.reset(); }

void SeededDatabaseTest::SetUp() {
  DatabaseTest::SetUp();
  if (IsSkipped() || HasFatalFailure()) return;
  auto seeded = SeedTestOrg(db());
  ASSERT_TRUE(seeded.has_value()) << seeded.error().message_en << " " << seeded.error().detail;
  org_ = *seeded;
}

std::string BackendParamName(const ::testing::TestParamInfo<TestBackend>& info) {
  return TestBackendName(info.param);
}

core::Result<TestOrg> SeedTestOrg(store::Database& db) {
  store::OrgRepository org(db);
  const store::Scope system = store::Scope::System();
  TestOrg out;
  auto region = [](std::string code, std::string name, domain::RegionLevel level,
                   std::optional<std::int64_t> parent) {
    domain::Region r;
    r.code = std::move(code);
    r.name = std::move(name);
    r.level = level;
    r.parent_id = parent;
    return r;
  };
  ASSIGN_OR_RETURN(out.county_a,
                   org.CreateRegion(system, region("500101000000", "甲县",
                                                   domain::RegionLevel::kCounty, std::nullopt)));
  ASSIGN_OR_RETURN(out.township_a1, org.CreateRegion(system, region("500101001000", "许明寺镇",
                                                                    domain::RegionLevel::kTownship,
                                                                    out.county_a.id)));
  ASSIGN_OR_RETURN(out.township_a2, org.CreateRegion(system, region("500101002000", "龙门镇",
                                                                    domain::RegionLevel::kTownship,
                                                                    out.county_a.id)));
  ASSIGN_OR_RETURN(out.village_a1, org.CreateRegion(system, region("500101001001", "新华村",
                                                                   domain::RegionLevel::kVillage,
                                                                   out.township_a1.id)));
  ASSIGN_OR_RETURN(out.county_b,
                   org.CreateRegion(system, region("500102000000", "乙县",
                                                   domain::RegionLevel::kCounty, std::nullopt)));
  ASSIGN_OR_RETURN(out.township_b1, org.CreateRegion(system, region("500102001000", "白马镇",
                                                                    domain::RegionLevel::kTownship,
                                                                    out.county_b.id)));
  return out;
}

// ---- full records ----

using core::MakeDate;

domain::MediationCommittee FullCommittee(std::int64_t township_id) {
  domain::MediationCommittee c;
  c.township_id = township_id;
  c.name = "许明寺镇人民调解委员会";
  c.level = domain::CommitteeLevel::kTownship;
  c.established_on = MakeDate(2012, 3, 5);
  c.term_start = MakeDate(2021, 6, 1);
  c.term_end = MakeDate(2024, 5, 31);
  c.multi_ethnic_area = true;
  domain::CommitteeMember chair;
  chair.name = "张建国";
  chair.gender = domain::Gender::kMale;
  chair.ethnicity = "汉族";
  chair.role = domain::CommitteeRole::kChair;
  chair.term_start = MakeDate(2021, 6, 1);
  chair.term_end = MakeDate(2024, 5, 31);
  domain::CommitteeMember member = chair;
  member.name = "阿依古丽";
  member.gender = domain::Gender::kFemale;
  member.ethnicity = "维吾尔族";
  member.role = domain::CommitteeRole::kViceChair;
  c.members = {chair, member};
  return c;
}

domain::Mediator FullMediator(std::int64_t township_id, std::int64_t committee_id) {
  domain::Mediator m;
  m.township_id = township_id;
  m.committee_id = committee_id;
  m.name = "李秀英";
  m.gender = domain::Gender::kFemale;
  m.id_number = "11010519491231002X";
  m.phone = "13812345678";
  m.is_committee_member = false;
  m.appointed_on = MakeDate(2020, 1, 15);
  m.dismissed_on = MakeDate(2023, 12, 31);
  m.training_hours = 24;
  return m;
}

domain::ScreeningRound FullScreeningRound(std::int64_t township_id) {
  domain::ScreeningRound r;
  r.township_id = township_id;
  r.held_on = MakeDate(2023, 3, 10);
  r.organiser = "综治办";
  r.scope = "全镇";
  r.notes = "春耕前集中排查";
  return r;
}

domain::ScreenedDispute FullScreenedDispute(std::int64_t round_id, std::int64_t township_id) {
  domain::ScreenedDispute d;
  d.round_id = round_id;
  d.township_id = township_id;
  d.found_on = MakeDate(2023, 3, 11);
  d.category = "land";
  d.summary = "两户因宅基地界址发生争执";
  d.parties_count = 3;
  d.status = domain::ScreenedDisputeStatus::kTransferred;
  d.route = domain::ResolutionRoute::kOther;
  d.resolved_on = MakeDate(2023, 3, 20);
  d.transferred_to = "县自然资源局";
  return d;
}

domain::MediationCase FullCase(std::int64_t township_id, std::int64_t committee_id,
                               std::optional<std::int64_t> mediator_id, std::string case_no) {
  domain::MediationCase c;
  c.township_id = township_id;
  c.committee_id = committee_id;
  c.mediator_id = mediator_id;
  c.case_no = std::move(case_no);
  c.category = "neighbourhood";
  c.start_mode = domain::MediationStartMode::kReferral;
  c.referred_by = "许明寺派出所";
  c.accepted_on = MakeDate(2023, 4, 3);
  c.summary = "邻里因排水沟堵塞引发纠纷，要求赔偿损失";
  c.outcome = domain::MediationOutcome::kSuccess;
  c.concluded_on = MakeDate(2023, 4, 28);
  c.termination_reason = "无";
  c.parties_agreed_to_continue = true;
  c.amount_fen = 5000200000;  // beyond 32 bits on purpose
  c.prevented_criminal = true;
  c.prevented_group_petition = true;
  domain::MediationParty a;
  a.kind = domain::PartyKind::kPerson;
  a.name = "王大明";
  a.id_number = "11010519491231002X";
  a.phone = "13912345678";
  a.address = "许明寺镇新华村3组";
  domain::MediationParty b;
  b.kind = domain::PartyKind::kOrganisation;
  b.name = "重庆某建筑有限公司";
  b.uscc = "91500000MA5U7XXX0X";
  b.phone = "023-12345678";
  b.address = "重庆市某区某路1号";
  c.parties = {a, b};
  domain::MediationAgreement ag;
  ag.form = domain::AgreementForm::kWritten;
  ag.effective_on = MakeDate(2023, 4, 28);
  ag.terms = "乙方于5月31日前一次性赔偿甲方5000元";
  ag.amount_fen = 5000200001;
  ag.performance = domain::PerformanceStatus::kPartial;
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

domain::Petition FullPetition(std::int64_t township_id, std::string reg_no) {
  domain::Petition p;
  p.township_id = township_id;
  p.reg_no = std::move(reg_no);
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
  p.category = domain::PetitionCategory::kAccusation;
  p.request = "要求查处违规占用耕地";
  p.facts = "村民反映某企业占用耕地建厂";
  p.reasons = "违反土地管理法";
  p.urgent = true;
  p.acknowledged_on = MakeDate(2023, 2, 10);
  p.accepted_on = MakeDate(2023, 2, 8);
  p.objected_on = MakeDate(2023, 2, 9);
  p.diversion = domain::DiversionChannel::kReconsideration;
  p.diverted_on = MakeDate(2023, 2, 11);
  p.extension = domain::PetitionExtension{30, "镇长王某", MakeDate(2023, 4, 1), "案情复杂", true};
  p.excluded = {{MakeDate(2023, 3, 1), MakeDate(2023, 3, 5), "鉴定"},
                {MakeDate(2023, 3, 20), MakeDate(2023, 3, 20), "听证"}};
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
  review.hearing = {{MakeDate(2023, 6, 1), MakeDate(2023, 6, 3), "复查听证"}};
  p.review = review;
  domain::PetitionReview re_review;
  re_review.requested_on = MakeDate(2023, 7, 1);
  re_review.organ = "市人民政府";
  re_review.result = "";
  re_review.hearing = {{MakeDate(2023, 7, 10), MakeDate(2023, 7, 12), "复核听证"},
                       {MakeDate(2023, 7, 20), MakeDate(2023, 7, 21), "补充听证"}};
  p.re_review = re_review;
  p.concluded_final = true;
  return p;
}

domain::LeaderReception FullReception(std::int64_t township_id) {
  domain::LeaderReception r;
  r.township_id = township_id;
  r.leader_name = "刘某";
  r.leader_title = "党委书记";
  r.received_on = MakeDate(2023, 3, 15);
  r.location = "镇信访接待室";
  r.visitors = 12;
  r.matters = 4;
  r.notes = "集中接访日";
  return r;
}

// ---- dumps ----

namespace {

class Dumper {
 public:
  explicit Dumper(std::string prefix = "") : prefix_(std::move(prefix)) {}
  Dumper& operator()(std::string_view name, const std::string& v) {
    return Put(name, "\"" + v + "\"");
  }
  Dumper& operator()(std::string_view name, const char* v) { return (*this)(name, std::string(v)); }
  Dumper& operator()(std::string_view name, std::string_view v) {
    return (*this)(name, std::string(v));
  }
  Dumper& operator()(std::string_view name, std::int64_t v) { return Put(name, std::to_string(v)); }
  Dumper& operator()(std::string_view name, int v) { return Put(name, std::to_string(v)); }
  Dumper& operator()(std::string_view name, bool v) { return Put(name, v ? "true" : "false"); }
  Dumper& operator()(std::string_view name, core::Date v) { return Put(name, core::FormatDate(v)); }
  Dumper& operator()(std::string_view name, const std::optional<core::Date>& v) {
    return Put(name, v ? core::FormatDate(*v) : "null");
  }
  Dumper& operator()(std::string_view name, const std::optional<std::int64_t>& v) {
    return Put(name, v ? std::to_string(*v) : "null");
  }
  Dumper& Raw(const std::string& text) {
    out_ += text;
    return *this;
  }
  std::string str() const { return out_; }

 private:
  Dumper& Put(std::string_view name, const std::string& value) {
    out_ += prefix_ + std::string(name) + "=" + value + "\n";
    return *this;
  }
  std::string prefix_;
  std::string out_;
};

std::string DumpIntervals(const std::string& prefix,
                          const std::vector<domain::ExcludedInterval>& intervals) {
  std::string out;
  for (std::size_t i = 0; i < intervals.size(); ++i) {
    Dumper d(prefix + "[" + std::to_string(i) + "].");
    d("from", intervals[i].from)("to", intervals[i].to)("reason", intervals[i].reason);
    out += d.str();
  }
  return out;
}

std::string DumpReview(const std::string& prefix, const std::optional<domain::PetitionReview>& r) {
  if (!r) return prefix + "=null\n";
  Dumper d(prefix + ".");
  d("requested_on", r->requested_on)("organ", r->organ)("replied_on", r->replied_on)("result",
                                                                                     r->result);
  return d.str() + DumpIntervals(prefix + ".hearing", r->hearing);
}

}  // namespace

std::string Dump(const domain::MediationCommittee& c) {
  Dumper d;
  d("id", c.id)("township_id", c.township_id)("village_id", c.village_id)("name", c.name)(
      "level", domain::CommitteeLevelCode(c.level))("established_on", c.established_on)(
      "term_start", c.term_start)("term_end", c.term_end)("multi_ethnic_area", c.multi_ethnic_area);
  for (std::size_t i = 0; i < c.members.size(); ++i) {
    const auto& m = c.members[i];
    Dumper md("members[" + std::to_string(i) + "].");
    md("id", m.id)("committee_id", m.committee_id)("name", m.name)(
        "gender", domain::GenderCode(m.gender))("ethnicity", m.ethnicity)(
        "role", domain::CommitteeRoleCode(m.role))("term_start", m.term_start)("term_end",
                                                                               m.term_end);
    d.Raw(md.str());
  }
  return d.str();
}

std::string Dump(const domain::Mediator& m) {
  Dumper d;
  d("id", m.id)("township_id", m.township_id)("committee_id", m.committee_id)("name", m.name)(
      "gender", domain::GenderCode(m.gender))("id_number", m.id_number)("phone", m.phone)(
      "is_committee_member", m.is_committee_member)("appointed_on", m.appointed_on)(
      "dismissed_on", m.dismissed_on)("training_hours", m.training_hours);
  return d.str();
}

std::string Dump(const domain::ScreeningRound& r) {
  Dumper d;
  d("id", r.id)("township_id", r.township_id)("village_id", r.village_id)("held_on", r.held_on)(
      "organiser", r.organiser)("scope", r.scope)("notes", r.notes);
  return d.str();
}

std::string Dump(const domain::ScreenedDispute& x) {
  Dumper d;
  d("id", x.id)("round_id", x.round_id)("township_id", x.township_id)("village_id", x.village_id)(
      "found_on", x.found_on)("category", x.category)("summary", x.summary)(
      "parties_count", x.parties_count)("status", domain::ScreenedDisputeStatusCode(x.status))(
      "route", x.route ? domain::ResolutionRouteCode(*x.route) : "null")(
      "resolved_on", x.resolved_on)("transferred_to", x.transferred_to)("mediation_case_id",
                                                                        x.mediation_case_id);
  return d.str();
}

std::string Dump(const domain::MediationCase& c) {
  Dumper d;
  d("id", c.id)("township_id", c.township_id)("committee_id", c.committee_id)(
      "mediator_id", c.mediator_id)("case_no", c.case_no)("category", c.category)(
      "start_mode", domain::MediationStartModeCode(c.start_mode))("referred_by", c.referred_by)(
      "accepted_on", c.accepted_on)("summary", c.summary)(
      "outcome", domain::MediationOutcomeCode(c.outcome))("concluded_on", c.concluded_on)(
      "termination_reason", c.termination_reason)(
      "parties_agreed_to_continue", c.parties_agreed_to_continue)("amount_fen", c.amount_fen)(
      "prevented_criminal", c.prevented_criminal)("prevented_group_petition",
                                                  c.prevented_group_petition);
  for (std::size_t i = 0; i < c.parties.size(); ++i) {
    const auto& p = c.parties[i];
    Dumper pd("parties[" + std::to_string(i) + "].");
    pd("id", p.id)("case_id", p.case_id)("kind", domain::PartyKindCode(p.kind))("name", p.name)(
        "id_number", p.id_number)("uscc", p.uscc)("phone", p.phone)("address", p.address);
    d.Raw(pd.str());
  }
  if (c.agreement) {
    const auto& a = *c.agreement;
    Dumper ad("agreement.");
    ad("id", a.id)("case_id", a.case_id)("form", domain::AgreementFormCode(a.form))(
        "effective_on", a.effective_on)("terms", a.terms)("amount_fen", a.amount_fen)(
        "performance", domain::PerformanceStatusCode(a.performance))(
        "performance_due", a.performance_due)("performed_on", a.performed_on)(
        "last_followup_on", a.last_followup_on)("confirmation_applied_on",
                                                a.confirmation_applied_on)("confirmation_court",
                                                                           a.confirmation_court)(
        "confirmation_result", domain::ConfirmationResultCode(a.confirmation_result))(
        "confirmation_decided_on", a.confirmation_decided_on);
    d.Raw(ad.str());
  } else {
    d.Raw("agreement=null\n");
  }
  return d.str();
}

std::string Dump(const domain::Petition& p) {
  Dumper d;
  d("id", p.id)("township_id", p.township_id)("reg_no", p.reg_no)(
      "channel", domain::PetitionChannelCode(p.channel))(
      "source", domain::PetitionSourceCode(p.source))("assigned_by", p.assigned_by)(
      "received_on", p.received_on)("petitioner_name", p.petitioner_name)("id_number", p.id_number)(
      "phone", p.phone)("address", p.address)("group_size", p.group_size)(
      "representatives", p.representatives)("category", domain::PetitionCategoryCode(p.category))(
      "request", p.request)("facts", p.facts)("reasons", p.reasons)("urgent", p.urgent)(
      "acknowledged_on", p.acknowledged_on)("accepted_on", p.accepted_on)(
      "objected_on", p.objected_on)("diversion", domain::DiversionChannelCode(p.diversion))(
      "diverted_on", p.diverted_on)("closed_on", p.closed_on)(
      "outcome", domain::PetitionOutcomeCode(p.outcome))("reply_served_on", p.reply_served_on)(
      "satisfaction", domain::SatisfactionCode(p.satisfaction))("rated_on", p.rated_on)(
      "lead_leader", p.lead_leader)("lead_assigned_on", p.lead_assigned_on)(
      "concluded_final", p.concluded_final)("duplicate_of", p.duplicate_of);
  if (p.extension) {
    Dumper e("extension.");
    e("days", p.extension->days)("approver", p.extension->approver)(
        "approved_on", p.extension->approved_on)("reason", p.extension->reason)(
        "petitioner_notified", p.extension->petitioner_notified);
    d.Raw(e.str());
  } else {
    d.Raw("extension=null\n");
  }
  d.Raw(DumpIntervals("excluded", p.excluded));
  d.Raw(DumpReview("review", p.review));
  d.Raw(DumpReview("re_review", p.re_review));
  return d.str();
}

std::string Dump(const domain::LeaderReception& r) {
  Dumper d;
  d("id", r.id)("township_id", r.township_id)("leader_name", r.leader_name)(
      "leader_title", r.leader_title)("received_on", r.received_on)("location", r.location)(
      "visitors", r.visitors)("matters", r.matters)("notes", r.notes);
  return d.str();
}

std::string Dump(const domain::Region& r) {
  Dumper d;
  d("id", r.id)("code", r.code)("name", r.name)("level", domain::RegionLevelCode(r.level))(
      "parent_id", r.parent_id);
  return d.str();
}

std::string Dump(const domain::User& u) {
  Dumper d;
  d("id", u.id)("username", u.username)("display_name", u.display_name)(
      "role", domain::RoleCode(u.role))("region_id", u.region_id)("password_hash", u.password_hash)(
      "active", u.active)("created_at", u.created_at);
  return d.str();
}

}  // namespace fazhi::testing
