// store/normative_repository.cc — see normative_repository.h.
#include "store/normative_repository.h"

#include <string>
#include <utility>

#include "store/internal/repo_util.h"
#include "store/internal/rows.h"
#include "store/internal/scope_sql.h"
#include "store/internal/session.h"
#include "store/internal/tables.h"

namespace fazhi::store {

using internal::NormativeTable;
using internal::Params;
using internal::Session;

namespace {

core::Error DocumentNotFound() { return internal::RecordNotFound("规范性文件", "Normative document"); }

core::Status NameNumberConflict(core::Status st, const domain::NormativeDocument& d) {
  if (st || st.error().code != core::ErrorCode::kConflict) return st;
  core::Error e = st.error();
  e.field = "number";
  e.message = "文号“" + d.number + "”已被本乡镇其他规范性文件使用";
  e.message_en = "The number \"" + d.number + "\" is already used in this township";
  return core::Fail(e);
}

core::Result<std::vector<domain::NormativeDocument>> Select(Database& db, const std::string& where,
                                                            const std::string& tail, Params& params) {
  return internal::SelectVector<NormativeTable>(
      Session(db),
      "SELECT " + internal::SelectList<NormativeTable>("d") + " FROM normative_document d WHERE " + where + " " + tail,
      params);
}

}  // namespace

core::Result<domain::NormativeDocument> NormativeRepository::Create(const Scope& scope,
                                                                    domain::NormativeDocument d) {
  core::Status written = internal::Tx(db_, "create normative document", [&]() -> core::Status {
    RETURN_IF_ERROR(internal::CheckTownshipWritable(db_, scope, d.township_id));
    d.id = internal::InsertRecord<NormativeTable>(Session(db_), d);
    return core::Ok();
  });
  if (!written) {
    d.id = 0;
    return core::Fail(NameNumberConflict(std::move(written), d).error());
  }
  return d;
}

core::Result<domain::NormativeDocument> NormativeRepository::Get(const Scope& scope, std::int64_t id) {
  return internal::Guarded(db_, "get normative document", [&]() -> core::Result<domain::NormativeDocument> {
    Params params;
    std::string where = internal::TownshipCondition(scope, "d.township_id", params) + " AND d.id = " + params.Int(id);
    ASSIGN_OR_RETURN(auto rows, Select(db_, where, "", params));
    if (rows.empty()) return core::Fail(DocumentNotFound());
    return std::move(rows.front());
  });
}

core::Result<domain::NormativeDocument> NormativeRepository::Update(const Scope& scope,
                                                                    const domain::NormativeDocument& given) {
  domain::NormativeDocument d = given;
  core::Status written = internal::Tx(db_, "update normative document", [&]() -> core::Status {
    ASSIGN_OR_RETURN(d.township_id, internal::StoredTownship(db_, scope, "normative_document", d.id, d.township_id,
                                                             DocumentNotFound()));
    internal::UpdateRecord<NormativeTable>(Session(db_), d.id, d);
    return core::Ok();
  });
  if (!written) return core::Fail(NameNumberConflict(std::move(written), d).error());
  return Get(scope, d.id);
}

core::Result<Page<domain::NormativeDocument>> NormativeRepository::List(const Scope& scope,
                                                                        const NormativeFilter& filter) {
  return internal::Guarded(db_, "list normative documents", [&]() -> core::Result<Page<domain::NormativeDocument>> {
    const bool all_rows = filter.page.page_size == 0;
    if (!all_rows) RETURN_IF_ERROR(internal::ValidatePage(filter.page.page, filter.page.page_size));
    if (filter.township_id) RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, *filter.township_id));
    ASSIGN_OR_RETURN(std::string order,
                     internal::OrderBy(filter.page.sort, "-draftedOn",
                                       {{"draftedOn", "d.drafted_on", false},
                                        {"publishedOn", "d.published_on"},
                                        {"title", "d.title", false},
                                        {"id", "d.id"}},
                                       "d.id"));
    Params params;
    std::string where = internal::TownshipCondition(scope, "d.township_id", params);
    if (filter.township_id) where += " AND d.township_id = " + params.Int(*filter.township_id);
    if (filter.standing) {
      where += " AND d.standing = " + params.Text(std::string(domain::NormStandingCode(*filter.standing)));
    }
    internal::AddDateRange(where, params, "d.published_on", filter.published_from, filter.published_to);
    if (filter.filed) {
      where += *filter.filed ? " AND d.filed_on IS NOT NULL" : " AND d.filed_on IS NULL AND d.published_on IS NOT NULL";
    }
    if (!filter.text.empty()) {
      std::string pattern = internal::LikePattern(filter.text);
      std::string a = params.Text(pattern);
      std::string b = params.Text(pattern);
      where += " AND (LOWER(d.title) LIKE LOWER(" + a + ") ESCAPE '!' OR LOWER(d.number) LIKE LOWER(" + b +
               ") ESCAPE '!')";
    }
    Page<domain::NormativeDocument> page;
    page.total =
        internal::SelectInt(Session(db_), "SELECT COUNT(*) FROM normative_document d WHERE " + where, params).value_or(0);
    ASSIGN_OR_RETURN(page.items,
                     Select(db_, where, order + (all_rows ? "" : internal::LimitOffset(filter.page)), params));
    return page;
  });
}

core::Result<std::vector<domain::NormativeDocument>> NormativeRepository::LoadTownship(const Scope& scope,
                                                                                       std::int64_t township_id) {
  return internal::Guarded(db_, "load normative documents",
                           [&]() -> core::Result<std::vector<domain::NormativeDocument>> {
                             RETURN_IF_ERROR(internal::CheckTownshipReadable(db_, scope, township_id));
                             Params params;
                             std::string where = "d.township_id = " + params.Int(township_id);
                             return Select(db_, where, "ORDER BY d.drafted_on, d.id", params);
                           });
}

}  // namespace fazhi::store
