// service/audit_service_test.cc — the audit log through the services on both databases:
// every change writes exactly one row (actor, time, before/after) in its own transaction, a
// refused change writes none, a rolled-back change takes its row with it, no password or
// hash is ever logged, and the chain stays intact.
#include "service/audit_service.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "core/crypto.h"
#include "service/demo/demo_service.h"
#include "service/ledger_service.h"
#include "service/org_service.h"
#include "service/settings_service.h"
#include "service/user_service.h"
#include "support/matchers.h"
#include "support/test_database.h"

namespace fazhi::service {
namespace {

using core::MakeDate;
using fazhi::testing::HasError;
using fazhi::testing::IsOk;
using nlohmann::json;

class AuditServiceTest : public fazhi::testing::SeededDatabaseTest {
 protected:
  void SetUp() override {
    ASSERT_THAT(core::InitCrypto(), IsOk());
    SeededDatabaseTest::SetUp();
    if (::testing::Test::IsSkipped() || HasFatalFailure()) return;
    auto opened = OpenServiceContext(
        {test_db().url(), std::string(FAZHI_SOURCE_DIR) + "/data/calendar", true}, clock_);
    ASSERT_THAT(opened, IsOk());
    ctx_ = std::make_unique<ServiceContext>(std::move(*opened));
    ctx_->actor = Actor{5, "clerk001", "clerk", "req-42", "192.0.2.7"};
  }

  store::Scope Township() const { return store::Scope::Township(org().township_a1.id); }

  domain::MediationCommittee Committee() const {
    domain::MediationCommittee c;
    c.township_id = org().township_a1.id;
    c.name = "许明寺镇人民调解委员会";
    c.level = domain::CommitteeLevel::kTownship;
    c.established_on = MakeDate(2015, 3, 1);
    c.term_start = MakeDate(2022, 1, 1);
    c.term_end = MakeDate(2026, 12, 31);
    const char* names[] = {"陈德明", "刘秀英", "王国华"};
    for (int i = 0; i < 3; ++i) {
      domain::CommitteeMember m;
      m.name = names[i];
      m.gender = i == 1 ? domain::Gender::kFemale : domain::Gender::kMale;
      m.role = i == 0 ? domain::CommitteeRole::kChair : domain::CommitteeRole::kMember;
      m.term_start = c.term_start;
      m.term_end = c.term_end;
      c.members.push_back(m);
    }
    return c;
  }

  domain::MediationCase Case(std::int64_t committee_id) const {
    domain::MediationCase c;
    c.township_id = org().township_a1.id;
    c.committee_id = committee_id;
    c.case_no = "许调〔2025〕1号";
    c.category = "neighbor";
    c.accepted_on = MakeDate(2025, 5, 6);
    c.summary = "邻里之间因排水沟问题发生纠纷";
    domain::MediationParty a;
    a.name = "张建国";
    a.id_number = "11010519491231002X";
    domain::MediationParty b;
    b.name = "李桂兰";
    c.parties = {a, b};
    return c;
  }

  // Every row, oldest first.
  std::vector<store::AuditEntry> Rows() {
    store::AuditFilter filter;
    filter.page.sort = "seq";
    filter.page.page_size = 1000;
    auto page = ListAudit(*ctx_, store::Scope::System(), filter);
    EXPECT_THAT(page, IsOk());
    return page ? page->items : std::vector<store::AuditEntry>{};
  }

  void ExpectIntact() {
    auto verified = VerifyAudit(*ctx_);
    ASSERT_THAT(verified, IsOk());
    EXPECT_TRUE(verified->intact) << verified->message_en;
  }

