// service/demo/demo_vocabulary.h — the word lists the demo generator draws from: names,
// places, case and petition texts. Data only; see demo_data.h for how they are used.
#pragma once

#include <string>
#include <vector>

namespace fazhi::service::demo_words {

const std::vector<std::string>& Surnames();
const std::vector<std::string>& GivenNamesMale();
const std::vector<std::string>& GivenNamesFemale();
const std::vector<std::string>& CountyNames();    // "云岭县", …
const std::vector<std::string>& TownshipStems();  // "青龙", … (+ 镇/乡/街道)
const std::vector<std::string>& VillageStems();   // "新春", … (+ 村/社区)
const std::vector<std::string>& CompanySuffixes();  // "建筑劳务有限公司", …

// Mediation summaries per dispute category label (婚姻家庭, 邻里, …). "{a}" and "{b}" are
// replaced by the parties' names.
struct CaseTemplate {
  std::string category_label;
  int weight;
  bool money;           // involves an amount
  bool org_party;       // second party is often an organisation
  std::vector<std::string> summaries;
  std::vector<std::string> terms;  // agreement terms
};
const std::vector<CaseTemplate>& CaseTemplates();

struct PetitionTemplate {
  std::string category;  // suggestion|accusation|claim
  std::string request;
  std::string facts;
  std::string reasons;
};
const std::vector<PetitionTemplate>& PetitionTemplates();

}  // namespace fazhi::service::demo_words
