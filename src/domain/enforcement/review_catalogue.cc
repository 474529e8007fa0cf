// domain/enforcement/review_catalogue.cc — see review_catalogue.h.
#include "domain/enforcement/review_catalogue.h"

#include <fmt/format.h>

#include <algorithm>

#include "domain/mediation/mediation_rules_support.h"

namespace fazhi::domain {
namespace {

using rules_support::Bad;
using rules_support::RequireText;

constexpr std::int64_t kMaxThresholdFen = 100'000'000LL * 100;  // 1亿元

core::Status CheckThreshold(std::int64_t fen, bool amount_kind, std::string_view field, std::string_view label_zh) {
  if (fen < 0 || fen > kMaxThresholdFen) {
    return Bad(std::string(field), fmt::format("{}应在0至1亿元之间", label_zh),
               fmt::format("{} must be 0 to 100,000,000 yuan", field));
  }
  if (!amount_kind && fen != 0) {
    return Bad(std::string(field),
               fmt::format("{}只适用于罚款、没收违法所得、没收非法财物；其他处罚种类本身即属重大执法决定，请填0", label_zh),
               fmt::format("{} applies to fines and confiscations only; for other kinds it must be 0", field));
  }
  return core::Ok();
}

}  // namespace

bool ReviewKindHasAmount(PenaltyKind kind) {
  return kind == PenaltyKind::kFine || kind == PenaltyKind::kConfiscateGains ||
         kind == PenaltyKind::kConfiscateProperty;
}

core::Status ValidateReviewCatalogueEntry(const ReviewCatalogueEntry& e) {
  RETURN_IF_ERROR(RequireText(e.description, "description", "目录事项说明", "The description"));
  if (e.description.size() > 300) {
    return Bad("description", "目录事项说明不能超过100个字", "description is too long (at most 100 characters)");
  }
  if (e.matter_type.size() > 150) {
    return Bad("matterType", "事项类别不能超过50个字", "matterType is too long (at most 50 characters)");
  }
  if (e.basis.size() > 600) {
    return Bad("basis", "依据不能超过200个字", "basis is too long (at most 200 characters)");
  }
  if (e.kind == PenaltyKind::kWarning || e.kind == PenaltyKind::kCriticism) {
    return Bad("kind", "警告、通报批评不属于重大执法决定，不能列入法制审核目录",
               "A warning or a public criticism is never a major enforcement decision");
  }
  const bool amount_kind = ReviewKindHasAmount(e.kind);
  RETURN_IF_ERROR(CheckThreshold(e.min_person_fen, amount_kind, "minPersonFen", "自然人起点金额"));
  RETURN_IF_ERROR(CheckThreshold(e.min_org_fen, amount_kind, "minOrgFen", "法人或其他组织起点金额"));
  return core::Ok();
}

std::vector<ReviewCatalogueEntry> ActiveReviewCatalogue(std::span<const ReviewCatalogueEntry> entries,
                                                        const LedgerSettings& settings) {
  std::vector<ReviewCatalogueEntry> out;
  std::copy_if(entries.begin(), entries.end(), std::back_inserter(out),
               [](const ReviewCatalogueEntry& e) { return e.active; });
  if (out.empty()) return DefaultReviewCatalogue(settings);
  return out;
}

}  // namespace fazhi::domain
