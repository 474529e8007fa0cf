-- migrations/sqlite/0003_auth.sql — accounts and sessions (SQLite).
-- Kept column-for-column identical with migrations/postgresql/0003_auth.sql; see
-- docs/data-model.md ("Accounts and sessions"). Timestamps are UTC text 'YYYY-MM-DD HH:MM:SS'.

-- login-failure bookkeeping on accounts (service/auth_service.h)
ALTER TABLE app_user ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0
  CONSTRAINT ck_app_user_failed_logins CHECK (failed_logins >= 0);
ALTER TABLE app_user ADD COLUMN locked_until TEXT
  CONSTRAINT ck_app_user_locked_until CHECK (locked_until GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]');
ALTER TABLE app_user ADD COLUMN password_changed_at TEXT
  CONSTRAINT ck_app_user_password_changed_at CHECK (password_changed_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]');

-- signed-in sessions: only the SHA-256 (hex) of the cookie token is stored, never the token
CREATE TABLE user_session (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL CONSTRAINT ck_user_session_token_hash CHECK (length(token_hash) = 64 AND token_hash NOT GLOB '*[^0-9a-f]*'),
  user_id INTEGER NOT NULL CONSTRAINT fk_user_session_user_id REFERENCES app_user (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL CONSTRAINT ck_user_session_csrf_token CHECK (csrf_token <> ''),
  created_at TEXT NOT NULL CONSTRAINT ck_user_session_created_at CHECK (created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
  last_seen_at TEXT NOT NULL CONSTRAINT ck_user_session_last_seen_at CHECK (last_seen_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
  expires_at TEXT NOT NULL CONSTRAINT ck_user_session_expires_at CHECK (expires_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
  ip TEXT NOT NULL DEFAULT '',
  user_agent TEXT NOT NULL DEFAULT '',
  CONSTRAINT uq_user_session_token_hash UNIQUE (token_hash)
) STRICT;
CREATE INDEX ix_user_session_user ON user_session (user_id);
CREATE INDEX ix_user_session_expires ON user_session (expires_at);
