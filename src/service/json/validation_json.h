// service/json/validation_json.h — the result of checking a 身份证号, 统一社会信用代码 or phone
// number, shared by `fazhi validate … --json` and POST /api/v1/validate.
//
// Contract: each gives {"valid":true, "normalized", …details…, "warnings":[RuleFinding]}
// (docs/cli.md "validate"); a number that fails is an Error from the domain validator, not
// a document. Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "core/date.h"
#include "domain/validation/idcard.h"
#include "domain/validation/phone.h"
#include "domain/validation/uscc.h"

namespace fazhi::service::json {

nlohmann::json IdCardToJson(const domain::IdCardInfo& info, core::Date today);
nlohmann::json UsccToJson(const domain::UsccInfo& info);
nlohmann::json PhoneToJson(const domain::PhoneNumber& phone);

}  // namespace fazhi::service::json
