-- migrations/sqlite/0002_audit.sql — the append-only, hash-chained audit log (SQLite).
-- Kept column-for-column identical with migrations/postgresql/0002_audit.sql; see
-- docs/data-model.md ("audit_log") and src/store/audit_repository.h (the hash).
--
-- Every change writes one audit_log row in the same transaction as the change. Rows are
-- numbered 1, 2, 3 … by the appender, never by the database, and each row's hash covers the
-- previous row's hash, so a changed, removed or inserted row breaks the chain
-- (`fazhi audit verify`). audit_head is the single row holding the last committed seq and
-- hash; a trigger moves it with every row. Appenders are serialised by SQLite's write lock,
-- which a Fazhi transaction takes at BEGIN IMMEDIATE. The triggers below make the database
-- itself refuse UPDATE and DELETE of audit_log.
-- No foreign keys: the log must outlive the users, regions and records it names.

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY CONSTRAINT ck_audit_log_seq CHECK (seq >= 1),
  at TEXT NOT NULL CONSTRAINT ck_audit_log_at CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-6][0-9]'),
  actor_user_id INTEGER NOT NULL DEFAULT 0,
  actor_username TEXT NOT NULL DEFAULT '',
  actor_role TEXT NOT NULL DEFAULT '',
  ip TEXT NOT NULL DEFAULT '',
  request_id TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL CONSTRAINT ck_audit_log_action CHECK (action <> ''),
  entity TEXT NOT NULL CONSTRAINT ck_audit_log_entity CHECK (entity <> ''),
  entity_id INTEGER NOT NULL DEFAULT 0,
  township_id INTEGER,
  before_json TEXT,
  after_json TEXT,
  prev_hash TEXT NOT NULL CONSTRAINT ck_audit_log_prev_hash CHECK (length(prev_hash) = 64),
  hash TEXT NOT NULL CONSTRAINT ck_audit_log_hash CHECK (length(hash) = 64)
) STRICT;
CREATE INDEX ix_audit_log_at ON audit_log (at, seq);
CREATE INDEX ix_audit_log_entity ON audit_log (entity, entity_id, seq);
CREATE INDEX ix_audit_log_township ON audit_log (township_id, seq);

-- the chain's head: the last seq and its hash (seq 0 and 64 zeros before the first row)
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY CONSTRAINT ck_audit_head_id CHECK (id = 1),
  seq INTEGER NOT NULL CONSTRAINT ck_audit_head_seq CHECK (seq >= 0),
  hash TEXT NOT NULL CONSTRAINT ck_audit_head_hash CHECK (length(hash) = 64)
) STRICT;
INSERT INTO audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'fazhi: audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'fazhi: audit_log is append-only');
END;

-- a row must come right after the head, link to the previous row's hash, and move the head
CREATE TRIGGER audit_log_append_at_head BEFORE INSERT ON audit_log
WHEN NEW.seq <> COALESCE((SELECT MAX(seq) FROM audit_log), 0) + 1
  OR NEW.seq <> (SELECT seq FROM audit_head WHERE id = 1) + 1
  OR NEW.prev_hash <> COALESCE((SELECT hash FROM audit_log WHERE seq = NEW.seq - 1),
                               '0000000000000000000000000000000000000000000000000000000000000000')
BEGIN
  SELECT RAISE(ABORT, 'fazhi: audit_log rows are appended at the head only');
END;

CREATE TRIGGER audit_head_follow AFTER INSERT ON audit_log
BEGIN
  UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
END;

-- the head only moves forward and is never removed
CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head
WHEN NEW.seq < OLD.seq OR NEW.id <> OLD.id
BEGIN
  SELECT RAISE(ABORT, 'fazhi: audit_log is append-only');
END;

CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN
  SELECT RAISE(ABORT, 'fazhi: audit_log is append-only');
END;
