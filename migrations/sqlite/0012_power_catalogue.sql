-- migrations/sqlite/0012_power_catalogue.sql — the public catalogue of enforcement powers (LEP-01, SQLite).
-- Kept column-for-column identical with migrations/postgresql/0012_power_catalogue.sql; see
-- docs/data-model.md ("Enforcement"). Dates are 'YYYY-MM-DD' text.

-- 行政执法权力事项: one row per version of one power; a revision adds a row (version + 1) and
-- closes the previous one (effective_to the day before), so every published state is kept.
CREATE TABLE power_item (
  id INTEGER PRIMARY KEY,
  township_id INTEGER NOT NULL CONSTRAINT fk_power_item_township_id REFERENCES region (id),
  code TEXT NOT NULL CONSTRAINT ck_power_item_code CHECK (code <> ''),
  version INTEGER NOT NULL CONSTRAINT ck_power_item_version CHECK (version >= 1),
  name TEXT NOT NULL CONSTRAINT ck_power_item_name CHECK (name <> ''),
  category TEXT NOT NULL CONSTRAINT ck_power_item_category CHECK (category IN ('penalty', 'licence', 'coercion', 'levy', 'requisition', 'inspection')),
  subject TEXT NOT NULL CONSTRAINT ck_power_item_subject CHECK (subject <> ''),
  basis TEXT NOT NULL CONSTRAINT ck_power_item_basis CHECK (basis <> ''),
  procedure_text TEXT NOT NULL CONSTRAINT ck_power_item_procedure_text CHECK (procedure_text <> ''),
  remedy TEXT NOT NULL CONSTRAINT ck_power_item_remedy CHECK (remedy <> ''),
  note TEXT NOT NULL DEFAULT '',
  effective_from TEXT NOT NULL CONSTRAINT ck_power_item_effective_from CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  effective_to TEXT CONSTRAINT ck_power_item_effective_to CHECK (effective_to GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  CONSTRAINT uq_power_item_version UNIQUE (township_id, code, version)
) STRICT;
