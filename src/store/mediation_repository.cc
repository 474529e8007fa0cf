// store/mediation_repository.cc — see mediation_repository.h.
#include "store/mediation_repository.h"

#include <map>
#include <string>
#include <utility>

#include "store/internal/repo_util.h"
#include "store/internal/rows.h"
#include "store/internal/scope_sql.h"
#include "store/internal/session.h"
#include "store/internal/tables.h"

namespace fazhi::store {

using internal::AgreementTable;
using internal::CaseTable;
using internal::CommitteeMemberTable;
using internal::CommitteeTable;
using internal::MediatorTable;
using internal::Params;
using internal::PartyTable;
using internal::ScreenedDisputeTable;
using internal::ScreeningRoundTable;
using internal::Session;

namespace {

core::Error CommitteeNotFound() { return internal::RecordNotFound("调解委员会", "Committee"); }
core::Error MediatorNotFound() { return internal::RecordNotFound("调解员", "Mediator"); }
core::Error RoundNotFound() { return internal::RecordNotFound("排查记录", "Screening round"); }
core::Error DisputeNotFound() {
  return internal::RecordNotFound("排查出的纠纷", "Screened dispute");
}
core::Error CaseNotFound() { return internal::RecordNotFound("调解案件", "Mediation case"); }

core::Status CheckCommittee(Database& db, std::int64_t committee_id, std::int64_t township_id) {
  return internal::CheckSameTownship(db, "med_committee", committee_id, township_id, "committeeId",
                                     "调解委员会", "The mediation committee");
}

// ---- children ----

core::Status AttachMembers(Database& db, std::vector<domain::MediationCommittee>& committees) {
  std::vector<std::int64_t> ids;
  std::map<std::int64_t, domain::MediationCommittee*> by_id;
  for (auto& c : committees) {
    ids.push_back(c.id);
    by_id[c.id] = &c;
    c.members.clear();
  }
  return internal::SelectChildren<CommitteeMemberTable>(
      db, "committee_id", ids,
      [&](domain::CommitteeMember&& m) { by_id[m.committee_id]->members.push_back(std::move(m)); });
}

core::Status AttachCaseChildren(Database& db, std::vector<domain::MediationCase>& cases) {
  std::vector<std::int64_t> ids;
  std::map<std::int64_t, domain::MediationCase*> by_id;
  for (auto& c : cases) {
    ids.push_back(c.id);
    by_id[c.id] = &c;
    c.parties.clear();
    c.agreement.reset();
  }
  RETURN_IF_ERROR(internal::SelectChildren<PartyTable>(
      db, "case_id", ids,
      [&](domain::MediationParty&& p) { by_id[p.case_id]->parties.push_back(std::move(p)); }));
  return internal::SelectChildren<AgreementTable>(
      db, "case_id", ids,
      [&](domain::MediationAgreement&& a) { by_id[a.case_id]->agreement = std::move(a); });
}

core::Result<std::vector<domain::MediationCommittee>> SelectCommittees(Database& db,
                                                                       const std::string& where,
                                                                       Params& params) {
  ASSIGN_OR_RETURN(auto committees, internal::SelectVector<CommitteeTable>(
                                        Session(db),
                                        "SELECT " + internal::SelectList<CommitteeTable>("t") +
                                            " FROM med_committee t WHERE " + where +
                                            " ORDER BY t.township_id, t.level, t.name, t.id",
                                        params));
  RETURN_IF_ERROR(AttachMembers(db, committees));
  return committees;
}

core::Result<std::vector<domain::MediationCase>> SelectCases(Database& db, const std::string& where,
                                                             const std::string& tail,
                                                             Params& params) {
  ASSIGN_OR_RETURN(auto cases, internal::SelectVector<CaseTable>(
                                   Session(db),
                                   "SELECT " + internal::SelectList<CaseTable>("c") +
                                       " FROM mediation_case c WHERE " + where + " " + tail,
                                   params));
  RETURN_IF_ERROR(AttachCaseChildren(db, cases));
  return cases;
}

// Writes the agreement of case `case_id`: insert, update, or delete when absent.
core::Status SaveAgreement(Database& db, std::int64_t case_id,
                           std::optional<domain::MediationAgreement>& agreement) {
  soci::session& sql = Session(db);
  Params params;
  std::string p = params.Int(case_id);
  auto stored =
      internal::SelectInt(sql, "SELECT id FROM mediation_agreement WHERE case_id = " + p, params);
  if (!agreement) {
    if (stored) {
      std::int64_t id = *stored;
      sql << "DELETE FROM mediation_agreement WHERE id = :id", soci::use(id);
    }
    return core::Ok();
  }
  if (agreement->id != 0 && (!stored || agreement->id != *stored)) {
    return core::Fail(core::InvalidArgument("agreement", "调解协议不属于该案件",
                                            "The agreement belongs to another case"));
  }
  agreement->case_id = case_id;
  if (stored) {
    agreement->id = *stored;
    internal::UpdateRecord<AgreementTable>(sql, *stored, *agreement);
  } else {
    agreement->id = internal::InsertRecord<AgreementTable>(sql, *agreement);
  }
  return core::Ok();
}

core::Status CheckCaseReferences(Database& db, const domain::MediationCase& c,
                                 std::int64_t township_id) {
  RETURN_IF_ERROR(CheckCommittee(db, c.committee_id, township_id));
  if (c.mediator_id) {
    RETURN_IF_ERROR(internal::CheckSameTownship(db, "mediator", *c.mediator_id, township_id,
                                                "mediatorId", "调解员", "The mediator"));
  }
  return core::Ok();
}

// Checks an explicit township filter of a list: a township inside the scope.
core::Status CheckFilterTownship(Database& db, const Scope& scope,
                                 const std::optional<std::int64_t>& township_id) {
  if (!township_id) return core::Ok();
  return internal::CheckTownshipReadable(db, scope, *township_id);
}

core::Status CheckDisputeReferences(Database& db, const domain::ScreenedDispute& d,
                                    std::int64_t township_id) {
  if (d.village_id) RETURN_IF_ERROR(internal::CheckVillage(db, *d.village_id, township_id));
  if (d.mediation_case_id) {
    RETURN_IF_ERROR(internal::CheckSameTownship(db, "mediation_case", *d.mediation_case_id,
                                                township_id, "mediationCaseId", "调解案件",
                                                "The mediation case"));
  }
  return core::Ok();
}

}  // namespace

// ---- committees ----

core::Result<domain::MediationCommittee> MediationRepository::CreateCommittee(
    const Scope& scope, domain::MediationCommittee committee) {
  const core::Status written = internal::Tx(db_, "create committee", [&]() -> core::Status {
    RETURN_IF_ERROR(internal::CheckTownshipWritable(db_, scope, committee.township_id));
    if (committee.village_id) {
      RETURN_IF_ERROR(internal::CheckVillage(db_, *committee.village_id, committee.township_id));
    }
    committee.id = internal::InsertRecord<CommitteeTable>(Session(db_), committee);
    for (auto& m : committee.members) {
      m.committee_id = committee.id;
      m.id = internal::InsertRecord<CommitteeMemberTable>(Session(db_), m);
    }
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return committee;
}

core::Result<domain::MediationCommittee> MediationRepository::GetCommittee(const Scope& scope,
                                                                           std::int64_t id) {
  return internal::Guarded(db_, "get committee", [&]() -> core::Result<domain::MediationCommittee> {
    Params params;
    std::string where = internal::TownshipCondition(scope, "t.township_id", params) +
                        " AND t.id = " + params.Int(id);
    ASSIGN_OR_RETURN(auto rows, SelectCommittees(db_, where, params));
    if (rows.empty()) return core::Fail(CommitteeNotFound());
    return std::move(rows.front());
  });
}

core::Result<domain::MediationCommittee> MediationRepository::UpdateCommittee(
    const Scope& scope, const domain::MediationCommittee& committee) {
  domain::MediationCommittee c = committee;
  const core::Status written = internal::Tx(db_, "update committee", [&]() -> core::Status {
    ASSIGN_OR_RETURN(c.township_id, internal::StoredTownship(db_, scope, "med_committee", c.id,
                                                             c.township_id, CommitteeNotFound()));
    if (c.village_id) RETURN_IF_ERROR(internal::CheckVillage(db_, *c.village_id, c.township_id));
    internal::UpdateRecord<CommitteeTable>(Session(db_), c.id, c);
    const std::int64_t committee_id = c.id;
    return internal::ReplaceChildren<CommitteeMemberTable>(
        db_, "committee_id", c.id, c.members,
        [&](domain::CommitteeMember& m) { m.committee_id = committee_id; }, "members");
  });
  if (!written) return core::Fail(written.error());
  return GetCommittee(scope, c.id);
}

core::Result<std::vector<domain::MediationCommittee>> MediationRepository::ListCommittees(
    const Scope& scope, std::optional<std::int64_t> township_id) {
  return internal::Guarded(
      db_, "list committees", [&]() -> core::Result<std::vector<domain::MediationCommittee>> {
        RETURN_IF_ERROR(CheckFilterTownship(db_, scope, township_id));
        Params params;
        std::string where = internal::TownshipCondition(scope, "t.township_id", params);
        if (township_id) where += " AND t.township_id = " + params.Int(*township_id);
        return SelectCommittees(db_, where, params);
      });
}

// ---- mediators ----

core::Result<domain::Mediator> MediationRepository::CreateMediator(const Scope& scope,
                                                                   domain::Mediator mediator) {
  const core::Status written = internal::Tx(db_, "create mediator", [&]() -> core::Status {
    RETURN_IF_ERROR(internal::CheckTownshipWritable(db_, scope, mediator.township_id));
    RETURN_IF_ERROR(CheckCommittee(db_, mediator.committee_id, mediator.township_id));
    mediator.id = internal::InsertRecord<MediatorTable>(Session(db_), mediator);
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return mediator;
}

core::Result<domain::Mediator> MediationRepository::GetMediator(const Scope& scope,
                                                                std::int64_t id) {
  return internal::Guarded(db_, "get mediator", [&]() -> core::Result<domain::Mediator> {
    return internal::GetScoped<MediatorTable>(db_, scope, id, MediatorNotFound());
  });
}

core::Result<domain::Mediator> MediationRepository::UpdateMediator(
    const Scope& scope, const domain::Mediator& mediator) {
  domain::Mediator m = mediator;
  const core::Status written = internal::Tx(db_, "update mediator", [&]() -> core::Status {
    ASSIGN_OR_RETURN(m.township_id, internal::StoredTownship(db_, scope, "mediator", m.id,
                                                             m.township_id, MediatorNotFound()));
    RETURN_IF_ERROR(CheckCommittee(db_, m.committee_id, m.township_id));
    internal::UpdateRecord<MediatorTable>(Session(db_), m.id, m);
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return m;
}

core::Result<std::vector<domain::Mediator>> MediationRepository::ListMediators(
    const Scope& scope, std::optional<std::int64_t> township_id,
    std::optional<std::int64_t> committee_id) {
  return internal::Guarded(
      db_, "list mediators", [&]() -> core::Result<std::vector<domain::Mediator>> {
        RETURN_IF_ERROR(CheckFilterTownship(db_, scope, township_id));
        Params params;
        std::string where = internal::TownshipCondition(scope, "t.township_id", params);
        if (township_id) where += " AND t.township_id = " + params.Int(*township_id);
        if (committee_id) where += " AND t.committee_id = " + params.Int(*committee_id);
        return internal::SelectVector<MediatorTable>(
            Session(db_),
            "SELECT " + internal::SelectList<MediatorTable>("t") + " FROM mediator t WHERE " +
                where + " ORDER BY t.name, t.id",
            params);
      });
}

// ---- screening ----

core::Result<domain::ScreeningRound> MediationRepository::CreateScreeningRound(
    const Scope& scope, domain::ScreeningRound round) {
  const core::Status written = internal::Tx(db_, "create screening round", [&]() -> core::Status {
    RETURN_IF_ERROR(internal::CheckTownshipWritable(db_, scope, round.township_id));
    if (round.village_id) {
      RETURN_IF_ERROR(internal::CheckVillage(db_, *round.village_id, round.township_id));
    }
    round.id = internal::InsertRecord<ScreeningRoundTable>(Session(db_), round);
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return round;
}

core::Result<domain::ScreeningRound> MediationRepository::GetScreeningRound(const Scope& scope,
                                                                            std::int64_t id) {
  return internal::Guarded(
      db_, "get screening round", [&]() -> core::Result<domain::ScreeningRound> {
        return internal::GetScoped<ScreeningRoundTable>(db_, scope, id, RoundNotFound());
      });
}

core::Result<domain::ScreeningRound> MediationRepository::UpdateScreeningRound(
    const Scope& scope, const domain::ScreeningRound& round) {
  domain::ScreeningRound r = round;
  const core::Status written = internal::Tx(db_, "update screening round", [&]() -> core::Status {
    ASSIGN_OR_RETURN(r.township_id, internal::StoredTownship(db_, scope, "screening_round", r.id,
                                                             r.township_id, RoundNotFound()));
    if (r.village_id) RETURN_IF_ERROR(internal::CheckVillage(db_, *r.village_id, r.township_id));
    internal::UpdateRecord<ScreeningRoundTable>(Session(db_), r.id, r);
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return r;
}

core::Result<std::vector<domain::ScreeningRound>> MediationRepository::ListScreeningRounds(
    const Scope& scope, std::optional<std::int64_t> township_id, std::optional<core::Date> from,
    std::optional<core::Date> to) {
  return internal::Guarded(
      db_, "list screening rounds", [&]() -> core::Result<std::vector<domain::ScreeningRound>> {
        RETURN_IF_ERROR(CheckFilterTownship(db_, scope, township_id));
        Params params;
        std::string where = internal::TownshipCondition(scope, "t.township_id", params);
        if (township_id) where += " AND t.township_id = " + params.Int(*township_id);
        internal::AddDateRange(where, params, "t.held_on", from, to);
        return internal::SelectVector<ScreeningRoundTable>(
            Session(db_),
            "SELECT " + internal::SelectList<ScreeningRoundTable>("t") +
                " FROM screening_round t WHERE " + where + " ORDER BY t.held_on, t.id",
            params);
      });
}

core::Result<domain::ScreenedDispute> MediationRepository::CreateScreenedDispute(
    const Scope& scope, domain::ScreenedDispute dispute) {
  const core::Status written = internal::Tx(db_, "create screened dispute", [&]() -> core::Status {
    Params params;
    std::string p = params.Int(dispute.round_id);
    auto round_township = internal::SelectInt(
        Session(db_), "SELECT township_id FROM screening_round WHERE id = " + p, params);
    if (!round_township) {
      return core::Fail(
          core::InvalidArgument("roundId", "排查记录不存在", "The screening round does not exist"));
    }
    RETURN_IF_ERROR(internal::CheckTownshipWritable(db_, scope, *round_township));
    if (dispute.township_id != 0 && dispute.township_id != *round_township) {
      return core::Fail(core::InvalidArgument("townshipId", "纠纷所属乡镇与排查记录不一致",
                                              "The dispute's township differs from its round's"));
    }
    dispute.township_id = *round_township;
    RETURN_IF_ERROR(CheckDisputeReferences(db_, dispute, dispute.township_id));
    dispute.id = internal::InsertRecord<ScreenedDisputeTable>(Session(db_), dispute);
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return dispute;
}

core::Result<domain::ScreenedDispute> MediationRepository::GetScreenedDispute(const Scope& scope,
                                                                              std::int64_t id) {
  return internal::Guarded(
      db_, "get screened dispute", [&]() -> core::Result<domain::ScreenedDispute> {
        return internal::GetScoped<ScreenedDisputeTable>(db_, scope, id, DisputeNotFound());
      });
}

core::Result<domain::ScreenedDispute> MediationRepository::UpdateScreenedDispute(
    const Scope& scope, const domain::ScreenedDispute& dispute) {
  domain::ScreenedDispute d = dispute;
  const core::Status written = internal::Tx(db_, "update screened dispute", [&]() -> core::Status {
    ASSIGN_OR_RETURN(d.township_id, internal::StoredTownship(db_, scope, "screened_dispute", d.id,
                                                             d.township_id, DisputeNotFound()));
    RETURN_IF_ERROR(internal::CheckSameTownship(db_, "screening_round", d.round_id, d.township_id,
                                                "roundId", "排查记录", "The screening round"));
    RETURN_IF_ERROR(CheckDisputeReferences(db_, d, d.township_id));
    internal::UpdateRecord<ScreenedDisputeTable>(Session(db_), d.id, d);
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return d;
}

core::Result<Page<domain::ScreenedDispute>> MediationRepository::ListScreenedDisputes(
    const Scope& scope, const ScreenedDisputeFilter& filter) {
  return internal::Guarded(
      db_, "list screened disputes", [&]() -> core::Result<Page<domain::ScreenedDispute>> {
        RETURN_IF_ERROR(internal::ValidatePage(filter.page.page, filter.page.page_size));
        RETURN_IF_ERROR(CheckFilterTownship(db_, scope, filter.township_id));
        ASSIGN_OR_RETURN(std::string order,
                         internal::OrderBy(filter.page.sort, "-foundOn",
                                           {{"foundOn", "t.found_on", false}, {"id", "t.id"}}, "t.id"));
        Params params;
        std::string where = internal::TownshipCondition(scope, "t.township_id", params);
        if (filter.township_id) where += " AND t.township_id = " + params.Int(*filter.township_id);
        internal::AddDateRange(where, params, "t.found_on", filter.found_from, filter.found_to);
        if (filter.status) {
          where += " AND t.status = " +
                   params.Text(std::string(domain::ScreenedDisputeStatusCode(*filter.status)));
        }
        if (filter.round_id) where += " AND t.round_id = " + params.Int(*filter.round_id);
        Page<domain::ScreenedDispute> page;
        page.total =
            internal::SelectInt(Session(db_),
                                "SELECT COUNT(*) FROM screened_dispute t WHERE " + where, params)
                .value_or(0);
        ASSIGN_OR_RETURN(page.items,
                         internal::SelectVector<ScreenedDisputeTable>(
                             Session(db_),
                             "SELECT " + internal::SelectList<ScreenedDisputeTable>("t") +
                                 " FROM screened_dispute t WHERE " + where + " " + order +
                                 internal::LimitOffset(filter.page),
                             params));
        return page;
      });
}

// ---- cases ----

core::Result<domain::MediationCase> MediationRepository::CreateCase(const Scope& scope,
                                                                    domain::MediationCase c) {
  const core::Status written = internal::Tx(db_, "create mediation case", [&]() -> core::Status {
    RETURN_IF_ERROR(internal::CheckTownshipWritable(db_, scope, c.township_id));
    RETURN_IF_ERROR(CheckCaseReferences(db_, c, c.township_id));
    soci::session& sql = Session(db_);
    c.id = internal::InsertRecord<CaseTable>(sql, c);
    for (auto& p : c.parties) {
      p.case_id = c.id;
      p.id = internal::InsertRecord<PartyTable>(sql, p);
    }
    if (c.agreement) {
      c.agreement->case_id = c.id;
      c.agreement->id = internal::InsertRecord<AgreementTable>(sql, *c.agreement);
    }
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return c;
}

core::Result<domain::MediationCase> MediationRepository::GetCase(const Scope& scope,
                                                                 std::int64_t id) {
  return internal::Guarded(db_, "get mediation case", [&]() -> core::Result<domain::MediationCase> {
    Params params;
    std::string where = internal::TownshipCondition(scope, "c.township_id", params) +
                        " AND c.id = " + params.Int(id);
    ASSIGN_OR_RETURN(auto rows, SelectCases(db_, where, "", params));
    if (rows.empty()) return core::Fail(CaseNotFound());
    return std::move(rows.front());
  });
}

core::Result<domain::MediationCase> MediationRepository::UpdateCase(
    const Scope& scope, const domain::MediationCase& record) {
  domain::MediationCase c = record;
  const core::Status written = internal::Tx(db_, "update mediation case", [&]() -> core::Status {
    ASSIGN_OR_RETURN(c.township_id, internal::StoredTownship(db_, scope, "mediation_case", c.id,
                                                             c.township_id, CaseNotFound()));
    RETURN_IF_ERROR(CheckCaseReferences(db_, c, c.township_id));
    internal::UpdateRecord<CaseTable>(Session(db_), c.id, c);
    const std::int64_t case_id = c.id;
    RETURN_IF_ERROR(internal::ReplaceChildren<PartyTable>(
        db_, "case_id", c.id, c.parties, [&](domain::MediationParty& p) { p.case_id = case_id; },
        "parties"));
    return SaveAgreement(db_, c.id, c.agreement);
  });
  if (!written) return core::Fail(written.error());
  return GetCase(scope, c.id);
}

core::Result<Page<domain::MediationCase>> MediationRepository::ListCases(const Scope& scope,
                                                                         const CaseFilter& filter) {
  return internal::Guarded(
      db_, "list mediation cases", [&]() -> core::Result<Page<domain::MediationCase>> {
        RETURN_IF_ERROR(internal::ValidatePage(filter.page.page, filter.page.page_size));
        RETURN_IF_ERROR(CheckFilterTownship(db_, scope, filter.township_id));
        ASSIGN_OR_RETURN(std::string order, internal::OrderBy(filter.page.sort, "-acceptedOn",
                                                              {{"acceptedOn", "c.accepted_on", false},
                                                               {"concludedOn", "c.concluded_on"},
                                                               {"caseNo", "c.case_no", false},
                                                               {"amountFen", "c.amount_fen", false},
                                                               {"id", "c.id"}},
                                                              "c.id"));
        Params params;
        std::string where = internal::TownshipCondition(scope, "c.township_id", params);
        if (filter.township_id) where += " AND c.township_id = " + params.Int(*filter.township_id);
        internal::AddDateRange(where, params, "c.accepted_on", filter.accepted_from,
                               filter.accepted_to);
        internal::AddDateRange(where, params, "c.concluded_on", filter.concluded_from,
                               filter.concluded_to);
        if (filter.outcome) {
          where += " AND c.outcome = " +
                   params.Text(std::string(domain::MediationOutcomeCode(*filter.outcome)));
        }
        if (filter.category) where += " AND c.category = " + params.Text(*filter.category);
        if (!filter.text.empty()) {
          std::string pattern = internal::LikePattern(filter.text);
          std::string a = params.Text(pattern);
          std::string b = params.Text(pattern);
          std::string d = params.Text(pattern);
          where += " AND (LOWER(c.case_no) LIKE LOWER(" + a +
                   ") ESCAPE '!' OR LOWER(c.summary) LIKE LOWER(" + b +
                   ") ESCAPE '!' OR EXISTS (SELECT 1 FROM mediation_party mp WHERE mp.case_id = "
                   "c.id AND LOWER(mp.name) LIKE LOWER(" +
                   d + ") ESCAPE '!'))";
        }
        Page<domain::MediationCase> page;
        page.total =
            internal::SelectInt(Session(db_),
                                "SELECT COUNT(*) FROM mediation_case c WHERE " + where, params)
                .value_or(0);
        ASSIGN_OR_RETURN(
            page.items,
            SelectCases(db_, where, order + internal::LimitOffset(filter.page), params));
        return page;
      });
}

core::Result<MediationLedger> MediationRepository::LoadTownshipRange(const Scope& scope,
                                                                     std::int64_t township_id,
                                                                     core::Date from,
                                                                     core::Date to) {
  return internal::Guarded(db_, "load mediation ledger", [&]() -> core::Result<MediationLedger> {
    RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, township_id));
    MediationLedger ledger;
    const std::string from_text = core::FormatDate(from);
    const std::string to_text = core::FormatDate(to);
    {
      Params params;
      std::string where = "t.township_id = " + params.Int(township_id);
      ASSIGN_OR_RETURN(ledger.committees, SelectCommittees(db_, where, params));
    }
    {
      Params params;
      std::string where = "t.township_id = " + params.Int(township_id);
      ASSIGN_OR_RETURN(ledger.mediators,
                       internal::SelectVector<MediatorTable>(
                           Session(db_),
                           "SELECT " + internal::SelectList<MediatorTable>("t") +
                               " FROM mediator t WHERE " + where + " ORDER BY t.name, t.id",
                           params));
    }
    {
      Params params;
      std::string where = "t.township_id = " + params.Int(township_id) +
                          " AND t.held_on >= " + params.Text(from_text) +
                          " AND t.held_on <= " + params.Text(to_text);
      ASSIGN_OR_RETURN(
          ledger.rounds,
          internal::SelectVector<ScreeningRoundTable>(
              Session(db_),
              "SELECT " + internal::SelectList<ScreeningRoundTable>("t") +
                  " FROM screening_round t WHERE " + where + " ORDER BY t.held_on, t.id",
              params));
    }
    {
      Params params;
      std::string where = "t.township_id = " + params.Int(township_id) +
                          " AND t.found_on >= " + params.Text(from_text) +
                          " AND t.found_on <= " + params.Text(to_text);
      ASSIGN_OR_RETURN(
          ledger.disputes,
          internal::SelectVector<ScreenedDisputeTable>(
              Session(db_),
              "SELECT " + internal::SelectList<ScreenedDisputeTable>("t") +
                  " FROM screened_dispute t WHERE " + where + " ORDER BY t.found_on, t.id",
              params));
    }
    {
      Params params;
      std::string where =
          "c.township_id = " + params.Int(township_id) +
          " AND c.accepted_on <= " + params.Text(to_text) +
          " AND (c.concluded_on IS NULL OR c.concluded_on >= " + params.Text(from_text) + ")";
      ASSIGN_OR_RETURN(ledger.cases,
                       SelectCases(db_, where, "ORDER BY c.accepted_on, c.id", params));
    }
    return ledger;
  });
}

}  // namespace fazhi::store
