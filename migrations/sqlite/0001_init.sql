-- migrations/sqlite/0001_init.sql — Fazhi's first schema (SQLite).
-- Kept column-for-column identical with migrations/postgresql/0001_init.sql; see docs/data-model.md.
-- Dates are TEXT 'YYYY-MM-DD' on both backends (one code path); booleans 0/1; money BIGINT 分.
-- Constraints are named ck_/uq_/fk_<table>_<column> so errors can name the field.
-- Applied in one transaction by Database::Migrate(), recorded in schema_migrations.

-- county → townships → villages (统计用区划代码)
CREATE TABLE region (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL CONSTRAINT ck_region_code CHECK (code <> '' AND code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
  name TEXT NOT NULL CONSTRAINT ck_region_name CHECK (name <> ''),
  level TEXT NOT NULL CONSTRAINT ck_region_level CHECK (level IN ('county', 'township', 'village')),
  parent_id INTEGER CONSTRAINT fk_region_parent_id REFERENCES region (id),
  CONSTRAINT ck_region_parent_id CHECK (level = 'county' OR parent_id IS NOT NULL),
  CONSTRAINT uq_region_code UNIQUE (code)
) STRICT;
CREATE INDEX ix_region_parent ON region (parent_id, level);

-- departments of a township or county
CREATE TABLE department (
  id INTEGER PRIMARY KEY,
  region_id INTEGER NOT NULL CONSTRAINT fk_department_region_id REFERENCES region (id),
  name TEXT NOT NULL CONSTRAINT ck_department_name CHECK (name <> ''),
  kind TEXT NOT NULL DEFAULT '',
  CONSTRAINT uq_department_name UNIQUE (region_id, name)
) STRICT;

-- accounts (三员分立 roles); password_hash is an argon2id string
CREATE TABLE app_user (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL CONSTRAINT ck_app_user_username CHECK (username <> ''),
  display_name TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL CONSTRAINT ck_app_user_role CHECK (role IN ('clerk', 'leader', 'county_reviewer', 'sysadmin', 'secadmin', 'auditor')),
  region_id INTEGER NOT NULL CONSTRAINT fk_app_user_region_id REFERENCES region (id),
  password_hash TEXT NOT NULL CONSTRAINT ck_app_user_password_hash CHECK (password_hash <> ''),
  active INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_app_user_active CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL CONSTRAINT ck_app_user_created_at CHECK (created_at <> ''),
  CONSTRAINT uq_app_user_username UNIQUE (username)
) STRICT;
CREATE INDEX ix_app_user_region ON app_user (region_id);

-- 人民调解委员会 (MED-01)
CREATE TABLE med_committee (
  id INTEGER PRIMARY KEY,
  township_id INTEGER NOT NULL CONSTRAINT fk_med_committee_township_id REFERENCES region (id),
  village_id INTEGER CONSTRAINT fk_med_committee_village_id REFERENCES region (id),
  name TEXT NOT NULL CONSTRAINT ck_med_committee_name CHECK (name <> ''),
  level TEXT NOT NULL CONSTRAINT ck_med_committee_level CHECK (level IN ('township', 'village')),
  established_on TEXT NOT NULL CONSTRAINT ck_med_committee_established_on CHECK (established_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  term_start TEXT NOT NULL CONSTRAINT ck_med_committee_term_start CHECK (term_start GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  term_end TEXT NOT NULL CONSTRAINT ck_med_committee_term_end CHECK (term_end GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  multi_ethnic_area INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_med_committee_multi_ethnic_area CHECK (multi_ethnic_area IN (0, 1))
) STRICT;
CREATE INDEX ix_med_committee_township ON med_committee (township_id);

-- members of a committee (MED-01)
CREATE TABLE med_committee_member (
  id INTEGER PRIMARY KEY,
  committee_id INTEGER NOT NULL CONSTRAINT fk_med_committee_member_committee_id REFERENCES med_committee (id) ON DELETE CASCADE,
  name TEXT NOT NULL CONSTRAINT ck_med_committee_member_name CHECK (name <> ''),
  gender TEXT NOT NULL CONSTRAINT ck_med_committee_member_gender CHECK (gender IN ('unknown', 'male', 'female')),
  ethnicity TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL CONSTRAINT ck_med_committee_member_role CHECK (role IN ('chair', 'vice_chair', 'member')),
  term_start TEXT NOT NULL CONSTRAINT ck_med_committee_member_term_start CHECK (term_start GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  term_end TEXT NOT NULL CONSTRAINT ck_med_committee_member_term_end CHECK (term_end GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
) STRICT;
CREATE INDEX ix_med_committee_member_committee ON med_committee_member (committee_id);

-- 人民调解员 (MED-02, MED-04)
CREATE TABLE mediator (
  id INTEGER PRIMARY KEY,
  township_id INTEGER NOT NULL CONSTRAINT fk_mediator_township_id REFERENCES region (id),
  committee_id INTEGER NOT NULL CONSTRAINT fk_mediator_committee_id REFERENCES med_committee (id),
  name TEXT NOT NULL CONSTRAINT ck_mediator_name CHECK (name <> ''),
  gender TEXT NOT NULL CONSTRAINT ck_mediator_gender CHECK (gender IN ('unknown', 'male', 'female')),
  id_number TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  is_committee_member INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_mediator_is_committee_member CHECK (is_committee_member IN (0, 1)),
  appointed_on TEXT NOT NULL CONSTRAINT ck_mediator_appointed_on CHECK (appointed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  dismissed_on TEXT CONSTRAINT ck_mediator_dismissed_on CHECK (dismissed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  training_hours INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_mediator_training_hours CHECK (training_hours >= 0)
) STRICT;
CREATE INDEX ix_mediator_township ON mediator (township_id);
CREATE INDEX ix_mediator_committee ON mediator (committee_id);

-- 矛盾纠纷排查 rounds (MED-12)
CREATE TABLE screening_round (
  id INTEGER PRIMARY KEY,
  township_id INTEGER NOT NULL CONSTRAINT fk_screening_round_township_id REFERENCES region (id),
  village_id INTEGER CONSTRAINT fk_screening_round_village_id REFERENCES region (id),
  held_on TEXT NOT NULL CONSTRAINT ck_screening_round_held_on CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  organiser TEXT NOT NULL DEFAULT '',
  scope TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX ix_screening_round_township_held ON screening_round (township_id, held_on);

-- 人民调解案件 (MED-05…MED-10); case_no unique per township
CREATE TABLE mediation_case (
  id INTEGER PRIMARY KEY,
  township_id INTEGER NOT NULL CONSTRAINT fk_mediation_case_township_id REFERENCES region (id),
  committee_id INTEGER NOT NULL CONSTRAINT fk_mediation_case_committee_id REFERENCES med_committee (id),
  mediator_id INTEGER CONSTRAINT fk_mediation_case_mediator_id REFERENCES mediator (id),
  case_no TEXT NOT NULL CONSTRAINT ck_mediation_case_case_no CHECK (case_no <> ''),
  category TEXT NOT NULL CONSTRAINT ck_mediation_case_category CHECK (category <> ''),
  start_mode TEXT NOT NULL CONSTRAINT ck_mediation_case_start_mode CHECK (start_mode IN ('application', 'proactive', 'referral')),
  referred_by TEXT NOT NULL DEFAULT '',
  accepted_on TEXT NOT NULL CONSTRAINT ck_mediation_case_accepted_on CHECK (accepted_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  summary TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL CONSTRAINT ck_mediation_case_outcome CHECK (outcome IN ('open', 'success', 'failed', 'terminated')),
  concluded_on TEXT CONSTRAINT ck_mediation_case_concluded_on CHECK (concluded_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  termination_reason TEXT NOT NULL DEFAULT '',
  parties_agreed_to_continue INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_mediation_case_parties_agreed_to_continue CHECK (parties_agreed_to_continue IN (0, 1)),
  amount_fen INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_mediation_case_amount_fen CHECK (amount_fen >= 0),
  prevented_criminal INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_mediation_case_prevented_criminal CHECK (prevented_criminal IN (0, 1)),
  prevented_group_petition INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_mediation_case_prevented_group_petition CHECK (prevented_group_petition IN (0, 1)),
  CONSTRAINT uq_mediation_case_case_no UNIQUE (township_id, case_no)
) STRICT;
CREATE INDEX ix_mediation_case_township_accepted ON mediation_case (township_id, accepted_on);
CREATE INDEX ix_mediation_case_township_concluded ON mediation_case (township_id, concluded_on);

-- parties of a mediation case
CREATE TABLE mediation_party (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL CONSTRAINT fk_mediation_party_case_id REFERENCES mediation_case (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CONSTRAINT ck_mediation_party_kind CHECK (kind IN ('person', 'org')),
  name TEXT NOT NULL CONSTRAINT ck_mediation_party_name CHECK (name <> ''),
  id_number TEXT NOT NULL DEFAULT '',
  uscc TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX ix_mediation_party_case ON mediation_party (case_id);

-- the agreement of a successful case (MED-07…MED-09), at most one per case
CREATE TABLE mediation_agreement (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL CONSTRAINT fk_mediation_agreement_case_id REFERENCES mediation_case (id) ON DELETE CASCADE,
  form TEXT NOT NULL CONSTRAINT ck_mediation_agreement_form CHECK (form IN ('written', 'oral')),
  effective_on TEXT NOT NULL CONSTRAINT ck_mediation_agreement_effective_on CHECK (effective_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  terms TEXT NOT NULL DEFAULT '',
  amount_fen INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_mediation_agreement_amount_fen CHECK (amount_fen >= 0),
  performance TEXT NOT NULL CONSTRAINT ck_mediation_agreement_performance CHECK (performance IN ('pending', 'performed', 'partial', 'not_performed')),
  performance_due TEXT CONSTRAINT ck_mediation_agreement_performance_due CHECK (performance_due GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  performed_on TEXT CONSTRAINT ck_mediation_agreement_performed_on CHECK (performed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  last_followup_on TEXT CONSTRAINT ck_mediation_agreement_last_followup_on CHECK (last_followup_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  confirmation_applied_on TEXT CONSTRAINT ck_mediation_agreement_confirmation_applied_on CHECK (confirmation_applied_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  confirmation_court TEXT NOT NULL DEFAULT '',
  confirmation_result TEXT NOT NULL CONSTRAINT ck_mediation_agreement_confirmation_result CHECK (confirmation_result IN ('none', 'pending', 'confirmed', 'rejected')),
  confirmation_decided_on TEXT CONSTRAINT ck_mediation_agreement_confirmation_decided_on CHECK (confirmation_decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  CONSTRAINT uq_mediation_agreement_case_id UNIQUE (case_id)
) STRICT;

-- disputes found by a screening round (MED-12)
CREATE TABLE screened_dispute (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL CONSTRAINT fk_screened_dispute_round_id REFERENCES screening_round (id),
  township_id INTEGER NOT NULL CONSTRAINT fk_screened_dispute_township_id REFERENCES region (id),
  village_id INTEGER CONSTRAINT fk_screened_dispute_village_id REFERENCES region (id),
  found_on TEXT NOT NULL CONSTRAINT ck_screened_dispute_found_on CHECK (found_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  category TEXT NOT NULL CONSTRAINT ck_screened_dispute_category CHECK (category <> ''),
  summary TEXT NOT NULL DEFAULT '',
  parties_count INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_screened_dispute_parties_count CHECK (parties_count >= 0),
  status TEXT NOT NULL CONSTRAINT ck_screened_dispute_status CHECK (status IN ('open', 'resolved', 'transferred')),
  route TEXT CONSTRAINT ck_screened_dispute_route CHECK (route IN ('mediation', 'other', 'self')),
  resolved_on TEXT CONSTRAINT ck_screened_dispute_resolved_on CHECK (resolved_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  transferred_to TEXT NOT NULL DEFAULT '',
  mediation_case_id INTEGER CONSTRAINT fk_screened_dispute_mediation_case_id REFERENCES mediation_case (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX ix_screened_dispute_township_found ON screened_dispute (township_id, found_on);
CREATE INDEX ix_screened_dispute_round ON screened_dispute (round_id);

-- 信访事项 (PET-01…PET-15); reg_no unique per township; ext_* = the approved extension (第34条)
CREATE TABLE petition (
  id INTEGER PRIMARY KEY,
  township_id INTEGER NOT NULL CONSTRAINT fk_petition_township_id REFERENCES region (id),
  reg_no TEXT NOT NULL CONSTRAINT ck_petition_reg_no CHECK (reg_no <> ''),
  channel TEXT NOT NULL CONSTRAINT ck_petition_channel CHECK (channel IN ('online', 'letter', 'phone', 'fax', 'visit')),
  source TEXT NOT NULL CONSTRAINT ck_petition_source CHECK (source IN ('direct', 'assigned')),
  assigned_by TEXT NOT NULL DEFAULT '',
  received_on TEXT NOT NULL CONSTRAINT ck_petition_received_on CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  petitioner_name TEXT NOT NULL DEFAULT '',
  id_number TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  group_size INTEGER NOT NULL DEFAULT 1 CONSTRAINT ck_petition_group_size CHECK (group_size >= 1),
  representatives INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_petition_representatives CHECK (representatives >= 0),
  category TEXT NOT NULL CONSTRAINT ck_petition_category CHECK (category IN ('suggestion', 'accusation', 'claim')),
  request TEXT NOT NULL DEFAULT '',
  facts TEXT NOT NULL DEFAULT '',
  reasons TEXT NOT NULL DEFAULT '',
  urgent INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_petition_urgent CHECK (urgent IN (0, 1)),
  acknowledged_on TEXT CONSTRAINT ck_petition_acknowledged_on CHECK (acknowledged_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  accepted_on TEXT CONSTRAINT ck_petition_accepted_on CHECK (accepted_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  objected_on TEXT CONSTRAINT ck_petition_objected_on CHECK (objected_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  diversion TEXT NOT NULL CONSTRAINT ck_petition_diversion CHECK (diversion IN ('none', 'litigation', 'arbitration', 'reconsideration', 'disciplinary', 'other_legal')),
  diverted_on TEXT CONSTRAINT ck_petition_diverted_on CHECK (diverted_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  ext_days INTEGER CONSTRAINT ck_petition_ext_days CHECK (ext_days >= 0),
  ext_approver TEXT NOT NULL DEFAULT '',
  ext_approved_on TEXT CONSTRAINT ck_petition_ext_approved_on CHECK (ext_approved_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND ((ext_days IS NULL AND ext_approved_on IS NULL) OR (ext_days IS NOT NULL AND ext_approved_on IS NOT NULL))),
  ext_reason TEXT NOT NULL DEFAULT '',
  ext_petitioner_notified INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_petition_ext_petitioner_notified CHECK (ext_petitioner_notified IN (0, 1)),
  closed_on TEXT CONSTRAINT ck_petition_closed_on CHECK (closed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  outcome TEXT NOT NULL CONSTRAINT ck_petition_outcome CHECK (outcome IN ('none', 'support', 'explain', 'reject')),
  reply_served_on TEXT CONSTRAINT ck_petition_reply_served_on CHECK (reply_served_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  satisfaction TEXT NOT NULL CONSTRAINT ck_petition_satisfaction CHECK (satisfaction IN ('none', 'satisfied', 'basic', 'unsatisfied')),
  rated_on TEXT CONSTRAINT ck_petition_rated_on CHECK (rated_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  lead_leader TEXT NOT NULL DEFAULT '',
  lead_assigned_on TEXT CONSTRAINT ck_petition_lead_assigned_on CHECK (lead_assigned_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  concluded_final INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_petition_concluded_final CHECK (concluded_final IN (0, 1)),
  duplicate_of INTEGER CONSTRAINT fk_petition_duplicate_of REFERENCES petition (id) ON DELETE SET NULL,
  CONSTRAINT uq_petition_reg_no UNIQUE (township_id, reg_no)
) STRICT;
CREATE INDEX ix_petition_township_received ON petition (township_id, received_on);
CREATE INDEX ix_petition_township_closed ON petition (township_id, closed_on);

-- 复查 (kind review, 第35条) and 复核 (kind re_review, 第36条) of a petition
CREATE TABLE petition_review (
  id INTEGER PRIMARY KEY,
  petition_id INTEGER NOT NULL CONSTRAINT fk_petition_review_petition_id REFERENCES petition (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CONSTRAINT ck_petition_review_kind CHECK (kind IN ('review', 're_review')),
  requested_on TEXT NOT NULL CONSTRAINT ck_petition_review_requested_on CHECK (requested_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  organ TEXT NOT NULL DEFAULT '',
  replied_on TEXT CONSTRAINT ck_petition_review_replied_on CHECK (replied_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  result TEXT NOT NULL DEFAULT '',
  CONSTRAINT uq_petition_review_kind UNIQUE (petition_id, kind)
) STRICT;

-- time not counted in a period, both ends inclusive: kind handling (办理期限), review / re_review (复查/复核 hearing)
CREATE TABLE petition_excluded_interval (
  id INTEGER PRIMARY KEY,
  petition_id INTEGER NOT NULL CONSTRAINT fk_petition_excluded_interval_petition_id REFERENCES petition (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CONSTRAINT ck_petition_excluded_interval_kind CHECK (kind IN ('handling', 'review', 're_review')),
  from_on TEXT NOT NULL CONSTRAINT ck_petition_excluded_interval_from_on CHECK (from_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  to_on TEXT NOT NULL CONSTRAINT ck_petition_excluded_interval_to_on CHECK (to_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND (to_on >= from_on)),
  reason TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX ix_petition_excluded_interval_petition ON petition_excluded_interval (petition_id);

-- 领导接访 (PET-14)
CREATE TABLE leader_reception (
  id INTEGER PRIMARY KEY,
  township_id INTEGER NOT NULL CONSTRAINT fk_leader_reception_township_id REFERENCES region (id),
  leader_name TEXT NOT NULL CONSTRAINT ck_leader_reception_leader_name CHECK (leader_name <> ''),
  leader_title TEXT NOT NULL DEFAULT '',
  received_on TEXT NOT NULL CONSTRAINT ck_leader_reception_received_on CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  location TEXT NOT NULL DEFAULT '',
  visitors INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_leader_reception_visitors CHECK (visitors >= 0),
  matters INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_leader_reception_matters CHECK (matters >= 0),
  notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX ix_leader_reception_township_received ON leader_reception (township_id, received_on);

-- deployment settings with their basis; region_id NULL = deployment-wide default, else a county's own value
CREATE TABLE settings (
  id INTEGER PRIMARY KEY,
  region_id INTEGER CONSTRAINT fk_settings_region_id REFERENCES region (id) ON DELETE CASCADE,
  key TEXT NOT NULL CONSTRAINT ck_settings_key CHECK (key <> ''),
  value TEXT NOT NULL DEFAULT '',
  basis TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL DEFAULT ''
) STRICT;

-- one value per key deployment-wide (region_id NULL) and per county
CREATE UNIQUE INDEX uq_settings_key ON settings ((COALESCE(region_id, 0)), key);
