// Tests for service/json/mediation_json.h: every record type survives encode → decode with
// every field (fully populated records, compared field by field), the encoders write exactly
// the documented keys, personal data is masked unless told otherwise, and decoding errors
// name the nested path.
#include "service/json/mediation_json.h"

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
using ::testing::HasSubstr;

std::set<std::string> Keys(const json& j) {
  std::set<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.insert(k);
  return keys;
}

// A fully populated record has no null value anywhere (every optional is set).
void ExpectNoNull(const json& j, const std::string& path = "") {
  if (j.is_object()) {
    for (const auto& [k, v] : j.items()) ExpectNoNull(v, path + "." + k);
  } else if (j.is_array()) {
    for (std::size_t i = 0; i < j.size(); ++i)
      ExpectNoNull(j[i], path + "[" + std::to_string(i) + "]");
  } else {
    EXPECT_FALSE(j.is_null()) << path << " is null";
  }
}

// ---- fully populated records (every field differs from its default) ----

domain::MediationCommittee FullCommittee() {
  domain::MediationCommittee c;
  c.id = 11;
  c.township_id = 2;
  c.village_id = 3;
  c.name = "新春村人民调解委员会";
  c.level = domain::CommitteeLevel::kVillage;
  c.established_on = MakeDate(2015, 3, 1);
  c.term_start = MakeDate(2023, 1, 1);
  c.term_end = MakeDate(2025, 12, 31);
  c.multi_ethnic_area = true;
  for (int i = 0; i < 2; ++i) {
    domain::CommitteeMember m;
    m.id = 100 + i;
    m.committee_id = 11;
    m.name = i == 0 ? "李秀英" : "王强";
    m.gender = i == 0 ? domain::Gender::kFemale : domain::Gender::kMale;
    m.ethnicity = "土家族";
    m.role = i == 0 ? domain::CommitteeRole::kChair : domain::CommitteeRole::kViceChair;
    m.term_start = MakeDate(2023, 1, 1);
    m.term_end = MakeDate(2025, 12, 31);
    c.members.push_back(m);
  }
  return c;
}

domain::Mediator FullMediator() {
  domain::Mediator m;
  m.id = 21;
  m.township_id = 2;
  m.committee_id = 11;
  m.name = "张明";
  m.gender = domain::Gender::kMale;
  m.id_number = "500101199001011234";
  m.phone = "13812345678";
  m.is_committee_member = false;
  m.appointed_on = MakeDate(2020, 5, 6);
  m.dismissed_on = MakeDate(2024, 5, 6);
  m.training_hours = 36;
  return m;
}

domain::ScreeningRound FullRound() {
  domain::ScreeningRound r;
  r.id = 31;
  r.township_id = 2;
  r.village_id = 3;
  r.held_on = MakeDate(2025, 4, 2);
  r.organiser = "综治办";
  r.scope = "新春村";
  r.notes = "排查出邻里纠纷2件";
  return r;
}

domain::ScreenedDispute FullDispute() {
  domain::ScreenedDispute d;
  d.id = 41;
  d.round_id = 31;
  d.township_id = 2;
  d.village_id = 3;
  d.found_on = MakeDate(2025, 4, 2);
  d.category = "neighbor";
  d.summary = "排水沟堵塞";
  d.parties_count = 3;
  d.status = domain::ScreenedDisputeStatus::kResolved;
  d.route = domain::ResolutionRoute::kMediation;
  d.resolved_on = MakeDate(2025, 4, 20);
  d.transferred_to = "镇国土所";
  d.mediation_case_id = 51;
  return d;
}

