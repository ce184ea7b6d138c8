package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.TeamRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a hostile member of a team case tried (a review of team/roles.sql by someone who had not read
 * it, 2026-12-03): each test asserts an attack is refused. "ana" is a reporter, "bo" an editor,
 * "postgres" the administrator. Left open, and said in decision 0031: a member holding a lock on a
 * table they may write (LOCK TABLE claims) until the administrator ends their session; notices of
 * live work sent by hand (a window reads again what it shows, no more); a file's modification time
 * as last seen, which an import writes again.
 */
class HostileMembersTest {
    @RegisterExtension
    static final EmbeddedTeamServer server = new EmbeddedTeamServer();

    private static final String SHA = "aa".repeat(32);
    private static final String SHA2 = "bb".repeat(32);
    /** The SHA-256 of the bytes 01 02 03 04 05. */
    private static final String FIVE_BYTES = "74f81fe167d99b4cb41d6d0ccda82278caee9f3e2f25d5e5a3936ff3dcec60d0";

    private String team;
    private String database;

    @BeforeEach
    void aTeamCaseWithEvidenceAClaimAReporterAndAnEditor() throws Exception {
        team = server.newTeamCase();
        database = team.substring(team.lastIndexOf('/') + 1);
        run("postgres", "INSERT INTO claims(id, text, position, created_by, created_at) VALUES (1, 'OpenAI suspended the account', 1, 'ana', 1); "
                + "INSERT INTO import_runs(id, started_at, status, roots, app_version) VALUES (1, 1, 'completed', '[]', 'test'); "
                + "INSERT INTO sources(id, sha256, size, status, first_run_id) VALUES (1, '" + SHA + "', 5, 'imported', 1); "
                + "INSERT INTO sources(id, sha256, size, status, first_run_id) VALUES (2, '" + SHA2 + "', 5, 'imported', 1); "
                + "INSERT INTO source_locations(id, source_id, path, disk_path, file_size, file_mtime, run_id) VALUES (1, 1, 'chat.txt', '/nowhere/chat.txt', 5, 1000, 1); "
                + "INSERT INTO conversations(id, conversation_key, platform, name, export_path) VALUES (1, 'k1', 'whatsapp', 'Board', 'chat.txt'); "
                + "INSERT INTO conversations(id, conversation_key, platform, name, export_path) VALUES (2, 'k2', 'whatsapp', 'Family', 'chat2.txt'); "
                + "INSERT INTO participants(id, platform, platform_id, name) VALUES (1, 'whatsapp', '+100', 'Sam Altman'); "
                + "INSERT INTO items(id, source_id, kind, locator, text, conversation_id, author_id) VALUES (1, 1, 'message', 'm1', 'we suspended it', 1, 1); "
                + "INSERT INTO items(id, source_id, kind, locator, text, conversation_id) VALUES (2, 1, 'message', 'm2', 'ok', 1); "
                + "INSERT INTO items(id, source_id, kind, locator, text) VALUES (3, 2, 'document', '', 'memo'); "
                + "INSERT INTO mail_people(item_id, role, address, name) VALUES (3, 'from', 'ceo@example.com', 'CEO'); "
                + "INSERT INTO mail_headers(item_id, parents, subject, sent_at) VALUES (3, '', 'Memo', 5); "
                + "INSERT INTO attachments(id, item_id, name, path, source_id) VALUES (1, 1, 'memo.pdf', 'memo.pdf', 2); "
                + "INSERT INTO item_words(item_id, part, words) VALUES (1, 0, to_tsvector('simple', 'we suspended it')); "
                + "INSERT INTO confidential_sources(id, pseudonym, private_note, real_identity) VALUES (1, 'Kestrel', 'met in Beijing', 'Wang Wei'); "
                + "INSERT INTO evidence_links(claim_id, item_id, start_offset, end_offset, excerpt, kind, stance, created_by, created_at, confidential_source_id) "
                + "  VALUES (1, 1, 0, 5, 'we su', 'confidential', 'supports', 'ana', 2, 1); "
                + "INSERT INTO events(id, kind, start_at, end_at, precision, title, created_by) VALUES (1, 'manual', 1, 1, 'day', 'meeting', 'bo'); "
                + "INSERT INTO case_secrets(name, value) VALUES ('test-key', '\\x0102'); "
                + "SELECT setval(pg_get_serial_sequence(t, 'id'), 100) FROM unnest(ARRAY['claims','sources','items','conversations','participants',"
                + "'attachments','confidential_sources','events','import_runs','source_locations','evidence_links']) t; ANALYZE");
        TeamMembers.add(team, "ana", TeamRole.REPORTER, null);
        TeamMembers.add(team, "bo", TeamRole.EDITOR, null);
        run("bo", "INSERT INTO reviews(claim_id, reviewer, role, action, at) VALUES (1, 'bo', 'editor', 'approve', 2); "
                + "UPDATE claims SET decision = 'approved' WHERE id = 1");
    }

