// domain/enforcement/evidence.h — which files the 全过程记录 of a case accepts (PEN-17,
// LEP-06): photos, audio, video and PDF, recognised by their content, within a size limit.
//
// Contract: CheckEvidenceFile returns the media type detected from the bytes
// (core::DetectMediaType) or kInvalidArgument with field "file" and a zh/en message: an empty
// file; one larger than max_bytes; content that is none of the kept types (a program, a web
// page, an Office file…); a file name whose extension names another type than the content
// ("照片.jpg" that is a PDF). A name without an extension is accepted. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace fazhi::domain {

core::Result<std::string> CheckEvidenceFile(std::string_view bytes, std::string_view file_name,
                                            std::int64_t max_bytes);

}  // namespace fazhi::domain
