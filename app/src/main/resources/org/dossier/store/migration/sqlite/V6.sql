-- Schema version 6: the attribution board.
-- An on-record statement by the party a claim concerns corroborates the claim on its own.
ALTER TABLE evidence_links ADD COLUMN by_party_concerned INTEGER NOT NULL DEFAULT 0;
-- When the claim's text or evidence last changed: an editor's approval given before no longer stands.
ALTER TABLE claims ADD COLUMN changed_at INTEGER;
CREATE INDEX reviews_claim ON reviews(claim_id);
CREATE INDEX audit_log_row ON audit_log(table_name, row_id);
