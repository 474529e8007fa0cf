// http/handlers/calendar_handlers.cc — the working-day calendar and the identifier checks,
// for every signed-in user:
//   GET calendar/deadline?from=DATE&days=N[&unit=workday|calendar|month][&rule=PET-08]
//       → the deadline with its legal basis (the same as `fazhi calendar deadline --json`);
//   GET calendar/workday?date=DATE → the day's kind;  GET calendar/years → installed tables;
//   POST validate {kind: idcard|uscc|phone, value} → the check (400 naming "value" when it
//       fails). POST keeps the numbers out of URLs and access logs.
#include "http/handlers/handlers.h"
#include "service/calendar_service.h"
#include "service/json/calendar_json.h"
#include "service/json/common_json.h"
#include "service/json/json_reader.h"
#include "service/json/validation_json.h"

namespace fazhi::http {
namespace {

namespace json = service::json;

core::Result<Response> Deadline(Exchange& ex) {
  service::DeadlineRequest request;
  auto from = ex.QueryText("from");
  if (!from) {
    return core::Fail(core::InvalidArgument("from", "请给出起算日期 from（YYYY-MM-DD）",
                                            "give the start date from (YYYY-MM-DD)"));
  }
  request.from = *from;
  ASSIGN_OR_RETURN(auto days, ex.QueryInt("days", 0, 3660));
  request.amount = days ? static_cast<int>(*days) : -1;
  request.unit = ex.QueryText("unit").value_or("");
  request.rule_code = ex.QueryText("rule").value_or("");
  ASSIGN_OR_RETURN(auto deadline, service::ComputeDeadlineOn(*ex.ctx.calendar, request));
  return Response::Json(200, json::ToJson(deadline));
}

core::Result<Response> Workday(Exchange& ex) {
  auto text = ex.QueryText("date");
  if (!text) {
    return core::Fail(core::InvalidArgument("date", "请给出日期 date（YYYY-MM-DD）",
                                            "give the date (YYYY-MM-DD)"));
  }
  ASSIGN_OR_RETURN(core::Date date, core::ParseDate(*text, "date"));
  return Response::Json(200, json::DayToJson(ex.ctx.calendar->Describe(date)));
}

core::Result<Response> Years(Exchange& ex) {
  return Response::Json(200, json::YearsToJson(service::CalendarYears(*ex.ctx.calendar)));
}

core::Result<Response> Validate(Exchange& ex) {
  ASSIGN_OR_RETURN(nlohmann::json body, ex.JsonBody());
  json::JsonReader r(body);
  ASSIGN_OR_RETURN(std::string kind, r.RequiredString("kind", 16));
  ASSIGN_OR_RETURN(std::string value, r.RequiredString("value", 64));
  if (kind == "idcard") {
    ASSIGN_OR_RETURN(auto info, domain::ValidateIdCard(value, ex.ctx.clock->Today(), "value"));
    return Response::Json(200, json::IdCardToJson(info, ex.ctx.clock->Today()));
  }
  if (kind == "uscc") {
    ASSIGN_OR_RETURN(auto info, domain::ValidateUscc(value, "value"));
    return Response::Json(200, json::UsccToJson(info));
  }
  if (kind == "phone") {
    ASSIGN_OR_RETURN(auto phone, domain::ValidatePhone(value, "value"));
    return Response::Json(200, json::PhoneToJson(phone));
  }
  return core::Fail(core::InvalidArgument("kind", "kind 应为 idcard、uscc 或 phone",
                                          "kind must be idcard, uscc or phone"));
}

}  // namespace

void AddCalendarRoutes(std::vector<Route>& routes) {
  routes.push_back({"GET", "/api/v1/calendar/deadline", Access::kSignedIn, {}, BodyKind::kNone,
                    Deadline});
  routes.push_back({"GET", "/api/v1/calendar/workday", Access::kSignedIn, {}, BodyKind::kNone,
                    Workday});
  routes.push_back({"GET", "/api/v1/calendar/years", Access::kSignedIn, {}, BodyKind::kNone, Years});
  routes.push_back({"POST", "/api/v1/validate", Access::kSignedIn, {}, BodyKind::kJson, Validate});
}

}  // namespace fazhi::http
