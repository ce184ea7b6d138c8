-- A team case's people and roles, enforced by PostgreSQL itself (issue #26, decision 0031): run by
-- `dossier team add-member` before it adds anyone, and safe to run again. The tables stay owned by
-- the administrator who created the case; members sign in as their own roles, each in one of this
-- case's two groups (${reporter}, ${editor}: a server's roles are shared by all its databases, so
-- each case has groups of its own), and whatever client they use, the database refuses what their
-- role may not do. Members make temporary tables (the store stages a timeline's chosen items and
-- mail threads in them), so every function names its search path with pg_temp last: a member's
-- temporary table must never stand in for a case's.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${reporter}') THEN
        CREATE ROLE ${reporter} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${editor}') THEN
        CREATE ROLE ${editor} NOLOGIN;
    END IF;
    -- only the case's members (and its administrator) connect to its database
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO ${reporter}, ${editor}', current_database());
END
$$;

REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ${reporter}, ${editor};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${reporter}, ${editor};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${reporter}, ${editor};

-- Evidence is never changed: what was imported stays as it was read. Members import too (from
-- several machines at once), and an import writes what it learns after a row: that a file was read
-- whole, when it was last seen, which message answers which, which file an attachment came in
-- (once), which e-mails make a thread. Those columns only; never a text, a hash or a path.
REVOKE UPDATE, DELETE ON items, sources, source_locations FROM ${reporter}, ${editor};
GRANT UPDATE (complete, status) ON sources TO ${reporter}, ${editor};
GRANT UPDATE (file_mtime) ON source_locations TO ${reporter}, ${editor};
GRANT UPDATE (parent_item_id, conversation_id, reply_to_id) ON items TO ${reporter}, ${editor};

-- The same for what an import writes beside the items: who wrote in a chat and under which name, an
-- e-mail's people and headers, the files a message came with, the words an item is found by, OCR's
-- reading, a run's roots. An e-mail thread's name is its subject, set again as threads are rebuilt.
REVOKE UPDATE, DELETE ON participants, mail_people, mail_headers, mail_phones, attachments, item_words, ocr_pages, ocr_words,
    import_failures, import_runs, conversations FROM ${reporter}, ${editor};
GRANT UPDATE (phones_read) ON mail_headers TO ${reporter}, ${editor};
GRANT UPDATE (source_id, missing, note) ON attachments TO ${reporter}, ${editor};
GRANT UPDATE (status, finished_at) ON import_runs TO ${reporter}, ${editor};
GRANT UPDATE (name) ON conversations TO ${reporter}, ${editor};
GRANT DELETE ON conversations TO ${reporter}, ${editor};

-- The originals' bytes are written once, by an import or a push, and never changed or removed by a
-- member; each is checked when its transaction commits (team_check_original, below).
REVOKE UPDATE, DELETE ON originals, original_pieces FROM ${reporter}, ${editor};

-- What an import learns after a row, only as the import learns it: a file attached to a message is
-- put under it once, as the message's attachments name it; a chat message answers the message its
-- export names; only e-mails move between threads (rebuilt from their headers); a file read whole
-- stays read, and its outcome is written once; an attachment finds its file once, by its path.
-- Checked once per statement, as the import links a hundred thousand replies in one.
CREATE OR REPLACE FUNCTION team_learn_item() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF team_is_member() AND EXISTS (SELECT 1 FROM learnt_before o JOIN learnt n ON n.id = o.id
            WHERE (n.parent_item_id IS DISTINCT FROM o.parent_item_id AND NOT (o.parent_item_id IS NULL AND n.locator = ''
                   AND EXISTS (SELECT 1 FROM attachments a WHERE a.item_id = n.parent_item_id AND a.source_id = n.source_id)))
               OR ((n.conversation_id IS DISTINCT FROM o.conversation_id OR (n.reply_to_id IS DISTINCT FROM o.reply_to_id
                   AND NOT (o.reply_to_id IS NULL AND EXISTS (SELECT 1 FROM items p WHERE p.id = n.reply_to_id
                            AND p.conversation_id = n.conversation_id AND p.locator = n.reply_to_locator))))
                   AND NOT EXISTS (SELECT 1 FROM mail_headers h WHERE h.item_id = n.id))) THEN
        RAISE EXCEPTION 'an item''s file, chat and answer are learnt only as its import learns them' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS team_learn_item ON items;
