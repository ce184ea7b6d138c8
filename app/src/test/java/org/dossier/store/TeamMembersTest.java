package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dossier.ingest.ImportListener;
import org.dossier.ingest.ImportService;
import org.dossier.ingest.tika.TikaDocumentParser;
import org.dossier.ingest.tika.TikaMediaTypeDetector;
import org.dossier.model.Actor;
import org.dossier.model.ConfidentialSource.DatesShown;
import org.dossier.model.ConfidentialSource;
import org.dossier.model.TeamRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The database holds each member to their role, whatever client they use: every refusal here is
 * made through raw SQL, as a member who bypasses Dossier would try it.
 */
class TeamMembersTest {
    @RegisterExtension
    static final EmbeddedTeamServer server = new EmbeddedTeamServer();

    /** The SHA-256 of the bytes 01 02 03 04 05. */
    private static final String FIVE_BYTES = "74f81fe167d99b4cb41d6d0ccda82278caee9f3e2f25d5e5a3936ff3dcec60d0";

    private String team;

    @BeforeEach
    void aTeamCaseWithAClaimAReporterAndAnEditor() throws Exception {
        team = server.newTeamCase();
        run("postgres", "INSERT INTO claims(text, position, created_by, created_at) VALUES ('OpenAI suspended the account', 1, 'ana', 1)");
        TeamMembers.add(team, "ana", TeamRole.REPORTER, null);
        TeamMembers.add(team, "bo", TeamRole.EDITOR, null);
    }

    @Test
    void aReporterCannotApproveOrSendBackAClaimEvenThroughSql() {
        assertRefused("ana", "INSERT INTO reviews(claim_id, reviewer, role, action, at) VALUES (1, 'bo', 'editor', 'approve', 2)");
        assertRefused("ana", "INSERT INTO reviews(claim_id, reviewer, role, action, at) VALUES (1, 'bo', 'editor', 'send_back', 2)");
        assertRefused("ana", "UPDATE claims SET decision = 'approved'");
        assertRefused("ana", "INSERT INTO claims(text, position, decision, created_by, created_at) VALUES ('x', 2, 'approved', 'ana', 2)");
    }

    @Test
    void aChangeToADecidedClaimsWordsOrEvidenceWithdrawsTheDecision() throws SQLException {
        run("bo", "UPDATE claims SET decision = 'approved'");
        run("ana", "UPDATE claims SET position = 5");
        assertEquals("approved", one("SELECT decision FROM claims"), "moving a claim changes nothing the editor saw");
        run("ana", "UPDATE claims SET text = 'OpenAI suspended the account in December'");
        assertEquals(null, one("SELECT decision FROM claims"), "new words");
        run("bo", "UPDATE claims SET decision = 'approved'");
        run("postgres", "INSERT INTO import_runs(id, started_at, status, roots, app_version) VALUES (1, 1, 'completed', '[]', 'test'); "
                + "INSERT INTO sources(id, sha256, size, status, first_run_id) VALUES (1, 'ab', 5, 'imported', 1); "
                + "INSERT INTO items(id, source_id, kind, text) VALUES (1, 1, 'document', 'words')");
        run("ana", "INSERT INTO evidence_links(claim_id, item_id, start_offset, end_offset, excerpt, kind, stance, created_by, created_at) "
                + "VALUES (1, 1, 0, 5, 'words', 'document', 'supports', 'ana', 3)");
        assertEquals(null, one("SELECT decision FROM claims"), "new evidence");
    }

    @Test
    void aWindowWorksAsTheMemberTheDatabaseSignedInInTheirRole() {
        try (CaseFile anas = CaseFile.openTeamCase(team.replace("postgres@", "ana@"));
             CaseFile bos = CaseFile.openTeamCase(team.replace("postgres@", "bo@"));
             CaseFile administrators = CaseFile.openTeamCase(team)) {
            assertEquals(new Actor("ana", Actor.Role.REPORTER), anas.teamMember().orElseThrow());
            assertEquals(new Actor("bo", Actor.Role.EDITOR), bos.teamMember().orElseThrow());
            assertEquals(new Actor("postgres", Actor.Role.EDITOR), administrators.teamMember().orElseThrow(),
                    "the administrator, in neither group, decides as an editor does");
        }
    }

