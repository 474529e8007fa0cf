// store/audit_repository_test.cc — the audit log on both backends: appends chain and link,
// the database refuses UPDATE/DELETE, tampering by someone with file access (triggers
// dropped first) is found at the right row, two connections appending at once keep one
// chain, and listing follows the scope.
#include "store/audit_repository.h"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "core/crypto.h"
#include "store/internal/session.h"
#include "support/matchers.h"
#include "support/test_database.h"

namespace fazhi::store {
namespace {

using core::ErrorCode;
using ::fazhi::testing::HasError;
using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;
using ::fazhi::testing::TestBackend;

AuditEntry Entry(std::string action, std::string entity, std::int64_t entity_id,
                 std::optional<std::int64_t> township_id, std::string at = "2025-06-01 02:30:00") {
  AuditEntry e;
  e.at = std::move(at);
  e.actor_user_id = 7;
  e.actor_username = "clerk001";
  e.actor_role = "clerk";
  e.ip = "192.0.2.10";
  e.request_id = "req-1";
  e.action = std::move(action);
  e.entity = std::move(entity);
  e.entity_id = entity_id;
  e.township_id = township_id;
  e.before_json = R"({"summary":"旧"})";
  e.after_json = R"({"summary":"新"})";
  return e;
}

class AuditRepositoryTest : public ::fazhi::testing::SeededDatabaseTest {
 protected:
  void SetUp() override {
    ASSERT_THAT(core::InitCrypto(), IsOk());
    SeededDatabaseTest::SetUp();
  }

  // Appends `n` entries, each in its own transaction.
  void AppendMany(int n, std::optional<std::int64_t> township_id = std::nullopt) {
    AuditRepository repo(db());
    for (int i = 0; i < n; ++i) {
      ASSERT_THAT(db().InTransaction([&]() -> core::Status {
        auto e = Entry("update", "mediation_case", 100 + i, township_id);
        e.after_json = fmt::format(R"({{"n":{}}})", i);
        RETURN_IF_ERROR(repo.Append(e));
        return core::Ok();
      }),
                  IsOk());
    }
  }

  // Runs SQL as someone with direct access to the database would.
  core::Status Exec(const std::string& sql) {
    return internal::Guarded(db(), "test sql", [&]() -> core::Status {
      internal::Session(db()) << sql;
      return core::Ok();
    });
  }

  // What an attacker with file access does first.
  void DropTrigger(const std::string& name, const std::string& table = "audit_log") {
    ASSERT_THAT(Exec(backend() == TestBackend::kSqlite ? "DROP TRIGGER " + name
                                                       : "DROP TRIGGER " + name + " ON " + table),
                IsOk());
  }

  AuditVerifyResult VerifyNow() {
    AuditRepository repo(db());
    auto result = repo.Verify();
    EXPECT_THAT(result, IsOk());
    return result ? *result : AuditVerifyResult{};
  }
};

TEST_P(AuditRepositoryTest, AppendsNumberAndLinkEveryRow) {
  AuditRepository repo(db());
  std::vector<AuditEntry> stored;
  ASSERT_THAT(db().InTransaction([&]() -> core::Status {
    for (int i = 0; i < 3; ++i) {
      ASSIGN_OR_RETURN(auto e,
                       repo.Append(Entry("create", "petition", i + 1, org().township_a1.id)));
      stored.push_back(e);
    }
    return core::Ok();
  }),
              IsOk());
  ASSERT_EQ(stored.size(), 3u);
  EXPECT_EQ(stored[0].seq, 1);
  EXPECT_EQ(stored[0].prev_hash, kAuditGenesisHash);
  for (std::size_t i = 0; i < stored.size(); ++i) {
    EXPECT_EQ(stored[i].hash, AuditHash(stored[i]));
    EXPECT_EQ(stored[i].hash.size(), 64u);
    if (i > 0) {
      EXPECT_EQ(stored[i].seq, stored[i - 1].seq + 1);
      EXPECT_EQ(stored[i].prev_hash, stored[i - 1].hash);
    }
  }
  auto verified = VerifyNow();
  EXPECT_TRUE(verified.intact) << verified.message_en;
  EXPECT_EQ(verified.rows, 3);
  EXPECT_EQ(verified.head_seq, 3);
  EXPECT_EQ(verified.head_hash, stored.back().hash);
  EXPECT_EQ(verified.broken_seq, 0);
}

TEST_P(AuditRepositoryTest, StoredRowsReadBackExactlyWithNulls) {
  AuditRepository repo(db());
  AuditEntry with_nulls = Entry("login", "session", 0, std::nullopt);
  with_nulls.before_json.reset();
  with_nulls.after_json.reset();
  AuditEntry full = Entry("update", "mediation_case", 5000200000, org().township_a1.id);
  full.after_json = R"({"summary":"引号\"与换行\n","amountFen":5000200000})";
  ASSERT_THAT(db().InTransaction([&]() -> core::Status {
    RETURN_IF_ERROR(repo.Append(with_nulls));
    RETURN_IF_ERROR(repo.Append(full));
    return core::Ok();
  }),
              IsOk());
  AuditFilter filter;
  filter.page.sort = "seq";
  auto page = repo.List(Scope::System(), filter);
  ASSERT_THAT(page, IsOk());
  ASSERT_EQ(page->total, 2);
  ASSERT_EQ(page->items.size(), 2u);
  const AuditEntry& a = page->items[0];
  EXPECT_EQ(a.seq, 1);
  EXPECT_EQ(a.action, "login");
  EXPECT_EQ(a.township_id, std::nullopt);
  EXPECT_EQ(a.before_json, std::nullopt);
  EXPECT_EQ(a.after_json, std::nullopt);
  EXPECT_EQ(a.hash, AuditHash(a));
  const AuditEntry& b = page->items[1];
  EXPECT_EQ(b.entity_id, 5000200000);
  EXPECT_EQ(b.township_id, org().township_a1.id);
  EXPECT_EQ(b.actor_user_id, 7);
  EXPECT_EQ(b.actor_username, "clerk001");
  EXPECT_EQ(b.actor_role, "clerk");
  EXPECT_EQ(b.ip, "192.0.2.10");
  EXPECT_EQ(b.request_id, "req-1");
  EXPECT_EQ(b.at, "2025-06-01 02:30:00");
  EXPECT_EQ(b.before_json, full.before_json);
  EXPECT_EQ(b.after_json, full.after_json);
  EXPECT_EQ(b.prev_hash, a.hash);
  EXPECT_EQ(b.hash, AuditHash(b));
}

