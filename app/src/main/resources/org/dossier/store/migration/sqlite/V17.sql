-- Schema version 17 (issue #25): who wrote to whom. Each e-mail's sender and recipients as its
-- headers gave them, so the communications graph counts mails between addresses without reading
-- every mail's metadata again. Filled when the case's mails are threaded (after each import, and
-- once for an older case when its graph is first drawn).
CREATE TABLE mail_people (
    item_id INTEGER NOT NULL REFERENCES items(id),
    role    TEXT    NOT NULL CHECK (role IN ('from','to','cc','bcc')),
    address TEXT    NOT NULL,                -- lower case; an Exchange server's name when the mail had no address
    name    TEXT,                            -- the name written with it
    PRIMARY KEY (item_id, role, address)
) WITHOUT ROWID;
