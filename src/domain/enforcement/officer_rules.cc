// domain/enforcement/officer_rules.cc — see officer_rules.h.
#include "domain/enforcement/officer_rules.h"

#include <fmt/format.h>

#include <array>
#include <set>
#include <string>
#include <utility>

#include "domain/mediation/mediation_rules_support.h"
#include "domain/validation/idcard.h"

namespace fazhi::domain {
namespace {

using rules_support::Bad;
using rules_support::Blank;
using rules_support::CheckDateWithin;
using rules_support::CheckPhoneField;
using rules_support::Finding;
using rules_support::Has;
using rules_support::RequirePastDate;
using rules_support::RequireText;
using rules_support::WithContext;

constexpr int kMaxTrainingHours = 200;
constexpr std::string_view kBasisPenalty42 = "《中华人民共和国行政处罚法》第42条";
constexpr std::string_view kBasisPenalty58 = "《中华人民共和国行政处罚法》第58条第2款";
constexpr std::string_view kBasisCertRules = "本省行政执法证件管理办法（CERT-02、CERT-03）";

// Runs `check` and prefixes its error with "第N张执法证：" / "Certificate N: ".
template <class Check>
core::Status InItem(Check check, std::string_view what_zh, std::string_view what_en,
                    std::size_t index) {
  core::Status st = check();
  if (st) return st;
  return core::Fail(WithContext(std::move(st).error(), fmt::format("第{}{}", index + 1, what_zh),
                                fmt::format("{} {}", what_en, index + 1)));
}

core::Status ValidateCertificate(const OfficerCertificate& c, std::size_t i, Date today,
                                 std::set<std::string>& numbers) {
  const std::string p = fmt::format("certificates[{}].", i);
  RETURN_IF_ERROR(RequireText(c.number, p + "number", "执法证号", "The certificate number (number)"));
  if (!numbers.insert(std::string(TrimText(c.number))).second) {
    return Bad(p + "number", fmt::format("执法证号“{}”重复", c.number),
               fmt::format("The certificate number (number) \"{}\" is listed twice", c.number));
  }
  RETURN_IF_ERROR(RequireText(c.field, p + "field", "执法领域", "The enforcement field (field)"));
  RETURN_IF_ERROR(RequireText(c.issuing_authority, p + "issuingAuthority", "发证机关",
                              "The issuing authority (issuingAuthority)"));
  RETURN_IF_ERROR(
      RequirePastDate(c.issued_on, p + "issuedOn", "发证日期", "The issue date (issuedOn)", today));
  if (!Has(c.expires_on)) {
    return Bad(p + "expiresOn", "请填写有效期至", "The expiry date (expiresOn) is required");
  }
  if (c.expires_on <= c.issued_on) {
    return Bad(p + "expiresOn", "有效期至应晚于发证日期",
               "The expiry date (expiresOn) must be after the issue date");
  }
  if (c.status == CertificateStatus::kValid) {
    if (c.status_changed_on) {
      return Bad(p + "statusChangedOn", "证件状态为“有效”时不应填写状态变更日期",
                 "A valid certificate has no status change date (statusChangedOn)");
    }
  } else {
    if (!c.status_changed_on) {
      return Bad(p + "statusChangedOn",
                 fmt::format("证件状态为“{}”时请填写状态变更日期", CertificateStatusLabelZh(c.status)),
                 fmt::format("The status change date (statusChangedOn) is required for status \"{}\"",
                             CertificateStatusCode(c.status)));
    }
    RETURN_IF_ERROR(CheckDateWithin(*c.status_changed_on, p + "statusChangedOn", "状态变更日期",
                                    "The status change date (statusChangedOn)", c.issued_on,
                                    "发证日期", "the issue date", today));
  }
  return core::Ok();
}

core::Status ValidateExam(const OfficerExam& e, std::size_t i, Date today) {
  const std::string p = fmt::format("exams[{}].", i);
  RETURN_IF_ERROR(
      RequirePastDate(e.taken_on, p + "takenOn", "考试日期", "The exam date (takenOn)", today));
  if (e.score < 0 || e.score > 100) {
    return Bad(p + "score", "考试成绩应在0至100分之间", "The score (score) must be 0 to 100");
  }
  return core::Ok();
}

core::Status ValidateTraining(const OfficerTraining& t, std::size_t i, Date today) {
  const std::string p = fmt::format("trainings[{}].", i);
  RETURN_IF_ERROR(
      RequirePastDate(t.held_on, p + "heldOn", "培训日期", "The training date (heldOn)", today));
  RETURN_IF_ERROR(RequireText(t.topic, p + "topic", "培训内容", "The topic (topic)"));
  if (t.hours < 1 || t.hours > kMaxTrainingHours) {
    return Bad(p + "hours", fmt::format("培训学时应在1至{}之间", kMaxTrainingHours),
               fmt::format("The class hours (hours) must be 1 to {}", kMaxTrainingHours));
  }
  return core::Ok();
}

}  // namespace

core::Status ValidateOfficer(const EnforcementOfficer& o, Date today) {
  RETURN_IF_ERROR(RequireText(o.name, "name", "执法人员姓名", "The officer's name (name)"));
  if (!Blank(o.id_number)) {
    ASSIGN_OR_RETURN(IdCardInfo info, ValidateIdCard(o.id_number, today, "idNumber"));
    if (Has(o.in_post_from) && AgeOn(info.birth_date, o.in_post_from) < 18) {
      return Bad("idNumber", "按身份证号，到执法岗位时未满18周岁，请核对身份证号或到岗日期",
                 "By the ID number (idNumber) the officer was under 18 on the date in post; "
                 "check the ID number or inPostFrom");
    }
  }
  if (!Blank(o.phone)) RETURN_IF_ERROR(CheckPhoneField(o.phone, "phone"));
  RETURN_IF_ERROR(RequireText(o.agency, "agency", "执法机构", "The enforcement agency (agency)"));
  RETURN_IF_ERROR(RequirePastDate(o.in_post_from, "inPostFrom", "到执法岗位日期",
                                  "The date in post (inPostFrom)", today));
  if (o.left_post_on) {
    RETURN_IF_ERROR(CheckDateWithin(*o.left_post_on, "leftPostOn", "调离执法岗位日期",
                                    "The date the officer left the post (leftPostOn)",
                                    o.in_post_from, "到岗日期", "the date in post", today));
  }
  std::set<std::string> numbers;
  for (std::size_t i = 0; i < o.certificates.size(); ++i) {
    RETURN_IF_ERROR(InItem([&] { return ValidateCertificate(o.certificates[i], i, today, numbers); },
                           "张执法证", "Certificate", i));
  }
  for (std::size_t i = 0; i < o.exams.size(); ++i) {
    RETURN_IF_ERROR(InItem([&] { return ValidateExam(o.exams[i], i, today); }, "次考试", "Exam", i));
  }
  for (std::size_t i = 0; i < o.trainings.size(); ++i) {
    RETURN_IF_ERROR(
        InItem([&] { return ValidateTraining(o.trainings[i], i, today); }, "次培训", "Training", i));
  }
  return core::Ok();
}

CertificateStatus CertificateStatusOn(const OfficerCertificate& c, Date on) {
  if (c.status != CertificateStatus::kValid &&
      (!c.status_changed_on || *c.status_changed_on <= on)) {
    return c.status;
  }
  if (Has(c.expires_on) && on > c.expires_on) return CertificateStatus::kExpired;
  return CertificateStatus::kValid;
}

bool CertificateValidOn(const OfficerCertificate& c, Date on) {
  return Has(c.issued_on) && c.issued_on <= on && CertificateStatusOn(c, on) == CertificateStatus::kValid;
}

bool InPostOn(const EnforcementOfficer& o, Date on) {
  return Has(o.in_post_from) && o.in_post_from <= on && (!o.left_post_on || on < *o.left_post_on);
}

const OfficerCertificate* ValidCertificateOn(const EnforcementOfficer& o, Date on) {
  const OfficerCertificate* best = nullptr;
  for (const OfficerCertificate& c : o.certificates) {
    if (!CertificateValidOn(c, on)) continue;
    if (best == nullptr || c.expires_on > best->expires_on ||
        (c.expires_on == best->expires_on && c.id < best->id)) {
      best = &c;
    }
  }
  return best;
}

int TrainingHoursBetween(const EnforcementOfficer& o, Date from, Date to) {
  int hours = 0;
  for (const OfficerTraining& t : o.trainings) {
    if (Has(t.held_on) && from <= t.held_on && t.held_on <= to) hours += t.hours;
  }
  return hours;
}

bool ExamPassed(const OfficerExam& e, const LedgerSettings& settings) {
  return e.score >= settings.cert_exam_pass_score;
}

namespace {
constexpr std::array<CodeChoice, 7> kStandings = {{
    {"valid", "有效"},
    {"expiring", "即将到期"},
    {"expired", "已过期"},
    {"suspended", "暂扣"},
    {"cancelled", "注销"},
    {"lost", "挂失"},
    {"none", "无证"},
}};
}  // namespace

std::string_view CertificateStandingCode(CertificateStanding s) { return CodeOfRow(s, kStandings); }
std::string_view CertificateStandingLabelZh(CertificateStanding s) {
  return LabelOfRow(s, kStandings);
}
core::Result<CertificateStanding> ParseCertificateStanding(std::string_view code,
                                                           std::string_view field) {
  return ParseCodeAs<CertificateStanding>(code, field, kStandings);
}

OfficerStanding OfficerStandingOn(const EnforcementOfficer& o, Date today,
                                  const LedgerSettings& settings) {
  OfficerStanding s;
  s.in_post = InPostOn(o, today);
  s.training_hours_target = settings.cert_training_hours_target;
  s.training_hours_this_year =
      TrainingHoursBetween(o, core::MakeDate(core::YearOf(today), 1, 1), today);
  if (const OfficerCertificate* valid = ValidCertificateOn(o, today)) {
    s.shown = valid;
    s.days_left = core::DaysBetween(today, valid->expires_on);
    s.certificate = *s.days_left <= settings.cert_expiry_alert_days ? CertificateStanding::kExpiring
                                                                     : CertificateStanding::kValid;
    return s;
  }
  for (const OfficerCertificate& c : o.certificates) {
    if (!Has(c.issued_on) || c.issued_on > today) continue;
    if (s.shown == nullptr || c.expires_on > s.shown->expires_on) s.shown = &c;
  }
  if (s.shown == nullptr) return s;
  switch (CertificateStatusOn(*s.shown, today)) {
    case CertificateStatus::kSuspended: s.certificate = CertificateStanding::kSuspended; break;
    case CertificateStatus::kCancelled: s.certificate = CertificateStanding::kCancelled; break;
    case CertificateStatus::kLost: s.certificate = CertificateStanding::kLost; break;
    case CertificateStatus::kExpired:
    case CertificateStatus::kValid: s.certificate = CertificateStanding::kExpired; break;
  }
  return s;
}

std::vector<RuleFinding> OfficerWarnings(const EnforcementOfficer& o, Date today,
                                         const LedgerSettings& settings) {
  std::vector<RuleFinding> out;
  const OfficerCertificate* valid = ValidCertificateOn(o, today);
  if (InPostOn(o, today) && valid == nullptr) {
    out.push_back(Finding("CERT-01", Severity::kWarning, "certificates",
                          "该人员在执法岗位但没有有效的行政执法证件，不得从事执法活动",
                          "The officer is in an enforcement post without a valid certificate "
                          "and may not enforce",
                          std::string(kBasisPenalty42)));
  }
  if (valid != nullptr && InPostOn(o, today)) {
    const std::int64_t left = core::DaysBetween(today, valid->expires_on);
    if (left <= settings.cert_expiry_alert_days) {
      out.push_back(Finding("CERT-03", Severity::kWarning, "certificates",
                            fmt::format("执法证{}将于{}到期（还剩{}天），请及时换证", valid->number,
                                        core::FormatDateZh(valid->expires_on), left),
                            fmt::format("Certificate {} expires on {} ({} days left)", valid->number,
                                        core::FormatDate(valid->expires_on), left),
                            std::string(kBasisCertRules)));
    }
  }
  if (valid != nullptr && !o.established_post) {
    out.push_back(Finding("CERT-02", Severity::kWarning, "establishedPost",
                          "持有执法证件的人员应为在编在岗人员，请核实",
                          "A certificate holder should hold an established post "
                          "(establishedPost); please check",
                          std::string(kBasisCertRules)));
  }
  if (o.legal_reviewer && !o.legal_qualification) {
    out.push_back(Finding("PEN-10", Severity::kWarning, "legalQualification",
                          "初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得"
                          "法律职业资格",
                          "A first-time legal reviewer must hold the national legal professional "
                          "qualification (legalQualification)",
                          std::string(kBasisPenalty58)));
  }
  for (ExamPart part : {ExamPart::kGeneral, ExamPart::kSpecial}) {
    const OfficerExam* last_fail = nullptr;
    bool passed_after = false;
    for (const OfficerExam& e : o.exams) {
      if (e.part != part) continue;
      if (!ExamPassed(e, settings)) {
        if (last_fail == nullptr || e.taken_on > last_fail->taken_on) last_fail = &e;
      }
    }
    if (last_fail == nullptr) continue;
    for (const OfficerExam& e : o.exams) {
      if (e.part == part && ExamPassed(e, settings) && e.taken_on >= last_fail->taken_on) {
        passed_after = true;
      }
    }
    if (!passed_after) {
      out.push_back(Finding(
          "CERT-02", Severity::kInfo, "exams",
          fmt::format("{}考试成绩{}分，未达到合格线{}分，尚无补考合格记录", ExamPartLabelZh(part),
                      last_fail->score, settings.cert_exam_pass_score),
          fmt::format("The {} exam score {} is below the pass mark {} with no later pass",
                      ExamPartCode(part), last_fail->score, settings.cert_exam_pass_score),
          std::string(kBasisCertRules)));
    }
  }
  return out;
}

}  // namespace fazhi::domain
