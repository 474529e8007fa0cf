// domain/mediation/mediation_codes.cc — the enum codes, labels and the dispute-category
// table (MED-11) declared in mediation.h.
#include <array>
#include <cstddef>

#include "domain/common.h"
#include "domain/mediation/mediation.h"

namespace fazhi::domain {
namespace {

constexpr std::array<CodeChoice, 2> kCommitteeLevels = {{
    {"township", "乡镇（街道）调委会"},
    {"village", "村（居）调委会"},
}};
constexpr std::array<CodeChoice, 3> kCommitteeRoles = {{
    {"chair", "主任"},
    {"vice_chair", "副主任"},
    {"member", "委员"},
}};
constexpr std::array<CodeChoice, 3> kScreenedStatuses = {{
    {"open", "未化解"},
    {"resolved", "已化解"},
    {"transferred", "已移交"},
}};
constexpr std::array<CodeChoice, 3> kResolutionRoutes = {{
    {"mediation", "调解化解"},
    {"other", "其他途径化解"},
    {"self", "自行和解"},
}};
constexpr std::array<CodeChoice, 3> kStartModes = {{
    {"application", "当事人申请"},
    {"proactive", "主动调解"},
    {"referral", "委托移送"},
}};
constexpr std::array<CodeChoice, 4> kOutcomes = {{
    {"open", "调解中"},
    {"success", "成功"},
    {"failed", "失败"},
    {"terminated", "终止"},
}};
constexpr std::array<CodeChoice, 2> kAgreementForms = {{
    {"written", "书面协议"},
    {"oral", "口头协议"},
}};
constexpr std::array<CodeChoice, 4> kPerformance = {{
    {"pending", "待履行"},
    {"performed", "已履行"},
    {"partial", "部分履行"},
    {"not_performed", "未履行"},
}};
constexpr std::array<CodeChoice, 4> kConfirmation = {{
    {"none", "未申请"},
    {"pending", "审查中"},
    {"confirmed", "确认有效"},
    {"rejected", "驳回申请"},
}};

}  // namespace

std::string_view CommitteeLevelCode(CommitteeLevel l) { return CodeOfRow(l, kCommitteeLevels); }
core::Result<CommitteeLevel> ParseCommitteeLevel(std::string_view code) {
  return ParseCodeAs<CommitteeLevel>(code, "level", kCommitteeLevels);
}

std::string_view CommitteeRoleCode(CommitteeRole r) { return CodeOfRow(r, kCommitteeRoles); }
core::Result<CommitteeRole> ParseCommitteeRole(std::string_view code) {
  return ParseCodeAs<CommitteeRole>(code, "role", kCommitteeRoles);
}

std::string_view ScreenedDisputeStatusCode(ScreenedDisputeStatus s) {
  return CodeOfRow(s, kScreenedStatuses);
}
core::Result<ScreenedDisputeStatus> ParseScreenedDisputeStatus(std::string_view code) {
  return ParseCodeAs<ScreenedDisputeStatus>(code, "status", kScreenedStatuses);
}

std::string_view ResolutionRouteCode(ResolutionRoute r) { return CodeOfRow(r, kResolutionRoutes); }
core::Result<ResolutionRoute> ParseResolutionRoute(std::string_view code) {
  return ParseCodeAs<ResolutionRoute>(code, "route", kResolutionRoutes);
}

const std::vector<DisputeCategory>& DisputeCategories() {
  // MED-11: the 司法局 monthly-statistics list plus the common local additions
  // (村务管理, 土地承包经营); 其他 last. Extend by appending before "other".
  static const std::vector<DisputeCategory> kAll = {
      {"marriage_family", "婚姻家庭", "Marriage and family"},
      {"neighbor", "邻里", "Neighbors"},
      {"housing_homestead", "房屋宅基地", "Housing and homestead"},
      {"contract", "合同", "Contracts"},
      {"production_business", "生产经营", "Production and business"},
      {"damages", "损害赔偿", "Compensation for damage"},
      {"forest_land", "山林土地", "Forest and land"},
      {"land_acquisition", "征地拆迁", "Land acquisition and demolition"},
      {"environment", "环境污染", "Environmental pollution"},
      {"labor", "劳动争议", "Labor disputes"},
      {"consumer", "消费", "Consumer disputes"},
      {"medical", "医疗", "Medical disputes"},
      {"road_traffic", "道路交通事故", "Road traffic accidents"},
      {"property_management", "物业", "Property management"},
      {"village_affairs", "村务管理", "Village affairs management"},
      {"land_contract", "土地承包经营", "Rural land contracting"},
      {"other", "其他", "Other"},
  };
  return kAll;
}

const DisputeCategory* FindDisputeCategory(std::string_view code_or_label) {
  std::string_view t = TrimText(code_or_label);
  if (t.empty()) return nullptr;
  for (const DisputeCategory& c : DisputeCategories()) {
    if (EqualsIgnoreAsciiCase(t, c.code) || t == c.label_zh) return &c;
  }
  for (const DisputeCategory& c : DisputeCategories()) {
    if (EqualsIgnoreAsciiCase(t, c.label_en)) return &c;
  }
  return nullptr;
}

std::string_view MediationStartModeCode(MediationStartMode m) { return CodeOfRow(m, kStartModes); }
std::string_view MediationStartModeLabelZh(MediationStartMode m) {
  return kStartModes[static_cast<std::size_t>(m)].label_zh;
}
core::Result<MediationStartMode> ParseMediationStartMode(std::string_view code) {
  return ParseCodeAs<MediationStartMode>(code, "startMode", kStartModes);
}

std::string_view MediationOutcomeCode(MediationOutcome o) { return CodeOfRow(o, kOutcomes); }
std::string_view MediationOutcomeLabelZh(MediationOutcome o) {
  return kOutcomes[static_cast<std::size_t>(o)].label_zh;
}
core::Result<MediationOutcome> ParseMediationOutcome(std::string_view code) {
  return ParseCodeAs<MediationOutcome>(code, "outcome", kOutcomes);
}

std::string_view AgreementFormCode(AgreementForm f) { return CodeOfRow(f, kAgreementForms); }
std::string_view AgreementFormLabelZh(AgreementForm f) {
  return kAgreementForms[static_cast<std::size_t>(f)].label_zh;
}
core::Result<AgreementForm> ParseAgreementForm(std::string_view code) {
  return ParseCodeAs<AgreementForm>(code, "form", kAgreementForms);
}

std::string_view PerformanceStatusCode(PerformanceStatus p) { return CodeOfRow(p, kPerformance); }
std::string_view PerformanceStatusLabelZh(PerformanceStatus p) {
  return kPerformance[static_cast<std::size_t>(p)].label_zh;
}
core::Result<PerformanceStatus> ParsePerformanceStatus(std::string_view code) {
  return ParseCodeAs<PerformanceStatus>(code, "performance", kPerformance);
}

std::string_view ConfirmationResultCode(ConfirmationResult r) { return CodeOfRow(r, kConfirmation); }
std::string_view ConfirmationResultLabelZh(ConfirmationResult r) {
  return kConfirmation[static_cast<std::size_t>(r)].label_zh;
}
core::Result<ConfirmationResult> ParseConfirmationResult(std::string_view code) {
  return ParseCodeAs<ConfirmationResult>(code, "confirmationResult", kConfirmation);
}

}  // namespace fazhi::domain
