// service/demo/demo_data.cc — see demo_data.h.
#include "service/demo/demo_data.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/random.h"
#include "domain/enforcement/officer_rules.h"
#include "domain/validation/idcard.h"
#include "domain/validation/uscc.h"
#include "service/demo/demo_vocabulary.h"

namespace fazhi::service {
namespace {

using core::Date;
using core::DeterministicRandom;
using namespace fazhi::domain;
namespace words = demo_words;

constexpr int kTownshipsPerCounty = 30;

std::string Replace(std::string text, std::string_view key, const std::string& value) {
  for (size_t pos = text.find(key); pos != std::string::npos; pos = text.find(key, pos)) {
    text.replace(pos, key.size(), value);
    pos += value.size();
  }
  return text;
}

int IntOf(std::int64_t v) { return static_cast<int>(v); }

// Appends `value` (>= 0) as exactly `width` decimal digits, zero-padded ("{:0Nd}" for values
// that fit the width), without going through fmt.
void AppendDigits(std::string& out, std::int64_t value, int width) {
  char digits[20];
  for (int k = width - 1; k >= 0; --k) {
    digits[k] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  out.append(digits, static_cast<size_t>(width));
}

// A person: name, gender, birth date, valid ID number, phone.
struct Person {
  std::string name;
  Gender gender;
  std::string id_number;
  std::string phone;
};

class TownshipGenerator {
 public:
  TownshipGenerator(const DemoOptions& options, const Region& township, int index)
      : options_(options),
        township_(township),
        index_(index),
        rng_(options.seed * 1000003ULL + static_cast<std::uint64_t>(index) * 7919ULL + 17ULL),
        year_start_(core::MakeDate(options.year, 1, 1)),
        year_end_(core::MakeDate(options.year, 12, 31)) {
    stem_ = township.name.substr(0, township.name.size() - (EndsWith(township.name, "街道") ? 6 : 3));
    short_ = stem_.substr(0, 3);
  }

  DemoTownship Generate() {
    DemoTownship out;
    out.township = township_;
    size_factor_ = static_cast<double>(rng_.Between(55, 165)) / 100.0;
    GenerateVillages(out);
    GenerateDepartments(out);
    GenerateCommittees(out);
    GenerateMediators(out);
    GenerateScreening(out);
    GenerateCases(out);
    GeneratePetitions(out);
    GenerateReceptions(out);
    GenerateOfficers(out);  // after the others: the records above keep the random stream they always had
    GeneratePenaltyCases(out);
    GenerateNormativeDocuments(out);
    GenerateMajorDecisions(out);
    GenerateReviewCatalogue(out);
    GeneratePowerCatalogue(out);
    return out;
  }

 private:
  static bool EndsWith(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
  }

  // A count between lo and hi, scaled by this township's size.
  int Scaled(std::int64_t lo, std::int64_t hi) {
    return static_cast<int>(static_cast<double>(rng_.Between(lo, hi)) * size_factor_);
  }

  Date DayOfYear(std::int64_t offset) const { return core::AddDays(year_start_, offset); }
  Date RandomDayIn(Date from, Date to) {
    return core::AddDays(from, rng_.Between(0, core::DaysBetween(from, to)));
  }
  Date Min(Date a, Date b) const { return a < b ? a : b; }

  Person MakePerson(std::optional<Gender> force = std::nullopt, int born_from = 1948,
                    int born_to = 2003) {
    Person p;
    p.gender = force ? *force : (rng_.Chance(52) ? Gender::kMale : Gender::kFemale);
    const auto& given = p.gender == Gender::kMale ? words::GivenNamesMale() : words::GivenNamesFemale();
    p.name = rng_.Pick(words::Surnames()) + rng_.Pick(given);
    Date birth = core::MakeDate(IntOf(rng_.Between(born_from, born_to)), static_cast<unsigned>(rng_.Between(1, 12)),
                                static_cast<unsigned>(rng_.Between(1, 28)));
    int seq = IntOf(rng_.Between(1, 499)) * 2 - (p.gender == Gender::kMale ? 1 : 0);
    p.id_number = MakeIdNumber(township_.code.substr(0, 6), birth, seq);
    static const char* kPrefixes[] = {"138", "139", "135", "136", "150", "151", "152", "158",
                                      "159", "177", "180", "181", "187", "189", "199"};
    // The number is drawn before the prefix: the order g++ evaluated the arguments of the
    // fmt::format call this replaces, so the same seed still gives the same phones.
    const std::int64_t number = rng_.Between(0, 99999999);
    p.phone = kPrefixes[rng_.Between(0, 14)];
    AppendDigits(p.phone, number, 8);
    return p;
  }

  void GenerateVillages(DemoTownship& out) {
    int count = IntOf(rng_.Between(5, 11));
    std::vector<std::string> stems = words::VillageStems();
    for (int i = 0; i < count; ++i) {
      size_t pick = static_cast<size_t>(rng_.Between(i, static_cast<std::int64_t>(stems.size()) - 1));
      std::swap(stems[static_cast<size_t>(i)], stems[pick]);
      Region v;
      v.level = RegionLevel::kVillage;
      bool community = i == 0;
      v.name = stems[static_cast<size_t>(i)] + (community ? "社区" : "村");
      v.code = township_.code.substr(0, 9) + fmt::format("{:03d}", community ? 1 : 200 + i);
      out.villages.push_back(v);
    }
  }

  void GenerateDepartments(DemoTownship& out) {
    static const std::pair<const char*, const char*> kDepartments[] = {
        {"党政办公室", "综合"}, {"司法所", "司法行政"}, {"综合行政执法大队", "行政执法"},
        {"综治中心（信访办）", "信访维稳"}, {"应急管理办公室", "安全生产"},
        {"社会事务办公室", "社会事务"}};
    for (const auto& [name, kind] : kDepartments) {
      Department d;
      d.name = name;
      d.kind = kind;
      out.departments.push_back(d);
    }
  }

  void GenerateCommittees(DemoTownship& out) {
    // [0] township committee, then one per village (MED-02).
    int n = 1 + static_cast<int>(out.villages.size());
    for (int i = 0; i < n; ++i) {
      MediationCommittee c;
      bool township_level = i == 0;
      c.level = township_level ? CommitteeLevel::kTownship : CommitteeLevel::kVillage;
      if (!township_level) c.village_id = i;  // local village index + 1
      c.name = (township_level ? township_.name : out.villages[static_cast<size_t>(i - 1)].name) +
               "人民调解委员会";
      c.established_on = core::MakeDate(IntOf(rng_.Between(2011, 2016)), 3, 15);
      // Terms of 3 years; some end within the coming 90 days so the alert shows.
      int start_year = options_.year - IntOf(rng_.Between(0, 2));
      c.term_start = core::MakeDate(start_year, static_cast<unsigned>(rng_.Between(1, 12)), 1);
      c.term_end = core::AddDays(core::AddMonthsClamped(c.term_start, 36), -1);
      c.multi_ethnic_area = rng_.Chance(10);
      int members = IntOf(rng_.Between(3, township_level ? 9 : 7));
      bool break_roster = rng_.Chance(7);  // a roster that breaks MED-01, for the alert
      for (int m = 0; m < members; ++m) {
        CommitteeMember member;
        std::optional<Gender> gender;
        if (m == 1 && !break_roster) gender = Gender::kFemale;  // at least one woman
        if (break_roster) gender = Gender::kMale;
        Person p = MakePerson(gender);
        member.name = p.name;
        member.gender = p.gender;
        member.ethnicity = (c.multi_ethnic_area && m == 2) ? "土家族" : "汉族";
        member.role = m == 0 ? CommitteeRole::kChair
                             : (m == 1 && members > 4 ? CommitteeRole::kViceChair : CommitteeRole::kMember);
        member.term_start = c.term_start;
        member.term_end = c.term_end;
        c.members.push_back(member);
      }
      out.committees.push_back(std::move(c));
    }
  }

  void GenerateMediators(DemoTownship& out) {
    for (size_t ci = 0; ci < out.committees.size(); ++ci) {
      const auto& c = out.committees[ci];
      int count = ci == 0 ? IntOf(rng_.Between(2, 4)) : 1;
      for (int i = 0; i < count; ++i) {
        Mediator m;
        m.committee_id = static_cast<std::int64_t>(ci) + 1;
        bool member = i < static_cast<int>(c.members.size()) && !(ci == 0 && i == count - 1);
        if (member) {
          m.name = c.members[static_cast<size_t>(i)].name;
          m.gender = c.members[static_cast<size_t>(i)].gender;
          Person p = MakePerson(m.gender);
          m.id_number = p.id_number;
          m.phone = p.phone;
        } else {
          Person p = MakePerson();
          m.name = p.name;
          m.gender = p.gender;
          m.id_number = p.id_number;
          m.phone = p.phone;
        }
        m.is_committee_member = member;
        m.appointed_on = c.term_start;
        m.training_hours = IntOf(rng_.Between(4, 32));
        out.mediators.push_back(m);
      }
    }
  }

  const words::CaseTemplate& PickCaseTemplate() {
    std::vector<int> weights;
    for (const auto& t : words::CaseTemplates()) weights.push_back(t.weight);
    return words::CaseTemplates()[rng_.Weighted(weights)];
  }

  std::string CategoryCode(const std::string& label) {
    const DisputeCategory* c = FindDisputeCategory(label);
    return c ? std::string(c->code) : std::string("other");
  }

  // Builds one mediation case accepted on `accepted`; returns its local index + 1.
  std::int64_t AddCase(DemoTownship& out, Date accepted, const words::CaseTemplate& t,
                       std::optional<std::int64_t> committee) {
    MediationCase mc;
    mc.category = CategoryCode(t.category_label);
    mc.accepted_on = accepted;
    size_t seq = out.cases.size() + 1;
    mc.case_no = fmt::format("{}调〔{}〕{}号", short_, options_.year, seq);
    mc.committee_id = committee ? *committee
                                : (rng_.Chance(45) ? 1
                                                   : rng_.Between(2, static_cast<std::int64_t>(out.committees.size())));
    // Mediator of that committee when there is one.
    for (size_t i = 0; i < out.mediators.size(); ++i) {
      if (out.mediators[i].committee_id == mc.committee_id) {
        mc.mediator_id = static_cast<std::int64_t>(i) + 1;
        if (rng_.Chance(50)) break;
      }
    }
    auto mode = rng_.Weighted({60, 30, 10});
    mc.start_mode = mode == 0 ? MediationStartMode::kApplication
                              : (mode == 1 ? MediationStartMode::kProactive : MediationStartMode::kReferral);
    if (mc.start_mode == MediationStartMode::kReferral) {
      mc.referred_by = rng_.Chance(60) ? fmt::format("{}派出所", stem_) : "县人民法院";
    }
    Person a = MakePerson();
    Person b = MakePerson();
    MediationParty pa{0, 0, PartyKind::kPerson, a.name, a.id_number, "", a.phone, ""};
    pa.address = fmt::format("{}{}组", out.villages[static_cast<size_t>(rng_.Between(0, static_cast<std::int64_t>(out.villages.size()) - 1))].name, rng_.Between(1, 9));
    MediationParty pb{0, 0, PartyKind::kPerson, b.name, b.id_number, "", b.phone, ""};
    pb.address = pa.address;
    if (t.org_party && rng_.Chance(55)) {
      pb.kind = PartyKind::kOrganisation;
      pb.name = stem_ + rng_.Pick(words::CompanySuffixes());
      pb.id_number.clear();
      pb.uscc = MakeUscc();
      pb.address = fmt::format("{}{}", township_.name, "场镇");
    }
    mc.parties.push_back(pa);
    mc.parties.push_back(pb);
    if (rng_.Chance(12)) {
      Person c = MakePerson();
      mc.parties.push_back({0, 0, PartyKind::kPerson, c.name, rng_.Chance(50) ? c.id_number : "",
                            "", c.phone, pa.address});
    }
    mc.summary = Replace(Replace(rng_.Pick(t.summaries), "{a}", a.name), "{b}", pb.name);
    if (t.money) mc.amount_fen = rng_.Between(2, 300) * 10000;  // 200–30,000 元
    mc.prevented_criminal = rng_.Chance(3);
    mc.prevented_group_petition = rng_.Chance(1.5);

    // Outcome: recent cases may still be open; otherwise mostly successful.
    std::int64_t duration = rng_.Chance(8) ? rng_.Between(31, 55) : rng_.Between(1, 25);
    Date concluded = core::AddDays(accepted, duration);
    if (concluded > year_end_) {
      mc.outcome = MediationOutcome::kOpen;
    } else {
      auto o = rng_.Weighted({955, 25, 20});
      mc.outcome = o == 0 ? MediationOutcome::kSuccess
                          : (o == 1 ? MediationOutcome::kFailed : MediationOutcome::kTerminated);
      mc.concluded_on = concluded;
      if (duration > 30) mc.parties_agreed_to_continue = rng_.Chance(50);
    }
    if (mc.outcome == MediationOutcome::kFailed) {
      mc.termination_reason = "双方分歧较大，调解不成，已告知当事人可依法向人民法院提起诉讼。";
    } else if (mc.outcome == MediationOutcome::kTerminated) {
      mc.termination_reason = "一方当事人明确表示不愿继续调解，依法终止调解并告知其他救济途径。";
    }
    if (mc.outcome == MediationOutcome::kSuccess) {
      MediationAgreement ag;
      ag.form = rng_.Chance(76) ? AgreementForm::kWritten : AgreementForm::kOral;
      ag.effective_on = *mc.concluded_on;
      ag.terms = Replace(Replace(rng_.Pick(t.terms), "{a}", a.name), "{b}", pb.name);
      ag.amount_fen = mc.amount_fen;
      ag.performance_due = core::AddDays(ag.effective_on, rng_.Between(0, 45));
      Date due = *ag.performance_due;
      // Most agreements are performed on time; a few only partly or not at all; those due
      // after the year end are still pending.
      auto perf = rng_.Weighted({95, 3, 2, 0});
      if (due > year_end_) perf = 3;
      ag.performance = perf == 0 ? PerformanceStatus::kPerformed
                                 : perf == 1 ? PerformanceStatus::kPartial
                                             : perf == 2 ? PerformanceStatus::kNotPerformed
                                                         : PerformanceStatus::kPending;
      if (ag.performance == PerformanceStatus::kPerformed) {
        ag.performed_on = Min(due, year_end_);
      }
      bool troubled = ag.performance == PerformanceStatus::kPartial ||
                      ag.performance == PerformanceStatus::kNotPerformed;
      if ((troubled && rng_.Chance(60)) || (!troubled && rng_.Chance(70))) {
        Date followup = core::AddDays(ag.effective_on, rng_.Between(10, 40));
        if (followup <= year_end_) ag.last_followup_on = followup;
      }
      if (ag.form == AgreementForm::kWritten && rng_.Chance(9)) {
        std::int64_t delay = rng_.Chance(10) ? rng_.Between(31, 45) : rng_.Between(2, 25);
        Date applied = core::AddDays(ag.effective_on, delay);
        if (applied <= year_end_) {
          ag.confirmation_applied_on = applied;
          ag.confirmation_court = "县人民法院";
          Date decided = core::AddDays(applied, rng_.Between(5, 18));
          if (decided <= year_end_) {
            ag.confirmation_result =
                rng_.Chance(94) ? ConfirmationResult::kConfirmed : ConfirmationResult::kRejected;
            ag.confirmation_decided_on = decided;
          } else {
            ag.confirmation_result = ConfirmationResult::kPending;
          }
        }
      }
      mc.agreement = ag;
    }
    out.cases.push_back(std::move(mc));
    return static_cast<std::int64_t>(out.cases.size());
  }

  void GenerateScreening(DemoTownship& out) {
    // A township-wide 矛盾纠纷排查 round each month (MED-12).
    for (unsigned month = 1; month <= 12; ++month) {
      ScreeningRound r;
      r.held_on = core::MakeDate(options_.year, month, static_cast<unsigned>(rng_.Between(5, 12)));
      r.organiser = rng_.Chance(50) ? "综治中心" : "司法所";
      r.scope = "全镇各村（社区）";
      r.notes = fmt::format("{}月矛盾纠纷集中排查", month);
      out.rounds.push_back(r);
      std::int64_t round_id = static_cast<std::int64_t>(out.rounds.size());
      int found = Scaled(6, 16);
      for (int i = 0; i < found; ++i) {
        ScreenedDispute d;
        d.round_id = round_id;
        d.village_id = rng_.Between(1, static_cast<std::int64_t>(out.villages.size()));
        d.found_on = core::AddDays(r.held_on, rng_.Between(0, 3));
        const auto& t = PickCaseTemplate();
        d.category = CategoryCode(t.category_label);
        Person a = MakePerson();
        Person b = MakePerson();
        d.summary = Replace(Replace(rng_.Pick(t.summaries), "{a}", a.name), "{b}", b.name);
        d.parties_count = rng_.Chance(10) ? IntOf(rng_.Between(3, 6)) : 2;
        auto s = rng_.Weighted({95, 2, 3});
        Date resolved = core::AddDays(d.found_on, rng_.Between(1, 20));
        if (s == 2 || resolved > year_end_) {
          d.status = ScreenedDisputeStatus::kOpen;
        } else if (s == 1) {
          d.status = ScreenedDisputeStatus::kTransferred;
          d.resolved_on = resolved;
          d.transferred_to = rng_.Chance(50) ? "县人民法院诉讼服务中心" : "县劳动人事争议仲裁院";
        } else {
          d.status = ScreenedDisputeStatus::kResolved;
          d.resolved_on = resolved;
          auto route = rng_.Weighted({60, 30, 10});
          d.route = route == 0 ? ResolutionRoute::kMediation
                               : (route == 1 ? ResolutionRoute::kOther : ResolutionRoute::kSelf);
        }
        out.disputes.push_back(d);
      }
    }
  }

  void GenerateCases(DemoTownship& out) {
    // Screened disputes resolved by mediation become cases, plus cases that came directly.
    for (auto& d : out.disputes) {
      if (d.route != ResolutionRoute::kMediation) continue;
      const auto* cat = FindDisputeCategory(d.category);
      const words::CaseTemplate* t = &words::CaseTemplates().back();
      for (const auto& candidate : words::CaseTemplates()) {
        if (cat && candidate.category_label == cat->label_zh) t = &candidate;
      }
      std::int64_t idx = AddCase(out, d.found_on, *t, std::nullopt);
      auto& mc = out.cases[static_cast<size_t>(idx - 1)];
      // Keep the ledger consistent: the dispute is resolved when the mediation succeeded.
      if (mc.outcome == MediationOutcome::kSuccess) {
        d.resolved_on = mc.concluded_on;
        d.mediation_case_id = idx;
      } else if (mc.outcome == MediationOutcome::kOpen) {
        d.status = ScreenedDisputeStatus::kOpen;
        d.route.reset();
        d.resolved_on.reset();
        d.mediation_case_id = idx;  // in mediation
      } else {
        d.route = ResolutionRoute::kOther;  // resolved otherwise after the failed mediation
        d.resolved_on = core::AddDays(*mc.concluded_on, 5);
        if (*d.resolved_on > year_end_) {
          d.status = ScreenedDisputeStatus::kOpen;
          d.route.reset();
          d.resolved_on.reset();
        }
      }
    }
    int direct = Scaled(60, 170);
    for (int i = 0; i < direct; ++i) {
      AddCase(out, DayOfYear(rng_.Between(0, 364)), PickCaseTemplate(), std::nullopt);
    }
    // Order by acceptance date and renumber, as a clerk's ledger would be.
    std::vector<size_t> order(out.cases.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      return out.cases[x].accepted_on < out.cases[y].accepted_on;
    });
    std::vector<std::int64_t> new_index(out.cases.size());
    std::vector<MediationCase> sorted;
    sorted.reserve(out.cases.size());
    for (size_t pos = 0; pos < order.size(); ++pos) {
      new_index[order[pos]] = static_cast<std::int64_t>(pos) + 1;
      sorted.push_back(std::move(out.cases[order[pos]]));
      sorted.back().case_no = fmt::format("{}调〔{}〕{}号", short_, options_.year, pos + 1);
    }
    out.cases = std::move(sorted);
    for (auto& d : out.disputes) {
      if (d.mediation_case_id) d.mediation_case_id = new_index[static_cast<size_t>(*d.mediation_case_id - 1)];
    }
  }

  void GeneratePetitions(DemoTownship& out) {
    int count = Scaled(6, 30);
    static const char* kLeaders[] = {"党委书记", "镇长", "党委副书记", "人大主席", "副镇长"};
    std::vector<Date> received_days;
    for (int i = 0; i < count; ++i) received_days.push_back(DayOfYear(rng_.Between(0, 364)));
    std::sort(received_days.begin(), received_days.end());
    for (int i = 0; i < count; ++i) {
      Petition p;
      p.reg_no = fmt::format("{}信〔{}〕{}号", short_, options_.year, i + 1);
      auto ch = rng_.Weighted({25, 15, 15, 1, 44});
      p.channel = static_cast<PetitionChannel>(ch);
      p.received_on = received_days[static_cast<size_t>(i)];
      if (rng_.Chance(30)) {
        p.source = PetitionSource::kAssigned;
        p.assigned_by = rng_.Chance(70) ? "县信访办" : "县委县政府信访接待中心";
      }
      Person who = MakePerson();
      p.petitioner_name = who.name;
      p.id_number = rng_.Chance(70) ? who.id_number : "";
      p.phone = who.phone;
      p.address = fmt::format("{}{}{}组", township_.name,
                              out.villages[static_cast<size_t>(rng_.Between(0, static_cast<std::int64_t>(out.villages.size()) - 1))].name,
                              rng_.Between(1, 9));
      const auto& t = rng_.Pick(words::PetitionTemplates());
      p.category = t.category == "claim" ? PetitionCategory::kClaim
                   : t.category == "suggestion" ? PetitionCategory::kSuggestion
                                                : PetitionCategory::kAccusation;
      p.request = t.request;
      p.facts = t.facts;
      p.reasons = t.reasons;
      if (p.channel == PetitionChannel::kVisit && rng_.Chance(6)) {
        p.group_size = IntOf(rng_.Between(6, 25));
        p.representatives = IntOf(rng_.Between(2, 5));
      }
      p.urgent = rng_.Chance(3);
      // 告知 within 15 days (PET-05), a few late, a few recent ones not yet done.
      std::int64_t ack = rng_.Chance(5) ? rng_.Between(16, 24) : rng_.Between(0, 12);
      Date acknowledged = core::AddDays(p.received_on, ack);
      bool forgotten = rng_.Chance(3);  // never acknowledged: the 告知 is overdue
      if (acknowledged > year_end_ || forgotten) {
        out.petitions.push_back(std::move(p));
        continue;
      }
      p.acknowledged_on = acknowledged;
      p.accepted_on = acknowledged;
      if (p.category == PetitionCategory::kClaim && rng_.Chance(8)) {
        static const DiversionChannel kChannels[] = {DiversionChannel::kLitigation,
                                                     DiversionChannel::kArbitration,
                                                     DiversionChannel::kReconsideration};
        p.diversion = kChannels[rng_.Between(0, 2)];
        p.diverted_on = acknowledged;
        p.accepted_on.reset();
        out.petitions.push_back(std::move(p));
        continue;
      }
      if (rng_.Chance(20)) {
        p.lead_leader = rng_.Pick(std::vector<std::string>(std::begin(kLeaders), std::end(kLeaders)));
        p.lead_assigned_on = acknowledged;
      }
      // Handling: 60 days (PET-08); some extended by ≤30 days, some late, some still open.
      std::int64_t days;
      auto kind = rng_.Weighted({86, 7, 4, 3});
      if (kind == 1 && core::AddDays(*p.accepted_on, 55) > year_end_) {
        days = 400;  // would be extended next year: still open at the year end
      } else if (kind == 1) {
        PetitionExtension ext;
        ext.days = IntOf(rng_.Between(15, 30));
        ext.approver = "镇长";
        ext.approved_on = core::AddDays(*p.accepted_on, 55);
        ext.reason = "涉及多个部门、需补充调查核实";
        ext.petitioner_notified = true;
        p.extension = ext;
        days = rng_.Between(61, 60 + ext.days);
      } else if (kind == 2) {
        days = rng_.Between(65, 85);  // closed late without an extension
      } else if (kind == 3) {
        days = 400;  // still open
      } else {
        days = rng_.Between(8, 55);
      }
      Date closed = core::AddDays(*p.accepted_on, days);
      if (closed <= year_end_) {
        p.closed_on = closed;
        auto o = rng_.Weighted({30, 55, 15});
        p.outcome = o == 0 ? PetitionOutcome::kSupport
                           : (o == 1 ? PetitionOutcome::kExplain : PetitionOutcome::kReject);
        p.reply_served_on = core::AddDays(closed, rng_.Between(0, 3));
        if (*p.reply_served_on > year_end_) p.reply_served_on = closed;
        if (rng_.Chance(85)) {
          auto s = rng_.Weighted({80, 15, 5});
          p.satisfaction = s == 0 ? Satisfaction::kSatisfied
                                  : (s == 1 ? Satisfaction::kBasicallySatisfied : Satisfaction::kUnsatisfied);
          p.rated_on = Min(core::AddDays(closed, rng_.Between(1, 10)), year_end_);
        }
        if (p.outcome != PetitionOutcome::kSupport && rng_.Chance(6)) {
          PetitionReview r;
          r.requested_on = core::AddDays(*p.reply_served_on, rng_.Between(5, 25));
          r.organ = "县人民政府";
          Date replied = core::AddDays(r.requested_on, rng_.Between(12, 30));
          if (r.requested_on <= year_end_) {
            if (replied <= year_end_) {
              r.replied_on = replied;
              r.result = "维持原处理意见";
            }
            p.review = r;
          }
        }
      }
      out.petitions.push_back(std::move(p));
    }
  }

  // 行政执法人员 (CERT): a team of 5–12 in the 综合行政执法办公室 and 司法所, certificates of
  // five years, exams and the year's training. Every CERT rule has something to show: a
  // certificate expired during the year and not renewed, one expiring in the next quarter,
  // one lost, an officer in post still waiting for a certificate, a legal reviewer without
  // 法律职业资格, officers below the training target.
  void GenerateOfficers(DemoTownship& out) {
    const int count = std::max(5, std::min(12, Scaled(5, 9)));
    static const char* kPosts[] = {"执法队员", "执法队员", "执法队员", "副队长", "执法队员", "法制审核员"};
    for (int i = 0; i < count; ++i) {
      domain::EnforcementOfficer o;
      Person p = MakePerson(std::nullopt, 1968, 1997);
      o.name = p.name;
      o.gender = p.gender;
      o.id_number = p.id_number;
      o.phone = p.phone;
      const bool justice = i == count - 1;  // 司法所 staff member doing 法制审核
      o.agency = justice ? stem_ + "司法所" : stem_ + "综合行政执法办公室";
      o.post = i == 0 ? "队长" : (justice ? "法制审核员" : kPosts[rng_.Between(0, 4)]);
      o.education = rng_.Chance(70) ? "本科" : (rng_.Chance(60) ? "大专" : "研究生");
      o.established_post = !rng_.Chance(6);
      const bool long_serving = i == 3 || i == 4;  // their certificate runs out near the year end
      o.in_post_from = core::MakeDate(options_.year - IntOf(rng_.Between(long_serving ? 7 : 1, 12)),
                                      static_cast<unsigned>(rng_.Between(1, 12)), 1);
      o.legal_reviewer = justice;
      o.legal_qualification = justice && !rng_.Chance(40);
      if (i == 2 && rng_.Chance(25)) o.left_post_on = RandomDayIn(DayOfYear(90), DayOfYear(300));

      // The exam before the certificate: both parts, a failed special part retaken at times.
      const Date exam_on = core::AddDays(o.in_post_from, rng_.Between(60, 200));
      const int retake = rng_.Chance(15) ? 1 : 0;
      o.exams.push_back({0, 0, exam_on, domain::ExamPart::kGeneral, IntOf(rng_.Between(62, 94))});
      if (retake) o.exams.push_back({0, 0, exam_on, domain::ExamPart::kSpecial, IntOf(rng_.Between(41, 59))});
      const Date pass_on = core::AddDays(exam_on, retake * 120);
      o.exams.push_back({0, 0, pass_on, domain::ExamPart::kSpecial, IntOf(rng_.Between(61, 92))});

      const bool waiting = i == 1 && rng_.Chance(35);  // passed, certificate not yet issued
      if (!waiting) {
        domain::OfficerCertificate c;
        c.field = justice ? "司法行政" : "综合行政执法";
        c.issuing_authority = "重庆市人民政府";
        c.issued_on = core::AddDays(pass_on, rng_.Between(30, 90));
        // Renewed every five years up to the demo year; the last one is the one in force.
        while (core::AddDays(c.issued_on, 5 * 365) < year_start_) {
          c.issued_on = core::AddDays(c.issued_on, 5 * 365);
        }
        c.expires_on = core::AddDays(c.issued_on, 5 * 365 - 1);
        if (i == 3) c.expires_on = RandomDayIn(DayOfYear(200), DayOfYear(330));  // lapsed this year
        if (i == 4) c.expires_on = core::AddDays(year_end_, rng_.Between(20, 80));  // expiring soon
        if (long_serving) c.issued_on = core::AddDays(c.expires_on, -(5 * 365 - 1));
        c.number = fmt::format("渝{}{:04d}{:02d}", township_.code.substr(6, 3), core::YearOf(c.issued_on),
                               i + 1);
        if (i == 5 && rng_.Chance(40)) {
          c.status = domain::CertificateStatus::kLost;
          c.status_changed_on = RandomDayIn(DayOfYear(30), DayOfYear(250));
          c.status_reason = "执法证件遗失，已登报声明作废，正在补办";
        }
        o.certificates.push_back(c);
      }

      // Training this year: 2–5 sessions, some officers short of the 60 class hours.
      static const char* kTopics[] = {"《行政处罚法》专题培训", "行政执法三项制度培训", "综合行政执法业务培训",
                                      "执法文书制作培训", "执法记录仪使用与全过程记录", "《行政强制法》专题讲座"};
      static const char* kOrganisers[] = {"县司法局", "县综合行政执法局", "镇党委政府", "市司法局"};
      const int sessions = IntOf(rng_.Between(2, 5));
      for (int k = 0; k < sessions; ++k) {
        domain::OfficerTraining t;
        t.held_on = RandomDayIn(DayOfYear(20), DayOfYear(340));
        t.topic = kTopics[rng_.Between(0, 5)];
        t.hours = IntOf(rng_.Between(4, 24));
        t.organiser = kOrganisers[rng_.Between(0, 3)];
        if (o.left_post_on && t.held_on >= *o.left_post_on) continue;
        o.trainings.push_back(t);
      }
      out.officers.push_back(std::move(o));
    }
  }

  // 行政执法案件 (PEN, LEP): 4–10 cases a year handled by the 综合行政执法办公室 — most by the
  // general procedure from 立案 to 结案 with a record for every stage, a few on-the-spot
  // summary penalties, one large fine with hearing right, 法制审核 and 集体讨论. Something for
  // each rule to catch: a case left undecided past 90 days (PEN-06), a decision never
  // published (LEP-03), a fine served and not paid (PEN-16), a closed case missing its
  // execution record (LEP-06), a large fine decided without 法制审核 (PEN-10) and an
  // investigation by one certified officer (PEN-02), a decision made after 90 days.
  void GeneratePenaltyCases(DemoTownship& out) {
    struct Cause {
      const char* cause;
      const char* matter;
      const char* basis;
    };
    static const Cause kCauses[] = {
        {"占道经营", "市容环境卫生", "城市市容和环境卫生管理条例"},
        {"未按规定倾倒建筑垃圾", "市容环境卫生", "城市建筑垃圾管理规定"},
        {"擅自设置户外广告", "市容环境卫生", "城市市容和环境卫生管理条例"},
        {"露天焚烧秸秆", "环境保护", "大气污染防治法"},
        {"未经批准擅自搭建建筑物", "城乡规划", "城乡规划法"},
        {"违法占用耕地建房", "自然资源", "土地管理法"},
        {"运输渣土未采取密闭措施", "市容环境卫生", "大气污染防治法"},
        {"未取得许可从事食品摊贩经营", "市场监管", "食品安全法"},
    };
    const int count = std::max(4, std::min(10, Scaled(4, 8)));
    const int undecided = 0, unpublished = 1, unpaid = 2, missing_record = 3;
    const int unreviewed = count >= 6 ? 4 : -1, one_officer = count >= 7 ? 5 : -1;
    const int large = count - 1, late = count >= 8 ? count - 2 : -1;
    for (int i = 0; i < count; ++i) {
      const Cause& cause = kCauses[rng_.Between(0, static_cast<std::int64_t>(std::size(kCauses)) - 1)];
      domain::PenaltyCase c;
      c.number = fmt::format("{}综执罚立〔{}〕{}号", short_, options_.year, i + 1);
      c.cause = cause.cause;
      c.matter_type = cause.matter;
      c.power_basis = fmt::format("县人民政府赋予{}的行政执法事项清单", stem_);
      const bool special = i <= missing_record || i == unreviewed || i == one_officer || i == large ||
                           i == late;
      const bool summary = !special && rng_.Chance(40);
      c.procedure = summary ? domain::PenaltyProcedure::kSummary : domain::PenaltyProcedure::kGeneral;
      c.lead_received_on = RandomDayIn(DayOfYear(10), DayOfYear(i == undecided ? 150 : 250));
      c.act_on = core::AddDays(c.lead_received_on, -rng_.Between(0, 10));
      c.filed_on = summary ? c.lead_received_on : core::AddDays(c.lead_received_on, rng_.Between(1, 3));
      // The party: a person, or for some causes a company.
      domain::CaseParty party;
      if (rng_.Chance(65) && i != large) {
        Person p = MakePerson(std::nullopt, 1955, 2000);
        party.kind = domain::PartyKind::kPerson;
        party.name = p.name;
        party.id_number = p.id_number;
        party.phone = p.phone;
        party.address = fmt::format("{}{}", stem_, out.villages.empty() ? std::string("场镇")
                                                                       : rng_.Pick(out.villages).name);
      } else {
        party.kind = domain::PartyKind::kOrganisation;
        party.name = stem_ + rng_.Pick(words::CompanySuffixes());
        party.uscc = MakeUscc();
        party.address = fmt::format("{}工业园区", stem_);
      }
      c.parties.push_back(party);
      const bool person = party.kind == domain::PartyKind::kPerson;
      // Two officers with a certificate valid on the filing day (one for the PEN-02 case).
      for (std::size_t k = 0; k < out.officers.size() && c.officers.size() < 2; ++k) {
        const auto& o = out.officers[k];
        // In post and certified from filing to well past the decision.
        const Date until = core::AddDays(*c.filed_on, 150);
        if (!domain::InPostOn(o, *c.filed_on) || !domain::InPostOn(o, until) || o.legal_reviewer) continue;
        const auto* cert = domain::ValidCertificateOn(o, *c.filed_on);
        if (cert == nullptr || domain::ValidCertificateOn(o, until) != cert) continue;
        c.officers.push_back({static_cast<std::int64_t>(k) + 1, o.name, cert->number});
        if (i == one_officer) break;
      }
      if (i == one_officer) {
        for (std::size_t k = 0; k < out.officers.size(); ++k) {
          const auto& o = out.officers[k];
          if (domain::ValidCertificateOn(o, *c.filed_on) == nullptr) {
            c.officers.push_back({static_cast<std::int64_t>(k) + 1, o.name, ""});
            break;
          }
        }
      }
      Doc(c, domain::CaseStage::kFiled, domain::EvidenceType::kRecord, *c.filed_on,
          summary ? "当场处罚决定书（简易程序）" : "立案审批表");

      // The sanction.
      domain::PenaltyTerms terms;
      if (summary) {
        if (rng_.Chance(40)) {
          terms.kinds = {domain::PenaltyKind::kWarning};
          terms.description = "警告";
        } else {
          const std::int64_t yuan = person ? rng_.Between(1, 4) * 50 : rng_.Between(2, 30) * 100;
          terms.kinds = {domain::PenaltyKind::kFine};
          terms.fine_fen = yuan * 100;
          terms.description = fmt::format("罚款人民币{}元", yuan);
        }
      } else {
        const std::int64_t yuan = i == large || i == unreviewed ? (person ? 20000 : 150000)
                                                                : rng_.Between(2, 50) * 100;
        terms.kinds = {domain::PenaltyKind::kFine};
        terms.fine_fen = yuan * 100;
        terms.description = fmt::format("罚款人民币{}元", yuan);
        if (rng_.Chance(20)) {
          terms.kinds.push_back(domain::PenaltyKind::kConfiscateGains);
          terms.confiscation_fen = rng_.Between(3, 60) * 10000;
          terms.description += fmt::format("，没收违法所得{}元", terms.confiscation_fen / 100);
        }
      }

      if (summary) {
        c.stage = domain::CaseStage::kClosed;
        c.rights_waived_on = c.filed_on;
        c.decided_on = c.filed_on;
        c.decided = terms;
        c.decision_number = fmt::format("{}综执当罚〔{}〕{}号", short_, options_.year, i + 1);
        c.served_on = c.decided_on;
        c.executed_on = c.decided_on;
        c.paid_fen = terms.fine_fen;
        c.closed_on = core::AddDays(*c.decided_on, rng_.Between(1, 5));
        c.published_on = core::AddDays(*c.decided_on, rng_.Between(1, 5));
        c.publication_url = fmt::format("https://www.example.gov.cn/{}/zfgs/{}", township_.code, i + 1);
        Doc(c, domain::CaseStage::kService, domain::EvidenceType::kRecord, *c.served_on, "当事人签收记录");
        if (terms.fine_fen > 0) {
          Doc(c, domain::CaseStage::kExecution, domain::EvidenceType::kDocumentary, *c.executed_on,
              "罚款缴纳凭证");
        }
        Doc(c, domain::CaseStage::kDecision, domain::EvidenceType::kAudioVisual, *c.decided_on,
            "执法记录仪视频（当场处罚）");
        out.penalty_cases.push_back(std::move(c));
        continue;
      }

      c.investigated_on = core::AddDays(*c.filed_on, rng_.Between(1, 5));
      c.stage = domain::CaseStage::kInvestigation;
      Doc(c, domain::CaseStage::kInvestigation, domain::EvidenceType::kInspectionRecord, *c.investigated_on,
          "现场检查（勘验）笔录");
      Doc(c, domain::CaseStage::kInvestigation, domain::EvidenceType::kAudioVisual, *c.investigated_on,
          fmt::format("现场照片（{}张）", rng_.Between(3, 9)));
      if (i == undecided) {  // still being investigated, well past 90 days
        out.penalty_cases.push_back(std::move(c));
        continue;
      }
      c.notice_served_on = core::AddDays(*c.investigated_on, rng_.Between(5, 15));
      c.proposed = terms;
      c.hearing_right_notified = i == large || i == unreviewed;
      c.stage = domain::CaseStage::kNotice;
      Doc(c, domain::CaseStage::kNotice, domain::EvidenceType::kRecord, *c.notice_served_on,
          "行政处罚告知书及送达回证");
      Date decided = core::AddDays(*c.notice_served_on, rng_.Between(10, 20));
      if (i == large) {
        c.hearing = domain::CaseHearing{core::AddDays(*c.notice_served_on, 2),
                                        core::AddDays(*c.notice_served_on, 3),
                                        core::AddDays(*c.notice_served_on, 20),
                                        fmt::format("{}司法所所长", stem_), false, false};
        c.excluded.push_back({*c.hearing->notified_on, *c.hearing->held_on, "组织听证"});
        Doc(c, domain::CaseStage::kStatement, domain::EvidenceType::kStatement, *c.hearing->held_on,
            "听证笔录");
        c.statement_summary = "当事人在听证中称系初次违法，请求从轻处罚，经复核部分采纳";
        c.legal_review = domain::LegalReview{};
        c.legal_review->submitted_on = core::AddDays(*c.hearing->held_on, 2);
        c.legal_review->reviewed_on = core::AddDays(*c.hearing->held_on, 5);
        const auto& reviewer = out.officers.back();
        c.legal_review->reviewer = reviewer.name;
        c.legal_review->reviewer_qualified = reviewer.legal_qualification;
        c.legal_review->opinion = "主体合法，事实清楚，证据确凿，程序合法，适用依据正确，裁量适当";
        c.legal_review->checklist.fill(true);
        Doc(c, domain::CaseStage::kLegalReview, domain::EvidenceType::kRecord, *c.legal_review->reviewed_on,
            "重大执法决定法制审核意见书");
        c.serious_violation = true;
        c.collective = domain::CollectiveDiscussion{core::AddDays(*c.legal_review->reviewed_on, 2),
                                                    "镇长、分管副镇长、综合行政执法办公室主任、司法所所长",
                                                    "同意罚款，并责令限期改正"};
        Doc(c, domain::CaseStage::kCollective, domain::EvidenceType::kRecord, c.collective->held_on,
            "集体讨论记录");
        decided = core::AddDays(c.collective->held_on, 1);
      } else if (i == unreviewed) {
        c.rights_waived_on = core::AddDays(*c.notice_served_on, 1);  // waived; no review either
        c.statement_summary = "当事人书面表示放弃陈述、申辩和听证";
      } else {
        c.statement_summary = rng_.Chance(50) ? "当事人未提出陈述、申辩" : "当事人陈述已整改，经复核不予采纳";
      }
      if (i == late) {
        decided = core::AddDays(*c.filed_on, rng_.Between(95, 110));  // past the 90 days
      }
      if (decided > year_end_) decided = year_end_;
      c.decided_on = decided;
      c.outcome = domain::DecisionOutcome::kPenalty;
      c.decided = terms;
      c.decision_number = fmt::format("{}综执罚决〔{}〕{}号", short_, options_.year, i + 1);
      c.stage = domain::CaseStage::kDecision;
      Doc(c, domain::CaseStage::kDecision, domain::EvidenceType::kRecord, decided, "行政处罚决定书");
      if (i != unpublished) {
        c.published_on = Min(year_end_, core::AddDays(decided, rng_.Between(1, 5)));
        c.publication_url = fmt::format("https://www.example.gov.cn/{}/zfgs/{}", township_.code, i + 1);
      }
      const Date served = Min(year_end_, core::AddDays(decided, rng_.Between(1, 5)));
      c.served_on = served;
      c.service_method = rng_.Chance(70) ? domain::ServiceMethod::kDirect : domain::ServiceMethod::kPost;
      c.stage = domain::CaseStage::kService;
      Doc(c, domain::CaseStage::kService, domain::EvidenceType::kRecord, served, "送达回证");
      const Date executed = core::AddDays(served, rng_.Between(3, 14));
      if (i == unpaid || executed > year_end_) {
        out.penalty_cases.push_back(std::move(c));
        continue;
      }
      c.executed_on = executed;
      c.paid_fen = terms.fine_fen;
      c.stage = domain::CaseStage::kExecution;
      if (i != missing_record) {
        Doc(c, domain::CaseStage::kExecution, domain::EvidenceType::kDocumentary, executed, "罚款缴纳凭证");
      }
      const Date closed = core::AddDays(executed, rng_.Between(1, 10));
      if (closed <= year_end_) {
        c.closed_on = closed;
        c.stage = domain::CaseStage::kClosed;
        Doc(c, domain::CaseStage::kClosed, domain::EvidenceType::kRecord, closed, "结案审批表");
      }
      out.penalty_cases.push_back(std::move(c));
    }
  }

  // 行政规范性文件 (NORM): 4–6 a year from the 党政办 and the offices, each through 合法性审核
  // (by the legal adviser or the 司法所), 集体讨论, signature, publication and 备案 — with
  // something for each rule to catch: one filed late, one published and not filed, one
  // returned by the county and not corrected, one drafted and still waiting for its review,
  // and an old document whose validity ends in the next months.
  void GenerateNormativeDocuments(DemoTownship& out) {
    static const char* kTitles[] = {"农村人居环境整治管理办法", "村级集体经济组织财务管理规定", "城镇市容秩序管理办法",
                                    "农村宅基地审批管理实施细则", "森林防火管理规定", "集贸市场管理办法",
                                    "农村饮用水工程管护办法", "殡葬改革实施办法"};
    static const char* kUnits[] = {"党政办公室", "农业服务中心", "综合行政执法办公室", "社会事务办公室", "应急管理办公室"};
    const int count = std::max(4, std::min(6, Scaled(4, 6)));
    int number = 0;
    for (int i = 0; i < count + 1; ++i) {
      const bool old = i == count;  // issued years ago, validity ending soon
      domain::NormativeDocument d;
      d.title = township_.name + kTitles[rng_.Between(0, static_cast<std::int64_t>(std::size(kTitles)) - 1)];
      d.drafting_unit = township_.name + kUnits[rng_.Between(0, static_cast<std::int64_t>(std::size(kUnits)) - 1)];
      const int year = old ? options_.year - 5 : options_.year;
      const Date start = core::MakeDate(year, 1, 1);
      // The old one was drafted in the autumn five years ago: in force into next year.
      d.drafted_on = old ? core::AddDays(start, rng_.Between(260, 280)) : core::AddDays(start, rng_.Between(10, 200));
      d.opinions_from = core::AddDays(d.drafted_on, 2);
      d.opinions_to = core::AddDays(*d.opinions_from, 30);
      d.review_submitted_on = core::AddDays(*d.opinions_to, rng_.Between(1, 5));
      if (i == 1 && !old) {  // still under review
        out.normative_documents.push_back(std::move(d));
        continue;
      }
      d.reviewed_on = core::AddDays(*d.review_submitted_on, rng_.Between(5, 15));
      d.reviewer_role = rng_.Chance(60) ? domain::NormReviewer::kLegalAdviser : domain::NormReviewer::kJusticeOffice;
      d.reviewer = d.reviewer_role == domain::NormReviewer::kLegalAdviser ? "镇政府法律顾问" : stem_ + "司法所";
      d.review_outcome = rng_.Chance(30) ? domain::NormReviewOutcome::kRevise : domain::NormReviewOutcome::kPass;
      d.review_opinion = d.review_outcome == domain::NormReviewOutcome::kPass
                             ? "制定主体合法，程序完备，内容未违反上位法规定"
                             : "第五条涉及的管理措施缺少上位法依据，已建议删除，修改后通过";
      d.deliberated_on = core::AddDays(*d.reviewed_on, rng_.Between(3, 10));
      d.deliberation_meeting = rng_.Chance(50) ? "镇政府常务会议" : "镇党委会议";
      d.signed_on = core::AddDays(*d.deliberated_on, rng_.Between(1, 5));
      d.signer = "镇长";
      d.published_on = core::AddDays(*d.signed_on, rng_.Between(1, 7));
      d.publication_channel = "镇政府门户网站、政务公开栏";
      d.number = fmt::format("{}府规〔{}〕{}号", short_, year, ++number);
      d.effective_on = core::AddDays(*d.published_on, 30);
      d.valid_until = core::AddDays(core::AddMonthsClamped(*d.effective_on, 60), -1);
      if (i == 2 && !old) {  // published, not filed
        out.normative_documents.push_back(std::move(d));
        continue;
      }
      d.filed_on = core::AddDays(*d.published_on, i == 0 ? rng_.Between(40, 60) : rng_.Between(5, 25));
      d.filing_number = fmt::format("县司备〔{}〕{}号", year, 10 + i);
      d.filed_text = d.filed_basis = d.filed_review_opinion = true;
      d.filed_explanation = i != 3;
      if (i == 3) {  // returned for the missing 起草说明, not yet corrected
        d.returned_on = core::AddDays(*d.filed_on, rng_.Between(5, 15));
        d.return_reason = "报备材料缺少起草说明";
      }
      out.normative_documents.push_back(std::move(d));
    }
  }

  // LEP-01: the township's catalogue of powers, one or more per category of LEP-05, published
  // when the year began; the 占道经营 power revised on 7月1日 (a new basis), so the catalogue
  // has two versions of it. No random draw: the other records keep their stream.
  void GeneratePowerCatalogue(DemoTownship& out) {
    struct Power {
      const char* code;
      domain::ActionCategory category;
      const char* name;
      const char* basis;
      const char* procedure;
    };
    static const Power kPowers[] = {
        {"CF-001", domain::ActionCategory::kPenalty, "对占道经营行为的行政处罚", "《城市市容和环境卫生管理条例》第36条",
         "立案—调查取证—告知—陈述申辩（听证）—法制审核—决定—送达—执行"},
        {"CF-002", domain::ActionCategory::kPenalty, "对未按规定倾倒建筑垃圾的行政处罚", "《城市建筑垃圾管理规定》第20条",
         "立案—调查取证—告知—陈述申辩（听证）—法制审核—决定—送达—执行"},
        {"CF-003", domain::ActionCategory::kPenalty, "对违法占用耕地建房的行政处罚", "《中华人民共和国土地管理法》第78条",
         "立案—调查取证—告知—陈述申辩（听证）—法制审核—集体讨论—决定—送达—执行"},
        {"XK-001", domain::ActionCategory::kLicence, "乡村建设规划许可", "《中华人民共和国城乡规划法》第41条",
         "申请—受理—审查—决定（20个工作日）—送达"},
        {"QZ-001", domain::ActionCategory::kCoercion, "对违法建筑的强制拆除", "《中华人民共和国行政强制法》第44条",
         "催告—陈述申辩—决定—公告—限期自行拆除—强制拆除"},
        {"ZS-001", domain::ActionCategory::kLevy, "农村集体土地征收补偿安置", "《中华人民共和国土地管理法》第47条",
         "拟征收公告—听取意见—补偿登记—签订协议—实施"},
        {"ZY-001", domain::ActionCategory::kRequisition, "抢险救灾中对单位和个人财产的征用",
         "《中华人民共和国突发事件应对法》第12条", "决定—通知被征用人—使用—返还或补偿"},
        {"JC-001", domain::ActionCategory::kInspection, "对辖区市容环境卫生的行政检查", "《城市市容和环境卫生管理条例》第4条",
         "“双随机、一公开”抽取—出示证件—检查—记录—结果公示"},
    };
    const std::string subject = township_.name + "人民政府（综合行政执法办公室）";
    const std::string remedy =
        "不服的，可以自知道该行政行为之日起60日内向县人民政府申请行政复议，或者自知道之日起6个月内向人民法院提起行政诉讼";
    for (const Power& p : kPowers) {
      domain::PowerItem item;
      item.code = p.code;
      item.category = p.category;
      item.name = p.name;
      item.subject = subject;
      item.basis = p.basis;
      item.procedure = p.procedure;
      item.remedy = remedy;
      item.effective_from = core::MakeDate(options_.year, 1, 1);
      if (std::string_view(p.code) == "CF-001") {
        domain::PowerItem next = item;
        next.version = 2;
        next.basis = std::string(p.basis) + "；《重庆市市容环境卫生管理条例》第40条";
        next.effective_from = core::MakeDate(options_.year, 7, 1);
        item = domain::ClosedBefore(item, next);
        out.powers.push_back(std::move(item));
        out.powers.push_back(std::move(next));
        continue;
      }
      out.powers.push_back(std::move(item));
    }
  }

  // LEP-07: every third township (the second, fifth, …) keeps its own 重大执法决定法制审核目录: the
  // default entries, plus a stricter one for 自然资源 fines (a county catalogue's 5,000 元 for a
  // person), under which some of its stored cases lack the 法制审核 they needed. The others use
  // the default catalogue of the settings. No random draw: the other records keep their stream.
  void GenerateReviewCatalogue(DemoTownship& out) {
    if (index_ % 3 != 1) return;
    out.review_catalogue = domain::DefaultReviewCatalogue(domain::LedgerSettings{});
    for (auto& e : out.review_catalogue) e.basis = "县司法局《重大行政执法决定法制审核目录》";
    domain::ReviewCatalogueEntry land;
    land.matter_type = "自然资源";
    land.kind = domain::PenaltyKind::kFine;
    land.min_person_fen = 5000 * 100;
    land.min_org_fen = 50000 * 100;
    land.description = "自然资源领域罚款（自然人5000元、法人或其他组织5万元以上）";
    land.basis = "县司法局《重大行政执法决定法制审核目录》第4项";
    out.review_catalogue.push_back(std::move(land));
  }

  // 重大行政决策 (DEC): 3–4 decisions of the year's 决策目录, most with every step; one still in
  // public consultation; one decided without its 风险评估 (or 专家论证) and not published, stored
  // as the township kept it (程序完备率 below 100%, DEC-10 warning).
  void GenerateMajorDecisions(DemoTownship& out) {
    struct Item {
      const char* title;
      domain::DecisionScope scope;
      bool technical, risk, market;
    };
    static const Item kItems[] = {
        {"场镇老旧小区改造实施方案", domain::DecisionScope::kConstruction, true, true, false},
        {"农村生活垃圾收运处置体系建设方案", domain::DecisionScope::kPublicPolicy, true, false, true},
        {"集镇农贸市场迁建项目", domain::DecisionScope::kConstruction, true, true, true},
        {"国土空间规划（村庄规划）编制方案", domain::DecisionScope::kPlan, true, false, false},
    };
    // The year's 决策目录: every matter, fixed in late December of the year before with the
    // Party committee's consent and published in early January (DEC-03).
    for (const Item& item : kItems) {
      domain::DecisionCatalogueItem k;
      k.year = options_.year;
      k.title = item.title;
      k.scope = item.scope;
      k.drafting_unit = township_.name + (item.scope == domain::DecisionScope::kPlan ? "规划建设办公室" : "建设环保办公室");
      k.planned_period = fmt::format("{}年内", options_.year);
      k.listed_on = core::MakeDate(options_.year - 1, 12, 20);
      k.party_consent_on = core::MakeDate(options_.year - 1, 12, 26);
      k.published_on = core::MakeDate(options_.year, 1, 6);
      k.publication_channel = "镇政府门户网站";
      out.decision_catalogue.push_back(std::move(k));
    }
    const int count = IntOf(rng_.Between(3, 4));
    for (int i = 0; i < count; ++i) {
      const Item& item = kItems[rng_.Between(0, static_cast<std::int64_t>(std::size(kItems)) - 1)];
      const bool skips_a_step = i == 2;  // decided without its 专家论证 or 风险评估
      domain::MajorDecision d;
      d.title = township_.name + item.title;
      d.scope = item.scope;
      d.drafting_unit = township_.name + (item.scope == domain::DecisionScope::kPlan ? "规划建设办公室" : "建设环保办公室");
      d.proposed_on = RandomDayIn(DayOfYear(20), DayOfYear(150));
      d.catalogue_year = options_.year;
      d.catalogue_item = item.title;
      d.technical = item.technical;
      d.stability_risk = item.risk;
      d.affects_market = item.market;
      d.participation_methods = "座谈会、实地走访、向社会公开征求意见";
      d.comment_from = core::AddDays(d.proposed_on, rng_.Between(5, 15));
      d.comment_to = core::AddDays(*d.comment_from, 30);
      if (i == 1) {  // still in consultation
        d.proposed_on = RandomDayIn(DayOfYear(250), DayOfYear(300));
        d.comment_from = core::AddDays(d.proposed_on, 5);
        d.comment_to = core::AddDays(*d.comment_from, 30);
        out.major_decisions.push_back(std::move(d));
        continue;
      }
      d.comments_received = IntOf(rng_.Between(6, 40));
      d.comments_adoption = fmt::format("收到意见{}条，采纳{}条，未采纳的已说明理由", d.comments_received,
                                        d.comments_received / 2);
      Date next = core::AddDays(*d.comment_to, 3);
      if (d.technical && !(skips_a_step && !d.stability_risk)) {
        d.expert_reviewed_on = next;
        d.expert_summary = "邀请规划、建设、法律方面专家5人论证，认为方案可行";
        next = core::AddDays(next, 5);
      }
      if (d.stability_risk && !skips_a_step) {
        d.risk_assessed_on = next;
        d.risk_level = domain::RiskLevel::kMedium;
        d.risk_report = "识别风险点3个，已制定化解措施和应急预案，风险可控";
        next = core::AddDays(next, 5);
      }
      d.legality_submitted_on = next;
      d.legality_reviewed_on = core::AddDays(next, 12);
      d.legality_reviewer = "镇政府法律顾问";
      d.legality_opinion = "决策主体、权限和程序合法，内容符合法律法规和国家政策";
      next = core::AddDays(*d.legality_reviewed_on, 2);
      if (d.affects_market) {
        d.fair_competition_reviewed_on = next;
        next = core::AddDays(next, 2);
      }
      d.decided_on = core::AddDays(next, 3);
      d.meeting = "镇政府常务会议";
      d.party_reported_on = core::AddDays(*d.decided_on, 2);
      d.executing_unit = d.drafting_unit;
      if (!skips_a_step) {  // the incomplete one is not published either
        d.published_on = core::AddDays(*d.decided_on, 7);
        d.publication_channel = "镇政府门户网站";
      }
      out.major_decisions.push_back(std::move(d));
    }
  }

  static void Doc(domain::PenaltyCase& c, domain::CaseStage stage, domain::EvidenceType type, Date on,
                  std::string title) {
    domain::CaseDocument d;
    d.stage = stage;
    d.evidence_type = type;
    d.recorded_on = on;
    d.title = std::move(title);
    c.documents.push_back(std::move(d));
  }

  void GenerateReceptions(DemoTownship& out) {
    static const std::pair<const char*, const char*> kLeaders[] = {
        {"党委书记", ""}, {"镇长", ""}, {"党委副书记", ""}, {"副镇长", ""}};
    std::vector<std::string> names;
    for (size_t i = 0; i < std::size(kLeaders); ++i) names.push_back(MakePerson().name);
    for (unsigned month = 1; month <= 12; ++month) {
      for (size_t l = 0; l < std::size(kLeaders); ++l) {
        if (l >= 2 && rng_.Chance(50)) continue;
        LeaderReception r;
        r.leader_name = names[l];
        r.leader_title = kLeaders[l].first;
        r.received_on = core::MakeDate(options_.year, month, static_cast<unsigned>(rng_.Between(1, 28)));
        r.location = "镇综治中心接待室";
        r.visitors = IntOf(rng_.Between(0, 6));
        r.matters = IntOf(rng_.Between(0, r.visitors));
        r.notes = r.visitors == 0 ? "当日无群众来访" : "现场答复群众诉求，登记交办";
        out.receptions.push_back(r);
      }
    }
  }

  std::string MakeUscc() {
    static const std::string kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    std::string code = "92" + township_.code.substr(0, 6);  // 个体工商户-style prefix
    if (rng_.Chance(60)) code = "91" + township_.code.substr(0, 6);
    for (int i = 0; i < 9; ++i) code += kAlphabet[static_cast<size_t>(rng_.Between(0, 30))];
    code += domain::UsccCheckChar(code);
    return code;
  }

  const DemoOptions& options_;
  Region township_;
  int index_ = 0;
  DeterministicRandom rng_;
  Date year_start_;
  Date year_end_;
  std::string stem_;
  std::string short_;
  double size_factor_ = 1.0;
};

}  // namespace

core::Result<DemoScale> ParseDemoScale(std::string_view text) {
  if (text == "small") return DemoScale::kSmall;
  if (text == "county") return DemoScale::kCounty;
  if (text == "province") return DemoScale::kProvince;
  return core::Fail(core::InvalidArgument("scale", fmt::format("规模“{}”无效，应为 small、county 或 province", text),
                                          fmt::format("scale \"{}\" is invalid; use small, county or province", text)));
}

std::vector<DemoCountyPlan> PlanDemoRegions(const DemoOptions& options) {
  int total = options.townships;
  if (total <= 0) {
    total = options.scale == DemoScale::kSmall ? 3 : options.scale == DemoScale::kCounty ? 30 : 1000;
  }
  int counties = options.scale == DemoScale::kProvince ? (total + kTownshipsPerCounty - 1) / kTownshipsPerCounty : 1;
  int per_county = options.scale == DemoScale::kProvince ? kTownshipsPerCounty : total;
  std::vector<DemoCountyPlan> plans;
  const auto& stems = demo_words::TownshipStems();
  int made = 0;
  for (int c = 0; c < counties; ++c) {
    DemoCountyPlan plan;
    plan.county.level = RegionLevel::kCounty;
    plan.county.code = fmt::format("5001{:02d}000000", 99 - c);
    plan.county.name = demo_words::CountyNames()[static_cast<size_t>(c) % demo_words::CountyNames().size()];
    // Townships: names drawn without repetition inside a county (stable order per seed).
    core::DeterministicRandom rng(options.seed + static_cast<std::uint64_t>(c) * 31ULL);
    std::vector<std::string> pool = stems;
    for (size_t i = pool.size(); i > 1; --i) std::swap(pool[i - 1], pool[static_cast<size_t>(rng.Between(0, static_cast<std::int64_t>(i) - 1))]);
    for (int t = 0; t < per_county && made < total; ++t, ++made) {
      Region r;
      r.level = RegionLevel::kTownship;
      bool xiang = t % 6 == 5;
      std::string stem = pool[static_cast<size_t>(t) % pool.size()];
      if (t >= static_cast<int>(pool.size())) stem += std::to_string(t / static_cast<int>(pool.size()) + 1);
      r.name = stem + (xiang ? "乡" : "镇");
      r.code = plan.county.code.substr(0, 6) + fmt::format("{:03d}000", (xiang ? 200 : 100) + t);
      plan.townships.push_back(r);
    }
    plans.push_back(std::move(plan));
  }
  return plans;
}

DemoTownship GenerateDemoTownship(const DemoOptions& options, const Region& township, int township_index) {
  return TownshipGenerator(options, township, township_index).Generate();
}

std::int64_t DemoTownship::RecordCount() const {
  std::int64_t n = static_cast<std::int64_t>(villages.size() + departments.size() + committees.size() +
                                             mediators.size() + rounds.size() + disputes.size() +
                                             cases.size() + petitions.size() + receptions.size());
  for (const auto& c : committees) n += static_cast<std::int64_t>(c.members.size());
  for (const auto& c : cases) {
    n += static_cast<std::int64_t>(c.parties.size()) + (c.agreement ? 1 : 0);
  }
  for (const auto& p : petitions) n += p.review ? 1 : 0;
  for (const auto& o : officers) {
    n += 1 + static_cast<std::int64_t>(o.certificates.size() + o.exams.size() + o.trainings.size());
  }
  n += static_cast<std::int64_t>(normative_documents.size() + major_decisions.size() + decision_catalogue.size() +
                                review_catalogue.size() + powers.size());
  for (const auto& c : penalty_cases) {
    n += 1 + static_cast<std::int64_t>(c.parties.size() + c.officers.size() + c.documents.size() +
                                       c.extensions.size() + c.excluded.size());
  }
  return n;
}

std::string MakeIdNumber(std::string_view region6, core::Date birth, int sequence) {
  // Hand-formatted (the demo generator calls this for every person; fmt was a hot spot).
  std::string id(region6);
  id.reserve(18);
  AppendDigits(id, static_cast<int>(birth.year()), 4);
  AppendDigits(id, static_cast<int>(static_cast<unsigned>(birth.month())), 2);
  AppendDigits(id, static_cast<int>(static_cast<unsigned>(birth.day())), 2);
  AppendDigits(id, sequence, 3);
  id += domain::IdCardCheckChar(id);
  return id;
}

}  // namespace fazhi::service
