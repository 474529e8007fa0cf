// Tests of domain/indicators/indicators.h.
#include "domain/indicators/indicators.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/calendar/test_tables.h"

namespace fazhi::domain {
namespace {

using test_tables::Day;
using ::testing::ElementsAre;

// The official 2023 schedule (国办发明电〔2022〕16号), without 2022-12-31 which lies in 2022.
WorkingCalendar Calendar2023To2026() {
  WorkingCalendar cal = test_tables::Cal05Calendar();
  const bool ok = cal.AddYear(test_tables::Table(
      2023, {{"元旦", {"2023-01-01..2023-01-02"}, {}},
             {"春节", {"2023-01-21..2023-01-27"}, {"2023-01-28", "2023-01-29"}},
             {"清明节", {"2023-04-05"}, {}},
             {"劳动节", {"2023-04-29..2023-05-03"}, {"2023-04-23", "2023-05-06"}},
             {"端午节", {"2023-06-22..2023-06-24"}, {"2023-06-25"}},
             {"中秋节、国庆节", {"2023-09-29..2023-10-06"}, {"2023-10-07", "2023-10-08"}}}));
  EXPECT_TRUE(ok);
  return cal;
}

const Indicator& Find(const std::vector<Indicator>& all, std::string_view code) {
  for (const Indicator& i : all) {
    if (i.code == code) return i;
  }
  ADD_FAILURE() << "no indicator " << code;
  static const Indicator kNone;
  return kNone;
}

const Figure& FindFigure(const std::vector<Figure>& all, std::string_view code) {
  for (const Figure& f : all) {
    if (f.code == code) return f;
  }
  ADD_FAILURE() << "no figure " << code;
  static const Figure kNone;
  return kNone;
}

MediationCase Concluded(std::int64_t id, Date accepted, Date concluded, MediationOutcome outcome) {
  MediationCase c;
  c.id = id;
  c.case_no = "许调〔2023〕" + std::to_string(id) + "号";
  c.category = "neighbor";
  c.accepted_on = accepted;
  c.outcome = outcome;
  c.concluded_on = concluded;
  if (outcome == MediationOutcome::kSuccess) {
    MediationAgreement a;
    a.case_id = id;
    a.form = (id % 3 == 0) ? AgreementForm::kOral : AgreementForm::kWritten;
    a.effective_on = concluded;
    a.terms = "按约履行";
    a.amount_fen = 10000;
    a.performance = PerformanceStatus::kPerformed;
    a.performed_on = concluded;
    c.agreement = a;
  } else {
    c.termination_reason = "一方不同意调解";
  }
  return c;
}

ScreenedDispute Found(std::int64_t id, Date found, ScreenedDisputeStatus status) {
  ScreenedDispute d;
  d.id = id;
  d.found_on = found;
  d.category = "neighbor";
  d.summary = "纠纷";
  d.status = status;
  if (status == ScreenedDisputeStatus::kResolved) {
    d.route = ResolutionRoute::kMediation;
    d.resolved_on = core::AddDays(found, 3);
  }
  return d;
}

Petition AcceptedPetition(std::int64_t id, Date accepted, std::optional<Date> closed) {
  Petition p;
  p.id = id;
  p.reg_no = "许信〔2023〕" + std::to_string(id) + "号";
  p.channel = (id % 2 == 0) ? PetitionChannel::kLetter : PetitionChannel::kVisit;
  p.received_on = accepted;
  p.petitioner_name = "信访人" + std::to_string(id);
  p.address = "许明寺镇";
  p.request = "请求";
  p.facts = "事实";
  p.reasons = "理由";
  p.acknowledged_on = accepted;
  p.accepted_on = accepted;
  p.closed_on = closed;
  if (closed) p.outcome = PetitionOutcome::kExplain;
  return p;
}

// ---- the seed: 许明寺镇 2023 (shared/seeds/000) ----

TEST(SeedXumingsi2023, ReproducesTheReportedRates) {
  // 人民调解211件，调解成功率99.53%: 210 successes and one failure concluded in 2023.
  std::vector<MediationCase> cases;
  for (std::int64_t id = 1; id <= 211; ++id) {
    const Date accepted = core::AddDays(Day("2023-01-03"), (id * 7) % 340);
    const Date concluded = core::AddDays(accepted, 5 + id % 20);
    cases.push_back(Concluded(id, accepted, concluded,
                              id == 97 ? MediationOutcome::kFailed : MediationOutcome::kSuccess));
  }
  // 矛盾纠纷排查137件，化解率100%.
  std::vector<ScreenedDispute> disputes;
  for (std::int64_t id = 1; id <= 137; ++id) {
    disputes.push_back(Found(id, core::AddDays(Day("2023-01-05"), (id * 11) % 350),
                             ScreenedDisputeStatus::kResolved));
  }
  // 办理群众来信来访共11件，办结率100%.
  std::vector<Petition> petitions;
  for (std::int64_t id = 1; id <= 11; ++id) {
    const Date accepted = core::AddDays(Day("2023-01-10"), id * 30);
    petitions.push_back(AcceptedPetition(id, accepted, core::AddDays(accepted, 20)));
  }

  const WorkingCalendar cal = Calendar2023To2026();
  const LedgerSettings settings;
  const Period year = YearPeriod(2023);
  const Date as_of = Day("2024-03-11");  // the report's date

  const auto med = MediationIndicators(cases, disputes, year, as_of, settings);
  const Indicator& success = Find(med, "med_success_rate");
  EXPECT_EQ(success.rate.numerator, 210);
  EXPECT_EQ(success.rate.denominator, 211);
  EXPECT_EQ(success.rate.Display(), "99.53%");
  EXPECT_EQ(success.numerator_ids.size(), 210u);
  EXPECT_EQ(success.denominator_ids.size(), 211u);
  EXPECT_EQ(success.name_zh, "调解成功率");

  const Indicator& resolution = Find(med, "med_dispute_resolution_rate");
  EXPECT_EQ(resolution.rate.numerator, 137);
  EXPECT_EQ(resolution.rate.denominator, 137);
  EXPECT_EQ(resolution.rate.Display(), "100%");

  const auto pet = PetitionIndicators(petitions, year, as_of, cal, settings);
  const Indicator& closure = Find(pet, "pet_closure_rate");
  EXPECT_EQ(closure.rate.numerator, 11);
  EXPECT_EQ(closure.rate.denominator, 11);
  EXPECT_EQ(closure.rate.Display(), "100%");
  EXPECT_EQ(closure.numerator_ids, (std::vector<std::int64_t>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));

  const auto figures = MediationFigures(cases, disputes, {}, {}, year, as_of);
  EXPECT_EQ(FindFigure(figures, "med_cases_concluded").value, 211);
  EXPECT_EQ(FindFigure(figures, "med_cases_success").value, 210);
  EXPECT_EQ(FindFigure(figures, "med_disputes_screened").value, 137);
  EXPECT_EQ(FindFigure(figures, "med_disputes_resolved").value, 137);
  const auto pet_figures = PetitionFigures(petitions, {}, year, as_of, cal);
  EXPECT_EQ(FindFigure(pet_figures, "pet_accepted").value, 11);
  EXPECT_EQ(FindFigure(pet_figures, "pet_closed").value, 11);
}

// ---- general behaviour ----

TEST(Indicators, ZeroDenominatorsDisplayDash) {
  const WorkingCalendar cal = Calendar2023To2026();
  const LedgerSettings settings;
  for (const Indicator& i :
       MediationIndicators({}, {}, YearPeriod(2023), Day("2024-03-01"), settings)) {
    EXPECT_EQ(i.rate.denominator, 0) << i.code;
    EXPECT_EQ(i.rate.Display(), "—") << i.code;
  }
  const auto pet = PetitionIndicators({}, YearPeriod(2023), Day("2024-03-01"), cal, settings);
  ASSERT_EQ(pet.size(), 5u);
  for (const Indicator& i : pet) EXPECT_EQ(i.rate.Display(), "—") << i.code;
}

TEST(Indicators, PeriodBoundariesAreInclusive) {
  const LedgerSettings settings;
  const std::vector<MediationCase> cases = {
      Concluded(1, Day("2023-12-01"), Day("2023-12-31"), MediationOutcome::kSuccess),
      Concluded(2, Day("2023-12-01"), Day("2024-01-01"), MediationOutcome::kFailed),
      Concluded(3, Day("2022-12-01"), Day("2023-01-01"), MediationOutcome::kFailed),
      Concluded(4, Day("2022-12-01"), Day("2022-12-31"), MediationOutcome::kSuccess),
  };
  const auto y2023 = MediationIndicators(cases, {}, YearPeriod(2023), Day("2024-03-01"), settings);
  EXPECT_THAT(Find(y2023, "med_success_rate").denominator_ids, ElementsAre(1, 3));
  EXPECT_THAT(Find(y2023, "med_success_rate").numerator_ids, ElementsAre(1));
  const auto y2024 = MediationIndicators(cases, {}, YearPeriod(2024), Day("2025-03-01"), settings);
  EXPECT_THAT(Find(y2024, "med_success_rate").denominator_ids, ElementsAre(2));
  EXPECT_EQ(Find(y2024, "med_success_rate").rate.Display(), "0%");

  // A conclusion after the report date is not known yet.
  const auto early = MediationIndicators(cases, {}, YearPeriod(2023), Day("2023-12-30"), settings);
  EXPECT_THAT(Find(early, "med_success_rate").denominator_ids, ElementsAre(3));

  const std::vector<ScreenedDispute> disputes = {
      Found(1, Day("2023-12-31"), ScreenedDisputeStatus::kResolved),  // resolved 2024-01-03
      Found(2, Day("2024-01-01"), ScreenedDisputeStatus::kResolved),
      Found(3, Day("2023-06-01"), ScreenedDisputeStatus::kOpen),
  };
  auto r = MediationIndicators({}, disputes, YearPeriod(2023), Day("2024-03-01"), settings);
  EXPECT_THAT(Find(r, "med_dispute_resolution_rate").denominator_ids, ElementsAre(1, 3));
  EXPECT_THAT(Find(r, "med_dispute_resolution_rate").numerator_ids, ElementsAre(1));
  EXPECT_EQ(Find(r, "med_dispute_resolution_rate").rate.Display(), "50%");
  // Resolved after the report date: not yet resolved.
  r = MediationIndicators({}, disputes, YearPeriod(2023), Day("2024-01-02"), settings);
  EXPECT_TRUE(Find(r, "med_dispute_resolution_rate").numerator_ids.empty());

  const WorkingCalendar cal = Calendar2023To2026();
  const std::vector<Petition> petitions = {
      AcceptedPetition(1, Day("2023-12-31"), Day("2024-01-20")),
      AcceptedPetition(2, Day("2024-01-01"), Day("2024-01-20")),
  };
  auto p = PetitionIndicators(petitions, YearPeriod(2023), Day("2024-03-01"), cal, settings);
  EXPECT_THAT(Find(p, "pet_closure_rate").denominator_ids, ElementsAre(1));
  EXPECT_EQ(Find(p, "pet_closure_rate").rate.Display(), "100%");
  p = PetitionIndicators(petitions, YearPeriod(2023), Day("2024-01-10"), cal, settings);
  EXPECT_EQ(Find(p, "pet_closure_rate").rate.Display(), "0%");
}

TEST(Indicators, TerminatedCasesInTheSuccessDenominatorIsASetting) {
  const std::vector<MediationCase> cases = {
      Concluded(1, Day("2023-03-01"), Day("2023-03-10"), MediationOutcome::kSuccess),
      Concluded(2, Day("2023-03-01"), Day("2023-03-10"), MediationOutcome::kTerminated),
      Concluded(3, Day("2023-03-01"), Day("2023-03-10"), MediationOutcome::kFailed),
      [] {
        MediationCase open;
        open.id = 4;
        open.accepted_on = Day("2023-12-20");
        return open;
      }(),
  };
  LedgerSettings settings;
  auto r = MediationIndicators(cases, {}, YearPeriod(2023), Day("2024-03-01"), settings);
  EXPECT_EQ(Find(r, "med_success_rate").rate.denominator, 3);
  EXPECT_EQ(Find(r, "med_success_rate").rate.Display(), "33.33%");
  settings.terminated_in_success_denominator = false;
  r = MediationIndicators(cases, {}, YearPeriod(2023), Day("2024-03-01"), settings);
  EXPECT_THAT(Find(r, "med_success_rate").denominator_ids, ElementsAre(1, 3));
  EXPECT_EQ(Find(r, "med_success_rate").rate.Display(), "50%");
  EXPECT_NE(Find(r, "med_success_rate").definition.find("终止的不计入"), std::string::npos);
}

TEST(Indicators, PerformanceAndConfirmationRates) {
  std::vector<MediationCase> cases = {
      Concluded(1, Day("2023-03-01"), Day("2023-03-10"), MediationOutcome::kSuccess),  // written
      Concluded(2, Day("2023-03-01"), Day("2023-03-10"), MediationOutcome::kSuccess),  // written
      Concluded(3, Day("2023-03-01"), Day("2023-03-10"), MediationOutcome::kSuccess),  // oral
      Concluded(4, Day("2023-03-01"), Day("2023-03-10"), MediationOutcome::kSuccess),  // written
  };
  cases[1].agreement->performance = PerformanceStatus::kPartial;
  cases[1].agreement->performed_on.reset();
  cases[0].agreement->confirmation_applied_on = Day("2023-03-20");
  cases[3].agreement->confirmation_applied_on = Day("2024-04-01");  // after the report date
  const auto r =
      MediationIndicators(cases, {}, YearPeriod(2023), Day("2024-03-01"), LedgerSettings{});
  const Indicator& performance = Find(r, "med_performance_rate");
  EXPECT_THAT(performance.numerator_ids, ElementsAre(1, 3, 4));
  EXPECT_THAT(performance.denominator_ids, ElementsAre(1, 2, 3, 4));
  EXPECT_EQ(performance.rate.Display(), "75%");
  const Indicator& confirmation = Find(r, "med_confirmation_application_rate");
  EXPECT_THAT(confirmation.numerator_ids, ElementsAre(1));
  EXPECT_THAT(confirmation.denominator_ids, ElementsAre(1, 2, 4));
  EXPECT_EQ(confirmation.rate.Display(), "33.33%");
}

TEST(Indicators, DivertedPetitionsAreExcludedFromClosureRate) {
  const WorkingCalendar cal = Calendar2023To2026();
  std::vector<Petition> petitions = {
      AcceptedPetition(1, Day("2025-03-03"), Day("2025-04-01")),
      AcceptedPetition(2, Day("2025-03-03"), std::nullopt),
      AcceptedPetition(3, Day("2025-03-03"), std::nullopt),
  };
  petitions[2].diversion = DiversionChannel::kLitigation;
  petitions[2].diverted_on = Day("2025-03-05");
  const auto r =
      PetitionIndicators(petitions, YearPeriod(2025), Day("2026-02-01"), cal, LedgerSettings{});
  const Indicator& closure = Find(r, "pet_closure_rate");
  EXPECT_THAT(closure.denominator_ids, ElementsAre(1, 2));
  EXPECT_THAT(closure.numerator_ids, ElementsAre(1));
  EXPECT_EQ(closure.rate.Display(), "50%");
  // The diverted one was routed in time: it counts for 及时受理率.
  EXPECT_THAT(Find(r, "pet_timely_acceptance_rate").numerator_ids, ElementsAre(1, 2, 3));
}

TEST(Indicators, ApprovedExtensionMakesALateClosureOnTime) {
  const WorkingCalendar cal = Calendar2023To2026();
  // Accepted 2025-06-01: due 2025-07-31; closed 2025-08-25.
  Petition p = AcceptedPetition(1, Day("2025-06-01"), Day("2025-08-25"));
  const Period year = YearPeriod(2025);
  const Date as_of = Day("2026-02-01");
  auto r = PetitionIndicators(std::vector<Petition>{p}, year, as_of, cal, LedgerSettings{});
  EXPECT_EQ(Find(r, "pet_on_time_closure_rate").rate.numerator, 0);
  EXPECT_EQ(Find(r, "pet_on_time_closure_rate").rate.denominator, 1);
  EXPECT_EQ(Find(r, "pet_on_time_closure_rate").rate.Display(), "0%");

  p.extension = PetitionExtension{30, "镇长", Day("2025-07-20"), "需现场勘测", true};  // → 09-01
  r = PetitionIndicators(std::vector<Petition>{p}, year, as_of, cal, LedgerSettings{});
  EXPECT_EQ(Find(r, "pet_on_time_closure_rate").rate.Display(), "100%");

  // An extension without an approver is not an approved one.
  p.extension->approver.clear();
  r = PetitionIndicators(std::vector<Petition>{p}, year, as_of, cal, LedgerSettings{});
  EXPECT_EQ(Find(r, "pet_on_time_closure_rate").rate.Display(), "0%");
}

TEST(Indicators, ExcludedTimeCountsForTheHandlingDeadline) {
  const WorkingCalendar cal = Calendar2023To2026();
  // Accepted 2025-06-01: due 07-31; 20 days of hearing/appraisal excluded → due 08-20.
  Petition p = AcceptedPetition(1, Day("2025-06-01"), Day("2025-08-15"));
  auto r = PetitionIndicators(std::vector<Petition>{p}, YearPeriod(2025), Day("2026-02-01"), cal,
                              LedgerSettings{});
  EXPECT_EQ(Find(r, "pet_on_time_closure_rate").rate.Display(), "0%");
  p.excluded = {ExcludedInterval{Day("2025-06-10"), Day("2025-06-29"), "听证"}};
  r = PetitionIndicators(std::vector<Petition>{p}, YearPeriod(2025), Day("2026-02-01"), cal,
                         LedgerSettings{});
  EXPECT_EQ(Find(r, "pet_on_time_closure_rate").rate.Display(), "100%");
}

TEST(Indicators, OnTimeDenominatorCountsOverdueOpenPetitionsButNotPendingOnes) {
  const WorkingCalendar cal = Calendar2023To2026();
  const std::vector<Petition> petitions = {
      AcceptedPetition(1, Day("2025-03-03"), Day("2025-03-20")),  // closed on time
      AcceptedPetition(2, Day("2025-09-01"), std::nullopt),       // due 10-31, still open
      AcceptedPetition(3, Day("2025-12-20"), std::nullopt),       // due 2026-02-18: pending
      AcceptedPetition(4, Day("2024-11-20"), Day("2025-01-30")),  // closed late in 2025
  };
  const auto r =
      PetitionIndicators(petitions, YearPeriod(2025), Day("2026-01-15"), cal, LedgerSettings{});
  const Indicator& on_time = Find(r, "pet_on_time_closure_rate");
  EXPECT_THAT(on_time.denominator_ids, ElementsAre(1, 2, 4));
  EXPECT_THAT(on_time.numerator_ids, ElementsAre(1));
  EXPECT_EQ(on_time.rate.Display(), "33.33%");
}

TEST(Indicators, TimelyAcceptanceRatingAndSatisfaction) {
  const WorkingCalendar cal = Calendar2023To2026();
  std::vector<Petition> petitions = {
      AcceptedPetition(1, Day("2025-03-03"), Day("2025-03-20")),
      AcceptedPetition(2, Day("2025-03-03"), Day("2025-03-20")),
      AcceptedPetition(3, Day("2025-03-03"), Day("2025-03-20")),
      AcceptedPetition(4, Day("2025-03-03"), Day("2025-03-20")),
      AcceptedPetition(5, Day("2025-03-03"), std::nullopt),
      AcceptedPetition(6, Day("2025-03-03"), std::nullopt),
  };
  // 5: received 03-03, acknowledged and accepted only on 03-25 (due 03-18): late.
  petitions[4].acknowledged_on = Day("2025-03-25");
  petitions[4].accepted_on = Day("2025-03-25");
  // 6: anonymous letter, nothing done: no notice owed, not counted.
  petitions[5].acknowledged_on.reset();
  petitions[5].accepted_on.reset();
  petitions[5].petitioner_name.clear();
  petitions[0].satisfaction = Satisfaction::kSatisfied;
  petitions[1].satisfaction = Satisfaction::kBasicallySatisfied;
  petitions[2].satisfaction = Satisfaction::kUnsatisfied;
  LedgerSettings settings;
  auto r = PetitionIndicators(petitions, YearPeriod(2025), Day("2026-02-01"), cal, settings);
  const Indicator& timely = Find(r, "pet_timely_acceptance_rate");
  EXPECT_THAT(timely.denominator_ids, ElementsAre(1, 2, 3, 4, 5));
  EXPECT_THAT(timely.numerator_ids, ElementsAre(1, 2, 3, 4));
  EXPECT_EQ(timely.rate.Display(), "80%");
  EXPECT_EQ(Find(r, "pet_rating_rate").rate.Display(), "75%");  // 3 rated of 4 closed
  EXPECT_THAT(Find(r, "pet_satisfaction_rate").numerator_ids, ElementsAre(1, 2));
  EXPECT_EQ(Find(r, "pet_satisfaction_rate").rate.Display(), "66.67%");
  settings.basic_satisfaction_counts = false;
  r = PetitionIndicators(petitions, YearPeriod(2025), Day("2026-02-01"), cal, settings);
  EXPECT_EQ(Find(r, "pet_satisfaction_rate").rate.Display(), "33.33%");
}

TEST(Figures, CountsByChannelReceptionsAndMoney) {
  const WorkingCalendar cal = Calendar2023To2026();
  std::vector<Petition> petitions = {
      AcceptedPetition(1, Day("2025-03-03"), Day("2025-03-20")),  // visit
      AcceptedPetition(2, Day("2025-03-03"), Day("2025-03-20")),  // letter
      AcceptedPetition(3, Day("2025-03-03"), std::nullopt),       // visit, overdue on as_of
  };
  petitions[0].group_size = 7;
  petitions[0].representatives = 3;
  LeaderReception reception;
  reception.id = 9;
  reception.received_on = Day("2025-05-15");
  reception.visitors = 4;
  const auto f = PetitionFigures(petitions, std::vector<LeaderReception>{reception},
                                 YearPeriod(2025), Day("2026-01-10"), cal);
  EXPECT_EQ(FindFigure(f, "pet_received").value, 3);
  EXPECT_EQ(FindFigure(f, "pet_received_visit").value, 2);
  EXPECT_EQ(FindFigure(f, "pet_received_letter").value, 1);
  EXPECT_EQ(FindFigure(f, "pet_group_visits").value, 1);
  EXPECT_EQ(FindFigure(f, "pet_group_visit_people").value, 7);
  EXPECT_EQ(FindFigure(f, "pet_closed_explain").value, 2);
  EXPECT_THAT(FindFigure(f, "pet_overdue_open").ids, ElementsAre(3));
  EXPECT_EQ(FindFigure(f, "pet_leader_receptions").value, 1);
  EXPECT_EQ(FindFigure(f, "pet_leader_reception_visitors").value, 4);
  EXPECT_EQ(FindFigure(f, "pet_leader_receptions").unit, "次");

  std::vector<MediationCase> cases = {
      Concluded(1, Day("2025-03-01"), Day("2025-03-10"), MediationOutcome::kSuccess),
      Concluded(3, Day("2025-03-01"), Day("2025-03-10"), MediationOutcome::kSuccess),
  };
  cases[0].agreement->amount_fen = 1234550;
  MediationCommittee committee;
  committee.id = 5;
  committee.established_on = Day("2011-01-01");
  Mediator gone;
  gone.id = 8;
  gone.appointed_on = Day("2019-01-01");
  gone.dismissed_on = Day("2024-06-30");
  Mediator active;
  active.id = 6;
  active.appointed_on = Day("2019-01-01");
  const auto m =
      MediationFigures(cases, {}, std::vector<MediationCommittee>{committee},
                       std::vector<Mediator>{gone, active}, YearPeriod(2025), Day("2026-01-10"));
  const Figure& amount = FindFigure(m, "med_agreement_amount");
  EXPECT_EQ(amount.value, 1244550);
  EXPECT_TRUE(amount.money);
  EXPECT_EQ(amount.unit, "元");
  EXPECT_EQ(amount.DisplayValue(), "12445.5");
  EXPECT_EQ(FindFigure(m, "med_agreements_written").value, 1);
  EXPECT_EQ(FindFigure(m, "med_agreements_oral").value, 1);
  EXPECT_EQ(FindFigure(m, "med_committees").value, 1);
  EXPECT_THAT(FindFigure(m, "med_mediators").ids, ElementsAre(6));
}

TEST(Period, YearPeriodIsInclusive) {
  const Period p = YearPeriod(2024);
  EXPECT_EQ(p.from, Day("2024-01-01"));
  EXPECT_EQ(p.to, Day("2024-12-31"));
  EXPECT_TRUE(p.Contains(Day("2024-12-31")));
  EXPECT_FALSE(p.Contains(Day("2025-01-01")));
  EXPECT_FALSE(p.Contains(Date{}));
}

}  // namespace
}  // namespace fazhi::domain
