-- Version 21, as the laptop's (migration/sqlite/V21.sql): each claim counts its changes, so that a
-- change made from what a member saw is refused when another came first. And, the team case's own
-- (the laptop has no one else to tell), the notices of live work.
ALTER TABLE claims ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- Live work together (decision 0031): a statement that changes what a member's window shows tells
-- every window on the case which table changed, and who changed it; each window reads again what it
-- shows. Once per statement (an import writes rows by the thousand), and PostgreSQL sends one
-- notice per transaction for the same words. The laptop has no one else to tell (SchemaInStepTest
-- leaves these out).
CREATE FUNCTION live_notify() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM pg_notify('dossier_case', TG_TABLE_NAME || ' ' || session_user);
    RETURN NULL;
END
$$;
DO $$
DECLARE
    shown text;
BEGIN
    FOREACH shown IN ARRAY ARRAY['claims', 'evidence_links', 'reviews', 'confidential_sources', 'comment_requests', 'replies',
                                 'annotations', 'annotation_tags', 'events', 'story_events', 'story_chapters',
                                 'entities', 'entity_aliases', 'redactions', 'people', 'items', 'import_runs'] LOOP
        EXECUTE format('CREATE TRIGGER live_%s AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION live_notify()',
                       shown, shown);
    END LOOP;
END
$$;
