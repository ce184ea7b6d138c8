-- Schema version 13 (issue #20): what exports may show of a confidential source, and the case's secrets.
-- How precisely an export dates an excerpt from a confidential source: not at all, or to the year,
-- month or day; never the minute a message was sent, which would single its author out.
ALTER TABLE confidential_sources ADD COLUMN date_precision TEXT NOT NULL DEFAULT 'month'
    CHECK (date_precision IN ('none', 'year', 'month', 'day'));

-- Keys that never leave the case: the key that seals what an export must not show in the clear
-- (HMAC-SHA-256), and the key that signs every export's manifest (Ed25519). Made on first use.
CREATE TABLE case_secrets (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
