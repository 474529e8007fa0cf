// Tests of PenaltyCaseAlerts (domain/alerts/alerts.h): each deadline of an enforcement case
// alerts when due soon or overdue and stops once the act is done; a stored case that breaks a
// rule alerts under the rule's code.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/alerts/alerts.h"
#include "domain/calendar/test_tables.h"
#include "domain/enforcement/penalty_test_cases.h"

namespace fazhi::domain {
namespace {

using namespace penalty_test_cases;  // NOLINT(google-build-using-namespace): the fixtures
using test_tables::Day;

class PenaltyAlertsTest : public ::testing::Test {
 protected:
  std::vector<Alert> On(const PenaltyCase& c, const std::string& on) const {
    const std::vector<PenaltyCase> cases = {c};
    return PenaltyCaseAlerts(cases, Day(on), {calendar_, Day(on), settings_, officers_, {}});
  }
  static const Alert* Find(const std::vector<Alert>& alerts, const std::string& code) {
    for (const auto& a : alerts) {
      if (a.code == code) return &a;
    }
    return nullptr;
  }

  WorkingCalendar calendar_ = test_tables::Cal05Calendar();
  LedgerSettings settings_;
  std::vector<EnforcementOfficer> officers_ = {Officer(1, "陈立新", "渝执2021000123", "2026-05-09"),
                                               Officer(2, "李明", "渝执2021000124", "2026-05-09")};
};

TEST_F(PenaltyAlertsTest, ACaseDoneInTimeHasNoAlerts) {
  EXPECT_TRUE(On(ClosedCase(), "2025-06-30").empty());
}

TEST_F(PenaltyAlertsTest, AnUndecidedCasePastNinetyDaysIsAnError) {
  PenaltyCase c = ClosedCase();
  c.stage = CaseStage::kInvestigation;
  c.notice_served_on.reset();
  c.proposed = {};
  c.hearing_right_notified = false;
  c.legal_review.reset();
  c.decided_on.reset();
  c.decided = {};
  c.decision_number.clear();
  c.served_on.reset();
  c.executed_on.reset();
  c.closed_on.reset();
  c.published_on.reset();
  c.paid_fen = 0;
  auto alerts = On(c, "2025-06-30");
  const Alert* a = Find(alerts, "PEN-06");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->severity, Severity::kError);
  EXPECT_EQ(a->state, DeadlineState::kOverdue);
  EXPECT_EQ(a->record_type, "penalty_case");
  EXPECT_EQ(a->module, "enforcement");
  EXPECT_LT(a->days_left, 0);
  EXPECT_THAT(a->title_zh, ::testing::HasSubstr("九十日"));
  // Decided: the alert is gone.
  EXPECT_EQ(Find(On(ClosedCase(), "2025-06-30"), "PEN-06"), nullptr);
}

TEST_F(PenaltyAlertsTest, ServiceDueSoonAndPublicationOverdue) {
  PenaltyCase c = ClosedCase();
  c.stage = CaseStage::kDecision;
  c.served_on.reset();
  c.executed_on.reset();
  c.closed_on.reset();
  c.published_on.reset();
  c.publication_url.clear();
  auto alerts = On(c, "2025-03-28");
  const Alert* service = Find(alerts, "PEN-14");
  ASSERT_NE(service, nullptr);
  EXPECT_EQ(service->state, DeadlineState::kDueSoon);
  EXPECT_EQ(service->severity, Severity::kWarning);
  // Later, the publication (7 working days) is overdue too.
  auto later = On(c, "2025-06-30");
  const Alert* published = Find(later, "LEP-03");
  ASSERT_NE(published, nullptr);
  EXPECT_EQ(published->state, DeadlineState::kOverdue);
  EXPECT_EQ(Find(later, "PEN-14")->state, DeadlineState::kOverdue);
}

TEST_F(PenaltyAlertsTest, AFineServedAndNotPaidIsAnInfoThenAWarning) {
  PenaltyCase c = ClosedCase();
  c.stage = CaseStage::kService;
  c.executed_on.reset();
  c.closed_on.reset();
  c.paid_fen = 0;
  const Alert* soon = Find(On(c, "2025-04-05"), "PEN-16");  // due 2025-04-09
  ASSERT_NE(soon, nullptr);
  EXPECT_EQ(soon->severity, Severity::kInfo);
  const Alert* late = Find(On(c, "2025-04-20"), "PEN-16");
  ASSERT_NE(late, nullptr);
  EXPECT_EQ(late->severity, Severity::kWarning);
}

TEST_F(PenaltyAlertsTest, TheLimitationPeriodEndingSoonOnAnOpenCase) {
  PenaltyCase c = ClosedCase();
  c.stage = CaseStage::kFiled;
  c.lead_received_on = Day("2025-06-01");
  c.filed_on.reset();
  c.act_on = Day("2023-07-20");  // two years end 2025-07-20
  c.investigated_on.reset();
  c.notice_served_on.reset();
  c.proposed = {};
  c.legal_review.reset();
  c.decided_on.reset();
  c.decided = {};
  c.served_on.reset();
  c.executed_on.reset();
  c.closed_on.reset();
  c.published_on.reset();
  const Alert* a = Find(On(c, "2025-06-30"), "PEN-20");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->due, Day("2025-07-20"));
  EXPECT_EQ(a->severity, Severity::kWarning);
  settings_.penalty_limitation_alert_days = 10;  // a setting: not yet within 10 days
  EXPECT_EQ(Find(On(c, "2025-06-30"), "PEN-20"), nullptr);
}

TEST_F(PenaltyAlertsTest, AStoredCaseThatBreaksARuleAlertsUnderItsCode) {
  PenaltyCase c = ClosedCase();
  c.officers.resize(1);  // one officer: PEN-02
  auto alerts = On(c, "2025-06-30");
  const Alert* a = Find(alerts, "PEN-02");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->severity, Severity::kError);
  EXPECT_EQ(a->due, Day("2025-06-30"));
  EXPECT_THAT(a->title_zh, ::testing::HasSubstr("第42条"));
}

}  // namespace
}  // namespace fazhi::domain
