// domain/enforcement/publication.cc — see publication.h.
#include "domain/enforcement/publication.h"

#include <array>
#include <string_view>
#include <utility>

#include "domain/common.h"

namespace fazhi::domain {
namespace {

// The bytes of the first UTF-8 character of `s`.
std::size_t FirstCharBytes(std::string_view s) {
  if (s.empty()) return 0;
  const auto c = static_cast<unsigned char>(s[0]);
  const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  return std::min(n, s.size());
}

constexpr std::array<std::string_view, 20> kCompoundSurnames = {
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
    "宇文", "司徒", "司空", "令狐", "夏侯", "端木", "独孤", "南宫", "西门", "呼延"};

}  // namespace

std::string PublicPartyName(const CaseParty& party) {
  const std::string_view name = TrimText(party.name);
  if (party.kind == PartyKind::kOrganisation) return std::string(name);
  for (std::string_view compound : kCompoundSurnames) {
    if (name.size() > compound.size() && name.substr(0, compound.size()) == compound) {
      return std::string(compound) + "某";
    }
  }
  const std::size_t first = FirstCharBytes(name);
  if (first == 0) return "某";
  return std::string(name.substr(0, first)) + "某";
}

PublicDecision ToPublicDecision(const PenaltyCase& c, std::string township) {
  PublicDecision d;
  d.case_id = c.id;
  d.township = std::move(township);
  d.decision_number = c.decision_number;
  d.cause = c.cause;
  d.matter_type = c.matter_type;
  d.category = c.category;
  for (const auto& p : c.parties) d.parties.push_back(PublicPartyName(p));
  d.decided_on = c.decided_on.value_or(Date{});
  d.outcome = c.outcome;
  d.kinds = c.decided.kinds;
  d.fine_fen = c.decided.fine_fen;
  d.confiscation_fen = c.decided.confiscation_fen;
  d.description = c.decided.description;
  d.published_on = c.published_on;
  d.publication_url = c.publication_url;
  return d;
}

}  // namespace fazhi::domain
