// domain/validation/input_text.h — how identifier validators read what a user typed.
//
// Contract: SplitInputChars trims surrounding white space (ASCII and U+3000), folds the
// full-width forms of ASCII (U+FF01–U+FF5E, typed by Chinese input methods: "１１０１"→"1101")
// to ASCII, and returns one string per character (a UTF-8 code point; an invalid byte is a
// character of its own), so validators can name the 1-based position of an illegal
// character. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fazhi::domain {

std::vector<std::string> SplitInputChars(std::string_view input);

// True when `c` is exactly one ASCII character in [lo, hi].
inline bool CharIn(const std::string& c, char lo, char hi) {
  return c.size() == 1 && c[0] >= lo && c[0] <= hi;
}
inline bool IsDigitChar(const std::string& c) { return CharIn(c, '0', '9'); }

}  // namespace fazhi::domain
