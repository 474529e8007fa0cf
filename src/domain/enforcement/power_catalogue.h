// domain/enforcement/power_catalogue.h — the public catalogue of enforcement powers (LEP-01 事前
// 公开; 国办发〔2018〕118号): for each power the township exercises, who exercises it, what it is,
// its category (the six of LEP-05), the legal basis, the procedure and the remedies, versioned
// with effective dates so that what was published on any day can be shown again.
//
// Contract:
//  * PowerItem: one version of one power. Versions of a power share `code` (事项编码); a
//    revision is a new version (version + 1) effective from a later date, and the previous
//    version ends the day before (effective_to). The current version has no effective_to.
//  * ValidatePowerItem: kInvalidArgument naming the first bad field: code (required, at most
//    50 characters), name, subject, basis, procedure, remedy (required; name/subject at most
//    100 characters, the others at most 2000), version ≥ 1, effectiveFrom required,
//    effectiveTo not before effectiveFrom.
//  * EffectiveOn: the version is in force on `day`.
//  * CheckRevision(current, next): next is a later version of the same power — same code,
//    version current + 1 (set by the caller), effective from after current's effective_from and
//    (when current has an end) not after it + 1 day; else kInvalidArgument "effectiveFrom".
//    ClosedBefore(current, next) is current ending the day before next takes effect.
// Pure; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/date.h"
#include "core/result.h"
#include "domain/common.h"
#include "domain/enforcement/penalty_case.h"

namespace fazhi::domain {

struct PowerItem {
  std::int64_t id = 0;
  std::int64_t township_id = 0;
  std::string code;                 // 事项编码: "TS-CF-001"
  int version = 1;
  std::string name;                 // 事项名称: "对占道经营行为的行政处罚"
  ActionCategory category = ActionCategory::kPenalty;
  std::string subject;              // 实施主体: "树人镇人民政府（综合行政执法办公室）"
  std::string basis;                // 设定依据: "《城市市容和环境卫生管理条例》第36条"
  std::string procedure;            // 办理程序: "立案—调查取证—告知—…"
  std::string remedy;               // 救济途径: "行政复议（60日内）、行政诉讼（6个月内）"
  std::string note;
  Date effective_from{};
  std::optional<Date> effective_to;  // last day in force; none: current
};

core::Status ValidatePowerItem(const PowerItem& item);
bool EffectiveOn(const PowerItem& item, Date day);
core::Status CheckRevision(const PowerItem& current, const PowerItem& next);
PowerItem ClosedBefore(PowerItem current, const PowerItem& next);

}  // namespace fazhi::domain
