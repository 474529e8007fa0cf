// http/worker_pool.h — the threads that run requests, each with its own ServiceContext (one
// database connection per thread: store::Database is not thread-safe).
//
// Contract: Start opens one context per worker through `open` (on the worker's thread);
// a worker whose open fails keeps retrying on its next job, answering that job with the
// error (the server turns it into 503). Submit queues a job and returns false when
// `max_queue` jobs are already waiting (the caller answers 503 at once). A job may mark its
// context broken (ServiceContext::broken) after a lost connection: the worker reopens it before the
// next job. Stop finishes the queued jobs, then joins. Submit and Stop are thread-safe.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "core/result.h"
#include "service/service_context.h"

namespace fazhi::http {

class WorkerPool {
 public:
  // The job gets the worker's context, or the error that kept it from opening.
  using Job = std::function<void(core::Result<service::ServiceContext*>)>;
  using Opener = std::function<core::Result<service::ServiceContext>()>;

  WorkerPool(int workers, std::size_t max_queue, Opener open);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  bool Submit(Job job);
  void Stop();
  std::size_t QueueDepth() const;

 private:
  void Run();

  Opener open_;
  std::size_t max_queue_;
  mutable std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Job> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace fazhi::http