    @Test
    void aReporterRecordsASourceAndListsItByPseudonymKnowingOnlyThatItsIdentityIsRecorded() {
        Actor ana = new Actor("ana", Actor.Role.REPORTER);
        try (CaseFile anas = CaseFile.openTeamCase(team.replace("postgres@", "ana@")); ClaimStore claims = ClaimStore.of(anas)) {
            long source = claims.addConfidentialSource("Kestrel", "met in Beijing", "Wang Wei", DatesShown.MONTH, ana, Instant.EPOCH);
            ConfidentialSource listed = claims.confidentialSources().get(0);
            assertEquals(new ConfidentialSource(source, "Kestrel", null, true, DatesShown.MONTH), listed, "the note is not hers to read");
            String logged = claims.auditLog().get(claims.auditLog().size() - 1).after();
            assertTrue(logged.contains("\"identity_recorded\":1") && logged.contains("\"note_recorded\":1"), logged);
            assertFalse(logged.contains("Wang Wei") || logged.contains("Beijing"), logged);
        }
    }

    @Test
    void aReporterMayWithdrawADecisionAsTheWindowDoes() throws SQLException {
        run("bo", "UPDATE claims SET decision = 'sent_back'");
        run("ana", "UPDATE claims SET decision = NULL, changed_at = 4");
        assertEquals(null, one("SELECT decision FROM claims"));
    }

