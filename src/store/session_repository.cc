// store/session_repository.cc — see session_repository.h.
#include "store/session_repository.h"

#include <utility>

#include "store/internal/rows.h"
#include "store/internal/scope_sql.h"
#include "store/internal/session.h"
#include "store/internal/tables.h"

namespace fazhi::store {

using internal::Params;
using internal::RegionTable;
using internal::Row;
using internal::Session;
using internal::UserTable;

namespace {

// user_session as a column mapping (store/internal/rows.h); the id is not part of Map.
struct SessionTable {
  using Type = SessionRecord;
  static constexpr std::string_view kName = "user_session";
  template <class V, class T>
  static void Map(V& v, T& s) {
    v.Text("token_hash", s.token_hash);
    v.Int("user_id", s.user_id);
    v.Text("csrf_token", s.csrf_token);
    v.Text("created_at", s.created_at);
    v.Text("last_seen_at", s.last_seen_at);
    v.Text("expires_at", s.expires_at);
    v.Text("ip", s.ip);
    v.Text("user_agent", s.user_agent);
  }
};

bool IsTokenHash(std::string_view text) {
  if (text.size() != 64) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

core::Error SessionNotFound() { return internal::RecordNotFound("会话", "Session"); }
core::Error UserNotFound() { return internal::RecordNotFound("用户", "User"); }

// Runs an UPDATE/DELETE whose values are all in `params`; returns the number of rows changed.
// (A parameter name is never used twice in one statement: SOCI's PostgreSQL backend would
// bind only the first occurrence.)
std::int64_t Execute(Database& db, const std::string& text, Params& params) {
  soci::statement st(Session(db));
  params.Bind(st);
  st.alloc();
  st.prepare(text);
  st.define_and_bind();
  st.execute(true);
  return st.get_affected_rows();
}

core::Status RequireUserRow(std::int64_t changed) {
  if (changed == 0) return core::Fail(UserNotFound());
  return core::Ok();
}

}  // namespace

core::Result<SessionRecord> SessionRepository::Create(SessionRecord session) {
  return internal::Guarded(db_, "create session", [&]() -> core::Result<SessionRecord> {
    if (!IsTokenHash(session.token_hash)) {
      return core::Fail(core::InvalidArgument("tokenHash", "会话令牌摘要格式不正确",
                                              "The session token hash is malformed"));
    }
    session.id = internal::InsertRecord<SessionTable>(Session(db_), session);
    return session;
  });
}

core::Result<SessionWithUser> SessionRepository::FindByTokenHash(std::string_view token_hash) {
  return internal::Guarded(db_, "find session", [&]() -> core::Result<SessionWithUser> {
    if (!IsTokenHash(token_hash)) return core::Fail(SessionNotFound());
    // Slots: session id, session columns, user id, user columns, region id, region columns.
    const std::size_t session_first = 1;
    const std::size_t user_id_slot = session_first + internal::ColumnsOf<SessionTable>().size();
    const std::size_t region_id_slot = user_id_slot + 1 + internal::ColumnsOf<UserTable>().size();
    Row row;
    row.At(0, false);
    {
      SessionRecord s;
      internal::RowShaper shaper(row, session_first);
      SessionTable::Map(shaper, s);
      row.At(user_id_slot, false);
      domain::User u;
      internal::RowShaper user_shaper(row, user_id_slot + 1);
      UserTable::Map(user_shaper, u);
      row.At(region_id_slot, false);
      domain::Region r;
      internal::RowShaper region_shaper(row, region_id_slot + 1);
      RegionTable::Map(region_shaper, r);
    }
    Params where;
    const std::string hash = where.Text(std::string(token_hash));
    const std::string query = "SELECT " + internal::SelectList<SessionTable>("s") + ", " +
                              internal::SelectList<UserTable>("u") + ", " +
                              internal::SelectList<RegionTable>("r") +
                              " FROM user_session s JOIN app_user u ON u.id = s.user_id"
                              " JOIN region r ON r.id = u.region_id WHERE s.token_hash = " +
                              hash;
    soci::statement st(Session(db_));
    internal::BindIntos(st, row);
    where.Bind(st);
    st.alloc();
    st.prepare(query);
    st.define_and_bind();
    if (!st.execute(true)) return core::Fail(SessionNotFound());
    SessionWithUser out;
    out.session.id = row[0].i;
    internal::RowReader session_reader(row, SessionTable::kName, session_first);
    SessionTable::Map(session_reader, out.session);
    RETURN_IF_ERROR(session_reader.status());
    out.user.id = row[user_id_slot].i;
    internal::RowReader user_reader(row, UserTable::kName, user_id_slot + 1);
    UserTable::Map(user_reader, out.user);
    RETURN_IF_ERROR(user_reader.status());
    out.unit.id = row[region_id_slot].i;
    internal::RowReader region_reader(row, RegionTable::kName, region_id_slot + 1);
    RegionTable::Map(region_reader, out.unit);
    RETURN_IF_ERROR(region_reader.status());
    return out;
  });
}

core::Result<SessionRecord> SessionRepository::Get(std::int64_t session_id) {
  return internal::Guarded(db_, "get session", [&]() -> core::Result<SessionRecord> {
    Params params;
    const std::string id = params.Int(session_id);
    ASSIGN_OR_RETURN(auto rows, internal::SelectVector<SessionTable>(
                                    Session(db_),
                                    "SELECT " + internal::SelectList<SessionTable>("s") +
                                        " FROM user_session s WHERE s.id = " + id,
                                    params));
    if (rows.empty()) return core::Fail(SessionNotFound());
    return std::move(rows.front());
  });
}

core::Result<std::vector<SessionRecord>> SessionRepository::ListOfUser(std::int64_t user_id) {
  return internal::Guarded(db_, "list sessions", [&]() -> core::Result<std::vector<SessionRecord>> {
    Params params;
    const std::string id = params.Int(user_id);
    return internal::SelectVector<SessionTable>(
        Session(db_),
        "SELECT " + internal::SelectList<SessionTable>("s") +
            " FROM user_session s WHERE s.user_id = " + id + " ORDER BY s.created_at, s.id",
        params);
  });
}

core::Status SessionRepository::Touch(std::int64_t session_id, std::string_view now) {
  return internal::Guarded(db_, "touch session", [&]() -> core::Status {
    Params params;
    const std::string at = params.Text(std::string(now));
    const std::string id = params.Int(session_id);
    const std::string before = params.Text(std::string(now));
    Execute(db_,
            "UPDATE user_session SET last_seen_at = " + at + " WHERE id = " + id +
                " AND last_seen_at < " + before,
            params);
    return core::Ok();
  });
}

core::Result<bool> SessionRepository::Delete(std::int64_t session_id) {
  return internal::Guarded(db_, "delete session", [&]() -> core::Result<bool> {
    Params params;
    const std::string id = params.Int(session_id);
    return Execute(db_, "DELETE FROM user_session WHERE id = " + id, params) > 0;
  });
}

core::Result<std::int64_t> SessionRepository::DeleteAllOfUser(std::int64_t user_id,
                                                              std::optional<std::int64_t> keep) {
  return internal::Guarded(db_, "delete sessions", [&]() -> core::Result<std::int64_t> {
    Params params;
    std::string text = "DELETE FROM user_session WHERE user_id = " + params.Int(user_id);
    if (keep) text += " AND id <> " + params.Int(*keep);
    return Execute(db_, text, params);
  });
}

core::Result<std::int64_t> SessionRepository::DeleteExpired(std::string_view now,
                                                            std::string_view idle_cutoff) {
  return internal::Guarded(db_, "delete expired sessions", [&]() -> core::Result<std::int64_t> {
    Params params;
    const std::string at = params.Text(std::string(now));
    const std::string cutoff = params.Text(std::string(idle_cutoff));
    return Execute(
        db_, "DELETE FROM user_session WHERE expires_at <= " + at + " OR last_seen_at < " + cutoff,
        params);
  });
}

core::Result<LoginState> SessionRepository::GetLoginState(std::int64_t user_id) {
  return internal::Guarded(db_, "get login state", [&]() -> core::Result<LoginState> {
    LoginState state;
    std::int64_t id = user_id;
    std::string locked_until;
    std::string changed_at;
    soci::indicator locked_ind = soci::i_ok;
    soci::indicator changed_ind = soci::i_ok;
    soci::statement st(Session(db_));
    st.exchange(soci::into(state.failed_logins));
    st.exchange(soci::into(locked_until, locked_ind));
    st.exchange(soci::into(changed_at, changed_ind));
    st.exchange(soci::use(id, "id"));
    st.alloc();
    st.prepare(
        "SELECT failed_logins, locked_until, password_changed_at FROM app_user WHERE id = :id");
    st.define_and_bind();
    if (!st.execute(true)) return core::Fail(UserNotFound());
    if (locked_ind != soci::i_null) state.locked_until = locked_until;
    if (changed_ind != soci::i_null) state.password_changed_at = changed_at;
    return state;
  });
}

core::Result<std::int64_t> SessionRepository::IncrementFailedLogins(std::int64_t user_id) {
  return internal::Guarded(db_, "count failed login", [&]() -> core::Result<std::int64_t> {
    std::int64_t id = user_id;
    std::int64_t count = 0;
    soci::statement st(Session(db_));
    st.exchange(soci::into(count));
    st.exchange(soci::use(id, "id"));
    st.alloc();
    st.prepare(
        "UPDATE app_user SET failed_logins = failed_logins + 1 WHERE id = :id "
        "RETURNING failed_logins");
    st.define_and_bind();
    if (!st.execute(true)) return core::Fail(UserNotFound());
    return count;
  });
}

core::Status SessionRepository::SetLockedUntil(std::int64_t user_id, std::string_view until) {
  return internal::Guarded(db_, "lock user", [&]() -> core::Status {
    Params params;
    const std::string at = params.Text(std::string(until));
    const std::string id = params.Int(user_id);
    return RequireUserRow(
        Execute(db_, "UPDATE app_user SET locked_until = " + at + " WHERE id = " + id, params));
  });
}

core::Status SessionRepository::ResetLoginFailures(std::int64_t user_id) {
  return internal::Guarded(db_, "reset failed logins", [&]() -> core::Status {
    Params params;
    const std::string id = params.Int(user_id);
    return RequireUserRow(
        Execute(db_, "UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = " + id,
                params));
  });
}

core::Status SessionRepository::SetPasswordChangedAt(std::int64_t user_id, std::string_view at) {
  return internal::Guarded(db_, "record password change", [&]() -> core::Status {
    Params params;
    const std::string when = params.Text(std::string(at));
    const std::string id = params.Int(user_id);
    return RequireUserRow(Execute(
        db_, "UPDATE app_user SET password_changed_at = " + when + " WHERE id = " + id, params));
  });
}

}  // namespace fazhi::store
