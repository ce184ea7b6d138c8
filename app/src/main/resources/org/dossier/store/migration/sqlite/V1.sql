-- Dossier case file, schema version 1.
-- Times are epoch milliseconds (UTC) with the zone they were written in beside them:
-- sortable, range-indexable, and nothing about the original clock is lost.

CREATE TABLE case_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per import command or UI import. 'running' rows left behind by a crash
-- become 'interrupted' when the next import starts.
CREATE TABLE import_runs (
    id           INTEGER PRIMARY KEY,
    started_at   INTEGER NOT NULL,
    finished_at  INTEGER,
    status       TEXT    NOT NULL CHECK (status IN ('running','completed','cancelled','interrupted','failed')),
    roots        TEXT    NOT NULL,               -- JSON array of the paths given
    app_version  TEXT    NOT NULL
);

-- The distinct files received: one row per distinct content (SHA-256).
CREATE TABLE sources (
    id             INTEGER PRIMARY KEY,
    sha256         TEXT    NOT NULL UNIQUE,
    size           INTEGER NOT NULL,
    media_type     TEXT,
    status         TEXT    NOT NULL CHECK (status IN ('imported','failed','archive')),
    first_run_id   INTEGER NOT NULL REFERENCES import_runs(id),
    complete       INTEGER NOT NULL DEFAULT 1   -- archives: 0 until every entry is accounted for
);

-- Every place a source was found: the same bytes at two paths are stored once, found twice.
-- The parent (the archive it came out of) belongs to the location, not the content:
-- the same bytes may arrive loose and inside a ZIP.
CREATE TABLE source_locations (
    id                 INTEGER PRIMARY KEY,
    source_id          INTEGER NOT NULL REFERENCES sources(id),
    path               TEXT    NOT NULL,          -- as received: /dump/mail.zip!/inbox/a.eml
    disk_path          TEXT,                      -- the original on disk (NULL inside archives)
    parent_location_id INTEGER REFERENCES source_locations(id),
    file_size          INTEGER NOT NULL,
    file_mtime         INTEGER,                   -- for skipping unchanged files on re-import
    run_id             INTEGER NOT NULL REFERENCES import_runs(id),
    UNIQUE (path, source_id)            -- a changed file at the same path keeps both versions
);
CREATE INDEX source_locations_source ON source_locations(source_id);

-- Every file that could not be read fully, with the reason a reporter can act on.
CREATE TABLE import_failures (
    id            INTEGER PRIMARY KEY,
    run_id        INTEGER NOT NULL REFERENCES import_runs(id),
    path          TEXT    NOT NULL,
    source_id     INTEGER REFERENCES sources(id),
    embedded_path TEXT,
    reason        TEXT    NOT NULL
);
CREATE INDEX import_failures_path ON import_failures(path);

-- Chat platforms' people, as the export names them.
CREATE TABLE participants (
    id          INTEGER PRIMARY KEY,
    platform    TEXT NOT NULL,
    platform_id TEXT NOT NULL,
    name        TEXT NOT NULL,
    UNIQUE (platform, platform_id)
);

CREATE TABLE conversations (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES sources(id),
    platform    TEXT    NOT NULL,       -- slack, telegram, whatsapp, discord, generic
    external_id TEXT,
    name        TEXT    NOT NULL,
    kind        TEXT,                   -- channel, group, direct
    time_zone   TEXT,                   -- the zone assumed when the export carried none
    metadata    TEXT                    -- JSON
);

-- Documents, e-mails, attachments, chat messages: everything that has text.
CREATE TABLE items (
    id              INTEGER PRIMARY KEY,
    source_id       INTEGER NOT NULL REFERENCES sources(id),
    parent_item_id  INTEGER REFERENCES items(id),            -- attachment / embedded document
    conversation_id INTEGER REFERENCES conversations(id),
    kind            TEXT    NOT NULL CHECK (kind IN ('document','message','system_event')),
    locator         TEXT    NOT NULL DEFAULT '',             -- where in the source: embedded path, message id
    title           TEXT,
    author          TEXT,
    author_id       INTEGER REFERENCES participants(id),
    occurred_at     INTEGER,                                 -- sent / posted / created
    occurred_zone   TEXT,
    zone_assumed    INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER,
    modified_at     INTEGER,
    edited_at       INTEGER,
    reply_to_id     INTEGER REFERENCES items(id),
    language        TEXT,
    media_type      TEXT,
    text            TEXT    NOT NULL DEFAULT '',
    text_truncated  INTEGER NOT NULL DEFAULT 0,
    metadata        TEXT,                                    -- JSON, as the parser reported it
    UNIQUE (source_id, locator)
);
CREATE INDEX items_parent       ON items(parent_item_id);
CREATE INDEX items_conversation ON items(conversation_id, occurred_at);
CREATE INDEX items_occurred     ON items(occurred_at);

-- Full text: a trigram index finds any substring of three or more characters (English words,
-- Chinese phrases); a word index over the same text, with Chinese runs cut into overlapping
-- bigrams, answers the shorter terms (two-character Chinese words, 'AI'). Both contentless:
-- the text lives once, in items.
CREATE VIRTUAL TABLE item_substrings USING fts5(title, text, tokenize = 'trigram', content = '', contentless_delete = 1);
CREATE VIRTUAL TABLE item_words      USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2', content = '', contentless_delete = 1);

