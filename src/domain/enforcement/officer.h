// domain/enforcement/officer.h — the 行政执法人员 register (domain-rules.md §6, CERT-01…CERT-06):
// an enforcement officer of a township, the 行政执法证 certificates they held (number, 执法领域,
// issuing authority, validity, state), their qualification exams and the training they had.
//
// Contract: plain value types. Enum codes (the *Code functions) are the stable text stored in
// the database and used in JSON/CSV; labels are for display. Dates are core::Date; ids are 0
// until stored. A certificate's state on a given day is derived (CertificateStateOn in
// officer_rules.h): the stored status records only what a person decided (暂扣, 注销, 挂失),
// "expired" follows from the dates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/common.h"

namespace fazhi::domain {

using core::Date;

// CERT-04 certificate states: 有效 / 暂扣 / 注销 / 过期 / 挂失.
enum class CertificateStatus { kValid, kSuspended, kCancelled, kExpired, kLost };
std::string_view CertificateStatusCode(CertificateStatus s);  // valid|suspended|cancelled|expired|lost
std::string_view CertificateStatusLabelZh(CertificateStatus s);  // 有效|暂扣|注销|过期|挂失
core::Result<CertificateStatus> ParseCertificateStatus(std::string_view code,
                                                       std::string_view field = "status");

// CERT-02: the two parts of the qualification exam.
enum class ExamPart { kGeneral, kSpecial };
std::string_view ExamPartCode(ExamPart p);     // general|special
std::string_view ExamPartLabelZh(ExamPart p);  // 通用法律知识|专门法律知识
core::Result<ExamPart> ParseExamPart(std::string_view code, std::string_view field = "part");

struct OfficerCertificate {
  std::int64_t id = 0;
  std::int64_t officer_id = 0;
  std::int64_t township_id = 0;   // the officer's (set by the store: numbers are unique per township)
  std::string number;             // 执法证号, unique per township
  std::string field;              // 执法领域: "综合行政执法", "市场监管"…
  std::string issuing_authority;  // 发证机关: "重庆市人民政府"
  Date issued_on{};
  Date expires_on{};                // last day of validity
  // What a person recorded: kValid unless the certificate was suspended, cancelled, lost or
  // marked expired; `status_changed_on` is the day that took effect (required then).
  CertificateStatus status = CertificateStatus::kValid;
  std::optional<Date> status_changed_on;
  std::string status_reason;
};

struct OfficerExam {
  std::int64_t id = 0;
  std::int64_t officer_id = 0;
  Date taken_on{};
  ExamPart part = ExamPart::kGeneral;
  int score = 0;  // 0…100; passed when ≥ the pass mark (setting, CERT-02)
};

struct OfficerTraining {
  std::int64_t id = 0;
  std::int64_t officer_id = 0;
  Date held_on{};
  std::string topic;      // "《行政处罚法》专题培训"
  int hours = 0;          // 学时, 1…200
  std::string organiser;  // "县司法局"
};

struct EnforcementOfficer {
  std::int64_t id = 0;
  std::int64_t township_id = 0;
  std::string name;
  Gender gender = Gender::kUnknown;
  std::string id_number;  // 身份证号, validated (VAL-01); masked in lists
  std::string phone;      // masked in lists
  std::string agency;     // 执法机构: "综合行政执法办公室"
  std::string post;       // 职务: "队长", "执法队员"
  std::string education;  // 学历: "本科" (some provinces require 高中以上, CERT-02)
  bool established_post = true;  // 在编在岗 (CERT-02: a condition of the exam)
  Date in_post_from{};             // in an enforcement post since
  std::optional<Date> left_post_on;  // transferred out of enforcement work (CERT-04)
  bool legal_reviewer = false;       // does 法制审核 (PEN-10, LEP-09)
  bool legal_qualification = false;  // holds the national 法律职业资格 (PEN-10)
  std::vector<OfficerCertificate> certificates;
  std::vector<OfficerExam> exams;
  std::vector<OfficerTraining> trainings;
};

}  // namespace fazhi::domain
