// store/internal/rows.cc — see rows.h.
#include "store/internal/rows.h"

namespace fazhi::store::internal {

void AssignDate(std::string& out, core::Date d) {
  const int year = static_cast<int>(d.year());
  const unsigned month = static_cast<unsigned>(d.month());
  const unsigned day = static_cast<unsigned>(d.day());
  if (!d.ok() || year < 0 || year > 9999) {
    out = core::FormatDate(d);
    return;
  }
  out.resize(10);
  out[0] = static_cast<char>('0' + year / 1000);
  out[1] = static_cast<char>('0' + year / 100 % 10);
  out[2] = static_cast<char>('0' + year / 10 % 10);
  out[3] = static_cast<char>('0' + year % 10);
  out[4] = '-';
  out[5] = static_cast<char>('0' + month / 10);
  out[6] = static_cast<char>('0' + month % 10);
  out[7] = '-';
  out[8] = static_cast<char>('0' + day / 10);
  out[9] = static_cast<char>('0' + day % 10);
}

void BindUses(soci::statement& st, Row& row, std::string_view prefix) {
  for (std::size_t k = 0; k < row.size(); ++k) {
    Slot& s = row[k];
    std::string name = std::string(prefix) + std::to_string(k);
    if (s.text) {
      st.exchange(soci::use(s.s, s.ind, name));
    } else {
      st.exchange(soci::use(s.i, s.ind, name));
    }
  }
}

void BindIntos(soci::statement& st, Row& row) {
  for (std::size_t k = 0; k < row.size(); ++k) {
    Slot& s = row[k];
    if (s.text) {
      st.exchange(soci::into(s.s, s.ind));
    } else {
      st.exchange(soci::into(s.i, s.ind));
    }
  }
}

std::string Params::Int(std::int64_t v) {
  std::size_t k = row_.size();
  Slot& s = row_.At(k, false);
  s.i = v;
  return ":q" + std::to_string(k);
}

std::string Params::Text(std::string v) {
  std::size_t k = row_.size();
  Slot& s = row_.At(k, true);
  s.s = std::move(v);
  return ":q" + std::to_string(k);
}

std::optional<std::int64_t> SelectInt(soci::session& sql, const std::string& query,
                                      Params& params) {
  std::int64_t value = 0;
  soci::indicator ind = soci::i_ok;
  soci::statement st(sql);
  st.exchange(soci::into(value, ind));
  params.Bind(st);
  st.alloc();
  st.prepare(query);
  st.define_and_bind();
  if (!st.execute(true) || ind == soci::i_null) return std::nullopt;
  return value;
}

std::vector<std::int64_t> SelectIds(soci::session& sql, const std::string& query, Params& params) {
  std::vector<std::int64_t> out;
  std::int64_t value = 0;
  soci::indicator ind = soci::i_ok;
  soci::statement st(sql);
  st.exchange(soci::into(value, ind));
  params.Bind(st);
  st.alloc();
  st.prepare(query);
  st.define_and_bind();
  bool got = st.execute(true);
  while (got) {
    if (ind != soci::i_null) out.push_back(value);
    got = st.fetch();
  }
  return out;
}

std::string LikePattern(std::string_view text) {
  std::string out = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '!') out.push_back('!');
    out.push_back(c);
  }
  out.push_back('%');
  return out;
}

std::string IdList(const std::vector<std::int64_t>& ids) {
  std::string out;
  for (std::int64_t id : ids) {
    if (!out.empty()) out += ", ";
    out += std::to_string(id);
  }
  return out.empty() ? "0" : out;
}

}  // namespace fazhi::store::internal
