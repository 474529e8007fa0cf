// service/json/json_reader.h — the strict reader every JSON decoder uses.
//
// Contract:
//  * A JsonReader views one JSON value (borrowed: the value must outlive the reader) and the
//    path that led to it: "" for a request body, "agreement", "parties[1]". Field paths are
//    camelCase and joined with dots and indexes: "parties[1].idNumber".
//  * Every getter first checks the viewed value is an object. If it is not, the error's field
//    is the reader's path ("" for the body itself) and the message asks for an object.
//  * Required* fail when the key is absent or null; Optional* give nullopt (or the fallback /
//    "" / an empty vector) for an absent or null key. A present value of the wrong JSON type
//    is always an error: nothing is coerced ("12" is not an integer, 1 is not a boolean, 2.0
//    is not an integer).
//  * Integers: an integer outside the requested range (by default the C++ type's range) is
//    an error naming the range. Dates: exactly "YYYY-MM-DD" and a real calendar day. Strings:
//    no NUL character; at most `max_chars` characters (UTF-8 code points). Strings are kept
//    as given (no trimming: the domain rules normalise what they validate).
//  * Enums: exactly one of the domain's codes (checked through the domain's Parse* function;
//    a zh label, other letter case or surrounding spaces are refused with the code to use).
//  * Unknown keys are ignored; the caller decides what to do with read-only keys.
//  * Every failure is core::ErrorCode::kInvalidArgument whose `field` is the full path and
//    whose zh and en messages name that path and say what was expected, e.g.
//    "字段 agreement.effectiveOn 应为日期（YYYY-MM-DD）" /
//    "field agreement.effectiveOn must be a date (YYYY-MM-DD)".
// Thread-safety: a reader is a read-only view; concurrent reads of one JSON value are safe.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/result.h"

namespace fazhi::service::json {

// Length limits (characters) for string fields.
inline constexpr std::size_t kNameMaxChars = 200;     // names, numbers, short labels
inline constexpr std::size_t kTextMaxChars = 20'000;  // summaries, facts, terms, notes

// How an enum is read and written: the domain's Parse* and *Code functions.
template <class E>
struct EnumCodec {
  core::Result<E> (*parse)(std::string_view);
  std::string_view (*code)(E);
};

class JsonReader {
 public:
  // REQUIRES: `value` outlives the reader. `path` is "" for a request body.
  explicit JsonReader(const nlohmann::json& value, std::string path = {});

  const nlohmann::json& value() const { return *value_; }
  const std::string& path() const { return path_; }
  // The full path of a key of this object: "" + "name" → "name";
  // "parties[1]" + "idNumber" → "parties[1].idNumber".
  std::string PathOf(std::string_view key) const;

  // Ok when the viewed value is an object, else the error described above.
  core::Status ExpectObject() const;
  // True when the viewed value is an object holding `key` with a non-null value.
  bool Has(std::string_view key) const;

  // T is one of std::int64_t, int, bool, core::Date, std::string (kNameMaxChars).
  template <class T>
  core::Result<T> Required(std::string_view key) const;
  template <class T>
  core::Result<std::optional<T>> Optional(std::string_view key) const;
  // The value, or `fallback` when the key is absent or null.
  template <class T>
  core::Result<T> OptionalOr(std::string_view key, T fallback) const {
    ASSIGN_OR_RETURN(std::optional<T> v, Optional<T>(key));
    return v ? std::move(*v) : std::move(fallback);
  }

  // Integers in [min, max].
  core::Result<std::int64_t> RequiredInt(std::string_view key, std::int64_t min,
                                         std::int64_t max) const;
  core::Result<std::optional<std::int64_t>> OptionalInt(std::string_view key, std::int64_t min,
                                                        std::int64_t max) const;

  // Record ids. IdOrZero: ≥ 0, 0 when absent or null (a record's own id, townshipId: the
  // caller decides whether they may be set). RequiredId: a reference that must be set (≥ 1).
  // OptionalId: a reference that may be unset (≥ 1, or absent / null).
  core::Result<std::int64_t> IdOrZero(std::string_view key) const;
  core::Result<std::int64_t> RequiredId(std::string_view key) const;
  core::Result<std::optional<std::int64_t>> OptionalId(std::string_view key) const;