TEST_P(AuditRepositoryTest, AppendNeedsATransactionAndAValidEntry) {
  AuditRepository repo(db());
  EXPECT_THAT(repo.Append(Entry("create", "petition", 1, std::nullopt)),
              HasError(ErrorCode::kFailedPrecondition));
  ASSERT_THAT(db().InTransaction([&]() -> core::Status {
    EXPECT_THAT(repo.Append(Entry("create", "petition", 1, std::nullopt, "2025-06-01")),
                HasErrorField("at"));
    EXPECT_THAT(repo.Append(Entry("", "petition", 1, std::nullopt)), HasErrorField("action"));
    EXPECT_THAT(repo.Append(Entry("create", "", 1, std::nullopt)), HasErrorField("entity"));
    return core::Ok();
  }),
              IsOk());
  EXPECT_EQ(VerifyNow().head_seq, 0);
}

TEST_P(AuditRepositoryTest, ARolledBackAppendLeavesNoGap) {
  AuditRepository repo(db());
  auto failed = db().InTransaction([&]() -> core::Status {
    RETURN_IF_ERROR(repo.Append(Entry("create", "petition", 1, std::nullopt)));
    return core::Fail(core::InvalidArgument("x", "测试", "test"));
  });
  EXPECT_THAT(failed, HasErrorField("x"));
  AppendMany(1);
  auto verified = VerifyNow();
  EXPECT_TRUE(verified.intact) << verified.message_en;
  EXPECT_EQ(verified.rows, 1);
}

TEST_P(AuditRepositoryTest, TheDatabaseRefusesUpdateDeleteAndForeignInserts) {
  AppendMany(3);
  EXPECT_THAT(Exec("UPDATE audit_log SET after_json = '{}' WHERE seq = 2"),
              HasError(ErrorCode::kFailedPrecondition));
  EXPECT_THAT(Exec("DELETE FROM audit_log WHERE seq = 2"),
              HasError(ErrorCode::kFailedPrecondition));
  EXPECT_THAT(Exec("DELETE FROM audit_log"), HasError(ErrorCode::kFailedPrecondition));
  if (backend() == TestBackend::kPostgresql) {
    EXPECT_THAT(Exec("TRUNCATE audit_log"), HasError(ErrorCode::kFailedPrecondition));
  }
  // A row that does not take the head's place, the head moved back or removed.
  EXPECT_THAT(Exec("INSERT INTO audit_log (seq, at, action, entity, prev_hash, hash) VALUES "
                   "(4, '2025-06-01 00:00:00', 'create', 'x', '" +
                   std::string(64, 'a') + "', '" + std::string(64, 'b') + "')"),
              HasError(ErrorCode::kFailedPrecondition));
  EXPECT_THAT(Exec("UPDATE audit_head SET seq = 1"), HasError(ErrorCode::kFailedPrecondition));
  EXPECT_THAT(Exec("DELETE FROM audit_head"), HasError(ErrorCode::kFailedPrecondition));
  auto verified = VerifyNow();
  EXPECT_TRUE(verified.intact) << verified.message_en;
  EXPECT_EQ(verified.rows, 3);
}

