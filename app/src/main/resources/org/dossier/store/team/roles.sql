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

-- The originals' bytes are written once, by an import or a push, and never changed or removed by a member.
REVOKE UPDATE, DELETE ON originals, original_pieces FROM ${reporter}, ${editor};

CREATE OR REPLACE FUNCTION team_keep_provenance() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF team_is_member() AND OLD.parent_item_id IS NOT NULL AND NEW.parent_item_id IS DISTINCT FROM OLD.parent_item_id THEN
        RAISE EXCEPTION 'the file an item came in is never changed' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS team_keep_provenance ON items;
CREATE TRIGGER team_keep_provenance BEFORE UPDATE OF parent_item_id ON items FOR EACH ROW EXECUTE FUNCTION team_keep_provenance();

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
GRANT SELECT (id, pseudonym, date_precision), UPDATE (pseudonym, date_precision) ON confidential_sources TO ${reporter};

CREATE OR REPLACE FUNCTION team_is_editor() RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS
$$ SELECT pg_has_role(session_user, '${editor}', 'member') $$;

CREATE OR REPLACE FUNCTION team_is_member() RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS
$$ SELECT pg_has_role(session_user, '${reporter}', 'member') OR pg_has_role(session_user, '${editor}', 'member') $$;

-- Who did something is the member signed in, never a name the client sends: a new row's actor is
-- the session's role, and an actor once written stays.
CREATE OR REPLACE FUNCTION team_stamp_actor() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF team_is_member() AND to_jsonb(NEW) ->> TG_ARGV[0] IS NOT NULL THEN
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
