// store/internal/tables.h — store-private: every ledger table of migrations/*/ as a
// column mapping (see rows.h), shared by the repositories and BulkWriter. Column order here
// is the order of the INSERT and SELECT lists (not necessarily the DDL order).
//
// Enum columns store the domain's *Code text and read back through its Parse* function.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "domain/calendar/deadline.h"
#include "domain/common.h"
#include "domain/enforcement/officer.h"
#include "domain/enforcement/penalty_case.h"
#include "domain/enforcement/penalty_rules.h"
#include "domain/enforcement/power_catalogue.h"
#include "domain/decision/decision.h"
#include "domain/decision/decision_catalogue.h"
#include "domain/normative/normative.h"
#include "domain/mediation/mediation.h"
#include "domain/org/org.h"
#include "domain/petition/petition.h"

// Enum mapping for rows.h visitors: the code function and a one-argument parse function.
#define FAZHI_ENUM(code_fn, parse_fn) \
  [](auto value) { return code_fn(value); }, [](std::string_view text) { return parse_fn(text); }

namespace fazhi::store::internal {

struct RegionTable {
  using Type = domain::Region;
  static constexpr std::string_view kName = "region";
  template <class V, class T>
  static void Map(V& v, T& r) {
    v.Text("code", r.code);
    v.Text("name", r.name);
    v.Enum("level", r.level, FAZHI_ENUM(domain::RegionLevelCode, domain::ParseRegionLevel));
    v.OptInt("parent_id", r.parent_id);
  }
};

struct DepartmentTable {
  using Type = domain::Department;
  static constexpr std::string_view kName = "department";
  template <class V, class T>
  static void Map(V& v, T& d) {
    v.Int("region_id", d.region_id);
    v.Text("name", d.name);
    v.Text("kind", d.kind);
  }
};

struct UserTable {
  using Type = domain::User;
  static constexpr std::string_view kName = "app_user";
  template <class V, class T>
  static void Map(V& v, T& u) {
    v.Text("username", u.username);
    v.Text("display_name", u.display_name);
    v.Enum("role", u.role, FAZHI_ENUM(domain::RoleCode, domain::ParseRole));
    v.Int("region_id", u.region_id);
    v.Text("password_hash", u.password_hash);
    v.Bool("active", u.active);
    v.Text("created_at", u.created_at);
  }
};

struct CommitteeTable {
  using Type = domain::MediationCommittee;
  static constexpr std::string_view kName = "med_committee";
  template <class V, class T>
  static void Map(V& v, T& c) {
    v.Int("township_id", c.township_id);
    v.OptInt("village_id", c.village_id);
    v.Text("name", c.name);
    v.Enum("level", c.level, FAZHI_ENUM(domain::CommitteeLevelCode, domain::ParseCommitteeLevel));
    v.Date("established_on", c.established_on);
    v.Date("term_start", c.term_start);
    v.Date("term_end", c.term_end);
    v.Bool("multi_ethnic_area", c.multi_ethnic_area);
  }
};

struct CommitteeMemberTable {
  using Type = domain::CommitteeMember;
  static constexpr std::string_view kName = "med_committee_member";
  template <class V, class T>
  static void Map(V& v, T& m) {
    v.Int("committee_id", m.committee_id);
    v.Text("name", m.name);
    v.Enum("gender", m.gender, FAZHI_ENUM(domain::GenderCode, domain::ParseGender));
    v.Text("ethnicity", m.ethnicity);
    v.Enum("role", m.role, FAZHI_ENUM(domain::CommitteeRoleCode, domain::ParseCommitteeRole));
    v.Date("term_start", m.term_start);
    v.Date("term_end", m.term_end);
  }
};

struct MediatorTable {
  using Type = domain::Mediator;
  static constexpr std::string_view kName = "mediator";
  template <class V, class T>
  static void Map(V& v, T& m) {
    v.Int("township_id", m.township_id);
    v.Int("committee_id", m.committee_id);
    v.Text("name", m.name);
    v.Enum("gender", m.gender, FAZHI_ENUM(domain::GenderCode, domain::ParseGender));
    v.Text("id_number", m.id_number);
    v.Text("phone", m.phone);
    v.Bool("is_committee_member", m.is_committee_member);
    v.Date("appointed_on", m.appointed_on);
    v.OptDate("dismissed_on", m.dismissed_on);
    v.Int("training_hours", m.training_hours);
  }
};

struct ScreeningRoundTable {
  using Type = domain::ScreeningRound;
  static constexpr std::string_view kName = "screening_round";
  template <class V, class T>
  static void Map(V& v, T& r) {
    v.Int("township_id", r.township_id);
    v.OptInt("village_id", r.village_id);
    v.Date("held_on", r.held_on);
    v.Text("organiser", r.organiser);
    v.Text("scope", r.scope);
    v.Text("notes", r.notes);
  }
};

struct ScreenedDisputeTable {
  using Type = domain::ScreenedDispute;
  static constexpr std::string_view kName = "screened_dispute";
  template <class V, class T>
  static void Map(V& v, T& d) {
    v.Int("round_id", d.round_id);
    v.Int("township_id", d.township_id);
    v.OptInt("village_id", d.village_id);
    v.Date("found_on", d.found_on);
    v.Text("category", d.category);
    v.Text("summary", d.summary);
    v.Int("parties_count", d.parties_count);
    v.Enum("status", d.status,
           FAZHI_ENUM(domain::ScreenedDisputeStatusCode, domain::ParseScreenedDisputeStatus));
    v.OptEnum("route", d.route,
              FAZHI_ENUM(domain::ResolutionRouteCode, domain::ParseResolutionRoute));
    v.OptDate("resolved_on", d.resolved_on);
    v.Text("transferred_to", d.transferred_to);
    v.OptInt("mediation_case_id", d.mediation_case_id);
  }
};

struct CaseTable {
  using Type = domain::MediationCase;
  static constexpr std::string_view kName = "mediation_case";
  template <class V, class T>
  static void Map(V& v, T& c) {
    v.Int("township_id", c.township_id);
    v.Int("committee_id", c.committee_id);
    v.OptInt("mediator_id", c.mediator_id);
    v.Text("case_no", c.case_no);
    v.Text("category", c.category);
    v.Enum("start_mode", c.start_mode,
           FAZHI_ENUM(domain::MediationStartModeCode, domain::ParseMediationStartMode));
    v.Text("referred_by", c.referred_by);
    v.Date("accepted_on", c.accepted_on);
    v.Text("summary", c.summary);
    v.Enum("outcome", c.outcome,
           FAZHI_ENUM(domain::MediationOutcomeCode, domain::ParseMediationOutcome));
    v.OptDate("concluded_on", c.concluded_on);
    v.Text("termination_reason", c.termination_reason);
    v.Bool("parties_agreed_to_continue", c.parties_agreed_to_continue);
    v.Int("amount_fen", c.amount_fen);
    v.Bool("prevented_criminal", c.prevented_criminal);
    v.Bool("prevented_group_petition", c.prevented_group_petition);
  }
};

struct PartyTable {
  using Type = domain::MediationParty;
  static constexpr std::string_view kName = "mediation_party";
  template <class V, class T>
  static void Map(V& v, T& p) {
    v.Int("case_id", p.case_id);
    v.Enum("kind", p.kind, FAZHI_ENUM(domain::PartyKindCode, domain::ParsePartyKind));
    v.Text("name", p.name);
    v.Text("id_number", p.id_number);
    v.Text("uscc", p.uscc);
    v.Text("phone", p.phone);
    v.Text("address", p.address);
  }
};

struct AgreementTable {
  using Type = domain::MediationAgreement;
  static constexpr std::string_view kName = "mediation_agreement";
  template <class V, class T>
  static void Map(V& v, T& a) {
    v.Int("case_id", a.case_id);
    v.Enum("form", a.form, FAZHI_ENUM(domain::AgreementFormCode, domain::ParseAgreementForm));
    v.Date("effective_on", a.effective_on);
    v.Text("terms", a.terms);
    v.Int("amount_fen", a.amount_fen);
    v.Enum("performance", a.performance,
           FAZHI_ENUM(domain::PerformanceStatusCode, domain::ParsePerformanceStatus));
    v.OptDate("performance_due", a.performance_due);
    v.OptDate("performed_on", a.performed_on);
    v.OptDate("last_followup_on", a.last_followup_on);
    v.OptDate("confirmation_applied_on", a.confirmation_applied_on);
    v.Text("confirmation_court", a.confirmation_court);
    v.Enum("confirmation_result", a.confirmation_result,
           FAZHI_ENUM(domain::ConfirmationResultCode, domain::ParseConfirmationResult));
    v.OptDate("confirmation_decided_on", a.confirmation_decided_on);
  }
};

// The optional 延期 of a petition, flattened into the ext_* columns (ext_days NULL = none).
struct ExtensionColumns {
  std::optional<std::int64_t> days;
  std::string approver;
  std::optional<core::Date> approved_on;
  std::string reason;
  bool notified = false;

