// http/server.cc — see server.h. Keep every RESTinio include in this file (STACK.md: the
// templates cost ~1 GB and ~30 s per translation unit).
#include "http/server.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <csignal>
#include <restinio/all.hpp>

#include "http/error_response.h"

namespace fazhi::http {
namespace {

using Traits = restinio::traits_t<restinio::asio_timer_manager_t, restinio::null_logger_t>;

Request ToRequest(const restinio::request_handle_t& req) {
  Request out;
  out.method = req->header().method().c_str();
  std::string_view target = req->header().request_target();
  std::size_t cut = target.find_first_of("?#");
  std::string_view raw_path = target.substr(0, cut);
  out.path = PercentDecode(raw_path, false).value_or(std::string(raw_path));
  if (cut != std::string_view::npos && target[cut] == '?') {
    std::string_view query = target.substr(cut + 1);
    query = query.substr(0, query.find('#'));
    out.query = ParseQuery(query);
  }
  req->header().for_each_field([&](const restinio::http_header_field_t& f) {
    std::string name = f.name();
    for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    out.headers.emplace_back(std::move(name), f.value());
  });
  out.body = req->body();
  out.remote_ip = req->remote_endpoint().address().to_string();
  return out;
}

std::string ReasonPhrase(int status) {
  switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 412: return "Precondition Failed";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 423: return "Locked";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
  }
}

void Send(const restinio::request_handle_t& req, Response response) {
  auto out = req->create_response(restinio::http_status_line_t{
      restinio::http_status_code_t{static_cast<std::uint16_t>(response.status)},
      ReasonPhrase(response.status)});
  for (auto& [name, value] : response.headers) out.append_header(name, value);
  if (response.shared_body) {
    out.set_body(std::move(response.shared_body));
  } else {
    out.set_body(std::move(response.body));
  }
  out.done();
}

}  // namespace

core::Status RunServer(const Pipeline& pipeline, WorkerPool::Opener open,
                       const std::function<void(const ListenAddress&)>& on_listening) {
  const ServerConfig& config = pipeline.config();
  ASSIGN_OR_RETURN(ListenAddress address, ParseListen(config.listen));

  WorkerPool pool(config.workers, static_cast<std::size_t>(config.workers) * 64, std::move(open));
  std::uint64_t max_body =
      std::max<std::uint64_t>(static_cast<std::uint64_t>(config.max_upload_mb) * 1024 * 1024,
                              static_cast<std::uint64_t>(config.max_json_body_kb) * 1024) +
      1024 * 1024;  // room above the limits so the pipeline answers 413 itself

  // Block the stop signals in every thread; this one waits for them with sigwait.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto handler = [&pipeline, &pool](restinio::request_handle_t req) {
    Request request = ToRequest(req);
    auto shared = std::make_shared<Request>(std::move(request));
    bool queued = pool.Submit([&pipeline, req, shared](core::Result<service::ServiceContext*> ctx) {
      if (!ctx) {
        Send(req, pipeline.Unavailable(*shared, ctx.error()));
        return;
      }
      Send(req, pipeline.Handle(*shared, **ctx));
    });
    if (!queued) {
      Send(req, pipeline.Unavailable(
                    *shared, core::Unavailable("服务器繁忙，请稍后重试",
                                               "the server is busy; retry in a moment", "queue full")));
    }
    return restinio::request_accepted();
  };

  restinio::running_server_handle_t<Traits> server;
  try {
    server = restinio::run_async<Traits>(
        restinio::own_io_context(),
        restinio::server_settings_t<Traits>{}
            .address(address.host)
            .port(address.port)
            .max_pipelined_requests(8)
            .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t{}.max_body_size(max_body))
            .read_next_http_message_timelimit(std::chrono::seconds(60))
            .write_http_response_timelimit(std::chrono::seconds(60))
            .handle_request_timeout(std::chrono::seconds(300))
            .request_handler(handler),
        static_cast<std::size_t>(config.io_threads));
  } catch (const std::exception& e) {
    pool.Stop();
    pthread_sigmask(SIG_UNBLOCK, &signals, nullptr);
    return core::Fail(core::Error{
        core::ErrorCode::kUnavailable,
        fmt::format("无法在 {} 上监听：{}（端口被占用或地址不可用？）", config.listen, e.what()),
        fmt::format("cannot listen on {}: {} (port taken or address unavailable?)", config.listen,
                    e.what()),
        "server.listen", e.what()});
  }
  on_listening(address);

  int received = 0;
  sigwait(&signals, &received);
  spdlog::info("signal {} received: stopping", received);
  pool.Stop();  // answers what is queued while the I/O threads still run
  server->stop();
  server->wait();
  pthread_sigmask(SIG_UNBLOCK, &signals, nullptr);
  return {};
}

}  // namespace fazhi::http
