// domain/normative/normative.h — the 行政规范性文件 ledger (domain-rules.md §9 NORM-01…09, §17):
// a township's normative document from drafting through 合法性审核, 集体讨论, signature,
// publication and 备案 to the county, its return and correction, validity and 清理.
//
// Contract: plain value types. Enum codes are the stable text stored in the database and used
// in JSON/CSV; labels are for display. Optional dates are unset until the act happened. Ids
// are 0 until stored. The rules are in normative_rules.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/result.h"

namespace fazhi::domain {

using core::Date;

// NORM-01: what a document that is NOT a 规范性文件 is (the registration questionnaire).
enum class NormExclusion { kNone, kInternal, kMinutes, kWorkPlan, kReport, kCommendation, kAppointment, kSecret };
// none|internal|minutes|work_plan|report|commendation|appointment|secret
// 非排除类|内部管理制度|会议纪要|工作方案、工作要点|请示报告|表彰奖励|人事任免|涉密文件
std::string_view NormExclusionCode(NormExclusion e);
std::string_view NormExclusionLabelZh(NormExclusion e);
core::Result<NormExclusion> ParseNormExclusion(std::string_view code, std::string_view field = "exclusion");

// Who did the 合法性审核 (NORM-03 step 2).
enum class NormReviewer { kLegalAdviser, kJusticeOffice, kLegalStaff };
std::string_view NormReviewerCode(NormReviewer r);     // legal_adviser|justice_office|legal_staff
std::string_view NormReviewerLabelZh(NormReviewer r);  // 法律顾问|司法所|法制审核人员
core::Result<NormReviewer> ParseNormReviewer(std::string_view code, std::string_view field = "reviewerRole");

enum class NormReviewOutcome { kPass, kRevise, kFail };
std::string_view NormReviewOutcomeCode(NormReviewOutcome o);     // pass|revise|fail
std::string_view NormReviewOutcomeLabelZh(NormReviewOutcome o);  // 通过|修改后通过|不通过
core::Result<NormReviewOutcome> ParseNormReviewOutcome(std::string_view code,
                                                       std::string_view field = "reviewOutcome");

// NORM-06: 暂行 and 试行 documents run for a shorter period.
enum class NormTrial { kNone, kInterim, kTrial };
std::string_view NormTrialCode(NormTrial t);     // none|interim|trial
std::string_view NormTrialLabelZh(NormTrial t);  // 正式|暂行|试行
core::Result<NormTrial> ParseNormTrial(std::string_view code, std::string_view field = "trial");

// NORM-08: the result of the latest 清理.
enum class NormStanding { kInForce, kAmended, kRepealed, kExpired };
std::string_view NormStandingCode(NormStanding s);     // in_force|amended|repealed|expired
std::string_view NormStandingLabelZh(NormStanding s);  // 有效|已修改|已废止|已失效
core::Result<NormStanding> ParseNormStanding(std::string_view code, std::string_view field = "standing");

struct NormativeDocument {
  std::int64_t id = 0;
  std::int64_t township_id = 0;
  std::string title;           // "树人镇农村人居环境整治村规民约指导办法"
  std::string number;          // 文号 (统一编号), "树府规〔2025〕1号"; unique per township once set
  std::string drafting_unit;   // 起草单位
  NormTrial trial = NormTrial::kNone;

  // NORM-01 questionnaire: a 规范性文件 affects rights and duties, binds generally and
  // applies repeatedly, and is none of the excluded kinds.
  bool affects_rights = true;
  bool binds_generally = true;
  bool applies_repeatedly = true;
  NormExclusion exclusion = NormExclusion::kNone;

  Date drafted_on{};
  std::optional<Date> opinions_from;  // 征求意见 period
  std::optional<Date> opinions_to;

  // 合法性审核 (NORM-03 step 2, NORM-02, NORM-04).
  std::optional<Date> review_submitted_on;
  std::optional<Date> reviewed_on;
  NormReviewer reviewer_role = NormReviewer::kJusticeOffice;
  std::string reviewer;  // name of the adviser or office
  NormReviewOutcome review_outcome = NormReviewOutcome::kPass;
  std::string review_opinion;
  // NORM-02: what the review found in the text (true = the draft does it).
  bool creates_licence = false;   // 设定行政许可
  bool creates_penalty = false;   // 设定行政处罚
  bool creates_coercion = false;  // 设定行政强制
  bool creates_fee = false;       // 设定收费
  bool reduces_rights = false;    // 没有上位法依据减损权利或增加义务

  std::optional<Date> deliberated_on;  // 集体讨论
  std::string deliberation_meeting;    // "镇政府常务会议"
  std::optional<Date> signed_on;       // 主要负责人签发
  std::string signer;
  std::optional<Date> published_on;    // 统一发布 (NORM-03 steps 5–6, NORM-09)
  std::string publication_channel;     // "镇政府门户网站、政务公开栏"
  std::optional<Date> effective_on;    // NORM-07
  bool urgent = false;                 // takes effect on publication (urgent matters)
  std::string urgent_reason;
  std::optional<Date> valid_until;     // NORM-06

  // 备案 (NORM-05) and the county's examination.
  std::optional<Date> filed_on;
  std::string filing_number;
  bool filed_text = false;          // 文件正式文本
  bool filed_explanation = false;   // 起草说明
  bool filed_basis = false;         // 制定依据
  bool filed_review_opinion = false;  // 合法性审核意见
  std::optional<Date> returned_on;  // 县司法局退回（材料不全、格式或内容问题）
  std::string return_reason;
  std::optional<Date> corrected_on;  // 纠正后重新报送

  // 清理 (NORM-08).
  NormStanding standing = NormStanding::kInForce;
  std::optional<Date> cleaned_on;
  std::string cleanup_note;
};

}  // namespace fazhi::domain
