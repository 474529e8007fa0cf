// http/static_files.h — serves the built web UI (web/dist) for every non-API GET.
//
// Contract: only files under the root are served: a path with "..", a NUL, a backslash or a
// symlink leading outside the root is 404. "/" and any path without a file extension that
// does not name a file (a client-side route like /mediation/cases/12) get index.html.
// index.html is never cached; files under /assets/ (content-hashed names from Vite) are
// cached for a year. When the root has no index.html, every page is a short Chinese and
// English notice telling how to build the UI (status 503). Thread-safe (reads the disk).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "http/message.h"

namespace fazhi::http {

class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root);
  Response Serve(std::string_view path, bool head_only) const;
  bool HasIndex() const;

 private:
  std::filesystem::path root_;
};

std::string_view MimeTypeFor(std::string_view extension);

}  // namespace fazhi::http