  // Strings of at most `max_chars` characters; OptionalString gives "" when absent or null.
  core::Result<std::string> RequiredString(std::string_view key, std::size_t max_chars) const;
  core::Result<std::string> OptionalString(std::string_view key, std::size_t max_chars) const;

  // Enums by code.
  template <class E>
  core::Result<E> RequiredEnum(std::string_view key, const EnumCodec<E>& codec) const {
    ASSIGN_OR_RETURN(std::string text, RequiredString(key, kNameMaxChars));
    return ParseEnum(key, text, codec);
  }
  template <class E>
  core::Result<std::optional<E>> OptionalEnum(std::string_view key,
                                              const EnumCodec<E>& codec) const {
    ASSIGN_OR_RETURN(std::optional<std::string> text, Optional<std::string>(key));
    if (!text) return std::optional<E>();
    ASSIGN_OR_RETURN(E e, ParseEnum(key, *text, codec));
    return std::optional<E>(e);
  }
  template <class E>
  core::Result<E> EnumOr(std::string_view key, const EnumCodec<E>& codec, E fallback) const {
    ASSIGN_OR_RETURN(std::optional<E> e, OptionalEnum(key, codec));
    return e.value_or(fallback);
  }

  // Nested objects: a reader over the child, with its path.
  core::Result<JsonReader> RequiredObject(std::string_view key) const;
  core::Result<std::optional<JsonReader>> OptionalObject(std::string_view key) const;

  // An array of objects, each decoded by `decode(const JsonReader&) -> core::Result<T>` with
  // the element's path ("parties[0]"). Absent or null gives an empty vector; a value that is
  // not an array, or an element that is not an object, is an error naming it.
  template <class Decode>
  auto ObjectArray(std::string_view key, Decode&& decode) const -> core::Result<
      std::vector<typename std::invoke_result_t<Decode&, const JsonReader&>::value_type>> {
    using T = typename std::invoke_result_t<Decode&, const JsonReader&>::value_type;
    ASSIGN_OR_RETURN(std::vector<JsonReader> elements, ObjectElements(key));
    std::vector<T> out;
    out.reserve(elements.size());
    for (const JsonReader& element : elements) {
      ASSIGN_OR_RETURN(T item, decode(element));
      out.push_back(std::move(item));
    }
    return out;
  }

 private:
  // The value of `key`, or nullptr when absent or null; fails when this is not an object.
  core::Result<const nlohmann::json*> Lookup(std::string_view key) const;
  core::Result<std::vector<JsonReader>> ObjectElements(std::string_view key) const;

  template <class E>
  core::Result<E> ParseEnum(std::string_view key, const std::string& text,
                            const EnumCodec<E>& codec) const {
    auto parsed = codec.parse(text);
    if (!parsed) return core::Fail(RebaseEnumError(key, std::move(parsed).error()));
    std::string_view code = codec.code(*parsed);
    if (code != text) return core::Fail(NotTheCodeError(key, text, code));
    return *parsed;
  }
  // The domain's unknown-code error, re-targeted at this key's full path.
  core::Error RebaseEnumError(std::string_view key, core::Error error) const;
  core::Error NotTheCodeError(std::string_view key, std::string_view text,
                              std::string_view code) const;

  const nlohmann::json* value_;
  std::string path_;
};

template <>
core::Result<std::int64_t> JsonReader::Required<std::int64_t>(std::string_view key) const;
template <>
core::Result<int> JsonReader::Required<int>(std::string_view key) const;
template <>
core::Result<bool> JsonReader::Required<bool>(std::string_view key) const;
template <>
core::Result<core::Date> JsonReader::Required<core::Date>(std::string_view key) const;
template <>
core::Result<std::string> JsonReader::Required<std::string>(std::string_view key) const;

template <>
core::Result<std::optional<std::int64_t>> JsonReader::Optional<std::int64_t>(
    std::string_view key) const;
template <>
core::Result<std::optional<int>> JsonReader::Optional<int>(std::string_view key) const;
template <>
core::Result<std::optional<bool>> JsonReader::Optional<bool>(std::string_view key) const;
template <>
core::Result<std::optional<core::Date>> JsonReader::Optional<core::Date>(
    std::string_view key) const;
template <>
core::Result<std::optional<std::string>> JsonReader::Optional<std::string>(
    std::string_view key) const;

// The error every decoder returns for a body that is not a JSON object (field "").
core::Error BodyNotObjectError();

}  // namespace fazhi::service::json
