// domain/decision/decision_catalogue.cc — see decision_catalogue.h.
#include "domain/decision/decision_catalogue.h"

#include <fmt/format.h>

#include <string>

#include "domain/mediation/mediation_rules_support.h"

namespace fazhi::domain {
namespace {

using rules_support::Bad;
using rules_support::Finding;
using rules_support::Blank;
using rules_support::RequireText;

// Characters (code points) of UTF-8 text.
std::size_t CharCount(std::string_view s) {
  std::size_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

}  // namespace

std::string CatalogueTitleKey(std::string_view title) {
  std::string key;
  for (std::size_t i = 0; i < title.size(); ++i) {
    const char ch = title[i];
    if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n') continue;
    if (title.substr(i, 3) == "\xE3\x80\x80") {  // U+3000 全角空格
      i += 2;
      continue;
    }
    key.push_back(ch);
  }
  return key;
}

namespace {

// A date of the catalogue of `year`: not after today, in `year` or the year before.
core::Status InCatalogueYears(const std::optional<Date>& d, int year, std::string_view field,
                              std::string_view label_zh, Date today) {
  if (!d) return core::Ok();
  if (*d > today) {
    return Bad(std::string(field), fmt::format("{}不能晚于今天", label_zh),
               fmt::format("{} must not be after today", field));
  }
  const int y = core::YearOf(*d);
  if (y != year && y != year - 1) {
    return Bad(std::string(field), fmt::format("{}应在{}年或上一年内", label_zh, year),
               fmt::format("{} must fall in {} or the year before", field, year));
  }
  return core::Ok();
}

}  // namespace

core::Status ValidateCatalogueItem(const DecisionCatalogueItem& item, Date today) {
  if (item.year < 2000 || item.year > 2100) {
    return Bad("year", "决策目录年度应为2000至2100之间", "year must be 2000 to 2100");
  }
  RETURN_IF_ERROR(RequireText(item.title, "title", "决策事项名称", "The matter (title)"));
  if (CharCount(item.title) > 100) {
    return Bad("title", "决策事项名称不能超过100个字", "title is too long (at most 100 characters)");
  }
  RETURN_IF_ERROR(RequireText(item.drafting_unit, "draftingUnit", "承办单位", "The drafting unit (draftingUnit)"));
  if (!item.listed_on.ok()) return Bad("listedOn", "请填写列入目录日期", "listedOn is required");
  RETURN_IF_ERROR(InCatalogueYears(item.listed_on, item.year, "listedOn", "列入目录日期", today));
  RETURN_IF_ERROR(InCatalogueYears(item.party_consent_on, item.year, "partyConsentOn", "党委同意日期", today));
  RETURN_IF_ERROR(InCatalogueYears(item.published_on, item.year, "publishedOn", "公布日期", today));
  RETURN_IF_ERROR(InCatalogueYears(item.withdrawn_on, item.year, "withdrawnOn", "调整移出日期", today));
  if (item.published_on) {
    if (!item.party_consent_on) {
      return Bad("partyConsentOn", "决策目录应经同级党委同意后向社会公布，请填写党委同意日期（DEC-03）",
                 "The catalogue is published with the consent of the Party committee: partyConsentOn is required");
    }
    if (*item.party_consent_on > *item.published_on) {
      return Bad("publishedOn", "公布日期不能早于党委同意日期", "publishedOn must not be before partyConsentOn");
    }
    if (Blank(item.publication_channel)) {
      return Bad("publicationChannel", "请填写公布载体（如镇政府网站、政务公开栏）",
                 "publicationChannel is required once published");
    }
  }
  if (item.withdrawn_on) {
    if (*item.withdrawn_on < item.listed_on) {
      return Bad("withdrawnOn", "调整移出日期不能早于列入目录日期", "withdrawnOn must not be before listedOn");
    }
    RETURN_IF_ERROR(RequireText(item.withdrawal_reason, "withdrawalReason", "调整移出的理由",
                                "The reason for the withdrawal (withdrawalReason)"));
  }
  return core::Ok();
}

const DecisionCatalogueItem* FindCatalogueItem(std::span<const DecisionCatalogueItem> catalogue, int year,
                                               std::string_view title, Date on) {
  const std::string key = CatalogueTitleKey(title);
  if (key.empty()) return nullptr;
  for (const auto& item : catalogue) {
    if (item.year != year || CatalogueTitleKey(item.title) != key) continue;
    if (item.listed_on > on) continue;
    if (item.withdrawn_on && *item.withdrawn_on < on) continue;
    return &item;
  }
  return nullptr;
}

core::Status CheckDecisionInCatalogue(const MajorDecision& d, std::span<const DecisionCatalogueItem> catalogue) {
  if (!d.in_catalogue || catalogue.empty()) return core::Ok();
  if (FindCatalogueItem(catalogue, d.catalogue_year, d.catalogue_item, d.proposed_on) != nullptr) {
    return core::Ok();
  }
  return Bad("catalogueItem",
             fmt::format("{}年度决策目录中没有“{}”（或决策启动时尚未列入、已调整移出）：请先在决策目录中登记该事项，"
                         "或标为目录外（DEC-03）",
                         d.catalogue_year, d.catalogue_item),
             fmt::format("The {} decision catalogue has no item \"{}\" on the date the decision started: "
                         "add it to the catalogue or mark the decision as outside it",
                         d.catalogue_year, d.catalogue_item));
}

std::vector<RuleFinding> CatalogueWarnings(const MajorDecision& d, std::span<const DecisionCatalogueItem> catalogue) {
  std::vector<RuleFinding> out;
  if (d.in_catalogue && catalogue.empty()) {
    out.push_back(Finding("DEC-03", Severity::kWarning, "catalogueYear",
                          fmt::format("{}年度重大行政决策目录尚未录入本系统，无法核对本事项是否列入目录，请先录入该年度决策目录",
                                      d.catalogue_year),
                          fmt::format("The {} decision catalogue is not recorded: whether the decision is in it cannot "
                                      "be checked",
                                      d.catalogue_year),
                          "《重大行政决策程序暂行条例》第3条"));
  }
  return out;
}

}  // namespace fazhi::domain
