// tests/support/test_database.h — a fresh, migrated database per test, on SQLite and on
// PostgreSQL, for the store, service and CLI test suites.
//
//   class MyStoreTest : public fazhi::testing::DatabaseTest {};
//   TEST_P(MyStoreTest, Something) { store::OrgRepository org(db()); … }
//   FAZHI_INSTANTIATE_BACKENDS(MyStoreTest);   // instances Backends/MyStoreTest.Something/sqlite
//                                              // and …/postgresql
//
// Contract:
//  * SQLite: a new database file in a new temporary directory, removed afterwards.
//  * PostgreSQL: a new schema "fazhi_t_<pid>_<n>" in the database of $FAZHI_TEST_PG_URL, used
//    through the connection's search_path (libpq `options=-csearch_path=…`), dropped
//    afterwards — so test executables may run in parallel against one server.
//  * When $FAZHI_TEST_PG_URL is unset, PostgreSQL instances FAIL if $FAZHI_REQUIRE_PG=1 (what
//    scripts/with-postgres sets for `make test`), else they are skipped with a message.
//  * SeedTestOrg creates two counties with townships and a village (valid 统计用区划代码).
// Not thread-safe.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>

#include "core/result.h"
#include "domain/mediation/mediation.h"
#include "domain/org/org.h"
#include "domain/petition/petition.h"
#include "store/database.h"

namespace fazhi::testing {

enum class TestBackend { kSqlite, kPostgresql };
std::string TestBackendName(TestBackend backend);  // "sqlite" | "postgresql"

std::optional<std::string> PgTestUrl();  // $FAZHI_TEST_PG_URL when set and non-empty
bool PgRequired();                       // $FAZHI_REQUIRE_PG == "1"

class TestDatabase {
 public:
  // A fresh database; migrated unless migrate is false. kUnavailable when the backend is
  // PostgreSQL and $FAZHI_TEST_PG_URL is unset.
  static core::Result<std::unique_ptr<TestDatabase>> Create(TestBackend backend,
                                                            bool migrate = true);
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  store::Database& db() { return *db_; }
  TestBackend backend() const { return backend_; }
  // A URL for store::Database::Open that reaches this same database (a second connection).
  const std::string& url() const { return url_; }

 private:
  TestDatabase() = default;
  TestBackend backend_ = TestBackend::kSqlite;
  std::string url_;
  std::string temp_dir_;   // SQLite
  std::string admin_url_;  // PostgreSQL: $FAZHI_TEST_PG_URL
  std::string schema_;     // PostgreSQL
  std::unique_ptr<store::Database> db_;
};

// Parameterized fixture: a migrated TestDatabase per test (see the contract above).
class DatabaseTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  void SetUp() override;
  void TearDown() override;
  store::Database& db() { return test_db_->db(); }
  TestDatabase& test_db() { return *test_db_; }
  TestBackend backend() const { return GetParam(); }

 private:
  std::unique_ptr<TestDatabase> test_db_;
};

std::string BackendParamName(const ::testing::TestParamInfo<TestBackend>& info);

#define FAZHI_INSTANTIATE_BACKENDS(Suite)                                                 \
  INSTANTIATE_TEST_SUITE_P(Backends, Suite,                                               \
                           ::testing::Values(::fazhi::testing::TestBackend::kSqlite,      \
                                             ::fazhi::testing::TestBackend::kPostgresql), \
                           ::fazhi::testing::BackendParamName)

// A small organisation: county A (two townships, a village in the first) and county B (one
// township).
struct TestOrg {
  domain::Region county_a;     // 500101000000
  domain::Region township_a1;  // 500101001000
  domain::Region township_a2;  // 500101002000
  domain::Region village_a1;   // 500101001001 (in township_a1)
  domain::Region county_b;     // 500102000000
  domain::Region township_b1;  // 500102001000
};
core::Result<TestOrg> SeedTestOrg(store::Database& db);

// DatabaseTest with SeedTestOrg already run (org()).
class SeededDatabaseTest : public DatabaseTest {
 protected:
  void SetUp() override;
  const TestOrg& org() const { return org_; }

 private:
  TestOrg org_;
};

// Records with every field set to a non-default value (optionals present, Chinese text,
// amounts beyond 32 bits), ready to create. Ids are 0.
domain::MediationCommittee FullCommittee(std::int64_t township_id);
domain::Mediator FullMediator(std::int64_t township_id, std::int64_t committee_id);
domain::ScreeningRound FullScreeningRound(std::int64_t township_id);
domain::ScreenedDispute FullScreenedDispute(std::int64_t round_id, std::int64_t township_id);
// A concluded successful case with two parties and a written agreement (every date set).
domain::MediationCase FullCase(std::int64_t township_id, std::int64_t committee_id,
                               std::optional<std::int64_t> mediator_id, std::string case_no);
// A closed petition with extension, excluded interval, 复查 and 复核 with hearing intervals.
domain::Petition FullPetition(std::int64_t township_id, std::string reg_no);
domain::LeaderReception FullReception(std::int64_t township_id);

// Every field, one per line ("name=value"), children included: compare two records with
// EXPECT_EQ(Dump(a), Dump(b)) and read the difference.
std::string Dump(const domain::MediationCommittee& c);
std::string Dump(const domain::Mediator& m);
std::string Dump(const domain::ScreeningRound& r);
std::string Dump(const domain::ScreenedDispute& d);
std::string Dump(const domain::MediationCase& c);
std::string Dump(const domain::Petition& p);
std::string Dump(const domain::LeaderReception& r);
std::string Dump(const domain::Region& r);
std::string Dump(const domain::User& u);

}  // namespace fazhi::testing
