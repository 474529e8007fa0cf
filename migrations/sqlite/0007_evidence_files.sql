-- migrations/sqlite/0007_evidence_files.sql — the files of the 全过程记录 (PEN-17, LEP-06),
-- SQLite. Kept column-for-column identical with migrations/postgresql/0007_evidence_files.sql;
-- see docs/data-model.md ("Evidence files"). A file is stored once per township by its
-- SHA-256; penalty_case_document rows point at it through their sha256.
CREATE TABLE evidence_file (
  id INTEGER PRIMARY KEY,
  township_id INTEGER NOT NULL CONSTRAINT fk_evidence_file_township_id REFERENCES region (id),
  sha256 TEXT NOT NULL CONSTRAINT ck_evidence_file_sha256 CHECK (length(sha256) = 64),
  media_type TEXT NOT NULL CONSTRAINT ck_evidence_file_media_type CHECK (media_type <> ''),
  size_bytes INTEGER NOT NULL CONSTRAINT ck_evidence_file_size_bytes CHECK (size_bytes > 0),
  content BLOB NOT NULL,
  uploaded_at TEXT NOT NULL,
  uploaded_by TEXT NOT NULL DEFAULT '',
  CONSTRAINT uq_evidence_file_sha256 UNIQUE (township_id, sha256)
) STRICT;
