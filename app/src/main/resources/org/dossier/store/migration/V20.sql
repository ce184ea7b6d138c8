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
