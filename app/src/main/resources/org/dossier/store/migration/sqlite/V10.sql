-- Schema version 10: where a reply's words come from. A reply read from a file (an e-mail, a
-- statement) keeps the file's name, its SHA-256 and the passage's character offsets in its text,
-- so the words quoted can be found again in the file the party sent.
ALTER TABLE replies ADD COLUMN source_name   TEXT;
ALTER TABLE replies ADD COLUMN source_sha256 TEXT;
ALTER TABLE replies ADD COLUMN passage_start INTEGER;
ALTER TABLE replies ADD COLUMN passage_end   INTEGER;
