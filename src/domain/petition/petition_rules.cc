// domain/petition/petition_rules.cc — see petition_rules.h.
#include "domain/petition/petition_rules.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <utility>

#include "domain/calendar/statutory_rules.h"
#include "domain/mediation/mediation_rules_support.h"
#include "domain/validation/idcard.h"

namespace fazhi::domain {
namespace {

using rules_support::Bad;
using rules_support::Blank;
using rules_support::CheckDateWithin;
using rules_support::CheckPhoneField;
using rules_support::Finding;
using rules_support::Has;
using rules_support::RequirePastDate;
using rules_support::RequireText;

bool WrittenChannel(PetitionChannel c) {
  return c == PetitionChannel::kOnline || c == PetitionChannel::kLetter ||
         c == PetitionChannel::kFax;
}

core::Error NotYet(std::string zh, std::string en) {
  return core::FailedPrecondition(std::move(zh), std::move(en));
}

core::Status CheckIntervals(const std::vector<ExcludedInterval>& intervals, std::string_view field,
                            std::string_view what_zh, std::string_view what_en, Date floor,
                            std::string_view floor_zh, std::string_view floor_en,
                            bool require_reason) {
  for (std::size_t i = 0; i < intervals.size(); ++i) {
    const ExcludedInterval& x = intervals[i];
    const std::string f = fmt::format("{}[{}]", field, i);
    if (!Has(x.from) || !Has(x.to)) {
      return Bad(f, fmt::format("第{}段{}须填写起止日期", i + 1, what_zh),
                 fmt::format("{} {} ({}) needs both dates", what_en, i + 1, f));
    }
    if (x.to < x.from) {
      return Bad(f, fmt::format("第{}段{}的结束日期早于开始日期", i + 1, what_zh),
                 fmt::format("{} {} ({}) ends before it starts", what_en, i + 1, f));
    }
    if (Has(floor) && x.from < floor) {
      return Bad(f,
                 fmt::format("第{}段{}不能早于{}（{}）", i + 1, what_zh, floor_zh,
                             core::FormatDate(floor)),
                 fmt::format("{} {} ({}) must not start before {} ({})", what_en, i + 1, f,
                             floor_en, core::FormatDate(floor)));
    }
    if (require_reason && Blank(x.reason)) {
      return Bad(f, fmt::format("第{}段{}须说明原因", i + 1, what_zh),
                 fmt::format("{} {} ({}) needs a reason", what_en, i + 1, f));
    }
  }
  return core::Ok();
}

core::Status ValidateReview(const PetitionReview& r, std::string_view field,
                            std::string_view what_zh, std::string_view what_en, Date floor,
                            std::string_view floor_zh, std::string_view floor_en, Date today) {
  const std::string f(field);
  RETURN_IF_ERROR(CheckDateWithin(r.requested_on, f + ".requestedOn",
                                  fmt::format("{}申请日期", what_zh),
                                  fmt::format("The {} request date ({}.requestedOn)", what_en, f),
                                  floor, floor_zh, floor_en, today));
  RETURN_IF_ERROR(RequireText(r.organ, f + ".organ", fmt::format("{}机关", what_zh),
                              fmt::format("The {} organ ({}.organ)", what_en, f)));
  if (r.replied_on) {
    RETURN_IF_ERROR(CheckDateWithin(*r.replied_on, f + ".repliedOn",
                                    fmt::format("{}答复日期", what_zh),
                                    fmt::format("The {} reply date ({}.repliedOn)", what_en, f),
                                    r.requested_on, "申请日期", "the request date", today));
  }
  return CheckIntervals(r.hearing, f + ".hearing", "听证时间", "Hearing interval", r.requested_on,
                        "申请日期", "the request date", false);
}

// ---- similarity ----

// Decodes UTF-8 into code points; an invalid byte becomes a code point of its own (0xDC00+b).
std::vector<char32_t> CodePoints(std::string_view s) {
  std::vector<char32_t> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    std::size_t len = 1;
    char32_t cp = b0;
    if (b0 >= 0xF0 && b0 < 0xF8) {
      len = 4;
      cp = b0 & 0x07u;
    } else if (b0 >= 0xE0) {
      len = 3;
      cp = b0 & 0x0Fu;
    } else if (b0 >= 0xC0) {
      len = 2;
      cp = b0 & 0x1Fu;
    } else if (b0 >= 0x80) {
      len = 0;
    }
    bool ok = len > 0 && i + len <= s.size();
    for (std::size_t k = 1; ok && k < len; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0u) != 0x80u) {
        ok = false;
      } else {
        cp = (cp << 6) | (b & 0x3Fu);
      }
    }
    if (!ok) {
      out.push_back(static_cast<char32_t>(0xDC00u + b0));
      ++i;
      continue;
    }
    out.push_back(cp);
    i += len;
  }
  return out;
}

