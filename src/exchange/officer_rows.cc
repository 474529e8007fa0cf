// exchange/officer_rows.cc — see officer_rows.h: the 行政执法人员登记台账's columns, by key, over
// the flat-ledger converter (flat_rows.h), with the certificate, exam and training lists.
#include "exchange/officer_rows.h"

#include <algorithm>
#include <string>
#include <utility>

#include "domain/validation/idcard.h"
#include "domain/validation/phone.h"
#include "exchange/flat_rows.h"

namespace fazhi::exchange {
namespace {

using R = domain::EnforcementOfficer;
using Row = OfficerImportRow;
using Cert = domain::OfficerCertificate;

const row_support::Choice<domain::Gender>& GenderChoice() {
  static const auto c = [] {
    auto g = flat_rows::EnumChoice<domain::Gender>(3, domain::GenderLabelZh, domain::GenderCode, domain::ParseGender);
    g.what_zh = "性别";
    g.what_en = "gender";
    g.aliases = {{"男性", domain::Gender::kMale}, {"女性", domain::Gender::kFemale}};
    return g;
  }();
  return c;
}

const row_support::Choice<domain::CertificateStatus>& StatusChoice() {
  static const auto c = [] {
    auto s = flat_rows::EnumChoice<domain::CertificateStatus>(5, domain::CertificateStatusLabelZh,
                                                              domain::CertificateStatusCode,
                                                              domain::ParseCertificateStatus);
    s.what_zh = "证件状态";
    s.what_en = "certificate status";
    s.aliases = {{"正常", domain::CertificateStatus::kValid},
                 {"已注销", domain::CertificateStatus::kCancelled},
                 {"已过期", domain::CertificateStatus::kExpired},
                 {"已挂失", domain::CertificateStatus::kLost},
                 {"暂扣中", domain::CertificateStatus::kSuspended}};
    return s;
  }();
  return c;
}

const row_support::Choice<domain::ExamPart>& ExamPartChoice() {
  static const auto c = [] {
    auto p = flat_rows::EnumChoice<domain::ExamPart>(2, domain::ExamPartLabelZh, domain::ExamPartCode, domain::ParseExamPart);
    p.what_zh = "考试科目";
    p.what_en = "exam part";
    p.aliases = {{"通用法律知识考试", domain::ExamPart::kGeneral}, {"公共法律知识", domain::ExamPart::kGeneral},
                 {"通用", domain::ExamPart::kGeneral},  {"专门法律知识考试", domain::ExamPart::kSpecial},
                 {"专业法律知识", domain::ExamPart::kSpecial}, {"专门", domain::ExamPart::kSpecial}};
    return p;
  }();
  return c;
}

core::Error EntryError(std::string_view entry, std::string zh_why, std::string en_why) {
  return core::InvalidArgument("", fmt::format("“{}”：{}", entry, zh_why), fmt::format("\"{}\": {}", entry, en_why));
}

// Splits on white space (ASCII and the full-width U+3000); the words are kept as written.
std::vector<std::string> Tokens(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(std::move(cur));
    cur.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
      flush();
    } else if (text.substr(i, 3) == "\u3000") {
      flush();
      i += 2;
    } else {
      cur.push_back(ch);
    }
  }
  flush();
  return out;
}

// "86", "86分" → 86; else nullopt.
std::optional<int> WholeNumber(std::string_view token, std::string_view suffix) {
  if (!suffix.empty() && row_support::EndsWith(token, suffix)) token.remove_suffix(suffix.size());
  if (token.empty() || token.size() > 6) return std::nullopt;
  int n = 0;
  for (char ch : token) {
    if (ch < '0' || ch > '9') return std::nullopt;
    n = n * 10 + (ch - '0');
  }
  return n;
}

// ---- certificates: one list entry per certificate, in the same order in every column ----

using OfficerColumn = flat_rows::Column<Row>;

