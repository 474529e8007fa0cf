// service/json/common_json.h — JSON for the small shared types: dates, optional ids, rule
// findings, legal bases, excluded intervals, and deadline results.
//
// Contract (docs/server.md "JSON names"):
//  * A date is "YYYY-MM-DD"; an unset optional date, an unset optional id, and a date that is
//    not a real day (an unset required date of an unsaved record) are null.
//  * RuleFinding → {"rule","severity","field","message","messageEn","basis"}; severity is the
//    code ("info" | "warning" | "error").
//  * LegalBasis → {"law","version","article","display"} (display: "《信访工作条例》（…）第34条").
//  * ExcludedInterval → {"from","to","reason"}.
//  * DeadlineResult → the document of `fazhi calendar deadline --json` (docs/cli.md):
//    {"rule","ruleName","start","amount","unit","rawDue","due","rolledForward",
//     "extensions":[{"amount","unit","approver","reason"}],"excluded":[…],"excludedDays",
//     "basis":{…},"calendarVersions":[…],"provisional","warnings":[…]}; the CLI prints it
//    with this encoder, so the two never drift apart.
//  * Read* decode from a JsonReader (paths in errors are the reader's); *FromJson decode a
//    whole document (field "" when it is not an object). See json_reader.h for the errors.
// Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <type_traits>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/calendar/deadline.h"
#include "domain/common.h"
#include "service/json/json_reader.h"

namespace fazhi::service::json {

nlohmann::json DateToJson(core::Date date);
nlohmann::json DateToJson(const std::optional<core::Date>& date);
nlohmann::json IdToJson(const std::optional<std::int64_t>& id);

nlohmann::json ToJson(const domain::RuleFinding& finding);
nlohmann::json ToJson(const std::vector<domain::RuleFinding>& findings);  // an array
nlohmann::json ToJson(const domain::LegalBasis& basis);
nlohmann::json ToJson(const domain::ExcludedInterval& interval);
nlohmann::json ToJson(const std::vector<domain::ExcludedInterval>& intervals);  // an array
nlohmann::json ToJson(const domain::DeadlineResult& deadline);

// Required: rule, severity, message. Optional: field, messageEn, basis.
core::Result<domain::RuleFinding> ReadRuleFinding(const JsonReader& r);
// Required: law. Optional: version, article. ("display" is derived and ignored.)
core::Result<domain::LegalBasis> ReadLegalBasis(const JsonReader& r);
// Required: from, to. Optional: reason (≤ kTextMaxChars).
core::Result<domain::ExcludedInterval> ReadExcludedInterval(const JsonReader& r);

core::Result<domain::RuleFinding> RuleFindingFromJson(const nlohmann::json& j);
core::Result<domain::LegalBasis> LegalBasisFromJson(const nlohmann::json& j);
core::Result<domain::ExcludedInterval> ExcludedIntervalFromJson(const nlohmann::json& j);

// An idNumber or phone field (≤ kNameMaxChars): a string, never a masked display value
// (CheckNotMasked, masking.h).
core::Result<std::string> ReadPersonal(const JsonReader& r, std::string_view key);

// Decodes a whole document with a Read* function: field "" when `j` is not an object.
template <class Read>
auto DecodeDocument(const nlohmann::json& j, Read&& read)
    -> std::invoke_result_t<Read&, const JsonReader&> {
  JsonReader r(j);
  RETURN_IF_ERROR(r.ExpectObject());
  return read(r);
}

}  // namespace fazhi::service::json
