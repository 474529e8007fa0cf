// service/json/petition_json.h — JSON for the 信访 ledger: petitions (with the extension,
// the excluded intervals, the 复查 review and the 复核 re-review) and 领导接访 records.
//
// Contract (docs/server.md "JSON names"):
//  * Every field of the domain record is written, snake_case → camelCase; enums as codes
//    plus channelLabel, sourceLabel, categoryLabel, diversionLabel, outcomeLabel,
//    satisfactionLabel (zh). Dates "YYYY-MM-DD"; unset optionals null (extension, review,
//    reReview, duplicateOf, the optional dates). Children: "extension" {days, approver,
//    approvedOn, reason, petitionerNotified}, "excluded" [{from,to,reason}], "review" and
//    "reReview" {requestedOn, organ, repliedOn, result, hearing:[{from,to,reason}]}.
//  * The petitioner's idNumber and phone are masked per Masking (the default masks).
//  * Decoders (errors: json_reader.h, paths like "extension.days", "excluded[0].to",
//    "review.hearing[1].from") read "id" and "townshipId" when present (0 otherwise; the
//    caller decides), ignore labels and unknown keys, give an omitted optional field its
//    domain default, refuse a masked idNumber or phone, and take enum codes only.
//    Required fields:
//      petition: regNo, channel, category, receivedOn; the extension (when given): days,
//        approvedOn; a review (when given): requestedOn; each interval: from, to;
//      leader reception: leaderName, receivedOn.
//    Text fields (request, facts, reasons, reasons of extensions, review results, notes)
//    take up to kTextMaxChars characters, the others up to kNameMaxChars. The legal rules
//    are the domain's (domain/petition/petition_rules.h).
// Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "domain/petition/petition.h"
#include "service/json/json_reader.h"
#include "service/json/masking.h"

namespace fazhi::service::json {

nlohmann::json ToJson(const domain::PetitionExtension& extension);
nlohmann::json ToJson(const domain::PetitionReview& review);
nlohmann::json ToJson(const domain::Petition& petition, const Masking& masking = {});
nlohmann::json ToJson(const domain::LeaderReception& reception, const Masking& masking = {});

core::Result<domain::PetitionExtension> ReadPetitionExtension(const JsonReader& r);
core::Result<domain::PetitionReview> ReadPetitionReview(const JsonReader& r);
core::Result<domain::Petition> ReadPetition(const JsonReader& r);
core::Result<domain::LeaderReception> ReadLeaderReception(const JsonReader& r);

core::Result<domain::Petition> PetitionFromJson(const nlohmann::json& j);
core::Result<domain::LeaderReception> LeaderReceptionFromJson(const nlohmann::json& j);

}  // namespace fazhi::service::json
