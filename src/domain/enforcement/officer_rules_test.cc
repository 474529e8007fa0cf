// Tests of domain/enforcement/officer_rules.h, the officer indicators and the officer alerts.
#include "domain/enforcement/officer_rules.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "domain/alerts/alerts.h"
#include "domain/calendar/test_tables.h"
#include "domain/indicators/officer_indicators.h"
#include "domain/validation/idcard.h"
#include "support/matchers.h"

namespace fazhi::domain {
namespace {

using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;
using test_tables::Day;

const Date kToday = Day("2025-06-30");

std::string ValidId(std::string first17) { return first17 + IdCardCheckChar(first17); }

OfficerCertificate Certificate(std::string number, std::string issued, std::string expires) {
  OfficerCertificate c;
  c.number = std::move(number);
  c.field = "综合行政执法";
  c.issuing_authority = "重庆市人民政府";
  c.issued_on = Day(issued);
  c.expires_on = Day(expires);
  return c;
}

EnforcementOfficer GoodOfficer() {
  EnforcementOfficer o;
  o.id = 1;
  o.township_id = 2;
  o.name = "陈立新";
  o.gender = Gender::kMale;
  o.id_number = ValidId("50023019850312001");
  o.phone = "13800138000";
  o.agency = "综合行政执法办公室";
  o.post = "执法队员";
  o.in_post_from = Day("2019-03-01");
  o.certificates.push_back(Certificate("渝执2021000123", "2021-05-10", "2026-05-09"));
  OfficerExam e;
  e.taken_on = Day("2021-04-10");
  e.part = ExamPart::kGeneral;
  e.score = 78;
  o.exams.push_back(e);
  OfficerTraining t;
  t.held_on = Day("2025-04-12");
  t.topic = "《行政处罚法》专题培训";
  t.hours = 16;
  t.organiser = "县司法局";
  o.trainings.push_back(t);
  return o;
}

bool HasRule(const std::vector<RuleFinding>& f, std::string_view rule) {
  return std::any_of(f.begin(), f.end(), [&](const RuleFinding& x) { return x.rule == rule; });
}

TEST(ValidateOfficer, AcceptsACompleteRecord) {
  EXPECT_THAT(ValidateOfficer(GoodOfficer(), kToday), IsOk());
}

TEST(ValidateOfficer, NamesTheFieldAtFault) {
  auto o = GoodOfficer();
  o.name = "　";
  EXPECT_THAT(ValidateOfficer(o, kToday), HasErrorField("name"));
  o = GoodOfficer();
  o.id_number = "500230198503120010";
  EXPECT_THAT(ValidateOfficer(o, kToday), HasErrorField("idNumber"));
  o = GoodOfficer();
  o.in_post_from = Day("2001-01-01");  // born 1985: 15 years old
  EXPECT_THAT(ValidateOfficer(o, kToday), HasErrorField("idNumber"));
  o = GoodOfficer();
  o.agency = "";
  EXPECT_THAT(ValidateOfficer(o, kToday), HasErrorField("agency"));
  o = GoodOfficer();
  o.in_post_from = Day("2025-07-01");
  EXPECT_THAT(ValidateOfficer(o, kToday), HasErrorField("inPostFrom"));
  o = GoodOfficer();
  o.left_post_on = Day("2018-01-01");
  EXPECT_THAT(ValidateOfficer(o, kToday), HasErrorField("leftPostOn"));
}

TEST(ValidateOfficer, ChecksEachCertificate) {
  auto o = GoodOfficer();
  o.certificates.push_back(Certificate("渝执2021000123", "2016-05-10", "2021-05-09"));
  auto st = ValidateOfficer(o, kToday);
  EXPECT_THAT(st, HasErrorField("certificates[1].number"));
  EXPECT_NE(st.error().message.find("第2张执法证"), std::string::npos) << st.error().message;

  o = GoodOfficer();
  o.certificates[0].expires_on = o.certificates[0].issued_on;
  EXPECT_THAT(ValidateOfficer(o, kToday), HasErrorField("certificates[0].expiresOn"));
  o = GoodOfficer();
  o.certificates[0].field = "";
  EXPECT_THAT(ValidateOfficer(o, kToday), HasErrorField("certificates[0].field"));
  o = GoodOfficer();
  o.certificates[0].status = CertificateStatus::kSuspended;
  EXPECT_THAT(ValidateOfficer(o, kToday), HasErrorField("certificates[0].statusChangedOn"));
  o.certificates[0].status_changed_on = Day("2020-01-01");  // before issue
  EXPECT_THAT(ValidateOfficer(o, kToday), HasErrorField("certificates[0].statusChangedOn"));
  o.certificates[0].status_changed_on = Day("2025-03-01");
  EXPECT_THAT(ValidateOfficer(o, kToday), IsOk());
  o.certificates[0].status = CertificateStatus::kValid;
  EXPECT_THAT(ValidateOfficer(o, kToday), HasErrorField("certificates[0].statusChangedOn"));
}

TEST(ValidateOfficer, ChecksExamsAndTrainings) {
  auto o = GoodOfficer();
  o.exams[0].score = 101;
  EXPECT_THAT(ValidateOfficer(o, kToday), HasErrorField("exams[0].score"));
  o = GoodOfficer();
  o.trainings[0].hours = 0;
  EXPECT_THAT(ValidateOfficer(o, kToday), HasErrorField("trainings[0].hours"));
  o = GoodOfficer();
  o.trainings[0].topic = "";
  EXPECT_THAT(ValidateOfficer(o, kToday), HasErrorField("trainings[0].topic"));
}

TEST(CertificateState, ExpiresAfterTheLastDayAndRecordedStatusTakesEffectOnItsDate) {
  auto c = Certificate("A1", "2021-05-10", "2026-05-09");
  EXPECT_FALSE(CertificateValidOn(c, Day("2021-05-09")));  // not yet issued
  EXPECT_TRUE(CertificateValidOn(c, Day("2021-05-10")));
  EXPECT_TRUE(CertificateValidOn(c, Day("2026-05-09")));
  EXPECT_FALSE(CertificateValidOn(c, Day("2026-05-10")));
  EXPECT_EQ(CertificateStatusOn(c, Day("2026-05-10")), CertificateStatus::kExpired);
  c.status = CertificateStatus::kSuspended;
  c.status_changed_on = Day("2024-01-15");
  EXPECT_TRUE(CertificateValidOn(c, Day("2024-01-14")));
  EXPECT_FALSE(CertificateValidOn(c, Day("2024-01-15")));
  EXPECT_EQ(CertificateStatusOn(c, Day("2024-01-15")), CertificateStatus::kSuspended);
}

TEST(InPost, LeavingEndsThePostOnThatDay) {
  auto o = GoodOfficer();
  o.left_post_on = Day("2025-03-01");
  EXPECT_TRUE(InPostOn(o, Day("2025-02-28")));
  EXPECT_FALSE(InPostOn(o, Day("2025-03-01")));
  EXPECT_FALSE(InPostOn(o, Day("2019-02-28")));
}

TEST(ValidCertificate, PicksTheOneValidLongest) {
  auto o = GoodOfficer();
  o.certificates.push_back(Certificate("新证", "2024-01-01", "2029-01-01"));
  ASSERT_NE(ValidCertificateOn(o, kToday), nullptr);
  EXPECT_EQ(ValidCertificateOn(o, kToday)->number, "新证");
}

TEST(OfficerStanding, ValidExpiringAndWhyNot) {
  const LedgerSettings settings;
  auto o = GoodOfficer();
  auto s = OfficerStandingOn(o, kToday, settings);
  EXPECT_TRUE(s.in_post);
  EXPECT_EQ(s.certificate, CertificateStanding::kValid);
  EXPECT_EQ(s.days_left, 313);
  EXPECT_EQ(s.training_hours_this_year, 16);
  EXPECT_EQ(OfficerStandingOn(o, Day("2026-03-01"), settings).certificate,
            CertificateStanding::kExpiring);
  EXPECT_EQ(OfficerStandingOn(o, Day("2026-05-10"), settings).certificate,
            CertificateStanding::kExpired);
  o.certificates[0].status = CertificateStatus::kCancelled;
  o.certificates[0].status_changed_on = Day("2025-01-02");
  EXPECT_EQ(OfficerStandingOn(o, kToday, settings).certificate, CertificateStanding::kCancelled);
  o.certificates.clear();
  EXPECT_EQ(OfficerStandingOn(o, kToday, settings).certificate, CertificateStanding::kNone);
  EXPECT_EQ(OfficerStandingOn(o, kToday, settings).shown, nullptr);
  EXPECT_EQ(ParseCertificateStanding("expiring").value(), CertificateStanding::kExpiring);
}

TEST(OfficerWarnings, ReportsMissingExpiringAndQualification) {
  const LedgerSettings settings;
  auto o = GoodOfficer();
  EXPECT_TRUE(OfficerWarnings(o, kToday, settings).empty());
  // 2026-05-09 is 313 days after kToday; 90 days before it the warning starts.
  EXPECT_FALSE(HasRule(OfficerWarnings(o, Day("2026-02-07"), settings), "CERT-03"));
  EXPECT_TRUE(HasRule(OfficerWarnings(o, Day("2026-02-08"), settings), "CERT-03"));
  EXPECT_TRUE(HasRule(OfficerWarnings(o, Day("2026-05-10"), settings), "CERT-01"));
  o.established_post = false;
  EXPECT_TRUE(HasRule(OfficerWarnings(o, kToday, settings), "CERT-02"));
  o = GoodOfficer();
  o.legal_reviewer = true;
  EXPECT_TRUE(HasRule(OfficerWarnings(o, kToday, settings), "PEN-10"));
  o.legal_qualification = true;
  EXPECT_FALSE(HasRule(OfficerWarnings(o, kToday, settings), "PEN-10"));
  // A failed exam part without a later pass is an info finding; a retake pass clears it.
  o = GoodOfficer();
  OfficerExam fail;
  fail.taken_on = Day("2021-04-10");
  fail.part = ExamPart::kSpecial;
  fail.score = 52;
  o.exams.push_back(fail);
  EXPECT_TRUE(HasRule(OfficerWarnings(o, kToday, settings), "CERT-02"));
  OfficerExam retake = fail;
  retake.taken_on = Day("2021-10-10");
  retake.score = 71;
  o.exams.push_back(retake);
  EXPECT_FALSE(HasRule(OfficerWarnings(o, kToday, settings), "CERT-02"));
}

TEST(OfficerIndicators, CountOfficersInPostOnTheLastDay) {
  LedgerSettings settings;
  settings.cert_training_hours_target = 16;
  auto certified = GoodOfficer();  // valid on 2025-12-31, 16 hours in 2025
  auto expired = GoodOfficer();
  expired.id = 2;
  expired.certificates[0].expires_on = Day("2025-11-30");
  expired.trainings[0].hours = 8;
  auto left = GoodOfficer();
  left.id = 3;
  left.left_post_on = Day("2025-10-01");  // not in post on 12/31: not counted at all
  auto none = GoodOfficer();
  none.id = 4;
  none.certificates.clear();
  none.trainings.clear();
  const std::vector<EnforcementOfficer> all = {certified, expired, left, none};
  const Period year = YearPeriod(2025);
  auto ind = OfficerIndicators(all, year, Day("2026-01-15"), settings);
  ASSERT_EQ(ind.size(), 2u);
  EXPECT_EQ(ind[0].code, "cert_holding_rate");
  EXPECT_EQ(ind[0].rate.numerator, 1);
  EXPECT_EQ(ind[0].rate.denominator, 3);
  EXPECT_EQ(ind[0].numerator_ids, (std::vector<std::int64_t>{1}));
  EXPECT_EQ(ind[0].denominator_ids, (std::vector<std::int64_t>{1, 2, 4}));
  EXPECT_EQ(ind[1].code, "cert_training_rate");
  EXPECT_EQ(ind[1].rate.numerator, 1);
  EXPECT_EQ(ind[1].rate.denominator, 3);
  // Reported mid-year: evaluated on as_of; the expired certificate was still valid then, and
  // the officer who left on 1 October was still in post.
  auto mid = OfficerIndicators(all, year, Day("2025-09-30"), settings);
  EXPECT_EQ(mid[0].rate.numerator, 3);
  EXPECT_EQ(mid[0].rate.denominator, 4);

  auto fig = OfficerFigures(all, year, Day("2026-01-15"), settings);
  ASSERT_EQ(fig.size(), 5u);
  EXPECT_EQ(fig[0].code, "cert_officers");
  EXPECT_EQ(fig[0].value, 3);
  EXPECT_EQ(fig[1].value, 1);
  EXPECT_EQ(fig[3].code, "cert_training_hours");
  EXPECT_EQ(fig[3].value, 24);
}

TEST(OfficerAlerts, ExpiryMissingCertificateAndTraining) {
  LedgerSettings settings;
  auto expiring = GoodOfficer();  // expires 2026-05-09
  auto missing = GoodOfficer();
  missing.id = 2;
  missing.certificates[0].status = CertificateStatus::kLost;
  missing.certificates[0].status_changed_on = Day("2025-01-10");
  const std::vector<EnforcementOfficer> all = {expiring, missing};

  auto a = OfficerAlerts(all, Day("2026-03-01"), settings);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].code, "CERT-01");  // due today, before the expiry in May
  EXPECT_EQ(a[0].record_id, 2);
  EXPECT_EQ(a[0].severity, Severity::kError);
  EXPECT_NE(a[0].title_zh.find("挂失"), std::string::npos) << a[0].title_zh;
  EXPECT_EQ(a[1].code, "CERT-03");
  EXPECT_EQ(a[1].severity, Severity::kWarning);
  EXPECT_EQ(a[1].due, Day("2026-05-09"));
  EXPECT_EQ(a[1].days_left, 69);

  auto after = OfficerAlerts({&expiring, 1}, Day("2026-05-12"), settings);
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].code, "CERT-03");
  EXPECT_EQ(after[0].severity, Severity::kError);
  EXPECT_EQ(after[0].days_left, -3);

  // Training: 16 of 60 hours in 2025; listed from 60 days before 31 December.
  auto nov = OfficerAlerts({&expiring, 1}, Day("2025-10-31"), settings);
  EXPECT_TRUE(std::none_of(nov.begin(), nov.end(), [](const Alert& x) { return x.code == "CERT-05"; }));
  auto dec = OfficerAlerts({&expiring, 1}, Day("2025-11-01"), settings);
  ASSERT_EQ(dec.size(), 1u);
  EXPECT_EQ(dec[0].code, "CERT-05");
  EXPECT_EQ(dec[0].severity, Severity::kInfo);
  EXPECT_EQ(dec[0].due, Day("2025-12-31"));
}

}  // namespace
}  // namespace fazhi::domain
