// core/progress.h — progress for long work on a terminal ("生成演示数据 42% 12345/29000").
// Prints to stderr only when stderr is a terminal (never when piped or in --json mode),
// at most ~10 times a second. Not thread-safe: one reporter per task.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace fazhi::core {

class Progress {
 public:
  Progress(std::string label, std::int64_t total, bool enabled = true);
  ~Progress();
  void Advance(std::int64_t n = 1);
  void Finish();

 private:
  void Draw(bool force);
  std::string label_;
  std::int64_t total_;
  std::int64_t done_ = 0;
  bool enabled_;
  bool finished_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace fazhi::core
