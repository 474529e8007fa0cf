// store/scope.h — which townships a caller may touch, and the paging types of list queries.
//
// Contract: every repository read and write takes a Scope and filters in SQL:
//  * Township(T): only records whose township_id = T.
//  * County(C): records of every township whose parent is C (read and write).
//  * System(): everything (CLI administration, demo data, imports).
// Reading a record outside the scope is kNotFound (indistinguishable from a missing id);
// writing a record into a township outside the scope is kPermissionDenied. Regions,
// departments and users follow the same idea on their region (see org_repository.h and
// user_repository.h). Which scope a user gets is the service layer's decision.
// Plain value types; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace fazhi::store {

class Scope {
 public:
  enum class Kind { kTownship, kCounty, kSystem };

  static Scope Township(std::int64_t township_id) { return Scope(Kind::kTownship, township_id); }
  static Scope County(std::int64_t county_id) { return Scope(Kind::kCounty, county_id); }
  static Scope System() { return Scope(Kind::kSystem, 0); }

  Kind kind() const { return kind_; }
  std::int64_t region_id() const { return region_id_; }  // 0 for System
  std::string Describe() const;                          // "township:12" | "county:3" | "system"

 private:
  Scope(Kind kind, std::int64_t region_id) : kind_(kind), region_id_(region_id) {}
  Kind kind_;
  std::int64_t region_id_;
};

// A page of a list query: the items of the requested page and the total number of matches.
template <class T>
struct Page {
  std::vector<T> items;
  std::int64_t total = 0;
};

// Paging shared by the list filters. page counts from 1; page_size 1…1000 (else
// kInvalidArgument on "page" / "pageSize"). sort is a field name from the repository's list,
// prefixed with '-' for descending; empty means the repository's default order.
struct PageRequest {
  int page = 1;
  int page_size = 20;
  std::string sort;
};

}  // namespace fazhi::store