-- What extraction finds (filled by the extraction work): canonical entities, aliases the
-- reporter merges, and every mention with its exact span in items.text.
CREATE TABLE entities (
    id             INTEGER PRIMARY KEY,
    type           TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    normalized_key TEXT    NOT NULL,
    merged_into_id INTEGER REFERENCES entities(id),
    hidden         INTEGER NOT NULL DEFAULT 0,
    watched        INTEGER NOT NULL DEFAULT 0,
    UNIQUE (type, normalized_key)
);

CREATE TABLE entity_aliases (
    entity_id      INTEGER NOT NULL REFERENCES entities(id),
    alias          TEXT    NOT NULL,
    normalized_key TEXT    NOT NULL,
    PRIMARY KEY (entity_id, normalized_key)
);

CREATE TABLE mentions (
    id              INTEGER PRIMARY KEY,
    item_id         INTEGER NOT NULL REFERENCES items(id),
    entity_id       INTEGER REFERENCES entities(id),   -- NULL for dates and unresolved mentions
    type            TEXT    NOT NULL,                  -- PERSON, ORGANIZATION, ..., DATE
    surface         TEXT    NOT NULL,
    normalized_key  TEXT    NOT NULL,
    start_offset    INTEGER NOT NULL,
    end_offset      INTEGER NOT NULL,
    extractor       TEXT    NOT NULL,
    confidence      REAL    NOT NULL,
    date_value      TEXT,                              -- YYYY-MM-DD, YYYY-MM or YYYY
    date_precision  TEXT,
    date_anchor     INTEGER,
    ambiguous       INTEGER NOT NULL DEFAULT 0,
    CHECK (end_offset >= start_offset)
);
CREATE INDEX mentions_item   ON mentions(item_id);
CREATE INDEX mentions_entity ON mentions(entity_id);

-- The timeline: every dated fact, pointing back to its item and, for mentions, its span.
CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('message','document','mention','manual')),
    start_at   INTEGER NOT NULL,
    end_at     INTEGER NOT NULL,
    precision  TEXT    NOT NULL,
    title      TEXT    NOT NULL,
    item_id    INTEGER REFERENCES items(id),
    mention_id INTEGER REFERENCES mentions(id),
    created_by TEXT
);
CREATE INDEX events_time ON events(start_at, end_at);

CREATE TABLE story_chapters (
    id       INTEGER PRIMARY KEY,
    title    TEXT    NOT NULL,
    position INTEGER NOT NULL
);

CREATE TABLE story_events (
    event_id   INTEGER PRIMARY KEY REFERENCES events(id),
    headline   TEXT NOT NULL,
    note       TEXT,
    media      TEXT,
    chapter_id INTEGER REFERENCES story_chapters(id)
);

-- The reporter's marks on the evidence.
CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE annotations (
    id           INTEGER PRIMARY KEY,
    item_id      INTEGER NOT NULL REFERENCES items(id),
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    note         TEXT,
    created_by   TEXT    NOT NULL,
    created_at   INTEGER NOT NULL
);

CREATE TABLE annotation_tags (
    annotation_id INTEGER NOT NULL REFERENCES annotations(id),
    tag_id        INTEGER NOT NULL REFERENCES tags(id),
    PRIMARY KEY (annotation_id, tag_id)
);

-- The attribution board.
CREATE TABLE confidential_sources (
    id            INTEGER PRIMARY KEY,
    pseudonym     TEXT NOT NULL UNIQUE,
    private_note  TEXT,
    real_identity TEXT            -- never exported
);

CREATE TABLE claims (
    id         INTEGER PRIMARY KEY,
    text       TEXT    NOT NULL,
    section    TEXT,
    position   INTEGER NOT NULL,
    decision   TEXT    CHECK (decision IN ('approved','sent_back')),
    created_by TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE evidence_links (
    id                     INTEGER PRIMARY KEY,
    claim_id               INTEGER NOT NULL REFERENCES claims(id),
    item_id                INTEGER NOT NULL REFERENCES items(id),
    start_offset           INTEGER NOT NULL,
    end_offset             INTEGER NOT NULL,
    excerpt                TEXT    NOT NULL,
    kind                   TEXT    NOT NULL CHECK (kind IN ('document','chat_message','on_record','confidential','public_record')),
    stance                 TEXT    NOT NULL CHECK (stance IN ('supports','contradicts','context')),
    speaker                TEXT,       -- on-record: who said it, when, to whom
    spoken_at              INTEGER,
    spoken_to              TEXT,
    confidential_source_id INTEGER REFERENCES confidential_sources(id),
    created_by             TEXT    NOT NULL,
    created_at             INTEGER NOT NULL
);
CREATE INDEX evidence_links_claim ON evidence_links(claim_id);

CREATE TABLE reviews (
    id       INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    reviewer TEXT    NOT NULL,
    role     TEXT    NOT NULL CHECK (role IN ('reporter','editor')),
    action   TEXT    NOT NULL CHECK (action IN ('comment','approve','send_back','override')),
    text     TEXT,
    at       INTEGER NOT NULL
);

-- Append-only: who changed what, when, before and after. The triggers make it so for every
-- writer of the file, not only for this app.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    actor      TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    action     TEXT    NOT NULL,
    table_name TEXT    NOT NULL,
    row_id     INTEGER NOT NULL,
    before     TEXT,
    after      TEXT
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