domain::MediationCase FullCase() {
  domain::MediationCase c;
  c.id = 51;
  c.township_id = 2;
  c.committee_id = 11;
  c.mediator_id = 21;
  c.case_no = "许调〔2025〕15号";
  c.category = "housing_homestead";
  c.start_mode = domain::MediationStartMode::kReferral;
  c.referred_by = "许明寺派出所";
  c.accepted_on = MakeDate(2025, 4, 3);
  c.summary = "宅基地界址争议";
  c.outcome = domain::MediationOutcome::kSuccess;
  c.concluded_on = MakeDate(2025, 4, 20);
  c.termination_reason = "（无）";
  c.parties_agreed_to_continue = true;
  c.amount_fen = 1'234'500;
  c.prevented_criminal = true;
  c.prevented_group_petition = true;
  domain::MediationParty person;
  person.id = 61;
  person.case_id = 51;
  person.kind = domain::PartyKind::kPerson;
  person.name = "刘某";
  person.id_number = "500101199001011234";
  person.uscc = "";
  person.phone = "13812345678";
  person.address = "新春村3组";
  domain::MediationParty org;
  org.id = 62;
  org.case_id = 51;
  org.kind = domain::PartyKind::kOrganisation;
  org.name = "某建筑公司";
  org.id_number = "";
  org.uscc = "91350100M000100Y43";
  org.phone = "023-62345678";
  org.address = "丰都县";
  c.parties = {person, org};
  domain::MediationAgreement a;
  a.id = 71;
  a.case_id = 51;
  a.form = domain::AgreementForm::kOral;
  a.effective_on = MakeDate(2025, 4, 20);
  a.terms = "甲方于5月1日前拆除围墙";
  a.amount_fen = 500'000;
  a.performance = domain::PerformanceStatus::kPartial;
  a.performance_due = MakeDate(2025, 5, 1);
  a.performed_on = MakeDate(2025, 5, 2);
  a.last_followup_on = MakeDate(2025, 5, 10);
  a.confirmation_applied_on = MakeDate(2025, 4, 25);
  a.confirmation_court = "丰都县人民法院";
  a.confirmation_result = domain::ConfirmationResult::kConfirmed;
  a.confirmation_decided_on = MakeDate(2025, 5, 8);
  c.agreement = a;
  return c;
}

// ---- field-by-field equality ----

void ExpectSame(const domain::CommitteeMember& a, const domain::CommitteeMember& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.committee_id, b.committee_id);
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.gender, b.gender);
  EXPECT_EQ(a.ethnicity, b.ethnicity);
  EXPECT_EQ(a.role, b.role);
  EXPECT_EQ(a.term_start, b.term_start);
  EXPECT_EQ(a.term_end, b.term_end);
}

void ExpectSame(const domain::MediationCommittee& a, const domain::MediationCommittee& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.township_id, b.township_id);
  EXPECT_EQ(a.village_id, b.village_id);
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.level, b.level);
  EXPECT_EQ(a.established_on, b.established_on);
  EXPECT_EQ(a.term_start, b.term_start);
  EXPECT_EQ(a.term_end, b.term_end);
  EXPECT_EQ(a.multi_ethnic_area, b.multi_ethnic_area);
  ASSERT_EQ(a.members.size(), b.members.size());
  for (std::size_t i = 0; i < a.members.size(); ++i) ExpectSame(a.members[i], b.members[i]);
}

void ExpectSame(const domain::Mediator& a, const domain::Mediator& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.township_id, b.township_id);
  EXPECT_EQ(a.committee_id, b.committee_id);
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.gender, b.gender);
  EXPECT_EQ(a.id_number, b.id_number);
  EXPECT_EQ(a.phone, b.phone);
  EXPECT_EQ(a.is_committee_member, b.is_committee_member);
  EXPECT_EQ(a.appointed_on, b.appointed_on);
  EXPECT_EQ(a.dismissed_on, b.dismissed_on);
  EXPECT_EQ(a.training_hours, b.training_hours);
}

void ExpectSame(const domain::ScreeningRound& a, const domain::ScreeningRound& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.township_id, b.township_id);
  EXPECT_EQ(a.village_id, b.village_id);
  EXPECT_EQ(a.held_on, b.held_on);
  EXPECT_EQ(a.organiser, b.organiser);
  EXPECT_EQ(a.scope, b.scope);
  EXPECT_EQ(a.notes, b.notes);
}

