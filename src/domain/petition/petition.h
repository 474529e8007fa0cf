// domain/petition/petition.h — the 信访 ledger (信访工作条例, in force 2022-05-01; PET-01…15):
// petitions with channel, registration, 告知 (15 d), 受理, diversion to legal channels,
// handling (60 d + ≤30 d extension), reply and outcome, 复查 and 复核, satisfaction rating,
// 包案 leader; and 领导接访 records.
//
// Contract: plain value types; enum codes are the stable text stored and exchanged.
#pragma once

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

// PET-01, 第17条: 信息网络, 书信, 电话, 传真, 走访. Reports' "来信/来访/网上/电话" map onto these.
enum class PetitionChannel { kOnline, kLetter, kPhone, kFax, kVisit };
std::string_view PetitionChannelCode(PetitionChannel c);      // online|letter|phone|fax|visit
std::string_view PetitionChannelLabelZh(PetitionChannel c);   // 网上|来信|电话|传真|来访
core::Result<PetitionChannel> ParsePetitionChannel(std::string_view code_or_label);

// Received directly by the township, or passed down (交办/转送) by a 信访部门 or higher organ.
enum class PetitionSource { kDirect, kAssigned };
std::string_view PetitionSourceCode(PetitionSource s);  // direct|assigned
std::string_view PetitionSourceLabelZh(PetitionSource s);  // 直接受理|交办转送
core::Result<PetitionSource> ParsePetitionSource(std::string_view code);

// PET-07, 第29条.
enum class PetitionCategory { kSuggestion, kAccusation, kClaim };
std::string_view PetitionCategoryCode(PetitionCategory c);  // suggestion|accusation|claim
std::string_view PetitionCategoryLabelZh(PetitionCategory c);  // 建议意见类|检举控告类|申诉求决类
core::Result<PetitionCategory> ParsePetitionCategory(std::string_view code_or_label);

// PET-07, 第31条(1)–(5): matters diverted to legal channels.
enum class DiversionChannel { kNone, kLitigation, kArbitration, kReconsideration,
                              kDisciplinary, kOtherLegal };
std::string_view DiversionChannelCode(DiversionChannel d);
// none|litigation|arbitration|reconsideration|disciplinary|other_legal
// 不涉及|诉讼|仲裁|行政复议|纪检监察|其他法定途径
std::string_view DiversionChannelLabelZh(DiversionChannel d);
core::Result<DiversionChannel> ParseDiversionChannel(std::string_view code);

// PET-09, 第32条.
enum class PetitionOutcome { kNone, kSupport, kExplain, kReject };
std::string_view PetitionOutcomeCode(PetitionOutcome o);  // none|support|explain|reject
std::string_view PetitionOutcomeLabelZh(PetitionOutcome o);  // —|支持|解释说明|不予支持
core::Result<PetitionOutcome> ParsePetitionOutcome(std::string_view code);

enum class Satisfaction { kNone, kSatisfied, kBasicallySatisfied, kUnsatisfied };
std::string_view SatisfactionCode(Satisfaction s);  // none|satisfied|basic|unsatisfied
std::string_view SatisfactionLabelZh(Satisfaction s);  // 未评价|满意|基本满意|不满意
core::Result<Satisfaction> ParseSatisfaction(std::string_view code);

struct PetitionExtension {
  int days = 0;             // ≤ 30 (第34条)
  std::string approver;     // the 负责人 who approved
  Date approved_on{};
  std::string reason;
  bool petitioner_notified = false;  // the petitioner was told why
};

// 复查 (第35条) or 复核 (第36条).
struct PetitionReview {
  Date requested_on{};
  std::string organ;                   // the organ reviewing
  std::optional<Date> replied_on;
  std::string result;                  // 维持 / 撤销 / 变更 … free text
  std::vector<ExcludedInterval> hearing;  // hearing time, not counted (第36条)
};

struct Petition {
  std::int64_t id = 0;
  std::int64_t township_id = 0;
  std::string reg_no;  // 登记编号, unique per township
  PetitionChannel channel = PetitionChannel::kVisit;
  PetitionSource source = PetitionSource::kDirect;
  std::string assigned_by;  // the 信访部门/organ when kAssigned
  Date received_on{};         // 收到 / 登记 date (for kAssigned: date received from above)
  std::string petitioner_name;
  std::string id_number;  // optional, validated when given
  std::string phone;
  std::string address;
  int group_size = 1;        // people in the visit; >5 needs representatives (PET-03)
  int representatives = 0;   // for group visits, at most 5
  PetitionCategory category = PetitionCategory::kClaim;
  std::string request;  // 请求
  std::string facts;    // 事实
  std::string reasons;  // 理由
  bool urgent = false;  // PET-13
  std::optional<Date> acknowledged_on;  // written 告知 (PET-05, 15 days)
  std::optional<Date> accepted_on;      // 受理: handling period runs from here (PET-08)
  std::optional<Date> objected_on;      // assigned but not our remit: objection (5 working days)
  DiversionChannel diversion = DiversionChannel::kNone;
  std::optional<Date> diverted_on;
  std::optional<PetitionExtension> extension;
  std::vector<ExcludedInterval> excluded;  // time not counted in the handling period
  std::optional<Date> closed_on;           // 处理意见书 issued (办结)
  PetitionOutcome outcome = PetitionOutcome::kNone;
  std::optional<Date> reply_served_on;
  Satisfaction satisfaction = Satisfaction::kNone;
  std::optional<Date> rated_on;
  std::string lead_leader;                 // 包案领导 (PET-14)
  std::optional<Date> lead_assigned_on;
  std::optional<PetitionReview> review;     // 复查
  std::optional<PetitionReview> re_review;  // 复核
  bool concluded_final = false;             // 终结 after 复核 (第36条)
  std::optional<std::int64_t> duplicate_of; // same facts already accepted (PET-11/12)
};

// 领导接访 (PET-14).
struct LeaderReception {
  std::int64_t id = 0;
  std::int64_t township_id = 0;
  std::string leader_name;
  std::string leader_title;  // "党委书记", "镇长"…
  Date received_on{};
  std::string location;
  int visitors = 0;
  int matters = 0;           // matters registered at this reception
  std::string notes;
};

}  // namespace fazhi::domain
