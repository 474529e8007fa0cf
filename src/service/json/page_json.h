// service/json/page_json.h — a page of a list as {"items":[…],"total":N}.
//
// Contract: items are encoded in order by `encode(const T&) -> nlohmann::json`; total is
// the page's total over all pages (store::Page::total), not the number of items here.
// Pure; thread-safe when `encode` is.
#pragma once

#include <nlohmann/json.hpp>

#include <utility>

#include "store/scope.h"

namespace fazhi::service::json {

template <class T, class Encode>
nlohmann::json PageToJson(const store::Page<T>& page, Encode&& encode) {
  nlohmann::json items = nlohmann::json::array();
  for (const T& item : page.items) items.push_back(encode(item));
  return {{"items", std::move(items)}, {"total", page.total}};
}

}  // namespace fazhi::service::json
