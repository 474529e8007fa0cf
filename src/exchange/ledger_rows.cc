// exchange/ledger_rows.cc — see ledger_rows.h.
//
// Each column of ledger_layouts.cc has, by key, a setter (import: cell text → draft record)
// and a getter (export: record → cell). The tables are checked once, at first use, to cover
// every column.
#include "exchange/ledger_rows.h"

#include <fmt/format.h>

#include <cstdlib>
#include <functional>
#include <map>
#include <optional>
#include <utility>

#include "domain/common.h"
#include "domain/validation/idcard.h"
#include "domain/validation/phone.h"
#include "domain/validation/uscc.h"
#include "exchange/cell_values.h"
#include "exchange/row_support.h"

namespace fazhi::exchange {
namespace {

using core::Date;
using domain::MediationCase;
using domain::Petition;
using namespace row_support;  // NOLINT(google-build-using-namespace): the shared row helpers


// ---- choices: domain codes and labels, plus the words ledgers use ----

const Choice<domain::MediationOutcome>& OutcomeChoice() {
  using O = domain::MediationOutcome;
  static const Choice<O> c{"调解结果",
                           "outcome",
                           {O::kOpen, O::kSuccess, O::kFailed, O::kTerminated},
                           domain::MediationOutcomeLabelZh,
                           domain::MediationOutcomeCode,
                           domain::ParseMediationOutcome,
                           {{"调解成功", O::kSuccess},
                            {"已调解成功", O::kSuccess},
                            {"达成协议", O::kSuccess},
                            {"调解失败", O::kFailed},
                            {"调解不成", O::kFailed},
                            {"调解不成功", O::kFailed},
                            {"不成功", O::kFailed},
                            {"未成功", O::kFailed},
                            {"未达成协议", O::kFailed},
                            {"调解终止", O::kTerminated},
                            {"终止调解", O::kTerminated},
                            {"正在调解", O::kOpen},
                            {"进行中", O::kOpen},
                            {"在调", O::kOpen},
                            {"未结", O::kOpen},
                            {"调解中", O::kOpen}}};
  return c;
}

const Choice<domain::MediationStartMode>& StartModeChoice() {
  using M = domain::MediationStartMode;
  static const Choice<M> c{"受理方式",
                           "start mode",
                           {M::kApplication, M::kProactive, M::kReferral},
                           domain::MediationStartModeLabelZh,
                           domain::MediationStartModeCode,
                           domain::ParseMediationStartMode,
                           {{"申请", M::kApplication},
                            {"依申请", M::kApplication},
                            {"申请调解", M::kApplication},
                            {"当事人申请调解", M::kApplication},
                            {"主动", M::kProactive},
                            {"依职权", M::kProactive},
                            {"主动介入", M::kProactive},
                            {"委托", M::kReferral},
                            {"移送", M::kReferral},
                            {"委托调解", M::kReferral},
                            {"法院委托", M::kReferral},
                            {"公安移送", M::kReferral},
                            {"派出所移送", M::kReferral},
                            {"诉前委派", M::kReferral}}};
  return c;
}

const Choice<domain::AgreementForm>& AgreementFormChoice() {
  using F = domain::AgreementForm;
  static const Choice<F> c{"协议形式",
                           "agreement form",
                           {F::kWritten, F::kOral},
                           domain::AgreementFormLabelZh,
                           domain::AgreementFormCode,
                           domain::ParseAgreementForm,
                           {{"书面", F::kWritten},
                            {"书面调解协议", F::kWritten},
                            {"调解协议书", F::kWritten},
                            {"口头", F::kOral},
                            {"口头调解协议", F::kOral}}};
  return c;
}

const Choice<domain::PerformanceStatus>& PerformanceChoice() {
  using P = domain::PerformanceStatus;
  static const Choice<P> c{"履行情况",
                           "performance status",
                           {P::kPending, P::kPerformed, P::kPartial, P::kNotPerformed},
                           domain::PerformanceStatusLabelZh,
                           domain::PerformanceStatusCode,
                           domain::ParsePerformanceStatus,
                           {{"履行完毕", P::kPerformed},
                            {"全部履行", P::kPerformed},
                            {"已履行完毕", P::kPerformed},
                            {"即时履行", P::kPerformed},
                            {"拒不履行", P::kNotPerformed},
                            {"未履行完毕", P::kPartial},
                            {"履行中", P::kPending},
                            {"未到期", P::kPending},
                            {"待履约", P::kPending}}};
  return c;
}

const Choice<domain::ConfirmationResult>& ConfirmationChoice() {
  using R = domain::ConfirmationResult;
  static const Choice<R> c{"司法确认结果",
                           "confirmation result",
                           {R::kNone, R::kPending, R::kConfirmed, R::kRejected},
                           domain::ConfirmationResultLabelZh,
                           domain::ConfirmationResultCode,
                           domain::ParseConfirmationResult,
                           {{"已确认", R::kConfirmed},
                            {"确认", R::kConfirmed},
                            {"司法确认有效", R::kConfirmed},
                            {"裁定确认有效", R::kConfirmed},
                            {"驳回", R::kRejected},
                            {"不予确认", R::kRejected},
                            {"裁定驳回", R::kRejected},
                            {"待确认", R::kPending},
                            {"已申请", R::kPending},
                            {"审查中", R::kPending},
                            {"未申请司法确认", R::kNone}}};
  return c;
}

const Choice<domain::PetitionChannel>& ChannelChoice() {
  using C = domain::PetitionChannel;
  static const Choice<C> c{"信访形式",
                           "channel",
                           {C::kOnline, C::kLetter, C::kPhone, C::kFax, C::kVisit},
                           domain::PetitionChannelLabelZh,
                           domain::PetitionChannelCode,
                           domain::ParsePetitionChannel,
                           {{"网信", C::kOnline},
                            {"网络信访", C::kOnline},
                            {"网上投诉", C::kOnline},
                            {"12345", C::kPhone},
                            {"电话来访", C::kPhone},
                            {"来人", C::kVisit},
                            {"来访（走访）", C::kVisit},
                            {"个访", C::kVisit},
                            {"集访", C::kVisit},
                            {"来信（书信）", C::kLetter}}};
  return c;
}

const Choice<domain::PetitionSource>& SourceChoice() {
  using S = domain::PetitionSource;
  static const Choice<S> c{"来源",
                           "source",
                           {S::kDirect, S::kAssigned},
                           domain::PetitionSourceLabelZh,
                           domain::PetitionSourceCode,
                           domain::ParsePetitionSource,
                           {{"直接", S::kDirect},
                            {"本级受理", S::kDirect},
                            {"自收", S::kDirect},
                            {"群众直接反映", S::kDirect},
                            {"交办", S::kAssigned},
                            {"转送", S::kAssigned},
                            {"转办", S::kAssigned},
                            {"上级交办", S::kAssigned},
                            {"交办件", S::kAssigned},
                            {"转送件", S::kAssigned}}};
  return c;
}

const Choice<domain::PetitionCategory>& CategoryChoice() {
  using C = domain::PetitionCategory;
  static const Choice<C> c{"信访类别",
                           "category",
                           {C::kSuggestion, C::kAccusation, C::kClaim},
                           domain::PetitionCategoryLabelZh,
                           domain::PetitionCategoryCode,
                           domain::ParsePetitionCategory,
                           {{"建议", C::kSuggestion},
                            {"意见建议类", C::kSuggestion},
                            {"检举", C::kAccusation},
                            {"控告", C::kAccusation},
                            {"举报", C::kAccusation},
                            {"投诉", C::kClaim},
                            {"求决", C::kClaim},
                            {"申诉", C::kClaim},
                            {"求决类", C::kClaim}}};
  return c;
}

const Choice<domain::DiversionChannel>& DiversionChoice() {
  using D = domain::DiversionChannel;
  static const Choice<D> c{"法定途径",
                           "diversion channel",
                           {D::kNone, D::kLitigation, D::kArbitration, D::kReconsideration,
                            D::kDisciplinary, D::kOtherLegal},
                           domain::DiversionChannelLabelZh,
                           domain::DiversionChannelCode,
                           domain::ParseDiversionChannel,
                           {{"否", D::kNone},
                            {"诉讼途径", D::kLitigation},
                            {"仲裁途径", D::kArbitration},
                            {"复议", D::kReconsideration},
                            {"纪检", D::kDisciplinary},
                            {"监察", D::kDisciplinary},
                            {"其他", D::kOtherLegal},
                            {"其他途径", D::kOtherLegal}}};
  return c;
}

const Choice<domain::PetitionOutcome>& PetitionOutcomeChoice() {
  using O = domain::PetitionOutcome;
  static const Choice<O> c{"处理意见",
                           "outcome",
                           {O::kNone, O::kSupport, O::kExplain, O::kReject},
                           domain::PetitionOutcomeLabelZh,
                           domain::PetitionOutcomeCode,
                           domain::ParsePetitionOutcome,
                           {{"予以支持", O::kSupport},
                            {"支持诉求", O::kSupport},
                            {"解释", O::kExplain},
                            {"解释说明类", O::kExplain},
                            {"不支持", O::kReject},
                            {"不予支持诉求", O::kReject}}};
  return c;
}

const Choice<domain::Satisfaction>& SatisfactionChoice() {
  using S = domain::Satisfaction;
  static const Choice<S> c{"满意度",
                           "satisfaction",
                           {S::kNone, S::kSatisfied, S::kBasicallySatisfied, S::kUnsatisfied},
                           domain::SatisfactionLabelZh,
                           domain::SatisfactionCode,
                           domain::ParseSatisfaction,
                           {{"未参评", S::kNone},
                            {"未评", S::kNone},
                            {"非常满意", S::kSatisfied},
                            {"较满意", S::kBasicallySatisfied},
                            {"比较满意", S::kBasicallySatisfied}}};
  return c;
}

// MED-11 by code, zh label or English label; also "婚姻家庭纠纷", "邻里纠纷类".
core::Result<std::string> ParseDisputeCategory(std::string_view text) {
  std::string folded = FoldFullWidth(text);
  std::string_view t = domain::TrimText(folded);
  std::string_view stem = t;
  for (std::string_view suffix : {"类", "纠纷", "矛盾"}) {
    if (stem.size() > suffix.size() && stem.substr(stem.size() - suffix.size()) == suffix) {
      stem.remove_suffix(suffix.size());
    }
  }
  for (std::string_view candidate : {t, stem}) {
    if (const domain::DisputeCategory* c = domain::FindDisputeCategory(candidate)) {
      return std::string(c->code);
    }
  }
  std::string labels;
  for (const auto& c : domain::DisputeCategories()) {
    labels += (labels.empty() ? "" : "、") + std::string(c.label_zh);
  }
  return core::Fail(core::InvalidArgument(
      "", fmt::format("“{}”不是有效的纠纷类型，可填：{}", text, labels),
      fmt::format("\"{}\" is not a valid dispute category; allowed: {}", text, labels)));
}

// ---- mediation ----

struct MediationDraft {
  MediationImportRow out;
  std::vector<std::string> names, kinds, numbers, phones, addresses;
  std::optional<domain::MediationOutcome> outcome;
  bool any_agreement = false;
  std::optional<domain::AgreementForm> form;
  std::optional<Date> effective_on;
  domain::MediationAgreement agreement;  // the other agreement fields
  std::optional<domain::PerformanceStatus> performance;
  std::optional<domain::ConfirmationResult> confirmation;
};

using MediationSetter = std::function<core::Status(MediationDraft&, const std::string&)>;
using MediationGetter =
    std::function<Cell(const MediationCase&, std::int64_t, const MediationNames&, bool)>;

struct MediationColumn {
  MediationSetter set;  // empty for export-only columns
  MediationGetter get;
};

std::vector<MediationColumn> BuildMediationColumns() {
  using D = MediationDraft;
  auto agreement_of = [](const MediationCase& c) -> const domain::MediationAgreement* {
    return c.agreement ? &*c.agreement : nullptr;
  };
  std::map<std::string_view, MediationColumn> by_key;
  by_key["seq"] = {{}, [](const MediationCase&, std::int64_t seq, const MediationNames&, bool) {
                     return Cell::Integer(seq);
                   }};
  by_key["township"] = {[](D& d, const std::string& v) {
                          d.out.township = v;
                          return core::Ok();
                        },
                        [](const MediationCase&, std::int64_t, const MediationNames& n, bool) {
                          return Cell::Text(std::string(n.township));
                        }};
  by_key["caseNo"] = {[](D& d, const std::string& v) {
                        d.out.record.case_no = v;
                        return core::Ok();
                      },
                      [](const MediationCase& c, std::int64_t, const MediationNames&, bool) {
                        return Cell::Text(c.case_no);
                      }};
  by_key["acceptedOn"] = {
      [](D& d, const std::string& v) { return Assign(d.out.record.accepted_on, ParseCellDate(v)); },
      [](const MediationCase& c, std::int64_t, const MediationNames&, bool) {
        return Cell::DateValue(c.accepted_on);
      }};
  by_key["category"] = {[](D& d, const std::string& v) {
                          return Assign(d.out.record.category, ParseDisputeCategory(v));
                        },
                        [](const MediationCase& c, std::int64_t, const MediationNames&, bool) {
                          const domain::DisputeCategory* cat =
                              domain::FindDisputeCategory(c.category);
                          return Cell::Text(cat ? std::string(cat->label_zh) : c.category);
                        }};
  by_key["committee"] = {[](D& d, const std::string& v) {
                           d.out.committee = v;
                           return core::Ok();
                         },
                         [](const MediationCase&, std::int64_t, const MediationNames& n, bool) {
                           return Cell::Text(std::string(n.committee));
                         }};
  by_key["mediator"] = {[](D& d, const std::string& v) {
                          d.out.mediator = v;
                          return core::Ok();
                        },
                        [](const MediationCase&, std::int64_t, const MediationNames& n, bool) {
                          return Cell::Text(std::string(n.mediator));
                        }};
  by_key["startMode"] = {[](D& d, const std::string& v) {
                           return Assign(d.out.record.start_mode,
                                         ParseChoice(StartModeChoice(), v));
                         },
                         [](const MediationCase& c, std::int64_t, const MediationNames&, bool) {
                           return Label(domain::MediationStartModeLabelZh(c.start_mode));
                         }};
  by_key["referredBy"] = {[](D& d, const std::string& v) {
                            d.out.record.referred_by = v;
                            return core::Ok();
                          },
                          [](const MediationCase& c, std::int64_t, const MediationNames&, bool) {
                            return Cell::Text(c.referred_by);
                          }};
  by_key["parties.name"] = {[](D& d, const std::string& v) {
                              d.names = SplitList(v, true);
                              return core::Ok();
                            },
                            [](const MediationCase& c, std::int64_t, const MediationNames&, bool) {
                              std::vector<std::string> v;
                              for (const auto& p : c.parties) v.push_back(p.name);
                              return Cell::Text(Join(v));
                            }};
  by_key["parties.kind"] = {[](D& d, const std::string& v) {
                              d.kinds = SplitList(v, true);
                              return core::Ok();
                            },
                            [](const MediationCase& c, std::int64_t, const MediationNames&, bool) {
                              std::vector<std::string> v;
                              for (const auto& p : c.parties) {
                                v.emplace_back(domain::PartyKindLabelZh(p.kind));
                              }
                              return Cell::Text(Join(v));
                            }};
  by_key["parties.idNumber"] = {
      [](D& d, const std::string& v) -> core::Status {
        d.numbers = SplitList(v, true);
        for (const auto& n : d.numbers) {
          RETURN_IF_ERROR(CheckIdentifier(n, "证件号码", "ID number"));
        }
        return core::Ok();
      },
      [](const MediationCase& c, std::int64_t, const MediationNames&, bool unmasked) {
        std::vector<std::string> v;
        for (const auto& p : c.parties) {
          if (p.kind == domain::PartyKind::kOrganisation) {
            v.push_back(p.uscc);
          } else {
            v.push_back(unmasked || p.id_number.empty() ? p.id_number
                                                        : domain::MaskIdCard(p.id_number));
          }
        }
        return Cell::Text(Join(v));
      }};
  by_key["parties.phone"] = {
      [](D& d, const std::string& v) -> core::Status {
        d.phones = SplitList(v, true);
        for (const auto& n : d.phones) RETURN_IF_ERROR(CheckNotMasked(n, "电话", "phone number"));
        return core::Ok();
      },
      [](const MediationCase& c, std::int64_t, const MediationNames&, bool unmasked) {
        std::vector<std::string> v;
        for (const auto& p : c.parties) {
          v.push_back(unmasked || p.phone.empty() ? p.phone : domain::MaskPhone(p.phone));
        }
        return Cell::Text(Join(v));
      }};
  by_key["parties.address"] = {
      [](D& d, const std::string& v) {
        d.addresses = SplitList(v, false);
        return core::Ok();
      },
      [](const MediationCase& c, std::int64_t, const MediationNames&, bool) {
        std::vector<std::string> v;
        for (const auto& p : c.parties) v.push_back(p.address);
        return Cell::Text(Join(v));
      }};
  by_key["summary"] = {[](D& d, const std::string& v) {
                         d.out.record.summary = v;
                         return core::Ok();
                       },
                       [](const MediationCase& c, std::int64_t, const MediationNames&, bool) {
                         return Cell::Text(c.summary);
                       }};
  by_key["amountFen"] = {
      [](D& d, const std::string& v) { return Assign(d.out.record.amount_fen, ParseYuanToFen(v)); },
      [](const MediationCase& c, std::int64_t, const MediationNames&, bool) {
        return MoneyOrEmpty(c.amount_fen);
      }};
  by_key["outcome"] = {
      [](D& d, const std::string& v) { return Assign(d.outcome, ParseChoice(OutcomeChoice(), v)); },
      [](const MediationCase& c, std::int64_t, const MediationNames&, bool) {
        return Label(domain::MediationOutcomeLabelZh(c.outcome));
      }};
  by_key["concludedOn"] = {[](D& d, const std::string& v) {
                             return Assign(d.out.record.concluded_on, ParseCellDate(v));
                           },
                           [](const MediationCase& c, std::int64_t, const MediationNames&, bool) {
                             return Cell::OptionalDate(c.concluded_on);
                           }};
  by_key["terminationReason"] = {[](D& d, const std::string& v) {
                                   d.out.record.termination_reason = v;
                                   return core::Ok();
                                 },
                                 [](const MediationCase& c, std::int64_t, const MediationNames&,
                                    bool) { return Cell::Text(c.termination_reason); }};
  by_key["partiesAgreedToContinue"] = {
      [](D& d, const std::string& v) {
        return Assign(d.out.record.parties_agreed_to_continue, ParseYesNo(v));
      },
      [](const MediationCase& c, std::int64_t, const MediationNames&, bool) {
        return YesNo(c.parties_agreed_to_continue);
      }};
  // Agreement columns: setting any of them makes the row carry an agreement.
  auto agreement_setter = [](auto apply) {
    return [apply](D& d, const std::string& v) -> core::Status {
      d.any_agreement = true;
      return apply(d, v);
    };
  };
  auto agreement_getter = [agreement_of](auto get) {
    return [agreement_of, get](const MediationCase& c, std::int64_t, const MediationNames&, bool) {
      const domain::MediationAgreement* a = agreement_of(c);
      return a ? get(*a) : Cell();
    };
  };
  by_key["agreement.form"] = {agreement_setter([](D& d, const std::string& v) {
                                return Assign(d.form, ParseChoice(AgreementFormChoice(), v));
                              }),
                              agreement_getter([](const domain::MediationAgreement& a) {
                                return Label(domain::AgreementFormLabelZh(a.form));
                              })};
  by_key["agreement.effectiveOn"] = {agreement_setter([](D& d, const std::string& v) {
                                       return Assign(d.effective_on, ParseCellDate(v));
                                     }),
                                     agreement_getter([](const domain::MediationAgreement& a) {
                                       return Cell::DateValue(a.effective_on);
                                     })};
  by_key["agreement.terms"] = {
      agreement_setter([](D& d, const std::string& v) {
        d.agreement.terms = v;
        return core::Status(core::Ok());
      }),
      agreement_getter([](const domain::MediationAgreement& a) { return Cell::Text(a.terms); })};
  by_key["agreement.amountFen"] = {agreement_setter([](D& d, const std::string& v) {
                                     return Assign(d.agreement.amount_fen, ParseYuanToFen(v));
                                   }),
                                   agreement_getter([](const domain::MediationAgreement& a) {
                                     return MoneyOrEmpty(a.amount_fen);
                                   })};
  by_key["agreement.performanceDue"] = {agreement_setter([](D& d, const std::string& v) {
                                          return Assign(d.agreement.performance_due,
                                                        ParseCellDate(v));
                                        }),
                                        agreement_getter([](const domain::MediationAgreement& a) {
                                          return Cell::OptionalDate(a.performance_due);
                                        })};
  by_key["agreement.performance"] = {
      agreement_setter([](D& d, const std::string& v) {
        return Assign(d.performance, ParseChoice(PerformanceChoice(), v));
      }),
      agreement_getter([](const domain::MediationAgreement& a) {
        return Label(domain::PerformanceStatusLabelZh(a.performance));
      })};
  by_key["agreement.performedOn"] = {agreement_setter([](D& d, const std::string& v) {
                                       return Assign(d.agreement.performed_on, ParseCellDate(v));
                                     }),
                                     agreement_getter([](const domain::MediationAgreement& a) {
                                       return Cell::OptionalDate(a.performed_on);
                                     })};
  by_key["agreement.lastFollowupOn"] = {agreement_setter([](D& d, const std::string& v) {
                                          return Assign(d.agreement.last_followup_on,
                                                        ParseCellDate(v));
                                        }),
                                        agreement_getter([](const domain::MediationAgreement& a) {
                                          return Cell::OptionalDate(a.last_followup_on);
                                        })};
  by_key["agreement.confirmationAppliedOn"] = {
      agreement_setter([](D& d, const std::string& v) {
        return Assign(d.agreement.confirmation_applied_on, ParseCellDate(v));
      }),
      agreement_getter([](const domain::MediationAgreement& a) {
        return Cell::OptionalDate(a.confirmation_applied_on);
      })};
  by_key["agreement.confirmationCourt"] = {
      agreement_setter([](D& d, const std::string& v) {
        d.agreement.confirmation_court = v;
        return core::Status(core::Ok());
      }),
      agreement_getter(
          [](const domain::MediationAgreement& a) { return Cell::Text(a.confirmation_court); })};
  by_key["agreement.confirmationResult"] = {
      agreement_setter([](D& d, const std::string& v) {
        return Assign(d.confirmation, ParseChoice(ConfirmationChoice(), v));
      }),
      agreement_getter([](const domain::MediationAgreement& a) {
        return Label(domain::ConfirmationResultLabelZh(a.confirmation_result));
      })};
  by_key["agreement.confirmationDecidedOn"] = {
      agreement_setter([](D& d, const std::string& v) {
        return Assign(d.agreement.confirmation_decided_on, ParseCellDate(v));
      }),
      agreement_getter([](const domain::MediationAgreement& a) {
        return Cell::OptionalDate(a.confirmation_decided_on);
      })};
  by_key["preventedCriminal"] = {[](D& d, const std::string& v) {
                                   return Assign(d.out.record.prevented_criminal, ParseYesNo(v));
                                 },
                                 [](const MediationCase& c, std::int64_t, const MediationNames&,
                                    bool) { return YesNo(c.prevented_criminal); }};
  by_key["preventedGroupPetition"] = {
      [](D& d, const std::string& v) {
        return Assign(d.out.record.prevented_group_petition, ParseYesNo(v));
      },
      [](const MediationCase& c, std::int64_t, const MediationNames&, bool) {
        return YesNo(c.prevented_group_petition);
      }};

  std::vector<MediationColumn> out;
  for (const ColumnSpec& spec : LedgerColumns(Ledger::kMediation)) {
    auto it = by_key.find(spec.key);
    if (it == by_key.end()) {
      // A layout column without conversion is a programming error caught by the tests.
      out.push_back({{}, [](const MediationCase&, std::int64_t, const MediationNames&, bool) {
                       return Cell();
                     }});
      continue;
    }
    out.push_back(it->second);
  }
  return out;
}

const std::vector<MediationColumn>& MediationColumns() {
  static const std::vector<MediationColumn> kColumns = BuildMediationColumns();
  return kColumns;
}

// ---- petition ----

struct PetitionDraft {
  PetitionImportRow out;
  std::optional<domain::PetitionSource> source;
  std::optional<std::int64_t> group_size;
  bool any_extension = false;
  domain::PetitionExtension extension;
  bool any_review = false;
  bool any_re_review = false;
  domain::PetitionReview review;
  domain::PetitionReview re_review;
};

using PetitionSetter = std::function<core::Status(PetitionDraft&, const std::string&)>;
using PetitionGetter =
    std::function<Cell(const Petition&, std::int64_t, std::string_view township, bool)>;

struct PetitionColumn {
  PetitionSetter set;
  PetitionGetter get;
};

std::vector<PetitionColumn> BuildPetitionColumns() {
  using D = PetitionDraft;
  using P = Petition;
  std::map<std::string_view, PetitionColumn> by_key;
  // Most petition columns are one field of the record.
  auto text = [](std::string P::*field) {
    return PetitionColumn{
        [field](D& d, const std::string& v) {
          d.out.record.*field = v;
          return core::Ok();
        },
        [field](const P& p, std::int64_t, std::string_view, bool) { return Cell::Text(p.*field); }};
  };
  auto date = [](std::optional<Date> P::*field) {
    return PetitionColumn{[field](D& d, const std::string& v) {
                            return Assign(d.out.record.*field, ParseCellDate(v));
                          },
                          [field](const P& p, std::int64_t, std::string_view, bool) {
                            return Cell::OptionalDate(p.*field);
                          }};
  };
  by_key["seq"] = {
      {}, [](const P&, std::int64_t seq, std::string_view, bool) { return Cell::Integer(seq); }};
  by_key["township"] = {[](D& d, const std::string& v) {
                          d.out.township = v;
                          return core::Ok();
                        },
                        [](const P&, std::int64_t, std::string_view township, bool) {
                          return Cell::Text(std::string(township));
                        }};
  by_key["regNo"] = text(&P::reg_no);
  by_key["receivedOn"] = {
      [](D& d, const std::string& v) { return Assign(d.out.record.received_on, ParseCellDate(v)); },
      [](const P& p, std::int64_t, std::string_view, bool) {
        return Cell::DateValue(p.received_on);
      }};
  by_key["channel"] = {[](D& d, const std::string& v) {
                         return Assign(d.out.record.channel, ParseChoice(ChannelChoice(), v));
                       },
                       [](const P& p, std::int64_t, std::string_view, bool) {
                         return Label(domain::PetitionChannelLabelZh(p.channel));
                       }};
  by_key["source"] = {
      [](D& d, const std::string& v) { return Assign(d.source, ParseChoice(SourceChoice(), v)); },
      [](const P& p, std::int64_t, std::string_view, bool) {
        return Label(domain::PetitionSourceLabelZh(p.source));
      }};
  by_key["assignedBy"] = text(&P::assigned_by);
  by_key["petitionerName"] = text(&P::petitioner_name);
  by_key["idNumber"] = {[](D& d, const std::string& v) -> core::Status {
                          RETURN_IF_ERROR(CheckIdentifier(v, "身份证号", "ID number"));
                          d.out.record.id_number = v;
                          return core::Ok();
                        },
                        [](const P& p, std::int64_t, std::string_view, bool unmasked) {
                          return Cell::Text(unmasked || p.id_number.empty()
                                                ? p.id_number
                                                : domain::MaskIdCard(p.id_number));
                        }};
  by_key["phone"] = {
      [](D& d, const std::string& v) -> core::Status {
        RETURN_IF_ERROR(CheckNotMasked(v, "电话", "phone number"));
        d.out.record.phone = v;
        return core::Ok();
      },
      [](const P& p, std::int64_t, std::string_view, bool unmasked) {
        return Cell::Text(unmasked || p.phone.empty() ? p.phone : domain::MaskPhone(p.phone));
      }};
  by_key["address"] = text(&P::address);
  by_key["groupSize"] = {
      [](D& d, const std::string& v) { return Assign(d.group_size, ParseCount(v)); },
      [](const P& p, std::int64_t, std::string_view, bool) { return Cell::Integer(p.group_size); }};
  by_key["representatives"] = {[](D& d, const std::string& v) -> core::Status {
                                 ASSIGN_OR_RETURN(std::int64_t n, ParseCount(v));
                                 d.out.record.representatives = static_cast<int>(n);
                                 return core::Ok();
                               },
                               [](const P& p, std::int64_t, std::string_view, bool) {
                                 return p.representatives == 0 ? Cell()
                                                               : Cell::Integer(p.representatives);
                               }};
  by_key["category"] = {[](D& d, const std::string& v) {
                          return Assign(d.out.record.category, ParseChoice(CategoryChoice(), v));
                        },
                        [](const P& p, std::int64_t, std::string_view, bool) {
                          return Label(domain::PetitionCategoryLabelZh(p.category));
                        }};
  by_key["request"] = text(&P::request);
  by_key["facts"] = text(&P::facts);
  by_key["reasons"] = text(&P::reasons);
  by_key["urgent"] = {
      [](D& d, const std::string& v) { return Assign(d.out.record.urgent, ParseYesNo(v)); },
      [](const P& p, std::int64_t, std::string_view, bool) { return YesNo(p.urgent); }};
  by_key["acknowledgedOn"] = date(&P::acknowledged_on);
  by_key["acceptedOn"] = date(&P::accepted_on);
  by_key["objectedOn"] = date(&P::objected_on);
  by_key["diversion"] = {[](D& d, const std::string& v) {
                           return Assign(d.out.record.diversion, ParseChoice(DiversionChoice(), v));
                         },
                         [](const P& p, std::int64_t, std::string_view, bool) {
                           return p.diversion == domain::DiversionChannel::kNone
                                      ? Cell()
                                      : Label(domain::DiversionChannelLabelZh(p.diversion));
                         }};
  by_key["divertedOn"] = date(&P::diverted_on);
  auto extension = [](auto set, auto get) {
    return PetitionColumn{[set](D& d, const std::string& v) -> core::Status {
                            d.any_extension = true;
                            return set(d.extension, v);
                          },
                          [get](const P& p, std::int64_t, std::string_view, bool) {
                            return p.extension ? get(*p.extension) : Cell();
                          }};
  };
  by_key["extension.days"] = extension(
      [](domain::PetitionExtension& e, const std::string& v) -> core::Status {
        ASSIGN_OR_RETURN(std::int64_t n, ParseCount(v));
        e.days = static_cast<int>(n);
        return core::Ok();
      },
      [](const domain::PetitionExtension& e) { return Cell::Integer(e.days); });
  by_key["extension.approver"] = extension(
      [](domain::PetitionExtension& e, const std::string& v) -> core::Status {
        e.approver = v;
        return core::Ok();
      },
      [](const domain::PetitionExtension& e) { return Cell::Text(e.approver); });
  by_key["extension.approvedOn"] =
      extension([](domain::PetitionExtension& e,
                   const std::string& v) { return Assign(e.approved_on, ParseCellDate(v)); },
                [](const domain::PetitionExtension& e) { return Cell::DateValue(e.approved_on); });
  by_key["extension.reason"] = extension(
      [](domain::PetitionExtension& e, const std::string& v) -> core::Status {
        e.reason = v;
        return core::Ok();
      },
      [](const domain::PetitionExtension& e) { return Cell::Text(e.reason); });
  by_key["extension.petitionerNotified"] =
      extension([](domain::PetitionExtension& e,
                   const std::string& v) { return Assign(e.petitioner_notified, ParseYesNo(v)); },
                [](const domain::PetitionExtension& e) { return YesNo(e.petitioner_notified); });
  by_key["closedOn"] = date(&P::closed_on);
  by_key["outcome"] = {[](D& d, const std::string& v) {
                         return Assign(d.out.record.outcome,
                                       ParseChoice(PetitionOutcomeChoice(), v));
                       },
                       [](const P& p, std::int64_t, std::string_view, bool) {
                         return Label(domain::PetitionOutcomeLabelZh(p.outcome));
                       }};
  by_key["replyServedOn"] = date(&P::reply_served_on);
  by_key["satisfaction"] = {[](D& d, const std::string& v) {
                              return Assign(d.out.record.satisfaction,
                                            ParseChoice(SatisfactionChoice(), v));
                            },
                            [](const P& p, std::int64_t, std::string_view, bool) {
                              return p.satisfaction == domain::Satisfaction::kNone
                                         ? Cell()
                                         : Label(domain::SatisfactionLabelZh(p.satisfaction));
                            }};
  by_key["ratedOn"] = date(&P::rated_on);
  by_key["leadLeader"] = text(&P::lead_leader);
  by_key["leadAssignedOn"] = date(&P::lead_assigned_on);
  // 复查 (review) and 复核 (reReview).
  auto review = [](bool second, auto set, auto get) {
    return PetitionColumn{[second, set](D& d, const std::string& v) -> core::Status {
                            (second ? d.any_re_review : d.any_review) = true;
                            return set(second ? d.re_review : d.review, v);
                          },
                          [second, get](const P& p, std::int64_t, std::string_view, bool) {
                            const auto& r = second ? p.re_review : p.review;
                            return r ? get(*r) : Cell();
                          }};
  };
  struct ReviewKeys {
    bool second;
    std::string_view requested_on, organ, replied_on, result;
  };
  for (const ReviewKeys& keys : {ReviewKeys{false, "review.requestedOn", "review.organ",
                                            "review.repliedOn", "review.result"},
                                 ReviewKeys{true, "reReview.requestedOn", "reReview.organ",
                                            "reReview.repliedOn", "reReview.result"}}) {
    const bool second = keys.second;
    by_key[keys.requested_on] = review(
        second,
        [](domain::PetitionReview& r, const std::string& v) {
          return Assign(r.requested_on, ParseCellDate(v));
        },
        [](const domain::PetitionReview& r) { return Cell::DateValue(r.requested_on); });
    by_key[keys.organ] = review(
        second,
        [](domain::PetitionReview& r, const std::string& v) -> core::Status {
          r.organ = v;
          return core::Ok();
        },
        [](const domain::PetitionReview& r) { return Cell::Text(r.organ); });
    by_key[keys.replied_on] = review(
        second,
        [](domain::PetitionReview& r, const std::string& v) {
          return Assign(r.replied_on, ParseCellDate(v));
        },
        [](const domain::PetitionReview& r) { return Cell::OptionalDate(r.replied_on); });
    by_key[keys.result] = review(
        second,
        [](domain::PetitionReview& r, const std::string& v) -> core::Status {
          r.result = v;
          return core::Ok();
        },
        [](const domain::PetitionReview& r) { return Cell::Text(r.result); });
  }
  by_key["status"] = {{}, [](const P& p, std::int64_t, std::string_view, bool) {
                        return Cell::Text(std::string(PetitionStatusZh(p)));
                      }};

  std::vector<PetitionColumn> out;
  for (const ColumnSpec& spec : LedgerColumns(Ledger::kPetition)) {
    auto it = by_key.find(spec.key);
    if (it == by_key.end()) {
      out.push_back({{}, [](const P&, std::int64_t, std::string_view, bool) { return Cell(); }});
      continue;
    }
    out.push_back(it->second);
  }
  return out;
}

const std::vector<PetitionColumn>& PetitionColumns() {
  static const std::vector<PetitionColumn> kColumns = BuildPetitionColumns();
  return kColumns;
}

std::optional<MediationImportRow> ParseMediationRow(const SheetRow& row,
                                                    const HeaderMapping& mapping,
                                                    std::vector<RowProblem>& problems) {
  MediationDraft d;
  d.out.row = row.number;
  bool ok = FillDraft(Ledger::kMediation, row, mapping, MediationColumns(), d, problems);
  auto problem = [&](std::string_view key, const core::Error& e) {
    std::string header;
    const auto& columns = LedgerColumns(Ledger::kMediation);
    for (std::size_t col = 0; col < columns.size(); ++col) {
      if (columns[col].key == key) {
        header =
            mapping.headers[col].empty() ? std::string(columns[col].header) : mapping.headers[col];
      }
    }
    problems.push_back({row.number, header, std::string(key), e.message, e.message_en});
    ok = false;
  };
  // Parties, one entry per name in each list.
  const std::size_t n = d.names.size();
  auto check_count = [&](const std::vector<std::string>& list, std::string_view key,
                         std::string_view zh, std::string_view en, bool broadcast) {
    if (list.empty() || list.size() == n || (broadcast && list.size() == 1)) return true;
    problem(key, ListCountProblem(list.size(), n, zh, en).error());
    return false;
  };
  bool lists_ok = check_count(d.kinds, "parties.kind", "当事人类别", "party kinds", false);
  lists_ok =
      check_count(d.numbers, "parties.idNumber", "证件号码", "ID numbers", false) && lists_ok;
  lists_ok = check_count(d.phones, "parties.phone", "电话", "phone numbers", false) && lists_ok;
  lists_ok = check_count(d.addresses, "parties.address", "住址", "addresses", true) && lists_ok;
  if (lists_ok) {
    for (std::size_t i = 0; i < n; ++i) {
      domain::MediationParty party;
      party.name = d.names[i];
      std::string number = d.numbers.empty() ? std::string() : d.numbers[i];
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
      if (!d.addresses.empty())
        party.address = d.addresses.size() == 1 ? d.addresses[0] : d.addresses[i];
      d.out.record.parties.push_back(std::move(party));
    }
  }
  // Outcome: without one, a case with no conclusion date is still open.
  MediationCase& c = d.out.record;
  if (d.outcome) {
    c.outcome = *d.outcome;
  } else if (c.concluded_on) {
    problem("outcome",
            core::InvalidArgument("", "已填写结案日期，请同时填写调解结果（成功、失败或终止）",
                                  "A conclusion date is given: also give the outcome "
                                  "(success, failed or terminated)"));
  } else {
    c.outcome = domain::MediationOutcome::kOpen;
  }
  if (c.outcome == domain::MediationOutcome::kSuccess || d.any_agreement) {
    domain::MediationAgreement a = d.agreement;
    a.form = d.form.value_or(domain::AgreementForm::kWritten);
    if (d.effective_on) {
      a.effective_on = *d.effective_on;
    } else if (c.concluded_on) {
      a.effective_on = *c.concluded_on;
    }
    a.performance = d.performance.value_or(domain::PerformanceStatus::kPending);
    a.confirmation_result =
        d.confirmation.value_or(a.confirmation_applied_on ? domain::ConfirmationResult::kPending
                                                          : domain::ConfirmationResult::kNone);
    c.agreement = std::move(a);
  }
  if (!ok) return std::nullopt;
  return std::move(d.out);
}

std::optional<PetitionImportRow> ParsePetitionRow(const SheetRow& row, const HeaderMapping& mapping,
                                                  std::vector<RowProblem>& problems) {
  PetitionDraft d;
  d.out.row = row.number;
  bool ok = FillDraft(Ledger::kPetition, row, mapping, PetitionColumns(), d, problems);
  Petition& p = d.out.record;
  p.source = d.source.value_or(p.assigned_by.empty() ? domain::PetitionSource::kDirect
                                                     : domain::PetitionSource::kAssigned);
  if (d.group_size) p.group_size = static_cast<int>(*d.group_size);
  if (d.any_extension) p.extension = d.extension;
  if (d.any_review) p.review = d.review;
  if (d.any_re_review) p.re_review = d.re_review;
  if (!ok) return std::nullopt;
  return std::move(d.out);
}

}  // namespace

domain::PartyKind InferPartyKind(std::string_view name, std::string_view number) {
  const core::Date far_future = core::MakeDate(2999, 12, 31);
  if (!number.empty()) {
    if (domain::ValidateIdCard(number, far_future)) return domain::PartyKind::kPerson;
    if (domain::ValidateUscc(number)) return domain::PartyKind::kOrganisation;
    // An 18-character number with a letter before the last place is meant as a USCC.
    std::string folded = FoldFullWidth(domain::TrimText(number));
    if (folded.size() == 18) {
      for (std::size_t i = 0; i + 1 < folded.size(); ++i) {
        char ch = folded[i];
        if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')) {
          return domain::PartyKind::kOrganisation;
        }
      }
    }
    return domain::PartyKind::kPerson;
  }
  static constexpr std::string_view kOrgEndings[] = {
      "公司",   "厂",     "合作社", "委员会", "中心",   "医院",     "卫生院", "学校",
      "小学",   "中学",   "幼儿园", "商店",   "超市",   "集团",     "协会",   "银行",
      "经营部", "门市部", "事务所", "研究所", "派出所", "村民小组", "工作室", "农场",
      "养殖场", "酒店",   "饭店",   "宾馆",   "药房",   "药店",     "加油站", "工程队",
      "车队",   "物业",   "政府",   "办事处", "管理处", "管理站"};
  std::string_view t = domain::TrimText(name);
  for (std::string_view ending : kOrgEndings) {
    if (EndsWith(t, ending)) return domain::PartyKind::kOrganisation;
  }
  return domain::PartyKind::kPerson;
}