void ExpectSame(const domain::ScreenedDispute& a, const domain::ScreenedDispute& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.round_id, b.round_id);
  EXPECT_EQ(a.township_id, b.township_id);
  EXPECT_EQ(a.village_id, b.village_id);
  EXPECT_EQ(a.found_on, b.found_on);
  EXPECT_EQ(a.category, b.category);
  EXPECT_EQ(a.summary, b.summary);
  EXPECT_EQ(a.parties_count, b.parties_count);
  EXPECT_EQ(a.status, b.status);
  EXPECT_EQ(a.route, b.route);
  EXPECT_EQ(a.resolved_on, b.resolved_on);
  EXPECT_EQ(a.transferred_to, b.transferred_to);
  EXPECT_EQ(a.mediation_case_id, b.mediation_case_id);
}

void ExpectSame(const domain::MediationParty& a, const domain::MediationParty& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.case_id, b.case_id);
  EXPECT_EQ(a.kind, b.kind);
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.id_number, b.id_number);
  EXPECT_EQ(a.uscc, b.uscc);
  EXPECT_EQ(a.phone, b.phone);
  EXPECT_EQ(a.address, b.address);
}

void ExpectSame(const domain::MediationAgreement& a, const domain::MediationAgreement& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.case_id, b.case_id);
  EXPECT_EQ(a.form, b.form);
  EXPECT_EQ(a.effective_on, b.effective_on);
  EXPECT_EQ(a.terms, b.terms);
  EXPECT_EQ(a.amount_fen, b.amount_fen);
  EXPECT_EQ(a.performance, b.performance);
  EXPECT_EQ(a.performance_due, b.performance_due);
  EXPECT_EQ(a.performed_on, b.performed_on);
  EXPECT_EQ(a.last_followup_on, b.last_followup_on);
  EXPECT_EQ(a.confirmation_applied_on, b.confirmation_applied_on);
  EXPECT_EQ(a.confirmation_court, b.confirmation_court);
  EXPECT_EQ(a.confirmation_result, b.confirmation_result);
  EXPECT_EQ(a.confirmation_decided_on, b.confirmation_decided_on);
}

void ExpectSame(const domain::MediationCase& a, const domain::MediationCase& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.township_id, b.township_id);
  EXPECT_EQ(a.committee_id, b.committee_id);
  EXPECT_EQ(a.mediator_id, b.mediator_id);
  EXPECT_EQ(a.case_no, b.case_no);
  EXPECT_EQ(a.category, b.category);
  EXPECT_EQ(a.start_mode, b.start_mode);
  EXPECT_EQ(a.referred_by, b.referred_by);
  EXPECT_EQ(a.accepted_on, b.accepted_on);
  EXPECT_EQ(a.summary, b.summary);
  EXPECT_EQ(a.outcome, b.outcome);
  EXPECT_EQ(a.concluded_on, b.concluded_on);
  EXPECT_EQ(a.termination_reason, b.termination_reason);
  EXPECT_EQ(a.parties_agreed_to_continue, b.parties_agreed_to_continue);
  EXPECT_EQ(a.amount_fen, b.amount_fen);
  EXPECT_EQ(a.prevented_criminal, b.prevented_criminal);
  EXPECT_EQ(a.prevented_group_petition, b.prevented_group_petition);
  ASSERT_EQ(a.parties.size(), b.parties.size());
  for (std::size_t i = 0; i < a.parties.size(); ++i) ExpectSame(a.parties[i], b.parties[i]);
  ASSERT_EQ(a.agreement.has_value(), b.agreement.has_value());
  if (a.agreement) ExpectSame(*a.agreement, *b.agreement);
}

