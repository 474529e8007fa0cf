// service/settings_service.cc — see settings_service.h.
#include "service/settings_service.h"

#include <fmt/format.h>

#include <charconv>

#include "service/audit_service.h"
#include "store/settings_repository.h"

namespace fazhi::service {
namespace {

const SettingSpec* FindSpec(const std::string& key) {
  for (const auto& s : KnownSettings()) {
    if (s.key == key) return &s;
  }
  return nullptr;
}

// A stored setting as the audit log keeps it (null: none stored, the default applies).
std::optional<std::string> SettingAuditJson(const std::optional<store::Setting>& s) {
  if (!s) return std::nullopt;
  nlohmann::json doc = {{"key", s->key},
                        {"value", s->value},
                        {"basis", s->basis},
                        {"countyId", s->county_id ? nlohmann::json(*s->county_id) : nlohmann::json()},
                        {"updatedAt", s->updated_at}};
  return AuditJson(doc);
}

core::Status CheckValue(const SettingSpec& spec, const std::string& value) {
  if (spec.kind == "bool") {
    if (value == "true" || value == "false") return core::Ok();
    return core::Fail(core::InvalidArgument("value", fmt::format("{} 的值应为 true 或 false", spec.key),
                                            fmt::format("{} must be true or false", spec.key)));
  }
  long long n = 0;
  auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || ptr != value.data() + value.size() || n < spec.min || n > spec.max) {
    return core::Fail(core::InvalidArgument(
        "value", fmt::format("{} 的值应为 {} 至 {} 之间的整数，实际为“{}”", spec.key, spec.min, spec.max, value),
        fmt::format("{} must be an integer from {} to {}, got \"{}\"", spec.key, spec.min, spec.max, value)));
  }
  return core::Ok();
}

long long AsInt(const std::string& v) {
  long long n = 0;
  std::from_chars(v.data(), v.data() + v.size(), n);
  return n;
}

}  // namespace

