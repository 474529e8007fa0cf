// store/officer_repository_test.cc — the 行政执法人员 register on both backends: every field
// round trips, children are replaced in place, scope enforcement, certificate-number
// conflicts named by path with nothing written, and the list filters.
#include "store/officer_repository.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/matchers.h"
#include "support/test_database.h"

namespace fazhi::store {
namespace {

using core::ErrorCode;
using core::MakeDate;
using ::fazhi::testing::HasError;
using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;
using ::testing::ElementsAre;

domain::EnforcementOfficer FullOfficer(std::int64_t township, std::string name, std::string number) {
  domain::EnforcementOfficer o;
  o.township_id = township;
  o.name = std::move(name);
  o.gender = domain::Gender::kFemale;
  o.id_number = "500230198503120028";
  o.phone = "023-62345678";
  o.agency = "综合行政执法办公室";
  o.post = "执法队员";
  o.education = "本科";
  o.established_post = false;
  o.in_post_from = MakeDate(2019, 3, 1);
  o.left_post_on = MakeDate(2025, 9, 30);
  o.legal_reviewer = true;
  o.legal_qualification = true;
  domain::OfficerCertificate c;
  c.number = std::move(number);
  c.field = "综合行政执法";
  c.issuing_authority = "重庆市人民政府";
  c.issued_on = MakeDate(2021, 5, 10);
  c.expires_on = MakeDate(2026, 5, 9);
  c.status = domain::CertificateStatus::kSuspended;
  c.status_changed_on = MakeDate(2024, 1, 15);
  c.status_reason = "涉嫌违规执法，暂扣待查";
  o.certificates.push_back(c);
  domain::OfficerExam e;
  e.taken_on = MakeDate(2021, 4, 10);
  e.part = domain::ExamPart::kSpecial;
  e.score = 58;
  o.exams.push_back(e);
  domain::OfficerTraining t;
  t.held_on = MakeDate(2025, 4, 12);
  t.topic = "《行政处罚法》专题培训";
  t.hours = 16;
  t.organiser = "县司法局";
  o.trainings.push_back(t);
  return o;
}

class OfficerRepositoryTest : public ::fazhi::testing::SeededDatabaseTest {
 protected:
  void SetUp() override {
    ::fazhi::testing::SeededDatabaseTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    a1_ = org().township_a1.id;
    a2_ = org().township_a2.id;
  }
  std::int64_t a1_ = 0, a2_ = 0;
};

TEST_P(OfficerRepositoryTest, EveryFieldAndChildRoundTrips) {
  OfficerRepository repo(db());
  auto created = repo.Create(Scope::Township(a1_), FullOfficer(a1_, "李芳", "渝执001"));
  ASSERT_THAT(created, IsOk());
  ASSERT_GT(created->id, 0);
  auto got = repo.Get(Scope::Township(a1_), created->id);
  ASSERT_THAT(got, IsOk());
  EXPECT_EQ(got->name, "李芳");
  EXPECT_EQ(got->gender, domain::Gender::kFemale);
  EXPECT_EQ(got->id_number, "500230198503120028");
  EXPECT_EQ(got->phone, "023-62345678");
  EXPECT_EQ(got->agency, "综合行政执法办公室");
  EXPECT_EQ(got->post, "执法队员");
  EXPECT_EQ(got->education, "本科");
  EXPECT_FALSE(got->established_post);
  EXPECT_EQ(got->in_post_from, MakeDate(2019, 3, 1));
  EXPECT_EQ(got->left_post_on, MakeDate(2025, 9, 30));
  EXPECT_TRUE(got->legal_reviewer);
  EXPECT_TRUE(got->legal_qualification);
  ASSERT_EQ(got->certificates.size(), 1u);
  const auto& c = got->certificates[0];
  EXPECT_EQ(c.id, created->certificates[0].id);
  EXPECT_EQ(c.officer_id, created->id);
  EXPECT_EQ(c.township_id, a1_);
  EXPECT_EQ(c.number, "渝执001");
  EXPECT_EQ(c.field, "综合行政执法");
  EXPECT_EQ(c.issuing_authority, "重庆市人民政府");
  EXPECT_EQ(c.issued_on, MakeDate(2021, 5, 10));
  EXPECT_EQ(c.expires_on, MakeDate(2026, 5, 9));
  EXPECT_EQ(c.status, domain::CertificateStatus::kSuspended);
  EXPECT_EQ(c.status_changed_on, MakeDate(2024, 1, 15));
  EXPECT_EQ(c.status_reason, "涉嫌违规执法，暂扣待查");
  ASSERT_EQ(got->exams.size(), 1u);
  EXPECT_EQ(got->exams[0].part, domain::ExamPart::kSpecial);
  EXPECT_EQ(got->exams[0].score, 58);
  EXPECT_EQ(got->exams[0].taken_on, MakeDate(2021, 4, 10));
  ASSERT_EQ(got->trainings.size(), 1u);
  EXPECT_EQ(got->trainings[0].topic, "《行政处罚法》专题培训");
  EXPECT_EQ(got->trainings[0].hours, 16);
  EXPECT_EQ(got->trainings[0].organiser, "县司法局");
  EXPECT_EQ(got->trainings[0].held_on, MakeDate(2025, 4, 12));
}

TEST_P(OfficerRepositoryTest, UpdateReplacesChildrenInPlace) {
  OfficerRepository repo(db());
  auto created = repo.Create(Scope::Township(a1_), FullOfficer(a1_, "李芳", "渝执001"));
  ASSERT_THAT(created, IsOk());
  domain::EnforcementOfficer o = *created;
  const std::int64_t cert_id = o.certificates[0].id;
  o.left_post_on.reset();
  o.certificates[0].status = domain::CertificateStatus::kValid;
  o.certificates[0].status_changed_on.reset();
  domain::OfficerCertificate renewed = o.certificates[0];
  renewed.id = 0;
  renewed.number = "渝执002";
  renewed.issued_on = MakeDate(2026, 5, 1);
  renewed.expires_on = MakeDate(2031, 4, 30);
  o.certificates.push_back(renewed);
  o.exams.clear();
  o.trainings[0].hours = 24;
  auto updated = repo.Update(Scope::Township(a1_), o);
  ASSERT_THAT(updated, IsOk());
  EXPECT_FALSE(updated->left_post_on.has_value());
  ASSERT_EQ(updated->certificates.size(), 2u);
  EXPECT_EQ(updated->certificates[0].id, cert_id);
  EXPECT_EQ(updated->certificates[0].status, domain::CertificateStatus::kValid);
  EXPECT_FALSE(updated->certificates[0].status_changed_on.has_value());
  EXPECT_EQ(updated->certificates[1].number, "渝执002");
  EXPECT_TRUE(updated->exams.empty());
  EXPECT_EQ(updated->trainings[0].hours, 24);
}

TEST_P(OfficerRepositoryTest, ScopeIsEnforced) {
  OfficerRepository repo(db());
  auto created = repo.Create(Scope::Township(a1_), FullOfficer(a1_, "李芳", "渝执001"));
  ASSERT_THAT(created, IsOk());
  EXPECT_THAT(repo.Get(Scope::Township(a2_), created->id), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.Create(Scope::Township(a2_), FullOfficer(a1_, "王五", "渝执009")),
              HasError(ErrorCode::kPermissionDenied));
  domain::EnforcementOfficer moved = *created;
  moved.township_id = a2_;
  EXPECT_THAT(repo.Update(Scope::System(), moved), HasErrorField("townshipId"));
  EXPECT_THAT(repo.Update(Scope::Township(a2_), *created), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(repo.LoadTownship(Scope::Township(a2_), a1_), HasError(ErrorCode::kPermissionDenied));
}

TEST_P(OfficerRepositoryTest, ATakenCertificateNumberIsAConflictNamingItAndWritesNothing) {
  OfficerRepository repo(db());
  ASSERT_THAT(repo.Create(Scope::Township(a1_), FullOfficer(a1_, "李芳", "渝执001")), IsOk());
  domain::EnforcementOfficer twin = FullOfficer(a1_, "张伟", "渝执005");
  domain::OfficerCertificate taken = twin.certificates[0];
  taken.number = "渝执001";
  twin.certificates.push_back(taken);
  auto refused = repo.Create(Scope::Township(a1_), twin);
  EXPECT_THAT(refused, HasError(ErrorCode::kConflict));
  EXPECT_THAT(refused, HasErrorField("certificates[1].number"));
  OfficerFilter all;
  all.text = "张伟";
  auto page = repo.List(Scope::Township(a1_), all);
  ASSERT_THAT(page, IsOk());
  EXPECT_EQ(page->total, 0);  // neither the officer nor its first certificate was written
  // Another township may use the same number.
  EXPECT_THAT(repo.Create(Scope::Township(a2_), FullOfficer(a2_, "赵六", "渝执001")), IsOk());
}

TEST_P(OfficerRepositoryTest, ListFiltersByTextAndPostAndPages) {
  OfficerRepository repo(db());
  for (int i = 0; i < 5; ++i) {
    auto o = FullOfficer(a1_, "执法员" + std::to_string(i), "A" + std::to_string(i));
    if (i % 2 == 0) o.left_post_on.reset();  // 0, 2, 4 in post on 2025-12-31
    ASSERT_THAT(repo.Create(Scope::Township(a1_), o), IsOk());
  }
  ASSERT_THAT(repo.Create(Scope::Township(a2_), FullOfficer(a2_, "执法员9", "A9")), IsOk());
  OfficerFilter f;
  f.in_post = true;
  f.in_post_on = MakeDate(2025, 12, 31);
  auto in_post = repo.List(Scope::Township(a1_), f);
  ASSERT_THAT(in_post, IsOk());
  EXPECT_EQ(in_post->total, 3);
  f.in_post = false;
  EXPECT_EQ(repo.List(Scope::Township(a1_), f)->total, 2);

  OfficerFilter by_number;
  by_number.text = "a3";  // certificate number, case-insensitive
  auto found = repo.List(Scope::System(), by_number);
  ASSERT_THAT(found, IsOk());
  ASSERT_EQ(found->items.size(), 1u);
  EXPECT_EQ(found->items[0].name, "执法员3");

  OfficerFilter paged;
  paged.page.page = 2;
  paged.page.page_size = 2;
  paged.page.sort = "-name";
  auto second = repo.List(Scope::Township(a1_), paged);
  ASSERT_THAT(second, IsOk());
  EXPECT_EQ(second->total, 5);
  std::vector<std::string> names;
  for (const auto& o : second->items) names.push_back(o.name);
  EXPECT_THAT(names, ElementsAre("执法员2", "执法员1"));
  paged.page.sort = "salary";
  EXPECT_THAT(repo.List(Scope::Township(a1_), paged), HasErrorField("sort"));

  auto loaded = repo.LoadTownship(Scope::Township(a1_), a1_);
  ASSERT_THAT(loaded, IsOk());
  EXPECT_EQ(loaded->size(), 5u);
  EXPECT_EQ((*loaded)[0].certificates.size(), 1u);
}

TEST_P(OfficerRepositoryTest, StoreConstraintsNameTheField) {
  OfficerRepository repo(db());
  auto o = FullOfficer(a1_, "李芳", "渝执001");
  o.trainings[0].hours = 0;  // the domain refuses this first; the store must too
  EXPECT_THAT(repo.Create(Scope::Township(a1_), o), HasErrorField("hours"));
}

FAZHI_INSTANTIATE_BACKENDS(OfficerRepositoryTest);

}  // namespace
}  // namespace fazhi::store
