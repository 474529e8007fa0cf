// service/json/petition_json.cc — see petition_json.h.
#include "service/json/petition_json.h"

#include <string>

#include "service/json/common_json.h"

namespace fazhi::service::json {
namespace {

using nlohmann::json;

constexpr EnumCodec<domain::PetitionChannel> kChannel{&domain::ParsePetitionChannel,
                                                      &domain::PetitionChannelCode};
constexpr EnumCodec<domain::PetitionSource> kSource{&domain::ParsePetitionSource,
                                                    &domain::PetitionSourceCode};
constexpr EnumCodec<domain::PetitionCategory> kCategory{&domain::ParsePetitionCategory,
                                                        &domain::PetitionCategoryCode};
constexpr EnumCodec<domain::DiversionChannel> kDiversion{&domain::ParseDiversionChannel,
                                                         &domain::DiversionChannelCode};
constexpr EnumCodec<domain::PetitionOutcome> kOutcome{&domain::ParsePetitionOutcome,
                                                      &domain::PetitionOutcomeCode};
constexpr EnumCodec<domain::Satisfaction> kSatisfaction{&domain::ParseSatisfaction,
                                                        &domain::SatisfactionCode};

std::string Str(std::string_view s) { return std::string(s); }

// An optional child object decoded by `read`; nullopt when absent or null.
template <class T, class Read>
core::Result<std::optional<T>> ReadOptionalChild(const JsonReader& r, std::string_view key,
                                                 Read&& read) {
  ASSIGN_OR_RETURN(std::optional<JsonReader> child, r.OptionalObject(key));
  if (!child) return std::optional<T>();
  ASSIGN_OR_RETURN(T value, read(*child));
  return std::optional<T>(std::move(value));
}

}  // namespace

// ---- encoders ----

json ToJson(const domain::PetitionExtension& e) {
  return {{"days", e.days},
          {"approver", e.approver},
          {"approvedOn", DateToJson(e.approved_on)},
          {"reason", e.reason},
          {"petitionerNotified", e.petitioner_notified}};
}

json ToJson(const domain::PetitionReview& r) {
  return {{"requestedOn", DateToJson(r.requested_on)},
          {"organ", r.organ},
          {"repliedOn", DateToJson(r.replied_on)},
          {"result", r.result},
          {"hearing", ToJson(r.hearing)}};
}

json ToJson(const domain::Petition& p, const Masking& masking) {
  return {{"id", p.id},
          {"townshipId", p.township_id},
          {"regNo", p.reg_no},
          {"channel", Str(domain::PetitionChannelCode(p.channel))},
          {"channelLabel", Str(domain::PetitionChannelLabelZh(p.channel))},
          {"source", Str(domain::PetitionSourceCode(p.source))},
          {"sourceLabel", Str(domain::PetitionSourceLabelZh(p.source))},
          {"assignedBy", p.assigned_by},
          {"receivedOn", DateToJson(p.received_on)},
          {"petitionerName", p.petitioner_name},
          {"idNumber", masking.IdNumber(p.id_number)},
          {"phone", masking.Phone(p.phone)},
          {"address", p.address},
          {"groupSize", p.group_size},
          {"representatives", p.representatives},
          {"category", Str(domain::PetitionCategoryCode(p.category))},
          {"categoryLabel", Str(domain::PetitionCategoryLabelZh(p.category))},
          {"request", p.request},
          {"facts", p.facts},
          {"reasons", p.reasons},
          {"urgent", p.urgent},
          {"acknowledgedOn", DateToJson(p.acknowledged_on)},
          {"acceptedOn", DateToJson(p.accepted_on)},
          {"objectedOn", DateToJson(p.objected_on)},
          {"diversion", Str(domain::DiversionChannelCode(p.diversion))},
          {"diversionLabel", Str(domain::DiversionChannelLabelZh(p.diversion))},
          {"divertedOn", DateToJson(p.diverted_on)},
          {"extension", p.extension ? ToJson(*p.extension) : json(nullptr)},
          {"excluded", ToJson(p.excluded)},
          {"closedOn", DateToJson(p.closed_on)},
          {"outcome", Str(domain::PetitionOutcomeCode(p.outcome))},
          {"outcomeLabel", Str(domain::PetitionOutcomeLabelZh(p.outcome))},
          {"replyServedOn", DateToJson(p.reply_served_on)},
          {"satisfaction", Str(domain::SatisfactionCode(p.satisfaction))},
          {"satisfactionLabel", Str(domain::SatisfactionLabelZh(p.satisfaction))},
          {"ratedOn", DateToJson(p.rated_on)},
          {"leadLeader", p.lead_leader},
          {"leadAssignedOn", DateToJson(p.lead_assigned_on)},
          {"review", p.review ? ToJson(*p.review) : json(nullptr)},
          {"reReview", p.re_review ? ToJson(*p.re_review) : json(nullptr)},
          {"concludedFinal", p.concluded_final},
          {"duplicateOf", IdToJson(p.duplicate_of)}};
}

json ToJson(const domain::LeaderReception& r, const Masking&) {
  return {{"id", r.id},
          {"townshipId", r.township_id},
          {"leaderName", r.leader_name},
          {"leaderTitle", r.leader_title},
          {"receivedOn", DateToJson(r.received_on)},
          {"location", r.location},
          {"visitors", r.visitors},
          {"matters", r.matters},
          {"notes", r.notes}};
}

// ---- decoders ----

core::Result<domain::PetitionExtension> ReadPetitionExtension(const JsonReader& r) {
  domain::PetitionExtension e;
  ASSIGN_OR_RETURN(e.days, r.Required<int>("days"));
  ASSIGN_OR_RETURN(e.approver, r.OptionalString("approver", kNameMaxChars));
  ASSIGN_OR_RETURN(e.approved_on, r.Required<core::Date>("approvedOn"));
  ASSIGN_OR_RETURN(e.reason, r.OptionalString("reason", kTextMaxChars));
  ASSIGN_OR_RETURN(e.petitioner_notified, r.OptionalOr<bool>("petitionerNotified", false));
  return e;
}

core::Result<domain::PetitionReview> ReadPetitionReview(const JsonReader& r) {
  domain::PetitionReview v;
  ASSIGN_OR_RETURN(v.requested_on, r.Required<core::Date>("requestedOn"));
  ASSIGN_OR_RETURN(v.organ, r.OptionalString("organ", kNameMaxChars));
  ASSIGN_OR_RETURN(v.replied_on, r.Optional<core::Date>("repliedOn"));
  ASSIGN_OR_RETURN(v.result, r.OptionalString("result", kTextMaxChars));
  ASSIGN_OR_RETURN(v.hearing, r.ObjectArray("hearing", ReadExcludedInterval));
  return v;
}

core::Result<domain::Petition> ReadPetition(const JsonReader& r) {
  domain::Petition p;
  ASSIGN_OR_RETURN(p.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(p.township_id, r.IdOrZero("townshipId"));
  ASSIGN_OR_RETURN(p.reg_no, r.RequiredString("regNo", kNameMaxChars));
  ASSIGN_OR_RETURN(p.channel, r.RequiredEnum("channel", kChannel));
  ASSIGN_OR_RETURN(p.source, r.EnumOr("source", kSource, p.source));
  ASSIGN_OR_RETURN(p.assigned_by, r.OptionalString("assignedBy", kNameMaxChars));
  ASSIGN_OR_RETURN(p.received_on, r.Required<core::Date>("receivedOn"));
  ASSIGN_OR_RETURN(p.petitioner_name, r.OptionalString("petitionerName", kNameMaxChars));
  ASSIGN_OR_RETURN(p.id_number, ReadPersonal(r, "idNumber"));
  ASSIGN_OR_RETURN(p.phone, ReadPersonal(r, "phone"));
  ASSIGN_OR_RETURN(p.address, r.OptionalString("address", kNameMaxChars));
  ASSIGN_OR_RETURN(p.group_size, r.OptionalOr<int>("groupSize", p.group_size));
  ASSIGN_OR_RETURN(p.representatives, r.OptionalOr<int>("representatives", p.representatives));
  ASSIGN_OR_RETURN(p.category, r.RequiredEnum("category", kCategory));
  ASSIGN_OR_RETURN(p.request, r.OptionalString("request", kTextMaxChars));
  ASSIGN_OR_RETURN(p.facts, r.OptionalString("facts", kTextMaxChars));
  ASSIGN_OR_RETURN(p.reasons, r.OptionalString("reasons", kTextMaxChars));
  ASSIGN_OR_RETURN(p.urgent, r.OptionalOr<bool>("urgent", false));
  ASSIGN_OR_RETURN(p.acknowledged_on, r.Optional<core::Date>("acknowledgedOn"));
  ASSIGN_OR_RETURN(p.accepted_on, r.Optional<core::Date>("acceptedOn"));
  ASSIGN_OR_RETURN(p.objected_on, r.Optional<core::Date>("objectedOn"));
  ASSIGN_OR_RETURN(p.diversion, r.EnumOr("diversion", kDiversion, p.diversion));
  ASSIGN_OR_RETURN(p.diverted_on, r.Optional<core::Date>("divertedOn"));
  ASSIGN_OR_RETURN(p.extension, ReadOptionalChild<domain::PetitionExtension>(
                                    r, "extension", ReadPetitionExtension));
  ASSIGN_OR_RETURN(p.excluded, r.ObjectArray("excluded", ReadExcludedInterval));
  ASSIGN_OR_RETURN(p.closed_on, r.Optional<core::Date>("closedOn"));
  ASSIGN_OR_RETURN(p.outcome, r.EnumOr("outcome", kOutcome, p.outcome));
  ASSIGN_OR_RETURN(p.reply_served_on, r.Optional<core::Date>("replyServedOn"));
  ASSIGN_OR_RETURN(p.satisfaction, r.EnumOr("satisfaction", kSatisfaction, p.satisfaction));
  ASSIGN_OR_RETURN(p.rated_on, r.Optional<core::Date>("ratedOn"));
  ASSIGN_OR_RETURN(p.lead_leader, r.OptionalString("leadLeader", kNameMaxChars));
  ASSIGN_OR_RETURN(p.lead_assigned_on, r.Optional<core::Date>("leadAssignedOn"));
  ASSIGN_OR_RETURN(p.review,
                   ReadOptionalChild<domain::PetitionReview>(r, "review", ReadPetitionReview));
  ASSIGN_OR_RETURN(p.re_review,
                   ReadOptionalChild<domain::PetitionReview>(r, "reReview", ReadPetitionReview));
  ASSIGN_OR_RETURN(p.concluded_final, r.OptionalOr<bool>("concludedFinal", false));
  ASSIGN_OR_RETURN(p.duplicate_of, r.OptionalId("duplicateOf"));
  return p;
}

core::Result<domain::LeaderReception> ReadLeaderReception(const JsonReader& r) {
  domain::LeaderReception v;
  ASSIGN_OR_RETURN(v.id, r.IdOrZero("id"));
  ASSIGN_OR_RETURN(v.township_id, r.IdOrZero("townshipId"));
  ASSIGN_OR_RETURN(v.leader_name, r.RequiredString("leaderName", kNameMaxChars));
  ASSIGN_OR_RETURN(v.leader_title, r.OptionalString("leaderTitle", kNameMaxChars));
  ASSIGN_OR_RETURN(v.received_on, r.Required<core::Date>("receivedOn"));
  ASSIGN_OR_RETURN(v.location, r.OptionalString("location", kNameMaxChars));
  ASSIGN_OR_RETURN(v.visitors, r.OptionalOr<int>("visitors", 0));
  ASSIGN_OR_RETURN(v.matters, r.OptionalOr<int>("matters", 0));
  ASSIGN_OR_RETURN(v.notes, r.OptionalString("notes", kTextMaxChars));
  return v;
}

core::Result<domain::Petition> PetitionFromJson(const json& j) {
  return DecodeDocument(j, ReadPetition);
}
core::Result<domain::LeaderReception> LeaderReceptionFromJson(const json& j) {
  return DecodeDocument(j, ReadLeaderReception);
}

}  // namespace fazhi::service::json
