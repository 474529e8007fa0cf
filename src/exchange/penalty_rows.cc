// exchange/penalty_rows.cc — see penalty_rows.h. As ledger_rows.cc: each column of the
// penalty layout has, by key, a setter (cell text → draft) and a getter (case → cell).
#include "exchange/penalty_rows.h"

#include <fmt/format.h>

#include <functional>
#include <map>
#include <optional>
#include <utility>

#include "domain/validation/idcard.h"
#include "domain/validation/phone.h"
#include "exchange/cell_values.h"
#include "exchange/row_support.h"

namespace fazhi::exchange {
namespace {

using core::Date;
using domain::PenaltyCase;
using namespace row_support;  // NOLINT(google-build-using-namespace): the shared row helpers

// ---- choices ----

template <class E, std::size_t N>
Choice<E> MakeChoice(std::string_view what_zh, std::string_view what_en, std::string_view (*label)(E),
                     std::string_view (*code)(E), core::Result<E> (*parse)(std::string_view, std::string_view),
                     std::vector<std::pair<std::string_view, E>> aliases) {
  Choice<E> c;
  c.what_zh = what_zh;
  c.what_en = what_en;
  for (std::size_t i = 0; i < N; ++i) c.values.push_back(static_cast<E>(i));
  c.label = label;
  c.code = code;
  c.parse = [parse](std::string_view t) { return parse(t, ""); };
  c.aliases = std::move(aliases);
  return c;
}

const Choice<domain::ActionCategory>& CategoryChoice() {
  using A = domain::ActionCategory;
  static const auto c = MakeChoice<A, 6>("执法类别", "category", domain::ActionCategoryLabelZh,
                                         domain::ActionCategoryCode, domain::ParseActionCategory,
                                         {{"处罚", A::kPenalty}, {"许可", A::kLicence}, {"强制", A::kCoercion},
                                          {"征收", A::kLevy}, {"征用", A::kRequisition}, {"检查", A::kInspection}});
  return c;
}

const Choice<domain::PenaltyProcedure>& ProcedureChoice() {
  using P = domain::PenaltyProcedure;
  static const auto c = MakeChoice<P, 2>("适用程序", "procedure", domain::PenaltyProcedureLabelZh,
                                         domain::PenaltyProcedureCode, domain::ParsePenaltyProcedure,
                                         {{"普通", P::kGeneral}, {"一般程序", P::kGeneral},
                                          {"简易", P::kSummary}, {"当场处罚", P::kSummary},
                                          {"当场", P::kSummary}});
  return c;
}

const Choice<domain::CaseStage>& StageChoice() {
  using S = domain::CaseStage;
  static const auto c = MakeChoice<S, domain::kCaseStageCount>(
      "办案阶段", "stage", domain::CaseStageLabelZh, domain::CaseStageCode, domain::ParseCaseStage,
      {{"立案", S::kFiled}, {"线索", S::kFiled}, {"调查", S::kInvestigation}, {"陈述申辩", S::kStatement},
       {"听证", S::kStatement}, {"审核", S::kLegalReview}, {"已决定", S::kDecision}, {"已送达", S::kService},
       {"已执行", S::kExecution}, {"结案", S::kClosed}, {"已结案", S::kClosed}, {"归档", S::kClosed}});
  return c;
}

const Choice<domain::DecisionOutcome>& OutcomeChoice() {
  using O = domain::DecisionOutcome;
  static const auto c = MakeChoice<O, 4>("决定结果", "outcome", domain::DecisionOutcomeLabelZh,
                                         domain::DecisionOutcomeCode, domain::ParseDecisionOutcome,
                                         {{"处罚", O::kPenalty}, {"给予处罚", O::kPenalty},
                                          {"不予处罚", O::kNoPenaltyMinor}, {"违法行为轻微", O::kNoPenaltyMinor},
                                          {"违法事实不能成立", O::kNoPenaltyUnfounded}, {"移送", O::kTransfer}});
  return c;
}

const Choice<domain::ReviewOutcome>& ReviewOutcomeChoice() {
  using R = domain::ReviewOutcome;
  static const auto c = MakeChoice<R, 3>("法制审核结论", "review outcome", domain::ReviewOutcomeLabelZh,
                                         domain::ReviewOutcomeCode, domain::ParseReviewOutcome,
                                         {{"通过", R::kAgree}, {"审核通过", R::kAgree}, {"修改", R::kRevise},
                                          {"退回", R::kRevise}, {"不通过", R::kDisagree}});
  return c;
}

const Choice<domain::ServiceMethod>& ServiceChoice() {
  using M = domain::ServiceMethod;
  static const auto c = MakeChoice<M, 7>("送达方式", "service method", domain::ServiceMethodLabelZh,
                                         domain::ServiceMethodCode, domain::ParseServiceMethod,
                                         {{"直接", M::kDirect}, {"当场送达", M::kDirect}, {"留置", M::kLeft},
                                          {"电子", M::kElectronic}, {"邮寄", M::kPost}, {"委托", M::kEntrusted},
                                          {"转交", M::kForwarded}, {"公告", M::kPublicNotice}});
  return c;
}

const Choice<domain::PenaltyKind>& KindChoice() {
  using K = domain::PenaltyKind;
  static const auto c = MakeChoice<K, 14>("处罚种类", "kind of sanction", domain::PenaltyKindLabelZh,
                                          domain::PenaltyKindCode, domain::ParsePenaltyKind,
                                          {{"罚款处罚", K::kFine}, {"没收", K::kConfiscateGains},
                                           {"吊销", K::kRevokeLicence}, {"暂扣", K::kSuspendLicence},
                                           {"停产停业", K::kSuspendBusiness}, {"拘留", K::kDetention}});
  return c;
}

core::Result<std::vector<domain::PenaltyKind>> ParseKinds(const std::string& v) {
  std::vector<domain::PenaltyKind> out;
  for (const std::string& part : SplitList(v, true)) {
    if (part.empty()) continue;
    ASSIGN_OR_RETURN(domain::PenaltyKind k, ParseChoice(KindChoice(), part));
    if (std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
  }
  return out;
}

std::string KindsText(const std::vector<domain::PenaltyKind>& kinds) {
  std::vector<std::string> labels;
  for (auto k : kinds) labels.emplace_back(domain::PenaltyKindLabelZh(k));
  return Join(labels);
}

// ---- the draft of one row ----

struct PenaltyDraft {
  PenaltyImportRow out;
  std::vector<std::string> names, kinds, numbers, phones, addresses, officers, certificates;
  std::optional<domain::CaseStage> stage;
  std::optional<std::int64_t> proposed_fine, decided_fine;
  bool any_hearing = false;
  std::optional<Date> hearing_requested;
  domain::CaseHearing hearing;
  bool any_review = false;
  std::optional<Date> review_submitted;
  domain::LegalReview review;
  bool any_collective = false;
  std::optional<Date> collective_held;
  domain::CollectiveDiscussion collective;
};

using Setter = std::function<core::Status(PenaltyDraft&, const std::string&)>;
using Getter = std::function<Cell(const PenaltyCase&, std::int64_t, std::string_view, bool)>;
struct Column {
  Setter set;  // empty for export-only columns
  Getter get;
};

std::vector<Column> BuildColumns() {
  using D = PenaltyDraft;
  using C = PenaltyCase;
  std::map<std::string_view, Column> by_key;
  auto text = [](std::string C::*field) {
    return Column{[field](D& d, const std::string& v) {
                    d.out.record.*field = v;
                    return core::Ok();
                  },
                  [field](const C& c, std::int64_t, std::string_view, bool) { return Cell::Text(c.*field); }};
  };
  auto date = [](std::optional<Date> C::*field) {
    return Column{[field](D& d, const std::string& v) { return Assign(d.out.record.*field, ParseCellDate(v)); },
                  [field](const C& c, std::int64_t, std::string_view, bool) {
                    return Cell::OptionalDate(c.*field);
                  }};
  };
  auto list = [](std::vector<std::string> D::*field, bool loose) {
    return Setter([field, loose](D& d, const std::string& v) {
      d.*field = SplitList(v, loose);
      return core::Ok();
    });
  };
  auto parties = [](auto get) {
    return Getter([get](const C& c, std::int64_t, std::string_view, bool unmasked) {
      std::vector<std::string> parts;
      for (const auto& p : c.parties) parts.push_back(get(p, unmasked));
      return Cell::Text(Join(parts));
    });
  };
  by_key["seq"] = {{}, [](const C&, std::int64_t seq, std::string_view, bool) { return Cell::Integer(seq); }};
  by_key["township"] = {[](D& d, const std::string& v) {
                          d.out.township = v;
                          return core::Ok();
                        },
                        [](const C&, std::int64_t, std::string_view township, bool) {
                          return Cell::Text(std::string(township));
                        }};
  by_key["number"] = text(&C::number);
  by_key["cause"] = text(&C::cause);
  by_key["matterType"] = text(&C::matter_type);
  by_key["category"] = {[](D& d, const std::string& v) {
                          return Assign(d.out.record.category, ParseChoice(CategoryChoice(), v));
                        },
                        [](const C& c, std::int64_t, std::string_view, bool) {
                          return Label(domain::ActionCategoryLabelZh(c.category));
                        }};
  by_key["procedure"] = {[](D& d, const std::string& v) {
                           return Assign(d.out.record.procedure, ParseChoice(ProcedureChoice(), v));
                         },
                         [](const C& c, std::int64_t, std::string_view, bool) {
                           return Label(domain::PenaltyProcedureLabelZh(c.procedure));
                         }};
  by_key["stage"] = {[](D& d, const std::string& v) { return Assign(d.stage, ParseChoice(StageChoice(), v)); },
                     [](const C& c, std::int64_t, std::string_view, bool) {
                       return Label(domain::CaseStageLabelZh(c.stage));
                     }};
  by_key["leadReceivedOn"] = {
      [](D& d, const std::string& v) { return Assign(d.out.record.lead_received_on, ParseCellDate(v)); },
      [](const C& c, std::int64_t, std::string_view, bool) { return Cell::DateValue(c.lead_received_on); }};
  by_key["filedOn"] = date(&C::filed_on);
  by_key["actOn"] = date(&C::act_on);
  by_key["parties.name"] = {list(&D::names, true),
                            parties([](const domain::CaseParty& p, bool) { return p.name; })};
  by_key["parties.kind"] = {list(&D::kinds, true), parties([](const domain::CaseParty& p, bool) {
                              return std::string(domain::PartyKindLabelZh(p.kind));
                            })};
  by_key["parties.idNumber"] = {
      [](D& d, const std::string& v) -> core::Status {
        d.numbers = SplitList(v, true);
        for (const auto& n : d.numbers) RETURN_IF_ERROR(CheckIdentifier(n, "证件号码", "ID number"));
        return core::Ok();
      },
      parties([](const domain::CaseParty& p, bool unmasked) {
        if (p.kind == domain::PartyKind::kOrganisation) return p.uscc;
        return unmasked || p.id_number.empty() ? p.id_number : domain::MaskIdCard(p.id_number);
      })};
  by_key["parties.phone"] = {
      [](D& d, const std::string& v) -> core::Status {
        d.phones = SplitList(v, true);
        for (const auto& n : d.phones) RETURN_IF_ERROR(CheckNotMasked(n, "电话", "phone number"));
        return core::Ok();
      },
      parties([](const domain::CaseParty& p, bool unmasked) {
        return unmasked || p.phone.empty() ? p.phone : domain::MaskPhone(p.phone);
      })};
  by_key["parties.address"] = {list(&D::addresses, false),
                               parties([](const domain::CaseParty& p, bool) { return p.address; })};
  by_key["officers"] = {list(&D::officers, true), [](const C& c, std::int64_t, std::string_view, bool) {
                          std::vector<std::string> parts;
                          for (const auto& o : c.officers) parts.push_back(o.name);
                          return Cell::Text(Join(parts));
                        }};
  by_key["officers.certificateNumber"] = {list(&D::certificates, true),
                                          [](const C& c, std::int64_t, std::string_view, bool) {
                                            std::vector<std::string> parts;
                                            for (const auto& o : c.officers) parts.push_back(o.certificate_number);
                                            return Cell::Text(Join(parts));
                                          }};
  by_key["investigatedOn"] = date(&C::investigated_on);
  by_key["noticeServedOn"] = date(&C::notice_served_on);
  by_key["proposed.kinds"] = {[](D& d, const std::string& v) { return Assign(d.out.record.proposed.kinds, ParseKinds(v)); },
                              [](const C& c, std::int64_t, std::string_view, bool) {
                                return Cell::Text(KindsText(c.proposed.kinds));
                              }};
  by_key["proposed.fineFen"] = {[](D& d, const std::string& v) { return Assign(d.proposed_fine, ParseYuanToFen(v)); },
                                [](const C& c, std::int64_t, std::string_view, bool) {
                                  return MoneyOrEmpty(c.proposed.fine_fen);
                                }};
  by_key["hearingRightNotified"] = {
      [](D& d, const std::string& v) { return Assign(d.out.record.hearing_right_notified, ParseYesNo(v)); },
      [](const C& c, std::int64_t, std::string_view, bool) { return YesNo(c.hearing_right_notified); }};
  by_key["rightsWaivedOn"] = date(&C::rights_waived_on);
  auto hearing = [](auto set, auto get) {
    return Column{[set](D& d, const std::string& v) -> core::Status {
                    d.any_hearing = true;
                    return set(d, v);
                  },
                  [get](const C& c, std::int64_t, std::string_view, bool) {
                    return c.hearing ? get(*c.hearing) : Cell();
                  }};
  };
  by_key["hearing.requestedOn"] = hearing(
      [](D& d, const std::string& v) { return Assign(d.hearing_requested, ParseCellDate(v)); },
      [](const domain::CaseHearing& h) { return Cell::DateValue(h.requested_on); });
  by_key["hearing.notifiedOn"] = hearing(
      [](D& d, const std::string& v) { return Assign(d.hearing.notified_on, ParseCellDate(v)); },
      [](const domain::CaseHearing& h) { return Cell::OptionalDate(h.notified_on); });
  by_key["hearing.heldOn"] = hearing(
      [](D& d, const std::string& v) { return Assign(d.hearing.held_on, ParseCellDate(v)); },
      [](const domain::CaseHearing& h) { return Cell::OptionalDate(h.held_on); });
  by_key["hearing.host"] = hearing(
      [](D& d, const std::string& v) -> core::Status {
        d.hearing.host = v;
        return core::Ok();
      },
      [](const domain::CaseHearing& h) { return Cell::Text(h.host); });
  auto review = [](auto set, auto get) {
    return Column{[set](D& d, const std::string& v) -> core::Status {
                    d.any_review = true;
                    return set(d, v);
                  },
                  [get](const C& c, std::int64_t, std::string_view, bool) {
                    return c.legal_review ? get(*c.legal_review) : Cell();
                  }};
  };
  by_key["legalReview.submittedOn"] = review(
      [](D& d, const std::string& v) { return Assign(d.review_submitted, ParseCellDate(v)); },
      [](const domain::LegalReview& r) { return Cell::DateValue(r.submitted_on); });
  by_key["legalReview.reviewedOn"] = review(
      [](D& d, const std::string& v) { return Assign(d.review.reviewed_on, ParseCellDate(v)); },
      [](const domain::LegalReview& r) { return Cell::OptionalDate(r.reviewed_on); });
  by_key["legalReview.reviewer"] = review(
      [](D& d, const std::string& v) -> core::Status {
        d.review.reviewer = v;
        return core::Ok();
      },
      [](const domain::LegalReview& r) { return Cell::Text(r.reviewer); });
  by_key["legalReview.outcome"] = review(
      [](D& d, const std::string& v) { return Assign(d.review.outcome, ParseChoice(ReviewOutcomeChoice(), v)); },
      [](const domain::LegalReview& r) { return Label(domain::ReviewOutcomeLabelZh(r.outcome)); });
  by_key["legalReview.opinion"] = review(
      [](D& d, const std::string& v) -> core::Status {
        d.review.opinion = v;
        return core::Ok();
      },
      [](const domain::LegalReview& r) { return Cell::Text(r.opinion); });
  auto collective = [](auto set, auto get) {
    return Column{[set](D& d, const std::string& v) -> core::Status {
                    d.any_collective = true;
                    return set(d, v);
                  },
                  [get](const C& c, std::int64_t, std::string_view, bool) {
                    return c.collective ? get(*c.collective) : Cell();
                  }};
  };
  by_key["collective.heldOn"] = collective(
      [](D& d, const std::string& v) { return Assign(d.collective_held, ParseCellDate(v)); },
      [](const domain::CollectiveDiscussion& x) { return Cell::DateValue(x.held_on); });
  by_key["collective.participants"] = collective(
      [](D& d, const std::string& v) -> core::Status {
        d.collective.participants = v;
        return core::Ok();
      },
      [](const domain::CollectiveDiscussion& x) { return Cell::Text(x.participants); });
  by_key["collective.conclusion"] = collective(
      [](D& d, const std::string& v) -> core::Status {
        d.collective.conclusion = v;
        return core::Ok();
      },
      [](const domain::CollectiveDiscussion& x) { return Cell::Text(x.conclusion); });
  by_key["decidedOn"] = date(&C::decided_on);
  by_key["outcome"] = {[](D& d, const std::string& v) {
                         return Assign(d.out.record.outcome, ParseChoice(OutcomeChoice(), v));
                       },
                       [](const C& c, std::int64_t, std::string_view, bool) {
                         return c.decided_on ? Label(domain::DecisionOutcomeLabelZh(c.outcome)) : Cell();
                       }};
  by_key["decided.kinds"] = {[](D& d, const std::string& v) { return Assign(d.out.record.decided.kinds, ParseKinds(v)); },
                             [](const C& c, std::int64_t, std::string_view, bool) {
                               return Cell::Text(KindsText(c.decided.kinds));
                             }};
  by_key["decided.fineFen"] = {[](D& d, const std::string& v) { return Assign(d.decided_fine, ParseYuanToFen(v)); },
                               [](const C& c, std::int64_t, std::string_view, bool) {
                                 return MoneyOrEmpty(c.decided.fine_fen);
                               }};
  by_key["decided.confiscationFen"] = {
      [](D& d, const std::string& v) { return Assign(d.out.record.decided.confiscation_fen, ParseYuanToFen(v)); },
      [](const C& c, std::int64_t, std::string_view, bool) { return MoneyOrEmpty(c.decided.confiscation_fen); }};
  by_key["decided.description"] = {[](D& d, const std::string& v) -> core::Status {
                                     d.out.record.decided.description = v;
                                     return core::Ok();
                                   },
                                   [](const C& c, std::int64_t, std::string_view, bool) {
                                     return Cell::Text(c.decided.description);
                                   }};
  by_key["decisionNumber"] = text(&C::decision_number);
  by_key["servedOn"] = date(&C::served_on);
  by_key["serviceMethod"] = {[](D& d, const std::string& v) {
                               return Assign(d.out.record.service_method, ParseChoice(ServiceChoice(), v));
                             },
                             [](const C& c, std::int64_t, std::string_view, bool) {
                               return c.served_on ? Label(domain::ServiceMethodLabelZh(c.service_method)) : Cell();
                             }};
  by_key["executedOn"] = date(&C::executed_on);
  by_key["paidFen"] = {[](D& d, const std::string& v) { return Assign(d.out.record.paid_fen, ParseYuanToFen(v)); },
                       [](const C& c, std::int64_t, std::string_view, bool) { return MoneyOrEmpty(c.paid_fen); }};
  by_key["closedOn"] = date(&C::closed_on);
  by_key["publishedOn"] = date(&C::published_on);
  by_key["publicationUrl"] = text(&C::publication_url);

  std::vector<Column> out;
  for (const ColumnSpec& spec : LedgerColumns(Ledger::kPenalty)) {
    auto it = by_key.find(spec.key);
    if (it == by_key.end()) {
      out.push_back({{}, [](const C&, std::int64_t, std::string_view, bool) { return Cell(); }});
      continue;
    }
    out.push_back(it->second);
  }
  return out;
}

const std::vector<Column>& Columns() {
  static const std::vector<Column> kColumns = BuildColumns();
  return kColumns;
}

// The furthest stage whose date the row gives.
domain::CaseStage StageFromDates(const PenaltyCase& c) {
  using S = domain::CaseStage;
  if (c.closed_on) return S::kClosed;
  if (c.executed_on) return S::kExecution;
  if (c.served_on) return S::kService;
  if (c.decided_on) return S::kDecision;
  if (c.collective) return S::kCollective;
  if (c.legal_review) return S::kLegalReview;
  if (c.hearing || c.rights_waived_on) return S::kStatement;
  if (c.notice_served_on) return S::kNotice;
  if (c.investigated_on) return S::kInvestigation;
  return S::kFiled;
}

std::optional<PenaltyImportRow> ParseRow(const SheetRow& row, const HeaderMapping& mapping,
                                         std::vector<RowProblem>& problems) {
  PenaltyDraft d;
  d.out.row = row.number;
  bool ok = FillDraft(Ledger::kPenalty, row, mapping, Columns(), d, problems);
  auto problem = [&](std::string_view key, const core::Error& e) {
    std::string header;
    const auto& columns = LedgerColumns(Ledger::kPenalty);
    for (std::size_t col = 0; col < columns.size(); ++col) {
      if (columns[col].key == key) {
        header = mapping.headers[col].empty() ? std::string(columns[col].header) : mapping.headers[col];
      }
    }
    problems.push_back({row.number, header, std::string(key), e.message, e.message_en});
    ok = false;
  };
  PenaltyCase& c = d.out.record;
  // Parties, one entry per name in each list.
  const std::size_t n = d.names.size();
  auto check_count = [&](const std::vector<std::string>& list, std::string_view key, std::string_view zh,
                         std::string_view en, bool broadcast) {
    if (list.empty() || list.size() == n || (broadcast && list.size() == 1)) return true;
    problem(key, ListCountProblem(list.size(), n, zh, en).error());
    return false;
  };
  bool lists_ok = check_count(d.kinds, "parties.kind", "当事人类别", "party kinds", false);
  lists_ok = check_count(d.numbers, "parties.idNumber", "证件号码", "ID numbers", false) && lists_ok;
  lists_ok = check_count(d.phones, "parties.phone", "电话", "phone numbers", false) && lists_ok;
  lists_ok = check_count(d.addresses, "parties.address", "住址", "addresses", true) && lists_ok;
  if (lists_ok) {
    for (std::size_t i = 0; i < n; ++i) {
      domain::CaseParty party;
      party.name = d.names[i];
      const std::string number = d.numbers.empty() ? std::string() : d.numbers[i];
      if (!d.kinds.empty() && !d.kinds[i].empty()) {
        auto kind = ParseChoice(PartyKindChoice(), d.kinds[i]);
        if (!kind) {
          problem("parties.kind", kind.error());
          continue;
        }
        party.kind = *kind;
      } else {
        party.kind = InferPartyKind(party.name, number);
      }
      (party.kind == domain::PartyKind::kOrganisation ? party.uscc : party.id_number) = number;
      if (!d.phones.empty()) party.phone = d.phones[i];
      if (!d.addresses.empty()) party.address = d.addresses.size() == 1 ? d.addresses[0] : d.addresses[i];
      c.parties.push_back(std::move(party));
    }
  }
  // Officers by name; certificate numbers, when given, one per officer.
  if (!d.certificates.empty() && d.certificates.size() != d.officers.size()) {
    problem("officers.certificateNumber",
            core::InvalidArgument("",
                                  fmt::format("填写了 {} 个执法证号，但有 {} 名承办人员：请按承办人员顺序用“；”分隔",
                                              d.certificates.size(), d.officers.size()),
                                  fmt::format("{} certificate numbers given for {} officers", d.certificates.size(),
                                              d.officers.size())));
  } else {
    for (std::size_t i = 0; i < d.officers.size(); ++i) {
      if (d.officers[i].empty()) continue;
      c.officers.push_back({0, d.officers[i], d.certificates.empty() ? std::string() : d.certificates[i]});
    }
  }
  // Money: a fine amount alone means 罚款.
  auto fine = [](domain::PenaltyTerms& t, const std::optional<std::int64_t>& fen) {
    if (!fen) return;
    t.fine_fen = *fen;
    if (*fen > 0 && std::find(t.kinds.begin(), t.kinds.end(), domain::PenaltyKind::kFine) == t.kinds.end()) {
      t.kinds.push_back(domain::PenaltyKind::kFine);
    }
  };
  fine(c.proposed, d.proposed_fine);
  fine(c.decided, d.decided_fine);
  if (d.any_hearing) {
    if (!d.hearing_requested) {
      problem("hearing.requestedOn", core::InvalidArgument("", "填写了听证情况，请填写听证申请日期",
                                                           "Hearing details are given: the request date is required"));
    } else {
      d.hearing.requested_on = *d.hearing_requested;
      c.hearing = d.hearing;
    }
  }
  if (d.any_review) {
    const std::optional<Date> submitted = d.review_submitted ? d.review_submitted : d.review.reviewed_on;
    if (!submitted) {
      problem("legalReview.reviewedOn", core::InvalidArgument("", "填写了法制审核情况，请填写法制审核日期",
                                                              "Review details are given: the review date is required"));
    } else {
      d.review.submitted_on = *submitted;
      d.review.checklist.fill(true);
      c.legal_review = d.review;
    }
  }
  if (d.any_collective) {
    if (!d.collective_held) {
      problem("collective.heldOn", core::InvalidArgument("", "填写了集体讨论情况，请填写集体讨论日期",
                                                         "Discussion details are given: the date is required"));
    } else {
      d.collective.held_on = *d.collective_held;
      c.collective = d.collective;
    }
  }
  c.stage = d.stage.value_or(StageFromDates(c));
  if (!ok) return std::nullopt;
  return std::move(d.out);
}

}  // namespace

core::Result<ParsedLedger<PenaltyImportRow>> ParsePenaltySheet(const Sheet& sheet) {
  return Walk<PenaltyImportRow>(Ledger::kPenalty, sheet, ParseRow);
}

std::vector<Cell> PenaltyExportRow(const PenaltyCase& c, std::int64_t seq, std::string_view township,
                                   const ExportRowOptions& options) {
  const auto& columns = LedgerColumns(Ledger::kPenalty);
  const auto& conversions = Columns();
  std::vector<Cell> cells;
  cells.reserve(columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].multi_township && !options.several_townships) continue;
    cells.push_back(conversions[i].get(c, seq, township, options.unmasked));
  }
  return cells;
}

}  // namespace fazhi::exchange
