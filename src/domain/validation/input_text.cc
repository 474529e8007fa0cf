// domain/validation/input_text.cc — see input_text.h.
#include "domain/validation/input_text.h"

#include <cstddef>
#include <cstdint>

namespace fazhi::domain {
namespace {

bool IsSpace(const std::string& c) {
  return c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\f" || c == "\v" || c == "\u3000";
}

// Length of the UTF-8 sequence starting at s[i], or 1 for an invalid or truncated one.
std::size_t SequenceLength(std::string_view s, std::size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t n = 1;
  if ((b & 0xE0U) == 0xC0U) {
    n = 2;
  } else if ((b & 0xF0U) == 0xE0U) {
    n = 3;
  } else if ((b & 0xF8U) == 0xF0U) {
    n = 4;
  }
  if (i + n > s.size()) return 1;
  for (std::size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0U) != 0x80U) return 1;
  }
  return n;
}

// U+FF01..U+FF5E is EF BC 81 .. EF BD 9E; maps to 0x21..0x7E.
bool FoldFullWidth(std::string_view seq, char& out) {
  if (seq.size() != 3 || static_cast<unsigned char>(seq[0]) != 0xEFU) return false;
  auto b1 = static_cast<unsigned char>(seq[1]);
  auto b2 = static_cast<unsigned char>(seq[2]);
  std::uint32_t cp = ((0xFU) << 12) | ((b1 & 0x3FU) << 6) | (b2 & 0x3FU);
  if (cp < 0xFF01U || cp > 0xFF5EU) return false;
  out = static_cast<char>(cp - 0xFF01U + 0x21U);
  return true;
}

}  // namespace

std::vector<std::string> SplitInputChars(std::string_view input) {
  std::vector<std::string> chars;
  for (std::size_t i = 0; i < input.size();) {
    std::size_t n = SequenceLength(input, i);
    std::string_view seq = input.substr(i, n);
    char folded = 0;
    if (FoldFullWidth(seq, folded)) {
      chars.emplace_back(1, folded);
    } else {
      chars.emplace_back(seq);
    }
    i += n;
  }
  std::size_t begin = 0;
  std::size_t end = chars.size();
  while (begin < end && IsSpace(chars[begin])) ++begin;
  while (end > begin && IsSpace(chars[end - 1])) --end;
  return {chars.begin() + static_cast<std::ptrdiff_t>(begin),
          chars.begin() + static_cast<std::ptrdiff_t>(end)};
}

}  // namespace fazhi::domain