const std::vector<SettingSpec>& KnownSettings() {
  static const std::vector<SettingSpec> kSpecs = {
      {"calendar.count_makeup_weekends", "bool", 0, 0, "true",
       "调休上班的周六、周日计为法定期限的工作日", "CAL-06：通行做法，无法条明文（UNVERIFIED）", true},
      {"mediation.typical_limit_days", "int", 1, 365, "30",
       "人民调解一般应在多少日内调结（超期提醒，不阻止）", "《人民调解工作若干规定》第33条：一般在一个月内调结", false},
      {"mediation.committee_term_alert_days", "int", 0, 365, "90", "调委会任期届满前多少天提醒换届",
       "设计选择：村（居）委会换届需要准备时间", false},
      {"mediation.oral_agreement_warn_amount_fen", "int", 0, 100000000000LL, "1000000",
       "口头协议涉及金额达到多少分时提示改用书面协议（0 为不提示）", "地方做法（UNVERIFIED）", false},
      {"indicators.terminated_in_success_denominator", "bool", 0, 0, "true",
       "调解成功率的分母是否计入“终止”的调解", "§17：种子报告 210/211 计入全部结案", false},
      {"indicators.basic_satisfaction_counts", "bool", 0, 0, "true", "群众满意率是否把“基本满意”计为满意",
       "国信发〔2022〕11号相关考核口径不一（UNVERIFIED）", false},
      {"alerts.soon_days", "int", 0, 90, "7", "距期限多少天内提示“即将到期”", "设计选择", false},
      {"petition.duplicate_similarity_percent", "int", 1, 100, "60", "重复信访判定的诉求相似度阈值（%）",
       "设计选择（PET-11/12）", false},
      {"enforcement.cert_expiry_alert_days", "int", 0, 365, "90", "行政执法证件到期前多少天提醒换证",
       "CERT-03：设计选择（各省证件有效期与换证规定不一）", false},
      {"enforcement.training_hours_target", "int", 1, 500, "60", "执法人员每年应完成的法律知识培训学时",
       "CERT-05：国办发〔2023〕27号（UNVERIFIED，按本省规定调整）", false},
      {"enforcement.training_alert_days", "int", 0, 365, "60", "年底前多少天起提醒培训学时未达标",
       "设计选择（CERT-05）", false},
      {"enforcement.exam_pass_score", "int", 1, 100, "60", "执法资格考试每部分的合格分数线",
       "CERT-02：安徽等省考试通知为60分（VERIFIED-S）", false},
      {"enforcement.hearing_fine_person_yuan", "int", 1, 100000000, "10000",
       "罚款达到多少元（自然人）属“较大数额”，告知中应告知听证权利", "PEN-12：《行政处罚法》第63条，数额由各省规定（VERIFIED-S）",
       false},
      {"enforcement.hearing_fine_org_yuan", "int", 1, 100000000, "100000",
       "罚款达到多少元（法人或其他组织）属“较大数额”，应告知听证权利", "PEN-12：《行政处罚法》第63条，数额由各省规定（VERIFIED-S）",
       false},
      {"enforcement.review_fine_person_yuan", "int", 1, 100000000, "10000",
       "罚款或没收达到多少元（自然人）须经法制审核（重大执法决定目录）", "LEP-07：国办发〔2018〕118号，目录由各地制定（VERIFIED-S）",
       false},
      {"enforcement.review_fine_org_yuan", "int", 1, 100000000, "100000",
       "罚款或没收达到多少元（法人或其他组织）须经法制审核", "LEP-07：国办发〔2018〕118号，目录由各地制定（VERIFIED-S）",
       false},
      {"enforcement.limitation_alert_days", "int", 0, 365, "60", "追责时效届满前多少天提醒（未结案件）",
       "PEN-20：《行政处罚法》第36条；提前天数为设计选择", false},
      {"normative.filing_days", "int", 1, 365, "30", "规范性文件自发布之日起多少日内报县人民政府备案",
       "NORM-05：各地规定不一（3个工作日至30日），默认参照规章30日（UNVERIFIED）", false},
      {"normative.review_max_workdays", "int", 1, 60, "15", "合法性审核最多多少个工作日",
       "NORM-04：国家指导意见5至15个工作日（UNVERIFIED），地方规定15个工作日（VERIFIED-S）", false},
      {"normative.validity_years", "int", 1, 10, "5", "规范性文件有效期最长多少年", "NORM-06：一般不超过5年（VERIFIED-S）", false},
      {"normative.trial_validity_years", "int", 1, 10, "2", "暂行、试行规范性文件有效期最长多少年",
       "NORM-06：暂行2年（地方答复，VERIFIED-S）", false},
      {"normative.validity_alert_months", "int", 0, 24, "6", "有效期届满前多少个月开始评估提醒",
       "NORM-06：届满前6个月评估（VERIFIED-S）", false},
      {"normative.effective_delay_days", "int", 0, 365, "30", "规范性文件一般自发布之日起多少日后施行",
       "NORM-07：一般30日（地方规定，VERIFIED-S）", false},
      {"indicators.norm_timely_over_filed", "bool", 0, 0, "true",
       "报备及时率的分母为已报备件数（true）或应报备件数（false）", "§17：各地口径不一", false},
  };
  return kSpecs;
}

core::Result<std::vector<EffectiveSetting>> ListSettings(ServiceContext& ctx, const store::Scope& scope) {
  store::SettingsRepository repo(*ctx.db);
  std::vector<EffectiveSetting> out;
  for (const auto& spec : KnownSettings()) {
    EffectiveSetting e{spec, spec.default_value, "default", spec.default_basis, ""};
    ASSIGN_OR_RETURN(auto stored, repo.Get(spec.deployment_only ? store::Scope::System() : scope, spec.key));
    if (stored) {
      e.value = stored->value;
      e.source = stored->county_id ? "county" : "deployment";
      e.basis = stored->basis;
      e.updated_at = stored->updated_at;
    }
    out.push_back(std::move(e));
  }
  return out;
}

core::Status SetSetting(ServiceContext& ctx, const store::Scope& scope, const std::string& key,
                        const std::string& value, const std::string& basis) {
  const SettingSpec* spec = FindSpec(key);
  if (spec == nullptr) {
    return core::Fail(core::InvalidArgument("key", fmt::format("未知的设置项“{}”（用 fazhi settings list 查看）", key),
                                            fmt::format("unknown setting \"{}\" (see fazhi settings list)", key)));
  }
  RETURN_IF_ERROR(CheckValue(*spec, value));
  if (basis.empty()) {
    return core::Fail(core::InvalidArgument("basis", "请写明设置依据（文件名称、文号、条款）",
                                            "give the basis of the setting (document, number, article)"));
  }
  if (spec->deployment_only && scope.kind() != store::Scope::Kind::kSystem) {
    return core::Fail(core::InvalidArgument("key", fmt::format("{} 只能全局设置，不能按县设置", key),
                                            fmt::format("{} is deployment-wide; it cannot be set per county", key)));
  }
  store::SettingsRepository repo(*ctx.db);
  store::Setting setting;
  setting.key = key;
  setting.value = value;
  setting.basis = basis;
  // The audit row holds the value in force for this scope before and the one stored after;
  // entity_id is the county (0: deployment-wide).
  return ctx.db->InTransaction([&]() -> core::Status {
    ASSIGN_OR_RETURN(auto before, repo.Get(scope, key));
    RETURN_IF_ERROR(repo.Put(scope, setting));
    ASSIGN_OR_RETURN(auto after, repo.Get(scope, key));
    const std::int64_t county = after && after->county_id ? *after->county_id : 0;
    return RecordAudit(ctx, audit::kSettingsSet, audit::kSetting, county, std::nullopt,
                       SettingAuditJson(before), SettingAuditJson(after));
  });
}

