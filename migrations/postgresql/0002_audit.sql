-- migrations/postgresql/0002_audit.sql — the append-only, hash-chained audit log (PostgreSQL).
-- Kept column-for-column identical with migrations/sqlite/0002_audit.sql; see
-- docs/data-model.md ("audit_log") and src/store/audit_repository.h (the hash).
--
-- Every change writes one audit_log row in the same transaction as the change. Rows are
-- numbered 1, 2, 3 … by the appender, never by the database, and each row's hash covers the
-- previous row's hash, so a changed, removed or inserted row breaks the chain
-- (`fazhi audit verify`). audit_head is the single row holding the last committed seq and
-- hash. Appenders first lock it (`SELECT … FOR UPDATE`, held to commit), which serialises
-- them; a deferred trigger moves it once, at commit, to the transaction's last row (updating
-- it for every row would pile up row versions that each later statement of the same
-- transaction walks: n appends in one transaction would cost O(n²)). The triggers below make
-- the database itself refuse UPDATE, DELETE and TRUNCATE of audit_log. No foreign keys: the log must outlive the users, regions and records it names.

CREATE TABLE audit_log (
  seq BIGINT PRIMARY KEY CONSTRAINT ck_audit_log_seq CHECK (seq >= 1),
  at TEXT NOT NULL CONSTRAINT ck_audit_log_at CHECK (at ~ '^[0-9]{4}-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-6][0-9]$'),
  actor_user_id BIGINT NOT NULL DEFAULT 0,
  actor_username TEXT NOT NULL DEFAULT '',
  actor_role TEXT NOT NULL DEFAULT '',
  ip TEXT NOT NULL DEFAULT '',
  request_id TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL CONSTRAINT ck_audit_log_action CHECK (action <> ''),
  entity TEXT NOT NULL CONSTRAINT ck_audit_log_entity CHECK (entity <> ''),
  entity_id BIGINT NOT NULL DEFAULT 0,
  township_id BIGINT,
  before_json TEXT,
  after_json TEXT,
  prev_hash TEXT NOT NULL CONSTRAINT ck_audit_log_prev_hash CHECK (length(prev_hash) = 64),
  hash TEXT NOT NULL CONSTRAINT ck_audit_log_hash CHECK (length(hash) = 64)
);
CREATE INDEX ix_audit_log_at ON audit_log (at, seq);
CREATE INDEX ix_audit_log_entity ON audit_log (entity, entity_id, seq);
CREATE INDEX ix_audit_log_township ON audit_log (township_id, seq);

-- the chain's head: the last seq and its hash (seq 0 and 64 zeros before the first row)
CREATE TABLE audit_head (
  id SMALLINT PRIMARY KEY CONSTRAINT ck_audit_head_id CHECK (id = 1),
  seq BIGINT NOT NULL CONSTRAINT ck_audit_head_seq CHECK (seq >= 0),
  hash TEXT NOT NULL CONSTRAINT ck_audit_head_hash CHECK (length(hash) = 64)
);
INSERT INTO audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'fazhi: audit_log is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- a row must come right after the last one, past the committed head, and link to the
-- previous row's hash
CREATE FUNCTION audit_log_check_append() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_seq BIGINT;
  head_seq BIGINT;
  link TEXT;
BEGIN
  SELECT COALESCE(MAX(seq), 0) INTO last_seq FROM audit_log;
  SELECT seq INTO head_seq FROM audit_head WHERE id = 1;
  SELECT hash INTO link FROM audit_log WHERE seq = NEW.seq - 1;
  IF NEW.seq <> last_seq + 1 OR head_seq IS NULL OR NEW.seq <= head_seq
     OR NEW.prev_hash IS DISTINCT FROM
        COALESCE(link, '0000000000000000000000000000000000000000000000000000000000000000') THEN
    RAISE EXCEPTION 'fazhi: audit_log rows are appended at the head only'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER audit_log_append_at_head BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_check_append();

-- at commit, the head follows the transaction's last row
CREATE FUNCTION audit_head_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.seq = (SELECT MAX(seq) FROM audit_log) THEN
    UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER audit_head_follow AFTER INSERT ON audit_log
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_head_follow();

-- the head only moves forward and is never removed
CREATE FUNCTION audit_head_check_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR NEW.seq < OLD.seq OR NEW.id <> OLD.id THEN
    RAISE EXCEPTION 'fazhi: audit_log is append-only (audit_head % refused)', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER audit_head_forward BEFORE UPDATE OR DELETE ON audit_head
  FOR EACH ROW EXECUTE FUNCTION audit_head_check_change();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