TEST_P(AuditRepositoryTest, VerifyNamesAChangedRow) {
  AppendMany(5);
  DropTrigger("audit_log_no_update");
  ASSERT_THAT(Exec("UPDATE audit_log SET after_json = '{\"n\":99}' WHERE seq = 3"), IsOk());
  auto verified = VerifyNow();
  EXPECT_FALSE(verified.intact);
  EXPECT_EQ(verified.broken_seq, 3);
  EXPECT_EQ(verified.reason, AuditBreak::kHashMismatch);
  EXPECT_EQ(verified.rows, 2);
  EXPECT_THAT(verified.message_zh, ::testing::StartsWith("第 3 条审计记录被篡改："));
}

TEST_P(AuditRepositoryTest, VerifyNamesADeletedMiddleRow) {
  AppendMany(5);
  DropTrigger("audit_log_no_delete");
  ASSERT_THAT(Exec("DELETE FROM audit_log WHERE seq = 3"), IsOk());
  auto verified = VerifyNow();
  EXPECT_FALSE(verified.intact);
  EXPECT_EQ(verified.broken_seq, 3);
  EXPECT_EQ(verified.reason, AuditBreak::kGap);
}

TEST_P(AuditRepositoryTest, VerifyNamesAChangedHash) {
  AppendMany(5);
  DropTrigger("audit_log_no_update");
  ASSERT_THAT(Exec("UPDATE audit_log SET hash = '" + std::string(64, 'f') + "' WHERE seq = 2"),
              IsOk());
  auto verified = VerifyNow();
  EXPECT_FALSE(verified.intact);
  EXPECT_EQ(verified.broken_seq, 2);
  EXPECT_EQ(verified.reason, AuditBreak::kHashMismatch);
}

TEST_P(AuditRepositoryTest, ARowRewrittenWithAFreshHashBreaksTheNextLink) {
  AppendMany(5);
  AuditRepository repo(db());
  AuditFilter filter;
  filter.page.sort = "seq";
  auto page = repo.List(Scope::System(), filter);
  ASSERT_THAT(page, IsOk());
  AuditEntry forged = page->items[2];  // seq 3
  forged.after_json = R"({"n":"forged"})";
  const std::string forged_hash = AuditHash(forged);
  DropTrigger("audit_log_no_update");
  ASSERT_THAT(Exec("UPDATE audit_log SET after_json = '" + *forged.after_json + "', hash = '" +
                   forged_hash + "' WHERE seq = 3"),
              IsOk());
  auto verified = VerifyNow();
  EXPECT_FALSE(verified.intact);
  EXPECT_EQ(verified.broken_seq, 4);
  EXPECT_EQ(verified.reason, AuditBreak::kBrokenLink);
}

TEST_P(AuditRepositoryTest, RowsRemovedAtTheEndAreNamedAndBlockFurtherAppends) {
  AppendMany(5);
  DropTrigger("audit_log_no_delete");
  ASSERT_THAT(Exec("DELETE FROM audit_log WHERE seq >= 4"), IsOk());
  auto verified = VerifyNow();
  EXPECT_FALSE(verified.intact);
  EXPECT_EQ(verified.broken_seq, 4);
  EXPECT_EQ(verified.reason, AuditBreak::kHeadMismatch);
  // Appending now would hide the cut: refused.
  AuditRepository repo(db());
  auto appended = db().InTransaction([&]() -> core::Status {
    RETURN_IF_ERROR(repo.Append(Entry("create", "petition", 1, std::nullopt)));
    return core::Ok();
  });
  EXPECT_THAT(appended, HasError(ErrorCode::kFailedPrecondition));
  EXPECT_EQ(VerifyNow().broken_seq, 4);
}