bool Ignorable(char32_t c) {
  if (c < 0x80) {
    return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  }
  return (c >= 0x2000 && c <= 0x206F) ||  // general punctuation
         (c >= 0x3000 && c <= 0x303F) ||  // CJK symbols and punctuation (incl. U+3000)
         (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
         (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0x00A0 || c == 0x00B7;
}

std::vector<char32_t> Normalised(std::string_view s) {
  std::vector<char32_t> out;
  for (char32_t c : CodePoints(s)) {
    if (c >= 0xFF10 && c <= 0xFF5A) c = c - 0xFF10 + U'0';  // full-width ASCII letters/digits
    if (Ignorable(c)) continue;
    if (c >= 'A' && c <= 'Z') c = c - 'A' + 'a';
    out.push_back(c);
  }
  return out;
}

std::string NormalisedText(std::string_view s) {
  std::string out;
  for (char32_t c : Normalised(s)) out += fmt::format("{:x},", static_cast<std::uint32_t>(c));
  return out;
}

std::string NormalisedId(std::string_view id) {
  auto info = ValidateIdCard(id, core::MakeDate(9999, 12, 31));
  if (info) return info->normalized18;
  std::string out(TrimText(id));
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

bool SamePetitioner(const Petition& a, const Petition& b) {
  if (!Blank(a.id_number) && !Blank(b.id_number)) {
    return NormalisedId(a.id_number) == NormalisedId(b.id_number);
  }
  if (Blank(a.petitioner_name) || Blank(a.address) || Blank(b.petitioner_name) ||
      Blank(b.address)) {
    return false;
  }
  return NormalisedText(a.petitioner_name) == NormalisedText(b.petitioner_name) &&
         NormalisedText(a.address) == NormalisedText(b.address);
}

}  // namespace

// ---- derived facts ----

bool PetitionerIdentityClear(const Petition& p) {
  return !Blank(p.petitioner_name) && !Blank(p.address);
}

bool IsDiverted(const Petition& p) { return p.diversion != DiversionChannel::kNone; }

bool AcknowledgementRequired(const Petition& p) {
  return PetitionerIdentityClear(p) && !p.objected_on.has_value();
}

bool ShouldBeConcludedFinal(const Petition& p) {
  return p.re_review.has_value() && p.re_review->replied_on.has_value();
}

void NormalizePetition(Petition& p) { p.concluded_final = ShouldBeConcludedFinal(p); }

// ---- validation ----

core::Status ValidateLeaderReception(const LeaderReception& r, Date today) {
  RETURN_IF_ERROR(RequireText(r.leader_name, "leaderName", "接访领导姓名", "The leader's name (leaderName)"));
  RETURN_IF_ERROR(RequirePastDate(r.received_on, "receivedOn", "接访日期", "The reception date (receivedOn)", today));
  if (r.visitors < 0) {
    return Bad("visitors", "接待人次不能为负数", "The number of visitors (visitors) must not be negative");
  }
  if (r.matters < 0) {
    return Bad("matters", "登记事项数不能为负数", "The number of matters (matters) must not be negative");
  }
  return core::Ok();
}

core::Status ValidatePetition(const Petition& p, Date today) {
  RETURN_IF_ERROR(RequireText(p.reg_no, "regNo", "登记编号", "The registration number (regNo)"));
  RETURN_IF_ERROR(RequirePastDate(p.received_on, "receivedOn", "收到（登记）日期",
                                  "The date received (receivedOn)", today));
  if (p.source == PetitionSource::kAssigned && Blank(p.assigned_by)) {
    return Bad("assignedBy", "交办转送的信访事项请填写交办（转送）机关",
               "An assigned matter needs the organ that assigned it (assignedBy)");
  }
  const bool visit = p.channel == PetitionChannel::kVisit;
  const bool anonymous_allowed = p.category == PetitionCategory::kAccusation;
  if (visit && !anonymous_allowed) {
    RETURN_IF_ERROR(RequireText(p.petitioner_name, "petitionerName", "来访人姓名（名称）",
                                "The visitor's name (petitionerName)"));
    RETURN_IF_ERROR(
        RequireText(p.address, "address", "来访人住址", "The visitor's address (address)"));
  }
  if (!Blank(p.id_number)) {
    auto id = ValidateIdCard(p.id_number, today, "idNumber");
    if (!id) return core::Fail(std::move(id).error());
  }
  if (!Blank(p.phone)) RETURN_IF_ERROR(CheckPhoneField(p.phone, "phone"));
  if (p.group_size < 1) {
    return Bad("groupSize", "信访人数应不少于1",
               "The number of people (groupSize) must be at least 1");
  }
  if (p.representatives < 0 || p.representatives > 5) {
    return Bad("representatives", "推选代表人数应为0至5人（《信访工作条例》第20条）",
               "Representatives (representatives) must number 0 to 5");
  }
  if (p.representatives > p.group_size) {
    return Bad("representatives", "代表人数不能超过信访人数",
               "Representatives (representatives) cannot outnumber the group");
  }
  if (visit && p.group_size > 5 && p.representatives < 1) {
    return Bad("representatives",
               fmt::format("{}人走访提出共同信访事项，应推选1至5名代表（《信访工作条例》第20条）",
                           p.group_size),
               fmt::format("A visit of {} people must elect 1 to 5 representatives "
                           "(representatives)",
                           p.group_size));
  }
  RETURN_IF_ERROR(RequireText(p.request, "request", "信访请求", "The request (request)"));
  RETURN_IF_ERROR(RequireText(p.facts, "facts", "事实", "The facts (facts)"));
  if (WrittenChannel(p.channel)) {
    RETURN_IF_ERROR(RequireText(p.reasons, "reasons", "理由", "The reasons (reasons)"));
  }
  if (p.acknowledged_on) {
    RETURN_IF_ERROR(CheckDateWithin(*p.acknowledged_on, "acknowledgedOn", "书面告知日期",
                                    "The notice date (acknowledgedOn)", p.received_on, "收到日期",
                                    "the date received", today));
  }
  if (p.accepted_on) {
    RETURN_IF_ERROR(CheckDateWithin(*p.accepted_on, "acceptedOn", "受理日期",
                                    "The acceptance date (acceptedOn)", p.received_on, "收到日期",
                                    "the date received", today));
  }
  if (p.objected_on) {
    if (p.source != PetitionSource::kAssigned) {
      return Bad("objectedOn", "只有交办转送的信访事项才能提出异议",
                 "Only an assigned matter can be objected to (objectedOn)");
    }
    RETURN_IF_ERROR(CheckDateWithin(*p.objected_on, "objectedOn", "异议日期",
                                    "The objection date (objectedOn)", p.received_on, "收到日期",
                                    "the date received", today));
  }
  if (p.lead_assigned_on) {
    RETURN_IF_ERROR(
        RequireText(p.lead_leader, "leadLeader", "包案领导", "The leader in charge (leadLeader)"));
    RETURN_IF_ERROR(CheckDateWithin(*p.lead_assigned_on, "leadAssignedOn", "包案日期",
                                    "The date the leader took charge (leadAssignedOn)",
                                    p.received_on, "收到日期", "the date received", today));
  }
  if (IsDiverted(p)) {
    if (p.category == PetitionCategory::kSuggestion) {
      return Bad("diversion", "建议意见类信访事项不适用导入法定途径",
                 "A suggestion is not diverted to a legal channel (diversion)");
    }
    if (!p.diverted_on) {
      return Bad("divertedOn", "已导入法定途径的，请填写导入（告知）日期",
                 "A diverted matter needs the diversion date (divertedOn)");
    }
    RETURN_IF_ERROR(CheckDateWithin(*p.diverted_on, "divertedOn", "导入法定途径日期",
                                    "The diversion date (divertedOn)", p.received_on, "收到日期",
                                    "the date received", today));
    if (p.closed_on) {
      return Bad("closedOn", "已导入法定途径的事项不出具信访处理意见书，不应填写办结日期",
                 "A diverted matter gets no handling opinion: remove the closing date (closedOn)");
    }
    if (p.outcome != PetitionOutcome::kNone) {
      return Bad("outcome", "已导入法定途径的事项没有处理结果（支持、解释说明、不予支持）",
                 "A diverted matter has no handling outcome (outcome)");
    }
    if (p.extension) {
      return Bad("extension", "已导入法定途径的事项不适用办理期限延长",
                 "A diverted matter has no handling period to extend (extension)");
    }
    if (p.review) {
      return Bad("review", "已导入法定途径的事项不适用信访复查",
                 "A diverted matter cannot be reviewed under the petition rules (review)");
    }
  } else if (p.diverted_on) {
    return Bad("divertedOn", "未选择法定途径，不应填写导入日期",
               "No legal channel chosen (diversion): remove the diversion date (divertedOn)");
  }
  if (p.extension) {
    const PetitionExtension& x = *p.extension;
    if (!p.accepted_on) {
      return Bad("extension", "尚未受理的信访事项不能延长办理期限",
                 "A matter not yet accepted has no handling period to extend (extension)");
    }
    if (x.days < 1 || x.days > kPetitionMaxExtensionDays) {
      return Bad("extension.days", "延长期限应为1至30日（《信访工作条例》第34条）",
                 "The extension (extension.days) must be 1 to 30 days");
    }
    RETURN_IF_ERROR(RequireText(x.approver, "extension.approver", "批准延期的负责人",
                                "The approver (extension.approver)"));
    RETURN_IF_ERROR(CheckDateWithin(x.approved_on, "extension.approvedOn", "延期批准日期",
                                    "The approval date (extension.approvedOn)", *p.accepted_on,
                                    "受理日期", "the acceptance date", today));
    RETURN_IF_ERROR(RequireText(x.reason, "extension.reason", "延期理由",
                                "The extension reason (extension.reason)"));
  }
  if (!p.excluded.empty()) {
    if (!p.accepted_on) {
      return Bad("excluded", "尚未受理的信访事项没有可扣除的办理期间",
                 "A matter not yet accepted has no handling period to exclude time from "
                 "(excluded)");
    }
    RETURN_IF_ERROR(CheckIntervals(p.excluded, "excluded", "不计入办理期限的期间",
                                   "Excluded interval", *p.accepted_on, "受理日期",
                                   "the acceptance date", true));
  }
  if (p.closed_on) {
    if (!p.accepted_on) {
      return Bad("acceptedOn", "已办结的信访事项须填写受理日期",
                 "A closed matter needs its acceptance date (acceptedOn)");
    }
    RETURN_IF_ERROR(CheckDateWithin(*p.closed_on, "closedOn", "办结日期",
                                    "The closing date (closedOn)", *p.accepted_on, "受理日期",
                                    "the acceptance date", today));
    if (p.outcome == PetitionOutcome::kNone) {
      return Bad("outcome", "已办结的信访事项请选择处理意见（支持、解释说明或不予支持）",
                 "A closed matter needs its outcome: support, explain or reject (outcome)");
    }
  } else if (p.outcome != PetitionOutcome::kNone) {
    return Bad("closedOn", "已有处理意见的，请填写办结日期",
               "An outcome needs the closing date (closedOn)");
  }
  if (p.reply_served_on) {
    if (!p.closed_on) {
      return Bad("replyServedOn", "尚未办结，不应填写处理意见书送达日期",
                 "Not closed yet: remove the service date (replyServedOn)");
    }
    RETURN_IF_ERROR(CheckDateWithin(*p.reply_served_on, "replyServedOn", "处理意见书送达日期",
                                    "The service date (replyServedOn)", *p.closed_on, "办结日期",
                                    "the closing date", today));
  }
  if (p.satisfaction != Satisfaction::kNone && !p.closed_on) {
    return Bad("satisfaction", "办结后才能进行满意度评价",
               "Satisfaction (satisfaction) can be rated only after closure");
  }
  if (p.rated_on) {
    if (p.satisfaction == Satisfaction::kNone) {
      return Bad("ratedOn", "未评价的，不应填写评价日期",
                 "No rating: remove the rating date (ratedOn)");
    }
    RETURN_IF_ERROR(CheckDateWithin(*p.rated_on, "ratedOn", "评价日期", "The rating date (ratedOn)",
                                    *p.closed_on, "办结日期", "the closing date", today));
  }
  if (p.review) {
    if (!p.closed_on) {
      return Bad("review", "办结（出具处理意见书）后才能申请复查",
                 "A review (review) can be requested only after closure");
    }
    const bool served = p.reply_served_on.has_value();
    RETURN_IF_ERROR(ValidateReview(
        *p.review, "review", "复查", "review", served ? *p.reply_served_on : *p.closed_on,
        served ? "送达日期" : "办结日期", served ? "the service date" : "the closing date", today));
  }
  if (p.re_review) {
    if (!p.review || !p.review->replied_on) {
      return Bad("reReview", "复查答复后才能申请复核",
                 "A re-review (reReview) can be requested only after the review reply");
    }
    RETURN_IF_ERROR(ValidateReview(*p.re_review, "reReview", "复核", "re-review",
                                   *p.review->replied_on, "复查答复日期", "the review reply date",
                                   today));
  }
  if (p.concluded_final != ShouldBeConcludedFinal(p)) {
    if (p.concluded_final) {
      return Bad("concludedFinal", "只有复核答复后，信访事项才能标记为终结",
                 "Only a matter whose re-review was replied is concluded (concludedFinal)");
    }
    return Bad("concludedFinal", "复核已答复，信访事项应标记为终结（《信访工作条例》第36条）",
               "The re-review was replied: the matter must be marked concluded "
               "(concludedFinal)");
  }
  if (p.duplicate_of && p.id != 0 && *p.duplicate_of == p.id) {
    return Bad("duplicateOf", "信访事项不能标记为与自身重复",
               "A petition cannot duplicate itself (duplicateOf)");
  }
  return core::Ok();
}

// ---- deadlines ----

core::Result<DeadlineResult> AcknowledgementDeadline(const Petition& p,
                                                     const WorkingCalendar& calendar) {
  if (!Has(p.received_on)) {
    return core::Fail(NotYet("未填写收到日期，无法计算告知期限", "No date received"));
  }
  return ComputeDeadline(calendar, p.received_on, PetitionAcknowledgeRule());
}

core::Result<DeadlineResult> ObjectionDeadline(const Petition& p, const WorkingCalendar& calendar) {
  if (p.source != PetitionSource::kAssigned) {
    return core::Fail(NotYet("直接收到的信访事项不适用异议期限",
                             "Only an assigned matter has an objection period"));
  }
  if (!Has(p.received_on)) {
    return core::Fail(NotYet("未填写收到日期，无法计算异议期限", "No date received"));
  }
  return ComputeDeadline(calendar, p.received_on, PetitionObjectionRule());
}

core::Result<DeadlineResult> HandlingDeadline(const Petition& p, const WorkingCalendar& calendar) {
  if (!p.accepted_on) {
    return core::Fail(NotYet("信访事项尚未受理，办理期限尚未起算",
                             "The matter is not accepted: the handling period has not started"));
  }
  if (IsDiverted(p)) {
    return core::Fail(NotYet("已导入法定途径的事项不适用60日办理期限",
                             "A diverted matter has no 60-day handling period"));
  }
  std::vector<Extension> extensions;
  std::vector<std::string> notes;
  if (p.extension && p.extension->days > 0) {
    const PetitionExtension& x = *p.extension;
    if (Blank(x.approver)) {
      notes.emplace_back("延期未记录批准的负责人，未计入办理期限");
    } else {
      Extension e;
      e.amount = std::min(x.days, kPetitionMaxExtensionDays);
      if (x.days > kPetitionMaxExtensionDays) {
        notes.push_back(fmt::format("延期{}日超过法定上限30日，按30日计算", x.days));
      }
      e.unit = PeriodUnit::kCalendarDays;
      e.approver = x.approver;
      if (Has(x.approved_on)) e.approved_on = x.approved_on;
      e.reason = x.reason;
      e.party_notified = x.petitioner_notified;
      extensions.push_back(std::move(e));
    }
  }
  ASSIGN_OR_RETURN(
      DeadlineResult r,
      ComputeDeadline(calendar, *p.accepted_on, PetitionHandlingRule(), extensions, p.excluded));
  r.warnings.insert(r.warnings.end(), notes.begin(), notes.end());
  return r;
}

core::Result<DeadlineResult> ReviewRequestDeadline(const Petition& p,
                                                   const WorkingCalendar& calendar) {
  if (!p.closed_on) {
    return core::Fail(NotYet("尚未办结，复查申请期限尚未起算",
                             "Not closed: the review request period has not started"));
  }
  const Date start = p.reply_served_on ? *p.reply_served_on : *p.closed_on;
  ASSIGN_OR_RETURN(DeadlineResult r, ComputeDeadline(calendar, start, PetitionReviewRequestRule()));
  if (!p.reply_served_on) r.warnings.emplace_back("未录入处理意见书送达日期，按办结日期起算");
  return r;
}

core::Result<DeadlineResult> ReviewReplyDeadline(const Petition& p,
                                                 const WorkingCalendar& calendar) {
  if (!p.review || !Has(p.review->requested_on)) {
    return core::Fail(NotYet("未申请复查", "No review was requested"));
  }
  return ComputeDeadline(calendar, p.review->requested_on, PetitionReviewReplyRule());
}

core::Result<DeadlineResult> ReReviewRequestDeadline(const Petition& p,
                                                     const WorkingCalendar& calendar) {
  if (!p.review || !p.review->replied_on) {
    return core::Fail(NotYet("复查尚未答复，复核申请期限尚未起算",
                             "The review is not replied: the re-review period has not started"));
  }
  return ComputeDeadline(calendar, *p.review->replied_on, PetitionReReviewRequestRule());
}

core::Result<DeadlineResult> ReReviewReplyDeadline(const Petition& p,
                                                   const WorkingCalendar& calendar) {
  if (!p.re_review || !Has(p.re_review->requested_on)) {
    return core::Fail(NotYet("未申请复核", "No re-review was requested"));
  }
  return ComputeDeadline(calendar, p.re_review->requested_on, PetitionReReviewReplyRule(), {},
                         p.re_review->hearing);
}

// ---- duplicates ----

int RequestSimilarityPercent(std::string_view a, std::string_view b) {
  const std::vector<char32_t> x = Normalised(a), y = Normalised(b);
  if (x.empty() || y.empty()) return 0;
  if (x.size() == 1 || y.size() == 1) return x == y ? 100 : 0;
  std::map<std::uint64_t, int> grams;
  auto key = [](char32_t c1, char32_t c2) {
    return (static_cast<std::uint64_t>(c1) << 32) | static_cast<std::uint64_t>(c2);
  };
  for (std::size_t i = 0; i + 1 < x.size(); ++i) ++grams[key(x[i], x[i + 1])];
  std::int64_t common = 0;
  for (std::size_t i = 0; i + 1 < y.size(); ++i) {
    auto it = grams.find(key(y[i], y[i + 1]));
    if (it != grams.end() && it->second > 0) {
      --it->second;
      ++common;
    }
  }
  const auto total = static_cast<std::int64_t>(x.size() + y.size() - 2);
  return static_cast<int>(200 * common / total);
}

bool PetitionInHand(const Petition& e, Date on, const WorkingCalendar& calendar) {
  if (!e.accepted_on || *e.accepted_on > on || IsDiverted(e)) return false;
  if (e.concluded_final || ShouldBeConcludedFinal(e)) return true;
  if (!e.closed_on || *e.closed_on >= on) return true;
  if (!e.review) {
    auto window = ReviewRequestDeadline(e, calendar);
    return window && window->due >= on;
  }
  if (!e.review->replied_on || *e.review->replied_on >= on) return true;
  if (!e.re_review) {
    auto window = ReReviewRequestDeadline(e, calendar);
    return window && window->due >= on;
  }
  return true;  // 复核 requested: in hand until replied, then 终结.
}

std::vector<std::int64_t> FindDuplicatePetitions(const Petition& incoming,
                                                 std::span<const Petition> existing,
                                                 const WorkingCalendar& calendar,
                                                 const LedgerSettings& settings) {
  std::vector<std::int64_t> ids;
  for (const Petition& e : existing) {
    if (incoming.id != 0 && e.id == incoming.id) continue;
    if (!SamePetitioner(incoming, e)) continue;
    if (RequestSimilarityPercent(incoming.request, e.request) <
        settings.duplicate_similarity_percent) {
      continue;
    }
    if (!PetitionInHand(e, incoming.received_on, calendar)) continue;
    ids.push_back(e.id);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

// ---- warnings ----

std::vector<RuleFinding> PetitionWarnings(const Petition& p, Date today,
                                          const WorkingCalendar& calendar) {
  std::vector<RuleFinding> out;
  bool provisional = false;
  auto note = [&](const DeadlineResult& r) { provisional = provisional || r.provisional; };

  // PET-05: notice and objection.
  if (!PetitionerIdentityClear(p)) {
    out.push_back(Finding(
        "PET-05", Severity::kWarning, Blank(p.petitioner_name) ? "petitionerName" : "address",
        "信访人姓名（名称）或住址不清，依法无需书面告知；如能联系到信访人，请补充",
        "The petitioner's name or address is unclear: no written notice is "
        "owed; add them if the petitioner can be reached",
        PetitionAcknowledgeRule().basis.Display()));
  } else if (AcknowledgementRequired(p)) {
    if (auto ack = AcknowledgementDeadline(p, calendar)) {
      note(*ack);
      if (p.acknowledged_on && *p.acknowledged_on > ack->due) {
        out.push_back(
            Finding("PET-05", Severity::kWarning, "acknowledgedOn",
                    fmt::format("书面告知（{}）晚于收到后15日（{}）",
                                core::FormatDate(*p.acknowledged_on), core::FormatDate(ack->due)),
                    fmt::format("The written notice ({}) came after the 15-day limit "
                                "({})",
                                core::FormatDate(*p.acknowledged_on), core::FormatDate(ack->due)),
                    ack->basis.Display()));
      } else if (!p.acknowledged_on && !p.closed_on && today > ack->due) {
        out.push_back(Finding(
            "PET-05", Severity::kWarning, "acknowledgedOn",
            fmt::format("收到已超过15日（期限{}），尚未书面告知信访人", core::FormatDate(ack->due)),
            fmt::format("The 15-day notice period ended on {} and no written "
                        "notice is recorded",
                        core::FormatDate(ack->due)),
            ack->basis.Display()));
      }
    }
  }
  if (p.objected_on) {
    if (auto obj = ObjectionDeadline(p, calendar)) {
      note(*obj);
      if (*p.objected_on > obj->due) {
        out.push_back(
            Finding("PET-05", Severity::kWarning, "objectedOn",
                    fmt::format("异议（{}）晚于收到后5个工作日（{}）",
                                core::FormatDate(*p.objected_on), core::FormatDate(obj->due)),
                    fmt::format("The objection ({}) came after the 5-working-day "
                                "limit ({})",
                                core::FormatDate(*p.objected_on), core::FormatDate(obj->due)),
                    obj->basis.Display()));
      }
    }
  }
  // PET-02: reasons on oral petitions.
  if (!WrittenChannel(p.channel) && Blank(p.reasons)) {
    out.push_back(Finding("PET-02", Severity::kInfo, "reasons", "口头信访未记录理由，请如实补记",
                          "The reasons of this oral petition are not recorded",
                          "《信访工作条例》（2022-05-01施行）第19条"));
  }
  // PET-08: handling period.
  if (p.accepted_on && !IsDiverted(p)) {
    if (auto due = HandlingDeadline(p, calendar)) {
      note(*due);
      const std::string basis = due->basis.Display();
      if (p.closed_on && *p.closed_on > due->due) {
        out.push_back(
            Finding("PET-08", Severity::kWarning, "closedOn",
                    fmt::format("办结（{}）超过办理期限（{}）", core::FormatDate(*p.closed_on),
                                core::FormatDate(due->due)),
                    fmt::format("Closed on {}, after the handling deadline ({})",
                                core::FormatDate(*p.closed_on), core::FormatDate(due->due)),
                    basis));
      } else if (!p.closed_on && today > due->due) {
        out.push_back(
            Finding("PET-08", Severity::kWarning, "closedOn",
                    fmt::format("已超过办理期限（{}）尚未办结", core::FormatDate(due->due)),
                    fmt::format("Past the handling deadline ({}) and not closed",
                                core::FormatDate(due->due)),
                    basis));
      }
    }
    if (p.extension) {
      Petition base = p;
      base.extension.reset();
      if (auto original = HandlingDeadline(base, calendar);
          original && Has(p.extension->approved_on) && p.extension->approved_on > original->due) {
        out.push_back(Finding("PET-08", Severity::kWarning, "extension.approvedOn",
                              fmt::format("延期于{}批准，晚于原办理期限（{}）",
                                          core::FormatDate(p.extension->approved_on),
                                          core::FormatDate(original->due)),
                              fmt::format("The extension was approved on {}, after the original "
                                          "deadline ({})",
                                          core::FormatDate(p.extension->approved_on),
                                          core::FormatDate(original->due)),
                              original->basis.Display()));
      }
      if (!p.extension->petitioner_notified) {
        out.push_back(Finding("PET-08", Severity::kWarning, "extension.petitionerNotified",
                              "延长办理期限应告知信访人延期理由，尚未记录告知",
                              "The petitioner must be told why the period was extended; no "
                              "notice is recorded",
                              PetitionHandlingRule().basis.Display()));
      }
    }
  }
  // PET-09: reply service.
  if (p.closed_on && !p.reply_served_on) {
    out.push_back(Finding("PET-09", Severity::kInfo, "replyServedOn",
                          "已办结，尚未记录信访处理意见书送达日期",
                          "Closed, but the service of the written reply is not recorded",
                          "《信访工作条例》（2022-05-01施行）第32条"));
  }
  // PET-10 / PET-11: review windows and replies.
  if (p.review) {
    if (auto window = ReviewRequestDeadline(p, calendar)) {
      note(*window);
      if (p.review->requested_on > window->due) {
        out.push_back(Finding(
            "PET-10", Severity::kWarning, "review.requestedOn",
            fmt::format("复查申请（{}）超过收到处理意见书后30日（{}）",
                        core::FormatDate(p.review->requested_on), core::FormatDate(window->due)),
            fmt::format("The review was requested ({}) after the 30-day window "
                        "({})",
                        core::FormatDate(p.review->requested_on), core::FormatDate(window->due)),
            window->basis.Display()));
      }
    }
    if (auto reply = ReviewReplyDeadline(p, calendar)) {
      note(*reply);
      if (p.review->replied_on && *p.review->replied_on > reply->due) {
        out.push_back(Finding(
            "PET-10", Severity::kInfo, "review.repliedOn",
            fmt::format("复查答复（{}）晚于期限（{}）", core::FormatDate(*p.review->replied_on),
                        core::FormatDate(reply->due)),
            fmt::format("The review reply ({}) came after its deadline ({})",
                        core::FormatDate(*p.review->replied_on), core::FormatDate(reply->due)),
            reply->basis.Display()));
      }
    }
  }
  if (p.re_review) {
    if (auto window = ReReviewRequestDeadline(p, calendar)) {
      note(*window);
      if (p.re_review->requested_on > window->due) {
        out.push_back(Finding(
            "PET-11", Severity::kWarning, "reReview.requestedOn",
            fmt::format("复核申请（{}）超过复查答复后30日（{}）",
                        core::FormatDate(p.re_review->requested_on), core::FormatDate(window->due)),
            fmt::format("The re-review was requested ({}) after the 30-day "
                        "window ({})",
                        core::FormatDate(p.re_review->requested_on), core::FormatDate(window->due)),
            window->basis.Display()));
      }
    }
    if (auto reply = ReReviewReplyDeadline(p, calendar)) {
      note(*reply);
      if (p.re_review->replied_on && *p.re_review->replied_on > reply->due) {
        out.push_back(Finding(
            "PET-11", Severity::kInfo, "reReview.repliedOn",
            fmt::format("复核答复（{}）晚于期限（{}，听证时间不计入）",
                        core::FormatDate(*p.re_review->replied_on), core::FormatDate(reply->due)),
            fmt::format("The re-review reply ({}) came after its deadline ({}, "
                        "hearing time excluded)",
                        core::FormatDate(*p.re_review->replied_on), core::FormatDate(reply->due)),
            reply->basis.Display()));
      }
    }
  }
  // PET-12: duplicates accepted again.
  if (p.duplicate_of && p.accepted_on) {
    out.push_back(Finding("PET-12", Severity::kWarning, "duplicateOf",
                          "该事项与已受理或正在办理的信访事项重复，在规定期限内不应再次受理",
                          "This matter duplicates one already accepted or in hand: it should not "
                          "be accepted again within the time limit",
                          "《信访工作条例》（2022-05-01施行）第19条、第36条"));
  }
  if (provisional) {
    out.push_back(
        Finding("CAL-09", Severity::kInfo, "", "期限计算涉及尚未录入节假日安排的年份，结果为暂定",
                "A deadline reaches a year without a holiday table: it is provisional", ""));
  }
  return out;
}

}  // namespace fazhi::domain
