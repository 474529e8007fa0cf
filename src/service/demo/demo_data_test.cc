// Tests for service/demo/demo_data.h: the demo passes every validation rule, is deterministic,
// and contains every situation the rules and alerts must show.
#include "service/demo/demo_data.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "domain/mediation/mediation_rules.h"
#include "domain/petition/petition_rules.h"
#include "domain/validation/idcard.h"
#include "support/matchers.h"

namespace fazhi::service {
namespace {

using fazhi::testing::IsOk;

std::vector<DemoTownship> Generate(std::uint64_t seed, int townships = 3) {
  DemoOptions options;
  options.townships = townships;
  options.year = 2025;
  options.seed = seed;
  std::vector<DemoTownship> out;
  auto plans = PlanDemoRegions(options);
  int index = 0;
  for (const auto& plan : plans) {
    for (const auto& t : plan.townships) out.push_back(GenerateDemoTownship(options, t, index++));
  }
  return out;
}

TEST(DemoData, PlansValidRegionCodes) {
  DemoOptions options;
  options.scale = DemoScale::kProvince;
  options.townships = 95;
  auto plans = PlanDemoRegions(options);
  ASSERT_EQ(plans.size(), 4u);  // 30 + 30 + 30 + 5
  EXPECT_EQ(plans.back().townships.size(), 5u);
  for (const auto& plan : plans) {
    EXPECT_THAT(domain::ValidateRegionCode(plan.county.code, domain::RegionLevel::kCounty, std::nullopt),
                IsOk());
    for (const auto& t : plan.townships) {
      EXPECT_THAT(domain::ValidateRegionCode(t.code, domain::RegionLevel::kTownship,
                                             std::string_view(plan.county.code)),
                  IsOk())
          << t.code;
    }
  }
  auto towns = Generate(1, 2);
  for (const auto& t : towns) {
    for (const auto& v : t.villages) {
      EXPECT_THAT(domain::ValidateRegionCode(v.code, domain::RegionLevel::kVillage,
                                             std::string_view(t.township.code)),
                  IsOk())
          << v.code;
    }
  }
}

TEST(DemoData, EveryRecordPassesTheLedgerRules) {
  const core::Date today = core::MakeDate(2025, 12, 31);
  std::vector<DemoTownship> towns;
  for (std::uint64_t seed : {20250101ULL, 1ULL, 2ULL, 3ULL, 4ULL, 99ULL}) {
    for (auto& t : Generate(seed, 8)) towns.push_back(std::move(t));
  }
  for (const auto& t : towns) {
    for (const auto& c : t.committees) EXPECT_THAT(domain::ValidateCommittee(c, today), IsOk()) << c.name;
    for (const auto& m : t.mediators) EXPECT_THAT(domain::ValidateMediator(m, today), IsOk()) << m.name;
    for (const auto& d : t.disputes) EXPECT_THAT(domain::ValidateScreenedDispute(d, today), IsOk()) << d.summary;
    for (const auto& c : t.cases) EXPECT_THAT(domain::ValidateMediationCase(c, today), IsOk()) << c.case_no;
    for (auto p : t.petitions) {
      domain::NormalizePetition(p);
      EXPECT_THAT(domain::ValidatePetition(p, today), IsOk()) << p.reg_no;
    }
  }
}

TEST(DemoData, SameSeedSameDataOtherSeedOtherData) {
  auto a = Generate(7);
  auto b = Generate(7);
  auto c = Generate(8);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    ASSERT_EQ(a[i].cases.size(), b[i].cases.size());
    for (size_t k = 0; k < a[i].cases.size(); ++k) {
      EXPECT_EQ(a[i].cases[k].summary, b[i].cases[k].summary);
      EXPECT_EQ(a[i].cases[k].accepted_on, b[i].cases[k].accepted_on);
      EXPECT_EQ(a[i].cases[k].parties[0].id_number, b[i].cases[k].parties[0].id_number);
    }
    EXPECT_EQ(a[i].petitions.size(), b[i].petitions.size());
  }
  bool differs = a[0].cases.size() != c[0].cases.size() || a[0].cases[0].summary != c[0].cases[0].summary ||
                 a[0].cases[0].parties[0].name != c[0].cases[0].parties[0].name;
  EXPECT_TRUE(differs);
}

TEST(DemoData, EverySituationTheRulesCoverIsPresent) {
  int failed = 0, terminated = 0, open = 0, long_running = 0, oral = 0, confirmation = 0,
      not_performed = 0, referral = 0;
  int diverted = 0, extended = 0, open_petitions = 0, late_ack = 0, reviewed = 0, group = 0,
      unsatisfied = 0, assigned = 0, roster_broken = 0;
  const core::Date year_end = core::MakeDate(2025, 12, 31);
  for (const auto& t : Generate(20250101, 10)) {
    for (const auto& c : t.committees) {
      for (const auto& f : domain::CheckCommitteeComposition(c, year_end)) {
        if (f.severity == domain::Severity::kError) {
          ++roster_broken;
          break;
        }
      }
    }
    for (const auto& c : t.cases) {
      failed += c.outcome == domain::MediationOutcome::kFailed;
      terminated += c.outcome == domain::MediationOutcome::kTerminated;
      open += c.outcome == domain::MediationOutcome::kOpen;
      referral += c.start_mode == domain::MediationStartMode::kReferral;
      if (c.concluded_on && core::DaysBetween(c.accepted_on, *c.concluded_on) > 30) ++long_running;
      if (c.agreement) {
        oral += c.agreement->form == domain::AgreementForm::kOral;
        confirmation += c.agreement->confirmation_applied_on.has_value();
        not_performed += c.agreement->performance == domain::PerformanceStatus::kNotPerformed;
      }
    }
    for (const auto& p : t.petitions) {
      diverted += p.diversion != domain::DiversionChannel::kNone;
      extended += p.extension.has_value();
      open_petitions += p.accepted_on && !p.closed_on;
      late_ack += p.acknowledged_on && core::DaysBetween(p.received_on, *p.acknowledged_on) > 15;
      reviewed += p.review.has_value();
      group += p.group_size > 5;
      unsatisfied += p.satisfaction == domain::Satisfaction::kUnsatisfied;
      assigned += p.source == domain::PetitionSource::kAssigned;
    }
  }
  EXPECT_GT(failed, 0);
  EXPECT_GT(terminated, 0);
  EXPECT_GT(open, 0);
  EXPECT_GT(long_running, 0);
  EXPECT_GT(oral, 0);
  EXPECT_GT(confirmation, 0);
  EXPECT_GT(not_performed, 0);
  EXPECT_GT(referral, 0);
  EXPECT_GT(diverted, 0);
  EXPECT_GT(extended, 0);
  EXPECT_GT(open_petitions, 0);
  EXPECT_GT(late_ack, 0);
  EXPECT_GT(reviewed, 0);
  EXPECT_GT(group, 0);
  EXPECT_GT(unsatisfied, 0);
  EXPECT_GT(assigned, 0);
  EXPECT_GT(roster_broken, 0);
}

TEST(DemoData, IdNumbersAreValid) {
  auto id = MakeIdNumber("500199", core::MakeDate(1980, 5, 17), 123);
  auto info = domain::ValidateIdCard(id, core::MakeDate(2025, 1, 1));
  ASSERT_THAT(info, IsOk());
  EXPECT_EQ(info->gender, domain::Gender::kMale);
}

}  // namespace
}  // namespace fazhi::service
