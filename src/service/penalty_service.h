// service/penalty_service.h — the 行政执法案件 ledger: recording a case, moving it through its
// stages, and reading it with its deadlines and warnings (domain/enforcement/penalty_rules.h).
//
// Contract (as service/ledger_service.h):
//  * RecordPenaltyCase/UpdatePenaltyCase check the township against the scope first, then
//    validate every field (kInvalidArgument naming it), check every officer is in the
//    township's register (kInvalidArgument "officers[i].officerId"), and check the rules the
//    case's stage must meet (kFailedPrecondition "PEN-xx：…（《行政处罚法》第N条）" naming the
//    field, nothing written). An update also checks the stage move from the stored stage
//    (CheckStageMove). The case and its children are written in one transaction with one
//    audit row ("penalty_case"); the stored case comes back with PenaltyCaseWarnings on
//    ctx.clock's today.
//  * Officers' names are copied from the register when saved.
//  * The rules use the township's county settings (thresholds of PEN-12 and LEP-07) and the
//    default 重大执法决定 catalogue built from them.
//  * Reads take the caller's scope (outside it: kNotFound).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/enforcement/penalty_case.h"
#include "domain/enforcement/penalty_rules.h"
#include "domain/enforcement/publication.h"
#include "domain/org/org.h"
#include "service/ledger_service.h"
#include "service/service_context.h"
#include "store/penalty_repository.h"
#include "store/scope.h"

namespace fazhi::service {

core::Result<Recorded<domain::PenaltyCase>> RecordPenaltyCase(ServiceContext& ctx,
                                                              const store::Scope& scope,
                                                              domain::PenaltyCase c);
core::Result<Recorded<domain::PenaltyCase>> UpdatePenaltyCase(ServiceContext& ctx,
                                                              const store::Scope& scope,
                                                              domain::PenaltyCase c);
core::Result<domain::PenaltyCase> GetPenaltyCase(ServiceContext& ctx, const store::Scope& scope,
                                                 std::int64_t id);
core::Result<store::Page<domain::PenaltyCase>> ListPenaltyCases(ServiceContext& ctx,
                                                                const store::Scope& scope,
                                                                const store::PenaltyCaseFilter& filter);

// A file of the 全过程记录 to attach to a case (PEN-17, LEP-06).
struct DocumentUpload {
  domain::CaseStage stage = domain::CaseStage::kFiled;
  domain::EvidenceType evidence_type = domain::EvidenceType::kRecord;
  core::Date recorded_on{};
  std::string title;
  std::string file_name;
  std::string_view bytes;
  std::int64_t max_bytes = 20 * 1024 * 1024;  // the server's upload limit
};

// Attaches an uploaded file to case `case_id` as a new document: the file is checked by its
// content (domain::CheckEvidenceFile: kInvalidArgument "file"), the document's stage, title
// and date are checked against the case (kInvalidArgument naming "stage", "title",
// "recordedOn"), the bytes are stored by SHA-256 (store/evidence_repository.h) and the case
// is written with the new document and one audit row, all in one transaction. The case's
// own rules are not re-run: evidence may be added to any case (a case loaded in bulk and
// breaking a rule too). Returns the case and its warnings.
core::Result<Recorded<domain::PenaltyCase>> AttachPenaltyDocument(ServiceContext& ctx,
                                                                  const store::Scope& scope,
                                                                  std::int64_t case_id,
                                                                  const DocumentUpload& upload);

struct DocumentFile {
  std::string bytes;
  std::string media_type;
  std::string file_name;
};
// The file of document `document_id` of case `case_id`, verified against its SHA-256:
// kNotFound for a case outside the scope, a document of another case or a paper-only
// document; kFailedPrecondition "file" when the stored bytes fail the check.
core::Result<DocumentFile> ReadPenaltyDocumentFile(ServiceContext& ctx, const store::Scope& scope,
                                                   std::int64_t case_id, std::int64_t document_id);

// LEP-03: the decisions of a county or township (a 12-digit code; kNotFound when unknown)
// published in `year` (decided that year), newest decision first, as the public sees them
// (domain/enforcement/publication.h: no personal data). No caller scope: this is the
// public page's query. page ≥ 1, page_size 1…100 (kInvalidArgument "page"/"pageSize").
struct PublicDecisionPage {
  domain::Region unit;
  int year = 0;
  std::vector<domain::PublicDecision> items;
  std::int64_t total = 0;
};
core::Result<PublicDecisionPage> ListPublicDecisions(ServiceContext& ctx, std::string_view unit_code, int year,
                                                     int page, int page_size);

// The deadlines of a stored case (ComputePenaltyDeadlines with ctx's calendar).
core::Result<domain::PenaltyDeadlines> PenaltyCaseDeadlines(ServiceContext& ctx,
                                                            const domain::PenaltyCase& c);
// The warnings of a stored case on ctx.clock's today, with its township's settings and
// officers.
core::Result<std::vector<domain::RuleFinding>> PenaltyCaseFindings(ServiceContext& ctx,
                                                                   const domain::PenaltyCase& c);

}  // namespace fazhi::service
