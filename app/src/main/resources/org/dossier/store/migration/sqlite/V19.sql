-- Schema version 19 (issue #25): copies and near-copies. Each document's text gets a MinHash
-- signature once (the pass behind the import, after names and dates); documents whose signatures
-- say they share most of their text (the same text as PDF and DOCX, a forwarded copy with a
-- banner, a page scanned again) are one group, named by its first item.
CREATE TABLE item_signatures (
    item_id   INTEGER PRIMARY KEY REFERENCES items(id),
    signature BLOB                    -- 128 MinHash values, 4 bytes each; NULL for a text too short to compare
);
CREATE TABLE near_copies (
    item_id  INTEGER PRIMARY KEY REFERENCES items(id),
    group_id INTEGER NOT NULL         -- the group's first item
);
CREATE INDEX near_copies_group ON near_copies(group_id);