    // ---- ways in: deferrable foreign keys let DELETE + INSERT stand in for a refused UPDATE ----

    @Test
    void aReporterCannotReplaceAConfidentialSourcesIdentityByDeletingAndRecreatingIt() throws SQLException {
        String done = attempt("ana", true, "SET CONSTRAINTS ALL DEFERRED",
                "DELETE FROM confidential_sources WHERE id = 1",
                "INSERT INTO confidential_sources(id, pseudonym, private_note, real_identity) VALUES (1, 'Kestrel', 'planted', 'Innocent Bystander')");
        assertEquals("Wang Wei / approved", one("SELECT real_identity || ' / ' || (SELECT decision FROM claims WHERE id = 1) "
                + "FROM confidential_sources WHERE id = 1"), "the approved claim now rests on a planted identity: " + done);
    }

    @Test
    void anErrorMessageNeverShowsASourcesIdentity() {
        for (String sql : new String[] {
                "UPDATE confidential_sources SET date_precision = 'hour' WHERE id = 1",
                "UPDATE confidential_sources SET pseudonym = NULL WHERE id = 1",
                "INSERT INTO confidential_sources(pseudonym) VALUES ('Kestrel') ON CONFLICT (pseudonym) DO UPDATE SET date_precision = 'hour'"}) {
            String done = attempt("ana", false, sql);
            assertTrue(!done.contains("Wang") && !done.contains("Beijing"), done);
        }
    }


    @Test
    void aReporterCannotPutOtherWordsUnderAnApprovedClaimsIdAndItsReviews() throws SQLException {
        String done = attempt("ana", true, "SET CONSTRAINTS ALL DEFERRED",
                "DELETE FROM evidence_links WHERE claim_id = 1",
                "DELETE FROM claims WHERE id = 1",
                "INSERT INTO claims(id, text, position, created_by, created_at) VALUES (1, 'Microsoft suspended the account', 1, 'ana', 9)",
                "INSERT INTO evidence_links(claim_id, item_id, start_offset, end_offset, excerpt, kind, stance, created_by, created_at) "
                        + "VALUES (1, 1, 0, 5, 'we su', 'document', 'supports', 'ana', 9)");
        assertEquals("OpenAI suspended the account approve", one("SELECT c.text || ' ' || r.action FROM reviews r JOIN claims c ON c.id = r.claim_id"),
                "the editor's approval now stands under words the editor never saw: " + done);
    }

    // ---- ways in: originals ----

    @Test
    void aMemberCannotPlantAnOriginalsBytesBeforeTheHonestImportKeepsThem() throws SQLException {
        String done = attempt("ana", true, "INSERT INTO originals(sha256, size, pieces, stored_at) VALUES ('" + SHA + "', 5, 1, 1)",
                "INSERT INTO original_pieces(sha256, piece, bytes) VALUES ('" + SHA + "', 0, '\\x6576696c21')");
        assertEquals("0", one("SELECT count(*) FROM originals"), "planted bytes that no import read, never removable by members: " + done);
    }

