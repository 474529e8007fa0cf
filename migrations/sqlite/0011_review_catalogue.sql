-- migrations/sqlite/0011_review_catalogue.sql — a township's 重大执法决定法制审核目录 (LEP-07, SQLite).
-- Kept column-for-column identical with migrations/postgresql/0011_review_catalogue.sql; see
-- docs/data-model.md ("Enforcement"). Amounts are in 分.

-- 法制审核目录事项: matter type (empty: every type) × kind of penalty × threshold; an entry taken
-- out keeps its row with active = 0. No active row: the default catalogue of the settings applies.
CREATE TABLE review_catalogue_entry (
  id INTEGER PRIMARY KEY,
  township_id INTEGER NOT NULL CONSTRAINT fk_review_catalogue_entry_township_id REFERENCES region (id),
  matter_type TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CONSTRAINT ck_review_catalogue_entry_kind CHECK (kind IN ('fine', 'confiscate_gains', 'confiscate_property', 'suspend_licence', 'lower_qualification', 'revoke_licence', 'restrict_production', 'suspend_business', 'order_closure', 'restrict_practice', 'detention', 'other')),
  min_person_fen INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_review_catalogue_entry_min_person_fen CHECK (min_person_fen >= 0),
  min_org_fen INTEGER NOT NULL DEFAULT 0 CONSTRAINT ck_review_catalogue_entry_min_org_fen CHECK (min_org_fen >= 0),
  description TEXT NOT NULL CONSTRAINT ck_review_catalogue_entry_description CHECK (description <> ''),
  basis TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1 CONSTRAINT ck_review_catalogue_entry_active CHECK (active IN (0, 1)),
  CONSTRAINT uq_review_catalogue_entry_kind UNIQUE (township_id, matter_type, kind)
) STRICT;

