// service/json/mediation_json.h — JSON for the 人民调解 ledger: committees (with members),
// mediators, screening rounds, screened disputes, mediation cases (with parties and the
// agreement), and the dispute-category table.
//
// Contract (docs/server.md "JSON names"):
//  * Every field of the domain record is written, snake_case → camelCase; enums as their
//    codes, plus "<field>Label" (zh) where the domain has a label: genderLabel, kindLabel,
//    startModeLabel, outcomeLabel, formLabel, performanceLabel, confirmationResultLabel, and
//    categoryLabel (the MED-11 table). Dates "YYYY-MM-DD"; unset optionals null; money in 分
//    (amountFen). Children: "members", "parties" (arrays), "agreement" (object or null).
//  * Personal data (idNumber, phone of mediators and parties) is masked per Masking; the
//    default masks. A uscc is not personal data and is never masked.
//  * Decoders (errors: json_reader.h, paths like "parties[1].idNumber", "agreement.form")
//    read "id" and "townshipId" when present (0 otherwise; the caller decides), ignore the
//    labels and unknown keys, and give an omitted optional field its domain default. A
//    masked idNumber or phone ('*') is refused. Enum and category fields take codes only.
//    Required fields:
//      committee: name, establishedOn, termStart, termEnd; each member: name, termStart,
//        termEnd;
//      mediator: committeeId, name, appointedOn;
//      screening round: heldOn;
//      screened dispute: roundId, foundOn, category;
//      case: committeeId, caseNo, category, acceptedOn; each party: name; the agreement
//        (when given): form, effectiveOn.
//    Text fields (summary, terms, notes, reasons) take up to kTextMaxChars characters, the
//    others up to kNameMaxChars. Rules beyond types (dates in order, 身份证号 checks, roster)
//    are the domain's (domain/mediation/mediation_rules.h).
// Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "domain/mediation/mediation.h"
#include "service/json/json_reader.h"
#include "service/json/masking.h"

namespace fazhi::service::json {

nlohmann::json ToJson(const domain::CommitteeMember& member);
nlohmann::json ToJson(const domain::MediationCommittee& committee, const Masking& masking = {});
nlohmann::json ToJson(const domain::Mediator& mediator, const Masking& masking = {});
nlohmann::json ToJson(const domain::ScreeningRound& round, const Masking& masking = {});
nlohmann::json ToJson(const domain::ScreenedDispute& dispute, const Masking& masking = {});
nlohmann::json ToJson(const domain::MediationParty& party, const Masking& masking = {});
nlohmann::json ToJson(const domain::MediationAgreement& agreement);
nlohmann::json ToJson(const domain::MediationCase& mediation_case, const Masking& masking = {});

// {"code","label","labelEn"}; the table as {"items":[…],"total":N}.
nlohmann::json ToJson(const domain::DisputeCategory& category);
nlohmann::json DisputeCategoriesToJson();

core::Result<domain::CommitteeMember> ReadCommitteeMember(const JsonReader& r);
core::Result<domain::MediationCommittee> ReadMediationCommittee(const JsonReader& r);
core::Result<domain::Mediator> ReadMediator(const JsonReader& r);
core::Result<domain::ScreeningRound> ReadScreeningRound(const JsonReader& r);
core::Result<domain::ScreenedDispute> ReadScreenedDispute(const JsonReader& r);
core::Result<domain::MediationParty> ReadMediationParty(const JsonReader& r);
core::Result<domain::MediationAgreement> ReadMediationAgreement(const JsonReader& r);
core::Result<domain::MediationCase> ReadMediationCase(const JsonReader& r);

core::Result<domain::MediationCommittee> MediationCommitteeFromJson(const nlohmann::json& j);
core::Result<domain::Mediator> MediatorFromJson(const nlohmann::json& j);
core::Result<domain::ScreeningRound> ScreeningRoundFromJson(const nlohmann::json& j);
core::Result<domain::ScreenedDispute> ScreenedDisputeFromJson(const nlohmann::json& j);
core::Result<domain::MediationCase> MediationCaseFromJson(const nlohmann::json& j);

}  // namespace fazhi::service::json
