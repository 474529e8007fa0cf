// service/settings_service.h — the deployment settings (PRODUCT.md §5, domain-rules §0.2):
// every parameter a rule leaves open or marks UNVERIFIED, with its default and the basis of
// any override, deployment-wide or per county.
//
// Contract:
//  * KnownSettings() lists every key with its type, range, default and the basis of the
//    default. Keys not in this list are refused (kInvalidArgument, field "key"); values are
//    checked against the type and range (kInvalidArgument, field "value"); an override needs
//    a basis (kInvalidArgument, field "basis").
//  * LedgerSettingsFor(scope) merges the defaults, the deployment-wide values and the county's
//    own values (County/Township scope) into a domain::LedgerSettings.
//  * The calendar switch (calendar.count_makeup_weekends, CAL-06) is deployment-wide only.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/calendar/working_calendar.h"
#include "domain/settings.h"
#include "service/service_context.h"
#include "store/scope.h"

namespace fazhi::service {

struct SettingSpec {
  std::string key;           // "mediation.typical_limit_days"
  std::string kind;          // "int" | "bool"
  long long min = 0;         // for int
  long long max = 0;         // for int
  std::string default_value;
  std::string description;   // zh-CN
  std::string default_basis; // where the default comes from
  bool deployment_only = false;
};
const std::vector<SettingSpec>& KnownSettings();

struct EffectiveSetting {
  SettingSpec spec;
  std::string value;
  std::string source;  // "default" | "deployment" | "county"
  std::string basis;
  std::string updated_at;
};

core::Result<std::vector<EffectiveSetting>> ListSettings(ServiceContext& ctx, const store::Scope& scope);
core::Status SetSetting(ServiceContext& ctx, const store::Scope& scope, const std::string& key,
                        const std::string& value, const std::string& basis);
core::Result<domain::LedgerSettings> LedgerSettingsFor(ServiceContext& ctx, const store::Scope& scope);
core::Result<domain::CalendarOptions> CalendarOptionsFor(ServiceContext& ctx);

}  // namespace fazhi::service
