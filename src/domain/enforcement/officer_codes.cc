// domain/enforcement/officer_codes.cc — the enum codes and labels declared in officer.h.
#include <array>

#include "domain/common.h"
#include "domain/enforcement/officer.h"

namespace fazhi::domain {
namespace {

constexpr std::array<CodeChoice, 5> kCertificateStatuses = {{
    {"valid", "有效"},
    {"suspended", "暂扣"},
    {"cancelled", "注销"},
    {"expired", "过期"},
    {"lost", "挂失"},
}};
constexpr std::array<CodeChoice, 2> kExamParts = {{
    {"general", "通用法律知识"},
    {"special", "专门法律知识"},
}};

}  // namespace

std::string_view CertificateStatusCode(CertificateStatus s) {
  return CodeOfRow(s, kCertificateStatuses);
}
std::string_view CertificateStatusLabelZh(CertificateStatus s) {
  return LabelOfRow(s, kCertificateStatuses);
}
core::Result<CertificateStatus> ParseCertificateStatus(std::string_view code,
                                                       std::string_view field) {
  return ParseCodeAs<CertificateStatus>(code, field, kCertificateStatuses);
}

std::string_view ExamPartCode(ExamPart p) { return CodeOfRow(p, kExamParts); }
std::string_view ExamPartLabelZh(ExamPart p) { return LabelOfRow(p, kExamParts); }
core::Result<ExamPart> ParseExamPart(std::string_view code, std::string_view field) {
  return ParseCodeAs<ExamPart>(code, field, kExamParts);
}

}  // namespace fazhi::domain
