// store/settings_repository.cc — see settings_repository.h.
#include "store/settings_repository.h"

#include <map>
#include <utility>

#include "core/clock.h"
#include "store/internal/repo_util.h"
#include "store/internal/rows.h"
#include "store/internal/session.h"

namespace fazhi::store {

using internal::Params;
using internal::Session;

namespace {

struct SettingRow {
  std::int64_t id = 0;
  Setting setting;
};

struct SettingTable {
  using Type = SettingRow;
  static constexpr std::string_view kName = "settings";
  template <class V, class T>
  static void Map(V& v, T& r) {
    v.OptInt("region_id", r.setting.county_id);
    v.Text("key", r.setting.key);
    v.Text("value", r.setting.value);
    v.Text("basis", r.setting.basis);
    v.Text("updated_at", r.setting.updated_at);
  }
};

// The county whose own values the scope sees (nullopt for System).
std::optional<std::int64_t> CountyOf(Database& db, const Scope& scope) {
  switch (scope.kind()) {
    case Scope::Kind::kSystem:
      return std::nullopt;
    case Scope::Kind::kCounty:
      return scope.region_id();
    case Scope::Kind::kTownship: {
      Params params;
      std::string p = params.Int(scope.region_id());
      return internal::SelectInt(Session(db), "SELECT parent_id FROM region WHERE id = " + p,
                                 params);
    }
  }
  return std::nullopt;
}

// Rows of the deployment and of `county`, county rows first for each key.
core::Result<std::vector<SettingRow>> SelectVisible(Database& db,
                                                    const std::optional<std::int64_t>& county,
                                                    const std::optional<std::string>& key) {
  Params params;
  std::string where = county ? "(s.region_id IS NULL OR s.region_id = " + params.Int(*county) + ")"
                             : "s.region_id IS NULL";
  if (key) where += " AND s.key = " + params.Text(*key);
  return internal::SelectVector<SettingTable>(Session(db),
                                              "SELECT " + internal::SelectList<SettingTable>("s") +
                                                  " FROM settings s WHERE " + where +
                                                  " ORDER BY s.key, (s.region_id IS NULL) ASC",
                                              params);
}

}  // namespace

core::Result<std::optional<Setting>> SettingsRepository::Get(const Scope& scope,
                                                             std::string_view key) {
  return internal::Guarded(db_, "get setting", [&]() -> core::Result<std::optional<Setting>> {
    ASSIGN_OR_RETURN(auto rows, SelectVisible(db_, CountyOf(db_, scope), std::string(key)));
    if (rows.empty()) return std::optional<Setting>();
    return std::optional<Setting>(std::move(rows.front().setting));
  });
}

core::Status SettingsRepository::Put(const Scope& scope, const Setting& setting) {
  if (scope.kind() == Scope::Kind::kTownship) {
    return core::Fail(
        core::PermissionDenied("乡镇不能修改系统设置", "A township cannot change settings"));
  }
  if (setting.key.empty()) {
    return core::Fail(
        core::InvalidArgument("key", "缺少设置项名称", "The setting key is required"));
  }
  return internal::Tx(db_, "put setting", [&]() -> core::Status {
    SettingRow row{0, setting};
    row.setting.county_id = CountyOf(db_, scope);
    row.setting.updated_at = core::SystemClock().NowUtc();
    Params params;
    std::string where = row.setting.county_id ? "region_id = " + params.Int(*row.setting.county_id)
                                              : std::string("region_id IS NULL");
    where += " AND key = " + params.Text(row.setting.key);
    auto stored =
        internal::SelectInt(Session(db_), "SELECT id FROM settings WHERE " + where, params);
    if (stored) {
      internal::UpdateRecord<SettingTable>(Session(db_), *stored, row);
    } else {
      internal::InsertRecord<SettingTable>(Session(db_), row);
    }
    return core::Ok();
  });
}

core::Result<std::vector<Setting>> SettingsRepository::List(const Scope& scope) {
  return internal::Guarded(db_, "list settings", [&]() -> core::Result<std::vector<Setting>> {
    ASSIGN_OR_RETURN(auto rows, SelectVisible(db_, CountyOf(db_, scope), std::nullopt));
    std::vector<Setting> out;
    for (auto& row : rows) {
      if (!out.empty() && out.back().key == row.setting.key) continue;  // county value won
      out.push_back(std::move(row.setting));
    }
    return out;
  });
}

}  // namespace fazhi::store
