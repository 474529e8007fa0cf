// domain/enforcement/penalty_rules.cc — see penalty_rules.h.
#include "domain/enforcement/penalty_rules.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "domain/calendar/statutory_rules.h"
#include "domain/enforcement/officer_rules.h"
#include "domain/mediation/mediation_rules_support.h"
#include "domain/validation/idcard.h"

namespace fazhi::domain {
namespace {

using rules_support::Bad;
using rules_support::Blank;
using rules_support::CheckDateWithin;
using rules_support::Finding;
using rules_support::FormatYuan;
using rules_support::Has;
using rules_support::RequirePastDate;
using rules_support::RequireText;

constexpr std::string_view kLaw = "《中华人民共和国行政处罚法》";
constexpr std::int64_t kSummaryFinePersonFen = 200 * 100;    // 第51条
constexpr std::int64_t kSummaryFineOrgFen = 3000 * 100;      // 第51条
constexpr std::int64_t kMaxAmountFen = 100'000'000'000'00;   // 1,000亿元: a typing error beyond
constexpr int kPaymentDays = 15;                             // 第67条第3款

bool Reached(const PenaltyCase& c, CaseStage s) { return c.stage >= s; }

std::string Article(std::string_view article) { return fmt::format("{}{}", kLaw, article); }

// The kFailedPrecondition failure of rule `code` on `field`.
tl::unexpected<core::Error> Broken(std::string_view code, std::string field, std::string_view zh,
                                   std::string_view en, std::string_view article) {
  core::Error e = core::FailedPrecondition(
      fmt::format("{}：{}（{}）", code, zh, Article(article)),
      fmt::format("{}: {} ({} {})", code, en, "Administrative Penalty Law", article));
  e.field = std::move(field);
  return core::Fail(std::move(e));
}

// A date that, when set, must lie in [floor, today].
core::Status CheckOptionalDate(const std::optional<Date>& d, std::string_view field,
                               std::string_view label_zh, std::string_view label_en, Date floor,
                               std::string_view floor_zh, std::string_view floor_en, Date today) {
  if (!d) return core::Ok();
  return CheckDateWithin(*d, field, label_zh, label_en, floor, floor_zh, floor_en, today);
}

core::Status ValidateParty(const CaseParty& p, std::size_t i, Date today) {
  const std::string prefix = fmt::format("parties[{}].", i);
  const std::string who_zh = fmt::format("第{}个当事人", i + 1);
  const std::string who_en = fmt::format("Party {}", i + 1);
  RETURN_IF_ERROR(rules_support::ValidatePartyIdentity(p.kind, p.name, p.id_number, p.uscc,
                                                       p.phone, prefix, who_zh, who_en, today));
  return core::Ok();
}

core::Status ValidateTerms(const PenaltyTerms& t, const std::string& prefix, std::string_view what_zh,
                           std::string_view what_en) {
  std::set<PenaltyKind> seen;
  for (std::size_t i = 0; i < t.kinds.size(); ++i) {
    if (!seen.insert(t.kinds[i]).second) {
      return Bad(fmt::format("{}kinds[{}]", prefix, i),
                 fmt::format("{}的处罚种类“{}”重复", what_zh, PenaltyKindLabelZh(t.kinds[i])),
                 fmt::format("{}: the kind \"{}\" is listed twice", what_en, PenaltyKindCode(t.kinds[i])));
    }
  }
  const bool fine = seen.count(PenaltyKind::kFine) > 0;
  const bool confiscation =
      seen.count(PenaltyKind::kConfiscateGains) > 0 || seen.count(PenaltyKind::kConfiscateProperty) > 0;
  if (t.fine_fen < 0 || t.fine_fen > kMaxAmountFen) {
    return Bad(prefix + "fineFen", fmt::format("{}的罚款金额应在0至1000亿元之间", what_zh),
               fmt::format("{}: the fine (fineFen) must be 0 to 100 billion yuan", what_en));
  }
  if (t.confiscation_fen < 0 || t.confiscation_fen > kMaxAmountFen) {
    return Bad(prefix + "confiscationFen", fmt::format("{}的没收金额应在0至1000亿元之间", what_zh),
               fmt::format("{}: the confiscated value (confiscationFen) must be 0 to 100 billion yuan",
                           what_en));
  }
  if (fine && t.fine_fen == 0) {
    return Bad(prefix + "fineFen", fmt::format("{}含罚款，请填写罚款金额", what_zh),
               fmt::format("{} includes a fine: the amount (fineFen) is required", what_en));
  }
  if (!fine && t.fine_fen > 0) {
    return Bad(prefix + "fineFen", fmt::format("{}未选择“罚款”，不应填写罚款金额", what_zh),
               fmt::format("{}: a fine amount (fineFen) without the kind \"fine\"", what_en));
  }
  if (!confiscation && t.confiscation_fen > 0) {
    return Bad(prefix + "confiscationFen", fmt::format("{}未选择没收，不应填写没收金额", what_zh),
               fmt::format("{}: a confiscated value (confiscationFen) without a confiscation kind",
                           what_en));
  }
  return core::Ok();
}

// What a stage needs before the case may stand there, and no decision, service, execution or
// closure data before their stage.
core::Status ValidateStageData(const PenaltyCase& c, Date today) {
  const bool summary = c.procedure == PenaltyProcedure::kSummary;
  if (Reached(c, CaseStage::kInvestigation) && !c.filed_on) {
    return Bad("filedOn", "案件已过立案阶段，请填写立案日期",
               "The case is past 立案: the filing date (filedOn) is required");
  }
  if (summary && c.stage != CaseStage::kFiled && c.stage < CaseStage::kDecision) {
    return Bad("stage", "简易程序当场作出决定，没有调查取证、告知、听证、法制审核和集体讨论阶段",
               "Summary procedure decides on the spot: it has no investigation, notice, hearing, "
               "review or discussion stage (stage)");
  }
  if (!summary && Reached(c, CaseStage::kInvestigation) && !c.investigated_on) {
    return Bad("investigatedOn", "请填写调查取证（询问、检查笔录）日期",
               "The investigation record date (investigatedOn) is required");
  }
  if (Reached(c, CaseStage::kInvestigation) && c.officers.empty()) {
    return Bad("officers", "请填写承办案件的执法人员", "The officers of the case (officers) are required");
  }
  // From the decision on, a missing 告知 is the rule PEN-08 (CheckPenaltyRules), which names
  // the article; a decision without a penalty needs none.
  if (!summary && Reached(c, CaseStage::kNotice) && !Reached(c, CaseStage::kDecision) &&
      !c.notice_served_on && !c.rights_waived_on) {
    return Bad("noticeServedOn", "请填写行政处罚告知书送达日期，或记录当事人明确放弃陈述申辩",
               "The 告知 service date (noticeServedOn), or the party's waiver (rightsWaivedOn), "
               "is required");
  }
  if (c.notice_served_on && c.proposed.empty()) {
    return Bad("proposed.kinds", "告知书应载明拟作出的行政处罚种类",
               "The 告知 states the proposed sanction (proposed.kinds)");
  }
  if (Reached(c, CaseStage::kLegalReview) && !summary &&
      (!c.legal_review || !c.legal_review->reviewed_on)) {
    if (c.stage == CaseStage::kLegalReview || c.legal_review) {
      return Bad("legalReview.reviewedOn", "请填写法制审核日期和审核意见",
                 "The legal review date (legalReview.reviewedOn) and opinion are required");
    }
  }
  if (c.stage == CaseStage::kCollective && !c.collective) {
    return Bad("collective.heldOn", "请填写集体讨论日期、参加人员和结论",
               "The collective discussion (collective.heldOn) is required");
  }
  if (c.decided_on && !Reached(c, CaseStage::kDecision)) {
    return Bad("decidedOn", "案件尚未进入决定阶段，不应填写决定日期",
               "The case has not reached the decision stage: no decision date (decidedOn)");
  }
  if (Reached(c, CaseStage::kDecision)) {
    if (!c.decided_on) {
      return Bad("decidedOn", "请填写决定日期", "The decision date (decidedOn) is required");
    }
    RETURN_IF_ERROR(RequireText(c.decision_number, "decisionNumber", "决定书文号",
                                "The decision number (decisionNumber)"));
    if (c.outcome == DecisionOutcome::kPenalty && c.decided.empty()) {
      return Bad("decided.kinds", "给予行政处罚的决定应载明处罚种类",
                 "A penalty decision states the sanction (decided.kinds)");
    }
    if (c.outcome != DecisionOutcome::kPenalty && !c.decided.empty()) {
      return Bad("decided.kinds",
                 fmt::format("决定结果为“{}”，不应填写处罚种类", DecisionOutcomeLabelZh(c.outcome)),
                 "A decision without a penalty has no sanction (decided.kinds)");
    }
  }
  if (c.served_on && !Reached(c, CaseStage::kService)) {
    return Bad("servedOn", "案件尚未进入送达阶段，不应填写送达日期",
               "The case has not reached the service stage: no service date (servedOn)");
  }
  if (Reached(c, CaseStage::kService) && !c.served_on) {
    return Bad("servedOn", "请填写决定书送达日期", "The service date (servedOn) is required");
  }
  if (c.executed_on && !Reached(c, CaseStage::kExecution)) {
    return Bad("executedOn", "案件尚未进入执行阶段，不应填写执行日期",
               "The case has not reached the execution stage: no execution date (executedOn)");
  }
  if (Reached(c, CaseStage::kExecution) && c.outcome == DecisionOutcome::kPenalty && !c.executed_on) {
    return Bad("executedOn", "请填写执行（缴纳罚款、履行）日期",
               "The execution date (executedOn) is required");
  }
  if (c.closed_on && !Reached(c, CaseStage::kClosed)) {
    return Bad("closedOn", "案件尚未结案，不应填写结案日期",
               "The case is not closed: no closing date (closedOn)");
  }
  if (Reached(c, CaseStage::kClosed) && !c.closed_on) {
    return Bad("closedOn", "请填写结案日期", "The closing date (closedOn) is required");
  }
  (void)today;
  return core::Ok();
}

core::Status ValidateDates(const PenaltyCase& c, Date today) {
  RETURN_IF_ERROR(RequirePastDate(c.lead_received_on, "leadReceivedOn", "线索受理日期",
                                  "The lead date (leadReceivedOn)", today));
  if (c.act_on && *c.act_on > today) {
    return Bad("actOn", "违法行为发生日期不能晚于今天", "The act date (actOn) must not be after today");
  }
  RETURN_IF_ERROR(CheckOptionalDate(c.filed_on, "filedOn", "立案日期", "The filing date (filedOn)",
                                    c.lead_received_on, "线索受理日期", "the lead date", today));
  const Date filed = c.filed_on.value_or(c.lead_received_on);
  RETURN_IF_ERROR(CheckOptionalDate(c.investigated_on, "investigatedOn", "调查取证日期",
                                    "The investigation date (investigatedOn)", filed, "立案日期",
                                    "the filing date", today));
  RETURN_IF_ERROR(CheckOptionalDate(c.notice_served_on, "noticeServedOn", "告知书送达日期",
                                    "The notice date (noticeServedOn)", filed, "立案日期",
                                    "the filing date", today));
  RETURN_IF_ERROR(CheckOptionalDate(c.rights_waived_on, "rightsWaivedOn", "放弃陈述申辩日期",
                                    "The waiver date (rightsWaivedOn)", filed, "立案日期",
                                    "the filing date", today));
  if (c.hearing) {
    const CaseHearing& h = *c.hearing;
    if (!c.notice_served_on) {
      return Bad("hearing.requestedOn", "未送达告知书，不应有听证申请",
                 "A hearing request needs a served notice (noticeServedOn)");
    }
    RETURN_IF_ERROR(CheckDateWithin(h.requested_on, "hearing.requestedOn", "听证申请日期",
                                    "The hearing request date (hearing.requestedOn)",
                                    *c.notice_served_on, "告知书送达日期", "the notice date", today));
    RETURN_IF_ERROR(CheckOptionalDate(h.notified_on, "hearing.notifiedOn", "听证通知日期",
                                      "The hearing notice date (hearing.notifiedOn)", h.requested_on,
                                      "听证申请日期", "the request date", today));
    if (h.held_on) {
      if (!h.notified_on) {
        return Bad("hearing.notifiedOn", "举行听证前应送达听证通知书，请填写通知日期",
                   "A hearing is notified before it is held (hearing.notifiedOn)");
      }
      RETURN_IF_ERROR(CheckDateWithin(*h.held_on, "hearing.heldOn", "听证举行日期",
                                      "The hearing date (hearing.heldOn)", *h.notified_on,
                                      "听证通知日期", "the hearing notice date", today));
      if (!h.party_absent) {
        RETURN_IF_ERROR(RequireText(h.host, "hearing.host", "听证主持人", "The hearing host (hearing.host)"));
      }
    }
  }
  if (c.legal_review) {
    const LegalReview& r = *c.legal_review;
    RETURN_IF_ERROR(CheckDateWithin(r.submitted_on, "legalReview.submittedOn", "送审日期",
                                    "The review submission date (legalReview.submittedOn)", filed,
                                    "立案日期", "the filing date", today));
    RETURN_IF_ERROR(CheckOptionalDate(r.reviewed_on, "legalReview.reviewedOn", "审核日期",
                                      "The review date (legalReview.reviewedOn)", r.submitted_on,
                                      "送审日期", "the submission date", today));
    if (r.reviewed_on) {
      RETURN_IF_ERROR(RequireText(r.reviewer, "legalReview.reviewer", "审核人员",
                                  "The reviewer (legalReview.reviewer)"));
      RETURN_IF_ERROR(RequireText(r.opinion, "legalReview.opinion", "审核意见",
                                  "The review opinion (legalReview.opinion)"));
    }
  }
  if (c.collective) {
    RETURN_IF_ERROR(CheckDateWithin(c.collective->held_on, "collective.heldOn", "集体讨论日期",
                                    "The discussion date (collective.heldOn)", filed, "立案日期",
                                    "the filing date", today));
    RETURN_IF_ERROR(RequireText(c.collective->participants, "collective.participants", "参加人员",
                                "The participants (collective.participants)"));
    RETURN_IF_ERROR(RequireText(c.collective->conclusion, "collective.conclusion", "讨论结论",
                                "The conclusion (collective.conclusion)"));
  }
  RETURN_IF_ERROR(CheckOptionalDate(c.decided_on, "decidedOn", "决定日期", "The decision date (decidedOn)",
                                    filed, "立案日期", "the filing date", today));
  const Date decided = c.decided_on.value_or(filed);
  RETURN_IF_ERROR(CheckOptionalDate(c.served_on, "servedOn", "送达日期", "The service date (servedOn)",
                                    decided, "决定日期", "the decision date", today));
  RETURN_IF_ERROR(CheckOptionalDate(c.executed_on, "executedOn", "执行日期",
                                    "The execution date (executedOn)", decided, "决定日期",
                                    "the decision date", today));
  RETURN_IF_ERROR(CheckOptionalDate(c.closed_on, "closedOn", "结案日期", "The closing date (closedOn)",
                                    c.executed_on.value_or(c.served_on.value_or(decided)),
                                    "决定、送达或执行日期", "the decision, service or execution date",
                                    today));
  RETURN_IF_ERROR(CheckOptionalDate(c.published_on, "publishedOn", "公示日期",
                                    "The publication date (publishedOn)", decided, "决定日期",
                                    "the decision date", today));
  if (c.published_on && Blank(c.publication_url)) {
    return Bad("publicationUrl", "已公示的决定请填写公示网址",
               "A published decision needs its address (publicationUrl)");
  }
  return core::Ok();
}

core::Status ValidateExtensions(const PenaltyCase& c) {
  for (std::size_t i = 0; i < c.extensions.size(); ++i) {
    const Extension& e = c.extensions[i];
    const std::string p = fmt::format("extensions[{}].", i);
    if (e.amount < 1 || e.amount > 365) {
      return Bad(p + "amount", fmt::format("第{}次延长的天数应在1至365之间", i + 1),
                 fmt::format("Extension {}: the days (amount) must be 1 to 365", i + 1));
    }
    RETURN_IF_ERROR(RequireText(e.approver, p + "approver", "批准人", "The approver (approver)"));
    if (!e.approved_on) {
      return Bad(p + "approvedOn", fmt::format("第{}次延长请填写批准日期", i + 1),
                 fmt::format("Extension {}: the approval date (approvedOn) is required", i + 1));
    }
    RETURN_IF_ERROR(RequireText(e.reason, p + "reason", "延长理由", "The reason (reason)"));
  }
  for (std::size_t i = 0; i < c.excluded.size(); ++i) {
    const ExcludedInterval& x = c.excluded[i];
    const std::string p = fmt::format("excluded[{}].", i);
    if (!Has(x.from) || !Has(x.to) || x.to < x.from) {
      return Bad(p + "to", fmt::format("第{}段不计入期限的时间：结束日期不能早于开始日期", i + 1),
                 fmt::format("Excluded interval {}: the end (to) must not be before the start", i + 1));
    }
    RETURN_IF_ERROR(RequireText(x.reason, p + "reason", "不计入期限的事由（听证、公告、检测、鉴定等）",
                                "The reason (reason)"));
  }
  return core::Ok();
}

core::Status ValidateDocuments(const PenaltyCase& c, Date today) {
  for (std::size_t i = 0; i < c.documents.size(); ++i) {
    RETURN_IF_ERROR(ValidateCaseDocument(c, c.documents[i], fmt::format("documents[{}].", i), today));
  }
  return core::Ok();
}

std::int64_t FineThresholdFen(const PenaltyCase& c, std::int64_t person_yuan, std::int64_t org_yuan) {
  return (HasPersonParty(c) ? person_yuan : org_yuan) * 100;
}

bool HasKind(const PenaltyTerms& t, PenaltyKind k) {
  return std::find(t.kinds.begin(), t.kinds.end(), k) != t.kinds.end();
}

// The terms the case is judged on for review and hearing: the decision once made, else the
// proposal.
const PenaltyTerms& TermsOf(const PenaltyCase& c) {
  return c.decided.empty() ? c.proposed : c.decided;
}

const OfficerCertificate* FindCertificate(const EnforcementOfficer& o, const std::string& number) {
  for (const auto& cert : o.certificates) {
    if (TrimText(cert.number) == TrimText(number)) return &cert;
  }
  return nullptr;
}

core::Status CheckOfficers(const PenaltyCase& c, std::string_view when_zh, std::string_view when_en,
                           Date on, const PenaltyRuleInputs& in) {
  const int certified = CertifiedOfficersOn(c, in.officers, on);
  if (certified >= 2) return core::Ok();
  return Broken("PEN-02", "officers",
                fmt::format("{}（{}）持有当日有效执法证的执法人员只有{}人，不得少于两人", when_zh,
                            core::FormatDate(on), certified),
                fmt::format("{} ({}): only {} officer(s) hold a certificate valid that day; at least two "
                            "are required",
                            when_en, core::FormatDate(on), certified),
                "第42条");
}

Date LimitationEnd(const PenaltyCase& c) {
  return core::AddMonthsClamped(*c.act_on, c.grave_harm ? 60 : 24);
}

}  // namespace

core::Status ValidateCaseDocument(const PenaltyCase& c, const CaseDocument& d, std::string_view prefix,
                                  Date today) {
  const std::string p(prefix);
  RETURN_IF_ERROR(RequireText(d.title, p + "title", "文书或证据名称", "The title (title)"));
  RETURN_IF_ERROR(RequirePastDate(d.recorded_on, p + "recordedOn", "记录日期",
                                  "The record date (recordedOn)", today));
  // A case sent back by the review keeps the records of the review and the discussion.
  const bool sent_back_record =
      (d.stage == CaseStage::kLegalReview || d.stage == CaseStage::kCollective) && c.legal_review &&
      c.legal_review->reviewed_on && c.legal_review->outcome != ReviewOutcome::kAgree;
  if (d.stage > c.stage && !sent_back_record) {
    return Bad(p + "stage", fmt::format("“{}”属于尚未进入的“{}”阶段", d.title, CaseStageLabelZh(d.stage)),
               fmt::format("\"{}\" belongs to a stage the case has not reached (stage)", d.title));
  }
  if (!d.sha256.empty()) {
    const bool hex = d.sha256.size() == 64 && std::all_of(d.sha256.begin(), d.sha256.end(), [](char ch) {
                       return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f');
                     });
    if (!hex) {
      return Bad(p + "sha256", "文件校验值应为64位小写十六进制 SHA-256",
                 "The file hash (sha256) must be 64 lower-case hex digits");
    }
  }
  return core::Ok();
}

std::vector<ReviewCatalogueEntry> DefaultReviewCatalogue(const LedgerSettings& s) {
  const std::int64_t person = s.penalty_review_fine_person_yuan * 100;
  const std::int64_t org = s.penalty_review_fine_org_yuan * 100;
  const std::string amount = fmt::format("（自然人{}元、法人或其他组织{}元以上）",
                                         s.penalty_review_fine_person_yuan, s.penalty_review_fine_org_yuan);
  auto entry = [](PenaltyKind kind, std::int64_t person_fen, std::int64_t org_fen, std::string description) {
    ReviewCatalogueEntry e;
    e.kind = kind;
    e.min_person_fen = person_fen;
    e.min_org_fen = org_fen;
    e.description = std::move(description);
    e.basis = "《中华人民共和国行政处罚法》第58条";
    return e;
  };
  std::vector<ReviewCatalogueEntry> out = {
      entry(PenaltyKind::kFine, person, org, "较大数额罚款" + amount),
      entry(PenaltyKind::kConfiscateGains, person, org, "没收较大数额违法所得" + amount),
      entry(PenaltyKind::kConfiscateProperty, person, org, "没收较大价值非法财物" + amount),
  };
  for (PenaltyKind k : {PenaltyKind::kLowerQualification, PenaltyKind::kRevokeLicence,
                        PenaltyKind::kSuspendBusiness, PenaltyKind::kOrderClosure,
                        PenaltyKind::kRestrictPractice, PenaltyKind::kDetention}) {
    out.push_back(entry(k, 0, 0, std::string(PenaltyKindLabelZh(k))));
  }
  return out;
}

bool HasPersonParty(const PenaltyCase& c) {
  return std::any_of(c.parties.begin(), c.parties.end(),
                     [](const CaseParty& p) { return p.kind == PartyKind::kPerson; });
}

int CertifiedOfficersOn(const PenaltyCase& c, std::span<const EnforcementOfficer> officers, Date on) {
  std::set<std::int64_t> counted;
  for (const CaseOfficer& co : c.officers) {
    auto it = std::find_if(officers.begin(), officers.end(),
                           [&](const EnforcementOfficer& o) { return o.id == co.officer_id; });
    if (it == officers.end() || !InPostOn(*it, on)) continue;
    // The certificate shown, when recorded, must be the valid one; else any valid certificate.
    const bool valid = Blank(co.certificate_number)
                           ? ValidCertificateOn(*it, on) != nullptr
                           : (FindCertificate(*it, co.certificate_number) != nullptr &&
                              CertificateValidOn(*FindCertificate(*it, co.certificate_number), on));
    if (valid) counted.insert(co.officer_id);
  }
  return static_cast<int>(counted.size());
}

bool HearingRightRequired(const PenaltyCase& c, const PenaltyTerms& terms, const LedgerSettings& s) {
  const std::int64_t threshold =
      FineThresholdFen(c, s.penalty_hearing_fine_person_yuan, s.penalty_hearing_fine_org_yuan);
  if (HasKind(terms, PenaltyKind::kFine) && terms.fine_fen >= threshold) return true;
  if ((HasKind(terms, PenaltyKind::kConfiscateGains) || HasKind(terms, PenaltyKind::kConfiscateProperty)) &&
      terms.confiscation_fen >= threshold) {
    return true;
  }
  for (PenaltyKind k : terms.kinds) {
    if (PenaltyKindWeight(k) >= 3 && k != PenaltyKind::kSuspendLicence && k != PenaltyKind::kDetention) {
      return true;  // 第63条(2)–(5): 降低资质、吊销, 停产停业、责令关闭、限制从业, 其他较重
    }
  }
  return false;
}

std::optional<std::string> LegalReviewRequiredBecause(const PenaltyCase& c, const PenaltyRuleInputs& in) {
  if (c.major_public_interest) return "涉及重大公共利益";
  if (c.hearing && c.hearing->held_on && !c.hearing->party_absent) return "经过听证程序";
  if (c.complex_case) return "案件情况疑难复杂、涉及多个法律关系";
  if (c.review_required_by_law) return "法律、法规规定应当进行法制审核";
  std::vector<ReviewCatalogueEntry> fallback;
  std::span<const ReviewCatalogueEntry> catalogue = in.catalogue;
  if (std::none_of(catalogue.begin(), catalogue.end(), [](const ReviewCatalogueEntry& e) { return e.active; })) {
    fallback = DefaultReviewCatalogue(in.settings);
    catalogue = fallback;
  }
  const PenaltyTerms& terms = TermsOf(c);
  const bool person = HasPersonParty(c);
  for (const ReviewCatalogueEntry& e : catalogue) {
    if (!e.active) continue;
    if (!e.matter_type.empty() && TrimText(e.matter_type) != TrimText(c.matter_type)) continue;
    if (!HasKind(terms, e.kind)) continue;
    const std::int64_t amount = e.kind == PenaltyKind::kFine ? terms.fine_fen : terms.confiscation_fen;
    const std::int64_t min = person ? e.min_person_fen : e.min_org_fen;
    const bool amount_kind = e.kind == PenaltyKind::kFine || e.kind == PenaltyKind::kConfiscateGains ||
                             e.kind == PenaltyKind::kConfiscateProperty;
    if (!amount_kind || amount >= min) return "属于重大执法决定法制审核目录：" + e.description;
  }
  return std::nullopt;
}

bool CollectiveDiscussionRequired(const PenaltyCase& c) { return c.complex_case || c.serious_violation; }

bool HeavierThan(const PenaltyTerms& decided, const PenaltyTerms& proposed) {
  if (proposed.empty()) return false;
  int max_proposed = 0;
  for (PenaltyKind k : proposed.kinds) max_proposed = std::max(max_proposed, PenaltyKindWeight(k));
  for (PenaltyKind k : decided.kinds) {
    if (!HasKind(proposed, k) && PenaltyKindWeight(k) >= max_proposed) return true;
  }
  return decided.fine_fen > proposed.fine_fen || decided.confiscation_fen > proposed.confiscation_fen;
}

core::Status ValidatePenaltyCase(const PenaltyCase& c, Date today) {
  RETURN_IF_ERROR(RequireText(c.number, "number", "案号", "The case number (number)"));
  RETURN_IF_ERROR(RequireText(c.cause, "cause", "案由", "The cause (cause)"));
  RETURN_IF_ERROR(RequireText(c.matter_type, "matterType", "事项类别", "The matter type (matterType)"));
  if (c.parties.empty()) {
    return Bad("parties", "请填写当事人", "At least one party (parties) is required");
  }
  for (std::size_t i = 0; i < c.parties.size(); ++i) RETURN_IF_ERROR(ValidateParty(c.parties[i], i, today));
  std::set<std::int64_t> officer_ids;
  for (std::size_t i = 0; i < c.officers.size(); ++i) {
    if (c.officers[i].officer_id <= 0) {
      return Bad(fmt::format("officers[{}].officerId", i), "请从执法人员名册中选择执法人员",
                 "Choose the officer from the register (officerId)");
    }
    if (!officer_ids.insert(c.officers[i].officer_id).second) {
      return Bad(fmt::format("officers[{}].officerId", i),
                 fmt::format("执法人员“{}”重复", c.officers[i].name),
                 "An officer is listed twice (officerId)");
    }
  }
  RETURN_IF_ERROR(ValidateDates(c, today));
  RETURN_IF_ERROR(ValidateTerms(c.proposed, "proposed.", "告知的拟处罚", "The proposed penalty"));
  RETURN_IF_ERROR(ValidateTerms(c.decided, "decided.", "决定的处罚", "The decided penalty"));
  if (c.paid_fen < 0 || c.paid_fen > kMaxAmountFen) {
    return Bad("paidFen", "已缴纳金额应在0至1000亿元之间", "The amount paid (paidFen) is out of range");
  }
  RETURN_IF_ERROR(ValidateExtensions(c));
  RETURN_IF_ERROR(ValidateStageData(c, today));
  RETURN_IF_ERROR(ValidateDocuments(c, today));
  return core::Ok();
}

core::Status CheckPenaltyRules(const PenaltyCase& c, const PenaltyRuleInputs& in) {
  for (std::size_t i = 0; i < c.officers.size(); ++i) {
    const bool known = std::any_of(in.officers.begin(), in.officers.end(), [&](const EnforcementOfficer& o) {
      return o.id == c.officers[i].officer_id;
    });
    if (!known) {
      return Bad(fmt::format("officers[{}].officerId", i),
                 fmt::format("执法人员“{}”不在本乡镇执法人员名册中", c.officers[i].name),
                 "The officer is not in the township's register (officerId)");
    }
  }
  const bool summary = c.procedure == PenaltyProcedure::kSummary;
  if (Reached(c, CaseStage::kInvestigation) && c.investigated_on) {
    RETURN_IF_ERROR(CheckOfficers(c, "调查取证", "Investigation", *c.investigated_on, in));
  }
  // PEN-12: the hearing request and the hearing itself.
  if (c.hearing) {
    const CaseHearing& h = *c.hearing;
    ASSIGN_OR_RETURN(DeadlineResult request_due,
                     ComputeDeadline(in.calendar, *c.notice_served_on, HearingRequestRule()));
    if (h.requested_on > request_due.due) {
      return Broken("PEN-12", "hearing.requestedOn",
                    fmt::format("听证申请日期{}已超过告知书送达后5个工作日（截止{}），不予组织听证",
                                core::FormatDate(h.requested_on), core::FormatDate(request_due.due)),
                    fmt::format("the hearing was requested on {}, after the 5 working days that ended "
                                "on {}",
                                core::FormatDate(h.requested_on), core::FormatDate(request_due.due)),
                    "第64条第1项");
    }
    if (h.held_on && h.notified_on) {
      ASSIGN_OR_RETURN(DeadlineResult notice_due,
                       ComputeDeadline(in.calendar, *h.notified_on, HearingNoticeRule()));
      if (*h.held_on < notice_due.due) {
        return Broken("PEN-12", "hearing.heldOn",
                      fmt::format("听证应在举行7个工作日前通知当事人：{}通知，最早{}举行",
                                  core::FormatDate(*h.notified_on), core::FormatDate(notice_due.due)),
                      fmt::format("a hearing notified on {} may be held on {} at the earliest",
                                  core::FormatDate(*h.notified_on), core::FormatDate(notice_due.due)),
                      "第64条第2项");
      }
    }
    if (h.held_on && h.host_investigated) {
      return Broken("PEN-12", "hearing.host", "听证由非本案调查人员主持，调查人员不得主持听证",
                    "the hearing is chaired by someone who did not investigate the case",
                    "第64条第4项");
    }
  }
  if (!Reached(c, CaseStage::kDecision)) return core::Ok();

  const Date decided = *c.decided_on;
  RETURN_IF_ERROR(CheckOfficers(c, "作出决定", "Decision", decided, in));
  const bool penalty = c.outcome == DecisionOutcome::kPenalty;
  if (penalty) {
    // PEN-20: no penalty once the violation was discovered after the limitation period.
    if (c.act_on) {
      const Date end = LimitationEnd(c);
      if (c.lead_received_on > end) {
        return Broken("PEN-20", "outcome",
                      fmt::format("违法行为{}发生，{}年内未被发现（截至{}），不再给予行政处罚",
                                  core::FormatDate(*c.act_on), c.grave_harm ? 5 : 2, core::FormatDate(end)),
                      fmt::format("the act of {} was not discovered within {} years (by {}): no "
                                  "penalty may be imposed",
                                  core::FormatDate(*c.act_on), c.grave_harm ? 5 : 2, core::FormatDate(end)),
                      "第36条");
      }
    }
    // PEN-15: the limits of the summary procedure.
    if (summary) {
      for (PenaltyKind k : c.decided.kinds) {
        if (k != PenaltyKind::kWarning && k != PenaltyKind::kFine) {
          return Broken("PEN-15", "procedure",
                        fmt::format("简易程序只能当场作出警告或小额罚款，“{}”应适用普通程序",
                                    PenaltyKindLabelZh(k)),
                        fmt::format("the summary procedure imposes only a warning or a small fine, "
                                    "not \"{}\"",
                                    PenaltyKindCode(k)),
                        "第51条");
        }
      }
      const std::int64_t limit = HasPersonParty(c) ? kSummaryFinePersonFen : kSummaryFineOrgFen;
      if (c.decided.fine_fen > limit) {
        return Broken("PEN-15", "decided.fineFen",
                      fmt::format("简易程序罚款限于{}{}元以下，本案罚款{}元，应适用普通程序",
                                  HasPersonParty(c) ? "对公民" : "对法人或者其他组织", FormatYuan(limit),
                                  FormatYuan(c.decided.fine_fen)),
                      fmt::format("the summary procedure fines at most {} yuan; this fine is {} yuan",
                                  FormatYuan(limit), FormatYuan(c.decided.fine_fen)),
                      "第51条");
      }
    }
    // PEN-08: the 告知 before the decision, or the party's express waiver.
    const bool noticed = c.notice_served_on && *c.notice_served_on <= decided;
    const bool waived = c.rights_waived_on && *c.rights_waived_on <= decided;
    if (!noticed && !waived) {
      return Broken("PEN-08", "noticeServedOn",
                    "作出行政处罚决定前未送达行政处罚告知书，当事人也未明确放弃陈述、申辩权利，不得作出决定",
                    "no 告知 was served before the decision and the party did not waive the right to "
                    "state and defend",
                    "第44条、第62条");
    }
    // PEN-12: the hearing right for 较大数额 and heavy sanctions.
    if (!summary && !waived && HearingRightRequired(c, TermsOf(c), in.settings) &&
        !c.hearing_right_notified) {
      return Broken("PEN-12", "hearingRightNotified",
                    "拟作出较大数额罚款、没收较大数额违法所得或者降低资质、吊销许可证件、责令停产停业等处罚，告知书应告知当事人有要求听证的权利",
                    "for a large fine or confiscation, or a heavy sanction, the notice must tell the "
                    "party of the right to a hearing",
                    "第63条、第44条");
    }
    // The statement period and a requested hearing come before the decision.
    if (!summary && noticed && !waived) {
      if (c.hearing && !c.hearing->party_absent) {
        if (!c.hearing->held_on || *c.hearing->held_on > decided) {
          return Broken("PEN-12", "hearing.heldOn",
                        "当事人依法要求听证，应当组织听证后再作出决定",
                        "the party requested a hearing in time: hold it before deciding", "第63条、第65条");
        }
      } else if (c.hearing_right_notified) {
        ASSIGN_OR_RETURN(DeadlineResult request_due,
                         ComputeDeadline(in.calendar, *c.notice_served_on, HearingRequestRule()));
        if (decided <= request_due.due) {
          return Broken("PEN-08", "decidedOn",
                        fmt::format("当事人要求听证的期限至{}届满，期满前不得作出决定（当事人明确放弃的除外）",
                                    core::FormatDate(request_due.due)),
                        fmt::format("the period to request a hearing ends on {}: no decision before "
                                    "then unless the party waives",
                                    core::FormatDate(request_due.due)),
                        "第62条、第64条");
        }
      }
    }
    // PEN-09: not heavier than the 告知.
    if (HeavierThan(c.decided, c.proposed)) {
      return Broken("PEN-09", "decided.kinds",
                    "决定的处罚重于告知书拟作出的处罚；不得因当事人陈述、申辩而加重处罚，如需加重应重新告知",
                    "the decided penalty is heavier than the one in the notice; serve a new notice "
                    "to impose a heavier one",
                    "第45条第2款");
    }
  }
  // PEN-10: 法制审核 passed before the decision.
  if (!summary) {
    if (auto why = LegalReviewRequiredBecause(c, in)) {
      const LegalReview* r = c.legal_review ? &*c.legal_review : nullptr;
      if (r == nullptr || !r->reviewed_on || *r->reviewed_on > decided) {
        return Broken("PEN-10", "legalReview.reviewedOn",
                      fmt::format("本案{}，作出决定前应当进行法制审核；未经法制审核，不得作出决定", *why),
                      "this case needs a legal review before the decision, and none was completed",
                      "第58条");
      }
      if (r->outcome != ReviewOutcome::kAgree) {
        return Broken("PEN-10", "legalReview.outcome",
                      fmt::format("法制审核意见为“{}”，审核未通过的不得作出决定", ReviewOutcomeLabelZh(r->outcome)),
                      "the legal review did not pass: no decision may be made", "第58条");
      }
    }
    // PEN-11: 集体讨论 before the decision.
    if (CollectiveDiscussionRequired(c) &&
        (!c.collective || c.collective->held_on > decided)) {
      return Broken("PEN-11", "collective.heldOn",
                    "情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定",
                    "complex cases and serious violations are decided collectively by the leaders",
                    "第57条第2款");
    }
  }
  // PEN-14: electronic service only with the party's consent.
  if (Reached(c, CaseStage::kService) && c.service_method == ServiceMethod::kElectronic &&
      !c.electronic_consent) {
    return Broken("PEN-14", "electronicConsent",
                  "电子送达须经当事人同意并签订确认书", "electronic service needs the party's signed consent",
                  "第61条第2款");
  }
  return core::Ok();
}

core::Status CheckStageMove(CaseStage from, const PenaltyCase& to) {
  if (to.stage >= from) return core::Ok();
  const bool back_from_review = from == CaseStage::kLegalReview || from == CaseStage::kCollective;
  const bool to_redo = to.stage == CaseStage::kInvestigation || to.stage == CaseStage::kNotice;
  const bool sent_back = to.legal_review && to.legal_review->reviewed_on &&
                         to.legal_review->outcome != ReviewOutcome::kAgree;
  if (back_from_review && to_redo && sent_back) return core::Ok();
  core::Error e = core::FailedPrecondition(
      fmt::format("案件不能从“{}”退回“{}”：只有法制审核意见为“修改后提交”或“不同意”时，可退回调查取证或告知阶段",
                  CaseStageLabelZh(from), CaseStageLabelZh(to.stage)),
      fmt::format("A case cannot go back from {} to {}: only a review that did not agree sends it back to "
                  "investigation or notice",
                  CaseStageCode(from), CaseStageCode(to.stage)));
  e.field = "stage";
  return core::Fail(std::move(e));
}

std::vector<CaseStage> StagesMissingRecords(const PenaltyCase& c) {
  std::vector<CaseStage> needed = {CaseStage::kFiled, CaseStage::kDecision, CaseStage::kService};
  if (c.procedure == PenaltyProcedure::kGeneral) {
    needed.insert(needed.begin() + 1, CaseStage::kInvestigation);
    if (c.notice_served_on) needed.insert(needed.begin() + 2, CaseStage::kNotice);
  }
  if (c.executed_on) needed.push_back(CaseStage::kExecution);
  std::vector<CaseStage> missing;
  for (CaseStage s : needed) {
    if (!Reached(c, s)) continue;
    const bool has = std::any_of(c.documents.begin(), c.documents.end(),
                                 [&](const CaseDocument& d) { return d.stage == s; });
    if (!has) missing.push_back(s);
  }
  return missing;
}

core::Result<PenaltyDeadlines> ComputePenaltyDeadlines(const PenaltyCase& c, const WorkingCalendar& calendar) {
  PenaltyDeadlines out;
  if (c.filed_on && c.procedure == PenaltyProcedure::kGeneral) {
    ASSIGN_OR_RETURN(out.decision, ComputeDeadline(calendar, *c.filed_on, PenaltyDecisionRule(),
                                                   c.extensions, c.excluded));
  }
  if (c.notice_served_on && c.hearing_right_notified) {
    ASSIGN_OR_RETURN(out.hearing_request, ComputeDeadline(calendar, *c.notice_served_on, HearingRequestRule()));
  }
  if (c.decided_on) {
    ASSIGN_OR_RETURN(out.service, ComputeDeadline(calendar, *c.decided_on, PenaltyServiceRule()));
    if (c.publication_required && c.outcome == DecisionOutcome::kPenalty) {
      const bool seven = c.category == ActionCategory::kPenalty || c.category == ActionCategory::kLicence;
      ASSIGN_OR_RETURN(out.publication,
                       ComputeDeadline(calendar, *c.decided_on,
                                       seven ? PenaltyPublicationRule() : EnforcementPublicationRule()));
    }
  }
  if (c.served_on && HasKind(c.decided, PenaltyKind::kFine)) {
    // A public notice counts as served 30 days after it was issued (民事诉讼法 第95条).
    const Date served = c.service_method == ServiceMethod::kPublicNotice ? core::AddDays(*c.served_on, 30)
                                                                          : *c.served_on;
    out.payment_due = core::AddDays(served, kPaymentDays);
  }
  if (c.act_on) out.limitation_ends = LimitationEnd(c);
  return out;
}

std::vector<RuleFinding> PenaltyCaseWarnings(const PenaltyCase& c, const PenaltyRuleInputs& in) {
  std::vector<RuleFinding> out;
  for (std::size_t i = 0; i < c.officers.size(); ++i) {
    if (Blank(c.officers[i].certificate_number)) {
      out.push_back(Finding("PEN-03", Severity::kWarning, fmt::format("officers[{}].certificateNumber", i),
                            fmt::format("执法人员“{}”未记录出示的执法证号", c.officers[i].name),
                            "No certificate number recorded as shown for an officer",
                            Article("第52条、第55条")));
    }
  }
  if (c.legal_review && c.legal_review->reviewer_first_time && !c.legal_review->reviewer_qualified) {
    out.push_back(Finding("PEN-10", Severity::kWarning, "legalReview.reviewerQualified",
                          "初次从事法制审核的人员应当通过国家统一法律职业资格考试取得法律职业资格",
                          "A first-time legal reviewer must hold the national legal qualification",
                          Article("第58条第2款")));
  }
  if (c.act_on) {
    for (std::size_t i = 0; i < c.parties.size(); ++i) {
      const CaseParty& p = c.parties[i];
      if (p.kind != PartyKind::kPerson || Blank(p.id_number)) continue;
      auto id = ValidateIdCard(p.id_number, in.today);
      if (!id) continue;
      for (RuleFinding f : PartyAgeFindings(id->birth_date, *c.act_on, fmt::format("parties[{}].idNumber", i))) {
        out.push_back(std::move(f));
      }
    }
  }
  auto deadlines = ComputePenaltyDeadlines(c, in.calendar);
  if (deadlines) {
    if (deadlines->decision && !c.decided_on) {
      DeadlineState st = EvaluateDeadline(*deadlines->decision, std::nullopt, in.today, in.settings.alert_soon_days);
      if (st == DeadlineState::kOverdue || st == DeadlineState::kDueSoon) {
        const bool overdue = st == DeadlineState::kOverdue;
        out.push_back(Finding("PEN-06", overdue ? Severity::kWarning : Severity::kInfo, "decidedOn",
                              fmt::format("作出处罚决定的期限{}{}", core::FormatDate(deadlines->decision->due),
                                          overdue ? "已过" : "即将届满"),
                              fmt::format("The decision is due by {}{}", core::FormatDate(deadlines->decision->due),
                                          overdue ? " and is overdue" : ""),
                              Article("第60条")));
      }
    }
    if (deadlines->service && !c.served_on && in.today > deadlines->service->due) {
      out.push_back(Finding("PEN-14", Severity::kWarning, "servedOn",
                            fmt::format("决定书应在{}前送达，尚未送达", core::FormatDate(deadlines->service->due)),
                            "The decision was not served within 7 working days", Article("第61条")));
    }
    if (deadlines->publication && !c.published_on && in.today > deadlines->publication->due) {
      out.push_back(Finding("LEP-03", Severity::kWarning, "publishedOn",
                            fmt::format("执法决定应在{}前公示，尚未公示", core::FormatDate(deadlines->publication->due)),
                            "The decision was not published in time",
                            "《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）"));
    }
    if (deadlines->payment_due && !c.executed_on && in.today > *deadlines->payment_due) {
      out.push_back(Finding("PEN-16", Severity::kInfo, "executedOn",
                            fmt::format("罚款缴纳期限{}已过，尚未执行；到期不缴纳的，每日按罚款数额的3%加处罚款",
                                        core::FormatDate(*deadlines->payment_due)),
                            "The fine was not paid within 15 days of service", Article("第67条、第72条")));
    }
    if (deadlines->limitation_ends && !c.decided_on &&
        core::DaysBetween(in.today, *deadlines->limitation_ends) <= in.settings.penalty_limitation_alert_days) {
      out.push_back(Finding("PEN-20", Severity::kWarning, "actOn",
                            fmt::format("违法行为的追责时效至{}届满", core::FormatDate(*deadlines->limitation_ends)),
                            "The limitation period of the act ends soon", Article("第36条")));
    }
  }
  if (Reached(c, CaseStage::kClosed)) {
    for (CaseStage s : StagesMissingRecords(c)) {
      out.push_back(Finding("LEP-06", Severity::kWarning, "documents",
                            fmt::format("全过程记录缺少“{}”阶段的文书或音像记录", CaseStageLabelZh(s)),
                            fmt::format("The full-process record has nothing for the {} stage", CaseStageCode(s)),
                            Article("第47条")));
    }
  }
  return out;
}

}  // namespace fazhi::domain