// encode (unmasked) → decode → the same record, and the same JSON again.
template <class T, class Decode>
void ExpectRoundTrip(const T& record, Decode decode) {
  json encoded = ToJson(record, Masking::None());
  auto decoded = decode(encoded);
  ASSERT_THAT(decoded, IsOk());
  ExpectSame(record, *decoded);
  EXPECT_EQ(ToJson(*decoded, Masking::None()), encoded);
  // Through text, as the server receives it.
  auto reparsed = decode(json::parse(encoded.dump()));
  ASSERT_THAT(reparsed, IsOk());
  ExpectSame(record, *reparsed);
}

TEST(MediationJson, CommitteeRoundTrip) {
  ExpectRoundTrip(FullCommittee(), MediationCommitteeFromJson);
  json j = ToJson(FullCommittee());
  ExpectNoNull(j);
  EXPECT_EQ(Keys(j), (std::set<std::string>{"id", "townshipId", "villageId", "name", "level",
                                            "establishedOn", "termStart", "termEnd",
                                            "multiEthnicArea", "members"}));
  EXPECT_EQ(Keys(j["members"][0]),
            (std::set<std::string>{"id", "committeeId", "name", "gender", "genderLabel",
                                   "ethnicity", "role", "termStart", "termEnd"}));
  EXPECT_EQ(j["members"][0]["genderLabel"], "女");
  EXPECT_EQ(j["members"][0]["role"], "chair");
  EXPECT_EQ(j["level"], "village");
  EXPECT_EQ(j["establishedOn"], "2015-03-01");
}

TEST(MediationJson, MediatorRoundTripAndMasking) {
  ExpectRoundTrip(FullMediator(), MediatorFromJson);
  json masked = ToJson(FullMediator());
  ExpectNoNull(masked);
  EXPECT_EQ(Keys(masked),
            (std::set<std::string>{"id", "townshipId", "committeeId", "name", "gender",
                                   "genderLabel", "idNumber", "phone", "isCommitteeMember",
                                   "appointedOn", "dismissedOn", "trainingHours"}));
  EXPECT_EQ(masked["idNumber"], "500101********1234");
  EXPECT_EQ(masked["phone"], "138****5678");
  json plain = ToJson(FullMediator(), Masking::None());
  EXPECT_EQ(plain["idNumber"], "500101199001011234");
  EXPECT_EQ(plain["phone"], "13812345678");
  // A masked value sent back is invalid input.
  auto back = MediatorFromJson(masked);
  ASSERT_THAT(back, HasErrorField("idNumber"));
  masked["idNumber"] = "500101199001011234";
  EXPECT_THAT(MediatorFromJson(masked), HasErrorField("phone"));
}

TEST(MediationJson, UnsetOptionalsAreNull) {
  domain::Mediator m = FullMediator();
  m.dismissed_on.reset();
  json j = ToJson(m);
  ASSERT_TRUE(j.contains("dismissedOn"));
  EXPECT_TRUE(j["dismissedOn"].is_null());
  domain::MediationCase c = FullCase();
  c.mediator_id.reset();
  c.concluded_on.reset();
  c.agreement.reset();
  j = ToJson(c);
  EXPECT_TRUE(j["mediatorId"].is_null());
  EXPECT_TRUE(j["concludedOn"].is_null());
  EXPECT_TRUE(j["agreement"].is_null());
  ExpectRoundTrip(c, MediationCaseFromJson);
}

TEST(MediationJson, ScreeningRoundAndDisputeRoundTrip) {
  ExpectRoundTrip(FullRound(), ScreeningRoundFromJson);
  ExpectNoNull(ToJson(FullRound()));
  EXPECT_EQ(Keys(ToJson(FullRound())),
            (std::set<std::string>{"id", "townshipId", "villageId", "heldOn", "organiser", "scope",
                                   "notes"}));
  ExpectRoundTrip(FullDispute(), ScreenedDisputeFromJson);
  json d = ToJson(FullDispute());
  ExpectNoNull(d);
  EXPECT_EQ(Keys(d),
            (std::set<std::string>{"id", "roundId", "townshipId", "villageId", "foundOn",
                                   "category", "categoryLabel", "summary", "partiesCount", "status",
                                   "route", "resolvedOn", "transferredTo", "mediationCaseId"}));
  EXPECT_EQ(d["categoryLabel"], "邻里");
  domain::ScreenedDispute open = FullDispute();
  open.status = domain::ScreenedDisputeStatus::kOpen;
  open.route.reset();
  open.resolved_on.reset();
  open.mediation_case_id.reset();
  open.village_id.reset();
  ExpectRoundTrip(open, ScreenedDisputeFromJson);
}

