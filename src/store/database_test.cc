// store/database_test.cc — opening, migrating and transactions, on SQLite and PostgreSQL.
#include "store/database.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>

#include "store/migrations.h"
#include "store/org_repository.h"
#include "support/matchers.h"
#include "support/test_database.h"

namespace fazhi::store {
namespace {

using core::ErrorCode;
using ::fazhi::testing::HasError;
using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;

domain::Region County(std::string code, std::string name) {
  domain::Region r;
  r.code = std::move(code);
  r.name = std::move(name);
  r.level = domain::RegionLevel::kCounty;
  return r;
}

std::size_t CountRegions(Database& db) {
  OrgRepository org(db);
  auto all = org.ListByLevel(Scope::System(), domain::RegionLevel::kCounty);
  return all ? all->size() : 0;
}

// ---- opening (no database server needed) ----

TEST(DatabaseOpen, RejectsUnknownUrlSchemeNamingDb) {
  auto db = Database::Open("mysql://root@localhost/x");
  EXPECT_THAT(db, HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(db, HasErrorField("db"));
  EXPECT_NE(db.error().message.find("sqlite:"), std::string::npos);
}

TEST(DatabaseOpen, RejectsEmptySqlitePath) {
  EXPECT_THAT(Database::Open("sqlite:"), HasErrorField("db"));
}

TEST(DatabaseOpen, RejectsSqliteFileInMissingDirectoryWithoutCreatingIt) {
  const std::string dir = "/tmp/fazhi-missing-dir-for-test/sub";
  auto db = Database::Open("sqlite:" + dir + "/fazhi.db");
  EXPECT_THAT(db, HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(db, HasErrorField("db"));
  EXPECT_NE(db.error().message.find("目录不存在"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir));
}

TEST(DatabaseOpen, OpensInMemorySqlite) {
  auto db = Database::Open("sqlite::memory:");
  ASSERT_THAT(db, IsOk());
  EXPECT_EQ((*db)->backend(), Backend::kSqlite);
  EXPECT_EQ((*db)->BackendName(), "sqlite");
  EXPECT_THAT((*db)->Migrate(), IsOk());
}

TEST(DatabaseOpen, UnreachablePostgresIsUnavailableWithChineseMessage) {
  auto db = Database::Open("postgresql://postgres@127.0.0.1:1/none?connect_timeout=2");
  ASSERT_THAT(db, HasError(ErrorCode::kUnavailable));
  EXPECT_NE(db.error().message.find("无法连接"), std::string::npos);
  EXPECT_FALSE(db.error().detail.empty());
}

TEST(DatabaseOpen, MalformedPostgresOptionIsInvalidArgument) {
  auto db = Database::Open("postgresql://postgres@127.0.0.1:notaport/fazhi");
  EXPECT_THAT(db, HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(db, HasErrorField("db"));
}

TEST(DatabaseOpen, AcceptsPostgresSchemeAlias) {
  // "postgres://" is recognised (it fails only because nothing listens on port 1).
  auto db = Database::Open("postgres://postgres@127.0.0.1:1/none?connect_timeout=2");
  EXPECT_THAT(db, HasError(ErrorCode::kUnavailable));
}

TEST(DatabaseOpen, SqlitePathMayContainSpacesAndChinese) {
  auto dir = std::filesystem::temp_directory_path() / "fazhi store 测试";
  std::filesystem::create_directories(dir);
  {
    auto db = Database::Open("sqlite:" + (dir / "法治 数据.db").string());
    ASSERT_THAT(db, IsOk());
    EXPECT_THAT((*db)->Migrate(), IsOk());
  }
  EXPECT_TRUE(std::filesystem::exists(dir / "法治 数据.db"));
  std::filesystem::remove_all(dir);
}

TEST(DatabaseOpen, SqliteRunsInWalMode) {
  auto dir = std::filesystem::temp_directory_path() / "fazhi-wal-test";
  std::filesystem::create_directories(dir);
  {
    auto db = Database::Open("sqlite:" + (dir / "w.db").string());
    ASSERT_THAT(db, IsOk());
    ASSERT_THAT((*db)->Migrate(), IsOk());
    // While the connection is open, WAL mode keeps its -wal file beside the database.
    EXPECT_TRUE(std::filesystem::exists(dir / "w.db-wal"));
  }
  std::filesystem::remove_all(dir);
}

TEST(DatabaseOpen, PostgresUrlWithoutParametersConnects) {
  auto url = ::fazhi::testing::PgTestUrl();
  if (!url) {
    if (::fazhi::testing::PgRequired()) GTEST_FAIL() << "FAZHI_TEST_PG_URL is not set";
    GTEST_SKIP() << "PostgreSQL not configured (FAZHI_TEST_PG_URL)";
  }
  // Regression: SOCI 4.0.3 mangles a bare URI ("…/fazhi_test" became "fazhi_test="); Open
  // hands libpq keyword/value pairs instead.
  auto plain = Database::Open(*url);
  ASSERT_THAT(plain, IsOk());
  EXPECT_THAT((*plain)->SchemaVersion(), IsOk());
}

// ---- both backends ----

class DatabaseTest : public ::fazhi::testing::DatabaseTest {};

TEST_P(DatabaseTest, MigrateRecordsEveryEmbeddedVersionAndIsIdempotent) {
  ASSERT_THAT(db().SchemaVersion(), IsOk());
  EXPECT_EQ(*db().SchemaVersion(), db().LatestSchemaVersion());
  EXPECT_GE(db().LatestSchemaVersion(), 1);
  EXPECT_THAT(db().Migrate(), IsOk());
  EXPECT_THAT(db().Migrate(), IsOk());
  EXPECT_EQ(*db().SchemaVersion(), db().LatestSchemaVersion());
  // The schema works after migrating twice.
  OrgRepository org(db());
  EXPECT_THAT(org.CreateRegion(Scope::System(), County("500101000000", "甲县")), IsOk());
}

TEST_P(DatabaseTest, FreshDatabaseHasVersionZeroUntilMigrated) {
  auto fresh = ::fazhi::testing::TestDatabase::Create(backend(), /*migrate=*/false);
  ASSERT_THAT(fresh, IsOk());
  EXPECT_EQ(*(*fresh)->db().SchemaVersion(), 0);
  ASSERT_THAT((*fresh)->db().Migrate(), IsOk());
  EXPECT_EQ(*(*fresh)->db().SchemaVersion(), (*fresh)->db().LatestSchemaVersion());
}

TEST_P(DatabaseTest, EveryBackendHasTheSameMigrationVersions) {
  std::vector<int> sqlite, postgres;
  for (const auto& m : EmbeddedMigrations()) {
    (m.backend == "sqlite" ? sqlite : postgres).push_back(m.version);
  }
  EXPECT_EQ(sqlite, postgres);
  EXPECT_FALSE(sqlite.empty());
}

TEST_P(DatabaseTest, TransactionCommitsWhenFnSucceeds) {
  OrgRepository org(db());
  auto status = db().InTransaction([&]() -> core::Status {
    EXPECT_TRUE(db().InTransactionNow());
    RETURN_IF_ERROR(org.CreateRegion(Scope::System(), County("500101000000", "甲县")));
    return core::Ok();
  });
  EXPECT_THAT(status, IsOk());
  EXPECT_FALSE(db().InTransactionNow());
  EXPECT_EQ(CountRegions(db()), 1u);
}

// The response and session caches rely on this: the token moves with every write this
// connection makes (in a transaction or not) and with every write another connection makes,
// and stays put while nothing is written.
TEST_P(DatabaseTest, ChangeTokenMovesWithEveryWriteAndOnlyThen) {
  OrgRepository org(db());
  auto t0 = db().ChangeToken();
  ASSERT_THAT(t0, IsOk());
  EXPECT_EQ(CountRegions(db()), 0u);  // reads do not move it
  EXPECT_EQ(db().ChangeToken().value(), *t0);

  ASSERT_THAT(db().InTransaction([&]() -> core::Status {
    return org.CreateRegion(Scope::System(), County("500101000000", "甲县")).map([](auto&&) {});
  }),
              IsOk());
  auto t1 = db().ChangeToken();
  ASSERT_THAT(t1, IsOk());
  EXPECT_NE(*t1, *t0) << "own write in a transaction";

  ASSERT_THAT(org.CreateRegion(Scope::System(), County("500102000000", "乙县")), IsOk());
  auto t2 = db().ChangeToken();
  EXPECT_NE(t2.value(), *t1) << "own write outside InTransaction";

  auto other = Database::Open(test_db().url());
  ASSERT_THAT(other, IsOk());
  OrgRepository other_org(**other);
  ASSERT_THAT(other_org.CreateRegion(Scope::System(), County("500103000000", "丙县")), IsOk());
  auto t3 = db().ChangeToken();
  EXPECT_NE(t3.value(), *t2) << "another connection's write";
  EXPECT_EQ(db().ChangeToken().value(), *t3);
  // Another connection has a token of its own.
  EXPECT_NE((*other)->ChangeToken().value(), "");
}

TEST_P(DatabaseTest, TransactionRollsBackWhenFnFails) {
  OrgRepository org(db());
  auto status = db().InTransaction([&]() -> core::Status {
    RETURN_IF_ERROR(org.CreateRegion(Scope::System(), County("500101000000", "甲县")));
    return core::Fail(core::FailedPrecondition("规则不允许", "rule says no"));
  });
  EXPECT_THAT(status, HasError(ErrorCode::kFailedPrecondition));
  EXPECT_EQ(CountRegions(db()), 0u);
}

TEST_P(DatabaseTest, TransactionRollsBackAndConvertsAnException) {
  OrgRepository org(db());
  auto status = db().InTransaction([&]() -> core::Status {
    RETURN_IF_ERROR(org.CreateRegion(Scope::System(), County("500101000000", "甲县")));
    throw std::runtime_error("boom");
  });
  EXPECT_THAT(status, HasError(ErrorCode::kInternal));
  EXPECT_NE(status.error().detail.find("boom"), std::string::npos);
  EXPECT_EQ(CountRegions(db()), 0u);
  // The connection is usable afterwards.
  EXPECT_THAT(org.CreateRegion(Scope::System(), County("500101000000", "甲县")), IsOk());
}

TEST_P(DatabaseTest, NestedFailureUndoesOnlyTheInnerWork) {
  OrgRepository org(db());
  auto status = db().InTransaction([&]() -> core::Status {
    RETURN_IF_ERROR(org.CreateRegion(Scope::System(), County("500101000000", "甲县")));
    auto inner = db().InTransaction([&]() -> core::Status {
      RETURN_IF_ERROR(org.CreateRegion(Scope::System(), County("500102000000", "乙县")));
      // A unique violation inside the savepoint (PostgreSQL aborts the statement; the outer
      // transaction must stay usable).
      RETURN_IF_ERROR(org.CreateRegion(Scope::System(), County("500102000000", "乙县重复")));
      return core::Ok();
    });
    EXPECT_THAT(inner, HasError(ErrorCode::kConflict));
    return org.CreateRegion(Scope::System(), County("500103000000", "丙县")).has_value()
               ? core::Ok()
               : core::Fail(core::Internal("outer write failed after inner rollback"));
  });
  EXPECT_THAT(status, IsOk());
  OrgRepository check(db());
  auto counties = check.ListByLevel(Scope::System(), domain::RegionLevel::kCounty);
  ASSERT_THAT(counties, IsOk());
  ASSERT_EQ(counties->size(), 2u);
  EXPECT_EQ((*counties)[0].code, "500101000000");
  EXPECT_EQ((*counties)[1].code, "500103000000");
}

TEST_P(DatabaseTest, UniqueViolationIsConflictNamingTheField) {
  OrgRepository org(db());
  ASSERT_THAT(org.CreateRegion(Scope::System(), County("500101000000", "甲县")), IsOk());
  auto again = org.CreateRegion(Scope::System(), County("500101000000", "另一个县"));
  EXPECT_THAT(again, HasError(ErrorCode::kConflict));
  EXPECT_THAT(again, HasErrorField("code"));
  EXPECT_NE(again.error().message.find("区划代码已存在"), std::string::npos);
  EXPECT_FALSE(again.error().detail.empty());
}

TEST_P(DatabaseTest, SecondConnectionSeesCommittedData) {
  OrgRepository org(db());
  ASSERT_THAT(org.CreateRegion(Scope::System(), County("500101000000", "甲县")), IsOk());
  auto other = Database::Open(test_db().url());
  ASSERT_THAT(other, IsOk());
  EXPECT_EQ(CountRegions(**other), 1u);
}

FAZHI_INSTANTIATE_BACKENDS(DatabaseTest);

}  // namespace
}  // namespace fazhi::store