// A certificate column: each entry of the "；"-list goes to certificate i through `apply`; the
// number of entries is kept for the row's finish step. Export joins `text` of each certificate.
OfficerColumn CertificateList(std::string_view key, bool loose,
                              std::function<core::Status(Cert&, const std::string&)> apply,
                              std::function<std::string(const Cert&)> text) {
  return {[key, loose, apply](Row& r, const std::string& v) -> core::Status {
            std::vector<std::string> entries = SplitList(v, loose);
            if (r.record.certificates.size() < entries.size()) r.record.certificates.resize(entries.size());
            for (std::size_t i = 0; i < entries.size(); ++i) {
              if (entries[i].empty()) continue;
              RETURN_IF_ERROR(apply(r.record.certificates[i], entries[i]));
            }
            r.certificate_entries.emplace_back(key, entries.size());
            return core::Ok();
          },
          [text](const R& o, std::int64_t, std::string_view, bool) {
            std::vector<std::string> parts;
            for (const Cert& c : o.certificates) parts.push_back(text(c));
            return Cell::Text(row_support::Join(parts));
          }};
}

// A certificate column holding a text field.
OfficerColumn CertificateText(std::string_view key, bool loose, std::string Cert::*field) {
  return CertificateList(
      key, loose,
      [field](Cert& c, const std::string& v) {
        c.*field = v;
        return core::Ok();
      },
      [field](const Cert& c) { return c.*field; });
}

core::Status SetDate(core::Date& target, const std::string& v) { return row_support::Assign(target, ParseCellDate(v)); }

// The first of `a` or `b` in `text` at or after `from`: {position, length}, or npos.
std::pair<std::size_t, std::size_t> FindEither(std::string_view text, std::string_view a, std::string_view b,
                                               std::size_t from = 0) {
  const std::size_t pa = text.find(a, from);
  const std::size_t pb = text.find(b, from);
  if (pa == std::string_view::npos && pb == std::string_view::npos) return {std::string_view::npos, 0};
  if (pb == std::string_view::npos || (pa != std::string_view::npos && pa < pb)) return {pa, a.size()};
  return {pb, b.size()};
}

// "注销（2025-03-01：调离执法岗位）", "暂扣(2025-03-01)", "有效". The reason is kept as written.
core::Status SetStatus(Cert& c, const std::string& entry) {
  std::string_view t = domain::TrimText(entry);
  std::string_view state = t;
  std::string_view inside;
  if (auto [open, open_len] = FindEither(t, "（", "("); open != std::string_view::npos) {
    std::size_t close_len = row_support::EndsWith(t, "）") ? 3 : (row_support::EndsWith(t, ")") ? 1 : 0);
    if (close_len == 0 || t.size() < open + open_len + close_len) {
      return core::Fail(EntryError(entry, "括号未闭合，应写作“注销（2025-03-01：原因）”",
                                   "the bracket is not closed; write \"注销（2025-03-01：reason）\""));
    }
    state = domain::TrimText(t.substr(0, open));
    inside = t.substr(open + open_len, t.size() - open - open_len - close_len);
  }
  ASSIGN_OR_RETURN(c.status, row_support::ParseChoice(StatusChoice(), state));
  if (domain::TrimText(inside).empty()) return core::Ok();
  std::string_view date_text = inside;
  std::string_view reason;
  if (auto [colon, colon_len] = FindEither(inside, "：", ":"); colon != std::string_view::npos) {
    date_text = inside.substr(0, colon);
    reason = inside.substr(colon + colon_len);
  }
  ASSIGN_OR_RETURN(core::Date on, ParseCellDate(date_text));
  c.status_changed_on = on;
  c.status_reason = std::string(domain::TrimText(reason));
  return core::Ok();
}

std::string StatusText(const Cert& c) {
  std::string out(domain::CertificateStatusLabelZh(c.status));
  if (!c.status_changed_on) return out;
  out += "（" + core::FormatDate(*c.status_changed_on);
  if (!c.status_reason.empty()) out += "：" + c.status_reason;
  return out + "）";
}

// ---- exams and trainings: one entry each ----

core::Result<domain::OfficerExam> ParseExam(const std::string& entry) {
  domain::OfficerExam exam;
  bool have_date = false, have_part = false, have_score = false;
  for (const std::string& token : Tokens(entry)) {
    if (!have_date) {
      if (auto d = ParseCellDate(token)) {
        exam.taken_on = *d;
        have_date = true;
        continue;
      }
    }
    if (!have_score) {
      if (auto n = WholeNumber(token, "分")) {
        exam.score = *n;
        have_score = true;
        continue;
      }
    }
    if (!have_part) {
      ASSIGN_OR_RETURN(exam.part, row_support::ParseChoice(ExamPartChoice(), token));
      have_part = true;
      continue;
    }
    return core::Fail(EntryError(entry, fmt::format("多余的“{}”", token), fmt::format("unexpected \"{}\"", token)));
  }
  if (!have_date || !have_part || !have_score) {
    return core::Fail(EntryError(entry, "每次考试应写作“日期 科目 分数”，如“2024-05-10 通用法律知识 86”",
                                 "write each exam as \"date part score\", e.g. \"2024-05-10 通用法律知识 86\""));
  }
  return exam;
}

