// http/handlers/crud.h — the four routes every ledger record type shares:
//   GET  {base}        list (the spec's list function builds {items,total})
//   POST {base}        create → 201 {record, warnings}
//   GET  {base}/{id}   one record → 200 record (404 outside the caller's scope)
//   PUT  {base}/{id}   replace → 200 {record, warnings}
// Reads need ledger_read, writes ledger_write. A create without townshipId goes to the
// caller's own township; an update keeps the stored township (the store refuses a move).
// Personal data is masked unless the caller has personal_data. A spec without create or
// update has no POST or PUT route.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "http/route.h"
#include "service/json/common_json.h"
#include "service/json/masking.h"
#include "service/ledger_service.h"

namespace fazhi::http {

// The masking a caller gets (docs/server.md "Masking").
service::json::Masking MaskingFor(const Exchange& ex);

// {"record": …, "warnings": […]}
nlohmann::json RecordedJson(const nlohmann::json& record,
                            const std::vector<domain::RuleFinding>& warnings);

template <class T>
struct CrudSpec {
  std::string base;  // "/api/v1/mediation/cases"
  std::function<core::Result<nlohmann::json>(Exchange&)> list;
  std::function<core::Result<T>(service::ServiceContext&, const store::Scope&, std::int64_t)> get;
  std::function<core::Result<T>(const nlohmann::json&)> decode;
  std::function<nlohmann::json(const T&, const service::json::Masking&)> encode;
  std::function<core::Result<service::Recorded<T>>(service::ServiceContext&, const store::Scope&, T)>
      create;
  std::function<core::Result<service::Recorded<T>>(service::ServiceContext&, const store::Scope&, T)>
      update;
  // Optional: an encoder that needs the exchange (today, the county's settings) for derived
  // fields; when set it replaces `encode` for GET one, POST and PUT.
  std::function<core::Result<nlohmann::json>(Exchange&, const T&)> encode_in_context = {};
};

// The record as the spec encodes it for this caller.
template <class T>
core::Result<nlohmann::json> EncodeFor(const CrudSpec<T>& spec, Exchange& ex, const T& record) {
  if (spec.encode_in_context) return spec.encode_in_context(ex, record);
  return spec.encode(record, MaskingFor(ex));
}

template <class T>
void AddCrudRoutes(std::vector<Route>& routes, const CrudSpec<T>& spec) {
  using service::Permission;
  routes.push_back({"GET", spec.base, Access::kPermission, Permission::kLedgerRead, BodyKind::kNone,
                    [spec](Exchange& ex) -> core::Result<Response> {
                      ASSIGN_OR_RETURN(nlohmann::json page, spec.list(ex));
                      return Response::Json(200, page);
                    },
                    /*cacheable=*/true});
  if (spec.create) {
  routes.push_back({"POST", spec.base, Access::kPermission, Permission::kLedgerWrite,
                    BodyKind::kJson, [spec](Exchange& ex) -> core::Result<Response> {
                      ASSIGN_OR_RETURN(nlohmann::json body, ex.JsonBody());
                      ASSIGN_OR_RETURN(T record, spec.decode(body));
                      record.id = 0;
                      if (record.township_id == 0 &&
                          ex.scope().kind() == store::Scope::Kind::kTownship) {
                        record.township_id = ex.scope().region_id();
                      }
                      ASSIGN_OR_RETURN(auto saved, spec.create(ex.ctx, ex.scope(), std::move(record)));
                      ASSIGN_OR_RETURN(nlohmann::json encoded, EncodeFor(spec, ex, saved.record));
                      return Response::Json(201, RecordedJson(encoded, saved.warnings));
                    }});
  }
  routes.push_back({"GET", spec.base + "/{id}", Access::kPermission, Permission::kLedgerRead,
                    BodyKind::kNone, [spec](Exchange& ex) -> core::Result<Response> {
                      ASSIGN_OR_RETURN(std::int64_t id, ex.PathId());
                      ASSIGN_OR_RETURN(T record, spec.get(ex.ctx, ex.scope(), id));
                      ASSIGN_OR_RETURN(nlohmann::json encoded, EncodeFor(spec, ex, record));
                      return Response::Json(200, encoded);
                    }});
  if (!spec.update) return;
  routes.push_back({"PUT", spec.base + "/{id}", Access::kPermission, Permission::kLedgerWrite,
                    BodyKind::kJson, [spec](Exchange& ex) -> core::Result<Response> {
                      ASSIGN_OR_RETURN(std::int64_t id, ex.PathId());
                      ASSIGN_OR_RETURN(T stored, spec.get(ex.ctx, ex.scope(), id));
                      ASSIGN_OR_RETURN(nlohmann::json body, ex.JsonBody());
                      ASSIGN_OR_RETURN(T record, spec.decode(body));
                      record.id = id;
                      if (record.township_id == 0) record.township_id = stored.township_id;
                      ASSIGN_OR_RETURN(auto saved, spec.update(ex.ctx, ex.scope(), std::move(record)));
                      ASSIGN_OR_RETURN(nlohmann::json encoded, EncodeFor(spec, ex, saved.record));
                      return Response::Json(200, RecordedJson(encoded, saved.warnings));
                    }});
}

}  // namespace fazhi::http
