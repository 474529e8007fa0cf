// http/static_files.cc — see static_files.h.
#include "http/static_files.h"

#include <fstream>
#include <sstream>
#include <system_error>

namespace fazhi::http {
namespace {

constexpr std::string_view kCsp =
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "font-src 'self' data:; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
    "base-uri 'self'; form-action 'self'";

std::optional<std::string> ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

Response NotFoundPage() {
  Response r;
  r.status = 404;
  r.SetHeader("Content-Type", "text/plain; charset=utf-8");
  r.body = "404 页面不存在 / page not found\n";
  return r;
}

}  // namespace

std::string_view MimeTypeFor(std::string_view ext) {
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json" || ext == ".map") return "application/json; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".gif") return "image/gif";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".webp") return "image/webp";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".woff") return "font/woff";
  if (ext == ".ttf") return "font/ttf";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  if (ext == ".xlsx") return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (ext == ".csv") return "text/csv; charset=utf-8";
  return "application/octet-stream";
}

StaticFiles::StaticFiles(std::filesystem::path root) : root_(std::move(root)) {}

bool StaticFiles::HasIndex() const {
  std::error_code ec;
  return std::filesystem::is_regular_file(root_ / "index.html", ec);
}

Response StaticFiles::Serve(std::string_view path, bool head_only) const {
  if (!HasIndex()) {
    Response r;
    r.status = 503;
    r.SetHeader("Content-Type", "text/plain; charset=utf-8");
    r.body =
        "网页界面尚未构建：请在源码目录运行 make run（或 cd web && npm ci && npm run build）。\n"
        "The web UI is not built: run `make run` (or `cd web && npm ci && npm run build`).\n";
    return r;
  }
  if (path.empty() || path.front() != '/' || path.find("..") != std::string_view::npos ||
      path.find('\\') != std::string_view::npos || path.find('\0') != std::string_view::npos) {
    return NotFoundPage();
  }
  std::string rel(path.substr(1));
  std::filesystem::path file = rel.empty() ? root_ / "index.html" : root_ / rel;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) {
    // A client-side route: no extension in the last segment.
    std::string_view last = path.substr(path.rfind('/') + 1);
    if (last.find('.') != std::string_view::npos) return NotFoundPage();
    file = root_ / "index.html";
  }
  // Refuse symlinks that lead outside the root.
  auto canonical_root = std::filesystem::weakly_canonical(root_, ec);
  auto canonical_file = std::filesystem::weakly_canonical(file, ec);
  if (ec) return NotFoundPage();
  auto [root_end, ignored] = std::mismatch(canonical_root.begin(), canonical_root.end(),
                                           canonical_file.begin(), canonical_file.end());
  if (root_end != canonical_root.end()) return NotFoundPage();

  auto bytes = ReadFile(file);
  if (!bytes) return NotFoundPage();
  Response r;
  std::string ext = file.extension().string();
  r.SetHeader("Content-Type", std::string(MimeTypeFor(ext)));
  if (ext == ".html") {
    r.SetHeader("Cache-Control", "no-cache");
    r.SetHeader("Content-Security-Policy", std::string(kCsp));
  } else if (rel.rfind("assets/", 0) == 0) {
    r.SetHeader("Cache-Control", "public, max-age=31536000, immutable");
  } else {
    r.SetHeader("Cache-Control", "public, max-age=3600");
  }
  if (!head_only) r.body = std::move(*bytes);
  return r;
}

}  // namespace fazhi::http
