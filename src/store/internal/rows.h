// store/internal/rows.h — store-private: mapping domain records to table rows and back, once
// per table, for every backend and every path (SOCI statements, SQLite bulk, PostgreSQL COPY).
//
// A table is described by a struct with
//   using Type = domain::X;  static constexpr std::string_view kName = "table";
//   template <class V, class T> static void Map(V& v, T& record);  // T = X or const X
// whose Map calls, in column order, v.Int / v.OptInt / v.Bool / v.Text / v.Date / v.OptDate /
// v.Enum / v.OptEnum with the column name and the field. The `id` column is not part of Map.
// Visitors: ColumnCollector (names), RowShaper (slot kinds for SELECT), RowWriter (record →
// slots), RowReader (slots → record, with the first bad stored value as an Internal error).
//
// Slots give SOCI stable addresses (std::deque) and carry NULL indicators: integers are always
// std::int64_t and never read through soci::row (STACK.md). Not thread-safe.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/internal/soci.h"

namespace fazhi::store::internal {

struct Slot {
  bool text = false;
  std::int64_t i = 0;
  std::string s;
  soci::indicator ind = soci::i_ok;
  bool is_null() const { return ind == soci::i_null; }
};

class Row {
 public:
  Slot& At(std::size_t k, bool text) {
    while (slots_.size() <= k) slots_.emplace_back();
    Slot& s = slots_[k];
    s.text = text;
    return s;
  }
  Slot& operator[](std::size_t k) { return slots_[k]; }
  const Slot& operator[](std::size_t k) const { return slots_[k]; }
  std::size_t size() const { return slots_.size(); }

 private:
  std::deque<Slot> slots_;
};

// Binds every slot of `row` as a named use (":<prefix><k>") / as an into, in order.
void BindUses(soci::statement& st, Row& row, std::string_view prefix);
void BindIntos(soci::statement& st, Row& row);

class ColumnCollector {
 public:
  std::vector<std::string> names;
  template <class T>
  void Int(std::string_view n, T&) {
    names.emplace_back(n);
  }
  template <class T>
  void OptInt(std::string_view n, T&) {
    names.emplace_back(n);
  }
  template <class T>
  void Bool(std::string_view n, T&) {
    names.emplace_back(n);
  }
  template <class T>
  void Text(std::string_view n, T&) {
    names.emplace_back(n);
  }
  template <class T>
  void Date(std::string_view n, T&) {
    names.emplace_back(n);
  }
  template <class T>
  void OptDate(std::string_view n, T&) {
    names.emplace_back(n);
  }
  template <class T, class C, class P>
  void Enum(std::string_view n, T&, C, P) {
    names.emplace_back(n);
  }
  template <class T, class C, class P>
  void OptEnum(std::string_view n, T&, C, P) {
    names.emplace_back(n);
  }
};

// Gives a Row the slot kinds of a table (for SELECT intos), starting at slot `first`.
class RowShaper {
 public:
  RowShaper(Row& row, std::size_t first) : row_(row), k_(first) {}
  template <class T>
  void Int(std::string_view, T&) {
    row_.At(k_++, false);
  }
  template <class T>
  void OptInt(std::string_view, T&) {
    row_.At(k_++, false);
  }
  template <class T>
  void Bool(std::string_view, T&) {
    row_.At(k_++, false);
  }
  template <class T>
  void Text(std::string_view, T&) {
    row_.At(k_++, true);
  }
  template <class T>
  void Date(std::string_view, T&) {
    row_.At(k_++, true);
  }
  template <class T>
  void OptDate(std::string_view, T&) {
    row_.At(k_++, true);
  }
  template <class T, class C, class P>
  void Enum(std::string_view, T&, C, P) {
    row_.At(k_++, true);
  }
  template <class T, class C, class P>
  void OptEnum(std::string_view, T&, C, P) {
    row_.At(k_++, true);
  }

