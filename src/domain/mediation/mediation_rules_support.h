// domain/mediation/mediation_rules_support.h — small helpers shared by the MED and PET rule
// files (mediation_rules.cc, petition_rules.cc), the indicators and the alerts: building
// kInvalidArgument errors and RuleFindings, date and text checks on form fields, identifier
// checks that name a nested field, and money formatting.
//
// Contract: the checks return core::Ok() or kInvalidArgument with `field` set and a Chinese
// and an English message naming the field (the caller passes both labels). Internal to
// src/domain: not part of any layer's public API. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/result.h"
#include "domain/common.h"

namespace fazhi::domain::rules_support {

using core::Date;

// A date is "set" when it is a valid calendar date (a default-constructed Date is not).
inline bool Has(Date d) { return d.ok(); }

// True when `s` is empty after trimming ASCII white space and U+3000.
inline bool Blank(std::string_view s) { return TrimText(s).empty(); }

// The kInvalidArgument failure for `field`.
tl::unexpected<core::Error> Bad(std::string field, std::string message_zh, std::string message_en);

// `e` with its messages prefixed: "第2个当事人：<message>", "Party 2: <message_en>".
core::Error WithContext(core::Error e, std::string_view prefix_zh, std::string_view prefix_en);

RuleFinding Finding(std::string rule, Severity severity, std::string field, std::string zh,
                    std::string en, std::string basis);

// Required text: "请填写<label_zh>" / "<label_en> is required".
core::Status RequireText(const std::string& value, std::string_view field,
                         std::string_view label_zh, std::string_view label_en);

// A date that must be set and not after `today`.
core::Status RequirePastDate(Date d, std::string_view field, std::string_view label_zh,
                             std::string_view label_en, Date today);

// A date that must be set, not after `today` and not before `floor` (when floor is set);
// floor_zh/floor_en name the lower bound in the message.
core::Status CheckDateWithin(Date d, std::string_view field, std::string_view label_zh,
                             std::string_view label_en, Date floor, std::string_view floor_zh,
                             std::string_view floor_en, Date today);

// VAL-02 / phone checks that keep the validator's message and name `field`.
core::Status CheckUsccField(std::string_view value, const std::string& field);
core::Status CheckPhoneField(std::string_view value, const std::string& field);

// The identity fields of a party (mediation, enforcement case): a name; for a natural person
// a valid 身份证号 when given and no USCC; for an organisation a valid USCC when given and no
// 身份证号; a valid phone when given. `prefix` is the field path ("parties[1].") and
// who_zh/who_en name the party ("第2个当事人" / "Party 2") in the messages.
core::Status ValidatePartyIdentity(PartyKind kind, std::string_view name, std::string_view id_number,
                                   std::string_view uscc, std::string_view phone,
                                   const std::string& prefix, const std::string& who_zh,
                                   const std::string& who_en, Date today);

// 分 → 元 text without grouping: 123456 → "1234.56", 100 → "1", 150 → "1.5".
std::string FormatYuan(std::int64_t fen);

}  // namespace fazhi::domain::rules_support
