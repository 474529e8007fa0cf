// service/json/json_reader.cc — see json_reader.h.
#include "service/json/json_reader.h"

#include <fmt/format.h>

#include <limits>

namespace fazhi::service::json {
namespace {

using nlohmann::json;

core::Error Invalid(const std::string& path, std::string zh, std::string en) {
  return core::InvalidArgument(path, std::move(zh), std::move(en));
}

core::Error MissingError(const std::string& path) {
  return Invalid(path, fmt::format("字段 {} 为必填项", path),
                 fmt::format("field {} is required", path));
}

core::Error IntegerTypeError(const std::string& path) {
  return Invalid(path, fmt::format("字段 {} 应为整数", path),
                 fmt::format("field {} must be an integer", path));
}

core::Error RangeError(const std::string& path, std::int64_t min, std::int64_t max) {
  if (max == std::numeric_limits<std::int64_t>::max()) {
    return Invalid(path, fmt::format("字段 {} 应为不小于 {} 的整数", path, min),
                   fmt::format("field {} must be an integer of at least {}", path, min));
  }
  return Invalid(path, fmt::format("字段 {} 应为 {} 至 {} 之间的整数", path, min, max),
                 fmt::format("field {} must be an integer from {} to {}", path, min, max));
}

core::Error BoolTypeError(const std::string& path) {
  return Invalid(path, fmt::format("字段 {} 应为布尔值（true 或 false）", path),
                 fmt::format("field {} must be a boolean (true or false)", path));
}

core::Error StringTypeError(const std::string& path) {
  return Invalid(path, fmt::format("字段 {} 应为字符串", path),
                 fmt::format("field {} must be a string", path));
}

core::Error DateError(const std::string& path) {
  return Invalid(path, fmt::format("字段 {} 应为日期（YYYY-MM-DD）", path),
                 fmt::format("field {} must be a date (YYYY-MM-DD)", path));
}

core::Error ObjectTypeError(const std::string& path) {
  if (path.empty()) return BodyNotObjectError();
  return Invalid(path, fmt::format("字段 {} 应为对象", path),
                 fmt::format("field {} must be an object", path));
}

core::Error ArrayTypeError(const std::string& path) {
  return Invalid(path, fmt::format("字段 {} 应为数组", path),
                 fmt::format("field {} must be an array", path));
}

// Characters = UTF-8 code points (every byte that is not a continuation byte).
std::size_t CountChars(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++n;
  }
  return n;
}

core::Result<std::int64_t> ToInt(const json& v, const std::string& path, std::int64_t min,
                                 std::int64_t max) {
  if (!v.is_number_integer()) return core::Fail(IntegerTypeError(path));
  if (v.is_number_unsigned()) {
    auto u = v.get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(max)) return core::Fail(RangeError(path, min, max));
    auto i = static_cast<std::int64_t>(u);
    if (i < min) return core::Fail(RangeError(path, min, max));
    return i;
  }
  auto i = v.get<std::int64_t>();
  if (i < min || i > max) return core::Fail(RangeError(path, min, max));
  return i;
}

core::Result<std::string> ToString(const json& v, const std::string& path, std::size_t max_chars) {
  if (!v.is_string()) return core::Fail(StringTypeError(path));
  const auto& s = v.get_ref<const std::string&>();
  if (s.find('\0') != std::string::npos) {
    return core::Fail(Invalid(path, fmt::format("字段 {} 含有非法的空字符（NUL）", path),
                              fmt::format("field {} contains a NUL character", path)));
  }
  std::size_t n = CountChars(s);
  if (n > max_chars) {
    return core::Fail(Invalid(
        path, fmt::format("字段 {} 过长：最多 {} 个字符，实际 {} 个", path, max_chars, n),
        fmt::format("field {} is too long: at most {} characters, got {}", path, max_chars, n)));
  }
  return s;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

core::Result<core::Date> ToDate(const json& v, const std::string& path) {
  if (!v.is_string()) return core::Fail(DateError(path));
  const auto& s = v.get_ref<const std::string&>();
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return core::Fail(DateError(path));
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsDigit(s[i])) return core::Fail(DateError(path));
  }
  auto num = [&](std::size_t at, std::size_t len) {
    int n = 0;
    for (std::size_t i = at; i < at + len; ++i) n = n * 10 + (s[i] - '0');
    return n;
  };
  core::Date d{std::chrono::year{num(0, 4)}, std::chrono::month{static_cast<unsigned>(num(5, 2))},
               std::chrono::day{static_cast<unsigned>(num(8, 2))}};
  if (!d.ok()) return core::Fail(DateError(path));
  return d;
}

