// Tests of domain/enforcement/evidence.h: kept types pass with their media type; empty,
// oversized, unrecognised and mislabelled files are refused on field "file".
#include "domain/enforcement/evidence.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "support/matchers.h"

namespace fazhi::domain {
namespace {

using ::fazhi::testing::HasErrorField;

const std::string kJpeg = std::string("\xFF\xD8\xFF\xE0") + std::string(100, 'x');
const std::string kPdf = "%PDF-1.7\n" + std::string(100, 'x');

TEST(EvidenceFile, AcceptsKeptTypesByContent) {
  EXPECT_EQ(CheckEvidenceFile(kJpeg, "现场照片.JPG", 1 << 20).value(), "image/jpeg");
  EXPECT_EQ(CheckEvidenceFile(kPdf, "询问笔录.pdf", 1 << 20).value(), "application/pdf");
  EXPECT_EQ(CheckEvidenceFile(kPdf, "无扩展名", 1 << 20).value(), "application/pdf");
}

TEST(EvidenceFile, RefusesWhatIsNotEvidence) {
  EXPECT_THAT(CheckEvidenceFile("", "a.jpg", 1 << 20), HasErrorField("file"));
  EXPECT_THAT(CheckEvidenceFile(kJpeg, "a.jpg", 50), HasErrorField("file"));
  auto exe = CheckEvidenceFile("MZ\x90\x00" + std::string(100, 'x'), "照片.jpg", 1 << 20);
  EXPECT_THAT(exe, HasErrorField("file"));
  EXPECT_THAT(exe.error().message, ::testing::HasSubstr("无法识别"));
  auto renamed = CheckEvidenceFile(kPdf, "照片.jpg", 1 << 20);
  EXPECT_THAT(renamed, HasErrorField("file"));
  EXPECT_THAT(renamed.error().message, ::testing::HasSubstr("application/pdf"));
  EXPECT_THAT(CheckEvidenceFile(kJpeg, "photo.exe", 1 << 20), HasErrorField("file"));
}

}  // namespace
}  // namespace fazhi::domain