TEST_P(AuditRepositoryTest, VerifyNamesARowInsertedPastTheHead) {
  AppendMany(2);
  AuditRepository repo(db());
  AuditFilter filter;
  auto page = repo.List(Scope::System(), filter);
  ASSERT_THAT(page, IsOk());
  AuditEntry extra = Entry("delete", "petition", 1, std::nullopt);
  extra.seq = 3;
  extra.prev_hash = page->items.front().hash;  // newest first: seq 2
  extra.hash = AuditHash(extra);
  // A row that links correctly: only a head that did not follow it gives it away.
  DropTrigger("audit_log_append_at_head");
  DropTrigger("audit_head_follow");
  ASSERT_THAT(Exec("INSERT INTO audit_log (seq, at, action, entity, entity_id, prev_hash, hash) "
                   "VALUES (3, '" +
                   extra.at + "', 'delete', 'petition', 1, '" + extra.prev_hash + "', '" +
                   extra.hash + "')"),
              IsOk());
  auto verified = VerifyNow();
  EXPECT_FALSE(verified.intact);
  EXPECT_EQ(verified.broken_seq, 3);
  EXPECT_EQ(verified.reason, AuditBreak::kHeadMismatch);
}

TEST_P(AuditRepositoryTest, VerifyStreamsInBatchesAndReportsProgress) {
  const int n = static_cast<int>(2 * kAuditVerifyBatch + 7);
  AuditRepository repo(db());
  AppendMany(3);  // one transaction each, then many appends in one transaction: one chain
  constexpr int kSeparate = 1000;
  std::vector<AuditEntry> entries;
  for (int i = 3 + kSeparate; i < n; ++i) {
    entries.push_back(Entry("import", "petition", i, std::nullopt));
  }
  ASSERT_THAT(db().InTransaction([&]() -> core::Status {
    for (int i = 3; i < 3 + kSeparate; ++i) {
      ASSIGN_OR_RETURN(auto stored, repo.Append(Entry("update", "petition", i, std::nullopt)));
      EXPECT_EQ(stored.seq, i + 1);
    }
    ASSIGN_OR_RETURN(auto stored, repo.AppendAll(entries));
    EXPECT_EQ(stored.front().seq, 4 + kSeparate);
    EXPECT_EQ(stored.back().seq, n);
    return core::Ok();
  }),
              IsOk());
  std::vector<std::int64_t> seen;
  auto verified = repo.Verify([&](std::int64_t done, std::int64_t total) {
    EXPECT_EQ(total, n);
    seen.push_back(done);
  });
  ASSERT_THAT(verified, IsOk());
  EXPECT_TRUE(verified->intact) << verified->message_en;
  EXPECT_EQ(verified->rows, n);
  EXPECT_THAT(seen, ::testing::ElementsAre(kAuditVerifyBatch, 2 * kAuditVerifyBatch, n));
}

