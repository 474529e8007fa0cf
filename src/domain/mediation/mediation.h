// domain/mediation/mediation.h — the 人民调解 ledger (MED-01…MED-12): committees (调委会) and
// their members, mediators (调解员), screening rounds (矛盾纠纷排查) and the disputes they find,
// mediation cases with parties, outcome (成功/失败/终止), agreement (written/oral),
// performance (履行) and 司法确认.
//
// Contract: plain value types. Enum codes (the *Code functions) are the stable text stored
// in the database and used in JSON/CSV; labels are for display. Dates are core::Date.
// Money is in 分 (int64). ids are 0 until stored.
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

// ---- committees and mediators (MED-01, MED-02, MED-04) ----
enum class CommitteeLevel { kTownship, kVillage };
std::string_view CommitteeLevelCode(CommitteeLevel l);  // "township" | "village"
core::Result<CommitteeLevel> ParseCommitteeLevel(std::string_view code);

enum class CommitteeRole { kChair, kViceChair, kMember };
std::string_view CommitteeRoleCode(CommitteeRole r);  // "chair" | "vice_chair" | "member"
core::Result<CommitteeRole> ParseCommitteeRole(std::string_view code);

struct CommitteeMember {
  std::int64_t id = 0;
  std::int64_t committee_id = 0;
  std::string name;
  Gender gender = Gender::kUnknown;
  std::string ethnicity = "汉族";
  CommitteeRole role = CommitteeRole::kMember;
  Date term_start{};
  Date term_end{};
};

struct MediationCommittee {
  std::int64_t id = 0;
  std::int64_t township_id = 0;               // region id of the township
  std::optional<std::int64_t> village_id;     // set for a village committee
  std::string name;                           // "许明寺镇人民调解委员会"
  CommitteeLevel level = CommitteeLevel::kTownship;
  Date established_on{};
  Date term_start{};
  Date term_end{};
  bool multi_ethnic_area = false;             // requires a minority member (MED-01)
  std::vector<CommitteeMember> members;
};

struct Mediator {
  std::int64_t id = 0;
  std::int64_t township_id = 0;
  std::int64_t committee_id = 0;
  std::string name;
  Gender gender = Gender::kUnknown;
  std::string id_number;  // 身份证号, validated (VAL-01); masked in lists
  std::string phone;      // masked in lists
  bool is_committee_member = true;  // else hired by the committee (MED-04)
  Date appointed_on{};
  std::optional<Date> dismissed_on;
  int training_hours = 0;
};

// ---- screening (MED-12) ----
struct ScreeningRound {
  std::int64_t id = 0;
  std::int64_t township_id = 0;
  std::optional<std::int64_t> village_id;
  Date held_on{};
  std::string organiser;  // "综治办", "司法所"…
  std::string scope;      // "全镇", "某村"
  std::string notes;
};

enum class ScreenedDisputeStatus { kOpen, kResolved, kTransferred };
std::string_view ScreenedDisputeStatusCode(ScreenedDisputeStatus s);  // open|resolved|transferred
core::Result<ScreenedDisputeStatus> ParseScreenedDisputeStatus(std::string_view code);

enum class ResolutionRoute { kMediation, kOther, kSelf };
std::string_view ResolutionRouteCode(ResolutionRoute r);  // mediation|other|self
core::Result<ResolutionRoute> ParseResolutionRoute(std::string_view code);

struct ScreenedDispute {
  std::int64_t id = 0;
  std::int64_t round_id = 0;
  std::int64_t township_id = 0;
  std::optional<std::int64_t> village_id;
  Date found_on{};
  std::string category;  // a DisputeCategory code
  std::string summary;
  int parties_count = 2;
  ScreenedDisputeStatus status = ScreenedDisputeStatus::kOpen;
  std::optional<ResolutionRoute> route;          // when resolved
  std::optional<Date> resolved_on;               // when resolved or transferred
  std::string transferred_to;                    // when transferred
  std::optional<std::int64_t> mediation_case_id;  // when route == kMediation
};

// ---- dispute categories (MED-11), an extensible table ----
struct DisputeCategory {
  std::string_view code;      // "marriage_family"
  std::string_view label_zh;  // "婚姻家庭"
  std::string_view label_en;  // "Marriage and family"
};
const std::vector<DisputeCategory>& DisputeCategories();
const DisputeCategory* FindDisputeCategory(std::string_view code_or_label);

