-- migrations/sqlite/0008_normative_documents.sql — the 行政规范性文件 ledger (NORM-01…09, SQLite).
-- Kept column-for-column identical with migrations/postgresql/0008_normative_documents.sql; see
-- docs/data-model.md ("Normative documents"). Dates are 'YYYY-MM-DD' text. The 文号 is unique
-- per township once given (the store checks it; a conflict names "number").

-- 行政规范性文件: one row per document, from drafting to 清理
CREATE TABLE normative_document (
  id INTEGER PRIMARY KEY,
  township_id INTEGER NOT NULL CONSTRAINT fk_normative_document_township_id REFERENCES region (id),
  title TEXT NOT NULL CONSTRAINT ck_normative_document_title CHECK (title <> ''),
  number TEXT NOT NULL DEFAULT '',
  drafting_unit TEXT NOT NULL CONSTRAINT ck_normative_document_drafting_unit CHECK (drafting_unit <> ''),
  trial TEXT NOT NULL CONSTRAINT ck_normative_document_trial CHECK (trial IN ('none', 'interim', 'trial')),
  affects_rights INTEGER NOT NULL DEFAULT 1 CONSTRAINT ck_normative_document_affects_rights CHECK (affects_rights IN (0, 1)),
  binds_generally INTEGER NOT NULL DEFAULT 1 CONSTRAINT ck_normative_document_binds_generally CHECK (binds_generally IN (0, 1)),
  applies_repeatedly INTEGER NOT NULL DEFAULT 1 CONSTRAINT ck_normative_document_applies_repeatedly CHECK (applies_repeatedly IN (0, 1)),
  exclusion TEXT NOT NULL CONSTRAINT ck_normative_document_exclusion CHECK (exclusion IN ('none', 'internal', 'minutes', 'work_plan', 'report', 'commendation', 'appointment', 'secret')),
  drafted_on TEXT NOT NULL CONSTRAINT ck_normative_document_drafted_on CHECK (drafted_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  opinions_from TEXT CONSTRAINT ck_normative_document_opinions_from CHECK (opinions_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  opinions_to TEXT CONSTRAINT ck_normative_document_opinions_to CHECK (opinions_to GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  review_submitted_on TEXT CONSTRAINT ck_normative_document_review_submitted_on CHECK (review_submitted_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  reviewed_on TEXT CONSTRAINT ck_normative_document_reviewed_on CHECK (reviewed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  reviewer_role TEXT NOT NULL CONSTRAINT ck_normative_document_reviewer_role CHECK (reviewer_role IN ('legal_adviser', 'justice_office', 'legal_staff')),
  reviewer TEXT NOT NULL DEFAULT '',
  review_outcome TEXT NOT NULL CONSTRAINT ck_normative_document_review_outcome CHECK (review_outcome IN ('pass', 'revise', 'fail')),
  review_opinion TEXT NOT NULL DEFAULT '',
  creates_licence INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_normative_document_creates_licence CHECK (creates_licence IN (0, 1)),
  creates_penalty INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_normative_document_creates_penalty CHECK (creates_penalty IN (0, 1)),
  creates_coercion INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_normative_document_creates_coercion CHECK (creates_coercion IN (0, 1)),
  creates_fee INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_normative_document_creates_fee CHECK (creates_fee IN (0, 1)),
  reduces_rights INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_normative_document_reduces_rights CHECK (reduces_rights IN (0, 1)),
  deliberated_on TEXT CONSTRAINT ck_normative_document_deliberated_on CHECK (deliberated_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  deliberation_meeting TEXT NOT NULL DEFAULT '',
  signed_on TEXT CONSTRAINT ck_normative_document_signed_on CHECK (signed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  signer TEXT NOT NULL DEFAULT '',
  published_on TEXT CONSTRAINT ck_normative_document_published_on CHECK (published_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  publication_channel TEXT NOT NULL DEFAULT '',
  effective_on TEXT CONSTRAINT ck_normative_document_effective_on CHECK (effective_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  urgent INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_normative_document_urgent CHECK (urgent IN (0, 1)),
  urgent_reason TEXT NOT NULL DEFAULT '',
  valid_until TEXT CONSTRAINT ck_normative_document_valid_until CHECK (valid_until GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  filed_on TEXT CONSTRAINT ck_normative_document_filed_on CHECK (filed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  filing_number TEXT NOT NULL DEFAULT '',
  filed_text INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_normative_document_filed_text CHECK (filed_text IN (0, 1)),
  filed_explanation INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_normative_document_filed_explanation CHECK (filed_explanation IN (0, 1)),
  filed_basis INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_normative_document_filed_basis CHECK (filed_basis IN (0, 1)),
  filed_review_opinion INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_normative_document_filed_review_opinion CHECK (filed_review_opinion IN (0, 1)),
  returned_on TEXT CONSTRAINT ck_normative_document_returned_on CHECK (returned_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  return_reason TEXT NOT NULL DEFAULT '',
  corrected_on TEXT CONSTRAINT ck_normative_document_corrected_on CHECK (corrected_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  standing TEXT NOT NULL CONSTRAINT ck_normative_document_standing CHECK (standing IN ('in_force', 'amended', 'repealed', 'expired')),
  cleaned_on TEXT CONSTRAINT ck_normative_document_cleaned_on CHECK (cleaned_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  cleanup_note TEXT NOT NULL DEFAULT '',
  CONSTRAINT ck_normative_document_number_once CHECK (number <> '' OR published_on IS NULL)
) STRICT;
CREATE INDEX ix_normative_document_township ON normative_document (township_id, drafted_on);
CREATE UNIQUE INDEX uq_normative_document_number ON normative_document (township_id, number) WHERE number <> '';