CREATE TRIGGER team_learn_item AFTER UPDATE ON items REFERENCING OLD TABLE AS learnt_before NEW TABLE AS learnt
    FOR EACH STATEMENT EXECUTE FUNCTION team_learn_item();

CREATE OR REPLACE FUNCTION team_learn_source() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF team_is_member() AND OLD.complete = 1 AND (NEW.complete IS DISTINCT FROM 1 OR NEW.status IS DISTINCT FROM OLD.status) THEN
        RAISE EXCEPTION 'a file read whole stays read as it was' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS team_learn_source ON sources;
CREATE TRIGGER team_learn_source BEFORE UPDATE ON sources FOR EACH ROW EXECUTE FUNCTION team_learn_source();

CREATE OR REPLACE FUNCTION team_learn_attachment() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF team_is_member() AND (OLD.source_id IS NOT NULL OR OLD.missing = 1
            OR (NEW.source_id IS NOT NULL AND NEW.source_id IS DISTINCT FROM
                (SELECT l.source_id FROM source_locations l WHERE l.path = NEW.path ORDER BY l.id LIMIT 1))) THEN
        RAISE EXCEPTION 'an attachment finds its file once, by its path' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS team_learn_attachment ON attachments;
CREATE TRIGGER team_learn_attachment BEFORE UPDATE ON attachments FOR EACH ROW EXECUTE FUNCTION team_learn_attachment();

-- An e-mail's people and headers, and a message's attachments, are written with the item, by the
-- import that writes it: never added afterwards to evidence already in the case.
CREATE OR REPLACE FUNCTION team_with_its_item() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF team_is_member() AND NOT EXISTS (SELECT 1 FROM items i WHERE i.id = NEW.item_id
            AND i.xmin::text = (txid_current() % 4294967296)::text) THEN
        RAISE EXCEPTION 'what an item says is written with it, by its import' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
DO $$
DECLARE
    written text;
BEGIN
    FOREACH written IN ARRAY ARRAY['mail_people', 'mail_headers', 'attachments'] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS team_with_its_item ON %I', written);
        EXECUTE format('CREATE TRIGGER team_with_its_item BEFORE INSERT ON %I FOR EACH ROW EXECUTE FUNCTION team_with_its_item()', written);
    END LOOP;
END
$$;

-- Only an e-mail thread is renamed (its subject) or removed (left empty when threads are rebuilt); a chat stays as exported.
CREATE OR REPLACE FUNCTION team_keep_chat() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF team_is_member() AND OLD.platform <> 'email' THEN
        RAISE EXCEPTION 'a chat stays as it was exported' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
DROP TRIGGER IF EXISTS team_keep_chat ON conversations;
CREATE TRIGGER team_keep_chat BEFORE UPDATE OR DELETE ON conversations FOR EACH ROW EXECUTE FUNCTION team_keep_chat();

-- An original is kept whole or not at all: when its transaction commits, its pieces are its size
-- and, up to 256 MiB (what the server hashes at once without strain), its SHA-256; and no piece is
-- added to an original kept before. Readers hash what they read in any case (a larger original
-- planted wrong is reported as changed, never used).
CREATE OR REPLACE FUNCTION team_check_original() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    kept originals;
    pieces bigint;
    bytes bigint;
BEGIN
    SELECT * INTO kept FROM originals WHERE sha256 = NEW.sha256;
    SELECT count(*), coalesce(sum(length(p.bytes)), 0) INTO pieces, bytes FROM original_pieces p WHERE p.sha256 = kept.sha256;
    IF pieces <> kept.pieces OR bytes <> kept.size OR EXISTS (
            SELECT 1 FROM original_pieces p WHERE p.sha256 = kept.sha256 AND (p.piece < 0 OR p.piece >= kept.pieces))
            OR (kept.size <= 268435456 AND encode(sha256((SELECT string_agg(p.bytes, ''::bytea ORDER BY p.piece)
                FROM original_pieces p WHERE p.sha256 = kept.sha256)), 'hex') IS DISTINCT FROM kept.sha256
                AND kept.size > 0)
            OR (kept.size = 0 AND kept.sha256 <> encode(sha256(''::bytea), 'hex')) THEN
        RAISE EXCEPTION 'the original % is not the bytes its SHA-256 names', left(kept.sha256, 12) USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS team_check_original ON originals;