 private:
  Row& row_;
  std::size_t k_;
};

// Writes d as "YYYY-MM-DD" into out, reusing its buffer (the bulk path formats millions of
// dates); the same text as core::FormatDate.
void AssignDate(std::string& out, core::Date d);

// Record → slots (reuses the slots of an earlier write: prepared statements stay bound).
class RowWriter {
 public:
  RowWriter(Row& row, std::size_t first = 0) : row_(row), k_(first) {}
  template <class I>
  void Int(std::string_view, const I& v) {
    static_assert(std::is_integral_v<I>);
    Slot& s = Next(false);
    s.i = static_cast<std::int64_t>(v);
    s.ind = soci::i_ok;
  }
  void OptInt(std::string_view, const std::optional<std::int64_t>& v) {
    Slot& s = Next(false);
    s.i = v.value_or(0);
    s.ind = v ? soci::i_ok : soci::i_null;
  }
  void Bool(std::string_view, const bool& v) {
    Slot& s = Next(false);
    s.i = v ? 1 : 0;
    s.ind = soci::i_ok;
  }
  void Text(std::string_view, const std::string& v) {
    Slot& s = Next(true);
    s.s = v;
    s.ind = soci::i_ok;
  }
  void Date(std::string_view, const core::Date& v) {
    Slot& s = Next(true);
    AssignDate(s.s, v);
    s.ind = soci::i_ok;
  }
  void OptDate(std::string_view, const std::optional<core::Date>& v) {
    Slot& s = Next(true);
    if (v) {
      AssignDate(s.s, *v);
      s.ind = soci::i_ok;
    } else {
      s.s.clear();
      s.ind = soci::i_null;
    }
  }
  template <class E, class C, class P>
  void Enum(std::string_view, const E& v, C code, P) {
    Slot& s = Next(true);
    s.s.assign(code(v));
    s.ind = soci::i_ok;
  }
  template <class E, class C, class P>
  void OptEnum(std::string_view, const std::optional<E>& v, C code, P) {
    Slot& s = Next(true);
    if (v) {
      s.s.assign(code(*v));
      s.ind = soci::i_ok;
    } else {
      s.s.clear();
      s.ind = soci::i_null;
    }
  }

 private:
  Slot& Next(bool text) { return row_.At(k_++, text); }
  Row& row_;
  std::size_t k_;
};

// Slots → record. A stored value the domain cannot parse (a corrupt date or an unknown code)
// leaves the field at its default and makes status() an Internal error naming the column.
class RowReader {
 public:
  RowReader(const Row& row, std::string_view table, std::size_t first)
      : row_(row), table_(table), k_(first) {}
  template <class I>
  void Int(std::string_view, I& v) {
    static_assert(std::is_integral_v<I>);
    const Slot& s = row_[k_++];
    v = s.is_null() ? I{0} : static_cast<I>(s.i);
  }
  void OptInt(std::string_view, std::optional<std::int64_t>& v) {
    const Slot& s = row_[k_++];
    v = s.is_null() ? std::nullopt : std::optional<std::int64_t>(s.i);
  }
  void Bool(std::string_view, bool& v) {
    const Slot& s = row_[k_++];
    v = !s.is_null() && s.i != 0;
  }
  void Text(std::string_view, std::string& v) {
    const Slot& s = row_[k_++];
    v = s.is_null() ? std::string() : s.s;
  }
  void Date(std::string_view column, core::Date& v) {
    const Slot& s = row_[k_++];
    auto d = core::ParseDate(s.s, column);
    if (d && !s.is_null()) {
      v = *d;
    } else {
      Bad(column, s.s);
    }
  }
  void OptDate(std::string_view column, std::optional<core::Date>& v) {
    const Slot& s = row_[k_++];
    if (s.is_null()) {
      v.reset();
      return;
    }
    auto d = core::ParseDate(s.s, column);
    if (d) {
      v = *d;
    } else {
      Bad(column, s.s);
    }
  }
  template <class E, class C, class P>
  void Enum(std::string_view column, E& v, C, P parse) {
    const Slot& s = row_[k_++];
    auto e = parse(std::string_view(s.s));
    if (e) {
      v = *e;
    } else {
      Bad(column, s.s);
    }
  }
  template <class E, class C, class P>
  void OptEnum(std::string_view column, std::optional<E>& v, C, P parse) {
    const Slot& s = row_[k_++];
    if (s.is_null()) {
      v.reset();
      return;
    }
    auto e = parse(std::string_view(s.s));
    if (e) {
      v = *e;
    } else {
      Bad(column, s.s);
    }
  }
  const core::Status& status() const { return status_; }

 private:
  void Bad(std::string_view column, const std::string& value) {
    if (status_) {
      status_ = core::Fail(core::Internal("corrupt value in " + std::string(table_) + "." +
                                          std::string(column) + ": '" + value + "'"));
    }
  }
  const Row& row_;
  std::string_view table_;
  std::size_t k_;
  core::Status status_;
};

// Query parameters for WHERE clauses: each value gets its own name (":q<k>").
class Params {
 public:
  std::string Int(std::int64_t v);
  std::string Text(std::string v);
  void Bind(soci::statement& st) { BindUses(st, row_, "q"); }

