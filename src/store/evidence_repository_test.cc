// store/evidence_repository_test.cc — evidence files on both backends: binary bytes round
// trip, one copy per SHA-256, scope, and a file altered behind the server's back is refused.
#include "store/evidence_repository.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

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

// A small JPEG-like file with NUL and high bytes (binary, not text).
std::string Photo() {
  std::string b = "\xFF\xD8\xFF\xE0";
  for (int i = 0; i < 5000; ++i) b.push_back(static_cast<char>(i % 256));
  return b;
}

class EvidenceRepositoryTest : public ::fazhi::testing::SeededDatabaseTest {
 protected:
  void SetUp() override {
    ::fazhi::testing::SeededDatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    a1_ = org().township_a1.id;
    a2_ = org().township_a2.id;
  }
  std::int64_t a1_ = 0, a2_ = 0;
};

TEST_P(EvidenceRepositoryTest, BinaryBytesComeBackVerified) {
  EvidenceRepository repo(db());
  const std::string bytes = Photo();
  auto put = repo.Put(Scope::Township(a1_), a1_, bytes, "image/jpeg", "2025-06-01T10:00:00", "clerk");
  ASSERT_THAT(put, IsOk());
  EXPECT_EQ(put->sha256, core::Sha256Hex(bytes));
  EXPECT_EQ(put->size_bytes, static_cast<std::int64_t>(bytes.size()));
  auto got = repo.Get(Scope::Township(a1_), a1_, put->sha256);
  ASSERT_THAT(got, IsOk());
  EXPECT_EQ(*got, bytes);
  // The same file again is stored once; another township keeps its own copy.
  EXPECT_THAT(repo.Put(Scope::Township(a1_), a1_, bytes, "image/jpeg", "2025-06-02T10:00:00", "clerk"), IsOk());
  EXPECT_THAT(repo.Put(Scope::System(), a2_, bytes, "image/jpeg", "2025-06-02T10:00:00", "clerk"), IsOk());
  EXPECT_THAT(repo.Get(Scope::Township(a2_), a2_, put->sha256), IsOk());
}

TEST_P(EvidenceRepositoryTest, ScopeIsEnforced) {
  EvidenceRepository repo(db());
  auto put = repo.Put(Scope::Township(a1_), a1_, Photo(), "image/jpeg", "2025-06-01T10:00:00", "clerk");
  ASSERT_THAT(put, IsOk());
  EXPECT_THAT(repo.Get(Scope::Township(a2_), a1_, put->sha256), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.Get(Scope::County(org().county_b.id), a1_, put->sha256), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.Get(Scope::Township(a1_), a1_, std::string(64, 'a')), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.Put(Scope::Township(a2_), a1_, Photo(), "image/jpeg", "x", "clerk"),
              HasError(ErrorCode::kPermissionDenied));
}

TEST_P(EvidenceRepositoryTest, AnAlteredFileIsRefusedNotServed) {
  EvidenceRepository repo(db());
  auto put = repo.Put(Scope::Township(a1_), a1_, Photo(), "image/jpeg", "2025-06-01T10:00:00", "clerk");
  ASSERT_THAT(put, IsOk());
  const std::string tamper = backend() == ::fazhi::testing::TestBackend::kSqlite
                                 ? "UPDATE evidence_file SET content = X'FFD8FF00'"
                                 : "UPDATE evidence_file SET content = '\\xffd8ff00'::bytea";
  // Someone with direct access to the database rewrites the content.
  ASSERT_THAT(internal::Guarded(db(), "tamper", [&]() -> core::Status {
                internal::Session(db()) << tamper;
                return core::Ok();
              }),
              IsOk());
  auto got = repo.Get(Scope::Township(a1_), a1_, put->sha256);
  EXPECT_THAT(got, HasError(ErrorCode::kFailedPrecondition));
  EXPECT_THAT(got, HasErrorField("file"));
}

FAZHI_INSTANTIATE_BACKENDS(EvidenceRepositoryTest);

}  // namespace
}  // namespace fazhi::store