  core::FixedClock clock_{MakeDate(2025, 6, 1)};
  std::unique_ptr<ServiceContext> ctx_;
};

TEST_P(AuditServiceTest, ACreateAndAnUpdateWriteOneRowEachWithBeforeAndAfter) {
  auto committee = RecordCommittee(*ctx_, Township(), Committee());
  ASSERT_THAT(committee, IsOk());
  auto created = RecordMediationCase(*ctx_, Township(), Case(committee->record.id));
  ASSERT_THAT(created, IsOk());
  auto rows = Rows();
  ASSERT_EQ(rows.size(), 2u);
  const store::AuditEntry& create = rows[1];
  EXPECT_EQ(create.action, "create");
  EXPECT_EQ(create.entity, "mediation_case");
  EXPECT_EQ(create.entity_id, created->record.id);
  EXPECT_EQ(create.township_id, org().township_a1.id);
  EXPECT_EQ(create.actor_user_id, 5);
  EXPECT_EQ(create.actor_username, "clerk001");
  EXPECT_EQ(create.actor_role, "clerk");
  EXPECT_EQ(create.request_id, "req-42");
  EXPECT_EQ(create.ip, "192.0.2.7");
  EXPECT_EQ(create.at, clock_.NowUtc());
  EXPECT_EQ(create.before_json, std::nullopt);
  ASSERT_TRUE(create.after_json.has_value());
  json after = json::parse(*create.after_json);
  EXPECT_EQ(after["caseNo"], "许调〔2025〕1号");
  // The log keeps the record unmasked.
  EXPECT_EQ(after["parties"][0]["idNumber"], "11010519491231002X");

  domain::MediationCase changed = created->record;
  changed.summary = "邻里排水沟纠纷（补充事实）";
  ASSERT_THAT(UpdateMediationCase(*ctx_, Township(), changed), IsOk());
  rows = Rows();
  ASSERT_EQ(rows.size(), 3u);
  const store::AuditEntry& update = rows[2];
  EXPECT_EQ(update.action, "update");
  EXPECT_EQ(update.entity_id, created->record.id);
  ASSERT_TRUE(update.before_json && update.after_json);
  EXPECT_EQ(json::parse(*update.before_json)["summary"], "邻里之间因排水沟问题发生纠纷");
  EXPECT_EQ(json::parse(*update.after_json)["summary"], "邻里排水沟纠纷（补充事实）");

  // The record's history, as a township user sees it; another township sees nothing.
  store::AuditFilter history;
  history.entity = "mediation_case";
  history.entity_id = created->record.id;
  auto mine = ListAudit(*ctx_, Township(), history);
  ASSERT_THAT(mine, IsOk());
  EXPECT_EQ(mine->total, 2);
  auto theirs = ListAudit(*ctx_, store::Scope::Township(org().township_a2.id), history);
  ASSERT_THAT(theirs, IsOk());
  EXPECT_EQ(theirs->total, 0);
  ExpectIntact();
}

TEST_P(AuditServiceTest, ARefusedChangeWritesNoRow) {
  auto committee = RecordCommittee(*ctx_, Township(), Committee());
  ASSERT_THAT(committee, IsOk());
  auto bad = Case(committee->record.id);
  bad.parties[0].id_number = "110105194912310025";  // wrong check character
  EXPECT_THAT(RecordMediationCase(*ctx_, Township(), bad),
              HasError(core::ErrorCode::kInvalidArgument));
  // A store refusal (taken case number) inside the transaction too.
  ASSERT_THAT(RecordMediationCase(*ctx_, Township(), Case(committee->record.id)), IsOk());
  EXPECT_THAT(RecordMediationCase(*ctx_, Township(), Case(committee->record.id)),
              HasError(core::ErrorCode::kConflict));
  // An update of a record outside the scope.
  domain::Petition missing;
  missing.id = 999999;
  missing.township_id = org().township_a1.id;
  EXPECT_THAT(UpdatePetition(*ctx_, Township(), missing), HasError(core::ErrorCode::kNotFound));
  EXPECT_EQ(Rows().size(), 2u);  // the committee and one case
  ExpectIntact();
}

TEST_P(AuditServiceTest, RollingBackTheChangeRollsBackItsRow) {
  auto committee = RecordCommittee(*ctx_, Township(), Committee());
  ASSERT_THAT(committee, IsOk());
  auto outer = ctx_->db->InTransaction([&]() -> core::Status {
    RETURN_IF_ERROR(RecordMediationCase(*ctx_, Township(), Case(committee->record.id)));
    EXPECT_EQ(Rows().size(), 2u);  // visible inside the transaction
    return core::Fail(core::FailedPrecondition("中止", "abort"));
  });
  EXPECT_THAT(outer, HasError(core::ErrorCode::kFailedPrecondition));
  EXPECT_EQ(Rows().size(), 1u);
  // The chain goes on from the committee's row.
  ASSERT_THAT(RecordMediationCase(*ctx_, Township(), Case(committee->record.id)), IsOk());
  auto rows = Rows();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].seq, 2);
  ExpectIntact();
}