std::string ExamText(const domain::OfficerExam& e) {
  return fmt::format("{} {} {}", core::FormatDate(e.taken_on), domain::ExamPartLabelZh(e.part), e.score);
}

core::Result<domain::OfficerTraining> ParseTraining(const std::string& entry) {
  std::vector<std::string> tokens = Tokens(entry);
  domain::OfficerTraining t;
  std::size_t hours_at = tokens.size();
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (auto n = WholeNumber(tokens[i], "学时")) {
      if (row_support::EndsWith(tokens[i], "学时") || i + 1 == tokens.size() || tokens[i + 1] == "学时") {
        t.hours = *n;
        hours_at = i;
        break;
      }
    }
  }
  auto date = tokens.empty() ? core::Result<core::Date>(core::Fail(core::InvalidArgument("", "", "")))
                             : ParseCellDate(tokens.front());
  if (!date || hours_at == tokens.size()) {
    return core::Fail(EntryError(entry,
                                 "每次培训应写作“日期 培训内容 学时 组织单位”，如“2025-03-01 《行政处罚法》专题培训 8学时 县司法局”",
                                 "write each training as \"date topic N学时 organiser\", e.g. \"2025-03-01 《行政处罚法》专题培训 8学时 县司法局\""));
  }
  t.held_on = *date;
  for (std::size_t i = 1; i < hours_at; ++i) t.topic += (t.topic.empty() ? "" : " ") + tokens[i];
  std::size_t organiser_from = hours_at + 1;
  if (organiser_from < tokens.size() && tokens[organiser_from] == "学时") ++organiser_from;
  for (std::size_t i = organiser_from; i < tokens.size(); ++i) t.organiser += (t.organiser.empty() ? "" : " ") + tokens[i];
  return t;
}

std::string TrainingText(const domain::OfficerTraining& t) {
  std::string out = fmt::format("{} {} {}学时", core::FormatDate(t.held_on), t.topic, t.hours);
  if (!t.organiser.empty()) out += " " + t.organiser;
  return out;
}

template <class Child>
OfficerColumn ChildList(std::vector<Child> R::*list, core::Result<Child> (*parse)(const std::string&),
                        std::string (*text)(const Child&)) {
  return {[list, parse](Row& r, const std::string& v) -> core::Status {
            for (const std::string& entry : SplitList(v, false)) {
              if (entry.empty()) continue;
              ASSIGN_OR_RETURN(Child c, parse(entry));
              (r.record.*list).push_back(std::move(c));
            }
            return core::Ok();
          },
          [list, text](const R& o, std::int64_t, std::string_view, bool) {
            std::vector<std::string> parts;
            for (const Child& c : o.*list) parts.push_back(text(c));
            return Cell::Text(row_support::Join(parts));
          }};
}

// ---- the columns ----

