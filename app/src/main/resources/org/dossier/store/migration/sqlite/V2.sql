-- Schema version 2: chat exports as conversations.

-- Conversations are keyed by the platform's own identity (a Slack channel id, a Telegram chat id),
-- so that every file of one export, and every import of it, lands in the same conversation.
-- Version 1 never wrote to this table, so it is rebuilt rather than altered.
DROP TABLE conversations;
CREATE TABLE conversations (
    id               INTEGER PRIMARY KEY,
    conversation_key TEXT    NOT NULL UNIQUE,   -- slack:C05TIDEDATA, telegram:5532019876, whatsapp:<path>
    platform         TEXT    NOT NULL,          -- slack, telegram, whatsapp, discord, chatlog
    external_id      TEXT,
    name             TEXT    NOT NULL,
    kind             TEXT,                      -- channel, group, direct, …
    export_path      TEXT    NOT NULL,          -- where the export was found, as received
    time_zone        TEXT,                      -- the zone its times were read in
    zone_assumed     INTEGER NOT NULL DEFAULT 0 -- 1 when the export carried no zone and the case's was used
);

-- A reply names its parent by locator (message id, Slack ts); the parent may sit in another file
-- of the export, so the link is resolved after the import, by conversation and locator.
ALTER TABLE items ADD COLUMN reply_to_locator TEXT;
CREATE INDEX items_conversation_locator ON items(conversation_id, locator);

-- Files attached to messages: linked to the file's own source when the export contains it,
-- otherwise recorded as missing with what the export said in its place ("<Media omitted>").
CREATE TABLE attachments (
    id        INTEGER PRIMARY KEY,
    item_id   INTEGER NOT NULL REFERENCES items(id),
    name      TEXT    NOT NULL,
    path      TEXT,                             -- where it would be in the export, as received
    source_id INTEGER REFERENCES sources(id),
    missing   INTEGER NOT NULL DEFAULT 0,
    note      TEXT
);
CREATE INDEX attachments_item ON attachments(item_id);
CREATE INDEX attachments_path ON attachments(path);
