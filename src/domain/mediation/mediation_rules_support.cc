// domain/mediation/mediation_rules_support.cc — see mediation_rules_support.h.
#include "domain/mediation/mediation_rules_support.h"

#include <fmt/format.h>

#include <utility>

#include "domain/validation/idcard.h"
#include "domain/validation/phone.h"
#include "domain/validation/uscc.h"

namespace fazhi::domain::rules_support {

tl::unexpected<core::Error> Bad(std::string field, std::string message_zh, std::string message_en) {
  return core::Fail(
      core::InvalidArgument(std::move(field), std::move(message_zh), std::move(message_en)));
}

core::Error WithContext(core::Error e, std::string_view prefix_zh, std::string_view prefix_en) {
  e.message = fmt::format("{}：{}", prefix_zh, e.message);
  e.message_en = fmt::format("{}: {}", prefix_en, e.message_en);
  return e;
}

RuleFinding Finding(std::string rule, Severity severity, std::string field, std::string zh,
                    std::string en, std::string basis) {
  RuleFinding f;
  f.rule = std::move(rule);
  f.severity = severity;
  f.field = std::move(field);
  f.message = std::move(zh);
  f.message_en = std::move(en);
  f.basis = std::move(basis);
  return f;
}

// A date that must be set and not after today.
core::Status RequirePastDate(Date d, std::string_view field, std::string_view zh,
                             std::string_view en, Date today) {
  if (!Has(d)) {
    return Bad(std::string(field), fmt::format("请填写{}", zh), fmt::format("{} is required", en));
  }
  if (d > today) {
    return Bad(
        std::string(field),
        fmt::format("{}（{}）不能晚于今天（{}）", zh, core::FormatDate(d), core::FormatDate(today)),
        fmt::format("{} ({}) must not be after today ({})", en, core::FormatDate(d),
                    core::FormatDate(today)));
  }
  return core::Ok();
}

// An optional date in [floor, today]: `floor_zh/en` name the lower bound.
core::Status CheckDateWithin(Date d, std::string_view field, std::string_view zh,
                             std::string_view en, Date floor, std::string_view floor_zh,
                             std::string_view floor_en, Date today) {
  RETURN_IF_ERROR(RequirePastDate(d, field, zh, en, today));
  if (Has(floor) && d < floor) {
    return Bad(std::string(field),
               fmt::format("{}（{}）不能早于{}（{}）", zh, core::FormatDate(d), floor_zh,
                           core::FormatDate(floor)),
               fmt::format("{} ({}) must not be before {} ({})", en, core::FormatDate(d), floor_en,
                           core::FormatDate(floor)));
  }
  return core::Ok();
}

core::Status RequireText(const std::string& value, std::string_view field, std::string_view zh,
                         std::string_view en) {
  if (Blank(value)) {
    return Bad(std::string(field), fmt::format("请填写{}", zh), fmt::format("{} is required", en));
  }
  return core::Ok();
}

core::Status CheckUsccField(std::string_view value, const std::string& field) {
  auto r = ValidateUscc(value, field);
  if (!r) return core::Fail(std::move(r).error());
  return core::Ok();
}

core::Status CheckPhoneField(std::string_view value, const std::string& field) {
  auto r = ValidatePhone(value, field);
  if (!r) return core::Fail(std::move(r).error());
  return core::Ok();
}

std::string FormatYuan(std::int64_t fen) {
  const bool negative = fen < 0;
  const std::uint64_t abs =
      negative ? static_cast<std::uint64_t>(-(fen + 1)) + 1 : static_cast<std::uint64_t>(fen);
  const std::uint64_t yuan = abs / 100, cents = abs % 100;
  std::string out = negative ? "-" : "";
  if (cents == 0) return out + fmt::format("{}", yuan);
  if (cents % 10 == 0) return out + fmt::format("{}.{}", yuan, cents / 10);
  return out + fmt::format("{}.{:02d}", yuan, cents);
}

core::Status ValidatePartyIdentity(PartyKind kind, std::string_view name, std::string_view id_number,
                                   std::string_view uscc, std::string_view phone,
                                   const std::string& prefix, const std::string& who_zh,
                                   const std::string& who_en, Date today) {
  if (Blank(name)) {
    return Bad(prefix + "name", who_zh + "：请填写姓名或名称", who_en + ": the name (name) is required");
  }
  if (kind == PartyKind::kPerson) {
    if (!Blank(uscc)) {
      return Bad(prefix + "uscc", who_zh + "为自然人，不应填写统一社会信用代码",
                 who_en + " is a natural person and has no unified social credit code (uscc)");
    }
    if (!Blank(id_number)) {
      auto id = ValidateIdCard(id_number, today, prefix + "idNumber");
      if (!id) return core::Fail(WithContext(std::move(id).error(), who_zh, who_en));
    }
  } else {
    if (!Blank(id_number)) {
      return Bad(prefix + "idNumber", who_zh + "为法人或其他组织，应填写统一社会信用代码而非身份证号",
                 who_en + " is an organisation: give its uscc, not an ID card number (idNumber)");
    }
    if (!Blank(uscc)) {
      auto st = CheckUsccField(uscc, prefix + "uscc");
      if (!st) return core::Fail(WithContext(std::move(st).error(), who_zh, who_en));
    }
  }
  if (!Blank(phone)) {
    auto st = CheckPhoneField(phone, prefix + "phone");
    if (!st) return core::Fail(WithContext(std::move(st).error(), who_zh, who_en));
  }
  return core::Ok();
}

}  // namespace fazhi::domain::rules_support
