// domain/enforcement/penalty_case.h — the 行政执法案件 ledger (domain-rules.md §4 PEN-01…22,
// §5 LEP-03/05/06/07): an enforcement case of a township, from 线索 and 立案 through 调查取证,
// 告知, 陈述申辩/听证, 法制审核, 集体讨论, 决定, 送达 and 执行 to 结案归档, with its parties,
// the officers who handled it, the proposed and the decided penalty, extensions and excluded
// intervals of the 90-day decision period, publication (公示) and the documents and evidence
// of every stage (全过程记录).
//
// Contract: plain value types. Enum codes (the *Code functions) are the stable text stored in
// the database and used in JSON/CSV; labels are for display. Dates are core::Date; optional
// dates are unset until the act happened. Money is integer 分. Ids are 0 until stored.
// The rules that decide which stage a case may reach are in penalty_rules.h.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/calendar/deadline.h"
#include "domain/common.h"

namespace fazhi::domain {

using core::Date;

// LEP-05: the six categories of enforcement the annual statistics count.
enum class ActionCategory { kPenalty, kLicence, kCoercion, kLevy, kRequisition, kInspection };
// penalty|licence|coercion|levy|requisition|inspection
// 行政处罚|行政许可|行政强制|行政征收|行政征用|行政检查
std::string_view ActionCategoryCode(ActionCategory c);
std::string_view ActionCategoryLabelZh(ActionCategory c);
core::Result<ActionCategory> ParseActionCategory(std::string_view code,
                                                 std::string_view field = "category");

// PEN-15: 简易程序 (当场处罚) or 普通程序.
enum class PenaltyProcedure { kGeneral, kSummary };
std::string_view PenaltyProcedureCode(PenaltyProcedure p);     // general|summary
std::string_view PenaltyProcedureLabelZh(PenaltyProcedure p);  // 普通程序|简易程序
core::Result<PenaltyProcedure> ParsePenaltyProcedure(std::string_view code,
                                                     std::string_view field = "procedure");

// The stages of a case, in order (行政处罚法 第47条 全过程记录; LEP-06).
enum class CaseStage {
  kFiled,          // 线索/立案
  kInvestigation,  // 调查取证
  kNotice,         // 告知
  kStatement,      // 陈述申辩/听证
  kLegalReview,    // 法制审核
  kCollective,     // 集体讨论
  kDecision,       // 决定
  kService,        // 送达
  kExecution,      // 执行
  kClosed,         // 结案归档
};
inline constexpr int kCaseStageCount = 10;
// filed|investigation|notice|statement|legal_review|collective|decision|service|execution|closed
std::string_view CaseStageCode(CaseStage s);
// 线索/立案|调查取证|告知|陈述申辩/听证|法制审核|集体讨论|决定|送达|执行|结案归档
std::string_view CaseStageLabelZh(CaseStage s);
core::Result<CaseStage> ParseCaseStage(std::string_view code, std::string_view field = "stage");

// PEN-19, 第9条. Ordered from the lightest kind of sanction to the heaviest (PenaltyKindWeight).
enum class PenaltyKind {
  kWarning,              // 警告
  kCriticism,            // 通报批评
  kFine,                 // 罚款
  kConfiscateGains,      // 没收违法所得
  kConfiscateProperty,   // 没收非法财物
  kSuspendLicence,       // 暂扣许可证件
  kLowerQualification,   // 降低资质等级
  kRevokeLicence,        // 吊销许可证件
  kRestrictProduction,   // 限制开展生产经营活动
  kSuspendBusiness,      // 责令停产停业
  kOrderClosure,         // 责令关闭
  kRestrictPractice,     // 限制从业
  kDetention,            // 行政拘留
  kOther,                // 法律、行政法规规定的其他行政处罚
};
// warning|criticism|fine|confiscate_gains|confiscate_property|suspend_licence|
// lower_qualification|revoke_licence|restrict_production|suspend_business|order_closure|
// restrict_practice|detention|other
std::string_view PenaltyKindCode(PenaltyKind k);
std::string_view PenaltyKindLabelZh(PenaltyKind k);
core::Result<PenaltyKind> ParsePenaltyKind(std::string_view code, std::string_view field = "kind");
// How heavy a kind of sanction is, for "heavier than the 告知" (PEN-09): 1 申诫 (警告, 通报批评),
// 2 财产 (罚款, 没收), 3 资格 (暂扣, 降低资质), 4 行为 (限制生产经营, 停产停业, 限制从业, 其他),
// 5 (吊销, 责令关闭), 6 人身 (行政拘留).
int PenaltyKindWeight(PenaltyKind k);

// PEN-19, 第57条.
enum class DecisionOutcome { kPenalty, kNoPenaltyMinor, kNoPenaltyUnfounded, kTransfer };
// penalty|no_penalty_minor|no_penalty_unfounded|transfer
// 给予行政处罚|不予行政处罚（违法行为轻微）|不予行政处罚（违法事实不能成立）|移送司法机关
std::string_view DecisionOutcomeCode(DecisionOutcome o);
std::string_view DecisionOutcomeLabelZh(DecisionOutcome o);
core::Result<DecisionOutcome> ParseDecisionOutcome(std::string_view code,
                                                   std::string_view field = "outcome");

// LEP-08: the legal reviewer's conclusion.
enum class ReviewOutcome { kAgree, kRevise, kDisagree };
std::string_view ReviewOutcomeCode(ReviewOutcome o);     // agree|revise|disagree
std::string_view ReviewOutcomeLabelZh(ReviewOutcome o);  // 同意|修改后提交|不同意
core::Result<ReviewOutcome> ParseReviewOutcome(std::string_view code,
                                               std::string_view field = "outcome");

// PEN-14: the civil-procedure methods of service (民事诉讼法 第87–95条).
enum class ServiceMethod { kDirect, kLeft, kElectronic, kPost, kEntrusted, kForwarded, kPublicNotice };
// direct|left|electronic|post|entrusted|forwarded|public_notice
// 直接送达|留置送达|电子送达|邮寄送达|委托送达|转交送达|公告送达
std::string_view ServiceMethodCode(ServiceMethod m);
std::string_view ServiceMethodLabelZh(ServiceMethod m);
core::Result<ServiceMethod> ParseServiceMethod(std::string_view code,
                                               std::string_view field = "method");

// PEN-19, 第46条: kinds of evidence; kRecord for a stage's own paperwork (笔录, 审批表, 文书).
enum class EvidenceType {
  kRecord, kDocumentary, kPhysical, kAudioVisual, kElectronic, kWitness, kStatement,
  kExpertOpinion, kInspectionRecord,
};
// record|documentary|physical|audio_visual|electronic|witness|statement|expert_opinion|
// inspection_record
// 执法文书|书证|物证|视听资料|电子数据|证人证言|当事人的陈述|鉴定意见|勘验笔录、现场笔录
std::string_view EvidenceTypeCode(EvidenceType t);
std::string_view EvidenceTypeLabelZh(EvidenceType t);
core::Result<EvidenceType> ParseEvidenceType(std::string_view code,
                                             std::string_view field = "evidenceType");

struct CaseParty {
  std::int64_t id = 0;
  std::int64_t case_id = 0;
  PartyKind kind = PartyKind::kPerson;
  std::string name;
  std::string id_number;  // person: 身份证号 (validated when given; VAL-03 age on the act date)
  std::string uscc;       // organisation: 统一社会信用代码
  std::string phone;
  std::string address;    // PEN-13: the decision names the party's address
};

// An officer who handled the case (PEN-02), from the township's register (officer.h).
struct CaseOfficer {
  std::int64_t officer_id = 0;
  std::string name;                // copied from the register when saved
  std::string certificate_number;  // the 执法证 shown (PEN-03 证件已出示)
};

// A proposed (告知) or decided penalty.
struct PenaltyTerms {
  std::vector<PenaltyKind> kinds;
  std::int64_t fine_fen = 0;          // 罚款
  std::int64_t confiscation_fen = 0;  // 没收违法所得/非法财物, value
  std::string description;            // the sanction as written: "罚款人民币2000元"
  bool empty() const { return kinds.empty(); }
};

// PEN-12: a hearing the party requested.
struct CaseHearing {
  Date requested_on{};
  std::optional<Date> notified_on;  // 听证通知书 served
  std::optional<Date> held_on;
  std::string host;                  // 主持人: someone who did not investigate the case
  bool host_investigated = false;    // the host took part in the investigation
  bool party_absent = false;         // did not appear without reason: the hearing is waived
};

// PEN-10, LEP-08: the 法制审核.
struct LegalReview {
  Date submitted_on{};
  std::optional<Date> reviewed_on;
  std::string reviewer;
  bool reviewer_first_time = false;     // first time doing 法制审核
  bool reviewer_qualified = false;      // holds the national 法律职业资格
  ReviewOutcome outcome = ReviewOutcome::kAgree;
  std::string opinion;
  // LEP-08 checklist, in order: 主体与职权, 执法资格, 程序, 事实与证据, 适用依据与裁量, 文书,
  // 涉嫌犯罪移送. true = passed.
  std::array<bool, 7> checklist{};
};
inline constexpr std::size_t kReviewChecklistSize = 7;

// PEN-11: 集体讨论 by the organ's leaders.
struct CollectiveDiscussion {
  Date held_on{};
  std::string participants;  // "镇长张某、副镇长李某……"
  std::string conclusion;
};

// A document or piece of evidence of a stage (全过程记录, PEN-17, LEP-06). The file itself is
// kept by the store by its SHA-256; this is its description.
struct CaseDocument {
  std::int64_t id = 0;
  std::int64_t case_id = 0;
  CaseStage stage = CaseStage::kFiled;
  EvidenceType evidence_type = EvidenceType::kRecord;
  Date recorded_on{};
  std::string title;        // "现场检查笔录", "现场照片（3张）"
  std::string file_name;    // empty for a paper-only record
  std::string media_type;   // detected from the content: image/jpeg, application/pdf…
  std::int64_t size_bytes = 0;
  std::string sha256;       // 64 lower-case hex digits, or empty without a file
};

struct PenaltyCase {
  std::int64_t id = 0;
  std::int64_t township_id = 0;
  std::string number;       // 案号: "树综执罚立〔2025〕3号", unique per township
  std::string cause;        // 案由: "未按规定倾倒建筑垃圾"
  std::string matter_type;  // 事项类别 of the power catalogue (LEP-01/07): "市容环境卫生"
  std::string power_basis;  // PEN-01: the 赋权 decision the township acts under, if any
  ActionCategory category = ActionCategory::kPenalty;
  PenaltyProcedure procedure = PenaltyProcedure::kGeneral;
  CaseStage stage = CaseStage::kFiled;

