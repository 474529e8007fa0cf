// domain/enforcement/power_catalogue.cc — see power_catalogue.h.
#include "domain/enforcement/power_catalogue.h"

#include <fmt/format.h>

#include "domain/mediation/mediation_rules_support.h"

namespace fazhi::domain {
namespace {

using rules_support::Bad;
using rules_support::RequireText;

std::size_t CharCount(std::string_view s) {
  std::size_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

core::Status Text(const std::string& value, std::string_view field, std::string_view label_zh, std::size_t max) {
  RETURN_IF_ERROR(RequireText(value, field, label_zh, field));
  if (CharCount(value) > max) {
    return Bad(std::string(field), fmt::format("{}不能超过{}个字", label_zh, max),
               fmt::format("{} is too long (at most {} characters)", field, max));
  }
  return core::Ok();
}

}  // namespace

core::Status ValidatePowerItem(const PowerItem& item) {
  RETURN_IF_ERROR(Text(item.code, "code", "事项编码", 50));
  RETURN_IF_ERROR(Text(item.name, "name", "事项名称", 100));
  RETURN_IF_ERROR(Text(item.subject, "subject", "实施主体", 100));
  RETURN_IF_ERROR(Text(item.basis, "basis", "设定依据", 2000));
  RETURN_IF_ERROR(Text(item.procedure, "procedure", "办理程序", 2000));
  RETURN_IF_ERROR(Text(item.remedy, "remedy", "救济途径", 2000));
  if (CharCount(item.note) > 2000) return Bad("note", "备注不能超过2000个字", "note is too long");
  if (item.version < 1) return Bad("version", "版本号应从1开始", "version starts at 1");
  if (!item.effective_from.ok()) return Bad("effectiveFrom", "请填写生效日期", "effectiveFrom is required");
  if (item.effective_to && *item.effective_to < item.effective_from) {
    return Bad("effectiveTo", "失效日期不能早于生效日期", "effectiveTo must not be before effectiveFrom");
  }
  return core::Ok();
}

bool EffectiveOn(const PowerItem& item, Date day) {
  return item.effective_from <= day && (!item.effective_to || day <= *item.effective_to);
}

core::Status CheckRevision(const PowerItem& current, const PowerItem& next) {
  if (next.code != current.code) {
    return Bad("code", "修订版本的事项编码应与原事项相同", "a revision keeps the power's code");
  }
  if (!(current.effective_from < next.effective_from)) {
    return Bad("effectiveFrom",
               fmt::format("新版本的生效日期应晚于现行版本的生效日期（{}）", core::FormatDate(current.effective_from)),
               "the new version must take effect after the current one did");
  }
  if (current.effective_to && core::AddDays(*current.effective_to, 1) < next.effective_from) {
    return Bad("effectiveFrom",
               fmt::format("现行版本已于{}失效，新版本应自{}起生效，中间不能有空档",
                           core::FormatDate(*current.effective_to),
                           core::FormatDate(core::AddDays(*current.effective_to, 1))),
               "the new version must follow the current one without a gap");
  }
  return core::Ok();
}

PowerItem ClosedBefore(PowerItem current, const PowerItem& next) {
  current.effective_to = core::AddDays(next.effective_from, -1);
  return current;
}

}  // namespace fazhi::domain
