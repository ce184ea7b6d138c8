-- Version 22, as the laptop's (migration/sqlite/V22.sql): the originals' bytes, by their SHA-256,
-- in pieces of a mebibyte, written by each import and push (decision 0031).
CREATE TABLE originals (
    sha256    TEXT   PRIMARY KEY,
    size      BIGINT NOT NULL,
    pieces    INTEGER NOT NULL,
    stored_at BIGINT NOT NULL
);
CREATE TABLE original_pieces (
    sha256 TEXT    NOT NULL REFERENCES originals(sha256) DEFERRABLE,
    piece  INTEGER NOT NULL,
    bytes  BYTEA   NOT NULL,
    PRIMARY KEY (sha256, piece)
);
-- evidence is mostly compressed already (pictures, PDFs, Office files, archives): not compressed again
ALTER TABLE original_pieces ALTER COLUMN bytes SET STORAGE EXTERNAL;