  Date lead_received_on{};          // 线索 received (PEN-05)
  std::optional<Date> filed_on;   // 立案; unset while only a lead
  std::optional<Date> act_on;     // the violation happened (or ended, for a continuing act)
  bool grave_harm = false;        // life, health or financial safety with harm: 5-year limit

  std::vector<CaseParty> parties;
  std::vector<CaseOfficer> officers;

  // Triggers that make 法制审核 (PEN-10) or 集体讨论 (PEN-11) required.
  bool major_public_interest = false;  // 涉及重大公共利益
  bool complex_case = false;           // 案件情况疑难复杂、涉及多个法律关系
  bool serious_violation = false;      // 情节复杂或者重大违法行为 (集体讨论)
  bool review_required_by_law = false; // 法律、法规规定应当进行法制审核的其他情形

  std::optional<Date> investigated_on;  // the investigation record (调查询问/现场检查笔录)

  // 告知 (PEN-08): the proposed penalty, served on the party, or the party's express waiver.
  std::optional<Date> notice_served_on;
  PenaltyTerms proposed;
  bool hearing_right_notified = false;   // the 告知 told of the right to a hearing
  std::optional<Date> rights_waived_on;  // 当事人明确放弃陈述、申辩（和听证）
  std::string statement_summary;         // what the party said in 陈述申辩, and the review of it
  std::optional<CaseHearing> hearing;

  std::optional<LegalReview> legal_review;
  std::optional<CollectiveDiscussion> collective;

  // 决定 (PEN-13, PEN-19).
  std::optional<Date> decided_on;
  DecisionOutcome outcome = DecisionOutcome::kPenalty;
  PenaltyTerms decided;
  std::string decision_number;  // 决定书文号

  // 送达 (PEN-14).
  std::optional<Date> served_on;  // for a public notice: the day it was issued
  ServiceMethod service_method = ServiceMethod::kDirect;
  bool electronic_consent = false;  // the party signed consent to electronic service

  // 执行 (PEN-16) and 结案.
  std::optional<Date> executed_on;
  std::int64_t paid_fen = 0;
  std::optional<Date> closed_on;

  // PEN-06: approved extensions of the decision period and intervals not counted in it.
  std::vector<Extension> extensions;
  std::vector<ExcludedInterval> excluded;

  // LEP-03 事后公开.
  bool publication_required = true;
  std::optional<Date> published_on;
  std::string publication_url;

  std::vector<CaseDocument> documents;
};

}  // namespace fazhi::domain
