// cli/validate_command.cc — `fazhi validate idcard|uscc|phone VALUE` (VAL-01, VAL-02).
// Exit 0 when valid, 1 when invalid (the error names what is wrong), 2 on bad usage.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <ostream>

#include "cli/cli_context.h"
#include "domain/validation/idcard.h"
#include "domain/validation/phone.h"
#include "domain/validation/uscc.h"
#include "service/json/validation_json.h"

namespace fazhi::cli {
namespace {

using nlohmann::json;

void PrintFindings(CliContext& ctx, const std::vector<domain::RuleFinding>& findings) {
  for (const auto& f : findings) {
    *ctx.out << (ctx.English() ? "  note: " : "  提示：") << (ctx.English() ? f.message_en : f.message) << "\n";
  }
}

void RunIdCard(CliContext& ctx, const std::string& value) {
  auto info = domain::ValidateIdCard(value, ctx.clock->Today(), "idNumber");
  if (!info) return ctx.Fail(info.error());
  int age = domain::AgeOn(info->birth_date, ctx.clock->Today());
  const char* gender = info->gender == domain::Gender::kMale ? "male" : "female";
  if (ctx.json) return ctx.PrintJson(service::json::IdCardToJson(*info, ctx.clock->Today()));
  if (ctx.English()) {
    *ctx.out << fmt::format("valid ID number {}\n  birth date {}, {}, age {}\n", info->normalized18,
                            core::FormatDate(info->birth_date), gender, age);
    if (info->converted_from_15) *ctx.out << "  converted from the legacy 15-digit form\n";
  } else {
    *ctx.out << fmt::format("身份证号有效：{}\n  出生日期 {}，{}，{} 周岁\n", info->normalized18,
                            core::FormatDateZh(info->birth_date),
                            info->gender == domain::Gender::kMale ? "男" : "女", age);
    if (info->converted_from_15) *ctx.out << "  已由 15 位旧号码升位为 18 位\n";
  }
  PrintFindings(ctx, info->warnings);
}

void RunUscc(CliContext& ctx, const std::string& value) {
  auto info = domain::ValidateUscc(value, "uscc");
  if (!info) return ctx.Fail(info.error());
  if (ctx.json) return ctx.PrintJson(service::json::UsccToJson(*info));
  if (ctx.English()) {
    *ctx.out << "valid unified social credit code " << info->normalized << "\n";
  } else {
    *ctx.out << "统一社会信用代码有效：" << info->normalized << "\n";
    if (!info->authority_label_zh.empty()) {
      *ctx.out << "  登记管理部门：" << info->authority_label_zh << "，机构类别：" << info->type_label_zh << "\n";
    }
    *ctx.out << "  登记管理机关行政区划码：" << info->region_code << "，主体标识码：" << info->org_code << "\n";
  }
  PrintFindings(ctx, info->warnings);
}

void RunPhone(CliContext& ctx, const std::string& value) {
  auto phone = domain::ValidatePhone(value, "phone");
  if (!phone) return ctx.Fail(phone.error());
  if (ctx.json) return ctx.PrintJson(service::json::PhoneToJson(*phone));
  *ctx.out << (ctx.English() ? "valid phone number " : "电话号码有效：") << phone->normalized << "\n";
}

}  // namespace

void AddValidateCommand(CLI::App& app, CliContext& ctx) {
  auto* validate = app.add_subcommand("validate", "校验证件号码 / validate identifiers");
  validate->require_subcommand(1);
  auto value = std::make_shared<std::string>();
  auto* idcard = validate->add_subcommand("idcard", "居民身份证号码（18 位或 15 位）/ resident ID number");
  idcard->add_option("value", *value, "号码 / the number")->required();
  idcard->callback([&ctx, value] { RunIdCard(ctx, *value); });
  auto* uscc = validate->add_subcommand("uscc", "统一社会信用代码 / unified social credit code");
  uscc->add_option("value", *value, "代码 / the code")->required();
  uscc->callback([&ctx, value] { RunUscc(ctx, *value); });
  auto* phone = validate->add_subcommand("phone", "电话号码 / phone number");
  phone->add_option("value", *value, "号码 / the number")->required();
  phone->callback([&ctx, value] { RunPhone(ctx, *value); });
}

}  // namespace fazhi::cli