std::vector<OfficerColumn> BuildColumns() {
  flat_rows::Columns<Row> by_key;
  by_key["name"] = flat_rows::Text<Row>(&R::name);
  by_key["gender"] = flat_rows::Choice<Row>(&R::gender, GenderChoice(), domain::GenderLabelZh);
  by_key["idNumber"] = {[](Row& r, const std::string& v) -> core::Status {
                          RETURN_IF_ERROR(row_support::CheckIdentifier(v, "身份证号", "ID number"));
                          r.record.id_number = v;
                          return core::Ok();
                        },
                        [](const R& o, std::int64_t, std::string_view, bool unmasked) {
                          return Cell::Text(unmasked || o.id_number.empty() ? o.id_number
                                                                            : domain::MaskIdCard(o.id_number));
                        }};
  by_key["phone"] = {[](Row& r, const std::string& v) -> core::Status {
                       RETURN_IF_ERROR(row_support::CheckNotMasked(v, "联系电话", "phone number"));
                       r.record.phone = v;
                       return core::Ok();
                     },
                     [](const R& o, std::int64_t, std::string_view, bool unmasked) {
                       return Cell::Text(unmasked || o.phone.empty() ? o.phone : domain::MaskPhone(o.phone));
                     }};
  by_key["agency"] = flat_rows::Text<Row>(&R::agency);
  by_key["post"] = flat_rows::Text<Row>(&R::post);
  by_key["education"] = flat_rows::Text<Row>(&R::education);
  by_key["establishedPost"] = flat_rows::YesNo<Row>(&R::established_post);
  by_key["inPostFrom"] = flat_rows::RequiredDate<Row>(&R::in_post_from);
  by_key["leftPostOn"] = flat_rows::OptionalDate<Row>(&R::left_post_on);
  by_key["legalReviewer"] = flat_rows::YesNo<Row>(&R::legal_reviewer);
  by_key["legalQualification"] = flat_rows::YesNo<Row>(&R::legal_qualification);
  by_key["certificates.number"] = CertificateText("certificates.number", true, &Cert::number);
  by_key["certificates.field"] = CertificateText("certificates.field", false, &Cert::field);
  by_key["certificates.issuingAuthority"] =
      CertificateText("certificates.issuingAuthority", false, &Cert::issuing_authority);
  by_key["certificates.issuedOn"] = CertificateList(
      "certificates.issuedOn", true, [](Cert& c, const std::string& v) { return SetDate(c.issued_on, v); },
      [](const Cert& c) { return core::FormatDate(c.issued_on); });
  by_key["certificates.expiresOn"] = CertificateList(
      "certificates.expiresOn", true, [](Cert& c, const std::string& v) { return SetDate(c.expires_on, v); },
      [](const Cert& c) { return core::FormatDate(c.expires_on); });
  by_key["certificates.status"] = CertificateList("certificates.status", false, SetStatus, StatusText);
  by_key["exams"] = ChildList<domain::OfficerExam>(&R::exams, ParseExam, ExamText);
  by_key["trainings"] = ChildList<domain::OfficerTraining>(&R::trainings, ParseTraining, TrainingText);
  by_key["trainingHours"] = {{}, [](const R& o, std::int64_t, std::string_view, bool) {
                               int hours = 0;
                               for (const auto& t : o.trainings) hours += t.hours;
                               return hours == 0 ? Cell() : Cell::Integer(hours);
                             }};
  return flat_rows::InLayoutOrder<Row>(Ledger::kOfficer, std::move(by_key));
}

const std::vector<OfficerColumn>& Columns() {
  static const std::vector<OfficerColumn> kColumns = BuildColumns();
  return kColumns;
}

// Every certificate column must give one entry per certificate (发证机关 may give one for all).
bool FinishCertificates(Row& r, const HeaderMapping& mapping, std::vector<RowProblem>& problems) {
  const std::size_t n = r.record.certificates.size();
  const auto& specs = LedgerColumns(Ledger::kOfficer);
  bool ok = true;
  for (const auto& [key, given] : r.certificate_entries) {
    if (given == n) continue;
    if (key == "certificates.issuingAuthority" && given == 1) {
      for (Cert& c : r.record.certificates) c.issuing_authority = r.record.certificates.front().issuing_authority;
      continue;
    }
    std::size_t col = 0;
    while (col < specs.size() && specs[col].key != key) ++col;
    problems.push_back({r.row, col < specs.size() ? mapping.headers[col] : std::string(key), std::string(key),
                        fmt::format("填写了{}项，但本行有{}个执法证：证件各列须按同样顺序每证一项（用“；”分隔）", given, n),
                        fmt::format("{} entries given but the row has {} certificates: give one entry per "
                                    "certificate in every certificate column (separated by \"；\")",
                                    given, n)});
    ok = false;
  }
  r.certificate_entries.clear();
  return ok;
}

}  // namespace

core::Result<ParsedLedger<Row>> ParseOfficerSheet(const Sheet& sheet) {
  return flat_rows::ParseSheet<Row>(Ledger::kOfficer, sheet, Columns(), {}, FinishCertificates);
}

std::vector<Cell> OfficerExportRow(const R& o, std::int64_t seq, std::string_view township,
                                   const ExportRowOptions& options) {
  return flat_rows::ExportRow<Row>(Ledger::kOfficer, Columns(), o, seq, township, options);
}

}  // namespace fazhi::exchange