// Replaces the first occurrence of `from` in `text` with `to`; false when absent.
bool ReplaceFirst(std::string& text, std::string_view from, std::string_view to) {
  if (from.empty()) return false;
  auto at = text.find(from);
  if (at == std::string::npos) return false;
  text.replace(at, from.size(), to);
  return true;
}

}  // namespace

core::Error BodyNotObjectError() {
  return core::InvalidArgument("", "请求体应为 JSON 对象（{…}）",
                               "the request body must be a JSON object ({…})");
}

JsonReader::JsonReader(const nlohmann::json& value, std::string path)
    : value_(&value), path_(std::move(path)) {}

std::string JsonReader::PathOf(std::string_view key) const {
  if (path_.empty()) return std::string(key);
  return fmt::format("{}.{}", path_, key);
}

core::Status JsonReader::ExpectObject() const {
  if (!value_->is_object()) return core::Fail(ObjectTypeError(path_));
  return core::Ok();
}

bool JsonReader::Has(std::string_view key) const {
  if (!value_->is_object()) return false;
  auto it = value_->find(key);
  return it != value_->end() && !it->is_null();
}

core::Result<const nlohmann::json*> JsonReader::Lookup(std::string_view key) const {
  RETURN_IF_ERROR(ExpectObject());
  auto it = value_->find(key);
  if (it == value_->end() || it->is_null()) return static_cast<const json*>(nullptr);
  return &*it;
}

core::Result<std::int64_t> JsonReader::RequiredInt(std::string_view key, std::int64_t min,
                                                   std::int64_t max) const {
  ASSIGN_OR_RETURN(const json* v, Lookup(key));
  if (v == nullptr) return core::Fail(MissingError(PathOf(key)));
  return ToInt(*v, PathOf(key), min, max);
}

core::Result<std::optional<std::int64_t>> JsonReader::OptionalInt(std::string_view key,
                                                                  std::int64_t min,
                                                                  std::int64_t max) const {
  ASSIGN_OR_RETURN(const json* v, Lookup(key));
  if (v == nullptr) return std::optional<std::int64_t>();
  ASSIGN_OR_RETURN(std::int64_t i, ToInt(*v, PathOf(key), min, max));
  return std::optional<std::int64_t>(i);
}

core::Result<std::int64_t> JsonReader::IdOrZero(std::string_view key) const {
  ASSIGN_OR_RETURN(std::optional<std::int64_t> id,
                   OptionalInt(key, 0, std::numeric_limits<std::int64_t>::max()));
  return id.value_or(0);
}

core::Result<std::int64_t> JsonReader::RequiredId(std::string_view key) const {
  return RequiredInt(key, 1, std::numeric_limits<std::int64_t>::max());
}

core::Result<std::optional<std::int64_t>> JsonReader::OptionalId(std::string_view key) const {
  return OptionalInt(key, 1, std::numeric_limits<std::int64_t>::max());
}

core::Result<std::string> JsonReader::RequiredString(std::string_view key,
                                                     std::size_t max_chars) const {
  ASSIGN_OR_RETURN(const json* v, Lookup(key));
  if (v == nullptr) return core::Fail(MissingError(PathOf(key)));
  return ToString(*v, PathOf(key), max_chars);
}

core::Result<std::string> JsonReader::OptionalString(std::string_view key,
                                                     std::size_t max_chars) const {
  ASSIGN_OR_RETURN(const json* v, Lookup(key));
  if (v == nullptr) return std::string();
  return ToString(*v, PathOf(key), max_chars);
}

core::Result<JsonReader> JsonReader::RequiredObject(std::string_view key) const {
  ASSIGN_OR_RETURN(std::optional<JsonReader> child, OptionalObject(key));
  if (!child) return core::Fail(MissingError(PathOf(key)));
  return *child;
}

core::Result<std::optional<JsonReader>> JsonReader::OptionalObject(std::string_view key) const {
  ASSIGN_OR_RETURN(const json* v, Lookup(key));
  if (v == nullptr) return std::optional<JsonReader>();
  JsonReader child(*v, PathOf(key));
  RETURN_IF_ERROR(child.ExpectObject());
  return std::optional<JsonReader>(std::move(child));
}

