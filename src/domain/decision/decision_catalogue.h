// domain/decision/decision_catalogue.h — the yearly 重大行政决策目录 (DEC-03; 重大行政决策程序暂行
// 条例 第3条第3款): the matters a township fixes for the year as major decisions, agreed by the
// same-level Party committee, published, and adjusted during the year.
//
// Contract:
//  * DecisionCatalogueItem: one matter of one year's catalogue. An item added during the year
//    is an ordinary item whose listed_on is later; an item taken out keeps its row with
//    withdrawn_on and the reason (the catalogue's history is never rewritten).
//  * ValidateCatalogueItem: kInvalidArgument naming the first bad field: year 2000…2100, title
//    (at most 100 characters),
//    scope, drafting unit; dates not in the future; party consent on or before publication
//    (published "经同级党委同意后"); a publication channel once published; a withdrawal
//    reason once withdrawn, not before listed_on; every date within the year or the year before
//    (a catalogue is fixed late in the previous year or during its own year).
//  * FindCatalogueItem: the item a decision of `year` on `title` links to — same year, the same
//    title once blanks are ignored, listed on or before `on` and not withdrawn before `on`
//    (kNotFound-free: nullptr when there is none).
//  * CheckDecisionInCatalogue (`catalogue`: the township's items of the decision's year): Ok for
//    a decision marked 目录外, for one whose catalogue item is found, and while that year's
//    catalogue has not been recorded at all (no items: the township has not entered it yet;
//    CatalogueWarnings says so); otherwise kInvalidArgument naming "catalogueItem"
//    ("…年度决策目录中没有…").
//  * CatalogueWarnings: DEC-03 (warning, "catalogueYear") for a decision in the catalogue of a
//    year whose catalogue has no items recorded.
// Pure; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/common.h"
#include "domain/decision/decision.h"

namespace fazhi::domain {

struct DecisionCatalogueItem {
  std::int64_t id = 0;
  std::int64_t township_id = 0;
  int year = 0;                      // 目录年度
  std::string title;                 // 决策事项: "场镇基础设施建设"
  DecisionScope scope = DecisionScope::kPublicPolicy;
  std::string drafting_unit;         // 承办单位
  std::string planned_period;        // 计划完成时间: "2026年第三季度"
  Date listed_on{};                  // 列入目录（年中调整增加的，为调整日期）
  std::optional<Date> party_consent_on;  // 经同级党委同意
  std::optional<Date> published_on;      // 向社会公布
  std::string publication_channel;       // 公布载体: "镇政府网站"
  std::optional<Date> withdrawn_on;      // 调整移出
  std::string withdrawal_reason;
  std::string note;
};

core::Status ValidateCatalogueItem(const DecisionCatalogueItem& item, Date today);

// The title as matters are compared (FindCatalogueItem, the one-title-per-year check): ASCII
// blanks and U+3000 dropped.
std::string CatalogueTitleKey(std::string_view title);

const DecisionCatalogueItem* FindCatalogueItem(std::span<const DecisionCatalogueItem> catalogue, int year,
                                               std::string_view title, Date on);

core::Status CheckDecisionInCatalogue(const MajorDecision& d, std::span<const DecisionCatalogueItem> catalogue);
std::vector<RuleFinding> CatalogueWarnings(const MajorDecision& d, std::span<const DecisionCatalogueItem> catalogue);

}  // namespace fazhi::domain