TEST_P(AuditRepositoryTest, TwoConnectionsAppendingAtOnceKeepOneChain) {
  constexpr int kPerThread = 40;
  std::vector<core::Status> results(2);
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t) {
    threads.emplace_back([&, t] {
      auto other = Database::Open(test_db().url());
      if (!other) {
        results[t] = core::Fail(other.error());
        return;
      }
      AuditRepository repo(**other);
      for (int i = 0; i < kPerThread; ++i) {
        auto written = (*other)->InTransaction([&]() -> core::Status {
          RETURN_IF_ERROR(repo.Append(Entry("update", "petition", t * 1000 + i, std::nullopt)));
          return core::Ok();
        });
        if (!written) {
          results[t] = written;
          return;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_THAT(results[0], IsOk());
  EXPECT_THAT(results[1], IsOk());
  auto verified = VerifyNow();
  EXPECT_TRUE(verified.intact) << verified.message_en;
  EXPECT_EQ(verified.rows, 2 * kPerThread);
}

TEST_P(AuditRepositoryTest, ListFollowsTheScopeAndTheFilters) {
  AuditRepository repo(db());
  ASSERT_THAT(db().InTransaction([&]() -> core::Status {
    RETURN_IF_ERROR(repo.Append(Entry("create", "mediation_case", 1, org().township_a1.id,
                                      "2025-05-31 15:59:59")));  // 2025-05-31 in China
    RETURN_IF_ERROR(repo.Append(Entry("update", "mediation_case", 1, org().township_a1.id,
                                      "2025-05-31 16:00:00")));  // 2025-06-01 in China
    RETURN_IF_ERROR(repo.Append(Entry("create", "petition", 2, org().township_a2.id,
                                      "2025-06-01 15:59:59")));  // 2025-06-01 in China
    RETURN_IF_ERROR(
        repo.Append(Entry("create", "petition", 3, org().township_b1.id, "2025-06-02 01:00:00")));
    auto user = Entry("create", "user", 9, std::nullopt, "2025-06-02 02:00:00");
    user.actor_username = "secadmin";
    RETURN_IF_ERROR(repo.Append(user));
    return core::Ok();
  }),
              IsOk());
  auto seqs = [&](const Scope& scope, const AuditFilter& filter) {
    std::vector<std::int64_t> out;
    auto page = repo.List(scope, filter);
    EXPECT_THAT(page, IsOk());
    if (page) {
      for (const auto& e : page->items) out.push_back(e.seq);
    }
    return out;
  };
  AuditFilter all;
  EXPECT_THAT(seqs(Scope::System(), all), ::testing::ElementsAre(5, 4, 3, 2, 1));
  EXPECT_THAT(seqs(Scope::County(org().county_a.id), all), ::testing::ElementsAre(3, 2, 1));
  EXPECT_THAT(seqs(Scope::Township(org().township_a1.id), all), ::testing::ElementsAre(2, 1));
  EXPECT_THAT(seqs(Scope::Township(org().township_b1.id), all), ::testing::ElementsAre(4));

  AuditFilter history;  // one record's history
  history.entity = "mediation_case";
  history.entity_id = 1;
  history.page.sort = "at";
  EXPECT_THAT(seqs(Scope::Township(org().township_a1.id), history), ::testing::ElementsAre(1, 2));
  EXPECT_THAT(seqs(Scope::Township(org().township_a2.id), history), ::testing::IsEmpty());

  AuditFilter day;
  day.from = core::MakeDate(2025, 6, 1);
  day.to = core::MakeDate(2025, 6, 1);
  EXPECT_THAT(seqs(Scope::System(), day), ::testing::ElementsAre(3, 2));

  AuditFilter actor;
  actor.actor_username = "secadmin";
  actor.action = "create";
  EXPECT_THAT(seqs(Scope::System(), actor), ::testing::ElementsAre(5));

  AuditFilter one_township;
  one_township.township_id = org().township_a2.id;
  EXPECT_THAT(seqs(Scope::County(org().county_a.id), one_township), ::testing::ElementsAre(3));
  EXPECT_THAT(repo.List(Scope::Township(org().township_a1.id), one_township),
              HasError(ErrorCode::kPermissionDenied));

  AuditFilter paged;
  paged.page.page = 2;
  paged.page.page_size = 2;
  auto page = repo.List(Scope::System(), paged);
  ASSERT_THAT(page, IsOk());
  EXPECT_EQ(page->total, 5);
  ASSERT_EQ(page->items.size(), 2u);
  EXPECT_EQ(page->items[0].seq, 3);

  AuditFilter bad;
  bad.page.sort = "actor";
  EXPECT_THAT(repo.List(Scope::System(), bad), HasErrorField("sort"));
  bad.page.sort.clear();
  bad.page.page_size = 5000;
  EXPECT_THAT(repo.List(Scope::System(), bad), HasErrorField("pageSize"));
}

FAZHI_INSTANTIATE_BACKENDS(AuditRepositoryTest);

// The canonical form is a published format (docs/data-model.md): pin it byte for byte.
TEST(AuditHash, CanonicalFormIsLengthPrefixedAndStable) {
  AuditEntry e;
  e.seq = 12;
  e.at = "2025-06-01 02:30:00";
  e.actor_user_id = 3;
  e.actor_username = "clerk001";
  e.actor_role = "clerk";
  e.ip = "";
  e.request_id = "r";
  e.action = "update";
  e.entity = "petition";
  e.entity_id = 42;
  e.township_id = 5;
  e.before_json = std::nullopt;
  e.after_json = "{\"a\":\"调\"}";
  e.prev_hash = std::string(kAuditGenesisHash);
  EXPECT_EQ(AuditCanonicalForm(e),
            "fazhi-audit-v1\n2:12;19:2025-06-01 02:30:00;1:3;8:clerk001;5:clerk;0:;1:r;6:update;"
            "8:petition;2:42;1:5;~;11:{\"a\":\"调\"};64:" +
                std::string(kAuditGenesisHash) + ";");
  EXPECT_EQ(AuditHash(e), core::Sha256Hex(AuditCanonicalForm(e)));
}

TEST(AuditHash, NoTwoRowsSerialiseAlike) {
  AuditEntry a;
  a.actor_username = "ab";
  a.actor_role = "c";
  AuditEntry b;
  b.actor_username = "a";
  b.actor_role = "bc";
  EXPECT_NE(AuditCanonicalForm(a), AuditCanonicalForm(b));
  AuditEntry null_json;
  AuditEntry empty_json;
  empty_json.after_json = "";
  EXPECT_NE(AuditCanonicalForm(null_json), AuditCanonicalForm(empty_json));
  AuditEntry no_township;
  AuditEntry township_zero;
  township_zero.township_id = 0;
  EXPECT_NE(AuditHash(no_township), AuditHash(township_zero));
}

}  // namespace
}  // namespace fazhi::store
