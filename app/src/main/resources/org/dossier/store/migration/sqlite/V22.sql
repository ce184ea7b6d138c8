-- Schema version 22 (issue #26): a case may keep its originals' bytes itself, by their SHA-256, in
-- pieces of a mebibyte. A team case keeps every original its members import or push (decision
-- 0031), so each member opens and verifies them from any machine; a laptop case pulled from a team
-- case keeps them too. A laptop's own imports leave the originals where they lie on disk.
CREATE TABLE originals (
    sha256    TEXT    PRIMARY KEY,
    size      INTEGER NOT NULL,
    pieces    INTEGER NOT NULL,
    stored_at INTEGER NOT NULL
);
CREATE TABLE original_pieces (
    sha256 TEXT    NOT NULL REFERENCES originals(sha256),
    piece  INTEGER NOT NULL,
    bytes  BLOB    NOT NULL,
    PRIMARY KEY (sha256, piece)
);