    @Test
    void aMemberCannotPoisonEveryOriginalNotKeptYetInOneStatement() throws SQLException {
        String done = attempt("ana", true, "INSERT INTO originals(sha256, size, pieces, stored_at) "
                + "SELECT s.sha256, 0, 0, 0 FROM sources s WHERE NOT EXISTS (SELECT 1 FROM originals o WHERE o.sha256 = s.sha256)");
        assertEquals("0", one("SELECT count(*) FROM originals"), done);
    }

    @Test
    void aMemberCannotAddAPieceToAnOriginalAlreadyKept() throws SQLException {
        run("postgres", "INSERT INTO originals(sha256, size, pieces, stored_at) VALUES ('" + FIVE_BYTES + "', 5, 1, 1); "
                + "INSERT INTO original_pieces(sha256, piece, bytes) VALUES ('" + FIVE_BYTES + "', 0, '\\x0102030405')");
        String done = attempt("ana", true, "INSERT INTO original_pieces(sha256, piece, bytes) VALUES ('" + FIVE_BYTES + "', 1, '\\x6576696c')");
        assertEquals("1", one("SELECT count(*) FROM original_pieces"), done);
    }

    // ---- ways in: imported evidence outside items/sources/source_locations ----

    @Test
    void importedEvidenceBesideItemsIsNotAMembersToRewrite() {
        List<String> through = new ArrayList<>();
        for (String sql : new String[] {
                "UPDATE participants SET name = 'Satya Nadella' WHERE id = 1",        // who said it, in a chat
                "UPDATE mail_people SET address = 'intern@example.com', name = 'Intern' WHERE item_id = 3", // who sent the e-mail
                "DELETE FROM mail_people WHERE item_id = 3",
                "INSERT INTO mail_people(item_id, role, address) VALUES (3, 'cc', 'journalist@paper.com')",
                "UPDATE mail_headers SET subject = 'Lunch', sent_at = 0 WHERE item_id = 3",
                "UPDATE attachments SET source_id = 1, name = 'other.pdf' WHERE id = 1", // another file attached
                "DELETE FROM attachments WHERE id = 1",
                "UPDATE conversations SET name = 'Family' WHERE id = 1",
                "DELETE FROM item_words WHERE item_id = 1",                             // hidden from search
                "UPDATE import_runs SET roots = '[\"/elsewhere\"]', status = 'failed'",
        }) {
            if (attemptOne("ana", sql)) {
                through.add(sql);
            }
        }
        assertTrue(through.isEmpty(), "a reporter rewrote imported evidence: " + through);
    }

    @Test
    void theColumnsGrantedForImportDoNotRewriteWhatEvidenceSays() {
        List<String> through = new ArrayList<>();
        for (String sql : new String[] {
                "UPDATE items SET conversation_id = 2 WHERE id = 1",         // the message moves to another chat
                "UPDATE items SET reply_to_id = 2 WHERE id = 1",              // answers another message
                "UPDATE items SET parent_item_id = 2 WHERE id = 3",            // a document is made an attachment of a message
                "UPDATE sources SET status = 'failed', complete = 0 WHERE id = 1", // OCR and re-import skip or redo it
        }) {
            if (attemptOne("ana", sql)) {
                through.add(sql);
            }
        }
        assertTrue(through.isEmpty(), "a reporter rewrote imported evidence through the import's columns: " + through);
    }

    // ---- ways in: actors and history ----

    @Test
    void anActorOnceWrittenStaysEvenOnANullableColumn() throws SQLException {
        run("ana", "UPDATE events SET created_by = NULL WHERE id = 1");
        assertEquals("bo", one("SELECT created_by FROM events WHERE id = 1"), "the editor's event is now nobody's");
    }

    @Test
    void aReporterCannotSquatTheIdsOfTheEditorsNextReviewsOrOfTheAuditLog() {
        assertFalse(attemptOne("ana", "INSERT INTO reviews(id, claim_id, reviewer, role, action, text, at) "
                + "SELECT g, 1, 'ana', 'reporter', 'comment', 'squat', 0 FROM generate_series("
                + "(SELECT last_value + 1 FROM reviews_id_seq), (SELECT last_value + 20 FROM reviews_id_seq)) g"),
                "the editor's next reviews would be refused, and nobody could remove the squatting rows");
        assertFalse(attemptOne("ana", "INSERT INTO audit_log(id, at, actor, role, action, table_name, row_id) "
                + "SELECT g, 0, 'ana', 'reporter', 'squat', 'claims', 1 FROM generate_series(1, 50) g"),
                "squatted audit ids are append-only even for the administrator");
        assertFalse(attemptOne("ana", "INSERT INTO items(id, source_id, kind, locator, text) VALUES (1000, 1, 'message', 'm9', 'x')"),
                "the next import's items");
    }