CREATE CONSTRAINT TRIGGER team_check_original AFTER INSERT ON originals DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION team_check_original();
CREATE OR REPLACE FUNCTION team_check_piece() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    -- an original's pieces are numbered from 0 to one less than it has: one more would come after it was checked
    IF EXISTS (SELECT 1 FROM originals o WHERE o.sha256 = NEW.sha256 AND (NEW.piece < 0 OR NEW.piece >= o.pieces)) THEN
        RAISE EXCEPTION 'the original % has no piece %', left(NEW.sha256, 12), NEW.piece USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS team_check_original ON original_pieces;
DROP TRIGGER IF EXISTS team_check_piece ON original_pieces;
CREATE TRIGGER team_check_piece BEFORE INSERT ON original_pieces FOR EACH ROW EXECUTE FUNCTION team_check_piece();
DROP TRIGGER IF EXISTS team_keep_provenance ON items;
DROP FUNCTION IF EXISTS team_keep_provenance();

-- A case's keys (the manifest's signing key, the export's sealing key) are not a reporter's to read
-- or to plant: with the sealing key, sealed fingerprints could be tested against guesses.
REVOKE SELECT, INSERT ON case_secrets FROM ${reporter};

-- History is written once: the audit log and the reviews are never changed, the case's keys never
-- replaced, the schema's version is the administrator's.
REVOKE UPDATE, DELETE ON audit_log, reviews, case_secrets FROM ${reporter}, ${editor};
REVOKE ALL ON dossier_schema FROM ${reporter}, ${editor};
GRANT SELECT ON dossier_schema TO ${reporter}, ${editor};


-- Who a confidential source is, and the notes about them, are read by editors alone: a reporter
-- records a source and cites it by pseudonym, but cannot list the case's sources by name.
REVOKE SELECT, UPDATE ON confidential_sources FROM ${reporter};
REVOKE DELETE ON confidential_sources FROM ${reporter}, ${editor};
GRANT SELECT (id, pseudonym, date_precision), UPDATE (pseudonym, date_precision) ON confidential_sources TO ${reporter};

CREATE OR REPLACE FUNCTION team_is_editor() RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS
$$ SELECT pg_has_role(session_user, '${editor}', 'member') $$;

CREATE OR REPLACE FUNCTION team_is_member() RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS
$$ SELECT pg_has_role(session_user, '${reporter}', 'member') OR pg_has_role(session_user, '${editor}', 'member') $$;

-- Who did something is the member signed in, never a name the client sends: a new row's actor is
-- the session's role, and an actor once written stays.
CREATE OR REPLACE FUNCTION team_stamp_actor() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    -- an insert without an actor is the import's or the extraction's; an update keeps who wrote the row, even nobody
    IF team_is_member() AND (TG_OP = 'UPDATE' OR to_jsonb(NEW) ->> TG_ARGV[0] IS NOT NULL) THEN
        NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0],
                CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) ->> TG_ARGV[0] ELSE session_user END));
    END IF;
    RETURN NEW;
END
$$;

DO $$
DECLARE
    actor text[];
BEGIN
    FOREACH actor SLICE 1 IN ARRAY ARRAY[['events', 'created_by'], ['annotations', 'created_by'], ['claims', 'created_by'],
            ['evidence_links', 'created_by'], ['redactions', 'added_by'],
            ['comment_requests', 'created_by'], ['replies', 'created_by'], ['people', 'confirmed_by'],
            ['accounts_apart', 'decided_by']] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS team_stamp_actor ON %I', actor[1]);
        EXECUTE format('CREATE TRIGGER team_stamp_actor BEFORE INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION team_stamp_actor(%L)',
                actor[1], actor[2]);
    END LOOP;
END
$$;

-- A reporter writes claims but never decides one: only an editor approves or sends back. Anyone may
-- withdraw a decision, and a change to a decided claim's words or evidence withdraws it, as the
-- window does: an approval never stands on words or sources the editor did not see.
CREATE OR REPLACE FUNCTION team_guard_decision() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF team_is_member() AND NOT team_is_editor() AND NEW.decision IS NOT NULL
            AND (TG_OP = 'INSERT' OR NEW.decision IS DISTINCT FROM OLD.decision) THEN
        RAISE EXCEPTION 'only an editor decides a claim' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'UPDATE' AND team_is_member() AND NEW.decision IS NOT DISTINCT FROM OLD.decision
            AND (NEW.text IS DISTINCT FROM OLD.text OR NEW.section IS DISTINCT FROM OLD.section) THEN
        NEW.decision := NULL;
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS team_guard_decision ON claims;
CREATE TRIGGER team_guard_decision BEFORE INSERT OR UPDATE ON claims FOR EACH ROW EXECUTE FUNCTION team_guard_decision();

