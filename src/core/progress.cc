// core/progress.cc — see progress.h.
#include "core/progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>

namespace fazhi::core {

Progress::Progress(std::string label, std::int64_t total, bool enabled)
    : label_(std::move(label)), total_(total), enabled_(enabled && isatty(STDERR_FILENO)) {}

Progress::~Progress() { Finish(); }

void Progress::Advance(std::int64_t n) {
  done_ += n;
  Draw(false);
}

void Progress::Finish() {
  if (finished_) return;
  finished_ = true;
  if (!enabled_) return;
  Draw(true);
  std::fputs("\n", stderr);
}

void Progress::Draw(bool force) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (!force && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  int pct = total_ > 0 ? static_cast<int>(done_ * 100 / total_) : 100;
  std::fputs(fmt::format("\r{} {:3d}% {}/{}", label_, pct, done_, total_).c_str(), stderr);
  std::fflush(stderr);
}

}  // namespace fazhi::core