TEST(MediationJson, CaseRoundTripWithPartiesAndAgreement) {
  ExpectRoundTrip(FullCase(), MediationCaseFromJson);
  json j = ToJson(FullCase(), Masking::None());
  ExpectNoNull(j);
  EXPECT_EQ(Keys(j), (std::set<std::string>{"id",
                                            "townshipId",
                                            "committeeId",
                                            "mediatorId",
                                            "caseNo",
                                            "category",
                                            "categoryLabel",
                                            "startMode",
                                            "startModeLabel",
                                            "referredBy",
                                            "acceptedOn",
                                            "summary",
                                            "outcome",
                                            "outcomeLabel",
                                            "concludedOn",
                                            "terminationReason",
                                            "partiesAgreedToContinue",
                                            "amountFen",
                                            "preventedCriminal",
                                            "preventedGroupPetition",
                                            "parties",
                                            "agreement"}));
  EXPECT_EQ(Keys(j["parties"][0]),
            (std::set<std::string>{"id", "caseId", "kind", "kindLabel", "name", "idNumber", "uscc",
                                   "phone", "address"}));
  EXPECT_EQ(Keys(j["agreement"]),
            (std::set<std::string>{"id", "caseId", "form", "formLabel", "effectiveOn", "terms",
                                   "amountFen", "performance", "performanceLabel", "performanceDue",
                                   "performedOn", "lastFollowupOn", "confirmationAppliedOn",
                                   "confirmationCourt", "confirmationResult",
                                   "confirmationResultLabel", "confirmationDecidedOn"}));
  EXPECT_EQ(j["outcome"], "success");
  EXPECT_EQ(j["outcomeLabel"], "成功");
  EXPECT_EQ(j["categoryLabel"], "房屋宅基地");
  EXPECT_EQ(j["amountFen"], 1'234'500);
  EXPECT_EQ(j["parties"][1]["kind"], "org");
  EXPECT_EQ(j["agreement"]["form"], "oral");
}

TEST(MediationJson, CasePartiesAreMaskedButUsccIsNot) {
  json j = ToJson(FullCase());
  EXPECT_EQ(j["parties"][0]["idNumber"], "500101********1234");
  EXPECT_EQ(j["parties"][0]["phone"], "138****5678");
  EXPECT_EQ(j["parties"][1]["phone"], "023-****5678");
  EXPECT_EQ(j["parties"][1]["uscc"], "91350100M000100Y43");
  auto back = MediationCaseFromJson(j);
  ASSERT_THAT(back, HasErrorField("parties[0].idNumber"));
  EXPECT_THAT(back.error().message, HasSubstr("脱敏"));
}

TEST(MediationJson, MinimalCaseTakesTheDomainDefaults) {
  json j = {{"committeeId", 11},
            {"caseNo", "许调〔2025〕1号"},
            {"category", "neighbor"},
            {"acceptedOn", "2025-01-02"},
            {"parties", json::array({{{"name", "甲"}}, {{"name", "乙"}}})}};
  auto c = MediationCaseFromJson(j);
  ASSERT_THAT(c, IsOk());
  EXPECT_EQ(c->id, 0);
  EXPECT_EQ(c->township_id, 0);
  EXPECT_EQ(c->outcome, domain::MediationOutcome::kOpen);
  EXPECT_EQ(c->start_mode, domain::MediationStartMode::kApplication);
  EXPECT_EQ(c->parties.size(), 2U);
  EXPECT_EQ(c->parties[1].kind, domain::PartyKind::kPerson);
  EXPECT_FALSE(c->agreement.has_value());
  EXPECT_FALSE(c->mediator_id.has_value());
}

