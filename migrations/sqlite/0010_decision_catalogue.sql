-- migrations/sqlite/0010_decision_catalogue.sql — the yearly 重大行政决策目录 (DEC-03, SQLite).
-- Kept column-for-column identical with migrations/postgresql/0010_decision_catalogue.sql; see
-- docs/data-model.md ("Major decisions"). Dates are 'YYYY-MM-DD' text.

-- 决策目录事项: one row per matter of one year's catalogue; an item taken out keeps its row
-- with withdrawn_on and the reason
CREATE TABLE decision_catalogue_item (
  id INTEGER PRIMARY KEY,
  township_id INTEGER NOT NULL CONSTRAINT fk_decision_catalogue_item_township_id REFERENCES region (id),
  year INTEGER NOT NULL CONSTRAINT ck_decision_catalogue_item_year CHECK (year BETWEEN 2000 AND 2100),
  title TEXT NOT NULL CONSTRAINT ck_decision_catalogue_item_title CHECK (title <> ''),
  scope TEXT NOT NULL CONSTRAINT ck_decision_catalogue_item_scope CHECK (scope IN ('public_policy', 'plan', 'resources', 'construction', 'other')),
  drafting_unit TEXT NOT NULL CONSTRAINT ck_decision_catalogue_item_drafting_unit CHECK (drafting_unit <> ''),
  planned_period TEXT NOT NULL DEFAULT '',
  listed_on TEXT NOT NULL CONSTRAINT ck_decision_catalogue_item_listed_on CHECK (listed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  party_consent_on TEXT CONSTRAINT ck_decision_catalogue_item_party_consent_on CHECK (party_consent_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  published_on TEXT CONSTRAINT ck_decision_catalogue_item_published_on CHECK (published_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  publication_channel TEXT NOT NULL DEFAULT '',
  withdrawn_on TEXT CONSTRAINT ck_decision_catalogue_item_withdrawn_on CHECK (withdrawn_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  withdrawal_reason TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  CONSTRAINT uq_decision_catalogue_item_title UNIQUE (township_id, year, title)
) STRICT;