CREATE OR REPLACE FUNCTION team_withdraw_decision() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF team_is_member() THEN
        UPDATE public.claims SET decision = NULL
        WHERE decision IS NOT NULL AND id IN ((to_jsonb(NEW) ->> 'claim_id')::bigint, (to_jsonb(OLD) ->> 'claim_id')::bigint);
    END IF;
    RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS team_withdraw_decision ON evidence_links;
CREATE TRIGGER team_withdraw_decision AFTER INSERT OR UPDATE OR DELETE ON evidence_links FOR EACH ROW EXECUTE FUNCTION team_withdraw_decision();

-- An entry of the audit log is the signed-in member's, in their role, at the server's time.
CREATE OR REPLACE FUNCTION team_stamp_audit() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF team_is_member() THEN
        NEW.actor := session_user;
        NEW.role := CASE WHEN team_is_editor() THEN 'editor' ELSE 'reporter' END;
        NEW.at := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS team_stamp_actor ON audit_log;
DROP TRIGGER IF EXISTS team_stamp_audit ON audit_log;
CREATE TRIGGER team_stamp_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION team_stamp_audit();

-- A row's id never changes: swapped ids would move evidence and reviews under another claim.
CREATE OR REPLACE FUNCTION team_keep_id() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'a row''s id never changes' USING ERRCODE = 'insufficient_privilege';
END
$$;
DO $$
DECLARE
    keyed text;
BEGIN
    FOR keyed IN SELECT table_name FROM information_schema.columns
                 WHERE table_schema = 'public' AND column_name = 'id' AND table_name <> 'dossier_schema' LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS team_keep_id ON %I', keyed);
        EXECUTE format('CREATE TRIGGER team_keep_id BEFORE UPDATE OF id ON %I FOR EACH ROW '
                || 'WHEN (NEW.id IS DISTINCT FROM OLD.id) EXECUTE FUNCTION team_keep_id()', keyed);
    END LOOP;
END
$$;

-- A member's new row takes its id from the case's sequence, never one of their choosing: members may
-- not name the id when they insert. A chosen id would stand in for a row deleted in the same
-- transaction (a confidential source, or a claim under the editor's reviews), or squat the ids the
-- next rows are given (the audit log's, which nobody may then remove).
DO $$
DECLARE
    keyed text;
    columns text;
BEGIN
    FOR keyed IN SELECT table_name FROM information_schema.columns
                 WHERE table_schema = 'public' AND column_name = 'id' AND is_identity = 'YES' LOOP
        SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) INTO columns
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name = keyed AND column_name <> 'id';
        EXECUTE format('REVOKE INSERT ON %I FROM ${reporter}, ${editor}', keyed);
        EXECUTE format('GRANT INSERT (%s) ON %I TO ${reporter}, ${editor}', columns, keyed);
    END LOOP;
END
$$;

-- A review is written by the member signed in, in their role; only an editor approves, sends back
-- or overrides.
CREATE OR REPLACE FUNCTION team_stamp_review() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF team_is_member() THEN
        NEW.reviewer := session_user;
        NEW.role := CASE WHEN team_is_editor() THEN 'editor' ELSE 'reporter' END;
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS team_stamp_review ON reviews;
CREATE TRIGGER team_stamp_review BEFORE INSERT ON reviews FOR EACH ROW EXECUTE FUNCTION team_stamp_review();

ALTER TABLE reviews ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS team_reviews_read ON reviews;
CREATE POLICY team_reviews_read ON reviews FOR SELECT USING (true);
DROP POLICY IF EXISTS team_reviews_written ON reviews;
CREATE POLICY team_reviews_written ON reviews FOR INSERT WITH CHECK (action = 'comment' OR team_is_editor());

-- Whether a source's identity and note are recorded is a reporter's to know (the audit log says as
-- much, and the claims board shows it), never what they are: these tell only that, as the case's owner.
CREATE OR REPLACE FUNCTION team_identity_recorded(source bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS
$$ SELECT real_identity IS NOT NULL FROM public.confidential_sources WHERE id = source $$;
CREATE OR REPLACE FUNCTION team_note_recorded(source bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS
$$ SELECT private_note IS NOT NULL FROM public.confidential_sources WHERE id = source $$;
REVOKE ALL ON FUNCTION team_identity_recorded(bigint), team_note_recorded(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION team_identity_recorded(bigint), team_note_recorded(bigint) TO ${reporter}, ${editor};
