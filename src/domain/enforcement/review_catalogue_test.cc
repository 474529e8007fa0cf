// domain/enforcement/review_catalogue_test.cc — an entry of a township's 重大执法决定法制审核目录 is
// validated field by field, and only active entries apply (the default catalogue when none is).
#include "domain/enforcement/review_catalogue.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/matchers.h"

namespace fazhi::domain {
namespace {

using ::fazhi::testing::IsOk;

ReviewCatalogueEntry FineEntry() {
  ReviewCatalogueEntry e;
  e.matter_type = "市容环境卫生";
  e.kind = PenaltyKind::kFine;
  e.min_person_fen = 5000 * 100;
  e.min_org_fen = 50000 * 100;
  e.description = "市容环境卫生罚款数额较大";
  e.basis = "《重庆市重大行政执法决定法制审核目录》";
  return e;
}

void ExpectBadField(const ReviewCatalogueEntry& e, const std::string& field) {
  auto st = ValidateReviewCatalogueEntry(e);
  ASSERT_FALSE(st.has_value()) << field;
  EXPECT_EQ(st.error().field, field);
  EXPECT_FALSE(st.error().message.empty());
}

TEST(ReviewCatalogue, AGoodEntryPasses) {
  EXPECT_THAT(ValidateReviewCatalogueEntry(FineEntry()), IsOk());
  ReviewCatalogueEntry closure;
  closure.kind = PenaltyKind::kOrderClosure;
  closure.description = "责令关闭";
  EXPECT_THAT(ValidateReviewCatalogueEntry(closure), IsOk());
}

TEST(ReviewCatalogue, EachBadFieldIsNamed) {
  auto e = FineEntry();
  e.description = "　 ";
  ExpectBadField(e, "description");
  e = FineEntry();
  e.kind = PenaltyKind::kWarning;
  ExpectBadField(e, "kind");
  e = FineEntry();
  e.min_person_fen = -1;
  ExpectBadField(e, "minPersonFen");
  e = FineEntry();
  e.min_org_fen = 200'000'000LL * 100;
  ExpectBadField(e, "minOrgFen");
  e = FineEntry();
  e.kind = PenaltyKind::kRevokeLicence;  // the kind is the trigger: no amount
  ExpectBadField(e, "minPersonFen");
  e = FineEntry();
  e.matter_type = std::string(151, 'x');
  ExpectBadField(e, "matterType");
}

TEST(ReviewCatalogue, OnlyActiveEntriesApplyElseTheDefault) {
  LedgerSettings settings;
  std::vector<ReviewCatalogueEntry> entries = {FineEntry(), FineEntry()};
  entries[1].active = false;
  entries[1].description = "已移出";
  auto active = ActiveReviewCatalogue(entries, settings);
  ASSERT_EQ(active.size(), 1u);
  EXPECT_EQ(active[0].description, "市容环境卫生罚款数额较大");
  entries[0].active = false;
  auto fallback = ActiveReviewCatalogue(entries, settings);
  EXPECT_EQ(fallback.size(), DefaultReviewCatalogue(settings).size());
  EXPECT_EQ(fallback[0].id, 0);
}

}  // namespace
}  // namespace fazhi::domain
