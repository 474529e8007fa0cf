// store/petition_repository.cc — see petition_repository.h.
#include "store/petition_repository.h"

#include <map>
#include <string>
#include <utility>

#include "store/internal/repo_util.h"
#include "store/internal/rows.h"
#include "store/internal/scope_sql.h"
#include "store/internal/session.h"
#include "store/internal/tables.h"

namespace fazhi::store {

using internal::IntervalKind;
using internal::IntervalRow;
using internal::IntervalTable;
using internal::Params;
using internal::PetitionTable;
using internal::ReceptionTable;
using internal::ReviewKind;
using internal::ReviewRow;
using internal::ReviewTable;
using internal::Session;

namespace {

core::Error PetitionNotFound() { return internal::RecordNotFound("信访事项", "Petition"); }
core::Error ReceptionNotFound() {
  return internal::RecordNotFound("领导接访记录", "Leader reception");
}

ReviewKind KindOf(ReviewStage stage) {
  return stage == ReviewStage::kReview ? ReviewKind::kReview : ReviewKind::kReReview;
}
IntervalKind IntervalKindOf(ReviewKind kind) {
  return kind == ReviewKind::kReview ? IntervalKind::kReview : IntervalKind::kReReview;
}

void InsertIntervals(soci::session& sql, std::int64_t petition_id, IntervalKind kind,
                     const std::vector<domain::ExcludedInterval>& intervals) {
  for (const auto& interval : intervals) {
    IntervalRow row{0, petition_id, kind, interval};
    internal::InsertRecord<IntervalTable>(sql, row);
  }
}

void DeleteIntervals(soci::session& sql, std::int64_t petition_id, IntervalKind kind) {
  std::int64_t id = petition_id;
  std::string code(internal::IntervalKindCode(kind));
  sql << "DELETE FROM petition_excluded_interval WHERE petition_id = :p AND kind = :k",
      soci::use(id, "p"), soci::use(code, "k");
}

// Replaces one review (and its hearing intervals) of a petition.
void WriteReview(soci::session& sql, std::int64_t petition_id, ReviewKind kind,
                 const std::optional<domain::PetitionReview>& review) {
  std::int64_t id = petition_id;
  std::string code(internal::ReviewKindCode(kind));
  sql << "DELETE FROM petition_review WHERE petition_id = :p AND kind = :k", soci::use(id, "p"),
      soci::use(code, "k");
  DeleteIntervals(sql, petition_id, IntervalKindOf(kind));
  if (!review) return;
  ReviewRow row{0, petition_id, kind, *review};
  internal::InsertRecord<ReviewTable>(sql, row);
  InsertIntervals(sql, petition_id, IntervalKindOf(kind), review->hearing);
}

void WriteChildren(soci::session& sql, const domain::Petition& p) {
  DeleteIntervals(sql, p.id, IntervalKind::kHandling);
  InsertIntervals(sql, p.id, IntervalKind::kHandling, p.excluded);
  WriteReview(sql, p.id, ReviewKind::kReview, p.review);
  WriteReview(sql, p.id, ReviewKind::kReReview, p.re_review);
}

core::Status AttachChildren(Database& db, std::vector<domain::Petition>& petitions) {
  std::vector<std::int64_t> ids;
  std::map<std::int64_t, domain::Petition*> by_id;
  for (auto& p : petitions) {
    ids.push_back(p.id);
    by_id[p.id] = &p;
    p.excluded.clear();
    p.review.reset();
    p.re_review.reset();
  }
  RETURN_IF_ERROR(internal::SelectChildren<ReviewTable>(db, "petition_id", ids, [&](ReviewRow&& r) {
    domain::Petition* p = by_id[r.petition_id];
    (r.kind == ReviewKind::kReview ? p->review : p->re_review) = std::move(r.review);
  }));
  return internal::SelectChildren<IntervalTable>(db, "petition_id", ids, [&](IntervalRow&& r) {
    domain::Petition* p = by_id[r.petition_id];
    switch (r.kind) {
      case IntervalKind::kHandling:
        p->excluded.push_back(std::move(r.interval));
        break;
      case IntervalKind::kReview:
        if (p->review) p->review->hearing.push_back(std::move(r.interval));
        break;
      case IntervalKind::kReReview:
        if (p->re_review) p->re_review->hearing.push_back(std::move(r.interval));
        break;
    }
  });
}

core::Result<std::vector<domain::Petition>> SelectPetitions(Database& db, const std::string& where,
                                                            const std::string& tail,
                                                            Params& params) {
  ASSIGN_OR_RETURN(auto petitions, internal::SelectVector<PetitionTable>(
                                       Session(db),
                                       "SELECT " + internal::SelectList<PetitionTable>("p") +
                                           " FROM petition p WHERE " + where + " " + tail,
                                       params));
  RETURN_IF_ERROR(AttachChildren(db, petitions));
  return petitions;
}

core::Status CheckDuplicateOf(Database& db, const domain::Petition& p, std::int64_t township_id) {
  if (!p.duplicate_of) return core::Ok();
  if (p.id != 0 && *p.duplicate_of == p.id) {
    return core::Fail(core::InvalidArgument("duplicateOf", "信访事项不能与自身重复",
                                            "A petition cannot duplicate itself"));
  }
  return internal::CheckSameTownship(db, "petition", *p.duplicate_of, township_id, "duplicateOf",
                                     "重复的信访事项", "The duplicated petition");
}

// The petition `id` must be in the scope (kNotFound otherwise).
core::Status CheckPetitionInScope(Database& db, const Scope& scope, std::int64_t id) {
  if (!internal::TownshipOfRowInScope(db, scope, "petition", id)) {
    return core::Fail(PetitionNotFound());
  }
  return core::Ok();
}

}  // namespace

core::Result<domain::Petition> PetitionRepository::Create(const Scope& scope,
                                                          domain::Petition petition) {
  const core::Status written = internal::Tx(db_, "create petition", [&]() -> core::Status {
    RETURN_IF_ERROR(internal::CheckTownshipWritable(db_, scope, petition.township_id));
    RETURN_IF_ERROR(CheckDuplicateOf(db_, petition, petition.township_id));
    petition.id = internal::InsertRecord<PetitionTable>(Session(db_), petition);
    WriteChildren(Session(db_), petition);
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return petition;
}

core::Result<domain::Petition> PetitionRepository::Get(const Scope& scope, std::int64_t id) {
  return internal::Guarded(db_, "get petition", [&]() -> core::Result<domain::Petition> {
    Params params;
    std::string where = internal::TownshipCondition(scope, "p.township_id", params) +
                        " AND p.id = " + params.Int(id);
    ASSIGN_OR_RETURN(auto rows, SelectPetitions(db_, where, "", params));
    if (rows.empty()) return core::Fail(PetitionNotFound());
    return std::move(rows.front());
  });
}

core::Result<domain::Petition> PetitionRepository::Update(const Scope& scope,
                                                          const domain::Petition& petition) {
  domain::Petition p = petition;
  const core::Status written = internal::Tx(db_, "update petition", [&]() -> core::Status {
    ASSIGN_OR_RETURN(p.township_id, internal::StoredTownship(db_, scope, "petition", p.id,
                                                             p.township_id, PetitionNotFound()));
    RETURN_IF_ERROR(CheckDuplicateOf(db_, p, p.township_id));
    internal::UpdateRecord<PetitionTable>(Session(db_), p.id, p);
    WriteChildren(Session(db_), p);
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return Get(scope, p.id);
}

core::Result<Page<domain::Petition>> PetitionRepository::List(const Scope& scope,
                                                              const PetitionFilter& filter) {
  return internal::Guarded(db_, "list petitions", [&]() -> core::Result<Page<domain::Petition>> {
    RETURN_IF_ERROR(internal::ValidatePage(filter.page.page, filter.page.page_size));
    if (filter.township_id) {
      RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, *filter.township_id));
    }
    ASSIGN_OR_RETURN(std::string order, internal::OrderBy(filter.page.sort, "-receivedOn",
                                                          {{"receivedOn", "p.received_on", false},
                                                           {"closedOn", "p.closed_on"},
                                                           {"regNo", "p.reg_no", false},
                                                           {"id", "p.id"}},
                                                          "p.id"));
    Params params;
    std::string where = internal::TownshipCondition(scope, "p.township_id", params);
    if (filter.township_id) where += " AND p.township_id = " + params.Int(*filter.township_id);
    if (filter.channel) {
      where += " AND p.channel = " +
               params.Text(std::string(domain::PetitionChannelCode(*filter.channel)));
    }
    if (filter.category) {
      where += " AND p.category = " +
               params.Text(std::string(domain::PetitionCategoryCode(*filter.category)));
    }
    if (filter.closed) {
      where += *filter.closed ? " AND p.closed_on IS NOT NULL" : " AND p.closed_on IS NULL";
    }
    internal::AddDateRange(where, params, "p.received_on", filter.received_from,
                           filter.received_to);
    if (!filter.text.empty()) {
      std::string pattern = internal::LikePattern(filter.text);
      std::string conds;
      for (const char* column : {"p.reg_no", "p.petitioner_name", "p.request", "p.facts"}) {
        if (!conds.empty()) conds += " OR ";
        conds += "LOWER(" + std::string(column) + ") LIKE LOWER(" + params.Text(pattern) +
                 ") ESCAPE '!'";
      }
      where += " AND (" + conds + ")";
    }
    Page<domain::Petition> page;
    page.total =
        internal::SelectInt(Session(db_), "SELECT COUNT(*) FROM petition p WHERE " + where, params)
            .value_or(0);
    ASSIGN_OR_RETURN(
        page.items,
        SelectPetitions(db_, where, order + internal::LimitOffset(filter.page), params));
    return page;
  });
}

core::Status PetitionRepository::SaveReview(const Scope& scope, std::int64_t petition_id,
                                            ReviewStage stage,
                                            const std::optional<domain::PetitionReview>& review) {
  return internal::Tx(db_, "save petition review", [&]() -> core::Status {
    RETURN_IF_ERROR(CheckPetitionInScope(db_, scope, petition_id));
    WriteReview(Session(db_), petition_id, KindOf(stage), review);
    return core::Ok();
  });
}

core::Status PetitionRepository::ReplaceExcludedIntervals(
    const Scope& scope, std::int64_t petition_id,
    const std::vector<domain::ExcludedInterval>& intervals) {
  return internal::Tx(db_, "save excluded intervals", [&]() -> core::Status {
    RETURN_IF_ERROR(CheckPetitionInScope(db_, scope, petition_id));
    DeleteIntervals(Session(db_), petition_id, IntervalKind::kHandling);
    InsertIntervals(Session(db_), petition_id, IntervalKind::kHandling, intervals);
    return core::Ok();
  });
}

core::Result<domain::LeaderReception> PetitionRepository::CreateLeaderReception(
    const Scope& scope, domain::LeaderReception reception) {
  const core::Status written = internal::Tx(db_, "create leader reception", [&]() -> core::Status {
    RETURN_IF_ERROR(internal::CheckTownshipWritable(db_, scope, reception.township_id));
    reception.id = internal::InsertRecord<ReceptionTable>(Session(db_), reception);
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return reception;
}

core::Result<domain::LeaderReception> PetitionRepository::GetLeaderReception(const Scope& scope,
                                                                             std::int64_t id) {
  return internal::Guarded(
      db_, "get leader reception", [&]() -> core::Result<domain::LeaderReception> {
        return internal::GetScoped<ReceptionTable>(db_, scope, id, ReceptionNotFound());
      });
}

core::Result<domain::LeaderReception> PetitionRepository::UpdateLeaderReception(
    const Scope& scope, const domain::LeaderReception& reception) {
  domain::LeaderReception r = reception;
  const core::Status written = internal::Tx(db_, "update leader reception", [&]() -> core::Status {
    ASSIGN_OR_RETURN(r.township_id, internal::StoredTownship(db_, scope, "leader_reception", r.id,
                                                             r.township_id, ReceptionNotFound()));
    internal::UpdateRecord<ReceptionTable>(Session(db_), r.id, r);
    return core::Ok();
  });
  if (!written) return core::Fail(written.error());
  return r;
}

core::Result<std::vector<domain::LeaderReception>> PetitionRepository::ListLeaderReceptions(
    const Scope& scope, std::optional<std::int64_t> township_id, std::optional<core::Date> from,
    std::optional<core::Date> to) {
  return internal::Guarded(
      db_, "list leader receptions", [&]() -> core::Result<std::vector<domain::LeaderReception>> {
        if (township_id) {
          RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, *township_id));
        }
        Params params;
        std::string where = internal::TownshipCondition(scope, "t.township_id", params);
        if (township_id) where += " AND t.township_id = " + params.Int(*township_id);
        internal::AddDateRange(where, params, "t.received_on", from, to);
        return internal::SelectVector<ReceptionTable>(
            Session(db_),
            "SELECT " + internal::SelectList<ReceptionTable>("t") +
                " FROM leader_reception t WHERE " + where + " ORDER BY t.received_on, t.id",
            params);
      });
}

core::Result<PetitionLedger> PetitionRepository::LoadTownshipRange(const Scope& scope,
                                                                   std::int64_t township_id,
                                                                   core::Date from, core::Date to) {
  return internal::Guarded(db_, "load petition ledger", [&]() -> core::Result<PetitionLedger> {
    RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, township_id));
    PetitionLedger ledger;
    {
      Params params;
      std::string where =
          "p.township_id = " + params.Int(township_id) +
          " AND p.received_on <= " + params.Text(core::FormatDate(to)) +
          " AND (p.closed_on IS NULL OR p.closed_on >= " + params.Text(core::FormatDate(from)) +
          ")";
      ASSIGN_OR_RETURN(ledger.petitions,
                       SelectPetitions(db_, where, "ORDER BY p.received_on, p.id", params));
    }
    ASSIGN_OR_RETURN(ledger.receptions, ListLeaderReceptions(scope, township_id, from, to));
    return ledger;
  });
}

}  // namespace fazhi::store
