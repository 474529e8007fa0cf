// Tests of core/media_type.h: each kept type by its signature, never by a name.
#include "core/media_type.h"

#include <gtest/gtest.h>

#include <string>

namespace fazhi::core {
namespace {

std::string Bytes(std::string_view head) { return std::string(head) + std::string(32, '\0'); }

TEST(MediaType, KnowsEachKeptTypeByItsSignature) {
  EXPECT_EQ(DetectMediaType(Bytes("\xFF\xD8\xFF\xE0")), "image/jpeg");
  EXPECT_EQ(DetectMediaType(Bytes("\x89PNG\r\n\x1A\n")), "image/png");
  EXPECT_EQ(DetectMediaType(Bytes("%PDF-1.7")), "application/pdf");
  EXPECT_EQ(DetectMediaType(Bytes(std::string("\0\0\0\x18" "ftypmp42", 12))), "video/mp4");
  EXPECT_EQ(DetectMediaType(Bytes(std::string("\0\0\0\x14" "ftypqt  ", 12))), "video/quicktime");
  EXPECT_EQ(DetectMediaType(Bytes(std::string("\0\0\0\x20" "ftypM4A ", 12))), "audio/mp4");
  EXPECT_EQ(DetectMediaType(Bytes(std::string("RIFF\x24\0\0\0WAVEfmt ", 16))), "audio/wav");
  EXPECT_EQ(DetectMediaType(Bytes(std::string("RIFF\x24\0\0\0AVI LIST", 16))), "video/x-msvideo");
  EXPECT_EQ(DetectMediaType(Bytes("ID3\x04")), "audio/mpeg");
  EXPECT_EQ(DetectMediaType(Bytes("\xFF\xFB\x90\x64")), "audio/mpeg");
  EXPECT_EQ(DetectMediaType(Bytes("#!AMR\n")), "audio/amr");
}

TEST(MediaType, AnythingElseIsUnknown) {
  EXPECT_EQ(DetectMediaType(""), std::nullopt);
  EXPECT_EQ(DetectMediaType(Bytes("MZ\x90")), std::nullopt);          // a Windows program
  EXPECT_EQ(DetectMediaType(Bytes("<html><body>")), std::nullopt);    // a web page
  EXPECT_EQ(DetectMediaType(Bytes("PK\x03\x04")), std::nullopt);      // a zip
  EXPECT_EQ(DetectMediaType(Bytes(std::string("RIFF\0\0\0\0XXXX", 12))), std::nullopt);
  EXPECT_EQ(ExtensionsOf("image/jpeg").size(), 2u);
  EXPECT_TRUE(ExtensionsOf("text/html").empty());
}

}  // namespace
}  // namespace fazhi::core
