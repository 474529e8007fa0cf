// http/worker_pool.cc — see worker_pool.h.
#include "http/worker_pool.h"

#include <optional>

namespace fazhi::http {

WorkerPool::WorkerPool(int workers, std::size_t max_queue, Opener open)
    : open_(std::move(open)), max_queue_(max_queue) {
  for (int i = 0; i < workers; ++i) threads_.emplace_back([this] { Run(); });
}

WorkerPool::~WorkerPool() { Stop(); }

bool WorkerPool::Submit(Job job) {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ || queue_.size() >= max_queue_) return false;
    queue_.push_back(std::move(job));
  }
  ready_.notify_one();
  return true;
}

void WorkerPool::Stop() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ && threads_.empty()) return;
    stopping_ = true;
  }
  ready_.notify_all();
  for (auto& t : threads_) {
    if (t.joinable()) t.join();
  }
  threads_.clear();
}

std::size_t WorkerPool::QueueDepth() const {
  std::lock_guard lock(mutex_);
  return queue_.size();
}

void WorkerPool::Run() {
  std::optional<service::ServiceContext> ctx;
  for (;;) {
    Job job;
    {
      std::unique_lock lock(mutex_);
      ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping and drained
      job = std::move(queue_.front());
      queue_.pop_front();
    }
    if (ctx && ctx->broken) ctx.reset();
    if (!ctx) {
      auto opened = open_();
      if (!opened) {
        job(core::Fail(opened.error()));
        continue;
      }
      ctx.emplace(std::move(*opened));
    }
    job(&*ctx);
  }
}

}  // namespace fazhi::http
