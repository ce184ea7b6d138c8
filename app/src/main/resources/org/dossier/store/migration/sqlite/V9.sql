-- Schema version 9: the right of reply. A request for comment puts claims to a party (an entity of
-- the case, or a name) with a deadline and the letter sent; each answer, or its absence by the
-- deadline, is recorded against the claim it answers.
CREATE TABLE comment_requests (
    id              INTEGER PRIMARY KEY,
    party           TEXT    NOT NULL,
    party_entity_id INTEGER REFERENCES entities(id),
    deadline        INTEGER NOT NULL,
    letter          TEXT    NOT NULL,
    sent_at         INTEGER,
    sent_how        TEXT,
    created_by      TEXT    NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE TABLE comment_request_claims (
    request_id INTEGER NOT NULL REFERENCES comment_requests(id),
    claim_id   INTEGER NOT NULL REFERENCES claims(id),
    PRIMARY KEY (request_id, claim_id)
);
CREATE TABLE replies (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES comment_requests(id),
    claim_id    INTEGER NOT NULL REFERENCES claims(id),
    stance      TEXT    NOT NULL CHECK (stance IN ('confirms','denies','declines','no_response')),
    statement   TEXT,
    speaker     TEXT,
    received_at INTEGER NOT NULL,
    how         TEXT    NOT NULL,
    created_by  TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX replies_claim ON replies(claim_id);