// ---- mediation cases (MED-05…MED-10) ----
enum class MediationStartMode { kApplication, kProactive, kReferral };
std::string_view MediationStartModeCode(MediationStartMode m);  // application|proactive|referral
std::string_view MediationStartModeLabelZh(MediationStartMode m);  // 当事人申请|主动调解|委托移送
core::Result<MediationStartMode> ParseMediationStartMode(std::string_view code);

enum class MediationOutcome { kOpen, kSuccess, kFailed, kTerminated };
std::string_view MediationOutcomeCode(MediationOutcome o);  // open|success|failed|terminated
std::string_view MediationOutcomeLabelZh(MediationOutcome o);  // 调解中|成功|失败|终止
core::Result<MediationOutcome> ParseMediationOutcome(std::string_view code);

enum class AgreementForm { kWritten, kOral };
std::string_view AgreementFormCode(AgreementForm f);  // written|oral
std::string_view AgreementFormLabelZh(AgreementForm f);  // 书面协议|口头协议
core::Result<AgreementForm> ParseAgreementForm(std::string_view code);

enum class PerformanceStatus { kPending, kPerformed, kPartial, kNotPerformed };
std::string_view PerformanceStatusCode(PerformanceStatus p);  // pending|performed|partial|not_performed
std::string_view PerformanceStatusLabelZh(PerformanceStatus p);  // 待履行|已履行|部分履行|未履行
core::Result<PerformanceStatus> ParsePerformanceStatus(std::string_view code);

enum class ConfirmationResult { kNone, kPending, kConfirmed, kRejected };
std::string_view ConfirmationResultCode(ConfirmationResult r);  // none|pending|confirmed|rejected
std::string_view ConfirmationResultLabelZh(ConfirmationResult r);  // 未申请|审查中|确认有效|驳回申请
core::Result<ConfirmationResult> ParseConfirmationResult(std::string_view code);

struct MediationParty {
  std::int64_t id = 0;
  std::int64_t case_id = 0;
  PartyKind kind = PartyKind::kPerson;
  std::string name;
  std::string id_number;  // person: 身份证号 (optional, validated when given)
  std::string uscc;       // organisation: 统一社会信用代码 (optional, validated when given)
  std::string phone;
  std::string address;
};

struct MediationAgreement {
  std::int64_t id = 0;
  std::int64_t case_id = 0;
  AgreementForm form = AgreementForm::kWritten;
  Date effective_on{};            // written: when all signed and sealed; oral: when reached
  std::string terms;            // agreed terms, how and when performed (MED-07)
  std::int64_t amount_fen = 0;  // 协议涉及金额
  PerformanceStatus performance = PerformanceStatus::kPending;
  std::optional<Date> performance_due;   // agreed date of performance, if any
  std::optional<Date> performed_on;
  std::optional<Date> last_followup_on;  // 回访 (MED-08)
  std::optional<Date> confirmation_applied_on;  // 司法确认 application (MED-09)
  std::string confirmation_court;
  ConfirmationResult confirmation_result = ConfirmationResult::kNone;
  std::optional<Date> confirmation_decided_on;
};

struct MediationCase {
  std::int64_t id = 0;
  std::int64_t township_id = 0;
  std::int64_t committee_id = 0;
  std::optional<std::int64_t> mediator_id;
  std::string case_no;   // "许调〔2023〕15号"; unique per township
  std::string category;  // a DisputeCategory code
  MediationStartMode start_mode = MediationStartMode::kApplication;
  std::string referred_by;  // court / police station when kReferral
  Date accepted_on{};         // 受理 (registration) date
  std::string summary;      // facts and issues
  MediationOutcome outcome = MediationOutcome::kOpen;
  std::optional<Date> concluded_on;
  std::string termination_reason;  // for failed/terminated: why, and remedies told (MED-06)
  bool parties_agreed_to_continue = false;  // past the one-month limit (MED-10)
  std::int64_t amount_fen = 0;
  bool prevented_criminal = false;        // 防止民转刑
  bool prevented_group_petition = false;  // 防止群体性上访
  std::vector<MediationParty> parties;
  std::optional<MediationAgreement> agreement;  // only when outcome == kSuccess
};

}  // namespace fazhi::domain
