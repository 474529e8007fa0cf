// domain/settings.h — the configurable parameters of the 人民调解 (MED), 信访 (PET) and
// 行政执法人员 (CERT) and 行政执法案件 (PEN, LEP) rules, indicators and alerts: every value the law leaves open or domain-rules.md marks UNVERIFIED.
//
// Contract: a plain value type with documented defaults (the national default, or the choice a
// township clerk and county reviewer would expect, domain-rules.md §0.2 and §18). A county may
// override any field; src/app reads the overrides from the configuration and passes the struct
// down. The rule functions never read global state. ValidateLedgerSettings lists the first bad
// field. Thread-safety: plain value type.
#pragma once

#include <cstdint>
#include <string>

#include <fmt/format.h>

#include "core/result.h"

namespace fazhi::domain {

struct LedgerSettings {
  // MED-10 (人民调解工作若干规定 第33条, VERIFIED-S): a mediation is generally concluded within
  // one month. Typical limit in calendar days from 受理; past it without the parties' consent
  // to continue is a warning and an alert, never a block. REQUIRES: 1…365. Default: 30.
  int mediation_typical_limit_days = 30;

  // §17 调解成功率: whether 终止 (terminated) mediations count in the denominator next to
  // 失败. The seed figure 210/211 counts every concluded case; a 司法局 may count only
  // 成功+失败. Open cases never count. Default: true (terminated cases count).
  bool terminated_in_success_denominator = true;

  // §17 群众满意率: whether a "基本满意" rating counts as satisfied (国信发〔2022〕11号 schemes
  // differ). Default: true.
  bool basic_satisfaction_counts = true;

  // Alerts: a deadline within this many days (inclusive) is "due soon". REQUIRES: 0…90.
  // Default: 7.
  int alert_soon_days = 7;

  // MED-01: warn this many days before a committee's 3-year term ends (换届 takes preparation:
  // 村（居）民委员会 elections). REQUIRES: 0…365. Default: 90.
  int committee_term_alert_days = 90;

  // MED-07/第28条: an oral agreement whose amount reaches this many 分 gets a warning advising
  // a written agreement (an oral one cannot go to 司法确认 and is hard to prove). UNVERIFIED
  // threshold, a local practice. 0 disables the warning. Default: 1,000,000 分 (1万元).
  std::int64_t oral_agreement_warn_amount_fen = 1'000'000;

  // PET-11/12 duplicate detection: two requests are "similar" when the Dice coefficient of
  // their character bigrams (after removing spaces and punctuation) reaches this percentage.
  // REQUIRES: 1…100. Default: 60.
  int duplicate_similarity_percent = 60;

  // CERT-03 (design choice): warn this many days before an enforcement certificate expires
  // (renewal takes an exam or a training round). REQUIRES: 0…365. Default: 90.
  int cert_expiry_alert_days = 90;

  // CERT-05 (UNVERIFIED: recalled from 国办发〔2023〕27号): class hours (学时) of legal and
  // professional training an enforcement officer should have each year; 培训达标率 counts
  // officers at or above it. REQUIRES: 1…500. Default: 60.
  int cert_training_hours_target = 60;

  // CERT-05 alert: from this many days before 31 December, officers still below the training
  // target are listed (info). REQUIRES: 0…365. Default: 60.
  int cert_training_alert_days = 60;

  // CERT-02 (VERIFIED-S, 安徽 examples): the pass mark of each part of the qualification exam,
  // out of 100. REQUIRES: 1…100. Default: 60.
  int cert_exam_pass_score = 60;

  // PEN-12 (VERIFIED-S: the thresholds differ by province and department): a fine at or above
  // these amounts (元) is 较大数额, so the 告知 must tell of the right to a hearing.
  // REQUIRES: 1…100,000,000. Defaults: 10,000 (自然人) and 100,000 (法人或其他组织).
  std::int64_t penalty_hearing_fine_person_yuan = 10000;
  std::int64_t penalty_hearing_fine_org_yuan = 100000;

  // LEP-07 (VERIFIED-S: local catalogues): the default 重大执法决定 catalogue requires
  // 法制审核 for a fine or confiscation at or above these amounts (元), besides 吊销, 责令关闭,
  // 责令停产停业, 限制从业, 行政拘留 and every case that went to a hearing.
  // REQUIRES: 1…100,000,000. Defaults: 10,000 (自然人) and 100,000 (法人或其他组织).
  std::int64_t penalty_review_fine_person_yuan = 10000;
  std::int64_t penalty_review_fine_org_yuan = 100000;

  // PEN-20 alert: an open case whose 追责时效 ends within this many days is listed.
  // REQUIRES: 0…365. Default: 60.
  int penalty_limitation_alert_days = 60;

