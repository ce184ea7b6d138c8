-- Schema version 5: the timeline's filters (by entity, tag, source and kind) and the story's chapters.
-- A filter by entity reads the items the entity wrote from this index rather than testing every
-- item of the window.
CREATE INDEX items_author ON items(author, occurred_at) WHERE author IS NOT NULL;
-- The time index also holds the kind and the source, so the density of a wide window, by kind and
-- source, is counted from the index alone; e-mails and documents have a small index of their own.
DROP INDEX items_occurred;
CREATE INDEX items_time ON items(occurred_at, kind, source_id);
CREATE INDEX items_document_time ON items(occurred_at) WHERE kind = 'document';

-- Chapters of the story timeline are runs of time: a chapter begins at a pinned event and lasts
-- until the next chapter begins, so grouping never reorders the story. A chapter belongs to the
-- event it begins at; the media of a pinned event is a picture or a link the published timeline
-- shows with it; its origin is the timeline event's id ("message:12"), so an event is pinned once.
-- (Version 1 gave each pinned event a chapter, which could not keep time's order.)
DROP TABLE story_chapters;
CREATE TABLE story_events_v5 (
    event_id INTEGER PRIMARY KEY REFERENCES events(id),
    headline TEXT NOT NULL,
    note     TEXT,
    media    TEXT,
    origin   TEXT UNIQUE
);
INSERT INTO story_events_v5 SELECT event_id, headline, note, media, NULL FROM story_events;
DROP TABLE story_events;
ALTER TABLE story_events_v5 RENAME TO story_events;
CREATE TABLE story_chapters (
    id             INTEGER PRIMARY KEY,
    title          TEXT    NOT NULL,
    first_event_id INTEGER NOT NULL UNIQUE REFERENCES story_events(event_id) ON DELETE CASCADE
);
