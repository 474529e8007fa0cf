// Tests for service/json/petition_json.h: fully populated petitions and 领导接访 records
// survive encode → decode field by field, the keys are the documented ones, personal data is
// masked, and nested errors name their path.
#include "service/json/petition_json.h"

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

domain::PetitionReview FullReview(int month) {
  domain::PetitionReview r;
  r.requested_on = MakeDate(2025, month, 1);
  r.organ = "丰都县信访局";
  r.replied_on = MakeDate(2025, month, 20);
  r.result = "维持";
  r.hearing = {{MakeDate(2025, month, 5), MakeDate(2025, month, 7), "听证"}};
  return r;
}

domain::Petition FullPetition() {
  domain::Petition p;
  p.id = 81;
  p.township_id = 2;
  p.reg_no = "许信〔2025〕3号";
  p.channel = domain::PetitionChannel::kLetter;
  p.source = domain::PetitionSource::kAssigned;
  p.assigned_by = "县信访局";
  p.received_on = MakeDate(2025, 3, 3);
  p.petitioner_name = "赵某";
  p.id_number = "500101199001011234";
  p.phone = "13812345678";
  p.address = "新春村5组";
  p.group_size = 7;
  p.representatives = 3;
  p.category = domain::PetitionCategory::kSuggestion;
  p.request = "修缮村道";
  p.facts = "村道损毁";
  p.reasons = "影响出行";
  p.urgent = true;
  p.acknowledged_on = MakeDate(2025, 3, 5);
  p.accepted_on = MakeDate(2025, 3, 6);
  p.objected_on = MakeDate(2025, 3, 4);
  p.diversion = domain::DiversionChannel::kArbitration;
  p.diverted_on = MakeDate(2025, 3, 7);
  p.extension = domain::PetitionExtension{20, "镇长", MakeDate(2025, 4, 30), "情况复杂", true};
  p.excluded = {{MakeDate(2025, 3, 10), MakeDate(2025, 3, 12), "鉴定"},
                {MakeDate(2025, 4, 1), MakeDate(2025, 4, 2), "补充材料"}};
  p.closed_on = MakeDate(2025, 5, 20);
  p.outcome = domain::PetitionOutcome::kSupport;
  p.reply_served_on = MakeDate(2025, 5, 21);
  p.satisfaction = domain::Satisfaction::kBasicallySatisfied;
  p.rated_on = MakeDate(2025, 5, 25);
  p.lead_leader = "党委书记王某";
  p.lead_assigned_on = MakeDate(2025, 3, 8);
  p.review = FullReview(6);
  p.re_review = FullReview(8);
  p.concluded_final = true;
  p.duplicate_of = 77;
  return p;
}

domain::LeaderReception FullReception() {
  domain::LeaderReception r;
  r.id = 91;
  r.township_id = 2;
  r.leader_name = "王某";
  r.leader_title = "党委书记";
  r.received_on = MakeDate(2025, 6, 6);
  r.location = "镇信访接待室";
  r.visitors = 4;
  r.matters = 2;
  r.notes = "当场答复1件";
  return r;
}

void ExpectSame(const domain::ExcludedInterval& a, const domain::ExcludedInterval& b) {
  EXPECT_EQ(a.from, b.from);
  EXPECT_EQ(a.to, b.to);
  EXPECT_EQ(a.reason, b.reason);
}

void ExpectSame(const std::vector<domain::ExcludedInterval>& a,
                const std::vector<domain::ExcludedInterval>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) ExpectSame(a[i], b[i]);
}

void ExpectSame(const std::optional<domain::PetitionReview>& a,
                const std::optional<domain::PetitionReview>& b) {
  ASSERT_EQ(a.has_value(), b.has_value());
  if (!a) return;
  EXPECT_EQ(a->requested_on, b->requested_on);
  EXPECT_EQ(a->organ, b->organ);
  EXPECT_EQ(a->replied_on, b->replied_on);
  EXPECT_EQ(a->result, b->result);
  ExpectSame(a->hearing, b->hearing);
}

