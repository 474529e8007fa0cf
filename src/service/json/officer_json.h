// service/json/officer_json.h — JSON for the 行政执法人员 register: an officer with
// "certificates", "exams" and "trainings" (arrays), and the officer's standing on a day.
//
// Contract (docs/server.md "JSON names"), as mediation_json.h:
//  * Every field of the domain record is written, snake_case → camelCase; enums as their codes
//    plus a zh label (genderLabel, statusLabel, partLabel); exams also carry "passed" (the
//    pass mark is a setting, so the encoder takes it); dates "YYYY-MM-DD", unset optionals
//    null. idNumber and phone are masked per Masking.
//  * Decoders read "id" and "townshipId" when present (0 otherwise), ignore labels, "passed",
//    "standing" and unknown keys. Required: name, agency, inPostFrom; each certificate:
//    number, field, issuingAuthority, issuedOn, expiresOn; each exam: takenOn, part, score;
//    each training: heldOn, topic, hours. A masked idNumber or phone is refused. Errors name
//    the path ("certificates[1].expiresOn").
// Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "domain/enforcement/officer.h"
#include "domain/enforcement/officer_rules.h"
#include "service/json/masking.h"

namespace fazhi::service::json {

// `exam_pass_score`: the CERT-02 pass mark used for "passed" (LedgerSettings default 60).
nlohmann::json ToJson(const domain::EnforcementOfficer& officer, const Masking& masking,
                      int exam_pass_score = domain::LedgerSettings{}.cert_exam_pass_score);
// {"inPost", "certificate", "certificateLabel", "certificateNumber", "validUntil", "daysLeft",
//  "trainingHoursThisYear", "trainingHoursTarget"}
nlohmann::json ToJson(const domain::OfficerStanding& standing);

core::Result<domain::EnforcementOfficer> OfficerFromJson(const nlohmann::json& j);

}  // namespace fazhi::service::json
