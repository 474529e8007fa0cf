// Tests for service/json/json_reader.h: types are never coerced, every error names the full
// camelCase path in both languages, enums take codes only, strings are bounded.
#include "service/json/json_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "domain/common.h"
#include "domain/mediation/mediation.h"
#include "support/matchers.h"

namespace fazhi::service::json {
namespace {

using fazhi::testing::HasError;
using fazhi::testing::HasErrorField;
using fazhi::testing::IsOk;
using nlohmann::json;
using ::testing::HasSubstr;

constexpr EnumCodec<domain::MediationOutcome> kOutcome{&domain::ParseMediationOutcome,
                                                       &domain::MediationOutcomeCode};
constexpr EnumCodec<domain::Gender> kGender{
    [](std::string_view s) { return domain::ParseGender(s); }, &domain::GenderCode};

TEST(JsonReader, ReadsEveryType) {
  json j = {{"n", 5000200000LL}, {"i", -3},           {"b", true},
            {"s", "许明寺镇"},   {"d", "2024-02-29"}, {"e", "success"}};
  JsonReader r(j);
  EXPECT_EQ(*r.Required<std::int64_t>("n"), 5000200000LL);
  EXPECT_EQ(*r.Required<int>("i"), -3);
  EXPECT_EQ(*r.Required<bool>("b"), true);
  EXPECT_EQ(*r.Required<std::string>("s"), "许明寺镇");
  EXPECT_EQ(*r.Required<core::Date>("d"), core::MakeDate(2024, 2, 29));
  EXPECT_EQ(*r.RequiredEnum("e", kOutcome), domain::MediationOutcome::kSuccess);
}

TEST(JsonReader, AbsentAndNullAreUnsetForOptionalGetters) {
  json j = {{"nothing", nullptr}};
  JsonReader r(j);
  EXPECT_FALSE(r.Has("nothing"));
  EXPECT_FALSE(r.Has("missing"));
  EXPECT_EQ(*r.Optional<core::Date>("nothing"), std::nullopt);
  EXPECT_EQ(*r.Optional<int>("missing"), std::nullopt);
  EXPECT_EQ(*r.OptionalOr<bool>("missing", true), true);
  EXPECT_EQ(*r.OptionalString("nothing", 10), "");
  EXPECT_EQ(*r.EnumOr("missing", kOutcome, domain::MediationOutcome::kOpen),
            domain::MediationOutcome::kOpen);
  EXPECT_EQ(*r.IdOrZero("missing"), 0);
  EXPECT_EQ(*r.OptionalId("nothing"), std::nullopt);
  auto list = r.ObjectArray("missing", [](const JsonReader&) -> core::Result<int> { return 1; });
  ASSERT_THAT(list, IsOk());
  EXPECT_TRUE(list->empty());
}

TEST(JsonReader, MissingRequiredNamesTheField) {
  json j = json::object();
  auto d = JsonReader(j).Required<core::Date>("acceptedOn");
  ASSERT_THAT(d, HasErrorField("acceptedOn"));
  EXPECT_EQ(d.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_EQ(d.error().message, "字段 acceptedOn 为必填项");
  EXPECT_EQ(d.error().message_en, "field acceptedOn is required");
  json n = {{"caseNo", nullptr}};
  EXPECT_THAT(JsonReader(n).RequiredString("caseNo", 10), HasErrorField("caseNo"));
}

TEST(JsonReader, WrongTypesAreNeverCoerced) {
  json j = {{"n", "12"}, {"f", 2.0}, {"b", 1}, {"s", 5}, {"d", 20240101}, {"o", "x"}, {"a", 1}};
  JsonReader r(j);
  auto n = r.Required<int>("n");
  ASSERT_THAT(n, HasErrorField("n"));
  EXPECT_EQ(n.error().message, "字段 n 应为整数");
  EXPECT_EQ(n.error().message_en, "field n must be an integer");
  EXPECT_THAT(r.Required<std::int64_t>("f"), HasErrorField("f"));
  auto b = r.Optional<bool>("b");
  ASSERT_THAT(b, HasErrorField("b"));
  EXPECT_THAT(b.error().message_en, HasSubstr("boolean"));
  auto s = r.OptionalString("s", 10);
  ASSERT_THAT(s, HasErrorField("s"));
  EXPECT_EQ(s.error().message, "字段 s 应为字符串");
  EXPECT_THAT(r.Required<core::Date>("d"), HasErrorField("d"));
  EXPECT_THAT(r.OptionalObject("o"), HasErrorField("o"));
  auto a = r.ObjectArray("a", [](const JsonReader&) -> core::Result<int> { return 1; });
  ASSERT_THAT(a, HasErrorField("a"));
  EXPECT_EQ(a.error().message_en, "field a must be an array");
}

TEST(JsonReader, BadDatesNameTheFieldAndTheFormat) {
  for (const char* text : {"2024-13-01", "2023-02-29", "2024/03/11", "2024-3-11", "2024年3月11日",
                           " 2024-03-11", "2024-03-11T00:00:00", ""}) {
    json j = {{"effectiveOn", text}};
    JsonReader agreement(j, "agreement");
    auto d = agreement.Required<core::Date>("effectiveOn");
    ASSERT_THAT(d, HasErrorField("agreement.effectiveOn")) << text;
    EXPECT_EQ(d.error().message, "字段 agreement.effectiveOn 应为日期（YYYY-MM-DD）");
    EXPECT_EQ(d.error().message_en, "field agreement.effectiveOn must be a date (YYYY-MM-DD)");
  }
}

TEST(JsonReader, OutOfRangeNumbers) {
  json j = {{"big", 3'000'000'000LL},
            {"huge", std::numeric_limits<std::uint64_t>::max()},
            {"zero", 0},
            {"neg", -1}};
  JsonReader r(j);
  auto big = r.Required<int>("big");
  ASSERT_THAT(big, HasErrorField("big"));
  EXPECT_THAT(big.error().message, HasSubstr("-2147483648 至 2147483647"));
  EXPECT_THAT(r.Required<std::int64_t>("huge"), HasErrorField("huge"));
  EXPECT_THAT(r.RequiredId("zero"), HasErrorField("zero"));
  EXPECT_THAT(r.OptionalId("zero"), HasErrorField("zero"));
  EXPECT_THAT(r.IdOrZero("neg"), HasErrorField("neg"));
  EXPECT_EQ(*r.IdOrZero("zero"), 0);
  auto ranged = r.RequiredInt("neg", 0, 30);
  ASSERT_THAT(ranged, HasErrorField("neg"));
  EXPECT_EQ(ranged.error().message_en, "field neg must be an integer from 0 to 30");
}

TEST(JsonReader, StringsAreBoundedAndHaveNoNul) {
  json j = {{"name", std::string(201, 'a')}, {"zh", "调解委员会"}, {"nul", std::string("a\0b", 3)}};
  JsonReader r(j, "parties[2]");
  auto name = r.Required<std::string>("name");
  ASSERT_THAT(name, HasErrorField("parties[2].name"));
  EXPECT_EQ(name.error().message, "字段 parties[2].name 过长：最多 200 个字符，实际 201 个");
  // Characters, not bytes: 5 Chinese characters are 15 bytes.
  EXPECT_THAT(r.RequiredString("zh", 5), IsOk());
  EXPECT_THAT(r.RequiredString("zh", 4), HasErrorField("parties[2].zh"));
  auto nul = r.OptionalString("nul", 100);
  ASSERT_THAT(nul, HasErrorField("parties[2].nul"));
  EXPECT_THAT(nul.error().message_en, HasSubstr("NUL"));
}

TEST(JsonReader, UnknownEnumCodeListsTheCodesUnderTheFullPath) {
  json j = {{"outcome", "won"}};
  auto e = JsonReader(j, "cases[3]").RequiredEnum("outcome", kOutcome);
  ASSERT_THAT(e, HasErrorField("cases[3].outcome"));
  EXPECT_THAT(e.error().message, HasSubstr("字段 cases[3].outcome 的取值“won”无效"));
  EXPECT_THAT(e.error().message, HasSubstr("success（成功）"));
  EXPECT_THAT(e.error().message_en, HasSubstr("field cases[3].outcome"));
}

TEST(JsonReader, EnumLabelsAndOtherSpellingsAreRefusedWithTheCode) {
  for (const char* text : {"男", "Male", " male"}) {
    json j = {{"gender", text}};
    auto e = JsonReader(j, "members[0]").RequiredEnum("gender", kGender);
    ASSERT_THAT(e, HasErrorField("members[0].gender")) << text;
    EXPECT_THAT(e.error().message_en, HasSubstr("must use the code \"male\""));
  }
  json empty = {{"gender", ""}};
  EXPECT_THAT(JsonReader(empty).RequiredEnum("gender", kGender), HasErrorField("gender"));
}

TEST(JsonReader, BodyThatIsNotAnObject) {
  for (const json& body : {json::array({1, 2}), json("text"), json(nullptr), json(3)}) {
    auto s = JsonReader(body).RequiredString("username", 64);
    ASSERT_THAT(s, HasError(core::ErrorCode::kInvalidArgument));
    EXPECT_EQ(s.error().field, "");
    EXPECT_EQ(s.error().message_en, "the request body must be a JSON object ({…})");
  }
}

TEST(JsonReader, NestedObjectsAndArraysCarryTheirPath) {
  json j = {{"agreement", {{"form", 1}}},
            {"parties", json::array({json::object(), {{"name", 5}}})},
            {"odd", json::array({json::object(), 7})}};
  JsonReader r(j);
  auto agreement = r.RequiredObject("agreement");
  ASSERT_THAT(agreement, IsOk());
  EXPECT_EQ(agreement->path(), "agreement");
  EXPECT_THAT(agreement->RequiredString("form", 10), HasErrorField("agreement.form"));
  auto names = r.ObjectArray(
      "parties", [](const JsonReader& p) { return p.OptionalString("name", kNameMaxChars); });
  EXPECT_THAT(names, HasErrorField("parties[1].name"));
  auto odd = r.ObjectArray("odd", [](const JsonReader&) -> core::Result<int> { return 1; });
  ASSERT_THAT(odd, HasErrorField("odd[1]"));
  EXPECT_EQ(odd.error().message, "字段 odd[1] 应为对象");
  EXPECT_THAT(r.RequiredObject("missing"), HasErrorField("missing"));
}

}  // namespace
}  // namespace fazhi::service::json
