// domain/indicators/officer_indicators.cc — see officer_indicators.h.
#include "domain/indicators/officer_indicators.h"

#include <fmt/format.h>

#include <algorithm>

#include "domain/enforcement/officer_rules.h"
#include "domain/indicators/indicator_builders.h"

namespace fazhi::domain {
namespace {

using indicator_builders::Counter;
using indicator_builders::FigureBuilder;
using indicator_builders::PeriodText;

Date EvaluationDay(const Period& period, Date as_of) { return std::min(period.to, as_of); }

}  // namespace

std::vector<Indicator> OfficerIndicators(std::span<const EnforcementOfficer> officers,
                                         const Period& period, Date as_of,
                                         const LedgerSettings& settings) {
  const Date day = EvaluationDay(period, as_of);
  const Date hours_to = std::min(period.to, as_of);
  Counter holding, training;
  for (const EnforcementOfficer& o : officers) {
    if (!InPostOn(o, day)) continue;
    holding.Denominator(o.id);
    training.Denominator(o.id);
    if (ValidCertificateOn(o, day) != nullptr) holding.Numerator(o.id);
    if (TrainingHoursBetween(o, period.from, hours_to) >= settings.cert_training_hours_target) {
      training.Numerator(o.id);
    }
  }
  const std::string when = PeriodText(period, as_of);
  std::vector<Indicator> out;
  out.push_back(holding.Build(
      "cert_holding_rate", "enforcement", "持证率", "Certificate holding rate",
      "持有有效执法证件人数", "在执法岗位人数",
      fmt::format("{}在执法岗位的人员中，持有当日有效行政执法证件（未过期、未暂扣、未注销、未挂失）的"
                  "人数 ÷ 当日在执法岗位的人数。{}",
                  core::FormatDate(day), when)));
  out.push_back(training.Build(
      "cert_training_rate", "enforcement", "培训达标率", "Training target rate",
      "培训学时达标人数", "在执法岗位人数",
      fmt::format("{}在执法岗位的人员中，统计期间内参加培训累计达到{}学时的人数 ÷ 当日在执法岗位的"
                  "人数。{}",
                  core::FormatDate(day), settings.cert_training_hours_target, when)));
  return out;
}

std::vector<Figure> OfficerFigures(std::span<const EnforcementOfficer> officers,
                                   const Period& period, Date as_of,
                                   const LedgerSettings& settings) {
  const Date day = EvaluationDay(period, as_of);
  FigureBuilder in_post("cert_officers", "在执法岗位人数", "名");
  FigureBuilder certified("cert_officers_certified", "持有有效执法证件人数", "名");
  FigureBuilder reviewers("cert_legal_reviewers", "法制审核人员人数", "名");
  FigureBuilder hours("cert_training_hours", "执法人员培训学时", "学时");
  FigureBuilder expiring("cert_certificates_expiring", "执法证件即将到期人数", "名");
  for (const EnforcementOfficer& o : officers) {
    if (!InPostOn(o, day)) continue;
    in_post.Count(o.id);
    const OfficerCertificate* valid = ValidCertificateOn(o, day);
    if (valid != nullptr) {
      certified.Count(o.id);
      if (core::DaysBetween(day, valid->expires_on) <= settings.cert_expiry_alert_days) {
        expiring.Count(o.id);
      }
    }
    if (o.legal_reviewer) reviewers.Count(o.id);
    const int h = TrainingHoursBetween(o, period.from, day);
    if (h > 0) hours.Add(o.id, h);
  }
  return {in_post.Done(), certified.Done(), reviewers.Done(), hours.Done(), expiring.Done()};
}

}  // namespace fazhi::domain