TEST_P(AuditServiceTest, AccountsAreLoggedWithoutPasswordOrHash) {
  NewUser user{"clerk9", "王芳", "clerk", org().township_a1.code, "Zhifa@2025x", true};
  auto created = AddUser(*ctx_, store::Scope::System(), user);
  ASSERT_THAT(created, IsOk());
  ASSERT_THAT(ChangePassword(*ctx_, store::Scope::System(), "clerk9", "Another@2025y"), IsOk());
  auto rows = Rows();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].action, "create");
  EXPECT_EQ(rows[0].entity, "user");
  EXPECT_EQ(rows[0].entity_id, created->id);
  EXPECT_EQ(rows[0].township_id, org().township_a1.id);
  EXPECT_EQ(rows[1].action, "password_change");
  for (const auto& row : rows) {
    const std::string text = row.before_json.value_or("") + row.after_json.value_or("");
    EXPECT_THAT(text, ::testing::HasSubstr("clerk9"));
    EXPECT_THAT(text, ::testing::Not(::testing::HasSubstr("argon2")));
    EXPECT_THAT(text, ::testing::Not(::testing::HasSubstr("Zhifa@2025x")));
    EXPECT_THAT(text, ::testing::Not(::testing::HasSubstr("Another@2025y")));
    EXPECT_THAT(text, ::testing::Not(::testing::HasSubstr("assword")));
  }
  ExpectIntact();
}

TEST_P(AuditServiceTest, OrganisationAndSettingsChangesAreLogged) {
  auto village = AddRegion(*ctx_, store::Scope::System(), "500101001002", "新春村");
  ASSERT_THAT(village, IsOk());
  ASSERT_THAT(
      AddDepartment(*ctx_, store::Scope::System(), org().township_a1.code, "司法所", "司法所"),
      IsOk());
  auto county = store::Scope::County(org().county_a.id);
  ASSERT_THAT(SetSetting(*ctx_, county, "mediation.typical_limit_days", "20", "县司法局规定"),
              IsOk());
  EXPECT_THAT(SetSetting(*ctx_, county, "mediation.typical_limit_days", "abc", "x"),
              HasError(core::ErrorCode::kInvalidArgument));
  auto rows = Rows();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].entity, "region");
  EXPECT_EQ(rows[0].township_id, org().township_a1.id);  // a village: its township's history
  EXPECT_EQ(rows[1].entity, "department");
  EXPECT_EQ(rows[1].township_id, org().township_a1.id);
  EXPECT_EQ(rows[2].action, "settings_set");
  EXPECT_EQ(rows[2].entity, "setting");
  EXPECT_EQ(rows[2].entity_id, org().county_a.id);
  EXPECT_EQ(rows[2].before_json, std::nullopt);  // the default applied
  ASSERT_TRUE(rows[2].after_json.has_value());
  json after = json::parse(*rows[2].after_json);
  EXPECT_EQ(after["value"], "20");
  EXPECT_EQ(after["basis"], "县司法局规定");
  ExpectIntact();
}

TEST_P(AuditServiceTest, RecordAuditOutsideATransactionOpensOne) {
  ASSERT_FALSE(ctx_->db->InTransactionNow());
  ASSERT_THAT(RecordAudit(*ctx_, audit::kLogin, audit::kSession, 0, std::nullopt, std::nullopt,
                          std::nullopt),
              IsOk());
  std::vector<store::AuditEntry> batch;
  for (int i = 0; i < 3; ++i) {
    batch.push_back(MakeAuditEntry(*ctx_, audit::kImport, audit::kPetition, i + 1,
                                   org().township_a1.id, std::nullopt, AuditJson({{"row", i}})));
  }
  ASSERT_THAT(RecordAuditBatch(*ctx_, batch), IsOk());
  auto rows = Rows();
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].action, "login");
  EXPECT_EQ(rows[3].after_json, R"({"row":2})");
  ExpectIntact();
}

TEST_P(AuditServiceTest, DemoWritesOneSummaryRowPerCountyNotOnePerRecord) {
  DemoOptions options;
  options.townships = 1;
  auto demo = WriteDemo(*ctx_, options);
  ASSERT_THAT(demo, IsOk());
  ASSERT_GT(demo->records, 100);
  store::AuditFilter filter;
  filter.action = "demo";
  auto summary = ListAudit(*ctx_, store::Scope::System(), filter);
  ASSERT_THAT(summary, IsOk());
  ASSERT_EQ(summary->total, 1);
  ASSERT_TRUE(summary->items[0].after_json.has_value());
  json after = json::parse(*summary->items[0].after_json);
  EXPECT_EQ(after["townships"], 1);
  EXPECT_EQ(after["records"], demo->records);
  // Besides it, only the demo accounts (2 per township + 4 county roles).
  auto rows = Rows();
  EXPECT_EQ(rows.size(), 1u + demo->accounts.size());
  ExpectIntact();
}

FAZHI_INSTANTIATE_BACKENDS(AuditServiceTest);

}  // namespace
}  // namespace fazhi::service
