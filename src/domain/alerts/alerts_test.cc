// Tests of domain/alerts/alerts.h, on a fixed day (the FixedClock of `fazhi alerts --on`).
#include "domain/alerts/alerts.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/clock.h"
#include "domain/calendar/test_tables.h"

namespace fazhi::domain {
namespace {

using test_tables::Cal05Calendar;
using test_tables::Day;

const core::FixedClock kClock(Day("2025-09-25"));

const Alert* FindAlert(const std::vector<Alert>& alerts, std::string_view code, std::int64_t id) {
  for (const Alert& a : alerts) {
    if (a.code == code && a.record_id == id) return &a;
  }
  return nullptr;
}

Petition Base(std::int64_t id) {
  Petition p;
  p.id = id;
  p.reg_no = "许信〔2025〕" + std::to_string(id) + "号";
  p.channel = PetitionChannel::kVisit;
  p.petitioner_name = "钱七";
  p.address = "许明寺镇";
  p.request = "请求";
  p.facts = "事实";
  return p;
}

TEST(PetitionAlerts, NoticeHandlingReviewAndObjection) {
  const WorkingCalendar cal = Cal05Calendar();
  const Date on = kClock.Today();
  std::vector<Petition> ps;

  Petition notice_soon = Base(1);  // received 09-15 → notice due 09-30: 5 days left
  notice_soon.received_on = Day("2025-09-15");
  ps.push_back(notice_soon);

  Petition notice_late = Base(2);  // received 09-01 → due 09-16: overdue
  notice_late.received_on = Day("2025-09-01");
  ps.push_back(notice_late);

  Petition anonymous = Base(3);  // no notice owed
  anonymous.received_on = Day("2025-09-01");
  anonymous.petitioner_name.clear();
  ps.push_back(anonymous);

  Petition handling_late = Base(4);  // accepted 07-20 → due 09-18
  handling_late.received_on = Day("2025-07-18");
  handling_late.acknowledged_on = Day("2025-07-20");
  handling_late.accepted_on = Day("2025-07-20");
  ps.push_back(handling_late);

  Petition extended = handling_late;  // 09-18 + 30 = 10-18 (Sat) → 10-20
  extended.id = 5;
  extended.extension = PetitionExtension{30, "镇长", Day("2025-09-10"), "鉴定", true};
  ps.push_back(extended);

  Petition diverted = handling_late;
  diverted.id = 6;
  diverted.diversion = DiversionChannel::kLitigation;
  diverted.diverted_on = Day("2025-07-25");
  ps.push_back(diverted);

  // 5 working days from 09-22 (Mon): 23, 24, 25, 26 and the 调休 Sunday 09-28.
  Petition assigned = Base(7);
  assigned.source = PetitionSource::kAssigned;
  assigned.assigned_by = "县信访办";
  assigned.received_on = Day("2025-09-22");
  ps.push_back(assigned);

  Petition in_review = Base(8);
  in_review.received_on = Day("2025-06-01");
  in_review.acknowledged_on = Day("2025-06-02");
  in_review.accepted_on = Day("2025-06-02");
  in_review.closed_on = Day("2025-07-01");
  in_review.outcome = PetitionOutcome::kReject;
  in_review.review = PetitionReview{Day("2025-08-28"), "县政府", std::nullopt, "", {}};
  ps.push_back(in_review);  // reply due 09-27 (Sat) → 09-28, a 调休 working Sunday

  const auto alerts = PetitionAlerts(ps, on, cal, 7);

  const Alert* a1 = FindAlert(alerts, "PET-05", 1);
  ASSERT_NE(a1, nullptr);
  EXPECT_EQ(a1->due, Day("2025-09-30"));
  EXPECT_EQ(a1->days_left, 5);
  EXPECT_EQ(a1->state, DeadlineState::kDueSoon);
  EXPECT_EQ(a1->severity, Severity::kWarning);
  EXPECT_EQ(a1->basis.article, "第23条");
  EXPECT_EQ(a1->record_ref, "许信〔2025〕1号");

  const Alert* a2 = FindAlert(alerts, "PET-05", 2);
  ASSERT_NE(a2, nullptr);
  EXPECT_EQ(a2->state, DeadlineState::kOverdue);
  EXPECT_EQ(a2->days_left, -9);
  EXPECT_EQ(a2->severity, Severity::kError);
  EXPECT_NE(a2->title_zh.find("已逾期9天"), std::string::npos);

  EXPECT_EQ(FindAlert(alerts, "PET-05", 3), nullptr);

  const Alert* a4 = FindAlert(alerts, "PET-08", 4);
  ASSERT_NE(a4, nullptr);
  EXPECT_EQ(a4->due, Day("2025-09-18"));
  EXPECT_EQ(a4->state, DeadlineState::kOverdue);
  EXPECT_EQ(a4->basis.article, "第34条");
  // The extension moves the deadline beyond the alert window: no alert.
  EXPECT_EQ(FindAlert(alerts, "PET-08", 5), nullptr);
  EXPECT_EQ(FindAlert(alerts, "PET-08", 6), nullptr);

  const Alert* a7 = FindAlert(alerts, "PET-05-OBJ", 7);
  ASSERT_NE(a7, nullptr);
  EXPECT_EQ(a7->due, Day("2025-09-28"));
  EXPECT_EQ(a7->severity, Severity::kInfo);

  const Alert* a8 = FindAlert(alerts, "PET-10", 8);
  ASSERT_NE(a8, nullptr);
  EXPECT_EQ(a8->due, Day("2025-09-28"));

  // Sorted by due date.
  EXPECT_TRUE(std::is_sorted(alerts.begin(), alerts.end(), [](const Alert& x, const Alert& y) {
    return core::DayNumber(x.due) < core::DayNumber(y.due);
  }));
  EXPECT_EQ(alerts.front().record_id, 2);  // due 09-16
}

TEST(PetitionAlerts, ExtendedHandlingAlertsNearItsOwnDeadline) {
  const WorkingCalendar cal = Cal05Calendar();
  Petition p = Base(5);
  p.received_on = Day("2025-07-18");
  p.acknowledged_on = Day("2025-07-20");
  p.accepted_on = Day("2025-07-20");
  p.extension = PetitionExtension{30, "镇长", Day("2025-09-10"), "鉴定", true};
  // 07-20 + 60 = 09-18; + 30 = 10-18 (Sat) → 10-20.
  const auto alerts = PetitionAlerts(std::vector<Petition>{p}, Day("2025-10-15"), cal, 7);
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].code, "PET-08");
  EXPECT_EQ(alerts[0].due, Day("2025-10-20"));
  EXPECT_NE(alerts[0].title_zh.find("已延长30日"), std::string::npos);
}

