// domain/mediation/mediation_rules.cc — see mediation_rules.h.
#include "domain/mediation/mediation_rules.h"

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <utility>

#include "domain/calendar/statutory_rules.h"
#include "domain/mediation/mediation_rules_support.h"
#include "domain/validation/idcard.h"

namespace fazhi::domain {
namespace {

using rules_support::Bad;
using rules_support::Blank;
using rules_support::CheckDateWithin;
using rules_support::CheckPhoneField;
using rules_support::CheckUsccField;
using rules_support::Finding;
using rules_support::Has;
using rules_support::RequirePastDate;
using rules_support::RequireText;
using rules_support::WithContext;

constexpr std::string_view kHan = "汉族";

bool IsMinority(const std::string& ethnicity) {
  std::string_view e = TrimText(ethnicity);
  return !e.empty() && e != kHan && e != "汉";
}

bool ServesOn(const CommitteeMember& m, Date on) {
  if (Has(m.term_start) && m.term_start > on) return false;
  if (Has(m.term_end) && m.term_end < on) return false;
  return true;
}

core::Status CheckCategory(const std::string& category, std::string_view field) {
  if (Blank(category)) {
    return Bad(std::string(field), "请选择纠纷类别", "The dispute category (category) is required");
  }
  if (FindDisputeCategory(category) == nullptr) {
    return Bad(std::string(field), fmt::format("纠纷类别“{}”不在纠纷类别表中", category),
               fmt::format("Dispute category \"{}\" is not in the category table", category));
  }
  return core::Ok();
}

core::Status ValidateParty(const MediationParty& party, std::size_t index, Date today) {
  return rules_support::ValidatePartyIdentity(party.kind, party.name, party.id_number, party.uscc,
                                              party.phone, fmt::format("parties[{}].", index),
                                              fmt::format("第{}个当事人", index + 1),
                                              fmt::format("Party {}", index + 1), today);
}

core::Status ValidateAgreement(const MediationAgreement& a, const MediationCase& c, Date today) {
  RETURN_IF_ERROR(CheckDateWithin(a.effective_on, "agreement.effectiveOn", "协议生效日期",
                                  "The agreement's effective date (agreement.effectiveOn)",
                                  c.accepted_on, "受理日期", "the acceptance date", today));
  if (Blank(a.terms)) {
    if (a.form == AgreementForm::kWritten) {
      return Bad("agreement.terms", "书面调解协议须载明协议内容（履行方式、期限）",
                 "A written agreement must state its terms, with how and when they are "
                 "performed (agreement.terms)");
    }
    return Bad("agreement.terms", "口头调解协议须由调解员记录协议内容",
               "For an oral agreement the mediator must record its content (agreement.terms)");
  }
  if (a.amount_fen < 0) {
    return Bad("agreement.amountFen", "协议涉及金额不能为负数",
               "The agreement amount (agreement.amountFen) must not be negative");
  }
  if (a.performance_due && *a.performance_due < a.effective_on) {
    return Bad("agreement.performanceDue", "约定履行期限不能早于协议生效日期",
               "The performance due date (agreement.performanceDue) must not be before the "
               "effective date");
  }
  if (a.performance == PerformanceStatus::kPerformed) {
    if (!a.performed_on) {
      return Bad("agreement.performedOn", "协议已履行的，请填写履行日期",
                 "The performance date (agreement.performedOn) is required when performed");
    }
    RETURN_IF_ERROR(CheckDateWithin(*a.performed_on, "agreement.performedOn", "履行日期",
                                    "The performance date (agreement.performedOn)", a.effective_on,
                                    "协议生效日期", "the effective date", today));
  } else if (a.performed_on) {
    return Bad("agreement.performedOn", "协议未履行完毕，不应填写履行日期",
               "The agreement is not fully performed: remove the performance date "
               "(agreement.performedOn)");
  }
  if (a.last_followup_on) {
    RETURN_IF_ERROR(CheckDateWithin(*a.last_followup_on, "agreement.lastFollowupOn", "回访日期",
                                    "The follow-up date (agreement.lastFollowupOn)", a.effective_on,
                                    "协议生效日期", "the effective date", today));
  }
  // MED-09: 司法确认.
  const bool applied = a.confirmation_applied_on.has_value();
  if (applied && a.form == AgreementForm::kOral) {
    return Bad("agreement.confirmationAppliedOn", "口头协议不能申请司法确认，须制作书面调解协议书",
               "An oral agreement cannot be submitted for judicial confirmation "
               "(agreement.confirmationAppliedOn)");
  }
  if (applied) {
    RETURN_IF_ERROR(CheckDateWithin(*a.confirmation_applied_on, "agreement.confirmationAppliedOn",
                                    "司法确认申请日期",
                                    "The judicial confirmation application date "
                                    "(agreement.confirmationAppliedOn)",
                                    a.effective_on, "协议生效日期", "the effective date", today));
    if (Blank(a.confirmation_court)) {
      return Bad("agreement.confirmationCourt", "已申请司法确认的，请填写受理法院",
                 "The court (agreement.confirmationCourt) is required once confirmation was "
                 "applied for");
    }
    if (a.confirmation_result == ConfirmationResult::kNone) {
      return Bad("agreement.confirmationResult",
                 "已申请司法确认的，确认结果应为审查中、已确认或驳回",
                 "Confirmation was applied for: its result (agreement.confirmationResult) must "
                 "be pending, confirmed or rejected");
    }
  } else if (a.confirmation_result != ConfirmationResult::kNone) {
    return Bad("agreement.confirmationAppliedOn", "有司法确认结果的，请填写申请日期",
               "A confirmation result needs the application date "
               "(agreement.confirmationAppliedOn)");
  }
  const bool decided = a.confirmation_result == ConfirmationResult::kConfirmed ||
                       a.confirmation_result == ConfirmationResult::kRejected;
  if (decided) {
    if (!a.confirmation_decided_on) {
      return Bad("agreement.confirmationDecidedOn", "法院已作出确认或驳回的，请填写裁定日期",
                 "The decision date (agreement.confirmationDecidedOn) is required once the "
                 "court decided");
    }
    RETURN_IF_ERROR(
        CheckDateWithin(*a.confirmation_decided_on, "agreement.confirmationDecidedOn",
                        "司法确认裁定日期", "The decision date (agreement.confirmationDecidedOn)",
                        *a.confirmation_applied_on, "申请日期", "the application date", today));
  } else if (a.confirmation_decided_on) {
    return Bad("agreement.confirmationDecidedOn", "法院尚未作出裁定，不应填写裁定日期",
               "No decision yet: remove the decision date (agreement.confirmationDecidedOn)");
  }
  return core::Ok();
}

}  // namespace

// ---- committees ----

core::Status ValidateCommittee(const MediationCommittee& c, Date today) {
  RETURN_IF_ERROR(RequireText(c.name, "name", "调委会名称", "The committee name (name)"));
  if (c.level == CommitteeLevel::kVillage && !c.village_id) {
    return Bad("villageId", "村（居）调委会须选择所属村（社区）",
               "A village committee must name its village (villageId)");
  }
  if (c.level == CommitteeLevel::kTownship && c.village_id) {
    return Bad("villageId", "乡镇（街道）调委会不应选择村（社区）",
               "A township committee has no village (villageId)");
  }
  RETURN_IF_ERROR(RequirePastDate(c.established_on, "establishedOn", "成立日期",
                                  "The establishment date (establishedOn)", today));
  if (!Has(c.term_start)) {
    return Bad("termStart", "请填写本届任期开始日期", "The term start (termStart) is required");
  }
  if (!Has(c.term_end)) {
    return Bad("termEnd", "请填写本届任期届满日期", "The term end (termEnd) is required");
  }
  if (c.term_end <= c.term_start) {
    return Bad("termEnd", "任期届满日期应晚于任期开始日期",
               "The term end (termEnd) must be after the term start");
  }
  for (std::size_t i = 0; i < c.members.size(); ++i) {
    const CommitteeMember& m = c.members[i];
    const std::string prefix = fmt::format("members[{}].", i);
    if (Blank(m.name)) {
      return Bad(prefix + "name", fmt::format("第{}名委员：请填写姓名", i + 1),
                 fmt::format("Member {}: the name (name) is required", i + 1));
    }
    if (Blank(m.ethnicity)) {
      return Bad(prefix + "ethnicity", fmt::format("委员{}：请填写民族", m.name),
                 fmt::format("Member {}: the ethnicity (ethnicity) is required", i + 1));
    }
    if (Has(m.term_start) && Has(m.term_end) && m.term_end < m.term_start) {
      return Bad(
          prefix + "termEnd", fmt::format("委员{}：任期届满日期不能早于开始日期", m.name),
          fmt::format("Member {}: the term end (termEnd) must not be before its start", i + 1));
    }
  }
  return core::Ok();
}

std::vector<RuleFinding> CheckCommitteeComposition(const MediationCommittee& c, Date on) {
  std::vector<RuleFinding> out;
  int serving = 0, chairs = 0, women = 0, unknown_gender = 0, minority = 0, blank_ethnicity = 0;
  for (const CommitteeMember& m : c.members) {
    if (!ServesOn(m, on)) continue;
    ++serving;
    if (m.role == CommitteeRole::kChair) ++chairs;
    if (m.gender == Gender::kFemale) ++women;
    if (m.gender == Gender::kUnknown) ++unknown_gender;
    if (IsMinority(m.ethnicity)) ++minority;
    if (Blank(m.ethnicity)) ++blank_ethnicity;
  }
  const std::string basis8 = "《人民调解法》第8条";
  if (serving < 3 || serving > 9) {
    out.push_back(Finding(
        "MED-01", Severity::kError, "members",
        fmt::format("调委会现有委员{}人，应为3至9人", serving),
        fmt::format("The committee has {} serving members; it must have 3 to 9", serving), basis8));
  }
  if (chairs == 0) {
    out.push_back(Finding("MED-01", Severity::kError, "members", "调委会未设主任，应设主任一人",
                          "The committee has no chair; it must have exactly one", basis8));
  } else if (chairs > 1) {
    out.push_back(Finding(
        "MED-01", Severity::kError, "members",
        fmt::format("调委会设有{}名主任，应设主任一人", chairs),
        fmt::format("The committee has {} chairs; it must have exactly one", chairs), basis8));
  }
  if (women == 0 && serving > 0) {
    if (unknown_gender > 0) {
      out.push_back(
          Finding("MED-01", Severity::kWarning, "members",
                  fmt::format("有{}名委员性别未填写，无法确认调委会有妇女成员", unknown_gender),
                  fmt::format("{} members have no gender recorded: cannot confirm the "
                              "committee has a woman member",
                              unknown_gender),
                  basis8));
    } else {
      out.push_back(Finding("MED-01", Severity::kError, "members", "调委会应当有妇女成员",
                            "The committee must have a woman member", basis8));
    }
  } else if (serving == 0) {
    out.push_back(Finding("MED-01", Severity::kError, "members", "调委会应当有妇女成员",
                          "The committee must have a woman member", basis8));
  }
  if (c.multi_ethnic_area && minority == 0) {
    if (blank_ethnicity > 0) {
      out.push_back(
          Finding("MED-01", Severity::kWarning, "members",
                  fmt::format("有{}名委员民族未填写，无法确认多民族居住地区调委会有人数较少"
                              "民族的成员",
                              blank_ethnicity),
                  fmt::format("{} members have no ethnicity recorded: cannot confirm the "
                              "committee of a multi-ethnic area has a member of a "
                              "smaller ethnic group",
                              blank_ethnicity),
                  basis8));
    } else {
      out.push_back(Finding("MED-01", Severity::kError, "members",
                            "多民族居住地区的调委会应当有人数较少民族的成员",
                            "A committee in a multi-ethnic area must have a member of a smaller "
                            "ethnic group",
                            basis8));
    }
  }
  if (Has(c.term_start) && Has(c.term_end)) {
    const Date limit = core::AddMonthsClamped(c.term_start, 36);
    if (c.term_end > limit) {
      out.push_back(
          Finding("MED-01", Severity::kError, "termEnd",
                  fmt::format("调委会每届任期三年，本届任期{}至{}超过三年",
                              core::FormatDate(c.term_start), core::FormatDate(c.term_end)),
                  fmt::format("A committee term is three years; {} to {} is longer",
                              core::FormatDate(c.term_start), core::FormatDate(c.term_end)),
                  "《人民调解法》第9条"));
    }
  }
  return out;
}

std::vector<RuleFinding> CheckCommitteeRoster(const MediationCommittee& c, Date on) {
  std::vector<RuleFinding> out = CheckCommitteeComposition(c, on);
  if (Has(c.term_end) && c.term_end < on) {
    out.push_back(
        Finding("MED-01", Severity::kError, "termEnd",
                fmt::format("调委会本届任期已于{}届满，应当换届", core::FormatDate(c.term_end)),
                fmt::format("The committee's term ended on {}: it must be re-elected",
                            core::FormatDate(c.term_end)),
                "《人民调解法》第9条"));
  }
  return out;
}

// ---- mediators ----

core::Status ValidateMediator(const Mediator& m, Date today) {
  RETURN_IF_ERROR(RequireText(m.name, "name", "调解员姓名", "The mediator's name (name)"));
  if (!Blank(m.id_number)) {
    ASSIGN_OR_RETURN(IdCardInfo info, ValidateIdCard(m.id_number, today, "idNumber"));
    if (Has(m.appointed_on) && AgeOn(info.birth_date, m.appointed_on) < 18) {
      return Bad("idNumber", "人民调解员应当由成年公民担任：按身份证号，聘任时未满18周岁",
                 "A mediator must be an adult (人民调解法 第14条): by the ID number (idNumber) "
                 "the person was under 18 when appointed");
    }
  }
  if (!Blank(m.phone)) RETURN_IF_ERROR(CheckPhoneField(m.phone, "phone"));
  RETURN_IF_ERROR(RequirePastDate(m.appointed_on, "appointedOn", "聘任（选任）日期",
                                  "The appointment date (appointedOn)", today));
  if (m.dismissed_on) {
    RETURN_IF_ERROR(CheckDateWithin(*m.dismissed_on, "dismissedOn", "解聘日期",
                                    "The dismissal date (dismissedOn)", m.appointed_on, "聘任日期",
                                    "the appointment date", today));
  }
  if (m.training_hours < 0) {
    return Bad("trainingHours", "培训学时不能为负数",
               "The training hours (trainingHours) must not be negative");
  }
  return core::Ok();
}

core::Status ValidateScreeningRound(const ScreeningRound& r, Date today) {
  RETURN_IF_ERROR(RequirePastDate(r.held_on, "heldOn", "排查日期", "The screening date (heldOn)", today));
  RETURN_IF_ERROR(RequireText(r.organiser, "organiser", "组织单位", "The organiser (organiser)"));
  RETURN_IF_ERROR(RequireText(r.scope, "scope", "排查范围", "The scope (scope)"));
  return core::Ok();
}

// ---- screened disputes ----

core::Status ValidateScreenedDispute(const ScreenedDispute& d, Date today) {
  RETURN_IF_ERROR(
      RequirePastDate(d.found_on, "foundOn", "排查发现日期", "The date found (foundOn)", today));
  RETURN_IF_ERROR(CheckCategory(d.category, "category"));
  RETURN_IF_ERROR(RequireText(d.summary, "summary", "纠纷简要情况", "The summary (summary)"));
  if (d.parties_count < 2) {
    return Bad("partiesCount", "纠纷当事人（方）数应不少于2",
               "A dispute has at least two parties (partiesCount)");
  }
  switch (d.status) {
    case ScreenedDisputeStatus::kOpen:
      if (d.route) {
        return Bad("route", "未化解的纠纷不应填写化解途径",
                   "An open dispute has no resolution route (route)");
      }
      if (d.resolved_on) {
        return Bad("resolvedOn", "未化解的纠纷不应填写化解（移交）日期",
                   "An open dispute has no resolution or transfer date (resolvedOn)");
      }
      if (!Blank(d.transferred_to)) {
        return Bad("transferredTo", "未化解的纠纷不应填写移交单位",
                   "An open dispute has not been transferred (transferredTo)");
      }
      break;
    case ScreenedDisputeStatus::kResolved:
      if (!d.route) {
        return Bad("route", "已化解的纠纷请选择化解途径（调解、其他途径或自行和解）",
                   "A resolved dispute needs its resolution route (route)");
      }
      if (!d.resolved_on) {
        return Bad("resolvedOn", "已化解的纠纷请填写化解日期",
                   "A resolved dispute needs its resolution date (resolvedOn)");
      }
      RETURN_IF_ERROR(CheckDateWithin(*d.resolved_on, "resolvedOn", "化解日期",
                                      "The resolution date (resolvedOn)", d.found_on,
                                      "排查发现日期", "the date found", today));
      if (!Blank(d.transferred_to)) {
        return Bad("transferredTo", "已化解的纠纷不应填写移交单位",
                   "A resolved dispute was not transferred (transferredTo)");
      }
      if (d.mediation_case_id && *d.route != ResolutionRoute::kMediation) {
        return Bad("mediationCaseId", "关联调解案件的纠纷，化解途径应为调解",
                   "A dispute linked to a mediation case (mediationCaseId) must have the route "
                   "\"mediation\"");
      }
      break;
    case ScreenedDisputeStatus::kTransferred:
      if (Blank(d.transferred_to)) {
        return Bad("transferredTo", "已移交的纠纷请填写接收单位",
                   "A transferred dispute needs the receiving body (transferredTo)");
      }
      if (!d.resolved_on) {
        return Bad("resolvedOn", "已移交的纠纷请填写移交日期",
                   "A transferred dispute needs the transfer date (resolvedOn)");
      }
      RETURN_IF_ERROR(CheckDateWithin(*d.resolved_on, "resolvedOn", "移交日期",
                                      "The transfer date (resolvedOn)", d.found_on, "排查发现日期",
                                      "the date found", today));
      if (d.route) {
        return Bad("route", "已移交的纠纷不应填写化解途径",
                   "A transferred dispute has no resolution route (route)");
      }
      if (d.mediation_case_id) {
        return Bad("mediationCaseId", "已移交的纠纷不应关联本地调解案件",
                   "A transferred dispute is not linked to a local mediation case "
                   "(mediationCaseId)");
      }
      break;
  }
  return core::Ok();
}

// ---- mediation cases ----

core::Status ValidateMediationCase(const MediationCase& c, Date today) {
  RETURN_IF_ERROR(RequireText(c.case_no, "caseNo", "案件编号", "The case number (caseNo)"));
  RETURN_IF_ERROR(CheckCategory(c.category, "category"));
  RETURN_IF_ERROR(RequirePastDate(c.accepted_on, "acceptedOn", "受理日期",
                                  "The acceptance date (acceptedOn)", today));
  RETURN_IF_ERROR(
      RequireText(c.summary, "summary", "纠纷事实和争议焦点", "The facts and issues (summary)"));
  if (c.start_mode == MediationStartMode::kReferral && Blank(c.referred_by)) {
    return Bad("referredBy", "委托移送的案件请填写移送单位（法院、公安派出所等）",
               "A referred case needs the referring body (referredBy)");
  }
  if (c.amount_fen < 0) {
    return Bad("amountFen", "纠纷涉及金额不能为负数",
               "The amount involved (amountFen) must not be negative");
  }
  if (c.parties.size() < 2) {
    return Bad("parties", "调解案件至少应有两方当事人",
               "A mediation case needs at least two parties (parties)");
  }
  for (std::size_t i = 0; i < c.parties.size(); ++i) {
    RETURN_IF_ERROR(ValidateParty(c.parties[i], i, today));
  }
  if (c.outcome == MediationOutcome::kOpen) {
    if (c.concluded_on) {
      return Bad("concludedOn", "调解中的案件不应填写结案日期",
                 "An open case has no conclusion date (concludedOn)");
    }
    if (c.agreement) {
      return Bad("agreement", "调解中的案件不应有调解协议；达成协议的请将结果改为“成功”",
                 "An open case has no agreement (agreement); set the outcome to success");
    }
    return core::Ok();
  }
  if (!c.concluded_on) {
    return Bad("concludedOn", "已结案（成功、失败或终止）的案件请填写结案日期",
               "A concluded case needs its conclusion date (concludedOn)");
  }
  RETURN_IF_ERROR(CheckDateWithin(*c.concluded_on, "concludedOn", "结案日期",
                                  "The conclusion date (concludedOn)", c.accepted_on, "受理日期",
                                  "the acceptance date", today));
  if ((c.outcome == MediationOutcome::kFailed || c.outcome == MediationOutcome::kTerminated) &&
      Blank(c.termination_reason)) {
    return Bad("terminationReason",
               "调解失败或终止的，请填写原因及告知当事人其他救济途径的情况（人民调解法第26条）",
               "A failed or terminated mediation needs the reason and the remedies the parties "
               "were told of (terminationReason)");
  }
  if (c.outcome == MediationOutcome::kSuccess) {
    if (!c.agreement) {
      return Bad("agreement", "调解成功的案件须录入调解协议（书面或口头）",
                 "A successful mediation needs its agreement, written or oral (agreement)");
    }
    return ValidateAgreement(*c.agreement, c, today);
  }
  if (c.agreement) {
    return Bad("agreement", "调解未成功的案件不应有调解协议",
               "Only a successful mediation has an agreement (agreement)");
  }
  return core::Ok();
}

std::vector<RuleFinding> MediationWarnings(const MediationCase& c, Date today,
                                           const WorkingCalendar& calendar,
                                           const LedgerSettings& settings) {
  std::vector<RuleFinding> out;
  bool provisional = false;
  // MED-10: typical limit.
  if (Has(c.accepted_on)) {
    auto limit = MediationTypicalDeadline(c, calendar, settings);
    if (limit) {
      provisional = provisional || limit->provisional;
      const Date until = c.concluded_on ? *c.concluded_on : today;
      if (until > limit->due) {
        const std::string basis = limit->basis.Display();
        if (c.parties_agreed_to_continue) {
          out.push_back(Finding(
              "MED-10", Severity::kInfo, "partiesAgreedToContinue",
              fmt::format("调解超过一般期限（{}日，至{}），当事人已同意继续调解",
                          settings.mediation_typical_limit_days, core::FormatDate(limit->due)),
              fmt::format("The mediation ran past the typical limit ({} days, {}); the parties "
                          "agreed to continue",
                          settings.mediation_typical_limit_days, core::FormatDate(limit->due)),
              basis));
        } else {
          out.push_back(Finding(
              "MED-10", Severity::kWarning, "concludedOn",
              fmt::format("调解超过一般期限（{}日，应于{}前调结），且未记录当事人同意继续调解",
                          settings.mediation_typical_limit_days, core::FormatDate(limit->due)),
              fmt::format("The mediation ran past the typical limit ({} days, due {}) without "
                          "the parties' recorded consent to continue",
                          settings.mediation_typical_limit_days, core::FormatDate(limit->due)),
              basis));
        }
      }
    }
  }
  if (!c.mediator_id) {
    out.push_back(Finding("MED-06", Severity::kInfo, "mediatorId", "未指定调解员",
                          "No mediator is recorded (mediatorId)", "《人民调解法》第19条"));
  }
  if (c.outcome == MediationOutcome::kSuccess && c.agreement) {
    const MediationAgreement& a = *c.agreement;
    // MED-09: application after the window.
    if (a.form == AgreementForm::kWritten && a.confirmation_applied_on) {
      auto window = JudicialConfirmationDeadline(c, calendar);
      if (window) {
        provisional = provisional || window->provisional;
        if (*a.confirmation_applied_on > window->due) {
          out.push_back(
              Finding("MED-09", Severity::kWarning, "agreement.confirmationAppliedOn",
                      fmt::format("司法确认申请（{}）晚于协议生效后30日（{}），法院可能不予受理",
                                  core::FormatDate(*a.confirmation_applied_on),
                                  core::FormatDate(window->due)),
                      fmt::format("Judicial confirmation was applied for on {}, after the 30-day "
                                  "window ({}); the court may refuse it",
                                  core::FormatDate(*a.confirmation_applied_on),
                                  core::FormatDate(window->due)),
                      window->basis.Display()));
        }
      }
    }
    // MED-07: a large oral agreement.
    if (a.form == AgreementForm::kOral && settings.oral_agreement_warn_amount_fen > 0 &&
        a.amount_fen >= settings.oral_agreement_warn_amount_fen) {
      out.push_back(Finding(
          "MED-07", Severity::kWarning, "agreement.form",
          fmt::format("口头协议涉及金额{}元，建议制作书面调解协议书（便于履行和申请司法确认）",
                      rules_support::FormatYuan(a.amount_fen)),
          fmt::format("An oral agreement of {} yuan: a written agreement is advised (it can be "
                      "enforced and judicially confirmed)",
                      rules_support::FormatYuan(a.amount_fen)),
          "《人民调解法》第28条"));
    }
    // MED-08: performance.
    const bool unperformed = a.performance != PerformanceStatus::kPerformed;
    if (unperformed && a.performance_due && *a.performance_due < today &&
        (!a.last_followup_on || *a.last_followup_on < *a.performance_due)) {
      out.push_back(Finding(
          "MED-08", Severity::kWarning, "agreement.lastFollowupOn",
          fmt::format("协议约定{}前履行，至今未履行完毕且期满后未回访督促",
                      core::FormatDate(*a.performance_due)),
          fmt::format("The agreement was due to be performed by {}; it is not fully performed "
                      "and nobody followed up after the due date",
                      core::FormatDate(*a.performance_due)),
          "《人民调解法》第31条"));
    }
    if (!unperformed && !a.last_followup_on) {
      out.push_back(Finding("MED-08", Severity::kInfo, "agreement.lastFollowupOn",
                            "协议已履行，尚未记录回访",
                            "Performed, but no follow-up visit recorded", "《人民调解法》第31条"));
    }
  }
  if (provisional) {
    out.push_back(
        Finding("CAL-09", Severity::kInfo, "", "期限计算涉及尚未录入节假日安排的年份，结果为暂定",
                "A deadline reaches a year without a holiday table: it is provisional", ""));
  }
  return out;
}

core::Status CheckOutcomeTransition(MediationOutcome from, MediationOutcome to, bool reopen) {
  if (from == to) return core::Ok();
  if (from == MediationOutcome::kOpen) return core::Ok();
  if (to == MediationOutcome::kOpen) {
    if (reopen) return core::Ok();
    return core::Fail(core::FailedPrecondition(
        fmt::format("案件已结案（{}），须经“重新开启”才能恢复为调解中",
                    MediationOutcomeLabelZh(from)),
        fmt::format("The case is concluded ({}); reopen it explicitly to set it back to open",
                    MediationOutcomeCode(from))));
  }
  return core::Fail(core::FailedPrecondition(
      fmt::format("案件已结案（{}），不能直接改为“{}”；如确需更正，请先重新开启",
                  MediationOutcomeLabelZh(from), MediationOutcomeLabelZh(to)),
      fmt::format("The case is concluded ({}) and cannot change to {}; reopen it first",
                  MediationOutcomeCode(from), MediationOutcomeCode(to))));
}

core::Result<DeadlineResult> MediationTypicalDeadline(const MediationCase& c,
                                                      const WorkingCalendar& calendar,
                                                      const LedgerSettings& settings) {
  if (!Has(c.accepted_on)) {
    return core::Fail(core::FailedPrecondition("案件尚未受理，无法计算调解期限",
                                               "The case has no acceptance date yet"));
  }
  DeadlineRule rule = MediationTypicalLimitRule();
  rule.amount = settings.mediation_typical_limit_days;
  return ComputeDeadline(calendar, c.accepted_on, rule);
}

core::Result<DeadlineResult> JudicialConfirmationDeadline(const MediationCase& c,
                                                          const WorkingCalendar& calendar) {
  if (!c.agreement || !Has(c.agreement->effective_on)) {
    return core::Fail(core::FailedPrecondition("案件没有生效的调解协议，不适用司法确认期限",
                                               "The case has no effective agreement"));
  }
  if (c.agreement->form != AgreementForm::kWritten) {
    return core::Fail(core::FailedPrecondition("口头协议不适用司法确认",
                                               "An oral agreement cannot be confirmed"));
  }
  return ComputeDeadline(calendar, c.agreement->effective_on, JudicialConfirmationWindowRule());
}

}  // namespace fazhi::domain
