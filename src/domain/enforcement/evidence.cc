// domain/enforcement/evidence.cc — see evidence.h.
#include "domain/enforcement/evidence.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "core/media_type.h"

namespace fazhi::domain {
namespace {

core::Error FileError(std::string zh, std::string en) {
  return core::InvalidArgument("file", std::move(zh), std::move(en));
}

std::string LowerExtension(std::string_view name) {
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos || dot + 1 >= name.size()) return {};
  std::string ext(name.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

}  // namespace

core::Result<std::string> CheckEvidenceFile(std::string_view bytes, std::string_view file_name,
                                            std::int64_t max_bytes) {
  if (bytes.empty()) return core::Fail(FileError("上传的文件是空的", "The uploaded file is empty"));
  if (static_cast<std::int64_t>(bytes.size()) > max_bytes) {
    return core::Fail(FileError(
        fmt::format("文件有{:.1f} MB，超过了{} MB的上限：请压缩后再上传", static_cast<double>(bytes.size()) / 1048576.0,
                    max_bytes / 1048576),
        fmt::format("The file is {:.1f} MB, over the {} MB limit", static_cast<double>(bytes.size()) / 1048576.0,
                    max_bytes / 1048576)));
  }
  const auto type = core::DetectMediaType(bytes);
  if (!type) {
    return core::Fail(FileError(
        "无法识别的文件内容：执法全过程记录只接收照片（JPEG、PNG、WebP）、录音（MP3、WAV、AMR、M4A）、"
        "视频（MP4、MOV、AVI）和 PDF 文件",
        "Unrecognised content: the record keeps photos (JPEG, PNG, WebP), audio (MP3, WAV, AMR, M4A), "
        "video (MP4, MOV, AVI) and PDF files"));
  }
  const std::string ext = LowerExtension(file_name);
  if (!ext.empty()) {
    const auto known = core::ExtensionsOf(*type);
    const bool matches = std::find(known.begin(), known.end(), ext) != known.end();
    // An extension of another kept type contradicts the content; an unknown one is refused.
    if (!matches) {
      return core::Fail(FileError(
          fmt::format("文件名“{}”的扩展名是 .{}，但文件内容是 {}：请上传原始文件", file_name, ext, *type),
          fmt::format("The file name \"{}\" says .{} but the content is {}", file_name, ext, *type)));
    }
  }
  return *type;
}

}  // namespace fazhi::domain
