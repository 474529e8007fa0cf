// domain/petition/petition_codes.cc — the enum codes and labels declared in petition.h.
// Channels and categories also parse from their zh labels and the statute's own words
// (第17条: 信息网络, 书信, 电话, 传真, 走访).
#include <array>
#include <cstddef>
#include <utility>

#include "domain/common.h"
#include "domain/petition/petition.h"

namespace fazhi::domain {
namespace {

constexpr std::array<CodeChoice, 5> kChannels = {{
    {"online", "网上"},
    {"letter", "来信"},
    {"phone", "电话"},
    {"fax", "传真"},
    {"visit", "来访"},
}};
// Other words for the channels: the statute's (第17条) and those of the seed reports.
constexpr std::array<std::pair<std::string_view, PetitionChannel>, 9> kChannelAliases = {{
    {"信息网络", PetitionChannel::kOnline},
    {"网络", PetitionChannel::kOnline},
    {"网上信访", PetitionChannel::kOnline},
    {"书信", PetitionChannel::kLetter},
    {"信件", PetitionChannel::kLetter},
    {"走访", PetitionChannel::kVisit},
    {"上访", PetitionChannel::kVisit},
    {"来电", PetitionChannel::kPhone},
    {"电话信访", PetitionChannel::kPhone},
}};

constexpr std::array<CodeChoice, 2> kSources = {{
    {"direct", "直接受理"},
    {"assigned", "交办转送"},
}};

constexpr std::array<CodeChoice, 3> kCategories = {{
    {"suggestion", "建议意见类"},
    {"accusation", "检举控告类"},
    {"claim", "申诉求决类"},
}};
constexpr std::array<std::pair<std::string_view, PetitionCategory>, 3> kCategoryAliases = {{
    {"建议意见", PetitionCategory::kSuggestion},
    {"检举控告", PetitionCategory::kAccusation},
    {"申诉求决", PetitionCategory::kClaim},
}};

constexpr std::array<CodeChoice, 6> kDiversions = {{
    {"none", "不涉及"},
    {"litigation", "诉讼"},
    {"arbitration", "仲裁"},
    {"reconsideration", "行政复议"},
    {"disciplinary", "纪检监察"},
    {"other_legal", "其他法定途径"},
}};

constexpr std::array<CodeChoice, 4> kOutcomes = {{
    {"none", "—"},
    {"support", "支持"},
    {"explain", "解释说明"},
    {"reject", "不予支持"},
}};

constexpr std::array<CodeChoice, 4> kSatisfactions = {{
    {"none", "未评价"},
    {"satisfied", "满意"},
    {"basic", "基本满意"},
    {"unsatisfied", "不满意"},
}};

}  // namespace

std::string_view PetitionChannelCode(PetitionChannel c) { return CodeOfRow(c, kChannels); }
std::string_view PetitionChannelLabelZh(PetitionChannel c) { return LabelOfRow(c, kChannels); }
core::Result<PetitionChannel> ParsePetitionChannel(std::string_view code_or_label) {
  std::string_view t = TrimText(code_or_label);
  for (const auto& [alias, channel] : kChannelAliases) {
    if (t == alias) return channel;
  }
  return ParseCodeAs<PetitionChannel>(code_or_label, "channel", kChannels);
}

std::string_view PetitionSourceCode(PetitionSource s) { return CodeOfRow(s, kSources); }
std::string_view PetitionSourceLabelZh(PetitionSource s) { return LabelOfRow(s, kSources); }
core::Result<PetitionSource> ParsePetitionSource(std::string_view code) {
  return ParseCodeAs<PetitionSource>(code, "source", kSources);
}

std::string_view PetitionCategoryCode(PetitionCategory c) { return CodeOfRow(c, kCategories); }
std::string_view PetitionCategoryLabelZh(PetitionCategory c) { return LabelOfRow(c, kCategories); }
core::Result<PetitionCategory> ParsePetitionCategory(std::string_view code_or_label) {
  std::string_view t = TrimText(code_or_label);
  for (const auto& [alias, category] : kCategoryAliases) {
    if (t == alias) return category;
  }
  return ParseCodeAs<PetitionCategory>(code_or_label, "category", kCategories);
}

std::string_view DiversionChannelCode(DiversionChannel d) { return CodeOfRow(d, kDiversions); }
std::string_view DiversionChannelLabelZh(DiversionChannel d) { return LabelOfRow(d, kDiversions); }
core::Result<DiversionChannel> ParseDiversionChannel(std::string_view code) {
  return ParseCodeAs<DiversionChannel>(code, "diversion", kDiversions);
}

std::string_view PetitionOutcomeCode(PetitionOutcome o) { return CodeOfRow(o, kOutcomes); }
std::string_view PetitionOutcomeLabelZh(PetitionOutcome o) { return LabelOfRow(o, kOutcomes); }
core::Result<PetitionOutcome> ParsePetitionOutcome(std::string_view code) {
  return ParseCodeAs<PetitionOutcome>(code, "outcome", kOutcomes);
}

std::string_view SatisfactionCode(Satisfaction s) { return CodeOfRow(s, kSatisfactions); }
std::string_view SatisfactionLabelZh(Satisfaction s) { return LabelOfRow(s, kSatisfactions); }
core::Result<Satisfaction> ParseSatisfaction(std::string_view code) {
  return ParseCodeAs<Satisfaction>(code, "satisfaction", kSatisfactions);
}

}  // namespace fazhi::domain
