// service/json/indicators_json.cc — see indicators_json.h.
#include "service/json/indicators_json.h"

#include <string>

#include "core/date.h"

namespace fazhi::service::json {
namespace {

using nlohmann::json;

json UnitJson(const domain::Region& r) {
  return {
      {"code", r.code}, {"name", r.name}, {"level", std::string(domain::RegionLevelCode(r.level))}};
}

json IndicatorsArray(const std::vector<domain::Indicator>& indicators, bool provenance) {
  json out = json::array();
  for (const auto& i : indicators) out.push_back(ToJson(i, provenance));
  return out;
}

json FiguresArray(const std::vector<domain::Figure>& figures, bool provenance) {
  json out = json::array();
  for (const auto& f : figures) out.push_back(ToJson(f, provenance));
  return out;
}

}  // namespace

json ToJson(const domain::Indicator& i, bool provenance) {
  json j = {{"code", i.code},
            {"module", i.module},
            {"name", i.name_zh},
            {"nameEn", i.name_en},
            {"numerator", i.rate.numerator},
            {"denominator", i.rate.denominator},
            {"numeratorLabel", i.numerator_zh},
            {"denominatorLabel", i.denominator_zh},
            {"display", i.rate.Display()},
            {"definition", i.definition}};
  auto pct = i.rate.Percent();
  j["rate"] = pct ? json(*pct) : json(nullptr);
  if (provenance) {
    j["numeratorIds"] = i.numerator_ids;
    j["denominatorIds"] = i.denominator_ids;
  }
  return j;
}

json ToJson(const domain::Figure& f, bool provenance) {
  json j = {{"code", f.code}, {"name", f.name_zh},           {"value", f.value},
            {"unit", f.unit}, {"display", f.DisplayValue()}, {"money", f.money}};
  if (provenance) j["ids"] = f.ids;
  return j;
}

json ToJson(const UnitIndicators& result, bool provenance) {
  json doc = {{"unit", UnitJson(result.unit)},
              {"year", result.year},
              {"asOf", core::FormatDate(result.as_of)}};
  doc["indicators"] = IndicatorsArray(result.indicators, provenance);
  doc["figures"] = FiguresArray(result.figures, provenance);
  if (result.unit.level == domain::RegionLevel::kCounty) {
    json townships = json::array();
    for (const auto& t : result.townships) {
      townships.push_back({{"unit", UnitJson(t.township)},
                           {"indicators", IndicatorsArray(t.indicators, provenance)},
                           {"figures", FiguresArray(t.figures, provenance)}});
    }
    doc["townships"] = townships;
  }
  return doc;
}

}  // namespace fazhi::service::json
