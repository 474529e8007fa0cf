-- migrations/sqlite/0006_penalty_cases.sql — the 行政执法案件 ledger (PEN-01…PEN-22, LEP-03/06/07,
-- SQLite). Kept column-for-column identical with migrations/postgresql/0006_penalty_cases.sql;
-- see docs/data-model.md ("Enforcement cases"). Dates are 'YYYY-MM-DD' text, money integer 分.
-- The optional parts of a case (听证, 法制审核, 集体讨论) are flattened into prefixed columns:
-- hearing_requested_on / review_submitted_on / collective_held_on NULL means "none".

-- 行政执法案件: one row per case (线索 to 结案归档)
CREATE TABLE penalty_case (
  id INTEGER PRIMARY KEY,
  township_id INTEGER NOT NULL CONSTRAINT fk_penalty_case_township_id REFERENCES region (id),
  number TEXT NOT NULL CONSTRAINT ck_penalty_case_number CHECK (number <> ''),
  cause TEXT NOT NULL CONSTRAINT ck_penalty_case_cause CHECK (cause <> ''),
  matter_type TEXT NOT NULL DEFAULT '',
  power_basis TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL CONSTRAINT ck_penalty_case_category CHECK (category IN ('penalty', 'licence', 'coercion', 'levy', 'requisition', 'inspection')),
  procedure_kind TEXT NOT NULL CONSTRAINT ck_penalty_case_procedure_kind CHECK (procedure_kind IN ('general', 'summary')),
  stage TEXT NOT NULL CONSTRAINT ck_penalty_case_stage CHECK (stage IN ('filed', 'investigation', 'notice', 'statement', 'legal_review', 'collective', 'decision', 'service', 'execution', 'closed')),
  lead_received_on TEXT NOT NULL CONSTRAINT ck_penalty_case_lead_received_on CHECK (lead_received_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  filed_on TEXT CONSTRAINT ck_penalty_case_filed_on CHECK (filed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  act_on TEXT CONSTRAINT ck_penalty_case_act_on CHECK (act_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  grave_harm INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_penalty_case_grave_harm CHECK (grave_harm IN (0, 1)),
  major_public_interest INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_penalty_case_major_public_interest CHECK (major_public_interest IN (0, 1)),
  complex_case INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_penalty_case_complex_case CHECK (complex_case IN (0, 1)),
  serious_violation INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_penalty_case_serious_violation CHECK (serious_violation IN (0, 1)),
  review_required_by_law INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_penalty_case_review_required_by_law CHECK (review_required_by_law IN (0, 1)),
  investigated_on TEXT CONSTRAINT ck_penalty_case_investigated_on CHECK (investigated_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  notice_served_on TEXT CONSTRAINT ck_penalty_case_notice_served_on CHECK (notice_served_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  proposed_kinds TEXT NOT NULL DEFAULT '',
  proposed_fine_fen INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_penalty_case_proposed_fine_fen CHECK (proposed_fine_fen >= 0),
  proposed_confiscation_fen INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_penalty_case_proposed_confiscation_fen CHECK (proposed_confiscation_fen >= 0),
  proposed_description TEXT NOT NULL DEFAULT '',
  hearing_right_notified INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_penalty_case_hearing_right_notified CHECK (hearing_right_notified IN (0, 1)),
  rights_waived_on TEXT CONSTRAINT ck_penalty_case_rights_waived_on CHECK (rights_waived_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  statement_summary TEXT NOT NULL DEFAULT '',
  hearing_requested_on TEXT CONSTRAINT ck_penalty_case_hearing_requested_on CHECK (hearing_requested_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  hearing_notified_on TEXT CONSTRAINT ck_penalty_case_hearing_notified_on CHECK (hearing_notified_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  hearing_held_on TEXT CONSTRAINT ck_penalty_case_hearing_held_on CHECK (hearing_held_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  hearing_host TEXT NOT NULL DEFAULT '',
  hearing_host_investigated INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_penalty_case_hearing_host_investigated CHECK (hearing_host_investigated IN (0, 1)),
  hearing_party_absent INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_penalty_case_hearing_party_absent CHECK (hearing_party_absent IN (0, 1)),
  review_submitted_on TEXT CONSTRAINT ck_penalty_case_review_submitted_on CHECK (review_submitted_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  review_reviewed_on TEXT CONSTRAINT ck_penalty_case_review_reviewed_on CHECK (review_reviewed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  review_reviewer TEXT NOT NULL DEFAULT '',
  review_first_time INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_penalty_case_review_first_time CHECK (review_first_time IN (0, 1)),
  review_qualified INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_penalty_case_review_qualified CHECK (review_qualified IN (0, 1)),
  review_outcome TEXT NOT NULL DEFAULT 'agree' CONSTRAINT ck_penalty_case_review_outcome CHECK (review_outcome IN ('agree', 'revise', 'disagree')),
  review_opinion TEXT NOT NULL DEFAULT '',
  review_checklist TEXT NOT NULL DEFAULT '0000000' CONSTRAINT ck_penalty_case_review_checklist CHECK (length(review_checklist) = 7),
  collective_held_on TEXT CONSTRAINT ck_penalty_case_collective_held_on CHECK (collective_held_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  collective_participants TEXT NOT NULL DEFAULT '',
  collective_conclusion TEXT NOT NULL DEFAULT '',
  decided_on TEXT CONSTRAINT ck_penalty_case_decided_on CHECK (decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  outcome TEXT NOT NULL CONSTRAINT ck_penalty_case_outcome CHECK (outcome IN ('penalty', 'no_penalty_minor', 'no_penalty_unfounded', 'transfer')),
  decided_kinds TEXT NOT NULL DEFAULT '',
  decided_fine_fen INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_penalty_case_decided_fine_fen CHECK (decided_fine_fen >= 0),
  decided_confiscation_fen INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_penalty_case_decided_confiscation_fen CHECK (decided_confiscation_fen >= 0),
  decided_description TEXT NOT NULL DEFAULT '',
  decision_number TEXT NOT NULL DEFAULT '',
  served_on TEXT CONSTRAINT ck_penalty_case_served_on CHECK (served_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  service_method TEXT NOT NULL CONSTRAINT ck_penalty_case_service_method CHECK (service_method IN ('direct', 'left', 'electronic', 'post', 'entrusted', 'forwarded', 'public_notice')),
  electronic_consent INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_penalty_case_electronic_consent CHECK (electronic_consent IN (0, 1)),
  executed_on TEXT CONSTRAINT ck_penalty_case_executed_on CHECK (executed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  paid_fen INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_penalty_case_paid_fen CHECK (paid_fen >= 0),
  closed_on TEXT CONSTRAINT ck_penalty_case_closed_on CHECK (closed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  publication_required INTEGER NOT NULL DEFAULT 1 CONSTRAINT ck_penalty_case_publication_required CHECK (publication_required IN (0, 1)),
  published_on TEXT CONSTRAINT ck_penalty_case_published_on CHECK (published_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  publication_url TEXT NOT NULL DEFAULT '',
  CONSTRAINT uq_penalty_case_number UNIQUE (township_id, number)
) STRICT;
CREATE INDEX ix_penalty_case_township_stage ON penalty_case (township_id, stage, lead_received_on);
CREATE INDEX ix_penalty_case_lead_received ON penalty_case (lead_received_on);

-- 当事人 of a case (VAL-01…03)
CREATE TABLE penalty_case_party (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL CONSTRAINT fk_penalty_case_party_case_id REFERENCES penalty_case (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CONSTRAINT ck_penalty_case_party_kind CHECK (kind IN ('person', 'org')),
  name TEXT NOT NULL CONSTRAINT ck_penalty_case_party_name CHECK (name <> ''),
  id_number TEXT NOT NULL DEFAULT '',
  uscc TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX ix_penalty_case_party_case ON penalty_case_party (case_id);

-- 承办执法人员 of a case (PEN-02), from the township's register
CREATE TABLE penalty_case_officer (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL CONSTRAINT fk_penalty_case_officer_case_id REFERENCES penalty_case (id) ON DELETE CASCADE,
  officer_id INTEGER NOT NULL CONSTRAINT fk_penalty_case_officer_officer_id REFERENCES enforcement_officer (id),
  name TEXT NOT NULL DEFAULT '',
  certificate_number TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX ix_penalty_case_officer_case ON penalty_case_officer (case_id);
CREATE INDEX ix_penalty_case_officer_officer ON penalty_case_officer (officer_id);

-- 延长办案期限 approved (PEN-06)
CREATE TABLE penalty_case_extension (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL CONSTRAINT fk_penalty_case_extension_case_id REFERENCES penalty_case (id) ON DELETE CASCADE,
  amount INTEGER NOT NULL CONSTRAINT ck_penalty_case_extension_amount CHECK (amount BETWEEN 1 AND 3650),
  unit TEXT NOT NULL CONSTRAINT ck_penalty_case_extension_unit CHECK (unit IN ('workday', 'calendar', 'month')),
  approver TEXT NOT NULL DEFAULT '',
  approved_on TEXT CONSTRAINT ck_penalty_case_extension_approved_on CHECK (approved_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  reason TEXT NOT NULL DEFAULT '',
  party_notified INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_penalty_case_extension_party_notified CHECK (party_notified IN (0, 1))
) STRICT;
CREATE INDEX ix_penalty_case_extension_case ON penalty_case_extension (case_id);

-- 不计入办案期限的期间 (听证、检测、鉴定、公告… PEN-06)
CREATE TABLE penalty_case_excluded (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL CONSTRAINT fk_penalty_case_excluded_case_id REFERENCES penalty_case (id) ON DELETE CASCADE,
  from_on TEXT NOT NULL CONSTRAINT ck_penalty_case_excluded_from_on CHECK (from_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  to_on TEXT NOT NULL CONSTRAINT ck_penalty_case_excluded_to_on CHECK (to_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  reason TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX ix_penalty_case_excluded_case ON penalty_case_excluded (case_id);

-- 全过程记录: a document or piece of evidence of a stage (PEN-17, LEP-06)
CREATE TABLE penalty_case_document (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL CONSTRAINT fk_penalty_case_document_case_id REFERENCES penalty_case (id) ON DELETE CASCADE,
  stage TEXT NOT NULL CONSTRAINT ck_penalty_case_document_stage CHECK (stage IN ('filed', 'investigation', 'notice', 'statement', 'legal_review', 'collective', 'decision', 'service', 'execution', 'closed')),
  evidence_type TEXT NOT NULL CONSTRAINT ck_penalty_case_document_evidence_type CHECK (evidence_type IN ('record', 'documentary', 'physical', 'audio_visual', 'electronic', 'witness', 'statement', 'expert_opinion', 'inspection_record')),
  recorded_on TEXT NOT NULL CONSTRAINT ck_penalty_case_document_recorded_on CHECK (recorded_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  title TEXT NOT NULL CONSTRAINT ck_penalty_case_document_title CHECK (title <> ''),
  file_name TEXT NOT NULL DEFAULT '',
  media_type TEXT NOT NULL DEFAULT '',
  size_bytes INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_penalty_case_document_size_bytes CHECK (size_bytes >= 0),
  sha256 TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX ix_penalty_case_document_case ON penalty_case_document (case_id, stage);
