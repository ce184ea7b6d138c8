-- Schema version 15 (issue #24): text read from pictures by OCR, behind the import. The text of a
-- picture (or of a page of a PDF without a text layer) is an item of its own, a child of the
-- picture's item, so that search, extraction and citations treat it like any text; what makes it
-- OCR, and how it was read, is kept here, with each word's box on the picture.
CREATE TABLE ocr_pages (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    page      INTEGER NOT NULL,                       -- 1 for a picture; a PDF's page number
    item_id   INTEGER REFERENCES items(id),           -- the text's item; null when none was read
    status    TEXT    NOT NULL CHECK (status IN ('read','empty','failed')),
    reason    TEXT,                                   -- why it failed
    engine    TEXT    NOT NULL,                       -- e.g. "tesseract 5.3.0"
    languages TEXT    NOT NULL,                       -- e.g. "eng+chi_sim+chi_tra"
    width     INTEGER,                                -- the picture the boxes are on, in pixels
    height    INTEGER,
    PRIMARY KEY (source_id, page)
);
CREATE INDEX ocr_pages_item ON ocr_pages(item_id);

CREATE TABLE ocr_words (
    item_id    INTEGER NOT NULL REFERENCES items(id),
    start      INTEGER NOT NULL,                      -- the word's span in the item's text
    end        INTEGER NOT NULL,
    x          INTEGER NOT NULL,                      -- its box on the picture, in pixels
    y          INTEGER NOT NULL,
    width      INTEGER NOT NULL,
    height     INTEGER NOT NULL,
    confidence REAL    NOT NULL                       -- Tesseract's, 0 to 100
);
CREATE INDEX ocr_words_item ON ocr_words(item_id, start);