TEST(PetitionAlerts, ReReviewReplyExcludesHearingDays) {
  const WorkingCalendar cal = Cal05Calendar();
  Petition p = Base(9);
  p.received_on = Day("2024-12-01");
  p.acknowledged_on = Day("2024-12-02");
  p.accepted_on = Day("2024-12-02");
  p.closed_on = Day("2025-01-10");
  p.outcome = PetitionOutcome::kExplain;
  p.review = PetitionReview{Day("2025-01-20"), "县政府", Day("2025-02-20"), "维持", {}};
  p.re_review = PetitionReview{Day("2025-03-03"),
                               "市政府",
                               std::nullopt,
                               "",
                               {ExcludedInterval{Day("2025-03-10"), Day("2025-03-14"), "听证"}}};
  auto alerts = PetitionAlerts(std::vector<Petition>{p}, Day("2025-04-03"), cal, 7);
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].code, "PET-11");
  EXPECT_EQ(alerts[0].due, Day("2025-04-07"));  // 04-02 without the hearing
  EXPECT_EQ(alerts[0].state, DeadlineState::kDueSoon);
  p.re_review->replied_on = Day("2025-04-03");
  p.concluded_final = true;
  EXPECT_TRUE(PetitionAlerts(std::vector<Petition>{p}, Day("2025-04-03"), cal, 7).empty());
}

MediationCommittee Committee(std::int64_t id, Date term_end) {
  MediationCommittee c;
  c.id = id;
  c.name = "调委会" + std::to_string(id);
  c.established_on = Day("2011-01-01");
  c.term_start = core::AddMonthsClamped(term_end, -36);
  c.term_end = term_end;
  CommitteeMember chair;
  chair.name = "甲";
  chair.role = CommitteeRole::kChair;
  chair.gender = Gender::kFemale;
  CommitteeMember m1 = chair, m2 = chair;
  m1.role = m2.role = CommitteeRole::kMember;
  c.members = {chair, m1, m2};
  return c;
}

MediationCase OpenCase(std::int64_t id, Date accepted) {
  MediationCase c;
  c.id = id;
  c.case_no = "许调〔2025〕" + std::to_string(id) + "号";
  c.category = "neighbor";
  c.accepted_on = accepted;
  return c;
}

