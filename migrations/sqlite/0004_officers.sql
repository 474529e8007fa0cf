-- migrations/sqlite/0004_officers.sql — the 行政执法人员 register (CERT-01…CERT-05, SQLite).
-- Kept column-for-column identical with migrations/postgresql/0004_officers.sql; see
-- docs/data-model.md ("Enforcement officers"). Dates are 'YYYY-MM-DD' text.

-- 行政执法人员: one row per person in (or once in) an enforcement post of a township
CREATE TABLE enforcement_officer (
  id INTEGER PRIMARY KEY,
  township_id INTEGER NOT NULL CONSTRAINT fk_enforcement_officer_township_id REFERENCES region (id),
  name TEXT NOT NULL CONSTRAINT ck_enforcement_officer_name CHECK (name <> ''),
  gender TEXT NOT NULL CONSTRAINT ck_enforcement_officer_gender CHECK (gender IN ('unknown', 'male', 'female')),
  id_number TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  agency TEXT NOT NULL CONSTRAINT ck_enforcement_officer_agency CHECK (agency <> ''),
  post TEXT NOT NULL DEFAULT '',
  education TEXT NOT NULL DEFAULT '',
  established_post INTEGER NOT NULL DEFAULT 1 CONSTRAINT ck_enforcement_officer_established_post CHECK (established_post IN (0, 1)),
  in_post_from TEXT NOT NULL CONSTRAINT ck_enforcement_officer_in_post_from CHECK (in_post_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  left_post_on TEXT CONSTRAINT ck_enforcement_officer_left_post_on CHECK (left_post_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  legal_reviewer INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_enforcement_officer_legal_reviewer CHECK (legal_reviewer IN (0, 1)),
  legal_qualification INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_enforcement_officer_legal_qualification CHECK (legal_qualification IN (0, 1))
) STRICT;
CREATE INDEX ix_enforcement_officer_township ON enforcement_officer (township_id, name);

-- 行政执法证: number unique per township (the store checks it; a conflict names "number")
CREATE TABLE officer_certificate (
  id INTEGER PRIMARY KEY,
  officer_id INTEGER NOT NULL CONSTRAINT fk_officer_certificate_officer_id REFERENCES enforcement_officer (id) ON DELETE CASCADE,
  township_id INTEGER NOT NULL CONSTRAINT fk_officer_certificate_township_id REFERENCES region (id),
  number TEXT NOT NULL CONSTRAINT ck_officer_certificate_number CHECK (number <> ''),
  field TEXT NOT NULL CONSTRAINT ck_officer_certificate_field CHECK (field <> ''),
  issuing_authority TEXT NOT NULL CONSTRAINT ck_officer_certificate_issuing_authority CHECK (issuing_authority <> ''),
  issued_on TEXT NOT NULL CONSTRAINT ck_officer_certificate_issued_on CHECK (issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  expires_on TEXT NOT NULL CONSTRAINT ck_officer_certificate_expires_on CHECK (expires_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  status TEXT NOT NULL CONSTRAINT ck_officer_certificate_status CHECK (status IN ('valid', 'suspended', 'cancelled', 'expired', 'lost')),
  status_changed_on TEXT CONSTRAINT ck_officer_certificate_status_changed_on CHECK (status_changed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  status_reason TEXT NOT NULL DEFAULT '',
  CONSTRAINT uq_officer_certificate_number UNIQUE (township_id, number)
) STRICT;
CREATE INDEX ix_officer_certificate_officer ON officer_certificate (officer_id);

-- 执法资格考试成绩 (CERT-02)
CREATE TABLE officer_exam (
  id INTEGER PRIMARY KEY,
  officer_id INTEGER NOT NULL CONSTRAINT fk_officer_exam_officer_id REFERENCES enforcement_officer (id) ON DELETE CASCADE,
  taken_on TEXT NOT NULL CONSTRAINT ck_officer_exam_taken_on CHECK (taken_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  part TEXT NOT NULL CONSTRAINT ck_officer_exam_part CHECK (part IN ('general', 'special')),
  score INTEGER NOT NULL CONSTRAINT ck_officer_exam_score CHECK (score BETWEEN 0 AND 100)
) STRICT;
CREATE INDEX ix_officer_exam_officer ON officer_exam (officer_id);

-- 培训学时 (CERT-05)
CREATE TABLE officer_training (
  id INTEGER PRIMARY KEY,
  officer_id INTEGER NOT NULL CONSTRAINT fk_officer_training_officer_id REFERENCES enforcement_officer (id) ON DELETE CASCADE,
  held_on TEXT NOT NULL CONSTRAINT ck_officer_training_held_on CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  topic TEXT NOT NULL CONSTRAINT ck_officer_training_topic CHECK (topic <> ''),
  hours INTEGER NOT NULL CONSTRAINT ck_officer_training_hours CHECK (hours BETWEEN 1 AND 200),
  organiser TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX ix_officer_training_officer ON officer_training (officer_id, held_on);
