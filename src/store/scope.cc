// store/scope.cc — see scope.h.
#include "store/scope.h"

namespace fazhi::store {

std::string Scope::Describe() const {
  switch (kind_) {
    case Kind::kTownship:
      return "township:" + std::to_string(region_id_);
    case Kind::kCounty:
      return "county:" + std::to_string(region_id_);
    case Kind::kSystem:
      return "system";
  }
  return "system";
}

}  // namespace fazhi::store