    @Test
    void onlyEditorsReadWhoAConfidentialSourceIs() throws SQLException {
        run("ana", "INSERT INTO confidential_sources(pseudonym, private_note, real_identity) VALUES ('Source A', 'met in Beijing', 'Wang Wei')");
        assertRefused("ana", "SELECT real_identity FROM confidential_sources");
        assertRefused("ana", "SELECT private_note FROM confidential_sources");
        assertRefused("ana", "SELECT * FROM confidential_sources");
        try (Connection connection = server.signIn(team, "ana"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pseudonym FROM confidential_sources")) {
            rows.next();
            assertEquals("Source A", rows.getString(1), "a reporter cites a source by pseudonym");
        }
        try (Connection connection = server.signIn(team, "bo"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT real_identity FROM confidential_sources")) {
            rows.next();
            assertEquals("Wang Wei", rows.getString(1));
        }
    }

    @Test
    void aMembersTemporaryTableCannotStandInForTheCases() throws SQLException {
        run("bo", "UPDATE claims SET decision = 'approved'");
        run("postgres", "INSERT INTO import_runs(id, started_at, status, roots, app_version) VALUES (1, 1, 'completed', '[]', 'test'); "
                + "INSERT INTO sources(id, sha256, size, status, first_run_id) VALUES (1, 'ab', 5, 'imported', 1); "
                + "INSERT INTO items(id, source_id, kind, text) VALUES (1, 1, 'document', 'words')");
        // members make temporary tables (the store stages a timeline's chosen items in one), never one the case's checks read
        run("ana", "CREATE TEMP TABLE claims (id bigint, decision text); INSERT INTO pg_temp.claims VALUES (1, 'approved'); "
                + "INSERT INTO evidence_links(claim_id, item_id, start_offset, end_offset, excerpt, kind, stance, created_by, created_at) "
                + "VALUES (1, 1, 0, 5, 'words', 'document', 'supports', 'ana', 3)");
        assertEquals(null, one("SELECT decision FROM claims"), "the case's claim is withdrawn, not the stand-in");
    }

    @Test
    void idsNeverChangeSoEvidenceAndReviewsStayWithTheirClaim() {
        assertRefused("ana", "UPDATE claims SET id = 1000 WHERE id = 1");
        assertRefused("bo", "UPDATE claims SET id = 1000 WHERE id = 1");
    }

    @Test
    void anEditorOfAnotherCaseOnTheServerIsAReporterHere() throws Exception {
        String otherTeam = server.newTeamCase(); // a second case on the same server
        TeamMembers.add(otherTeam, "ana", TeamRole.EDITOR, null);
        assertRefused("ana", "UPDATE claims SET decision = 'approved'");
        assertRefused("ana", "SELECT real_identity FROM confidential_sources");
    }

    @Test
    void anAuditEntryIsTheMembersInTheirRoleAtTheServersTime() throws SQLException {
        run("ana", "INSERT INTO audit_log(at, actor, role, action, table_name, row_id) VALUES (1, 'bo', 'editor', 'approve', 'claims', 1)");
        assertEquals("ana reporter", one("SELECT actor || ' ' || role FROM audit_log"));
        assertTrue(Long.parseLong(one("SELECT at FROM audit_log")) > 1_700_000_000_000L, "the server's clock");
    }

    @Test
    void evidenceAndTheCasesKeysAreNotAReportersToChange() throws SQLException {
        run("postgres", "INSERT INTO import_runs(id, started_at, status, roots, app_version) VALUES (1, 1, 'completed', '[]', 'test'); "
                + "INSERT INTO sources(id, sha256, size, status, first_run_id) VALUES (1, 'ab', 5, 'imported', 1); "
                + "INSERT INTO items(id, source_id, kind, text) VALUES (1, 1, 'document', 'words'); "
                + "INSERT INTO items(id, source_id, kind, locator, text, parent_item_id) VALUES (2, 1, 'document', 'a.png', 'x', 1); "
                + "INSERT INTO confidential_sources(pseudonym, real_identity) VALUES ('Source A', 'Wang Wei'); "
                + "INSERT INTO originals(sha256, size, pieces, stored_at) VALUES ('" + FIVE_BYTES + "', 5, 1, 1); "
                + "INSERT INTO original_pieces(sha256, piece, bytes) VALUES ('" + FIVE_BYTES + "', 0, '\\x0102030405')");
        for (String member : new String[] {"ana", "bo"}) {
            assertRefused(member, "UPDATE original_pieces SET bytes = '\\x0000000000'");
            assertRefused(member, "DELETE FROM original_pieces");
            assertRefused(member, "DELETE FROM originals");
            assertRefused(member, "UPDATE items SET text = 'rewritten'");
            assertRefused(member, "UPDATE sources SET sha256 = 'cd'");
            assertRefused(member, "UPDATE source_locations SET path = 'elsewhere'");
            assertRefused(member, "DELETE FROM sources");
            assertRefused(member, "UPDATE items SET parent_item_id = NULL WHERE id = 2"); // what an import learns, once
        }
        run("ana", "UPDATE sources SET complete = 1 WHERE id = 1"); // what an import learns after a row
        assertRefused("ana", "SELECT * FROM case_secrets");
        assertRefused("ana", "INSERT INTO case_secrets(name, value) VALUES ('export-sealing-key', '\\x00')");
        assertRefused("ana", "UPDATE confidential_sources SET real_identity = 'Innocent Bystander'");
    }

    @Test
    void anEditorApprovesInTheirOwnName() throws SQLException {
        run("bo", "INSERT INTO reviews(claim_id, reviewer, role, action, at) VALUES (1, 'ana', 'reporter', 'approve', 2)");
        run("bo", "UPDATE claims SET decision = 'approved'");
        assertEquals("bo editor approve", one("SELECT reviewer || ' ' || role || ' ' || action FROM reviews"));
        assertEquals("approved", one("SELECT decision FROM claims"));
    }

    @Test
    void nobodyWritesAsSomeoneElse() throws SQLException {
        run("ana", "INSERT INTO reviews(claim_id, reviewer, role, action, text, at) VALUES (1, 'bo', 'editor', 'comment', 'source?', 2)");
        run("ana", "INSERT INTO audit_log(at, actor, role, action, table_name, row_id) VALUES (2, 'bo', 'editor', 'approve', 'claims', 1)");
        run("ana", "INSERT INTO claims(text, position, created_by, created_at) VALUES ('ByteDance used the API', 2, 'bo', 2)");
        run("bo", "UPDATE claims SET created_by = 'carl', text = 'ByteDance used the API to train' WHERE position = 2");
        assertEquals("ana reporter", one("SELECT reviewer || ' ' || role FROM reviews"));
        assertEquals("ana", one("SELECT actor FROM audit_log"));
        assertEquals("ana", one("SELECT created_by FROM claims WHERE position = 2"), "an author once written stays");
    }

    @Test
    void nobodyChangesTheAuditLogOrTheReviews() throws SQLException {
        run("ana", "INSERT INTO audit_log(at, actor, role, action, table_name, row_id) VALUES (2, 'ana', 'reporter', 'add', 'claims', 1)");
        run("ana", "INSERT INTO reviews(claim_id, reviewer, role, action, at) VALUES (1, 'ana', 'reporter', 'comment', 2)");
        for (String member : new String[] {"ana", "bo"}) {
            assertRefused(member, "UPDATE audit_log SET actor = 'someone'");
            assertRefused(member, "DELETE FROM audit_log");
            assertRefused(member, "DELETE FROM reviews");
        }
        assertRefused("postgres", "DELETE FROM audit_log");
    }

    @Test
    void onlyMembersSignInAndARoleCanChange() throws SQLException {
        run("postgres", "CREATE ROLE carl LOGIN");
        assertThrows(SQLException.class, () -> server.signIn(team, "carl").close(), "a role that is not a member");
        TeamMembers.add(team, "ana", TeamRole.EDITOR, null);
        run("ana", "INSERT INTO reviews(claim_id, reviewer, role, action, at) VALUES (1, 'ana', 'editor', 'approve', 2)");
        assertEquals("ana editor approve", one("SELECT reviewer || ' ' || role || ' ' || action FROM reviews"));
    }

    @Test
    void aMembersNameCannotTakeOverAGroupOrTheServersOwnRoles() {
        for (String name : new String[] {"dossier_editor", "pg_read_all_data", ""}) {
            assertThrows(CaseFileException.class, () -> TeamMembers.add(team, name, TeamRole.REPORTER, null), name);
        }
    }

    @Test
    void aCaseWithMembersUpgradedByItsAdministratorHoldsThemToTheirRolesOnWhatTheUpgradeAdded() throws SQLException {
        String older = server.newDatabase();
        String reporters = TeamMembers.group(TeamRole.REPORTER, older.substring(older.lastIndexOf('/') + 1));
        try (Connection connection = server.signIn(older, "postgres"); Statement statement = connection.createStatement()) {
            SchemaMigrator.bundled(Dialect.POSTGRESQL).upTo(21).migrate(connection, "an older team case");
            // its reporters as an older Dossier set them up, with the tables of its day
            statement.execute("CREATE ROLE " + reporters + " NOLOGIN; GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "
                    + reporters + "; CREATE ROLE cy LOGIN IN ROLE " + reporters);
        }
        CaseFileException first = assertThrows(CaseFileException.class, () -> CaseFile.openTeamCase(older.replace("postgres@", "cy@")));
        assertTrue(first.getMessage().endsWith("(case format 21): its administrator opens it once with this version to bring it up to date, "
                + "then its members can"), first.getMessage());
        CaseFile.openTeamCase(older).close(); // the administrator opens it with this Dossier, which adds the originals' tables
        assertEquals("true false", one(older, "SELECT has_table_privilege('" + reporters + "', 'originals', 'INSERT') || ' ' "
                + "|| has_table_privilege('" + reporters + "', 'originals', 'UPDATE')"), "members add originals, and never change one");
    }

    @Test
    void aReportersImportLearnsAllThatTheAdministratorsDoes() throws Exception {
        List<Path> evidence = List.of(resource("/chat/telegram-export"), resource("/chat/whatsapp-ios"), resource("/fixtures/mail"));
        String administrators = server.newDatabase();
        try (CaseFile theirs = CaseFile.openOrCreateTeamCase(administrators, ZoneOffset.UTC, Clock.systemUTC());
             CaseFile anas = CaseFile.openTeamCase(team.replace("postgres@", "ana@"))) {
            ImportService importer = new ImportService(new TikaDocumentParser(), new TikaMediaTypeDetector(), Clock.systemUTC(), 2);
            assertEquals(importer.importInto(theirs, evidence, ImportListener.NONE).failures(),
                    importer.importInto(anas, evidence, ImportListener.NONE).failures());
        }
        String learnt = "SELECT (SELECT count(*) FROM items) || ' items, ' "
                + "|| (SELECT count(*) FROM items WHERE parent_item_id IS NOT NULL) || ' in a file or message, ' "
                + "|| (SELECT count(*) FROM items WHERE reply_to_id IS NOT NULL) || ' answering another, ' "
                + "|| (SELECT count(DISTINCT conversation_id) FROM items) || ' conversations, ' "
                + "|| (SELECT count(*) FROM attachments WHERE source_id IS NOT NULL) || ' attachments found, ' "
                + "|| (SELECT count(*) FROM mail_people) || ' people of e-mails, ' "
                + "|| (SELECT count(*) FROM sources WHERE complete = 1) || ' files read whole, ' "
                + "|| (SELECT count(*) FROM originals) || ' originals kept'";
        String expected = one(administrators, learnt);
        assertTrue(!expected.startsWith("0 ") && !expected.contains(" 0 answering") && !expected.contains(" 0 attachments"), expected);
        assertEquals(expected, one(team, learnt));
    }

    private void run(String role, String sql) throws SQLException {
        try (Connection connection = server.signIn(team, role); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void assertRefused(String role, String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> run(role, sql), role + ": " + sql);
        assertTrue("42501".equals(refused.getSQLState()) // insufficient privilege, as every refusal of roles.sql says
                || refused.getMessage().contains("permission denied") || refused.getMessage().contains("row-level security")
                || refused.getMessage().contains("append-only") || refused.getMessage().contains("only an editor")
                || refused.getMessage().contains("id never changes") || refused.getMessage().contains("is never changed"), refused.getMessage());
    }

    private String one(String sql) throws SQLException {
        return one(team, sql);
    }

    private static Path resource(String name) throws Exception {
        return Path.of(TeamMembersTest.class.getResource(name).toURI());
    }

    private static String one(String database, String sql) throws SQLException {
        try (Connection connection = server.signIn(database, "postgres"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
