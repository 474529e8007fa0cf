// Tests for service/json/indicators_json.h and alerts_json.h: the documents of
// `fazhi indicators --json` and `fazhi alerts --json` (docs/cli.md); the CLI end-to-end test
// (tests/cli/cli_basics_test.sh) checks them on real data.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "service/json/alerts_json.h"
#include "service/json/indicators_json.h"

namespace fazhi::service::json {
namespace {

using core::MakeDate;
using nlohmann::json;

std::set<std::string> Keys(const json& j) {
  std::set<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.insert(k);
  return keys;
}

domain::Indicator SuccessRate(std::int64_t num, std::int64_t den) {
  domain::Indicator i;
  i.code = "med_success_rate";
  i.module = "mediation";
  i.name_zh = "调解成功率";
  i.name_en = "Mediation success rate";
  i.rate = core::Rate{num, den};
  i.numerator_zh = "调解成功件数";
  i.denominator_zh = "调解结案件数";
  i.definition = "成功件数 ÷ 结案件数";
  i.numerator_ids = {1, 2};
  i.denominator_ids = {1, 2, 3};
  return i;
}

domain::Figure Amount() {
  domain::Figure f;
  f.code = "med_agreement_amount";
  f.name_zh = "协议涉及金额";
  f.value = 1234550;
  f.unit = "元";
  f.ids = {4, 5};
  f.money = true;
  return f;
}

TEST(IndicatorsJson, IndicatorAndFigure) {
  json i = ToJson(SuccessRate(2, 3), false);
  EXPECT_EQ(Keys(i), (std::set<std::string>{"code", "module", "name", "nameEn", "numerator",
                                            "denominator", "numeratorLabel", "denominatorLabel",
                                            "display", "definition", "rate"}));
  EXPECT_EQ(i["numerator"], 2);
  EXPECT_EQ(i["denominator"], 3);
  EXPECT_EQ(i["display"], SuccessRate(2, 3).rate.Display());
  json p = ToJson(SuccessRate(2, 3), true);
  EXPECT_EQ(p["numeratorIds"], json({1, 2}));
  EXPECT_EQ(p["denominatorIds"], json({1, 2, 3}));
  EXPECT_TRUE(ToJson(SuccessRate(0, 0), false)["rate"].is_null());

  json f = ToJson(Amount(), false);
  EXPECT_EQ(Keys(f), (std::set<std::string>{"code", "name", "value", "unit", "display", "money"}));
  EXPECT_EQ(f["display"], Amount().DisplayValue());
  EXPECT_EQ(ToJson(Amount(), true)["ids"], json({4, 5}));
}

TEST(IndicatorsJson, TownshipAndCountyDocuments) {
  UnitIndicators township;
  township.unit = {2, "500230100000", "许明寺镇", domain::RegionLevel::kTownship, 1};
  township.year = 2025;
  township.as_of = MakeDate(2025, 12, 31);
  township.indicators = {SuccessRate(2, 3)};
  township.figures = {Amount()};
  TownshipIndicators own;
  own.township = township.unit;
  own.indicators = township.indicators;
  own.figures = township.figures;
  township.townships = {own};
  json t = ToJson(township, false);
  EXPECT_EQ(Keys(t), (std::set<std::string>{"unit", "year", "asOf", "indicators", "figures"}));
  EXPECT_EQ(t["unit"],
            (json{{"code", "500230100000"}, {"name", "许明寺镇"}, {"level", "township"}}));
  EXPECT_EQ(t["asOf"], "2025-12-31");

  UnitIndicators county = township;
  county.unit = {1, "500230000000", "丰都县", domain::RegionLevel::kCounty, std::nullopt};
  json c = ToJson(county, true);
  ASSERT_TRUE(c.contains("townships"));
  ASSERT_EQ(c["townships"].size(), 1U);
  EXPECT_EQ(Keys(c["townships"][0]), (std::set<std::string>{"unit", "indicators", "figures"}));
  EXPECT_EQ(c["townships"][0]["indicators"][0]["numeratorIds"], json({1, 2}));
}

TEST(AlertsJson, Document) {
  UnitAlerts result;
  result.unit = {1, "500230000000", "丰都县", domain::RegionLevel::kCounty, std::nullopt};
  result.on = MakeDate(2025, 12, 31);
  result.overdue = 1;
  result.due_soon = 0;
  UnitAlert ua;
  ua.township = {2, "500230100000", "许明寺镇", domain::RegionLevel::kTownship, 1};
  ua.alert.code = "PET-08";
  ua.alert.module = "petition";
  ua.alert.severity = domain::Severity::kError;
  ua.alert.record_type = "petition";
  ua.alert.record_id = 81;
  ua.alert.record_ref = "许信〔2025〕3号";
  ua.alert.title_zh = "办理期限已过";
  ua.alert.title_en = "Handling deadline passed";
  ua.alert.due = MakeDate(2025, 12, 1);
  ua.alert.days_left = -30;
  ua.alert.state = domain::DeadlineState::kOverdue;
  ua.alert.basis = {"信访工作条例", "2022-05-01施行", "第34条"};
  ua.alert.provisional = true;
  result.alerts = {ua};
  json j = ToJson(result);
  EXPECT_EQ(Keys(j), (std::set<std::string>{"unit", "on", "overdue", "dueSoon", "alerts"}));
  EXPECT_EQ(j["unit"], (json{{"code", "500230000000"}, {"name", "丰都县"}}));
  json a = j["alerts"][0];
  EXPECT_EQ(a, (json{{"township", {{"code", "500230100000"}, {"name", "许明寺镇"}}},
                     {"rule", "PET-08"},
                     {"module", "petition"},
                     {"severity", "error"},
                     {"recordType", "petition"},
                     {"recordId", 81},
                     {"recordRef", "许信〔2025〕3号"},
                     {"title", "办理期限已过"},
                     {"titleEn", "Handling deadline passed"},
                     {"due", "2025-12-01"},
                     {"daysLeft", -30},
                     {"state", "overdue"},
                     {"basis", "《信访工作条例》（2022-05-01施行）第34条"},
                     {"provisional", true}}));
}

}  // namespace
}  // namespace fazhi::service::json
