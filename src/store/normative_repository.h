// store/normative_repository.h — the 行政规范性文件 ledger (migrations/*/0008_normative_documents.sql).
//
// Contract (Scope, store/scope.h), as the other ledger repositories: reads outside the scope
// are kNotFound; creating into a township outside it kPermissionDenied; a document's township
// never changes (kInvalidArgument "townshipId"). A 文号 already used in the township is
// kConflict with field "number". Not thread-safe (borrows one Database).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "domain/normative/normative.h"
#include "store/database.h"
#include "store/scope.h"

namespace fazhi::store {

struct NormativeFilter {
  std::optional<std::int64_t> township_id;  // within the scope, else kPermissionDenied
  std::optional<domain::NormStanding> standing;
  std::optional<core::Date> published_from, published_to;  // inclusive
  std::optional<bool> filed;  // true: filed; false: published and not filed
  std::string text;           // substring of the title or the 文号
  PageRequest page;           // sort: draftedOn (default -draftedOn), publishedOn, title, id
};

class NormativeRepository {
 public:
  explicit NormativeRepository(Database& db) : db_(db) {}

  core::Result<domain::NormativeDocument> Create(const Scope& scope, domain::NormativeDocument d);
  core::Result<domain::NormativeDocument> Get(const Scope& scope, std::int64_t id);
  core::Result<domain::NormativeDocument> Update(const Scope& scope, const domain::NormativeDocument& d);
  core::Result<Page<domain::NormativeDocument>> List(const Scope& scope, const NormativeFilter& filter);
  // Every document of the township (indicators, alerts), ordered by drafted_on, id.
  core::Result<std::vector<domain::NormativeDocument>> LoadTownship(const Scope& scope, std::int64_t township_id);

 private:
  Database& db_;
};

}  // namespace fazhi::store
