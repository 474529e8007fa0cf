// core/media_type.cc — see media_type.h.
#include "core/media_type.h"

namespace fazhi::core {
namespace {

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::optional<std::string> DetectMediaType(std::string_view b) {
  if (StartsWith(b, "\xFF\xD8\xFF")) return "image/jpeg";
  if (StartsWith(b, "\x89PNG\r\n\x1A\n")) return "image/png";
  if (StartsWith(b, "%PDF-")) return "application/pdf";
  if (StartsWith(b, "#!AMR")) return "audio/amr";
  if (b.size() >= 12 && StartsWith(b, "RIFF")) {
    const std::string_view form = b.substr(8, 4);
    if (form == "WAVE") return "audio/wav";
    if (form == "AVI ") return "video/x-msvideo";
    if (form == "WEBP") return "image/webp";
    return std::nullopt;
  }
  if (b.size() >= 12 && b.substr(4, 4) == "ftyp") {
    const std::string_view brand = b.substr(8, 4);
    if (brand == "qt  ") return "video/quicktime";
    if (brand == "M4A " || brand == "M4B ") return "audio/mp4";
    return "video/mp4";  // isom, mp41, mp42, avc1, 3gp4…
  }
  if (StartsWith(b, "ID3")) return "audio/mpeg";
  if (b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0xFF &&
      (static_cast<unsigned char>(b[1]) & 0xE0) == 0xE0 && (static_cast<unsigned char>(b[1]) & 0x06) != 0) {
    return "audio/mpeg";  // an MPEG audio frame (layer set)
  }
  return std::nullopt;
}

std::vector<std::string_view> ExtensionsOf(std::string_view t) {
  if (t == "image/jpeg") return {"jpg", "jpeg"};
  if (t == "image/png") return {"png"};
  if (t == "image/webp") return {"webp"};
  if (t == "application/pdf") return {"pdf"};
  if (t == "video/mp4") return {"mp4", "m4v", "3gp"};
  if (t == "video/quicktime") return {"mov"};
  if (t == "video/x-msvideo") return {"avi"};
  if (t == "audio/mp4") return {"m4a", "m4b"};
  if (t == "audio/mpeg") return {"mp3"};
  if (t == "audio/wav") return {"wav"};
  if (t == "audio/amr") return {"amr"};
  return {};
}

}  // namespace fazhi::core
