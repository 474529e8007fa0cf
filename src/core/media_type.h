// core/media_type.h — what a file is, from its first bytes (never from its name): the media
// types the 全过程记录 keeps (photos, audio, video, PDF).
//
// Contract: DetectMediaType looks only at the leading signature ("magic number") of `bytes`:
// JPEG (FF D8 FF), PNG (89 'PNG'), PDF ("%PDF-"), MP4/M4A/MOV (an ISO-BMFF "ftyp" box with
// its brand), WAV ("RIFF"…"WAVE"), AVI ("RIFF"…"AVI "), MP3 ("ID3" or an MPEG audio frame
// sync), AMR ("#!AMR"), WebP ("RIFF"…"WEBP"). Anything else is nullopt. ExtensionsOf lists
// the file name extensions (lower case, without the dot) a media type is written with.
// Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fazhi::core {

// "image/jpeg", "image/png", "image/webp", "application/pdf", "video/mp4", "video/quicktime",
// "video/x-msvideo", "audio/mp4", "audio/mpeg", "audio/wav", "audio/amr", or nullopt.
std::optional<std::string> DetectMediaType(std::string_view bytes);

// {"jpg","jpeg"} for image/jpeg …; empty for an unknown type.
std::vector<std::string_view> ExtensionsOf(std::string_view media_type);

}  // namespace fazhi::core