core::Result<domain::LedgerSettings> LedgerSettingsFor(ServiceContext& ctx, const store::Scope& scope) {
  ASSIGN_OR_RETURN(auto list, ListSettings(ctx, scope));
  domain::LedgerSettings s;
  for (const auto& e : list) {
    const std::string& k = e.spec.key;
    if (k == "mediation.typical_limit_days") s.mediation_typical_limit_days = static_cast<int>(AsInt(e.value));
    if (k == "mediation.committee_term_alert_days") s.committee_term_alert_days = static_cast<int>(AsInt(e.value));
    if (k == "mediation.oral_agreement_warn_amount_fen") s.oral_agreement_warn_amount_fen = AsInt(e.value);
    if (k == "indicators.terminated_in_success_denominator") s.terminated_in_success_denominator = e.value == "true";
    if (k == "indicators.basic_satisfaction_counts") s.basic_satisfaction_counts = e.value == "true";
    if (k == "alerts.soon_days") s.alert_soon_days = static_cast<int>(AsInt(e.value));
    if (k == "petition.duplicate_similarity_percent") s.duplicate_similarity_percent = static_cast<int>(AsInt(e.value));
    if (k == "enforcement.cert_expiry_alert_days") s.cert_expiry_alert_days = static_cast<int>(AsInt(e.value));
    if (k == "enforcement.training_hours_target") s.cert_training_hours_target = static_cast<int>(AsInt(e.value));
    if (k == "enforcement.training_alert_days") s.cert_training_alert_days = static_cast<int>(AsInt(e.value));
    if (k == "enforcement.exam_pass_score") s.cert_exam_pass_score = static_cast<int>(AsInt(e.value));
    if (k == "enforcement.hearing_fine_person_yuan") s.penalty_hearing_fine_person_yuan = AsInt(e.value);
    if (k == "enforcement.hearing_fine_org_yuan") s.penalty_hearing_fine_org_yuan = AsInt(e.value);
    if (k == "enforcement.review_fine_person_yuan") s.penalty_review_fine_person_yuan = AsInt(e.value);
    if (k == "enforcement.review_fine_org_yuan") s.penalty_review_fine_org_yuan = AsInt(e.value);
    if (k == "enforcement.limitation_alert_days") s.penalty_limitation_alert_days = static_cast<int>(AsInt(e.value));
    if (k == "normative.filing_days") s.norm_filing_days = static_cast<int>(AsInt(e.value));
    if (k == "normative.review_max_workdays") s.norm_review_max_workdays = static_cast<int>(AsInt(e.value));
    if (k == "normative.validity_years") s.norm_validity_years = static_cast<int>(AsInt(e.value));
    if (k == "normative.trial_validity_years") s.norm_trial_validity_years = static_cast<int>(AsInt(e.value));
    if (k == "normative.validity_alert_months") s.norm_validity_alert_months = static_cast<int>(AsInt(e.value));
    if (k == "normative.effective_delay_days") s.norm_effective_delay_days = static_cast<int>(AsInt(e.value));
    if (k == "indicators.norm_timely_over_filed") s.norm_timely_rate_over_filed = e.value == "true";
  }
  RETURN_IF_ERROR(domain::ValidateLedgerSettings(s));
  return s;
}

core::Result<domain::CalendarOptions> CalendarOptionsFor(ServiceContext& ctx) {
  store::SettingsRepository repo(*ctx.db);
  domain::CalendarOptions options;
  ASSIGN_OR_RETURN(auto stored, repo.Get(store::Scope::System(), "calendar.count_makeup_weekends"));
  if (stored) options.count_makeup_weekends = stored->value != "false";
  return options;
}

}  // namespace fazhi::service
