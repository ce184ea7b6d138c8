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

-- An item's references are checked once per statement rather than row by row (decision 0031): an
-- import writes items a thousand to a statement, and PostgreSQL's row-by-row checks of the five
-- references took a third of a chat import's time. The same references as the laptop's (SchemaInStepTest):
-- each statement that adds or changes items is refused when one names a file, chat, participant or
-- item the case does not hold; and what items name is not removed from under them. A push, which
-- copies items before the files they name, checks the laptop case's references instead.
ALTER TABLE items DROP CONSTRAINT items_source_id_fkey, DROP CONSTRAINT items_parent_item_id_fkey,
    DROP CONSTRAINT items_conversation_id_fkey, DROP CONSTRAINT items_author_id_fkey, DROP CONSTRAINT items_reply_to_id_fkey;
CREATE FUNCTION items_references() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM (SELECT DISTINCT source_id FROM written) w WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = w.source_id))
            OR EXISTS (SELECT 1 FROM (SELECT DISTINCT conversation_id FROM written WHERE conversation_id IS NOT NULL) w
                       WHERE NOT EXISTS (SELECT 1 FROM conversations c WHERE c.id = w.conversation_id))
            OR EXISTS (SELECT 1 FROM (SELECT DISTINCT author_id FROM written WHERE author_id IS NOT NULL) w
                       WHERE NOT EXISTS (SELECT 1 FROM participants p WHERE p.id = w.author_id))
            OR EXISTS (SELECT 1 FROM written w WHERE w.parent_item_id IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM items i WHERE i.id = w.parent_item_id))
            OR EXISTS (SELECT 1 FROM written w WHERE w.reply_to_id IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM items i WHERE i.id = w.reply_to_id)) THEN
        RAISE EXCEPTION 'an item names a file, chat, participant or item the case does not hold' USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER items_references_added AFTER INSERT ON items REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION items_references();
CREATE TRIGGER items_references_changed AFTER UPDATE ON items REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION items_references();
CREATE FUNCTION items_referenced() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF (TG_TABLE_NAME = 'sources' AND EXISTS (SELECT 1 FROM removed r JOIN items i ON i.source_id = r.id))
            OR (TG_TABLE_NAME = 'conversations' AND EXISTS (SELECT 1 FROM removed r JOIN items i ON i.conversation_id = r.id))
            OR (TG_TABLE_NAME = 'participants' AND EXISTS (SELECT 1 FROM removed r JOIN items i ON i.author_id = r.id))
            OR (TG_TABLE_NAME = 'items' AND EXISTS (SELECT 1 FROM removed r JOIN items i ON i.parent_item_id = r.id OR i.reply_to_id = r.id)) THEN
        RAISE EXCEPTION 'items name what was to be removed' USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END
$$;
DO $$
DECLARE
    named text;
BEGIN
    FOREACH named IN ARRAY ARRAY['sources', 'conversations', 'participants', 'items'] LOOP
        EXECUTE format('CREATE TRIGGER items_referenced AFTER DELETE ON %I REFERENCING OLD TABLE AS removed '
                       || 'FOR EACH STATEMENT EXECUTE FUNCTION items_referenced()', named);
    END LOOP;
END
$$;