  static ExtensionColumns From(const std::optional<domain::PetitionExtension>& e) {
    if (!e) return {};
    return {e->days, e->approver, e->approved_on, e->reason, e->petitioner_notified};
  }
  void To(std::optional<domain::PetitionExtension>& e) const {
    if (!days) {
      e.reset();
      return;
    }
    e = domain::PetitionExtension{static_cast<int>(*days), approver,
                                  approved_on.value_or(core::Date{}), reason, notified};
  }
};

struct PetitionTable {
  using Type = domain::Petition;
  static constexpr std::string_view kName = "petition";
  template <class V, class T>
  static void Map(V& v, T& p) {
    v.Int("township_id", p.township_id);
    v.Text("reg_no", p.reg_no);
    v.Enum("channel", p.channel,
           FAZHI_ENUM(domain::PetitionChannelCode, domain::ParsePetitionChannel));
    v.Enum("source", p.source, FAZHI_ENUM(domain::PetitionSourceCode, domain::ParsePetitionSource));
    v.Text("assigned_by", p.assigned_by);
    v.Date("received_on", p.received_on);
    v.Text("petitioner_name", p.petitioner_name);
    v.Text("id_number", p.id_number);
    v.Text("phone", p.phone);
    v.Text("address", p.address);
    v.Int("group_size", p.group_size);
    v.Int("representatives", p.representatives);
    v.Enum("category", p.category,
           FAZHI_ENUM(domain::PetitionCategoryCode, domain::ParsePetitionCategory));
    v.Text("request", p.request);
    v.Text("facts", p.facts);
    v.Text("reasons", p.reasons);
    v.Bool("urgent", p.urgent);
    v.OptDate("acknowledged_on", p.acknowledged_on);
    v.OptDate("accepted_on", p.accepted_on);
    v.OptDate("objected_on", p.objected_on);
    v.Enum("diversion", p.diversion,
           FAZHI_ENUM(domain::DiversionChannelCode, domain::ParseDiversionChannel));
    v.OptDate("diverted_on", p.diverted_on);
    ExtensionColumns ext = ExtensionColumns::From(p.extension);
    v.OptInt("ext_days", ext.days);
    v.Text("ext_approver", ext.approver);
    v.OptDate("ext_approved_on", ext.approved_on);
    v.Text("ext_reason", ext.reason);
    v.Bool("ext_petitioner_notified", ext.notified);
    if constexpr (!std::is_const_v<T>) ext.To(p.extension);
    v.OptDate("closed_on", p.closed_on);
    v.Enum("outcome", p.outcome,
           FAZHI_ENUM(domain::PetitionOutcomeCode, domain::ParsePetitionOutcome));
    v.OptDate("reply_served_on", p.reply_served_on);
    v.Enum("satisfaction", p.satisfaction,
           FAZHI_ENUM(domain::SatisfactionCode, domain::ParseSatisfaction));
    v.OptDate("rated_on", p.rated_on);
    v.Text("lead_leader", p.lead_leader);
    v.OptDate("lead_assigned_on", p.lead_assigned_on);
    v.Bool("concluded_final", p.concluded_final);
    v.OptInt("duplicate_of", p.duplicate_of);
  }
};

// petition_review and petition_excluded_interval rows: the domain values have no id or owner.
enum class ReviewKind { kReview, kReReview };
inline std::string_view ReviewKindCode(ReviewKind k) {
  return k == ReviewKind::kReview ? "review" : "re_review";
}
inline core::Result<ReviewKind> ParseReviewKind(std::string_view code) {
  if (code == "review") return ReviewKind::kReview;
  if (code == "re_review") return ReviewKind::kReReview;
  return core::Fail(core::InvalidArgument("kind", "复查类别无效", "Bad review kind"));
}

struct ReviewRow {
  std::int64_t id = 0;
  std::int64_t petition_id = 0;
  ReviewKind kind = ReviewKind::kReview;
  domain::PetitionReview review;
};

struct ReviewTable {
  using Type = ReviewRow;
  static constexpr std::string_view kName = "petition_review";
  template <class V, class T>
  static void Map(V& v, T& r) {
    v.Int("petition_id", r.petition_id);
    v.Enum("kind", r.kind, FAZHI_ENUM(ReviewKindCode, ParseReviewKind));
    v.Date("requested_on", r.review.requested_on);
    v.Text("organ", r.review.organ);
    v.OptDate("replied_on", r.review.replied_on);
    v.Text("result", r.review.result);
  }
};

// Which period an excluded interval belongs to.
enum class IntervalKind { kHandling, kReview, kReReview };
inline std::string_view IntervalKindCode(IntervalKind k) {
  switch (k) {
    case IntervalKind::kHandling:
      return "handling";
    case IntervalKind::kReview:
      return "review";
    case IntervalKind::kReReview:
      return "re_review";
  }
  return "handling";
}
inline core::Result<IntervalKind> ParseIntervalKind(std::string_view code) {
  if (code == "handling") return IntervalKind::kHandling;
  if (code == "review") return IntervalKind::kReview;
  if (code == "re_review") return IntervalKind::kReReview;
  return core::Fail(core::InvalidArgument("kind", "不计时段类别无效", "Bad interval kind"));
}

struct IntervalRow {
  std::int64_t id = 0;
  std::int64_t petition_id = 0;
  IntervalKind kind = IntervalKind::kHandling;
  domain::ExcludedInterval interval;
};

struct IntervalTable {
  using Type = IntervalRow;
  static constexpr std::string_view kName = "petition_excluded_interval";
  template <class V, class T>
  static void Map(V& v, T& r) {
    v.Int("petition_id", r.petition_id);
    v.Enum("kind", r.kind, FAZHI_ENUM(IntervalKindCode, ParseIntervalKind));
    v.Date("from_on", r.interval.from);
    v.Date("to_on", r.interval.to);
    v.Text("reason", r.interval.reason);
  }
};

struct ReceptionTable {
  using Type = domain::LeaderReception;
  static constexpr std::string_view kName = "leader_reception";
  template <class V, class T>
  static void Map(V& v, T& r) {
    v.Int("township_id", r.township_id);
    v.Text("leader_name", r.leader_name);
    v.Text("leader_title", r.leader_title);
    v.Date("received_on", r.received_on);
    v.Text("location", r.location);
    v.Int("visitors", r.visitors);
    v.Int("matters", r.matters);
    v.Text("notes", r.notes);
  }
};

// ---- 行政执法人员 (migrations/*/0004_officers.sql) ----

struct OfficerTable {
  using Type = domain::EnforcementOfficer;
  static constexpr std::string_view kName = "enforcement_officer";
  template <class V, class T>
  static void Map(V& v, T& o) {
    v.Int("township_id", o.township_id);
    v.Text("name", o.name);
    v.Enum("gender", o.gender, FAZHI_ENUM(domain::GenderCode, domain::ParseGender));
    v.Text("id_number", o.id_number);
    v.Text("phone", o.phone);
    v.Text("agency", o.agency);
    v.Text("post", o.post);
    v.Text("education", o.education);
    v.Bool("established_post", o.established_post);
    v.Date("in_post_from", o.in_post_from);
    v.OptDate("left_post_on", o.left_post_on);
    v.Bool("legal_reviewer", o.legal_reviewer);
    v.Bool("legal_qualification", o.legal_qualification);
  }
};

struct CertificateTable {
  using Type = domain::OfficerCertificate;
  static constexpr std::string_view kName = "officer_certificate";
  template <class V, class T>
  static void Map(V& v, T& c) {
    v.Int("officer_id", c.officer_id);
    v.Int("township_id", c.township_id);
    v.Text("number", c.number);
    v.Text("field", c.field);
    v.Text("issuing_authority", c.issuing_authority);
    v.Date("issued_on", c.issued_on);
    v.Date("expires_on", c.expires_on);
    v.Enum("status", c.status,
           FAZHI_ENUM(domain::CertificateStatusCode, domain::ParseCertificateStatus));
    v.OptDate("status_changed_on", c.status_changed_on);
    v.Text("status_reason", c.status_reason);
  }
};

struct ExamTable {
  using Type = domain::OfficerExam;
  static constexpr std::string_view kName = "officer_exam";
  template <class V, class T>
  static void Map(V& v, T& e) {
    v.Int("officer_id", e.officer_id);
    v.Date("taken_on", e.taken_on);
    v.Enum("part", e.part, FAZHI_ENUM(domain::ExamPartCode, domain::ParseExamPart));
    v.Int("score", e.score);
  }
};

struct TrainingTable {
  using Type = domain::OfficerTraining;
  static constexpr std::string_view kName = "officer_training";
  template <class V, class T>
  static void Map(V& v, T& t) {
    v.Int("officer_id", t.officer_id);
    v.Date("held_on", t.held_on);
    v.Text("topic", t.topic);
    v.Int("hours", t.hours);
    v.Text("organiser", t.organiser);
  }
};

// ---- 行政执法案件 (migrations/*/0006_penalty_cases.sql) ----

// A list of sanctions as comma-separated PenaltyKindCode text ("fine,warning"); unknown codes
// read back are dropped (the service validates every write).
inline std::string PenaltyKindsText(const std::vector<domain::PenaltyKind>& kinds) {
  std::string out;
  for (auto k : kinds) {
    if (!out.empty()) out += ',';
    out += domain::PenaltyKindCode(k);
  }
  return out;
}
inline std::vector<domain::PenaltyKind> ParsePenaltyKindsText(std::string_view text) {
  std::vector<domain::PenaltyKind> out;
  while (!text.empty()) {
    const std::size_t comma = text.find(',');
    std::string_view code = text.substr(0, comma);
    if (auto k = domain::ParsePenaltyKind(code)) out.push_back(*k);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return out;
}

// The 7 items of the LEP-08 checklist as "1011111".
inline std::string ChecklistText(const std::array<bool, domain::kReviewChecklistSize>& items) {
  std::string out;
  for (bool b : items) out += b ? '1' : '0';
  return out;
}
inline std::array<bool, domain::kReviewChecklistSize> ParseChecklistText(std::string_view text) {
  std::array<bool, domain::kReviewChecklistSize> out{};
  for (std::size_t i = 0; i < out.size() && i < text.size(); ++i) out[i] = text[i] == '1';
  return out;
}

// Proposed or decided terms as <prefix>_kinds, _fine_fen, _confiscation_fen, _description.
template <class V, class T>
void MapTerms(V& v, T& terms, std::string_view kinds_col, std::string_view fine_col,
              std::string_view confiscation_col, std::string_view description_col) {
  std::string kinds = PenaltyKindsText(terms.kinds);
  v.Text(kinds_col, kinds);
  v.Int(fine_col, terms.fine_fen);
  v.Int(confiscation_col, terms.confiscation_fen);
  v.Text(description_col, terms.description);
  if constexpr (!std::is_const_v<T>) terms.kinds = ParsePenaltyKindsText(kinds);
}

// The optional 听证 as hearing_* columns (hearing_requested_on NULL = none).
struct HearingColumns {
  std::optional<core::Date> requested_on;
  std::optional<core::Date> notified_on;
  std::optional<core::Date> held_on;
  std::string host;
  bool host_investigated = false;
  bool party_absent = false;

  static HearingColumns From(const std::optional<domain::CaseHearing>& h) {
    if (!h) return {};
    return {h->requested_on, h->notified_on, h->held_on, h->host, h->host_investigated,
            h->party_absent};
  }
  void To(std::optional<domain::CaseHearing>& h) const {
    if (!requested_on) {
      h.reset();
      return;
    }
    h = domain::CaseHearing{*requested_on, notified_on, held_on, host, host_investigated, party_absent};
  }
};

// The optional 法制审核 as review_* columns (review_submitted_on NULL = none).
struct ReviewColumns {
  std::optional<core::Date> submitted_on;
  std::optional<core::Date> reviewed_on;
  std::string reviewer;
  bool first_time = false;
  bool qualified = false;
  domain::ReviewOutcome outcome = domain::ReviewOutcome::kAgree;
  std::string opinion;
  std::string checklist = "0000000";

  static ReviewColumns From(const std::optional<domain::LegalReview>& r) {
    if (!r) return {};
    return {r->submitted_on, r->reviewed_on, r->reviewer, r->reviewer_first_time,
            r->reviewer_qualified, r->outcome, r->opinion, ChecklistText(r->checklist)};
  }
  void To(std::optional<domain::LegalReview>& r) const {
    if (!submitted_on) {
      r.reset();
      return;
    }
    r = domain::LegalReview{*submitted_on, reviewed_on, reviewer, first_time, qualified,
                            outcome, opinion, ParseChecklistText(checklist)};
  }
};

// The optional 集体讨论 as collective_* columns (collective_held_on NULL = none).
struct CollectiveColumns {
  std::optional<core::Date> held_on;
  std::string participants;
  std::string conclusion;

  static CollectiveColumns From(const std::optional<domain::CollectiveDiscussion>& c) {
    if (!c) return {};
    return {c->held_on, c->participants, c->conclusion};
  }
  void To(std::optional<domain::CollectiveDiscussion>& c) const {
    if (!held_on) {
      c.reset();
      return;
    }
    c = domain::CollectiveDiscussion{*held_on, participants, conclusion};
  }
};

struct PenaltyCaseTable {
  using Type = domain::PenaltyCase;
  static constexpr std::string_view kName = "penalty_case";
  template <class V, class T>
  static void Map(V& v, T& c) {
    v.Int("township_id", c.township_id);
    v.Text("number", c.number);
    v.Text("cause", c.cause);
    v.Text("matter_type", c.matter_type);
    v.Text("power_basis", c.power_basis);
    v.Enum("category", c.category,
           FAZHI_ENUM(domain::ActionCategoryCode, domain::ParseActionCategory));
    v.Enum("procedure_kind", c.procedure,
           FAZHI_ENUM(domain::PenaltyProcedureCode, domain::ParsePenaltyProcedure));
    v.Enum("stage", c.stage, FAZHI_ENUM(domain::CaseStageCode, domain::ParseCaseStage));
    v.Date("lead_received_on", c.lead_received_on);
    v.OptDate("filed_on", c.filed_on);
    v.OptDate("act_on", c.act_on);
    v.Bool("grave_harm", c.grave_harm);
    v.Bool("major_public_interest", c.major_public_interest);
    v.Bool("complex_case", c.complex_case);
    v.Bool("serious_violation", c.serious_violation);
    v.Bool("review_required_by_law", c.review_required_by_law);
    v.OptDate("investigated_on", c.investigated_on);
    v.OptDate("notice_served_on", c.notice_served_on);
    MapTerms(v, c.proposed, "proposed_kinds", "proposed_fine_fen", "proposed_confiscation_fen",
             "proposed_description");
    v.Bool("hearing_right_notified", c.hearing_right_notified);
    v.OptDate("rights_waived_on", c.rights_waived_on);
    v.Text("statement_summary", c.statement_summary);
    HearingColumns h = HearingColumns::From(c.hearing);
    v.OptDate("hearing_requested_on", h.requested_on);
    v.OptDate("hearing_notified_on", h.notified_on);
    v.OptDate("hearing_held_on", h.held_on);
    v.Text("hearing_host", h.host);
    v.Bool("hearing_host_investigated", h.host_investigated);
    v.Bool("hearing_party_absent", h.party_absent);
    if constexpr (!std::is_const_v<T>) h.To(c.hearing);
    ReviewColumns r = ReviewColumns::From(c.legal_review);
    v.OptDate("review_submitted_on", r.submitted_on);
    v.OptDate("review_reviewed_on", r.reviewed_on);
    v.Text("review_reviewer", r.reviewer);
    v.Bool("review_first_time", r.first_time);
    v.Bool("review_qualified", r.qualified);
    v.Enum("review_outcome", r.outcome,
           FAZHI_ENUM(domain::ReviewOutcomeCode, domain::ParseReviewOutcome));
    v.Text("review_opinion", r.opinion);
    v.Text("review_checklist", r.checklist);
    if constexpr (!std::is_const_v<T>) r.To(c.legal_review);
    CollectiveColumns d = CollectiveColumns::From(c.collective);
    v.OptDate("collective_held_on", d.held_on);
    v.Text("collective_participants", d.participants);
    v.Text("collective_conclusion", d.conclusion);
    if constexpr (!std::is_const_v<T>) d.To(c.collective);
    v.OptDate("decided_on", c.decided_on);
    v.Enum("outcome", c.outcome,
           FAZHI_ENUM(domain::DecisionOutcomeCode, domain::ParseDecisionOutcome));
    MapTerms(v, c.decided, "decided_kinds", "decided_fine_fen", "decided_confiscation_fen",
             "decided_description");
    v.Text("decision_number", c.decision_number);
    v.OptDate("served_on", c.served_on);
    v.Enum("service_method", c.service_method,
           FAZHI_ENUM(domain::ServiceMethodCode, domain::ParseServiceMethod));
    v.Bool("electronic_consent", c.electronic_consent);
    v.OptDate("executed_on", c.executed_on);
    v.Int("paid_fen", c.paid_fen);
    v.OptDate("closed_on", c.closed_on);
    v.Bool("publication_required", c.publication_required);
    v.OptDate("published_on", c.published_on);
    v.Text("publication_url", c.publication_url);
  }
};

struct PenaltyPartyTable {
  using Type = domain::CaseParty;
  static constexpr std::string_view kName = "penalty_case_party";
  template <class V, class T>
  static void Map(V& v, T& p) {
    v.Int("case_id", p.case_id);
    v.Enum("kind", p.kind, FAZHI_ENUM(domain::PartyKindCode, domain::ParsePartyKind));
    v.Text("name", p.name);
    v.Text("id_number", p.id_number);
    v.Text("uscc", p.uscc);
    v.Text("phone", p.phone);
    v.Text("address", p.address);
  }
};

// penalty_case_officer, _extension and _excluded rows: the domain values have no id or owner.
struct CaseOfficerRow {
  std::int64_t id = 0;
  std::int64_t case_id = 0;
  domain::CaseOfficer officer;
};

struct PenaltyOfficerTable {
  using Type = CaseOfficerRow;
  static constexpr std::string_view kName = "penalty_case_officer";
  template <class V, class T>
  static void Map(V& v, T& r) {
    v.Int("case_id", r.case_id);
    v.Int("officer_id", r.officer.officer_id);
    v.Text("name", r.officer.name);
    v.Text("certificate_number", r.officer.certificate_number);
  }
};

inline core::Result<domain::PeriodUnit> ParsePeriodUnitCode(std::string_view code) {
  return domain::ParsePeriodUnit(code);
}

struct CaseExtensionRow {
  std::int64_t id = 0;
  std::int64_t case_id = 0;
  domain::Extension extension;
};

struct PenaltyExtensionTable {
  using Type = CaseExtensionRow;
  static constexpr std::string_view kName = "penalty_case_extension";
  template <class V, class T>
  static void Map(V& v, T& r) {
    v.Int("case_id", r.case_id);
    v.Int("amount", r.extension.amount);
    v.Enum("unit", r.extension.unit, FAZHI_ENUM(domain::PeriodUnitName, ParsePeriodUnitCode));
    v.Text("approver", r.extension.approver);
    v.OptDate("approved_on", r.extension.approved_on);
    v.Text("reason", r.extension.reason);
    v.Bool("party_notified", r.extension.party_notified);
  }
};

struct CaseExcludedRow {
  std::int64_t id = 0;
  std::int64_t case_id = 0;
  domain::ExcludedInterval interval;
};

struct PenaltyExcludedTable {
  using Type = CaseExcludedRow;
  static constexpr std::string_view kName = "penalty_case_excluded";
  template <class V, class T>
  static void Map(V& v, T& r) {
    v.Int("case_id", r.case_id);
    v.Date("from_on", r.interval.from);
    v.Date("to_on", r.interval.to);
    v.Text("reason", r.interval.reason);
  }
};

struct PenaltyDocumentTable {
  using Type = domain::CaseDocument;
  static constexpr std::string_view kName = "penalty_case_document";
  template <class V, class T>
  static void Map(V& v, T& d) {
    v.Int("case_id", d.case_id);
    v.Enum("stage", d.stage, FAZHI_ENUM(domain::CaseStageCode, domain::ParseCaseStage));
    v.Enum("evidence_type", d.evidence_type,
           FAZHI_ENUM(domain::EvidenceTypeCode, domain::ParseEvidenceType));
    v.Date("recorded_on", d.recorded_on);
    v.Text("title", d.title);
    v.Text("file_name", d.file_name);
    v.Text("media_type", d.media_type);
    v.Int("size_bytes", d.size_bytes);
    v.Text("sha256", d.sha256);
  }
};


// ---- 行政规范性文件 (migrations/*/0008_normative_documents.sql) ----

struct NormativeTable {
  using Type = domain::NormativeDocument;
  static constexpr std::string_view kName = "normative_document";
  template <class V, class T>
  static void Map(V& v, T& d) {
    v.Int("township_id", d.township_id);
    v.Text("title", d.title);
    v.Text("number", d.number);
    v.Text("drafting_unit", d.drafting_unit);
    v.Enum("trial", d.trial, FAZHI_ENUM(domain::NormTrialCode, domain::ParseNormTrial));
    v.Bool("affects_rights", d.affects_rights);
    v.Bool("binds_generally", d.binds_generally);
    v.Bool("applies_repeatedly", d.applies_repeatedly);
    v.Enum("exclusion", d.exclusion, FAZHI_ENUM(domain::NormExclusionCode, domain::ParseNormExclusion));
    v.Date("drafted_on", d.drafted_on);
    v.OptDate("opinions_from", d.opinions_from);
    v.OptDate("opinions_to", d.opinions_to);
    v.OptDate("review_submitted_on", d.review_submitted_on);
    v.OptDate("reviewed_on", d.reviewed_on);
    v.Enum("reviewer_role", d.reviewer_role, FAZHI_ENUM(domain::NormReviewerCode, domain::ParseNormReviewer));
    v.Text("reviewer", d.reviewer);
    v.Enum("review_outcome", d.review_outcome, FAZHI_ENUM(domain::NormReviewOutcomeCode, domain::ParseNormReviewOutcome));
    v.Text("review_opinion", d.review_opinion);
    v.Bool("creates_licence", d.creates_licence);
    v.Bool("creates_penalty", d.creates_penalty);
    v.Bool("creates_coercion", d.creates_coercion);
    v.Bool("creates_fee", d.creates_fee);
    v.Bool("reduces_rights", d.reduces_rights);
    v.OptDate("deliberated_on", d.deliberated_on);
    v.Text("deliberation_meeting", d.deliberation_meeting);
    v.OptDate("signed_on", d.signed_on);
    v.Text("signer", d.signer);
    v.OptDate("published_on", d.published_on);
    v.Text("publication_channel", d.publication_channel);
    v.OptDate("effective_on", d.effective_on);
    v.Bool("urgent", d.urgent);
    v.Text("urgent_reason", d.urgent_reason);
    v.OptDate("valid_until", d.valid_until);
    v.OptDate("filed_on", d.filed_on);
    v.Text("filing_number", d.filing_number);
    v.Bool("filed_text", d.filed_text);
    v.Bool("filed_explanation", d.filed_explanation);
    v.Bool("filed_basis", d.filed_basis);
    v.Bool("filed_review_opinion", d.filed_review_opinion);
    v.OptDate("returned_on", d.returned_on);
    v.Text("return_reason", d.return_reason);
    v.OptDate("corrected_on", d.corrected_on);
    v.Enum("standing", d.standing, FAZHI_ENUM(domain::NormStandingCode, domain::ParseNormStanding));
    v.OptDate("cleaned_on", d.cleaned_on);
    v.Text("cleanup_note", d.cleanup_note);
  }
};

// ---- 重大行政决策 (migrations/*/0009_major_decisions.sql) ----

struct DecisionTable {
  using Type = domain::MajorDecision;
  static constexpr std::string_view kName = "major_decision";
  template <class V, class T>
  static void Map(V& v, T& d) {
    v.Int("township_id", d.township_id);
    v.Text("title", d.title);
    v.Enum("scope", d.scope, FAZHI_ENUM(domain::DecisionScopeCode, domain::ParseDecisionScope));
    v.Text("drafting_unit", d.drafting_unit);
    v.Date("proposed_on", d.proposed_on);
    v.Bool("in_catalogue", d.in_catalogue);
    v.Int("catalogue_year", d.catalogue_year);
    v.Text("catalogue_item", d.catalogue_item);
    v.Bool("technical", d.technical);
    v.Bool("stability_risk", d.stability_risk);
    v.Bool("affects_market", d.affects_market);
    v.Text("participation_methods", d.participation_methods);
    v.OptDate("comment_from", d.comment_from);
    v.OptDate("comment_to", d.comment_to);
    v.Text("short_period_reason", d.short_period_reason);
    v.Text("participation_exception", d.participation_exception);
    v.Int("comments_received", d.comments_received);
    v.Text("comments_adoption", d.comments_adoption);
    v.OptDate("hearing_materials_sent_on", d.hearing_materials_sent_on);
    v.OptDate("hearing_held_on", d.hearing_held_on);
    v.OptDate("expert_reviewed_on", d.expert_reviewed_on);
    v.Text("expert_summary", d.expert_summary);
    v.OptDate("risk_assessed_on", d.risk_assessed_on);
    v.Enum("risk_level", d.risk_level, FAZHI_ENUM(domain::RiskLevelCode, domain::ParseRiskLevel));
    v.Bool("risk_controllable", d.risk_controllable);
    v.Text("risk_report", d.risk_report);
    v.OptDate("legality_submitted_on", d.legality_submitted_on);
    v.OptDate("legality_reviewed_on", d.legality_reviewed_on);
    v.Text("legality_reviewer", d.legality_reviewer);
    v.Bool("legality_passed", d.legality_passed);
    v.Text("legality_opinion", d.legality_opinion);
    v.Bool("exploratory_reform", d.exploratory_reform);
    v.Text("legal_risk_statement", d.legal_risk_statement);
    v.OptDate("fair_competition_reviewed_on", d.fair_competition_reviewed_on);
    v.OptDate("decided_on", d.decided_on);
    v.Text("meeting", d.meeting);
    v.Enum("meeting_result", d.meeting_result, FAZHI_ENUM(domain::MeetingResultCode, domain::ParseMeetingResult));
    v.Text("against_majority_reason", d.against_majority_reason);
    v.Text("dissent", d.dissent);
    v.OptDate("party_reported_on", d.party_reported_on);
    v.OptDate("published_on", d.published_on);
    v.Text("publication_channel", d.publication_channel);
    v.Text("executing_unit", d.executing_unit);
    v.OptDate("post_evaluated_on", d.post_evaluated_on);
    v.Text("post_evaluation", d.post_evaluation);
  }
};

// ---- 重大行政决策目录 (migrations/*/0010_decision_catalogue.sql) ----

struct DecisionCatalogueTable {
  using Type = domain::DecisionCatalogueItem;
  static constexpr std::string_view kName = "decision_catalogue_item";
  template <class V, class T>
  static void Map(V& v, T& d) {
    v.Int("township_id", d.township_id);
    v.Int("year", d.year);
    v.Text("title", d.title);
    v.Enum("scope", d.scope, FAZHI_ENUM(domain::DecisionScopeCode, domain::ParseDecisionScope));
    v.Text("drafting_unit", d.drafting_unit);
    v.Text("planned_period", d.planned_period);
    v.Date("listed_on", d.listed_on);
    v.OptDate("party_consent_on", d.party_consent_on);
    v.OptDate("published_on", d.published_on);
    v.Text("publication_channel", d.publication_channel);
    v.OptDate("withdrawn_on", d.withdrawn_on);
    v.Text("withdrawal_reason", d.withdrawal_reason);
    v.Text("note", d.note);
  }
};

struct ReviewCatalogueTable {
  using Type = domain::ReviewCatalogueEntry;
  static constexpr std::string_view kName = "review_catalogue_entry";
  template <class V, class T>
  static void Map(V& v, T& e) {
    v.Int("township_id", e.township_id);
    v.Text("matter_type", e.matter_type);
    v.Enum("kind", e.kind, FAZHI_ENUM(domain::PenaltyKindCode, domain::ParsePenaltyKind));
    v.Int("min_person_fen", e.min_person_fen);
    v.Int("min_org_fen", e.min_org_fen);
    v.Text("description", e.description);
    v.Text("basis", e.basis);
    v.Bool("active", e.active);
  }
};

struct PowerItemTable {
  using Type = domain::PowerItem;
  static constexpr std::string_view kName = "power_item";
  template <class V, class T>
  static void Map(V& v, T& p) {
    v.Int("township_id", p.township_id);
    v.Text("code", p.code);
    v.Int("version", p.version);
    v.Text("name", p.name);
    v.Enum("category", p.category, FAZHI_ENUM(domain::ActionCategoryCode, domain::ParseActionCategory));
    v.Text("subject", p.subject);
    v.Text("basis", p.basis);
    v.Text("procedure_text", p.procedure);
    v.Text("remedy", p.remedy);
    v.Text("note", p.note);
    v.Date("effective_from", p.effective_from);
    v.OptDate("effective_to", p.effective_to);
  }
};

}  // namespace fazhi::store::internal
