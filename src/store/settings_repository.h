// store/settings_repository.h — deployment settings (PRODUCT.md §5): a value per key with
// the basis for it ("渝府办发〔2023〕12号" …), deployment-wide or overridden by one county.
//
// Contract:
//  * Get(scope, key): for a County(C) or Township(T) scope, C's own value (T's parent county)
//    when set, else the deployment-wide value; for System the deployment-wide value; nullopt
//    when none is stored.
//  * Put(scope, setting): System writes the deployment-wide value, County(C) C's own value;
//    a Township scope is kPermissionDenied. An empty key is kInvalidArgument "key".
//    updated_at is set to the current UTC time.
//  * List(scope): the effective value of every key the scope sees, ordered by key.
// Not thread-safe (borrows one Database).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/database.h"
#include "store/scope.h"

namespace fazhi::store {

struct Setting {
  std::string key;                        // "report.due_month_day"
  std::string value;                      // "03-01"
  std::string basis;                      // where the value comes from
  std::optional<std::int64_t> county_id;  // set when it is a county's own value
  std::string updated_at;                 // UTC "YYYY-MM-DD HH:MM:SS"
};

class SettingsRepository {
 public:
  explicit SettingsRepository(Database& db) : db_(db) {}

  core::Result<std::optional<Setting>> Get(const Scope& scope, std::string_view key);
  core::Status Put(const Scope& scope, const Setting& setting);
  core::Result<std::vector<Setting>> List(const Scope& scope);

 private:
  Database& db_;
};

}  // namespace fazhi::store
