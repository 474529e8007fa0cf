// http/server.h — `fazhi serve`: the HTTP server over RESTinio (the only translation unit
// that includes RESTinio: http/server.cc).
//
// Contract: RunServer binds config.listen (kUnavailable naming "server.listen" when the
// address is taken or not allowed), then calls on_listening once and serves until SIGINT or
// SIGTERM. Each request is parsed into an http::Request and run by a WorkerPool of
// config.workers threads through the Pipeline; the I/O threads never wait for the database.
// When the queue is full (64 per worker) the request is answered 503 at once. On a signal the
// server finishes the queued requests (new ones get 503), stops and returns ok.
#pragma once

#include <functional>

#include "core/result.h"
#include "http/pipeline.h"
#include "http/server_config.h"
#include "http/worker_pool.h"

namespace fazhi::http {

core::Status RunServer(const Pipeline& pipeline, WorkerPool::Opener open,
                       const std::function<void(const ListenAddress&)>& on_listening);

}  // namespace fazhi::http
