-- Schema version 20 (issue #25): what each e-mail's headers say of its thread, recorded as the mail
-- is imported, like its sender and recipients (mail_people, which were recorded when the mails were
-- threaded until now). Threading and the communications graph read these narrow rows instead of
-- every mail's metadata, which took most of a large mailbox's threading time. This version's step
-- records the mails of an older case from their metadata.
CREATE TABLE mail_headers (
    item_id            INTEGER PRIMARY KEY REFERENCES items(id),
    message_id         TEXT,              -- without its angle brackets
    parents            TEXT    NOT NULL,  -- the Message-IDs it answers, In-Reply-To first, separated by spaces
    conversation_index TEXT,              -- Outlook's, in hex
    subject            TEXT,              -- as written; the item's title when the mail has none
    sent_at            INTEGER
);

-- The phone numbers in the last lines of each mail's own words (its signature, most often), found
-- in the pass behind the import: accounts that sign with the same number are proposed as one person.
-- Each number keeps its span in the mail's text. phones_read says the pass has read the mail.
ALTER TABLE mail_headers ADD COLUMN phones_read INTEGER NOT NULL DEFAULT 0;
CREATE INDEX mail_headers_phones_unread ON mail_headers(item_id) WHERE phones_read = 0;
CREATE TABLE mail_phones (
    item_id INTEGER NOT NULL REFERENCES items(id),
    start   INTEGER NOT NULL,              -- the number's span in items.text
    end     INTEGER NOT NULL,
    phone   TEXT    NOT NULL,              -- E.164: +8613800138000
    PRIMARY KEY (item_id, start)
) WITHOUT ROWID;
CREATE INDEX mail_phones_phone ON mail_phones(phone);