  // NORM-05 (UNVERIFIED: local, by analogy with 规章): a 规范性文件 is filed with the county
  // within this many days of publication. REQUIRES: 1…365. Default: 30.
  int norm_filing_days = 30;
  // NORM-04 (VERIFIED-S local, national 5–15 working days): the 合法性审核 takes at most this
  // many working days (a warning and an alert after). REQUIRES: 1…60. Default: 15.
  int norm_review_max_workdays = 15;
  // NORM-06 (VERIFIED-S local): validity at most 5 years, 暂行/试行 2 years; the evaluation
  // starts this many months before expiry. REQUIRES: years 1…10, months 0…24.
  int norm_validity_years = 5;
  int norm_trial_validity_years = 2;
  int norm_validity_alert_months = 6;
  // NORM-07 (VERIFIED-S local): a document takes effect this many days after publication
  // unless urgent. REQUIRES: 0…365. Default: 30.
  int norm_effective_delay_days = 30;
  // §17 报备及时率: the denominator is the documents filed (true) or the documents that must
  // be filed (false). Default: true.
  bool norm_timely_rate_over_filed = true;
};

// Ok, or kInvalidArgument naming the first field outside its REQUIRES range.
inline core::Status ValidateLedgerSettings(const LedgerSettings& s) {
  if (s.mediation_typical_limit_days < 1 || s.mediation_typical_limit_days > 365) {
    return core::Fail(core::InvalidArgument("mediationTypicalLimitDays",
                                            "调解一般期限（天）应在1至365之间",
                                            "mediationTypicalLimitDays must be 1 to 365"));
  }
  if (s.alert_soon_days < 0 || s.alert_soon_days > 90) {
    return core::Fail(core::InvalidArgument("alertSoonDays", "临期提醒天数应在0至90之间",
                                            "alertSoonDays must be 0 to 90"));
  }
  if (s.committee_term_alert_days < 0 || s.committee_term_alert_days > 365) {
    return core::Fail(core::InvalidArgument("committeeTermAlertDays",
                                            "调委会换届提醒天数应在0至365之间",
                                            "committeeTermAlertDays must be 0 to 365"));
  }
  if (s.oral_agreement_warn_amount_fen < 0) {
    return core::Fail(core::InvalidArgument("oralAgreementWarnAmountFen",
                                            "口头协议提示金额不能为负数",
                                            "oralAgreementWarnAmountFen must not be negative"));
  }
  if (s.duplicate_similarity_percent < 1 || s.duplicate_similarity_percent > 100) {
    return core::Fail(core::InvalidArgument("duplicateSimilarityPercent",
                                            "重复信访相似度阈值应在1至100之间",
                                            "duplicateSimilarityPercent must be 1 to 100"));
  }
  if (s.cert_expiry_alert_days < 0 || s.cert_expiry_alert_days > 365) {
    return core::Fail(core::InvalidArgument("certExpiryAlertDays",
                                            "执法证到期提醒天数应在0至365之间",
                                            "certExpiryAlertDays must be 0 to 365"));
  }
  if (s.cert_training_hours_target < 1 || s.cert_training_hours_target > 500) {
    return core::Fail(core::InvalidArgument("certTrainingHoursTarget",
                                            "执法人员年度培训学时要求应在1至500之间",
                                            "certTrainingHoursTarget must be 1 to 500"));
  }
  if (s.cert_training_alert_days < 0 || s.cert_training_alert_days > 365) {
    return core::Fail(core::InvalidArgument("certTrainingAlertDays",
                                            "培训学时提醒天数应在0至365之间",
                                            "certTrainingAlertDays must be 0 to 365"));
  }
  struct YuanSetting {
    std::int64_t value;
    const char* field;
    const char* label_zh;
  };
  for (const YuanSetting& y :
       {YuanSetting{s.penalty_hearing_fine_person_yuan, "penaltyHearingFinePersonYuan", "听证较大数额罚款（自然人）"},
        YuanSetting{s.penalty_hearing_fine_org_yuan, "penaltyHearingFineOrgYuan", "听证较大数额罚款（法人或其他组织）"},
        YuanSetting{s.penalty_review_fine_person_yuan, "penaltyReviewFinePersonYuan", "法制审核罚款数额（自然人）"},
        YuanSetting{s.penalty_review_fine_org_yuan, "penaltyReviewFineOrgYuan", "法制审核罚款数额（法人或其他组织）"}}) {
    if (y.value < 1 || y.value > 100000000) {
      return core::Fail(core::InvalidArgument(y.field, std::string(y.label_zh) + "应在1至100000000元之间",
                                              std::string(y.field) + " must be 1 to 100000000 (yuan)"));
    }
  }
  struct Range {
    int value, min, max;
    const char* field;
    const char* zh;
  };
  for (const Range& r : {Range{s.norm_filing_days, 1, 365, "normFilingDays", "规范性文件报备期限（天）"},
                         Range{s.norm_review_max_workdays, 1, 60, "normReviewMaxWorkdays", "合法性审核期限（工作日）"},
                         Range{s.norm_validity_years, 1, 10, "normValidityYears", "规范性文件有效期（年）"},
                         Range{s.norm_trial_validity_years, 1, 10, "normTrialValidityYears", "暂行、试行文件有效期（年）"},
                         Range{s.norm_validity_alert_months, 0, 24, "normValidityAlertMonths", "有效期届满前评估提醒（月）"},
                         Range{s.norm_effective_delay_days, 0, 365, "normEffectiveDelayDays", "发布至施行的间隔（天）"}}) {
    if (r.value < r.min || r.value > r.max) {
      return core::Fail(core::InvalidArgument(r.field, fmt::format("{}应在{}至{}之间", r.zh, r.min, r.max),
                                              fmt::format("{} must be {} to {}", r.field, r.min, r.max)));
    }
  }
  if (s.penalty_limitation_alert_days < 0 || s.penalty_limitation_alert_days > 365) {
    return core::Fail(core::InvalidArgument("penaltyLimitationAlertDays",
                                            "追责时效提醒天数应在0至365之间",
                                            "penaltyLimitationAlertDays must be 0 to 365"));
  }
  if (s.cert_exam_pass_score < 1 || s.cert_exam_pass_score > 100) {
    return core::Fail(core::InvalidArgument("certExamPassScore",
                                            "执法资格考试合格分数线应在1至100之间",
                                            "certExamPassScore must be 1 to 100"));
  }
  return core::Ok();
}

}  // namespace fazhi::domain