core::Result<ParsedLedger<MediationImportRow>> ParseMediationSheet(const Sheet& sheet) {
  return Walk<MediationImportRow>(Ledger::kMediation, sheet, ParseMediationRow);
}

core::Result<ParsedLedger<PetitionImportRow>> ParsePetitionSheet(const Sheet& sheet) {
  return Walk<PetitionImportRow>(Ledger::kPetition, sheet, ParsePetitionRow);
}

std::vector<Cell> MediationExportRow(const MediationCase& c, std::int64_t seq,
                                     const MediationNames& names, const ExportRowOptions& options) {
  const auto& columns = LedgerColumns(Ledger::kMediation);
  const auto& conversions = MediationColumns();
  std::vector<Cell> cells;
  cells.reserve(columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].multi_township && !options.several_townships) continue;
    cells.push_back(conversions[i].get(c, seq, names, options.unmasked));
  }
  return cells;
}

std::vector<Cell> PetitionExportRow(const Petition& p, std::int64_t seq, std::string_view township,
                                    const ExportRowOptions& options) {
  const auto& columns = LedgerColumns(Ledger::kPetition);
  const auto& conversions = PetitionColumns();
  std::vector<Cell> cells;
  cells.reserve(columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].multi_township && !options.several_townships) continue;
    cells.push_back(conversions[i].get(p, seq, township, options.unmasked));
  }
  return cells;
}

std::string_view PetitionStatusZh(const Petition& p) {
  if (p.concluded_final) return "已终结";
  if (p.diversion != domain::DiversionChannel::kNone) return "已导入法定途径";
  if (p.closed_on) return "已办结";
  if (p.accepted_on) return "办理中";
  return "待受理";
}

}  // namespace fazhi::exchange
