// domain/enforcement/publication.h — what the public sees of an enforcement decision
// (LEP-03 事后公开, 国办发〔2018〕118号): the decision without personal data.
//
// Contract: ToPublicDecision keeps the township, decision number, cause, matter type,
// category, decision date and outcome, the sanction (kinds, fine, confiscation, the text as
// written), the publication date and address — and for each party only PublicPartyName: a
// natural person as surname + "某" ("张某", "欧阳某" for the common two-character surnames),
// an organisation by its name (public bodies and companies are published by name). Never an
// 身份证号, 统一社会信用代码 of a person, phone or address. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "domain/enforcement/penalty_case.h"

namespace fazhi::domain {

struct PublicDecision {
  std::int64_t case_id = 0;
  std::string township;
  std::string decision_number;
  std::string cause;
  std::string matter_type;
  ActionCategory category = ActionCategory::kPenalty;
  std::vector<std::string> parties;  // PublicPartyName of each
  Date decided_on{};
  DecisionOutcome outcome = DecisionOutcome::kPenalty;
  std::vector<PenaltyKind> kinds;
  std::int64_t fine_fen = 0;
  std::int64_t confiscation_fen = 0;
  std::string description;
  std::optional<Date> published_on;
  std::string publication_url;
};

std::string PublicPartyName(const CaseParty& party);

// REQUIRES: c.decided_on is set.
PublicDecision ToPublicDecision(const PenaltyCase& c, std::string township);

}  // namespace fazhi::domain