    // ---- controls: attacks that should be, and are expected to be, refused ----

    @Test
    void controls() throws SQLException {
        String editors = TeamMembers.group(TeamRole.EDITOR, database);
        List<String> through = new ArrayList<>();
        String[][] attempts = {
                {"ana", "SET ROLE " + editors},
                {"ana", "SET SESSION AUTHORIZATION bo"},
                {"ana", "SET session_replication_role = replica"},
                {"ana", "GRANT " + editors + " TO ana"},
                {"ana", "SELECT setval('reviews_id_seq', 1)"},
                {"ana", "CREATE TABLE public.x (i int)"},
                {"ana", "CREATE FUNCTION public.team_is_editor(x int) RETURNS boolean LANGUAGE sql RETURN true"},
                {"ana", "CREATE SCHEMA evil"},
                {"ana", "ALTER TABLE claims DISABLE TRIGGER ALL"},
                {"ana", "CREATE FUNCTION pg_temp.team_is_editor() RETURNS boolean LANGUAGE sql RETURN true; "
                        + "CREATE FUNCTION pg_temp.pg_has_role(name, text, text) RETURNS boolean LANGUAGE sql RETURN true; "
                        + "SET search_path = pg_temp, public; UPDATE claims SET decision = 'sent_back' WHERE id = 1"},
                {"ana", "CREATE TEMP TABLE claims (id bigint, decision text); UPDATE public.claims SET decision = 'sent_back'"},
                {"ana", "INSERT INTO claims(id, text, position, created_by, created_at) VALUES (1, 'x', 1, 'ana', 1) "
                        + "ON CONFLICT (id) DO UPDATE SET decision = 'sent_back'"},
                {"ana", "MERGE INTO claims c USING (SELECT 1 AS id) s ON c.id = s.id WHEN MATCHED THEN UPDATE SET decision = 'sent_back'"},
                {"ana", "INSERT INTO reviews(claim_id, reviewer, role, action, at) VALUES (1, 'ana', 'reporter', 'override', 2)"},
                {"ana", "MERGE INTO reviews r USING (SELECT 1 AS c) s ON false WHEN NOT MATCHED THEN "
                        + "INSERT (claim_id, reviewer, role, action, at) VALUES (1, 'bo', 'editor', 'approve', 2)"},
                {"ana", "INSERT INTO reviews(id, claim_id, reviewer, role, action, at) SELECT id, 1, 'x', 'editor', 'comment', 1 FROM reviews "
                        + "ON CONFLICT (id) DO UPDATE SET action = 'comment'"},
                {"ana", "COPY reviews(claim_id, reviewer, role, action, at) FROM PROGRAM 'echo'"},
                {"ana", "TRUNCATE reviews"},
                {"bo", "DELETE FROM reviews"},
                {"bo", "UPDATE audit_log SET actor = 'x'"},
                {"bo", "UPDATE case_secrets SET value = '\\x00'"},
                {"bo", "DELETE FROM case_secrets"},
                {"ana", "SELECT count(*) FROM case_secrets"},
                {"ana", "INSERT INTO case_secrets(name, value) VALUES ('export-sealing-key', '\\x00') ON CONFLICT DO NOTHING"},
                {"ana", "SELECT real_identity FROM confidential_sources"},
                {"ana", "UPDATE confidential_sources SET date_precision = date_precision WHERE real_identity LIKE 'W%'"},
                {"ana", "DELETE FROM confidential_sources WHERE private_note LIKE '%Beijing%'"},
                {"ana", "INSERT INTO confidential_sources(pseudonym) VALUES ('Kestrel') ON CONFLICT (pseudonym) "
                        + "DO UPDATE SET pseudonym = confidential_sources.real_identity"},
                {"ana", "INSERT INTO confidential_sources(pseudonym) VALUES ('Kestrel') ON CONFLICT (pseudonym) "
                        + "DO UPDATE SET date_precision = 'day' WHERE confidential_sources.real_identity LIKE 'W%'"},
                {"ana", "MERGE INTO confidential_sources c USING (SELECT 1 AS id) s ON c.id = s.id "
                        + "WHEN MATCHED AND c.real_identity LIKE 'W%' THEN UPDATE SET date_precision = 'day'"},
                {"ana", "UPDATE confidential_sources c SET date_precision = 'day' FROM (SELECT 1) s WHERE c.real_identity IS NOT NULL AND c.id = 1"},
                {"ana", "DELETE FROM confidential_sources WHERE id = 1 RETURNING real_identity"},
                {"ana", "CREATE TEMP VIEW v AS SELECT real_identity FROM confidential_sources; SELECT * FROM v"},
                {"ana", "EXPLAIN SELECT 1 FROM confidential_sources WHERE real_identity = 'Wang Wei'"},
                {"ana", "SELECT pg_read_file('PG_VERSION')"},
                {"ana", "SELECT lo_import('/etc/passwd')"},
                {"ana", "COPY claims TO '/tmp/review-claims.txt'"},
                {"ana", "UPDATE dossier_schema SET version = 1"},
                {"ana", "UPDATE items SET text = 'x' WHERE id = 1"},
                {"ana", "UPDATE items SET parent_item_id = 2 WHERE id = 1; UPDATE items SET parent_item_id = 3 WHERE id = 1"},
                {"ana", "INSERT INTO items(id, source_id, kind, locator, text) VALUES (1, 1, 'message', 'm1', 'x') ON CONFLICT (id) DO UPDATE SET text = 'x'"},
                {"ana", "UPDATE claims SET id = 7 WHERE id = 1"},
                {"ana", "INSERT INTO audit_log(id, at, actor, role, action, table_name, row_id) VALUES (999, 1, 'bo', 'editor', 'x', 'claims', 1) "
                        + "ON CONFLICT (id) DO UPDATE SET actor = 'bo'"},
        };
        for (String[] attempt : attempts) {
            if (attemptOne(attempt[0], attempt[1])) {
                through.add(attempt[0] + ": " + attempt[1]);
            }
        }
        try (Connection connection = server.signIn(team, "ana"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_stats WHERE tablename IN ('case_secrets', 'confidential_sources') AND attname IN ('real_identity', 'private_note', 'value')")) {
            rows.next();
            if (rows.getInt(1) != 0) {
                through.add("pg_stats shows a protected column");
            }
        }
        try (Connection connection = server.signIn(team, "ana"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT team_identity_recorded(1), team_note_recorded(1)")) {
            rows.next();
            assertTrue(rows.getBoolean(1) && rows.getBoolean(2));
        }
        assertTrue(through.isEmpty(), "got through: " + through);
    }

    // ---- helpers ----

    /** Runs the statements in one transaction, committed when {@code commit}; what happened, as text. */
    private String attempt(String role, boolean commit, String... statements) {
        try (Connection connection = server.signIn(team, role)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
            return role + " did it";
        } catch (SQLException e) {
            return role + " refused: " + e.getMessage();
        }
    }

    /** Whether the statement went through (deferred checks made at once), rolled back either way. */
    private boolean attemptOne(String role, String sql) {
        try (Connection connection = server.signIn(team, role)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
                statement.execute("SET CONSTRAINTS ALL IMMEDIATE");
                // "THROUGH " + role + ": " + sql
                return true;
            } catch (SQLException e) {
                // "REFUSED " + role + ": " + sql + " -> " + e.getMessage().lines().findFirst().orElse("")
                return false;
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void run(String role, String sql) throws SQLException {
        try (Connection connection = server.signIn(team, role); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String one(String sql) throws SQLException {
        try (Connection connection = server.signIn(team, "postgres"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