void ExpectSame(const domain::Petition& a, const domain::Petition& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.township_id, b.township_id);
  EXPECT_EQ(a.reg_no, b.reg_no);
  EXPECT_EQ(a.channel, b.channel);
  EXPECT_EQ(a.source, b.source);
  EXPECT_EQ(a.assigned_by, b.assigned_by);
  EXPECT_EQ(a.received_on, b.received_on);
  EXPECT_EQ(a.petitioner_name, b.petitioner_name);
  EXPECT_EQ(a.id_number, b.id_number);
  EXPECT_EQ(a.phone, b.phone);
  EXPECT_EQ(a.address, b.address);
  EXPECT_EQ(a.group_size, b.group_size);
  EXPECT_EQ(a.representatives, b.representatives);
  EXPECT_EQ(a.category, b.category);
  EXPECT_EQ(a.request, b.request);
  EXPECT_EQ(a.facts, b.facts);
  EXPECT_EQ(a.reasons, b.reasons);
  EXPECT_EQ(a.urgent, b.urgent);
  EXPECT_EQ(a.acknowledged_on, b.acknowledged_on);
  EXPECT_EQ(a.accepted_on, b.accepted_on);
  EXPECT_EQ(a.objected_on, b.objected_on);
  EXPECT_EQ(a.diversion, b.diversion);
  EXPECT_EQ(a.diverted_on, b.diverted_on);
  ASSERT_EQ(a.extension.has_value(), b.extension.has_value());
  if (a.extension) {
    EXPECT_EQ(a.extension->days, b.extension->days);
    EXPECT_EQ(a.extension->approver, b.extension->approver);
    EXPECT_EQ(a.extension->approved_on, b.extension->approved_on);
    EXPECT_EQ(a.extension->reason, b.extension->reason);
    EXPECT_EQ(a.extension->petitioner_notified, b.extension->petitioner_notified);
  }
  ExpectSame(a.excluded, b.excluded);
  EXPECT_EQ(a.closed_on, b.closed_on);
  EXPECT_EQ(a.outcome, b.outcome);
  EXPECT_EQ(a.reply_served_on, b.reply_served_on);
  EXPECT_EQ(a.satisfaction, b.satisfaction);
  EXPECT_EQ(a.rated_on, b.rated_on);
  EXPECT_EQ(a.lead_leader, b.lead_leader);
  EXPECT_EQ(a.lead_assigned_on, b.lead_assigned_on);
  ExpectSame(a.review, b.review);
  ExpectSame(a.re_review, b.re_review);
  EXPECT_EQ(a.concluded_final, b.concluded_final);
  EXPECT_EQ(a.duplicate_of, b.duplicate_of);
}

void ExpectSame(const domain::LeaderReception& a, const domain::LeaderReception& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.township_id, b.township_id);
  EXPECT_EQ(a.leader_name, b.leader_name);
  EXPECT_EQ(a.leader_title, b.leader_title);
  EXPECT_EQ(a.received_on, b.received_on);
  EXPECT_EQ(a.location, b.location);
  EXPECT_EQ(a.visitors, b.visitors);
  EXPECT_EQ(a.matters, b.matters);
  EXPECT_EQ(a.notes, b.notes);
}

TEST(PetitionJson, FullPetitionRoundTrip) {
  domain::Petition p = FullPetition();
  json encoded = ToJson(p, Masking::None());
  auto decoded = PetitionFromJson(json::parse(encoded.dump()));
  ASSERT_THAT(decoded, IsOk());
  ExpectSame(p, *decoded);
  EXPECT_EQ(ToJson(*decoded, Masking::None()), encoded);
}

TEST(PetitionJson, KeysAndLabels) {
  json j = ToJson(FullPetition(), Masking::None());
  EXPECT_EQ(Keys(j), (std::set<std::string>{"id",
                                            "townshipId",
                                            "regNo",
                                            "channel",
                                            "channelLabel",
                                            "source",
                                            "sourceLabel",
                                            "assignedBy",
                                            "receivedOn",
                                            "petitionerName",
                                            "idNumber",
                                            "phone",
                                            "address",
                                            "groupSize",
                                            "representatives",
                                            "category",
                                            "categoryLabel",
                                            "request",
                                            "facts",
                                            "reasons",
                                            "urgent",
                                            "acknowledgedOn",
                                            "acceptedOn",
                                            "objectedOn",
                                            "diversion",
                                            "diversionLabel",
                                            "divertedOn",
                                            "extension",
                                            "excluded",
                                            "closedOn",
                                            "outcome",
                                            "outcomeLabel",
                                            "replyServedOn",
                                            "satisfaction",
                                            "satisfactionLabel",
                                            "ratedOn",
                                            "leadLeader",
                                            "leadAssignedOn",
                                            "review",
                                            "reReview",
                                            "concludedFinal",
                                            "duplicateOf"}));
  for (const auto& [k, v] : j.items()) EXPECT_FALSE(v.is_null()) << k;
  EXPECT_EQ(Keys(j["extension"]), (std::set<std::string>{"days", "approver", "approvedOn", "reason",
                                                         "petitionerNotified"}));
  EXPECT_EQ(Keys(j["review"]),
            (std::set<std::string>{"requestedOn", "organ", "repliedOn", "result", "hearing"}));
  EXPECT_EQ(j["channel"], "letter");
  EXPECT_EQ(j["channelLabel"], "来信");
  EXPECT_EQ(j["satisfaction"], "basic");
  EXPECT_EQ(j["excluded"][1],
            (json{{"from", "2025-04-01"}, {"to", "2025-04-02"}, {"reason", "补充材料"}}));
  EXPECT_EQ(j["reReview"]["hearing"][0]["from"], "2025-08-05");
}

