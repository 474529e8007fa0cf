// cli/text_table.h — aligned plain-text tables for terminal output, aware that a Chinese
// character takes two columns. Not thread-safe; build, then Print once.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace fazhi::cli {

class TextTable {
 public:
  explicit TextTable(std::vector<std::string> header) : header_(std::move(header)) {}
  void AddRow(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void Print(std::ostream& out) const;
  size_t size() const { return rows_.size(); }

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

// Terminal columns a UTF-8 string occupies (CJK and full-width forms count 2).
size_t DisplayWidth(const std::string& text);

}  // namespace fazhi::cli
