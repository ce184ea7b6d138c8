-- Schema version 8: what every export redacts. A reporter marks an entity (every name the case
-- knows it by, and every way the text wrote it, are redacted) or a plain term (a phone number the
-- extractor missed). A row is one or the other.
CREATE TABLE redactions (
    id        INTEGER PRIMARY KEY,
    entity_id INTEGER REFERENCES entities(id),
    term      TEXT,
    added_by  TEXT    NOT NULL,
    added_at  INTEGER NOT NULL,
    CHECK ((entity_id IS NULL) <> (term IS NULL))
);
CREATE UNIQUE INDEX redactions_entity ON redactions(entity_id) WHERE entity_id IS NOT NULL;
CREATE UNIQUE INDEX redactions_term   ON redactions(term)      WHERE term IS NOT NULL;