TEST(MediationAlerts, CasesAgreementsAndCommittees) {
  const WorkingCalendar cal = Cal05Calendar();
  const LedgerSettings settings;   // soon 7 days, committee terms 90 days
  const Date on = kClock.Today();  // 2025-09-25

  std::vector<MediationCase> cases;
  cases.push_back(OpenCase(1, Day("2025-08-20")));  // due 09-19: past one month
  cases.push_back(OpenCase(2, Day("2025-08-29")));  // due 09-28: soon
  MediationCase consented = OpenCase(3, Day("2025-08-01"));
  consented.parties_agreed_to_continue = true;
  cases.push_back(consented);
  MediationCase agreed = OpenCase(4, Day("2025-08-25"));
  agreed.outcome = MediationOutcome::kSuccess;
  agreed.concluded_on = Day("2025-08-29");
  MediationAgreement a;
  a.form = AgreementForm::kWritten;
  a.effective_on = Day("2025-08-29");  // 司法确认 window → 09-28 (a 调休 Sunday, working)
  a.terms = "赔偿";
  a.performance_due = Day("2025-09-20");
  agreed.agreement = a;
  cases.push_back(agreed);
  MediationCase followed = agreed;
  followed.id = 5;
  followed.agreement->last_followup_on = Day("2025-09-21");
  followed.agreement->confirmation_applied_on = Day("2025-09-01");
  cases.push_back(followed);

  const std::vector<MediationCommittee> committees = {
      Committee(10, Day("2025-12-01")),  // ends within 90 days
      Committee(11, Day("2025-09-01")),  // ended
      Committee(12, Day("2027-06-30")),  // far
  };
  std::vector<MediationCommittee> with_bad_roster = committees;
  with_bad_roster[2].members.pop_back();  // 2 members: MED-01

  const auto alerts = MediationAlerts(with_bad_roster, cases, on, cal, settings);

  const Alert* late = FindAlert(alerts, "MED-10", 1);
  ASSERT_NE(late, nullptr);
  EXPECT_EQ(late->due, Day("2025-09-19"));
  EXPECT_EQ(late->state, DeadlineState::kOverdue);
  EXPECT_EQ(late->severity, Severity::kWarning);
  const Alert* soon = FindAlert(alerts, "MED-10", 2);
  ASSERT_NE(soon, nullptr);
  EXPECT_EQ(soon->severity, Severity::kInfo);
  EXPECT_EQ(FindAlert(alerts, "MED-10", 3), nullptr);

  const Alert* window = FindAlert(alerts, "MED-09", 4);
  ASSERT_NE(window, nullptr);
  EXPECT_EQ(window->due, Day("2025-09-28"));
  EXPECT_EQ(window->days_left, 3);
  EXPECT_EQ(FindAlert(alerts, "MED-09", 5), nullptr);  // applied already

  const Alert* perform = FindAlert(alerts, "MED-08", 4);
  ASSERT_NE(perform, nullptr);
  EXPECT_EQ(perform->state, DeadlineState::kOverdue);
  EXPECT_EQ(perform->basis.article, "第31条");
  EXPECT_EQ(FindAlert(alerts, "MED-08", 5), nullptr);  // followed up after the due date

  const Alert* ending = FindAlert(alerts, "MED-01", 10);
  ASSERT_NE(ending, nullptr);
  EXPECT_EQ(ending->state, DeadlineState::kDueSoon);
  EXPECT_EQ(ending->days_left, 67);
  EXPECT_EQ(ending->severity, Severity::kWarning);
  const Alert* ended = FindAlert(alerts, "MED-01", 11);
  ASSERT_NE(ended, nullptr);
  EXPECT_EQ(ended->severity, Severity::kError);
  EXPECT_EQ(ended->days_left, -24);
  const Alert* roster = FindAlert(alerts, "MED-01", 12);
  ASSERT_NE(roster, nullptr);
  EXPECT_EQ(roster->due, on);
  EXPECT_EQ(roster->record_type, "mediation_committee");
  EXPECT_NE(roster->title_zh.find("应为3至9人"), std::string::npos);

  EXPECT_TRUE(std::is_sorted(alerts.begin(), alerts.end(), [](const Alert& x, const Alert& y) {
    return core::DayNumber(x.due) < core::DayNumber(y.due);
  }));
}

}  // namespace
}  // namespace fazhi::domain