TEST(MediationJson, DecodingErrorsNameTheNestedPath) {
  json base = ToJson(FullCase(), Masking::None());

  json j = base;
  j["parties"][0]["kind"] = "company";
  auto e = MediationCaseFromJson(j);
  ASSERT_THAT(e, HasErrorField("parties[0].kind"));
  EXPECT_THAT(e.error().message, HasSubstr("parties[0].kind"));
  EXPECT_THAT(e.error().message_en, HasSubstr("parties[0].kind"));

  j = base;
  j["parties"][1].erase("name");
  EXPECT_THAT(MediationCaseFromJson(j), HasErrorField("parties[1].name"));

  j = base;
  j["agreement"]["effectiveOn"] = "2025-02-30";
  e = MediationCaseFromJson(j);
  ASSERT_THAT(e, HasErrorField("agreement.effectiveOn"));
  EXPECT_EQ(e.error().message, "字段 agreement.effectiveOn 应为日期（YYYY-MM-DD）");

  j = base;
  j["agreement"]["amountFen"] = "500000";
  EXPECT_THAT(MediationCaseFromJson(j), HasErrorField("agreement.amountFen"));

  j = base;
  j["outcome"] = "成功";
  e = MediationCaseFromJson(j);
  ASSERT_THAT(e, HasErrorField("outcome"));
  EXPECT_THAT(e.error().message_en, HasSubstr("\"success\""));

  j = base;
  j["category"] = "邻里";
  e = MediationCaseFromJson(j);
  ASSERT_THAT(e, HasErrorField("category"));
  EXPECT_THAT(e.error().message_en, HasSubstr("\"neighbor\""));
  j["category"] = "aliens";
  EXPECT_THAT(MediationCaseFromJson(j), HasErrorField("category"));

  j = base;
  j["summary"] = std::string(kTextMaxChars + 1, 'x');
  e = MediationCaseFromJson(j);
  ASSERT_THAT(e, HasErrorField("summary"));
  EXPECT_THAT(e.error().message_en, HasSubstr("too long"));

  j = base;
  j.erase("acceptedOn");
  EXPECT_THAT(MediationCaseFromJson(j), HasErrorField("acceptedOn"));

  j = base;
  j["parties"] = {{"name", "甲"}};  // an object, not an array
  EXPECT_THAT(MediationCaseFromJson(j), HasErrorField("parties"));

  j = base;
  j["agreement"] = "written";
  EXPECT_THAT(MediationCaseFromJson(j), HasErrorField("agreement"));

  j = base;
  j["mediatorId"] = 0;
  EXPECT_THAT(MediationCaseFromJson(j), HasErrorField("mediatorId"));

  json committee = ToJson(FullCommittee());
  committee["members"][1]["termEnd"] = 2025;
  EXPECT_THAT(MediationCommitteeFromJson(committee), HasErrorField("members[1].termEnd"));

  EXPECT_THAT(MediationCaseFromJson(json::array()), HasErrorField(""));
}

TEST(MediationJson, UnknownKeysAndLabelsAreIgnored) {
  json j = ToJson(FullCase(), Masking::None());
  j["somethingNew"] = {1, 2, 3};
  j["outcomeLabel"] = "whatever";
  auto c = MediationCaseFromJson(j);
  ASSERT_THAT(c, IsOk());
  ExpectSame(FullCase(), *c);
}

TEST(MediationJson, DisputeCategories) {
  json doc = DisputeCategoriesToJson();
  ASSERT_EQ(doc["total"], domain::DisputeCategories().size());
  ASSERT_EQ(doc["items"].size(), domain::DisputeCategories().size());
  EXPECT_EQ(doc["items"][0], (json{{"code", "marriage_family"},
                                   {"label", "婚姻家庭"},
                                   {"labelEn", "Marriage and family"}}));
}

}  // namespace
}  // namespace fazhi::service::json
