// http/route.cc — see route.h.
#include "http/route.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace fazhi::http {
namespace {

std::optional<std::int64_t> ParseInt(std::string_view text) {
  std::int64_t v = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
  return v;
}

}  // namespace

core::Result<std::int64_t> Exchange::PathId(std::string_view name) const {
  for (const auto& [key, value] : params) {
    if (key != name) continue;
    auto v = ParseInt(value);
    if (!v || *v <= 0) break;
    return *v;
  }
  return core::Fail(core::NotFound("记录不存在", "record not found"));
}

core::Result<nlohmann::json> Exchange::JsonBody() const {
  nlohmann::json body = nlohmann::json::parse(request.body, nullptr, false);
  if (body.is_discarded()) {
    return core::Fail(core::InvalidArgument("", "请求内容不是有效的 JSON",
                                            "the request body is not valid JSON"));
  }
  if (!body.is_object()) {
    return core::Fail(core::InvalidArgument("", "请求内容应为 JSON 对象",
                                            "the request body must be a JSON object"));
  }
  return body;
}

std::optional<std::string> Exchange::QueryText(std::string_view name) const {
  auto v = request.Query(name);
  if (!v || v->empty()) return std::nullopt;
  return std::string(*v);
}

core::Result<std::optional<std::int64_t>> Exchange::QueryInt(std::string_view name,
                                                            std::int64_t min,
                                                            std::int64_t max) const {
  auto text = QueryText(name);
  if (!text) return std::optional<std::int64_t>();
  auto v = ParseInt(*text);
  if (!v || *v < min || *v > max) {
    return core::Fail(core::InvalidArgument(
        std::string(name), fmt::format("参数 {} 应为 {} 到 {} 之间的整数", name, min, max),
        fmt::format("parameter {} must be an integer from {} to {}", name, min, max)));
  }
  return std::optional<std::int64_t>(*v);
}

core::Result<std::optional<core::Date>> Exchange::QueryDate(std::string_view name) const {
  auto text = QueryText(name);
  if (!text) return std::optional<core::Date>();
  ASSIGN_OR_RETURN(core::Date d, core::ParseDate(*text, name));
  return std::optional<core::Date>(d);
}

core::Result<std::optional<bool>> Exchange::QueryBool(std::string_view name) const {
  auto text = QueryText(name);
  if (!text) return std::optional<bool>();
  if (*text == "1" || *text == "true") return std::optional<bool>(true);
  if (*text == "0" || *text == "false") return std::optional<bool>(false);
  return core::Fail(core::InvalidArgument(std::string(name),
                                          fmt::format("参数 {} 应为 true 或 false", name),
                                          fmt::format("parameter {} must be true or false", name)));
}

core::Result<store::PageRequest> Exchange::Paging(
    const std::vector<std::string_view>& sortable) const {
  store::PageRequest page;
  ASSIGN_OR_RETURN(auto number, QueryInt("page", 1, 1'000'000));
  ASSIGN_OR_RETURN(auto size, QueryInt("pageSize", 1, 200));
  if (number) page.page = static_cast<int>(*number);
  if (size) page.page_size = static_cast<int>(*size);
  if (auto sort = QueryText("sort")) {
    std::string_view field = *sort;
    if (!field.empty() && field.front() == '-') field.remove_prefix(1);
    if (std::find(sortable.begin(), sortable.end(), field) == sortable.end()) {
      std::string choices;
      for (auto s : sortable) choices += (choices.empty() ? "" : ", ") + std::string(s);
      return core::Fail(core::InvalidArgument(
          "sort", fmt::format("参数 sort 的取值“{}”无效，可选：{}（前加 - 为降序）", *sort, choices),
          fmt::format("parameter sort \"{}\" is invalid; choose from {} ('-' for descending)",
                      *sort, choices)));
    }
    page.sort = *sort;
  }
  return page;
}

bool MatchPattern(std::string_view pattern, std::string_view path, NameValues& params) {
  params.clear();
  while (!pattern.empty() || !path.empty()) {
    if (pattern.empty() || path.empty()) return false;
    if (pattern.front() != '/' || path.front() != '/') return false;
    pattern.remove_prefix(1);
    path.remove_prefix(1);
    std::size_t pe = pattern.find('/');
    std::size_t qe = path.find('/');
    std::string_view pseg = pattern.substr(0, pe);
    std::string_view qseg = path.substr(0, qe);
    if (pseg.size() >= 2 && pseg.front() == '{' && pseg.back() == '}') {
      if (qseg.empty()) return false;
      params.emplace_back(std::string(pseg.substr(1, pseg.size() - 2)), std::string(qseg));
    } else if (pseg != qseg) {
      return false;
    }
    pattern = pe == std::string_view::npos ? std::string_view() : pattern.substr(pe);
    path = qe == std::string_view::npos ? std::string_view() : path.substr(qe);
  }
  return true;
}

}  // namespace fazhi::http
