-- Schema version 16 (issue #24): pictures inside a file are read by OCR too (an e-mail's attachment,
-- a picture in a Word or PowerPoint file). A page read is now a page of a part of a file: the file
-- itself ('') or the part Tika found in it, named as its item's locator ('/1/2').
CREATE TABLE ocr_pages_by_part (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    part      TEXT    NOT NULL DEFAULT '',            -- '' for the file itself; an embedded part's locator
    page      INTEGER NOT NULL,                       -- 1 for a picture; a PDF's or a TIFF's page number
    item_id   INTEGER REFERENCES items(id),           -- the text's item; null when none was read
    status    TEXT    NOT NULL CHECK (status IN ('read','empty','failed')),
    reason    TEXT,                                   -- why it failed
    engine    TEXT    NOT NULL,                       -- e.g. "tesseract 5.3.0"
    languages TEXT    NOT NULL,                       -- e.g. "eng+chi_sim+chi_tra"
    width     INTEGER,                                -- the picture the boxes are on, in pixels
    height    INTEGER,
    PRIMARY KEY (source_id, part, page)
);
INSERT INTO ocr_pages_by_part(source_id, part, page, item_id, status, reason, engine, languages, width, height)
    SELECT source_id, '', page, item_id, status, reason, engine, languages, width, height FROM ocr_pages;
DROP TABLE ocr_pages;
ALTER TABLE ocr_pages_by_part RENAME TO ocr_pages;
CREATE INDEX ocr_pages_item ON ocr_pages(item_id);
-- The pictures inside files, found without reading every item (a chat of a million messages has none).
CREATE INDEX items_pictures_inside ON items(source_id)
    WHERE kind = 'document' AND media_type IN ('image/png','image/jpeg','image/tiff','image/gif','image/webp','image/bmp',
                                               'image/x-ms-bmp','image/jp2','image/heic','image/heif') AND locator <> '';