 private:
  Row row_;
};

// ---- generic statements over a table description ----

template <class Table>
const std::vector<std::string>& ColumnsOf() {
  static const std::vector<std::string> names = [] {
    ColumnCollector c;
    typename Table::Type dummy{};
    Table::Map(c, dummy);
    return c.names;
  }();
  return names;
}

// "a.id, a.col1, a.col2" (alias may be empty).
template <class Table>
std::string SelectList(std::string_view alias) {
  std::string prefix = alias.empty() ? "" : std::string(alias) + ".";
  std::string out = prefix + "id";
  for (const std::string& c : ColumnsOf<Table>()) out += ", " + prefix + c;
  return out;
}

// INSERT INTO t (c…) VALUES (:c0…) RETURNING id.
template <class Table>
std::string InsertSql() {
  std::string cols;
  std::string vals;
  std::size_t k = 0;
  for (const std::string& c : ColumnsOf<Table>()) {
    if (!cols.empty()) {
      cols += ", ";
      vals += ", ";
    }
    cols += c;
    vals += ":c" + std::to_string(k++);
  }
  return "INSERT INTO " + std::string(Table::kName) + " (" + cols + ") VALUES (" + vals +
         ") RETURNING id";
}

template <class Table>
std::string UpdateSql() {
  std::string sets;
  std::size_t k = 0;
  for (const std::string& c : ColumnsOf<Table>()) {
    if (!sets.empty()) sets += ", ";
    sets += c + " = :c" + std::to_string(k++);
  }
  return "UPDATE " + std::string(Table::kName) + " SET " + sets + " WHERE id = :rid";
}

// Inserts one record; returns the new id.
template <class Table>
std::int64_t InsertRecord(soci::session& sql, const typename Table::Type& record) {
  static const std::string text = InsertSql<Table>();
  Row row;
  RowWriter writer(row);
  Table::Map(writer, record);
  std::int64_t id = 0;
  soci::statement st(sql);
  BindUses(st, row, "c");
  st.exchange(soci::into(id));
  st.alloc();
  st.prepare(text);
  st.define_and_bind();
  st.execute(true);
  return id;
}

// Updates every mapped column of the row `id`; returns the number of rows changed.
template <class Table>
std::int64_t UpdateRecord(soci::session& sql, std::int64_t id, const typename Table::Type& record) {
  static const std::string text = UpdateSql<Table>();
  Row row;
  RowWriter writer(row);
  Table::Map(writer, record);
  std::int64_t rid = id;
  soci::statement st(sql);
  BindUses(st, row, "c");
  st.exchange(soci::use(rid, "rid"));
  st.alloc();
  st.prepare(text);
  st.define_and_bind();
  st.execute(true);
  return st.get_affected_rows();
}

// Runs `query` (which must select SelectList<Table>(…) first) and hands every record to
// `sink`. The table's Type must have an `id` member.
template <class Table>
core::Status SelectRecords(soci::session& sql, const std::string& query, Params& params,
                           const std::function<void(typename Table::Type&&)>& sink) {
  Row row;
  row.At(0, false);
  {
    typename Table::Type shape{};
    RowShaper shaper(row, 1);
    Table::Map(shaper, shape);
  }
  soci::statement st(sql);
  BindIntos(st, row);
  params.Bind(st);
  st.alloc();
  st.prepare(query);
  st.define_and_bind();
  bool got = st.execute(true);
  while (got) {
    typename Table::Type record{};
    RowReader reader(row, Table::kName, 1);
    Table::Map(reader, record);
    RETURN_IF_ERROR(reader.status());
    record.id = row[0].i;
    sink(std::move(record));
    got = st.fetch();
  }
  return core::Ok();
}

template <class Table>
core::Result<std::vector<typename Table::Type>> SelectVector(soci::session& sql,
                                                             const std::string& query,
                                                             Params& params) {
  std::vector<typename Table::Type> out;
  RETURN_IF_ERROR(SelectRecords<Table>(
      sql, query, params, [&](typename Table::Type&& r) { out.push_back(std::move(r)); }));
  return out;
}

// One integer (COUNT(*), an id, …); nullopt when the query returns no row or NULL.
std::optional<std::int64_t> SelectInt(soci::session& sql, const std::string& query, Params& params);

// Every integer of the first column (ids).
std::vector<std::int64_t> SelectIds(soci::session& sql, const std::string& query, Params& params);

// "%text%" for LIKE … ESCAPE '!', with the user's %, _ and ! taken literally.
std::string LikePattern(std::string_view text);

// "id1, id2, …" for IN (…) lists of ids Fazhi read itself.
std::string IdList(const std::vector<std::int64_t>& ids);

}  // namespace fazhi::store::internal
