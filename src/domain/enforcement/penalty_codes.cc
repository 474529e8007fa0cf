// domain/enforcement/penalty_codes.cc — the enum codes, labels and weights declared in
// penalty_case.h.
#include <array>

#include "domain/common.h"
#include "domain/enforcement/penalty_case.h"

namespace fazhi::domain {
namespace {

constexpr std::array<CodeChoice, 6> kActionCategories = {{
    {"penalty", "行政处罚"},
    {"licence", "行政许可"},
    {"coercion", "行政强制"},
    {"levy", "行政征收"},
    {"requisition", "行政征用"},
    {"inspection", "行政检查"},
}};
constexpr std::array<CodeChoice, 2> kProcedures = {{
    {"general", "普通程序"},
    {"summary", "简易程序"},
}};
constexpr std::array<CodeChoice, kCaseStageCount> kStages = {{
    {"filed", "线索/立案"},
    {"investigation", "调查取证"},
    {"notice", "告知"},
    {"statement", "陈述申辩/听证"},
    {"legal_review", "法制审核"},
    {"collective", "集体讨论"},
    {"decision", "决定"},
    {"service", "送达"},
    {"execution", "执行"},
    {"closed", "结案归档"},
}};
constexpr std::array<CodeChoice, 14> kPenaltyKinds = {{
    {"warning", "警告"},
    {"criticism", "通报批评"},
    {"fine", "罚款"},
    {"confiscate_gains", "没收违法所得"},
    {"confiscate_property", "没收非法财物"},
    {"suspend_licence", "暂扣许可证件"},
    {"lower_qualification", "降低资质等级"},
    {"revoke_licence", "吊销许可证件"},
    {"restrict_production", "限制开展生产经营活动"},
    {"suspend_business", "责令停产停业"},
    {"order_closure", "责令关闭"},
    {"restrict_practice", "限制从业"},
    {"detention", "行政拘留"},
    {"other", "其他行政处罚"},
}};
constexpr std::array<int, 14> kPenaltyWeights = {1, 1, 2, 2, 2, 3, 3, 5, 4, 4, 5, 4, 6, 4};
constexpr std::array<CodeChoice, 4> kOutcomes = {{
    {"penalty", "给予行政处罚"},
    {"no_penalty_minor", "不予行政处罚（违法行为轻微）"},
    {"no_penalty_unfounded", "不予行政处罚（违法事实不能成立）"},
    {"transfer", "移送司法机关"},
}};
constexpr std::array<CodeChoice, 3> kReviewOutcomes = {{
    {"agree", "同意"},
    {"revise", "修改后提交"},
    {"disagree", "不同意"},
}};
constexpr std::array<CodeChoice, 7> kServiceMethods = {{
    {"direct", "直接送达"},
    {"left", "留置送达"},
    {"electronic", "电子送达"},
    {"post", "邮寄送达"},
    {"entrusted", "委托送达"},
    {"forwarded", "转交送达"},
    {"public_notice", "公告送达"},
}};
constexpr std::array<CodeChoice, 9> kEvidenceTypes = {{
    {"record", "执法文书"},
    {"documentary", "书证"},
    {"physical", "物证"},
    {"audio_visual", "视听资料"},
    {"electronic", "电子数据"},
    {"witness", "证人证言"},
    {"statement", "当事人的陈述"},
    {"expert_opinion", "鉴定意见"},
    {"inspection_record", "勘验笔录、现场笔录"},
}};

}  // namespace

std::string_view ActionCategoryCode(ActionCategory c) { return CodeOfRow(c, kActionCategories); }
std::string_view ActionCategoryLabelZh(ActionCategory c) { return LabelOfRow(c, kActionCategories); }
core::Result<ActionCategory> ParseActionCategory(std::string_view code, std::string_view field) {
  return ParseCodeAs<ActionCategory>(code, field, kActionCategories);
}

std::string_view PenaltyProcedureCode(PenaltyProcedure p) { return CodeOfRow(p, kProcedures); }
std::string_view PenaltyProcedureLabelZh(PenaltyProcedure p) { return LabelOfRow(p, kProcedures); }
core::Result<PenaltyProcedure> ParsePenaltyProcedure(std::string_view code, std::string_view field) {
  return ParseCodeAs<PenaltyProcedure>(code, field, kProcedures);
}

std::string_view CaseStageCode(CaseStage s) { return CodeOfRow(s, kStages); }
std::string_view CaseStageLabelZh(CaseStage s) { return LabelOfRow(s, kStages); }
core::Result<CaseStage> ParseCaseStage(std::string_view code, std::string_view field) {
  return ParseCodeAs<CaseStage>(code, field, kStages);
}

std::string_view PenaltyKindCode(PenaltyKind k) { return CodeOfRow(k, kPenaltyKinds); }
std::string_view PenaltyKindLabelZh(PenaltyKind k) { return LabelOfRow(k, kPenaltyKinds); }
core::Result<PenaltyKind> ParsePenaltyKind(std::string_view code, std::string_view field) {
  return ParseCodeAs<PenaltyKind>(code, field, kPenaltyKinds);
}
int PenaltyKindWeight(PenaltyKind k) { return kPenaltyWeights[static_cast<std::size_t>(k)]; }

std::string_view DecisionOutcomeCode(DecisionOutcome o) { return CodeOfRow(o, kOutcomes); }
std::string_view DecisionOutcomeLabelZh(DecisionOutcome o) { return LabelOfRow(o, kOutcomes); }
core::Result<DecisionOutcome> ParseDecisionOutcome(std::string_view code, std::string_view field) {
  return ParseCodeAs<DecisionOutcome>(code, field, kOutcomes);
}

std::string_view ReviewOutcomeCode(ReviewOutcome o) { return CodeOfRow(o, kReviewOutcomes); }
std::string_view ReviewOutcomeLabelZh(ReviewOutcome o) { return LabelOfRow(o, kReviewOutcomes); }
core::Result<ReviewOutcome> ParseReviewOutcome(std::string_view code, std::string_view field) {
  return ParseCodeAs<ReviewOutcome>(code, field, kReviewOutcomes);
}

std::string_view ServiceMethodCode(ServiceMethod m) { return CodeOfRow(m, kServiceMethods); }
std::string_view ServiceMethodLabelZh(ServiceMethod m) { return LabelOfRow(m, kServiceMethods); }
core::Result<ServiceMethod> ParseServiceMethod(std::string_view code, std::string_view field) {
  return ParseCodeAs<ServiceMethod>(code, field, kServiceMethods);
}

std::string_view EvidenceTypeCode(EvidenceType t) { return CodeOfRow(t, kEvidenceTypes); }
std::string_view EvidenceTypeLabelZh(EvidenceType t) { return LabelOfRow(t, kEvidenceTypes); }
core::Result<EvidenceType> ParseEvidenceType(std::string_view code, std::string_view field) {
  return ParseCodeAs<EvidenceType>(code, field, kEvidenceTypes);
}

}  // namespace fazhi::domain
