// service/json/penalty_json.h — JSON for the 行政执法案件 ledger: a case with "parties",
// "officers", "extensions", "excluded" and "documents" (arrays) and the optional "hearing",
// "legalReview" and "collective" objects; and the case's deadlines.
//
// Contract (docs/server.md "JSON names"), as mediation_json.h:
//  * Every field of the domain record is written, snake_case → camelCase; enums as their codes
//    plus a zh label (categoryLabel, procedureLabel, stageLabel, outcomeLabel, …); dates
//    "YYYY-MM-DD", unset optionals null; money in 分 (…Fen). Terms are
//    {"kinds":[codes],"kindLabels":[…],"fineFen","confiscationFen","description"}; the review
//    checklist is an array of 7 booleans in the LEP-08 order (主体与职权, 执法资格, 程序, 事实与
//    证据, 适用依据与裁量, 文书, 涉嫌犯罪移送). Parties' idNumber and phone are masked per Masking.
//  * Decoders read "id" and "townshipId" when present (0 otherwise), ignore labels and unknown
//    keys. Required: number, cause, leadReceivedOn; each party: name; each officer: officerId;
//    each extension: amount; each excluded interval: from, to; each document: stage, title,
//    recordedOn; a hearing: requestedOn; a legal review: submittedOn; a collective discussion:
//    heldOn. A masked idNumber or phone is refused. Errors name the path
//    ("legalReview.checklist[2]", "proposed.kinds[0]").
// Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "domain/enforcement/penalty_case.h"
#include "domain/enforcement/penalty_rules.h"
#include "domain/enforcement/publication.h"
#include "service/json/masking.h"

namespace fazhi::service::json {

nlohmann::json ToJson(const domain::PenaltyCase& c, const Masking& masking);
// {"decision","hearingRequest","service","publication"} (deadline documents or null),
//  "paymentDue", "limitationEnds" (dates or null).
nlohmann::json ToJson(const domain::PenaltyDeadlines& d);

// The public view (domain/enforcement/publication.h): {"township","decisionNumber","cause",
// "matterType","category","categoryLabel","parties":[…],"decidedOn","outcome","outcomeLabel",
// "kinds":[codes],"kindLabels":[…],"fineFen","confiscationFen","description","publishedOn",
// "publicationUrl"} — no ids of records, no personal data.
nlohmann::json ToJson(const domain::PublicDecision& d);

// An entry of the 重大执法决定法制审核目录 (LEP-07): id, townshipId, matterType ("" = every
// matter type), kind (+ kindLabel), minPersonFen, minOrgFen, description, basis, active.
// Required on input: kind, description; active defaults to true.
nlohmann::json ToJson(const domain::ReviewCatalogueEntry& e, const Masking& masking);
core::Result<domain::ReviewCatalogueEntry> ReviewCatalogueEntryFromJson(const nlohmann::json& j);

core::Result<domain::PenaltyCase> PenaltyCaseFromJson(const nlohmann::json& j);

}  // namespace fazhi::service::json
