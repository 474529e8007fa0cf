// store/internal/scope_sql.cc — see scope_sql.h.
#include "store/internal/scope_sql.h"

#include "store/internal/session.h"

namespace fazhi::store::internal {

std::string TownshipCondition(const Scope& scope, std::string_view column, Params& params) {
  const std::string col(column);
  switch (scope.kind()) {
    case Scope::Kind::kSystem:
      return "1 = 1";
    case Scope::Kind::kTownship:
      return col + " = " + params.Int(scope.region_id());
    case Scope::Kind::kCounty:
      return col + " IN (SELECT sr.id FROM region sr WHERE sr.parent_id = " +
             params.Int(scope.region_id()) + " AND sr.level = 'township')";
  }
  return "1 = 0";
}

std::string OwnedRegionCondition(const Scope& scope, std::string_view column, Params& params) {
  const std::string col(column);
  switch (scope.kind()) {
    case Scope::Kind::kSystem:
      return "1 = 1";
    case Scope::Kind::kTownship: {
      std::string a = params.Int(scope.region_id());
      std::string b = params.Int(scope.region_id());
      return "(" + col + " = " + a + " OR " + col +
             " IN (SELECT sr.id FROM region sr WHERE sr.parent_id = " + b + "))";
    }
    case Scope::Kind::kCounty: {
      std::string a = params.Int(scope.region_id());
      std::string b = params.Int(scope.region_id());
      std::string c = params.Int(scope.region_id());
      return "(" + col + " = " + a + " OR " + col +
             " IN (SELECT sr.id FROM region sr WHERE sr.parent_id = " + b +
             " OR sr.parent_id IN (SELECT st.id FROM region st WHERE st.parent_id = " + c + ")))";
    }
  }
  return "1 = 0";
}

std::string VisibleRegionCondition(const Scope& scope, std::string_view column, Params& params) {
  std::string owned = OwnedRegionCondition(scope, column, params);
  if (scope.kind() != Scope::Kind::kTownship) return owned;
  return "(" + owned + " OR " + std::string(column) +
         " = (SELECT sp.parent_id FROM region sp WHERE sp.id = " + params.Int(scope.region_id()) +
         "))";
}

core::Error RecordNotFound(std::string_view what_zh, std::string_view what_en) {
  return core::NotFound(std::string(what_zh) + "不存在，或不在您的管辖范围内",
                        std::string(what_en) + " not found, or outside your jurisdiction");
}

namespace {

core::Status CheckTownship(Database& db, const Scope& scope, std::int64_t township_id,
                           std::string_view field, bool write) {
  soci::session& sql = Session(db);
  std::string level;
  std::int64_t parent = 0;
  soci::indicator parent_ind = soci::i_ok;
  std::int64_t id = township_id;
  sql << "SELECT level, parent_id FROM region WHERE id = :id", soci::use(id), soci::into(level),
      soci::into(parent, parent_ind);
  if (!sql.got_data() || level != "township") {
    return core::Fail(
        core::InvalidArgument(std::string(field), "所属乡镇不存在", "The township does not exist"));
  }
  bool allowed = false;
  switch (scope.kind()) {
    case Scope::Kind::kSystem:
      allowed = true;
      break;
    case Scope::Kind::kTownship:
      allowed = township_id == scope.region_id();
      break;
    case Scope::Kind::kCounty:
      allowed = parent_ind == soci::i_ok && parent == scope.region_id();
      break;
  }
  if (!allowed) {
    return core::Fail(
        write ? core::PermissionDenied("无权登记或修改其他乡镇的记录",
                                       "Not allowed to write records of another township")
              : core::PermissionDenied("无权查看其他乡镇的记录",
                                       "Not allowed to read records of another township"));
  }
  return core::Ok();
}

}  // namespace

core::Status CheckTownshipWritable(Database& db, const Scope& scope, std::int64_t township_id,
                                   std::string_view field) {
  return CheckTownship(db, scope, township_id, field, true);
}

core::Status CheckTownshipReadable(Database& db, const Scope& scope, std::int64_t township_id,
                                   std::string_view field) {
  return CheckTownship(db, scope, township_id, field, false);
}

core::Status CheckRegionOwned(Database& db, const Scope& scope, std::int64_t region_id,
                              std::string_view field) {
  soci::session& sql = Session(db);
  Params exists;
  std::string id_param = exists.Int(region_id);
  if (!SelectInt(sql, "SELECT id FROM region WHERE id = " + id_param, exists)) {
    return core::Fail(
        core::InvalidArgument(std::string(field), "所属区划不存在", "The region does not exist"));
  }
  Params params;
  std::string cond = OwnedRegionCondition(scope, "r.id", params);
  std::string id = params.Int(region_id);
  if (!SelectInt(sql, "SELECT r.id FROM region r WHERE r.id = " + id + " AND " + cond, params)) {
    return core::Fail(core::PermissionDenied("无权管理该区划的数据",
                                             "Not allowed to manage data of this region"));
  }
  return core::Ok();
}

core::Status CheckSameTownship(Database& db, std::string_view table, std::int64_t id,
                               std::int64_t township_id, std::string_view field,
                               std::string_view label_zh, std::string_view label_en) {
  Params params;
  std::string p = params.Int(id);
  auto owner = SelectInt(
      Session(db), "SELECT township_id FROM " + std::string(table) + " WHERE id = " + p, params);
  if (!owner) {
    return core::Fail(core::InvalidArgument(std::string(field), std::string(label_zh) + "不存在",
                                            std::string(label_en) + " does not exist"));
  }
  if (*owner != township_id) {
    return core::Fail(
        core::InvalidArgument(std::string(field), std::string(label_zh) + "不属于该乡镇",
                              std::string(label_en) + " belongs to another township"));
  }
  return core::Ok();
}

core::Status CheckVillage(Database& db, std::int64_t village_id, std::int64_t township_id,
                          std::string_view field) {
  Params params;
  std::string v = params.Int(village_id);
  auto parent = SelectInt(
      Session(db), "SELECT parent_id FROM region WHERE level = 'village' AND id = " + v, params);
  if (!parent || *parent != township_id) {
    return core::Fail(core::InvalidArgument(std::string(field), "所属村（社区）不在该乡镇",
                                            "The village is not in this township"));
  }
  return core::Ok();
}

std::optional<std::int64_t> TownshipOfRowInScope(Database& db, const Scope& scope,
                                                 std::string_view table, std::int64_t id) {
  Params params;
  std::string cond = TownshipCondition(scope, "t.township_id", params);
  std::string p = params.Int(id);
  return SelectInt(
      Session(db),
      "SELECT t.township_id FROM " + std::string(table) + " t WHERE t.id = " + p + " AND " + cond,
      params);
}

core::Status ValidatePage(int page, int page_size) {
  if (page < 1) {
    return core::Fail(core::InvalidArgument("page", "页码必须从1开始", "page must be at least 1"));
  }
  if (page_size < 1 || page_size > 1000) {
    return core::Fail(core::InvalidArgument("pageSize", "每页条数必须在1到1000之间",
                                            "pageSize must be between 1 and 1000"));
  }
  return core::Ok();
}

}  // namespace fazhi::store::internal
