// http/handlers/crud.cc — see crud.h.
#include "http/handlers/crud.h"

namespace fazhi::http {

service::json::Masking MaskingFor(const Exchange& ex) {
  return ex.Can(service::Permission::kPersonalData) ? service::json::Masking::None()
                                                    : service::json::Masking::All();
}

nlohmann::json RecordedJson(const nlohmann::json& record,
                            const std::vector<domain::RuleFinding>& warnings) {
  return {{"record", record}, {"warnings", service::json::ToJson(warnings)}};
}

}  // namespace fazhi::http
