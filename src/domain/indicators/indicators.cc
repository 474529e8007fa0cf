// domain/indicators/indicators.cc — see indicators.h.
#include "domain/indicators/indicators.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include "domain/indicators/indicator_builders.h"
#include "domain/mediation/mediation_rules_support.h"
#include "domain/petition/petition_rules.h"

namespace fazhi::domain {
namespace {

using indicator_builders::Counter;
using indicator_builders::FigureBuilder;
using indicator_builders::OnOrBefore;
using indicator_builders::PeriodText;

}  // namespace

Period YearPeriod(int year) {
  return Period{core::MakeDate(year, 1, 1), core::MakeDate(year, 12, 31)};
}

std::string Figure::DisplayValue() const {
  if (money) return rules_support::FormatYuan(value);
  return fmt::format("{}", value);
}

// ---- mediation ----

std::vector<Indicator> MediationIndicators(std::span<const MediationCase> cases,
                                           std::span<const ScreenedDispute> disputes,
                                           const Period& period, Date as_of,
                                           const IndicatorSettings& settings) {
  const std::string when = PeriodText(period, as_of);
  std::vector<Indicator> out;

  Counter resolved;
  for (const ScreenedDispute& d : disputes) {
    if (!period.Contains(d.found_on) || !OnOrBefore(d.found_on, as_of)) continue;
    resolved.Denominator(d.id);
    if (d.status == ScreenedDisputeStatus::kResolved && OnOrBefore(d.resolved_on, as_of)) {
      resolved.Numerator(d.id);
    }
  }
  out.push_back(resolved.Build(
      "med_dispute_resolution_rate", "mediation", "矛盾纠纷化解率", "Dispute resolution rate",
      "已化解纠纷件数", "排查纠纷件数",
      fmt::format(
          "统计期间内排查发现的矛盾纠纷中，截至统计日状态为“已化解”（化解日期不晚于统计日）的"
          "件数 ÷ 统计期间内排查发现的矛盾纠纷件数；移交、未化解的不计入分子。{}",
          when)));

  Counter success;
  const bool with_terminated = settings.terminated_in_success_denominator;
  for (const MediationCase& c : cases) {
    if (c.outcome == MediationOutcome::kOpen) continue;
    if (!c.concluded_on || !period.Contains(*c.concluded_on) || *c.concluded_on > as_of) continue;
    if (c.outcome == MediationOutcome::kTerminated && !with_terminated) continue;
    success.Denominator(c.id);
    if (c.outcome == MediationOutcome::kSuccess && c.agreement) success.Numerator(c.id);
  }
  out.push_back(success.Build(
      "med_success_rate", "mediation", "调解成功率", "Mediation success rate", "调解成功件数",
      "调解结案件数",
      fmt::format(
          "统计期间内结案的人民调解案件中，达成调解协议（书面或口头）的件数 ÷ 统计期间内结案"
          "（成功、失败{}）的件数；调解中的案件不计入。{}",
          with_terminated ? "、终止" : "，终止的不计入", when)));

  Counter performed;
  Counter confirmation;
  for (const MediationCase& c : cases) {
    if (c.outcome != MediationOutcome::kSuccess || !c.agreement) continue;
    const MediationAgreement& a = *c.agreement;
    if (!period.Contains(a.effective_on) || a.effective_on > as_of) continue;
    performed.Denominator(c.id);
    if (a.performance == PerformanceStatus::kPerformed &&
        (!a.performed_on || *a.performed_on <= as_of)) {
      performed.Numerator(c.id);
    }
    if (a.form == AgreementForm::kWritten) {
      confirmation.Denominator(c.id);
      if (OnOrBefore(a.confirmation_applied_on, as_of)) confirmation.Numerator(c.id);
    }
  }
  out.push_back(performed.Build(
      "med_performance_rate", "mediation", "调解协议履行率", "Agreement performance rate",
      "已履行完毕的协议数", "达成的调解协议数",
      fmt::format(
          "统计期间内生效的调解协议（书面和口头）中，截至统计日已全部履行的件数 ÷ 统计期间内"
          "生效的调解协议件数；部分履行、未履行、待履行的不计入分子。{}",
          when)));
  out.push_back(confirmation.Build(
      "med_confirmation_application_rate", "mediation", "司法确认申请率",
      "Judicial confirmation application rate", "申请司法确认的协议数", "书面调解协议数",
      fmt::format(
          "统计期间内生效的书面调解协议中，截至统计日已向法院申请司法确认的件数 ÷ 统计期间内"
          "生效的书面调解协议件数；口头协议不计入。{}",
          when)));
  return out;
}

std::vector<Figure> MediationFigures(std::span<const MediationCase> cases,
                                     std::span<const ScreenedDispute> disputes,
                                     std::span<const MediationCommittee> committees,
                                     std::span<const Mediator> mediators, const Period& period,
                                     Date as_of) {
  FigureBuilder accepted("med_cases_accepted", "受理调解案件", "件");
  FigureBuilder by_application("med_cases_by_start_application", "当事人申请调解", "件");
  FigureBuilder by_proactive("med_cases_by_start_proactive", "主动调解", "件");
  FigureBuilder by_referral("med_cases_by_start_referral", "委托移送调解", "件");
  FigureBuilder concluded("med_cases_concluded", "调解结案", "件");
  FigureBuilder succeeded("med_cases_success", "调解成功", "件");
  FigureBuilder failed("med_cases_failed", "调解失败", "件");
  FigureBuilder terminated("med_cases_terminated", "调解终止", "件");
  FigureBuilder open("med_cases_open", "正在调解", "件");
  FigureBuilder written("med_agreements_written", "书面调解协议", "件");
  FigureBuilder oral("med_agreements_oral", "口头调解协议", "件");
  FigureBuilder amount("med_agreement_amount", "协议涉及金额", "元", /*money=*/true);
  FigureBuilder applied("med_confirmations_applied", "申请司法确认", "件");
  FigureBuilder confirmed("med_confirmations_confirmed", "司法确认有效", "件");
  FigureBuilder criminal("med_prevented_criminal", "防止民间纠纷转化为刑事案件", "件");
  FigureBuilder group("med_prevented_group_petition", "防止群体性上访", "件");

  for (const MediationCase& c : cases) {
    if (period.Contains(c.accepted_on) && c.accepted_on <= as_of) {
      accepted.Count(c.id);
      switch (c.start_mode) {
        case MediationStartMode::kApplication:
          by_application.Count(c.id);
          break;
        case MediationStartMode::kProactive:
          by_proactive.Count(c.id);
          break;
        case MediationStartMode::kReferral:
          by_referral.Count(c.id);
          break;
      }
    }
    const bool open_on_as_of =
        OnOrBefore(c.accepted_on, as_of) &&
        (c.outcome == MediationOutcome::kOpen || !c.concluded_on || *c.concluded_on > as_of);
    if (open_on_as_of) open.Count(c.id);
    if (c.outcome != MediationOutcome::kOpen && c.concluded_on &&
        period.Contains(*c.concluded_on) && *c.concluded_on <= as_of) {
      concluded.Count(c.id);
      switch (c.outcome) {
        case MediationOutcome::kSuccess:
          succeeded.Count(c.id);
          break;
        case MediationOutcome::kFailed:
          failed.Count(c.id);
          break;
        case MediationOutcome::kTerminated:
          terminated.Count(c.id);
          break;
        case MediationOutcome::kOpen:
          break;
      }
      if (c.prevented_criminal) criminal.Count(c.id);
      if (c.prevented_group_petition) group.Count(c.id);
    }
    if (c.outcome == MediationOutcome::kSuccess && c.agreement) {
      const MediationAgreement& a = *c.agreement;
      if (period.Contains(a.effective_on) && a.effective_on <= as_of) {
        (a.form == AgreementForm::kWritten ? written : oral).Count(c.id);
        amount.Add(c.id, a.amount_fen);
      }
      if (a.confirmation_applied_on && period.Contains(*a.confirmation_applied_on) &&
          *a.confirmation_applied_on <= as_of) {
        applied.Count(c.id);
      }
      if (a.confirmation_result == ConfirmationResult::kConfirmed && a.confirmation_decided_on &&
          period.Contains(*a.confirmation_decided_on) && *a.confirmation_decided_on <= as_of) {
        confirmed.Count(c.id);
      }
    }
  }

  FigureBuilder screened("med_disputes_screened", "排查矛盾纠纷", "件");
  FigureBuilder resolved("med_disputes_resolved", "化解矛盾纠纷", "件");
  FigureBuilder transferred("med_disputes_transferred", "移交矛盾纠纷", "件");
  FigureBuilder still_open("med_disputes_open", "未化解矛盾纠纷", "件");
  for (const ScreenedDispute& d : disputes) {
    if (!period.Contains(d.found_on) || d.found_on > as_of) continue;
    screened.Count(d.id);
    const bool settled = OnOrBefore(d.resolved_on, as_of);
    if (d.status == ScreenedDisputeStatus::kResolved && settled) {
      resolved.Count(d.id);
    } else if (d.status == ScreenedDisputeStatus::kTransferred && settled) {
      transferred.Count(d.id);
    } else {
      still_open.Count(d.id);
    }
  }

  FigureBuilder committee_count("med_committees", "人民调解委员会", "个");
  for (const MediationCommittee& c : committees) {
    if (c.established_on.ok() && c.established_on <= period.to) committee_count.Count(c.id);
  }
  FigureBuilder mediator_count("med_mediators", "人民调解员", "名");
  for (const Mediator& m : mediators) {
    if (!m.appointed_on.ok() || m.appointed_on > period.to) continue;
    if (m.dismissed_on && *m.dismissed_on < period.to) continue;
    mediator_count.Count(m.id);
  }

  std::vector<Figure> out;
  for (FigureBuilder* f : {&accepted,      &by_application, &by_proactive,
                           &by_referral,   &concluded,      &succeeded,
                           &failed,        &terminated,     &open,
                           &written,       &oral,           &amount,
                           &applied,       &confirmed,      &criminal,
                           &group,         &screened,       &resolved,
                           &transferred,   &still_open,     &committee_count,
                           &mediator_count}) {
    out.push_back(f->Done());
  }
  return out;
}

// ---- petitions ----

std::vector<Indicator> PetitionIndicators(std::span<const Petition> petitions, const Period& period,
                                          Date as_of, const WorkingCalendar& calendar,
                                          const IndicatorSettings& settings) {
  const std::string when = PeriodText(period, as_of);
  Counter closure, on_time, timely, rating, satisfied;
  for (const Petition& p : petitions) {
    const bool handled = p.accepted_on && !IsDiverted(p);
    const bool closed_by_as_of = OnOrBefore(p.closed_on, as_of);
    const bool closed_in_period = closed_by_as_of && period.Contains(*p.closed_on);

    // 办结率.
    if (handled && period.Contains(*p.accepted_on) && *p.accepted_on <= as_of) {
      closure.Denominator(p.id);
      if (closed_by_as_of) closure.Numerator(p.id);
    }

    // 按期办结率.
    if (handled && OnOrBefore(p.accepted_on, as_of)) {
      if (auto due = HandlingDeadline(p, calendar)) {
        const bool due_passed_in_period = period.Contains(due->due) && due->due < as_of;
        if (closed_in_period || due_passed_in_period) {
          on_time.Denominator(p.id);
          if (closed_by_as_of && *p.closed_on <= due->due) on_time.Numerator(p.id);
        }
      }
    }

    // 及时受理率.
    if (period.Contains(p.received_on) && p.received_on <= as_of) {
      std::optional<Date> first;
      for (const std::optional<Date>& act : {p.acknowledged_on, p.accepted_on, p.diverted_on}) {
        if (OnOrBefore(act, as_of) && (!first || *act < *first)) first = act;
      }
      const bool objected = OnOrBefore(p.objected_on, as_of);
      auto ack = AcknowledgementDeadline(p, calendar);
      if (ack) {
        bool in_time = first && *first <= ack->due;
        if (objected) {
          auto objection = ObjectionDeadline(p, calendar);
          if (objection && *p.objected_on <= objection->due) in_time = true;
        }
        const bool acted = first.has_value() || objected;
        const bool still_within = !acted && as_of <= ack->due;
        const bool not_owed = !acted && !PetitionerIdentityClear(p);
        if (!still_within && !not_owed) {
          timely.Denominator(p.id);
          if (in_time) timely.Numerator(p.id);
        }
      }
    }

    // 参评率, 满意率.
    if (!IsDiverted(p) && closed_in_period) {
      rating.Denominator(p.id);
      const bool rated =
          p.satisfaction != Satisfaction::kNone && (!p.rated_on || *p.rated_on <= as_of);
      if (rated) {
        rating.Numerator(p.id);
        satisfied.Denominator(p.id);
        if (p.satisfaction == Satisfaction::kSatisfied ||
            (settings.basic_satisfaction_counts &&
             p.satisfaction == Satisfaction::kBasicallySatisfied)) {
          satisfied.Numerator(p.id);
        }
      }
    }
  }

  std::vector<Indicator> out;
  out.push_back(closure.Build(
      "pet_closure_rate", "petition", "信访事项办结率", "Petition closure rate", "办结件数",
      "受理件数",
      fmt::format(
          "统计期间内受理的信访事项（不含导入诉讼、仲裁、复议等法定途径的）中，截至统计日已办结"
          "（出具信访处理意见书）的件数 ÷ "
          "统计期间内受理的信访事项件数（同样不含导入法定途径的）。{}",
          when)));
  out.push_back(on_time.Build(
      "pet_on_time_closure_rate", "petition", "信访事项按期办结率", "On-time closure rate",
      "按期办结件数", "应办结件数",
      fmt::format(
          "办结日期不晚于办理期限（受理之日起60日，加经负责人批准的延期，最长30日；"
          "不计入期间另行扣除；期满日为节假日的顺延至下一工作日）的件数 ÷ 统计期间内办结的件数，"
          "加上办理期限届满于统计期间内且截至统计日已届满的件数（无论是否办结）；"
          "不含导入法定途径的事项。{}",
          when)));
  out.push_back(timely.Build(
      "pet_timely_acceptance_rate", "petition", "信访事项及时受理率", "Timely acceptance rate",
      "及时受理（告知、转送）件数", "收到的信访事项件数",
      fmt::format(
          "统计期间内收到的信访事项中，自收到之日起15日内书面告知、受理或导入法定途径的件数"
          "（交办事项在5个工作日内提出异议的，也视为及时）÷ 统计期间内收到的件数；截至统计日"
          "尚在15日内且未处理的、以及信访人姓名或住址不清且未处理的（依法无需告知）不计入。{}",
          when)));
  out.push_back(rating.Build(
      "pet_rating_rate", "petition", "信访事项参评率", "Rating participation rate", "参与评价件数",
      "办结件数",
      fmt::format(
          "统计期间内办结的信访事项中，信访人作出满意度评价的件数 ÷ 统计期间内办结的件数。{}",
          when)));
  out.push_back(satisfied.Build(
      "pet_satisfaction_rate", "petition", "参评群众满意率", "Satisfaction rate among raters",
      settings.basic_satisfaction_counts ? "满意和基本满意件数" : "满意件数", "参与评价件数",
      fmt::format("统计期间内办结并参与评价的信访事项中，评价为“满意”{}的件数 ÷ 参与评价的件数。{}",
                  settings.basic_satisfaction_counts ? "或“基本满意”" : "（“基本满意”不计入）",
                  when)));
  return out;
}

std::vector<Figure> PetitionFigures(std::span<const Petition> petitions,
                                    std::span<const LeaderReception> receptions,
                                    const Period& period, Date as_of,
                                    const WorkingCalendar& calendar) {
  FigureBuilder received("pet_received", "收到信访事项", "件");
  std::array<FigureBuilder, 5> by_channel = {
      FigureBuilder("pet_received_online", "网上信访", "件"),
      FigureBuilder("pet_received_letter", "来信", "件"),
      FigureBuilder("pet_received_phone", "来电", "件"),
      FigureBuilder("pet_received_fax", "传真", "件"),
      FigureBuilder("pet_received_visit", "来访", "件"),
  };
  FigureBuilder assigned("pet_received_assigned", "上级交办转送", "件");
  FigureBuilder group_visits("pet_group_visits", "多人来访", "次");
  FigureBuilder group_people("pet_group_visit_people", "多人来访人数", "人次");
  FigureBuilder urgent("pet_urgent", "重大紧急信访事项", "件");
  FigureBuilder accepted("pet_accepted", "受理信访事项", "件");
  FigureBuilder diverted("pet_diverted", "导入法定途径", "件");
  FigureBuilder closed("pet_closed", "办结信访事项", "件");
  FigureBuilder support("pet_closed_support", "处理意见：支持", "件");
  FigureBuilder explain("pet_closed_explain", "处理意见：解释说明", "件");
  FigureBuilder reject("pet_closed_reject", "处理意见：不予支持", "件");
  FigureBuilder extended("pet_extended", "延长办理期限", "件");
  FigureBuilder overdue("pet_overdue_open", "逾期未办结", "件");
  FigureBuilder reviews("pet_reviews", "申请复查", "件");
  FigureBuilder re_reviews("pet_re_reviews", "申请复核", "件");
  FigureBuilder final_("pet_concluded_final", "复核终结", "件");
  FigureBuilder lead_cases("pet_lead_cases", "领导包案", "件");

  auto in = [&](std::optional<Date> d) { return d && period.Contains(*d) && *d <= as_of; };
  for (const Petition& p : petitions) {
    if (in(p.received_on)) {
      received.Count(p.id);
      by_channel[static_cast<std::size_t>(p.channel)].Count(p.id);
      if (p.source == PetitionSource::kAssigned) assigned.Count(p.id);
      if (p.channel == PetitionChannel::kVisit && p.group_size > 1) {
        group_visits.Count(p.id);
        group_people.Add(p.id, p.group_size);
      }
      if (p.urgent) urgent.Count(p.id);
    }
    if (in(p.accepted_on)) accepted.Count(p.id);
    if (IsDiverted(p) && in(p.diverted_on)) diverted.Count(p.id);
    if (!IsDiverted(p) && in(p.closed_on)) {
      closed.Count(p.id);
      switch (p.outcome) {
        case PetitionOutcome::kSupport:
          support.Count(p.id);
          break;
        case PetitionOutcome::kExplain:
          explain.Count(p.id);
          break;
        case PetitionOutcome::kReject:
          reject.Count(p.id);
          break;
        case PetitionOutcome::kNone:
          break;
      }
    }
    if (p.extension && in(p.extension->approved_on)) extended.Count(p.id);
    if (p.accepted_on && !IsDiverted(p) && *p.accepted_on <= as_of &&
        !OnOrBefore(p.closed_on, as_of)) {
      if (auto due = HandlingDeadline(p, calendar); due && due->due < as_of) overdue.Count(p.id);
    }
    if (p.review && in(p.review->requested_on)) reviews.Count(p.id);
    if (p.re_review && in(p.re_review->requested_on)) re_reviews.Count(p.id);
    if (p.re_review && in(p.re_review->replied_on)) final_.Count(p.id);
    if (!rules_support::Blank(p.lead_leader) && in(p.lead_assigned_on)) lead_cases.Count(p.id);
  }

  FigureBuilder leader_receptions("pet_leader_receptions", "领导接访", "次");
  FigureBuilder leader_visitors("pet_leader_reception_visitors", "领导接访群众", "人次");
  for (const LeaderReception& r : receptions) {
    if (!in(r.received_on)) continue;
    leader_receptions.Count(r.id);
    leader_visitors.Add(r.id, r.visitors);
  }

  std::vector<Figure> out;
  out.push_back(received.Done());
  for (FigureBuilder& f : by_channel) out.push_back(f.Done());
  for (FigureBuilder* f :
       {&assigned, &group_visits, &group_people, &urgent, &accepted, &diverted, &closed, &support,
        &explain, &reject, &extended, &overdue, &reviews, &re_reviews, &final_, &leader_receptions,
        &leader_visitors, &lead_cases}) {
    out.push_back(f->Done());
  }
  return out;
}

}  // namespace fazhi::domain
