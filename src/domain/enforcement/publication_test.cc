// Tests of domain/enforcement/publication.h: no personal data reaches the public view.
#include "domain/enforcement/publication.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "domain/enforcement/penalty_test_cases.h"

namespace fazhi::domain {
namespace {

using namespace penalty_test_cases;  // NOLINT(google-build-using-namespace): the fixtures

TEST(Publication, PersonsBecomeSurnameAndMouOrganisationsKeepTheirName) {
  CaseParty p;
  p.name = "王大明";
  EXPECT_EQ(PublicPartyName(p), "王某");
  p.name = "欧阳娜娜";
  EXPECT_EQ(PublicPartyName(p), "欧阳某");
  p.name = "";
  EXPECT_EQ(PublicPartyName(p), "某");
  p.kind = PartyKind::kOrganisation;
  p.name = "某建材有限公司";
  EXPECT_EQ(PublicPartyName(p), "某建材有限公司");
}

TEST(Publication, TheDecisionKeepsNoIdentityNumberPhoneOrAddress) {
  PenaltyCase c = ClosedCase();
  c.parties[0].phone = "13812345678";
  PublicDecision d = ToPublicDecision(c, "树人镇");
  EXPECT_EQ(d.township, "树人镇");
  EXPECT_EQ(d.decision_number, c.decision_number);
  EXPECT_THAT(d.parties, ::testing::ElementsAre("王某"));
  EXPECT_EQ(d.fine_fen, 2000000);
  EXPECT_EQ(d.published_on, c.published_on);
  // Nothing of the party but the public name is carried.
  const std::string all = d.cause + d.description + d.publication_url + d.parties[0];
  EXPECT_EQ(all.find(c.parties[0].id_number), std::string::npos);
  EXPECT_EQ(all.find("13812345678"), std::string::npos);
  EXPECT_EQ(all.find(c.parties[0].address), std::string::npos);
}

}  // namespace
}  // namespace fazhi::domain
