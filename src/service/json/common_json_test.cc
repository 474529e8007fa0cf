// Tests for service/json/common_json.h: dates and optional ids, rule findings, legal bases,
// excluded intervals, and the deadline document (`fazhi calendar deadline --json`).
#include "service/json/common_json.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "support/matchers.h"

namespace fazhi::service::json {
namespace {

using core::MakeDate;
using fazhi::testing::HasErrorField;
using fazhi::testing::IsOk;
using nlohmann::json;

std::set<std::string> Keys(const json& j) {
  std::set<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.insert(k);
  return keys;
}

TEST(CommonJson, DatesAndIds) {
  EXPECT_EQ(DateToJson(MakeDate(2025, 3, 9)), "2025-03-09");
  EXPECT_TRUE(DateToJson(core::Date{}).is_null());  // an unset required date
  EXPECT_TRUE(DateToJson(std::optional<core::Date>()).is_null());
  EXPECT_EQ(DateToJson(std::optional<core::Date>(MakeDate(2025, 3, 9))), "2025-03-09");
  EXPECT_TRUE(IdToJson(std::nullopt).is_null());
  EXPECT_EQ(IdToJson(5000200000LL), 5000200000LL);
}

TEST(CommonJson, RuleFindingRoundTrip) {
  domain::RuleFinding f{"MED-01",
                        domain::Severity::kError,
                        "members",
                        "调委会应有3至9名委员",
                        "A committee has 3 to 9 members",
                        "《人民调解法》第9条"};
  json j = ToJson(f);
  EXPECT_EQ(j, (json{{"rule", "MED-01"},
                     {"severity", "error"},
                     {"field", "members"},
                     {"message", "调委会应有3至9名委员"},
                     {"messageEn", "A committee has 3 to 9 members"},
                     {"basis", "《人民调解法》第9条"}}));
  auto back = RuleFindingFromJson(j);
  ASSERT_THAT(back, IsOk());
  EXPECT_EQ(back->rule, f.rule);
  EXPECT_EQ(back->severity, f.severity);
  EXPECT_EQ(back->field, f.field);
  EXPECT_EQ(back->message, f.message);
  EXPECT_EQ(back->message_en, f.message_en);
  EXPECT_EQ(back->basis, f.basis);
  EXPECT_EQ(ToJson(std::vector<domain::RuleFinding>{f, f}).size(), 2U);
  j["severity"] = "fatal";
  EXPECT_THAT(RuleFindingFromJson(j), HasErrorField("severity"));
}

TEST(CommonJson, LegalBasisAndExcludedInterval) {
  domain::LegalBasis b{"信访工作条例", "2022-05-01施行", "第34条"};
  json j = ToJson(b);
  EXPECT_EQ(j["display"], "《信访工作条例》（2022-05-01施行）第34条");
  auto back = LegalBasisFromJson(j);
  ASSERT_THAT(back, IsOk());
  EXPECT_EQ(back->law, b.law);
  EXPECT_EQ(back->version, b.version);
  EXPECT_EQ(back->article, b.article);

  domain::ExcludedInterval x{MakeDate(2025, 3, 10), MakeDate(2025, 3, 12), "鉴定"};
  json xj = ToJson(x);
  EXPECT_EQ(xj, (json{{"from", "2025-03-10"}, {"to", "2025-03-12"}, {"reason", "鉴定"}}));
  auto xb = ExcludedIntervalFromJson(xj);
  ASSERT_THAT(xb, IsOk());
  EXPECT_EQ(xb->from, x.from);
  EXPECT_EQ(xb->to, x.to);
  EXPECT_EQ(xb->reason, x.reason);
  xj["to"] = "2025-3-12";
  EXPECT_THAT(ExcludedIntervalFromJson(xj), HasErrorField("to"));
  EXPECT_THAT(ExcludedIntervalFromJson(json("x")), HasErrorField(""));
}

TEST(CommonJson, DeadlineDocumentCarriesBasisAndProvisional) {
  domain::DeadlineResult r;
  r.rule_code = "PET-08";
  r.rule_name = "信访事项办理期限";
  r.start = MakeDate(2026, 12, 1);
  r.raw_due = MakeDate(2027, 1, 30);
  r.due = MakeDate(2027, 2, 1);
  r.rolled = true;
  r.amount = 60;
  r.unit = domain::PeriodUnit::kCalendarDays;
  r.basis = {"信访工作条例", "2022-05-01施行", "第34条"};
  r.extensions = {
      {30, domain::PeriodUnit::kCalendarDays, "镇长", MakeDate(2027, 1, 20), "复杂", true}};
  r.excluded = {{MakeDate(2026, 12, 5), MakeDate(2026, 12, 6), "鉴定"}};
  r.excluded_days = 2;
  r.calendar_versions = {"2026@abc"};
  r.provisional = true;
  r.warnings = {"2027年节假日安排尚未录入"};
  json j = ToJson(r);
  EXPECT_EQ(Keys(j),
            (std::set<std::string>{"rule", "ruleName", "start", "amount", "unit", "rawDue", "due",
                                   "rolledForward", "extensions", "excluded", "excludedDays",
                                   "basis", "calendarVersions", "provisional", "warnings"}));
  EXPECT_EQ(j["provisional"], true);
  EXPECT_EQ(j["basis"]["law"], "信访工作条例");
  EXPECT_EQ(j["basis"]["display"], "《信访工作条例》（2022-05-01施行）第34条");
  EXPECT_EQ(j["due"], "2027-02-01");
  EXPECT_EQ(j["rawDue"], "2027-01-30");
  EXPECT_EQ(j["extensions"][0],
            (json{{"amount", 30}, {"unit", "calendar"}, {"approver", "镇长"}, {"reason", "复杂"}}));
  EXPECT_EQ(j["excluded"][0]["from"], "2026-12-05");
  EXPECT_EQ(j["warnings"][0], "2027年节假日安排尚未录入");
}

}  // namespace
}  // namespace fazhi::service::json