core::Result<std::vector<JsonReader>> JsonReader::ObjectElements(std::string_view key) const {
  ASSIGN_OR_RETURN(const json* v, Lookup(key));
  std::vector<JsonReader> out;
  if (v == nullptr) return out;
  std::string path = PathOf(key);
  if (!v->is_array()) return core::Fail(ArrayTypeError(path));
  out.reserve(v->size());
  for (std::size_t i = 0; i < v->size(); ++i) {
    JsonReader element((*v)[i], fmt::format("{}[{}]", path, i));
    RETURN_IF_ERROR(element.ExpectObject());
    out.push_back(std::move(element));
  }
  return out;
}

core::Error JsonReader::RebaseEnumError(std::string_view key, core::Error error) const {
  std::string path = PathOf(key);
  const std::string old = error.field;
  if (!ReplaceFirst(error.message, "字段 " + old, "字段 " + path)) {
    error.message = fmt::format("字段 {}：{}", path, error.message);
  }
  if (!ReplaceFirst(error.message_en, "Field " + old, "field " + path)) {
    error.message_en = fmt::format("field {}: {}", path, error.message_en);
  }
  error.code = core::ErrorCode::kInvalidArgument;
  error.field = std::move(path);
  return error;
}

core::Error JsonReader::NotTheCodeError(std::string_view key, std::string_view text,
                                        std::string_view code) const {
  std::string path = PathOf(key);
  return Invalid(path, fmt::format("字段 {} 应使用代码“{}”，而不是“{}”", path, code, text),
                 fmt::format("field {} must use the code \"{}\", not \"{}\"", path, code, text));
}

// ---- Required<T> ----

template <>
core::Result<std::int64_t> JsonReader::Required<std::int64_t>(std::string_view key) const {
  return RequiredInt(key, std::numeric_limits<std::int64_t>::min(),
                     std::numeric_limits<std::int64_t>::max());
}

template <>
core::Result<int> JsonReader::Required<int>(std::string_view key) const {
  ASSIGN_OR_RETURN(std::int64_t i, RequiredInt(key, std::numeric_limits<int>::min(),
                                               std::numeric_limits<int>::max()));
  return static_cast<int>(i);
}

template <>
core::Result<bool> JsonReader::Required<bool>(std::string_view key) const {
  ASSIGN_OR_RETURN(std::optional<bool> b, Optional<bool>(key));
  if (!b) return core::Fail(MissingError(PathOf(key)));
  return *b;
}

template <>
core::Result<core::Date> JsonReader::Required<core::Date>(std::string_view key) const {
  ASSIGN_OR_RETURN(std::optional<core::Date> d, Optional<core::Date>(key));
  if (!d) return core::Fail(MissingError(PathOf(key)));
  return *d;
}

template <>
core::Result<std::string> JsonReader::Required<std::string>(std::string_view key) const {
  return RequiredString(key, kNameMaxChars);
}

// ---- Optional<T> ----

template <>
core::Result<std::optional<std::int64_t>> JsonReader::Optional<std::int64_t>(
    std::string_view key) const {
  return OptionalInt(key, std::numeric_limits<std::int64_t>::min(),
                     std::numeric_limits<std::int64_t>::max());
}

template <>
core::Result<std::optional<int>> JsonReader::Optional<int>(std::string_view key) const {
  ASSIGN_OR_RETURN(std::optional<std::int64_t> i, OptionalInt(key, std::numeric_limits<int>::min(),
                                                              std::numeric_limits<int>::max()));
  if (!i) return std::optional<int>();
  return std::optional<int>(static_cast<int>(*i));
}

template <>
core::Result<std::optional<bool>> JsonReader::Optional<bool>(std::string_view key) const {
  ASSIGN_OR_RETURN(const json* v, Lookup(key));
  if (v == nullptr) return std::optional<bool>();
  if (!v->is_boolean()) return core::Fail(BoolTypeError(PathOf(key)));
  return std::optional<bool>(v->get<bool>());
}

template <>
core::Result<std::optional<core::Date>> JsonReader::Optional<core::Date>(
    std::string_view key) const {
  ASSIGN_OR_RETURN(const json* v, Lookup(key));
  if (v == nullptr) return std::optional<core::Date>();
  ASSIGN_OR_RETURN(core::Date d, ToDate(*v, PathOf(key)));
  return std::optional<core::Date>(d);
}

template <>
core::Result<std::optional<std::string>> JsonReader::Optional<std::string>(
    std::string_view key) const {
  ASSIGN_OR_RETURN(const json* v, Lookup(key));
  if (v == nullptr) return std::optional<std::string>();
  ASSIGN_OR_RETURN(std::string s, ToString(*v, PathOf(key), kNameMaxChars));
  return std::optional<std::string>(std::move(s));
}

}  // namespace fazhi::service::json
