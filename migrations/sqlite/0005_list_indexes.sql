-- migrations/sqlite/0005_list_indexes.sql — indexes for the ledger lists of a county user
-- (docs/performance.md "HTTP server"): the filtered count and the sorted page of 20 read
-- only the index, not every matching row. Identical on both backends.

-- mediation list: outcome filter and count per township, sorted by accepted_on
CREATE INDEX IF NOT EXISTS ix_mediation_case_township_outcome ON mediation_case (township_id, outcome, accepted_on);
-- across a county's townships the page is the newest accepted_on: an index scan in that order
CREATE INDEX IF NOT EXISTS ix_mediation_case_accepted ON mediation_case (accepted_on);
-- petition list: newest received first across townships
CREATE INDEX IF NOT EXISTS ix_petition_received ON petition (received_on);