TEST(PetitionJson, UnsetChildrenAreNullAndRoundTrip) {
  domain::Petition p = FullPetition();
  p.extension.reset();
  p.review.reset();
  p.re_review.reset();
  p.excluded.clear();
  p.duplicate_of.reset();
  p.closed_on.reset();
  json j = ToJson(p, Masking::None());
  EXPECT_TRUE(j["extension"].is_null());
  EXPECT_TRUE(j["review"].is_null());
  EXPECT_TRUE(j["duplicateOf"].is_null());
  EXPECT_EQ(j["excluded"], json::array());
  auto back = PetitionFromJson(j);
  ASSERT_THAT(back, IsOk());
  ExpectSame(p, *back);
}

TEST(PetitionJson, PetitionerDataIsMasked) {
  json j = ToJson(FullPetition());
  EXPECT_EQ(j["idNumber"], "500101********1234");
  EXPECT_EQ(j["phone"], "138****5678");
  EXPECT_EQ(j["petitionerName"], "赵某");
  EXPECT_THAT(PetitionFromJson(j), HasErrorField("idNumber"));
}

TEST(PetitionJson, NestedErrorsNameTheirPath) {
  json base = ToJson(FullPetition(), Masking::None());
  json j = base;
  j["extension"]["days"] = "20";
  EXPECT_THAT(PetitionFromJson(j), HasErrorField("extension.days"));
  j = base;
  j["extension"].erase("approvedOn");
  EXPECT_THAT(PetitionFromJson(j), HasErrorField("extension.approvedOn"));
  j = base;
  j["excluded"][1]["to"] = "2025-04-31";
  EXPECT_THAT(PetitionFromJson(j), HasErrorField("excluded[1].to"));
  j = base;
  j["reReview"]["hearing"][0]["from"] = nullptr;
  EXPECT_THAT(PetitionFromJson(j), HasErrorField("reReview.hearing[0].from"));
  j = base;
  j["channel"] = "wechat";
  EXPECT_THAT(PetitionFromJson(j), HasErrorField("channel"));
  j = base;
  j["channel"] = "来访";  // the zh label: refused, the code is named
  auto e = PetitionFromJson(j);
  ASSERT_THAT(e, HasErrorField("channel"));
  EXPECT_THAT(e.error().message_en, ::testing::HasSubstr("\"visit\""));
  j = base;
  j.erase("category");
  EXPECT_THAT(PetitionFromJson(j), HasErrorField("category"));
  j = base;
  j["urgent"] = "true";
  EXPECT_THAT(PetitionFromJson(j), HasErrorField("urgent"));
  j = base;
  j["facts"] = std::string("a\0b", 3);
  EXPECT_THAT(PetitionFromJson(j), HasErrorField("facts"));
}

TEST(PetitionJson, LeaderReceptionRoundTrip) {
  domain::LeaderReception r = FullReception();
  json j = ToJson(r);
  EXPECT_EQ(Keys(j),
            (std::set<std::string>{"id", "townshipId", "leaderName", "leaderTitle", "receivedOn",
                                   "location", "visitors", "matters", "notes"}));
  auto back = LeaderReceptionFromJson(j);
  ASSERT_THAT(back, IsOk());
  ExpectSame(r, *back);
  EXPECT_EQ(ToJson(*back), j);
  j.erase("leaderName");
  EXPECT_THAT(LeaderReceptionFromJson(j), HasErrorField("leaderName"));
}

}  // namespace
}  // namespace fazhi::service::json
