// domain/alerts/alerts.cc — see alerts.h.
#include "domain/alerts/alerts.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>
#include <utility>

#include "domain/enforcement/officer_rules.h"
#include "domain/enforcement/penalty_rules.h"
#include "domain/mediation/mediation_rules.h"
#include "domain/normative/normative_rules.h"
#include "domain/petition/petition_rules.h"

namespace fazhi::domain {
namespace {

bool Reportable(DeadlineState s) {
  return s == DeadlineState::kDueSoon || s == DeadlineState::kOverdue;
}

// Severity for a deadline state: statutory (soon → warning, overdue → error) or lowered.
Severity SeverityFor(DeadlineState s, bool lowered) {
  if (s == DeadlineState::kOverdue) return lowered ? Severity::kWarning : Severity::kError;
  return lowered ? Severity::kInfo : Severity::kWarning;
}

struct AlertText {
  std::string zh;
  std::string en;
};

Alert Make(std::string code, std::string module, std::string record_type, std::int64_t id,
           std::string ref, const DeadlineResult& deadline, DeadlineState state, Date on,
           bool lowered, AlertText text) {
  Alert a;
  a.code = std::move(code);
  a.module = std::move(module);
  a.severity = SeverityFor(state, lowered);
  a.record_type = std::move(record_type);
  a.record_id = id;
  a.record_ref = std::move(ref);
  a.title_zh = std::move(text.zh);
  a.title_en = std::move(text.en);
  a.due = deadline.due;
  a.days_left = core::DaysBetween(on, deadline.due);
  a.state = state;
  a.basis = deadline.basis;
  a.provisional = deadline.provisional;
  return a;
}

// "还剩3天（2025-10-09到期）" / "已逾期2天（2025-10-09到期）".
AlertText When(const DeadlineResult& d, Date on) {
  const std::int64_t left = core::DaysBetween(on, d.due);
  const std::string due = core::FormatDate(d.due);
  if (left < 0) {
    return {fmt::format("已逾期{}天（{}到期）", -left, due),
            fmt::format("{} days overdue (due {})", -left, due)};
  }
  if (left == 0) return {fmt::format("今天（{}）到期", due), fmt::format("due today ({})", due)};
  return {fmt::format("还剩{}天（{}到期）", left, due),
          fmt::format("{} days left (due {})", left, due)};
}

AlertText Title(std::string_view zh, std::string_view en, const DeadlineResult& d, Date on) {
  AlertText w = When(d, on);
  return {fmt::format("{}：{}", zh, w.zh), fmt::format("{}: {}", en, w.en)};
}

}  // namespace

void SortAlerts(std::vector<Alert>& alerts) {
  std::stable_sort(alerts.begin(), alerts.end(), [](const Alert& a, const Alert& b) {
    const auto ka = std::make_tuple(core::DayNumber(a.due), -static_cast<int>(a.severity),
                                    std::string_view(a.code), a.record_id);
    const auto kb = std::make_tuple(core::DayNumber(b.due), -static_cast<int>(b.severity),
                                    std::string_view(b.code), b.record_id);
    return ka < kb;
  });
}

std::vector<Alert> MediationAlerts(std::span<const MediationCommittee> committees,
                                   std::span<const MediationCase> cases, Date on,
                                   const WorkingCalendar& calendar,
                                   const LedgerSettings& settings) {
  const int soon = settings.alert_soon_days;
  std::vector<Alert> out;
  for (const MediationCase& c : cases) {
    // MED-10.
    if (c.outcome == MediationOutcome::kOpen && !c.parties_agreed_to_continue) {
      if (auto d = MediationTypicalDeadline(c, calendar, settings)) {
        const DeadlineState s = EvaluateDeadline(*d, std::nullopt, on, soon);
        if (Reportable(s)) {
          out.push_back(Make("MED-10", "mediation", "mediation_case", c.id, c.case_no, *d, s, on,
                             true,
                             Title(fmt::format("调解案件{}一般应在{}日内调结", c.case_no,
                                               settings.mediation_typical_limit_days),
                                   fmt::format("Mediation {} should conclude within {} days",
                                               c.case_no, settings.mediation_typical_limit_days),
                                   *d, on)));
        }
      }
    }
    if (c.outcome != MediationOutcome::kSuccess || !c.agreement) continue;
    const MediationAgreement& a = *c.agreement;
    // MED-09.
    if (a.form == AgreementForm::kWritten && !a.confirmation_applied_on) {
      if (auto d = JudicialConfirmationDeadline(c, calendar)) {
        const DeadlineState s = EvaluateDeadline(*d, std::nullopt, on, soon);
        if (s == DeadlineState::kDueSoon) {
          out.push_back(
              Make("MED-09", "mediation", "mediation_case", c.id, c.case_no, *d, s, on, true,
                   Title(fmt::format("调解协议{}的司法确认申请期限即将届满", c.case_no),
                         fmt::format("The judicial confirmation window of {} closes", c.case_no),
                         *d, on)));
        }
      }
    }
    // MED-08.
    if (a.performance != PerformanceStatus::kPerformed && a.performance_due &&
        a.performance_due->ok() &&
        !(a.last_followup_on && *a.last_followup_on >= *a.performance_due)) {
      DeadlineResult d;
      d.rule_code = "MED-08";
      d.rule_name = "调解协议履行期限";
      d.start = a.effective_on;
      d.raw_due = *a.performance_due;
      d.due = *a.performance_due;
      d.basis = LegalBasis{"中华人民共和国人民调解法", "2011-01-01施行", "第31条"};
      const DeadlineState s = EvaluateDeadline(d, std::nullopt, on, soon);
      if (Reportable(s)) {
        const bool past = s == DeadlineState::kOverdue;
        out.push_back(Make(
            "MED-08", "mediation", "mediation_case", c.id, c.case_no, d, s, on, true,
            Title(past ? fmt::format("调解协议{}履行期已过，尚未履行完毕且未回访督促", c.case_no)
                       : fmt::format("调解协议{}约定的履行期限将至", c.case_no),
                  past ? fmt::format("Agreement {} is past its performance date, not fully "
                                     "performed and not followed up",
                                     c.case_no)
                       : fmt::format("Agreement {} is due to be performed", c.case_no),
                  d, on)));
      }
    }
  }

  for (const MediationCommittee& m : committees) {
    if (m.term_end.ok()) {
      DeadlineResult d;
      d.rule_code = "MED-01";
      d.rule_name = "人民调解委员会委员任期";
      d.start = m.term_start;
      d.raw_due = m.term_end;
      d.due = m.term_end;
      d.basis = LegalBasis{"中华人民共和国人民调解法", "2011-01-01施行", "第9条"};
      const DeadlineState s =
          EvaluateDeadline(d, std::nullopt, on, settings.committee_term_alert_days);
      if (Reportable(s)) {
        const bool ended = s == DeadlineState::kOverdue;
        out.push_back(Make("MED-01", "mediation", "mediation_committee", m.id, m.name, d, s, on,
                           false,
                           Title(ended ? fmt::format("{}任期已届满，应当换届", m.name)
                                       : fmt::format("{}任期即将届满，请准备换届", m.name),
                                 ended ? fmt::format("The term of {} has ended: re-elect", m.name)
                                       : fmt::format("The term of {} is ending: prepare the "
                                                     "re-election",
                                                     m.name),
                                 d, on)));
      }
    }
    for (const RuleFinding& f : CheckCommitteeComposition(m, on)) {
      Alert a;
      a.code = f.rule;
      a.module = "mediation";
      a.severity = f.severity;
      a.record_type = "mediation_committee";
      a.record_id = m.id;
      a.record_ref = m.name;
      a.title_zh = fmt::format("{}：{}", m.name, f.message);
      a.title_en = fmt::format("{}: {}", m.name, f.message_en);
      a.due = on;
      a.days_left = 0;
      a.state = DeadlineState::kOverdue;
      a.basis = LegalBasis{"中华人民共和国人民调解法", "2011-01-01施行",
                           f.field == "termEnd" ? "第9条" : "第8条"};
      out.push_back(std::move(a));
    }
  }
  SortAlerts(out);
  return out;
}

std::vector<Alert> PetitionAlerts(std::span<const Petition> petitions, Date on,
                                  const WorkingCalendar& calendar, int soon_days) {
  std::vector<Alert> out;
  for (const Petition& p : petitions) {
    if (p.concluded_final) continue;
    const std::string& ref = p.reg_no;
    // PET-05: the written notice.
    if (AcknowledgementRequired(p) && !p.acknowledged_on && !p.closed_on && !IsDiverted(p)) {
      if (auto d = AcknowledgementDeadline(p, calendar)) {
        const DeadlineState s = EvaluateDeadline(*d, std::nullopt, on, soon_days);
        if (Reportable(s)) {
          out.push_back(Make("PET-05", "petition", "petition", p.id, ref, *d, s, on, false,
                             Title(fmt::format("信访事项{}应在收到之日起15日内书面告知信访人", ref),
                                   fmt::format("Petition {}: written notice within 15 days of "
                                               "receipt",
                                               ref),
                                   *d, on)));
        }
      }
    }
    // PET-05-OBJ: the objection window of an assigned matter.
    if (p.source == PetitionSource::kAssigned && !p.accepted_on && !p.objected_on &&
        !p.acknowledged_on && !IsDiverted(p) && !p.closed_on) {
      if (auto d = ObjectionDeadline(p, calendar)) {
        const DeadlineState s = EvaluateDeadline(*d, std::nullopt, on, soon_days);
        if (s == DeadlineState::kDueSoon) {
          Alert a = Make(
              "PET-05-OBJ", "petition", "petition", p.id, ref, *d, s, on, true,
              Title(fmt::format("交办信访事项{}如不属本机关职责，应在5个工作日内提出异议", ref),
                    fmt::format("Assigned petition {}: object within 5 working days "
                                "if outside the township's remit",
                                ref),
                    *d, on));
          out.push_back(std::move(a));
        }
      }
    }
    // PET-08: handling.
    if (p.accepted_on && !IsDiverted(p) && !p.closed_on) {
      if (auto d = HandlingDeadline(p, calendar)) {
        const DeadlineState s = EvaluateDeadline(*d, std::nullopt, on, soon_days);
        if (Reportable(s)) {
          const bool extended = !d->extensions.empty();
          out.push_back(Make(
              "PET-08", "petition", "petition", p.id, ref, *d, s, on, false,
              Title(fmt::format("信访事项{}办理期限（受理之日起60日{}）", ref,
                                extended ? fmt::format("，已延长{}日", d->extensions[0].amount)
                                         : std::string()),
                    fmt::format("Petition {} handling deadline (60 days from acceptance{})", ref,
                                extended
                                    ? fmt::format(", extended by {} days", d->extensions[0].amount)
                                    : std::string()),
                    *d, on)));
        }
      }
    }
    // PET-10: 复查 reply.
    if (p.review && !p.review->replied_on) {
      if (auto d = ReviewReplyDeadline(p, calendar)) {
        const DeadlineState s = EvaluateDeadline(*d, std::nullopt, on, soon_days);
        if (Reportable(s)) {
          out.push_back(
              Make("PET-10", "petition", "petition", p.id, ref, *d, s, on, true,
                   Title(fmt::format("信访事项{}的复查答复期限", ref),
                         fmt::format("Petition {}: review reply deadline", ref), *d, on)));
        }
      }
    }
    // PET-11: 复核 reply.
    if (p.re_review && !p.re_review->replied_on) {
      if (auto d = ReReviewReplyDeadline(p, calendar)) {
        const DeadlineState s = EvaluateDeadline(*d, std::nullopt, on, soon_days);
        if (Reportable(s)) {
          out.push_back(Make("PET-11", "petition", "petition", p.id, ref, *d, s, on, true,
                             Title(fmt::format("信访事项{}的复核答复期限（听证时间不计入）", ref),
                                   fmt::format("Petition {}: re-review reply deadline (hearing "
                                               "time excluded)",
                                               ref),
                                   *d, on)));
        }
      }
    }
  }
  SortAlerts(out);
  return out;
}

// ---- enforcement officers ----

namespace {

DeadlineResult DateDeadline(std::string code, std::string name, Date start, Date due,
                            LegalBasis basis) {
  DeadlineResult d;
  d.rule_code = std::move(code);
  d.rule_name = std::move(name);
  d.start = start;
  d.raw_due = due;
  d.due = due;
  d.basis = std::move(basis);
  return d;
}

const LegalBasis kCertBasis{"本省行政执法证件管理办法", "按本县设置", "证件有效期与换证"};
const LegalBasis kPenalty42{"中华人民共和国行政处罚法", "2021-07-15施行", "第42条"};
const LegalBasis kTrainingBasis{"提升行政执法质量三年行动计划", "按本县设置", "执法人员年度培训学时"};

}  // namespace

std::vector<Alert> OfficerAlerts(std::span<const EnforcementOfficer> officers, Date on,
                                 const LedgerSettings& settings) {
  std::vector<Alert> out;
  const Date year_end = core::MakeDate(core::YearOf(on), 12, 31);
  for (const EnforcementOfficer& o : officers) {
    if (!InPostOn(o, on)) continue;
    const OfficerCertificate* valid = ValidCertificateOn(o, on);
    if (valid != nullptr) {
      DeadlineResult d = DateDeadline("CERT-03", "行政执法证件有效期", valid->issued_on,
                                      valid->expires_on, kCertBasis);
      const DeadlineState s = EvaluateDeadline(d, std::nullopt, on, settings.cert_expiry_alert_days);
      if (Reportable(s)) {
        out.push_back(Make("CERT-03", "enforcement", "enforcement_officer", o.id, o.name, d, s, on,
                           false,
                           Title(fmt::format("{}的执法证{}即将到期，请及时换证", o.name, valid->number),
                                 fmt::format("{}'s certificate {} expires soon: renew it", o.name,
                                             valid->number),
                                 d, on)));
      }
    } else {
      const OfficerCertificate* last = nullptr;
      for (const OfficerCertificate& c : o.certificates) {
        if (c.issued_on.ok() && c.issued_on <= on && (last == nullptr || c.expires_on > last->expires_on)) {
          last = &c;
        }
      }
      if (last != nullptr && CertificateStatusOn(*last, on) == CertificateStatus::kExpired &&
          last->status == CertificateStatus::kValid) {
        DeadlineResult d = DateDeadline("CERT-03", "行政执法证件有效期", last->issued_on,
                                        last->expires_on, kCertBasis);
        out.push_back(Make("CERT-03", "enforcement", "enforcement_officer", o.id, o.name, d,
                           DeadlineState::kOverdue, on, false,
                           Title(fmt::format("{}的执法证{}已过期，不得从事执法活动", o.name, last->number),
                                 fmt::format("{}'s certificate {} has expired: no enforcement", o.name,
                                             last->number),
                                 d, on)));
      } else {
        DeadlineResult d = DateDeadline("CERT-01", "持证上岗", on, on, kPenalty42);
        const std::string why =
            last == nullptr ? "未取得行政执法证件"
                            : fmt::format("执法证{}{}", last->number,
                                          CertificateStatusLabelZh(CertificateStatusOn(*last, on)));
        Alert a = Make("CERT-01", "enforcement", "enforcement_officer", o.id, o.name, d,
                       DeadlineState::kOverdue, on, false, AlertText{});
        a.title_zh = fmt::format("{}在执法岗位但{}，不得从事执法活动", o.name, why);
        a.title_en = fmt::format("{} is in an enforcement post without a valid certificate", o.name);
        out.push_back(std::move(a));
      }
    }
    const std::int64_t to_year_end = core::DaysBetween(on, year_end);
    if (to_year_end <= settings.cert_training_alert_days) {
      const int hours = TrainingHoursBetween(o, core::MakeDate(core::YearOf(on), 1, 1), on);
      if (hours < settings.cert_training_hours_target) {
        DeadlineResult d = DateDeadline("CERT-05", "执法人员年度培训学时",
                                        core::MakeDate(core::YearOf(on), 1, 1), year_end, kTrainingBasis);
        Alert a = Make("CERT-05", "enforcement", "enforcement_officer", o.id, o.name, d,
                       DeadlineState::kDueSoon, on, true,
                       Title(fmt::format("{}本年度培训{}学时，未达到{}学时", o.name, hours,
                                         settings.cert_training_hours_target),
                             fmt::format("{} has {} training hours this year, below {}", o.name, hours,
                                         settings.cert_training_hours_target),
                             d, on));
        out.push_back(std::move(a));
      }
    }
  }
  SortAlerts(out);
  return out;
}

namespace {

const LegalBasis kPenalty36{"中华人民共和国行政处罚法", "2021-07-15施行", "第36条"};

// The alert for one case deadline when it is reportable on `on`.
void AddCaseDeadline(std::vector<Alert>& out, const PenaltyCase& c, const DeadlineResult& d,
                     std::optional<Date> done_on, Date on, int soon, bool lowered,
                     std::string_view what_zh, std::string_view what_en) {
  const DeadlineState s = EvaluateDeadline(d, done_on, on, soon);
  if (!Reportable(s)) return;
  // "LEP-03-OTHER" (the 20-day variant) alerts as LEP-03.
  out.push_back(Make(d.rule_code.substr(0, 6), "enforcement", "penalty_case", c.id, c.number, d, s, on,
                     lowered,
                     Title(fmt::format("执法案件{}{}", c.number, what_zh),
                           fmt::format("Enforcement case {}: {}", c.number, what_en), d, on)));
}

}  // namespace

std::vector<Alert> PenaltyCaseAlerts(std::span<const PenaltyCase> cases, Date on,
                                     const PenaltyRuleInputs& in) {
  const int soon = in.settings.alert_soon_days;
  std::vector<Alert> out;
  for (const PenaltyCase& c : cases) {
    // A stored case that breaks a rule (imported, or recorded before a setting changed).
    if (auto broken = CheckPenaltyRules(c, in); !broken) {
      const std::string rule = broken.error().message.substr(0, broken.error().message.find("："));
      DeadlineResult d = DateDeadline(rule, "行政执法程序规则", on, on, kPenalty42);
      d.basis.article.clear();
      Alert a = Make(rule, "enforcement", "penalty_case", c.id, c.number, d, DeadlineState::kOverdue,
                     on, false, AlertText{});
      a.title_zh = fmt::format("执法案件{}违反程序规定：{}", c.number, broken.error().message);
      a.title_en = fmt::format("Enforcement case {} breaks a rule: {}", c.number, broken.error().message_en);
      out.push_back(std::move(a));
    }
    auto deadlines = ComputePenaltyDeadlines(c, in.calendar);
    if (!deadlines) continue;
    const bool closed = c.stage == CaseStage::kClosed;
    if (deadlines->decision && !closed) {
      AddCaseDeadline(out, c, *deadlines->decision, c.decided_on, on, soon, false,
                      "应在立案之日起九十日内作出处理决定", "decide within 90 days of filing");
    }
    if (deadlines->service && !closed) {
      AddCaseDeadline(out, c, *deadlines->service, c.served_on, on, soon, false,
                      "的决定书应在七个工作日内送达", "serve the decision within 7 working days");
    }
    if (deadlines->publication) {
      AddCaseDeadline(out, c, *deadlines->publication, c.published_on, on, soon, false,
                      "的执法决定应按时公示", "publish the decision in time");
    }
    if (deadlines->payment_due && !c.executed_on && !closed) {
      DeadlineResult d = DateDeadline("PEN-16", "缴纳罚款期限", c.served_on.value_or(on),
                                      *deadlines->payment_due,
                                      {"中华人民共和国行政处罚法", "2021-07-15施行", "第67条"});
      AddCaseDeadline(out, c, d, std::nullopt, on, soon, true, "的罚款尚未缴纳",
                      "the fine has not been paid");
    }
    if (deadlines->limitation_ends && !c.decided_on && !closed) {
      DeadlineResult d = DateDeadline("PEN-20", "行政处罚追责时效", *c.act_on, *deadlines->limitation_ends,
                                      kPenalty36);
      AddCaseDeadline(out, c, d, std::nullopt, on, in.settings.penalty_limitation_alert_days, false,
                      "的违法行为追责时效即将届满", "the limitation period of the act ends soon");
    }
  }
  return out;
}

std::vector<Alert> NormativeAlerts(std::span<const NormativeDocument> docs, Date on,
                                   const WorkingCalendar& calendar, const LedgerSettings& settings) {
  const int soon = settings.alert_soon_days;
  std::vector<Alert> out;
  auto add = [&](const NormativeDocument& d, const DeadlineResult& deadline, std::optional<Date> done,
                 std::string_view what_zh, std::string_view what_en) {
    const DeadlineState s = EvaluateDeadline(deadline, done, on, soon);
    if (!Reportable(s)) return;
    out.push_back(Make(deadline.rule_code, "normative", "normative_document", d.id, d.title, deadline, s, on, false,
                       Title(fmt::format("规范性文件《{}》{}", d.title, what_zh),
                             fmt::format("Normative document \"{}\": {}", d.title, what_en), deadline, on)));
  };
  for (const NormativeDocument& d : docs) {
    auto deadlines = ComputeNormDeadlines(d, calendar, settings);
    if (!deadlines) continue;
    if (deadlines->review) add(d, *deadlines->review, d.reviewed_on, "应按期完成合法性审核", "finish the legality review");
    if (deadlines->publication) add(d, *deadlines->publication, d.published_on, "应在签发后20个工作日内公开", "publish it");
    if (deadlines->filing) add(d, *deadlines->filing, d.filed_on, "应按期报县人民政府备案", "file it with the county");
    if (d.returned_on && !d.corrected_on) {
      DeadlineResult r = DateDeadline("NORM-05", "规范性文件备案审查", *d.returned_on, *d.returned_on,
                                      {"行政规范性文件管理办法", "按本省规定", "备案审查"});
      Alert a = Make("NORM-05", "normative", "normative_document", d.id, d.title, r, DeadlineState::kOverdue, on, true,
                     AlertText{});
      a.title_zh = fmt::format("规范性文件《{}》被县司法局退回（{}），请纠正后重新报送", d.title, d.return_reason);
      a.title_en = fmt::format("Normative document \"{}\" was returned by the county: correct and file again", d.title);
      out.push_back(std::move(a));
    }
    if (d.valid_until && d.standing == NormStanding::kInForce && deadlines->evaluation_from &&
        on >= *deadlines->evaluation_from) {
      DeadlineResult v = DateDeadline("NORM-06", "规范性文件有效期", d.effective_on.value_or(*d.valid_until),
                                      *d.valid_until, {"行政规范性文件管理办法", "按本省规定", "有效期"});
      const DeadlineState s = on > *d.valid_until ? DeadlineState::kOverdue : DeadlineState::kDueSoon;
      out.push_back(Make("NORM-06", "normative", "normative_document", d.id, d.title, v, s, on, false,
                         Title(fmt::format("规范性文件《{}》有效期届满，请评估后修改、废止或重新发布", d.title),
                               fmt::format("Normative document \"{}\" reaches the end of its validity", d.title), v, on)));
    }
  }
  return out;
}

}  // namespace fazhi::domain
