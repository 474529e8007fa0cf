// Tests of domain/decision/decision_catalogue.h: a published catalogue item validates; each bad
// field is named; a decision links to an item of its year listed and not withdrawn on the day it
// started, or is refused naming catalogueItem unless marked 目录外.
#include "domain/decision/decision_catalogue.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <vector>

#include "domain/calendar/test_tables.h"
#include "support/matchers.h"

namespace fazhi::domain {
namespace {

using ::fazhi::testing::HasErrorField;
using ::fazhi::testing::IsOk;
using ::testing::HasSubstr;
using test_tables::Day;

const Date kToday = Day("2026-06-30");

DecisionCatalogueItem Published() {
  DecisionCatalogueItem item;
  item.township_id = 2;
  item.year = 2026;
  item.title = "场镇基础设施建设";
  item.scope = DecisionScope::kConstruction;
  item.drafting_unit = "镇建设环保办";
  item.planned_period = "2026年第三季度";
  item.listed_on = Day("2025-12-20");
  item.party_consent_on = Day("2025-12-25");
  item.published_on = Day("2026-01-05");
  item.publication_channel = "镇政府网站";
  return item;
}

TEST(DecisionCatalogue, APublishedItemIsValid) { EXPECT_THAT(ValidateCatalogueItem(Published(), kToday), IsOk()); }

TEST(DecisionCatalogue, EachBadFieldIsNamed) {
  auto item = Published();
  item.year = 1999;
  EXPECT_THAT(ValidateCatalogueItem(item, kToday), HasErrorField("year"));
  item = Published();
  item.title = "  ";
  EXPECT_THAT(ValidateCatalogueItem(item, kToday), HasErrorField("title"));
  item = Published();
  item.drafting_unit = "";
  EXPECT_THAT(ValidateCatalogueItem(item, kToday), HasErrorField("draftingUnit"));
  item = Published();
  item.listed_on = Day("2024-12-20");  // two years before the catalogue's year
  EXPECT_THAT(ValidateCatalogueItem(item, kToday), HasErrorField("listedOn"));
  item = Published();
  item.published_on = Day("2026-07-01");  // after today
  EXPECT_THAT(ValidateCatalogueItem(item, kToday), HasErrorField("publishedOn"));
}

TEST(DecisionCatalogue, PublicationNeedsThePartyConsentFirstAndAChannel) {
  auto item = Published();
  item.party_consent_on.reset();
  auto st = ValidateCatalogueItem(item, kToday);
  EXPECT_THAT(st, HasErrorField("partyConsentOn"));
  EXPECT_THAT(st.error().message, HasSubstr("党委同意"));
  item = Published();
  item.party_consent_on = Day("2026-01-06");  // after the publication
  EXPECT_THAT(ValidateCatalogueItem(item, kToday), HasErrorField("publishedOn"));
  item = Published();
  item.publication_channel = "";
  EXPECT_THAT(ValidateCatalogueItem(item, kToday), HasErrorField("publicationChannel"));
  item = Published();
  item.published_on.reset();
  item.publication_channel = "";
  EXPECT_THAT(ValidateCatalogueItem(item, kToday), IsOk());  // not yet published
}

TEST(DecisionCatalogue, AWithdrawalNeedsItsReasonAndFollowsTheListing) {
  auto item = Published();
  item.withdrawn_on = Day("2026-05-10");
  EXPECT_THAT(ValidateCatalogueItem(item, kToday), HasErrorField("withdrawalReason"));
  item.withdrawal_reason = "上级统一实施，不再作为本镇决策事项";
  EXPECT_THAT(ValidateCatalogueItem(item, kToday), IsOk());
  item.withdrawn_on = Day("2025-12-01");
  EXPECT_THAT(ValidateCatalogueItem(item, kToday), HasErrorField("withdrawnOn"));
}

MajorDecision DecisionOn(std::string title, Date proposed) {
  MajorDecision d;
  d.title = "树人镇场镇停车场建设方案";
  d.proposed_on = proposed;
  d.catalogue_year = 2026;
  d.catalogue_item = std::move(title);
  return d;
}

TEST(DecisionCatalogue, ADecisionLinksToAnItemOfItsYearListedAndNotWithdrawn) {
  auto added = Published();
  added.id = 2;
  added.title = "农村人居环境整治";
  added.listed_on = Day("2026-04-01");  // 年中调整增加
  auto withdrawn = Published();
  withdrawn.id = 3;
  withdrawn.title = "场镇集贸市场迁建";
  withdrawn.withdrawn_on = Day("2026-03-01");
  withdrawn.withdrawal_reason = "暂缓实施";
  std::vector<DecisionCatalogueItem> catalogue{Published(), added, withdrawn};
  catalogue[0].id = 1;

  // Blanks, also U+3000, do not matter.
  const auto* found = FindCatalogueItem(catalogue, 2026, "场镇基础设施　建设", Day("2026-02-01"));
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->id, 1);
  EXPECT_EQ(FindCatalogueItem(catalogue, 2025, "场镇基础设施建设", Day("2026-02-01")), nullptr);  // other year
  EXPECT_EQ(FindCatalogueItem(catalogue, 2026, "农村人居环境整治", Day("2026-03-31")), nullptr);  // not yet
  EXPECT_NE(FindCatalogueItem(catalogue, 2026, "农村人居环境整治", Day("2026-04-01")), nullptr);
  EXPECT_NE(FindCatalogueItem(catalogue, 2026, "场镇集贸市场迁建", Day("2026-03-01")), nullptr);  // that day
  EXPECT_EQ(FindCatalogueItem(catalogue, 2026, "场镇集贸市场迁建", Day("2026-03-02")), nullptr);  // withdrawn

  EXPECT_THAT(CheckDecisionInCatalogue(DecisionOn("场镇基础设施建设", Day("2026-02-01")), catalogue), IsOk());
  auto refused = CheckDecisionInCatalogue(DecisionOn("场镇集贸市场迁建", Day("2026-04-01")), catalogue);
  EXPECT_THAT(refused, HasErrorField("catalogueItem"));
  EXPECT_THAT(refused.error().message, HasSubstr("2026年度决策目录中没有“场镇集贸市场迁建”"));
  EXPECT_THAT(refused.error().message, HasSubstr("DEC-03"));

  auto outside = DecisionOn("", Day("2026-04-01"));
  outside.in_catalogue = false;
  EXPECT_THAT(CheckDecisionInCatalogue(outside, catalogue), IsOk());
  EXPECT_TRUE(CatalogueWarnings(outside, {}).empty());
}

TEST(DecisionCatalogue, AYearWithoutARecordedCatalogueIsOnlyWarned) {
  const auto d = DecisionOn("场镇集贸市场迁建", Day("2026-04-01"));
  EXPECT_THAT(CheckDecisionInCatalogue(d, {}), IsOk());
  auto warnings = CatalogueWarnings(d, {});
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].rule, "DEC-03");
  EXPECT_EQ(warnings[0].field, "catalogueYear");
  EXPECT_THAT(warnings[0].message, HasSubstr("2026年度重大行政决策目录尚未录入"));
  const std::vector<DecisionCatalogueItem> one{Published()};
  EXPECT_TRUE(CatalogueWarnings(d, one).empty());
}

}  // namespace
}  // namespace fazhi::domain
